"""Getting a class ready to go without internet: fetch an area's tiles once, pack them.

`prefetch` fills the disk cache with every tile of an area at the given levels (run once on a
PC with internet); `pack_mbtiles` writes a source's cached tiles into one MBTiles file that the
other PCs use as their background source, with no network at all.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from trainer.basemap.cache import TileCache
from trainer.basemap.errors import BasemapError
from trainer.basemap.fetch import image_kind
from trainer.basemap.grid import RdGrid, TileGrid, TileKey
from trainer.basemap.loader import Origin, TileLoader, default_decode
from trainer.basemap.sources import TileSource
from trainer.i18n import message
from trainer.i18n.os_words import os_reason
from trainer.sqlite_reasons import sqlite_reason

PREFETCH_WORKERS = 4  # requests at once, as a browser would; more is impolite to a free service
MAX_PREFETCH_TILES = 20_000  # PDOK is a free public service: a class needs a town, not a country


def _too_many() -> BasemapError:
    return BasemapError(message("basemap.too_many", limit=MAX_PREFETCH_TILES))


@dataclass
class PrefetchReport:
    wanted: int = 0
    cached: int = 0  # already there
    fetched: int = 0
    failed: int = 0
    first_failure: str = ""  # why the first failed tile failed (URL and reason)


def tiles_around(
    grid: TileGrid, centre: tuple[float, float], radius_m: float, levels: Iterable[int]
) -> list[TileKey]:
    """Every tile within a square of 2 x radius round an RD point, coarse levels first."""
    x, y = centre
    keys: list[TileKey] = []
    for level in sorted(set(levels)):
        square = (x - radius_m, y - radius_m, x + radius_m, y + radius_m)
        found = grid.tiles_covering(*square, level, limit=MAX_PREFETCH_TILES)
        if not found and grid.tiles_covering(*square, 0):  # inside the grid: too many tiles
            raise _too_many()
        keys += sorted(found)
    return keys


def prefetch(
    loader: TileLoader,
    keys: list[TileKey],
    progress: Callable[[int, int], object] = lambda _done, _total: None,
) -> PrefetchReport:
    """Load each tile once into the cache (the loader's own limits and retries apply)."""
    if len(keys) > MAX_PREFETCH_TILES:
        raise _too_many()
    report = PrefetchReport(wanted=len(keys))
    with ThreadPoolExecutor(max_workers=PREFETCH_WORKERS) as pool:
        results = pool.map(lambda key: loader.load(key, default_decode), keys)
        for done, result in enumerate(results, start=1):
            _count(report, result.origin)
            if result.reason and not report.first_failure:
                report.first_failure = result.reason
            progress(done, len(keys))
    return report


def _count(report: PrefetchReport, origin: Origin) -> None:
    if origin is Origin.CACHE:
        report.cached += 1
    elif origin is Origin.NETWORK:
        report.fetched += 1
    else:
        report.failed += 1


def pack_mbtiles(cache: TileCache, source: TileSource, target: Path) -> int:
    """Write the source's cached tiles into a new MBTiles file; the number written."""
    if target.exists():
        raise BasemapError(message("basemap.exists", path=str(target)))
    if target.suffix.lower() != ".mbtiles":
        raise BasemapError(message("basemap.not_mbtiles_name", path=str(target)))
    tiles = cache.tiles(source.id)
    if not tiles:
        nothing = message("basemap.nothing_cached", source=source.title, cache=str(cache.root))
        raise BasemapError(nothing)
    part = target.with_name(target.name + ".part")
    part.unlink(missing_ok=True)
    written = 0
    try:
        with sqlite3.connect(part) as db:
            db.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
            db.execute(
                "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, "
                "tile_row INTEGER, tile_data BLOB)"
            )
            db.execute(
                "CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row)"
            )
            levels = sorted({key.z for key, _ in tiles})
            metadata = {
                "name": source.title,
                "format": "png",
                "attribution": source.attribution,
                "minzoom": str(levels[0]),
                "maxzoom": str(levels[-1]),
                # Not in the MBTiles spec (which is Web Mercator): how this trainer marks RD tiles.
                "crs": "EPSG:28992" if isinstance(source.grid, RdGrid) else "EPSG:3857",
            }
            db.executemany("INSERT INTO metadata VALUES (?, ?)", metadata.items())
            for key, path in tiles:
                data = path.read_bytes()
                if image_kind(data) is None:
                    continue
                row = 2**key.z - 1 - key.y  # MBTiles counts rows from the bottom
                db.execute("INSERT INTO tiles VALUES (?, ?, ?, ?)", (key.z, key.x, row, data))
                written += 1
        db.close()
        part.replace(target)
    except (OSError, sqlite3.Error) as error:
        part.unlink(missing_ok=True)
        why = os_reason(error) if isinstance(error, OSError) else str(sqlite_reason(error))
        said = message("basemap.cannot_write", path=str(target), error=why)
        raise BasemapError(said) from None
    return written
