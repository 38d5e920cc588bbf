"""Readers for airspace file formats (GeoJSON assets, OpenAir, ED-269)."""
