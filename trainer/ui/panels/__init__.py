"""Dockable panels of the live window: tracks, alerts, legend."""
