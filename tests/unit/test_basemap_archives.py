"""Local MBTiles and PMTiles archives: tiles with no network; broken files refused by name."""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pmtiles.tile import Compression, TileType, zxy_to_tileid
from pmtiles.writer import write

from tests.conftest import examples
from tests.tile_server import png_bytes
from trainer.basemap.archives import MbtilesArchive, PmtilesArchive
from trainer.basemap.errors import BasemapError
from trainer.basemap.grid import RdGrid, TileKey, WebMercatorGrid
from trainer.basemap.loader import Origin, TileLoader, default_decode
from trainer.basemap.sources import parse_source

TILE = png_bytes(8, 8, (10, 200, 30))


def make_mbtiles(path: Path, tiles: dict[TileKey, bytes], metadata: dict[str, str]) -> Path:
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
        db.execute(
            "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, "
            "tile_data BLOB)"
        )
        db.executemany("INSERT INTO metadata VALUES (?, ?)", metadata.items())
        for key, data in tiles.items():  # MBTiles counts rows from the bottom
            db.execute(
                "INSERT INTO tiles VALUES (?, ?, ?, ?)", (key.z, key.x, 2**key.z - 1 - key.y, data)
            )
    return path


def make_pmtiles(
    path: Path, tiles: dict[TileKey, bytes], metadata: dict[str, str], tile_type: TileType
) -> Path:
    with write(str(path)) as writer:
        for key in sorted(tiles, key=lambda k: zxy_to_tileid(k.z, k.x, k.y)):
            writer.write_tile(zxy_to_tileid(key.z, key.x, key.y), tiles[key])
        writer.finalize({"tile_type": tile_type, "tile_compression": Compression.NONE}, metadata)
    return path


def test_mbtiles_gives_its_tiles_offline_with_its_grid_and_attribution(tmp_path: Path) -> None:
    path = make_mbtiles(
        tmp_path / "twente.mbtiles",
        {TileKey(10, 631, 495): TILE},
        {"format": "png", "crs": "EPSG:28992", "attribution": "Kadaster / PDOK"},
    )
    source = parse_source(str(path))
    assert source is not None
    loader = TileLoader(source, cache=None)
    assert isinstance(loader.source.grid, RdGrid)
    assert loader.source.attribution == "Kadaster / PDOK"
    assert loader.load(TileKey(10, 631, 495), default_decode) == loader.load(
        TileKey(10, 631, 495), default_decode
    )
    assert loader.load(TileKey(10, 631, 495), default_decode).origin is Origin.ARCHIVE
    assert loader.load(TileKey(10, 631, 496), default_decode).origin is Origin.MISSING
    assert loader.requests == 0


def test_pmtiles_gives_its_tiles_in_web_mercator_by_default(tmp_path: Path) -> None:
    key = TileKey(14, 8505, 5397)
    path = make_pmtiles(tmp_path / "osm.pmtiles", {key: TILE}, {}, TileType.PNG)
    source = parse_source(str(path))
    assert source is not None
    loader = TileLoader(source, cache=None)
    assert isinstance(loader.source.grid, WebMercatorGrid)
    assert loader.load(key, default_decode).image == TILE
    assert loader.load(TileKey(14, 8505, 5398), default_decode).origin is Origin.MISSING


def test_vector_archives_are_refused_with_the_reason(tmp_path: Path) -> None:
    path = make_pmtiles(tmp_path / "v.pmtiles", {TileKey(0, 0, 0): b"x"}, {}, TileType.MVT)
    with pytest.raises(BasemapError, match=r"v\.pmtiles.*only raster"):
        PmtilesArchive(path)
    mb = make_mbtiles(tmp_path / "v.mbtiles", {}, {"format": "pbf"})
    with pytest.raises(BasemapError, match=r"v\.mbtiles.*vector"):
        MbtilesArchive(mb)


@pytest.mark.parametrize("name", ["broken.mbtiles", "broken.pmtiles"])
@pytest.mark.parametrize("content", [b"", b"garbage" * 100, b"PMTiles\x03" + b"\xff" * 200])
def test_broken_archives_are_refused_naming_the_file(
    tmp_path: Path, name: str, content: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    source = parse_source(str(path))
    assert source is not None
    with pytest.raises(BasemapError, match=name.replace(".", r"\.")):
        TileLoader(source, cache=None)


def test_an_sqlite_file_without_tiles_is_not_mbtiles(tmp_path: Path) -> None:
    path = tmp_path / "other.mbtiles"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE people (name TEXT)")
    with pytest.raises(BasemapError, match="no table 'tiles'"):
        MbtilesArchive(path)


@settings(max_examples=examples(60), deadline=None)
@given(st.binary(max_size=400), st.sampled_from(["x.mbtiles", "x.pmtiles"]))
def test_any_bytes_are_an_archive_or_a_clear_refusal(content: bytes, name: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / name
        path.write_bytes(b"PMTiles\x03" + content if name.endswith("pmtiles") else content)
        source = parse_source(str(path))
        assert source is not None
        try:
            loader = TileLoader(source, cache=None)
        except BasemapError as error:
            assert name in str(error)
            return
        for key in (TileKey(0, 0, 0), TileKey(10, 631, 495)):
            result = loader.load(key, default_decode)
            assert result.origin in (Origin.ARCHIVE, Origin.MISSING)
