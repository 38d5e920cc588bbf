"""Orientation features for the map (towns, motorways, the border): drawn, never used in rules."""

from __future__ import annotations

from dataclasses import dataclass

from shapely.geometry.base import BaseGeometry

# Kinds the map knows how to draw; readers accept others too, and the map draws them plainly.
KNOWN_KINDS = frozenset({"town", "motorway", "road", "railway", "border", "water", "landmark"})


@dataclass(frozen=True)
class MapFeature:
    """A labelled shape in RD New metres, with where it comes from and whether it is approximate."""

    id: str
    name: str
    kind: str
    geometry: BaseGeometry
    approximate: bool  # True: drawn by hand for orientation; do not measure distances from it
    source: str
