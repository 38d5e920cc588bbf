"""Background map tiles under the map layers: grids, sources, disk cache, fetching (no Qt)."""
