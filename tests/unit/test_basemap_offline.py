"""A class without internet: fetch the area once from a loopback server, pack, use offline."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.tile_server import TileServer
from trainer.basemap.cache import TileCache
from trainer.basemap.errors import BasemapError
from trainer.basemap.grid import RdGrid
from trainer.basemap.loader import Origin, TileLoader, default_decode
from trainer.basemap.offline import MAX_PREFETCH_TILES, pack_mbtiles, prefetch, tiles_around
from trainer.basemap.sources import parse_source
from trainer.cli import main

ARP_RD = (257502.0, 477487.0)


def test_fetch_once_pack_and_show_with_no_network(tmp_path: Path) -> None:
    cache = TileCache(tmp_path / "cache")
    with TileServer() as server:
        source = parse_source(server.url("ok"), grid="rd", attribution="Test tiles")
        assert source is not None
        keys = tiles_around(source.grid, ARP_RD, 1500, range(8, 11))
        assert {k.z for k in keys} == {8, 9, 10} and len(set(keys)) == len(keys)
        report = prefetch(TileLoader(source, cache), keys)
        assert (report.fetched, report.failed) == (len(keys), 0)
        again = prefetch(TileLoader(source, cache), keys)
        assert again.cached == len(keys) and again.fetched == 0
        assert server.count("ok") == len(keys)
    target = tmp_path / "twente.mbtiles"
    assert pack_mbtiles(cache, source, target) == len(keys)
    packed = parse_source(str(target))
    assert packed is not None
    offline = TileLoader(packed, cache=None)
    assert isinstance(offline.source.grid, RdGrid) and offline.source.attribution == "Test tiles"
    assert all(offline.load(k, default_decode).origin is Origin.ARCHIVE for k in keys)
    with pytest.raises(BasemapError, match="exists already"):
        pack_mbtiles(cache, source, target)


def test_a_failing_server_is_counted_not_cached(tmp_path: Path) -> None:
    cache = TileCache(tmp_path)
    with TileServer() as server:
        source = parse_source(server.url("missing"), grid="rd")
        assert source is not None
        keys = tiles_around(source.grid, ARP_RD, 500, [10])
        report = prefetch(TileLoader(source, cache), keys)
    assert report.failed == len(keys) and not cache.tiles(source.id)
    with pytest.raises(BasemapError, match="no cached tiles"):
        pack_mbtiles(cache, source, tmp_path / "empty.mbtiles")
    assert not (tmp_path / "empty.mbtiles").exists()


def test_a_country_at_street_level_is_refused(tmp_path: Path) -> None:
    source = parse_source("pdok")
    assert source is not None
    with pytest.raises(BasemapError, match="smaller area"):
        tiles_around(source.grid, ARP_RD, 50_000, [12])
    keys = tiles_around(source.grid, ARP_RD, 14_000, range(0, 13))  # each level allowed alone
    assert len(keys) > MAX_PREFETCH_TILES
    with pytest.raises(BasemapError, match="smaller area"):
        prefetch(TileLoader(source, TileCache(tmp_path), offline=True), keys)


def test_the_command_line_fetches_and_packs(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    cache = str(tmp_path / "cache")
    with TileServer() as server:
        common = ["--source", server.url("ok"), "--grid", "rd", "--cache-dir", cache]
        fetch = ["basemap", "fetch", *common, "--radius-km", "0.5"]
        assert main([*fetch, "--min-level", "9", "--max-level", "10"]) == 0
        assert "0 failed" in capsys.readouterr().out
    output = tmp_path / "class.mbtiles"
    assert main(["basemap", "pack", str(output), *common]) == 0
    with sqlite3.connect(output) as db:
        count = db.execute("SELECT count(*) FROM tiles").fetchone()[0]
        crs = db.execute("SELECT value FROM metadata WHERE name = 'crs'").fetchone()[0]
    assert count > 0 and crs == "EPSG:28992"
    assert main(["basemap", "fetch", "--source", "/no/such.mbtiles"]) == 1
    assert "no such tile archive" in capsys.readouterr().err
