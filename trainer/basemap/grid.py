"""Tile grids: which tiles cover a view of RD New metres, and where a tile lies in RD.

Two grids: the Dutch national tile matrix set in RD New itself (PDOK's, no reprojection) and
the web's XYZ grid in Web Mercator, whose tiles are placed by their corners projected to RD
(over a 20 km view the warp inside one tile is far below a pixel).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from pyproj import Transformer

TILE_PX = 256
MAX_TILES_PER_VIEW = 600  # a view needing more (a huge window zoomed far out) gets none
# Show a level once its pixels are at most this much larger than the screen's: sharper than
# the next coarser level, fewer tiles than the next finer one.
MAX_UPSCALE = 1.4

Point = tuple[float, float]


@dataclass(frozen=True, order=True)
class TileKey:
    """One tile: level (zoom), column from the left, row from the top."""

    z: int
    x: int
    y: int

    def __str__(self) -> str:
        return f"{self.z}/{self.x}/{self.y}"


class TileGrid(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def max_level(self) -> int: ...

    def level_for(self, metres_per_pixel: float, at: Point) -> int: ...

    def tiles_covering(
        self, x0: float, y0: float, x1: float, y1: float, z: int, limit: int = MAX_TILES_PER_VIEW
    ) -> list[TileKey]:
        """The tiles over an RD rectangle, those nearest its centre first; none if over limit."""
        ...

    def corners_rd(self, key: TileKey) -> tuple[Point, Point, Point, Point]:
        """The tile's corners in RD: top-left, top-right, bottom-right, bottom-left."""
        ...


def _by_distance(keys: list[TileKey], cx: float, cy: float) -> list[TileKey]:
    return sorted(keys, key=lambda k: (k.x + 0.5 - cx) ** 2 + (k.y + 0.5 - cy) ** 2)


def _level(resolutions: list[float], metres_per_pixel: float) -> int:
    """The coarsest level whose pixels are not much bigger than the screen's."""
    for level, resolution in enumerate(resolutions):
        if resolution <= metres_per_pixel * MAX_UPSCALE:
            return level
    return len(resolutions) - 1


@dataclass(frozen=True)
class RdGrid:
    """The Dutch tile matrix set for EPSG:28992 (PDOK's "EPSG:28992", Geonovum's NL tiling).

    Source: PDOK's WMTS capabilities template for EPSG:28992 (github.com/PDOK/
    ogc-capabilities-generator, templates/wmts/tilematrixset_28992.tpl): top-left corner
    -285401.92, 903401.92; 256 x 256 px tiles; level 0 at scale 1:12,288,000, i.e.
    12,288,000 x 0.28 mm = 3440.64 m per pixel, halving at each level to 0.21 m at level 14;
    level n is 2^n tiles square. The same numbers are in Geonovum's "Nederlandse richtlijn
    tiling" (version 1.1).
    """

    name: str = "rd"
    origin_x: float = -285401.92
    origin_y: float = 903401.92
    level0_resolution: float = 3440.64
    max_level: int = 14

    @cached_property
    def resolutions(self) -> list[float]:
        return [self.level0_resolution / 2**z for z in range(self.max_level + 1)]

    def level_for(self, metres_per_pixel: float, at: Point = (0.0, 0.0)) -> int:
        return _level(self.resolutions, metres_per_pixel)

    def tile_span(self, z: int) -> float:
        return self.resolutions[z] * TILE_PX

    def tiles_covering(
        self, x0: float, y0: float, x1: float, y1: float, z: int, limit: int = MAX_TILES_PER_VIEW
    ) -> list[TileKey]:
        if not all(math.isfinite(v) for v in (x0, y0, x1, y1)) or not 0 <= z <= self.max_level:
            return []
        span = self.tile_span(z)
        last = 2**z - 1
        col0 = max(0, math.floor((min(x0, x1) - self.origin_x) / span))
        col1 = min(last, math.floor((max(x0, x1) - self.origin_x) / span))
        row0 = max(0, math.floor((self.origin_y - max(y0, y1)) / span))
        row1 = min(last, math.floor((self.origin_y - min(y0, y1)) / span))
        if col1 < col0 or row1 < row0:
            return []
        if (col1 - col0 + 1) * (row1 - row0 + 1) > limit:
            return []
        keys = [TileKey(z, c, r) for c in range(col0, col1 + 1) for r in range(row0, row1 + 1)]
        cx = ((x0 + x1) / 2 - self.origin_x) / span
        cy = (self.origin_y - (y0 + y1) / 2) / span
        return _by_distance(keys, cx, cy)

    def corners_rd(self, key: TileKey) -> tuple[Point, Point, Point, Point]:
        span = self.tile_span(key.z)
        left = self.origin_x + key.x * span
        top = self.origin_y - key.y * span
        right, bottom = left + span, top - span
        return (left, top), (right, top), (right, bottom), (left, bottom)


# Web Mercator (EPSG:3857): the sphere's half circumference in metres, the grid's half width.
MERCATOR_HALF = math.pi * 6378137.0


@dataclass(frozen=True)
class WebMercatorGrid:
    """The XYZ ("slippy map") grid of OpenStreetMap and most web tile servers."""

    name: str = "webmercator"
    max_level: int = 19

    # pyproj is imported when a Web Mercator source is first used, not at start-up.
    @cached_property
    def _to_mercator(self) -> Transformer:
        from pyproj import Transformer

        return Transformer.from_crs("EPSG:28992", "EPSG:3857", always_xy=True)

    @cached_property
    def _to_rd(self) -> Transformer:
        from pyproj import Transformer

        return Transformer.from_crs("EPSG:3857", "EPSG:28992", always_xy=True)

    def resolution(self, z: int) -> float:
        """Mercator metres per pixel at level z."""
        return 2 * MERCATOR_HALF / (TILE_PX * 2**z)

    def level_for(self, metres_per_pixel: float, at: Point = (155000.0, 463000.0)) -> int:
        # Mercator stretches ground distances by 1/cos(latitude): about 1.63 in Twente.
        _, my = self._to_mercator.transform(*at)
        latitude = math.atan(math.sinh(my / 6378137.0))
        mercator_mpp = metres_per_pixel / max(0.01, math.cos(latitude))
        return _level([self.resolution(z) for z in range(self.max_level + 1)], mercator_mpp)

    def tiles_covering(
        self, x0: float, y0: float, x1: float, y1: float, z: int, limit: int = MAX_TILES_PER_VIEW
    ) -> list[TileKey]:
        if not all(math.isfinite(v) for v in (x0, y0, x1, y1)) or not 0 <= z <= self.max_level:
            return []
        # The RD rectangle's outline (corners and edge midpoints) in Mercator: its bounding box.
        xs = [x0, (x0 + x1) / 2, x1]
        ys = [y0, (y0 + y1) / 2, y1]
        outline = [(x, y) for x in xs for y in ys]
        mx, my = self._to_mercator.transform([p[0] for p in outline], [p[1] for p in outline])
        if not all(math.isfinite(v) for v in (*mx, *my)):
            return []
        span = self.resolution(z) * TILE_PX
        last = 2**z - 1
        col0 = max(0, math.floor((min(mx) + MERCATOR_HALF) / span))
        col1 = min(last, math.floor((max(mx) + MERCATOR_HALF) / span))
        row0 = max(0, math.floor((MERCATOR_HALF - max(my)) / span))
        row1 = min(last, math.floor((MERCATOR_HALF - min(my)) / span))
        if col1 < col0 or row1 < row0:
            return []
        if (col1 - col0 + 1) * (row1 - row0 + 1) > limit:
            return []
        keys = [TileKey(z, c, r) for c in range(col0, col1 + 1) for r in range(row0, row1 + 1)]
        cx = ((min(mx) + max(mx)) / 2 + MERCATOR_HALF) / span
        cy = (MERCATOR_HALF - (min(my) + max(my)) / 2) / span
        return _by_distance(keys, cx, cy)

    def corners_rd(self, key: TileKey) -> tuple[Point, Point, Point, Point]:
        span = self.resolution(key.z) * TILE_PX
        left = -MERCATOR_HALF + key.x * span
        top = MERCATOR_HALF - key.y * span
        xs = [left, left + span, left + span, left]
        ys = [top, top, top - span, top - span]
        rx, ry = self._to_rd.transform(xs, ys)
        tl, tr, br, bl = zip(rx, ry, strict=True)
        return tl, tr, br, bl


def grid_named(name: str) -> TileGrid:
    """'rd' or 'webmercator'; anything else is a ValueError naming the choices."""
    if name == "rd":
        return RdGrid()
    if name == "webmercator":
        return WebMercatorGrid()
    raise ValueError(f"unknown tile grid {name!r}: use 'rd' (EPSG:28992) or 'webmercator'")
