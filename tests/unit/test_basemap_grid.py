"""Tile grids: the Dutch RD matrix set and the web's XYZ grid, placed in RD New metres."""

from __future__ import annotations

import math

from hypothesis import given
from hypothesis import strategies as st

from trainer.basemap.grid import MAX_TILES_PER_VIEW, RdGrid, TileKey, WebMercatorGrid
from trainer.geo.crs import Projector

ARP_RD = (257502.0, 477487.0)  # Twente's aerodrome reference point in RD (BRIEF.md)
ARP_LATLON = (52.27583, 6.88917)  # 52°16'33"N 006°53'21"E
GRIDS = (RdGrid(), WebMercatorGrid())  # built once: a pyproj transformer costs milliseconds


def inside(point: tuple[float, float], corners: tuple[tuple[float, float], ...]) -> bool:
    xs = [c[0] for c in corners]
    ys = [c[1] for c in corners]
    return min(xs) <= point[0] <= max(xs) and min(ys) <= point[1] <= max(ys)


def test_rd_level_zero_is_the_dutch_matrix_set() -> None:
    grid = RdGrid()
    assert grid.resolutions[0] == 3440.64
    assert math.isclose(grid.resolutions[14], 0.21)
    # One tile covers the country; its far corner is Geonovum's published bounding box corner.
    tl, _, br, _ = grid.corners_rd(TileKey(0, 0, 0))
    assert tl == (-285401.92, 903401.92)
    assert math.isclose(br[0], 595401.92) and math.isclose(br[1], 22598.08)


def test_rd_tiles_over_the_aerodrome_contain_it_nearest_first() -> None:
    grid = RdGrid()
    x, y = ARP_RD
    keys = grid.tiles_covering(x - 2000, y - 1500, x + 2000, y + 1500, 10)
    assert keys, "a 4 km view at level 10 needs tiles"
    assert inside(ARP_RD, grid.corners_rd(keys[0]))
    span = grid.tile_span(10)
    assert len(keys) <= (math.ceil(4000 / span) + 1) * (math.ceil(3000 / span) + 1)
    assert len(set(keys)) == len(keys)


def test_rd_level_follows_the_zoom() -> None:
    grid = RdGrid()
    assert grid.level_for(3440.64) == 0
    assert grid.level_for(3.36) == 10
    assert grid.level_for(4.0) == 10  # 3.36 m pixels shown a little larger: sharp enough
    assert grid.level_for(0.01) == 14  # never finer than the last level
    assert grid.level_for(1e9) == 0


def test_a_view_needing_too_many_tiles_gets_none() -> None:
    grid = RdGrid()
    assert grid.tiles_covering(0, 300000, 300000, 600000, 14) == []
    assert grid.tiles_covering(math.nan, 0, 1, 1, 5) == []
    assert grid.tiles_covering(0, 0, 1, 1, 99) == []


def test_web_mercator_tile_of_the_aerodrome_is_the_one_the_slippy_map_formula_gives() -> None:
    grid = WebMercatorGrid()
    lat, lon = ARP_LATLON
    z = 14
    n = 2**z
    column = int((lon + 180) / 360 * n)
    row = int((1 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2 * n)
    x, y = Projector().to_rd(lat, lon)
    keys = grid.tiles_covering(x - 300, y - 300, x + 300, y + 300, z)
    assert TileKey(z, column, row) in keys
    assert inside((x, y), grid.corners_rd(TileKey(z, column, row)))


def test_web_mercator_level_accounts_for_the_latitude() -> None:
    grid = WebMercatorGrid()
    # Level 14 pixels are 9.55 Mercator metres, about 5.8 ground metres at 52.3 N.
    assert grid.level_for(5.8, ARP_RD) == 14
    assert grid.level_for(9.55, ARP_RD) == 13


@given(
    x=st.floats(-500_000, 1_000_000),
    y=st.floats(-500_000, 1_500_000),
    width=st.floats(1, 400_000),
    height=st.floats(1, 400_000),
    z=st.integers(-2, 20),
)
def test_any_view_gets_a_bounded_list_of_distinct_tiles(
    x: float, y: float, width: float, height: float, z: int
) -> None:
    for grid in GRIDS:
        keys = grid.tiles_covering(x, y, x + width, y + height, z)
        assert len(keys) <= MAX_TILES_PER_VIEW
        assert len(set(keys)) == len(keys)
        assert all(k.z == z and 0 <= k.x < 2**z and 0 <= k.y < 2**z for k in keys)
