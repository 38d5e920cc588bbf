"""Background sources from one setting: PDOK presets, tile URLs, archives; clear refusals."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from trainer.basemap.errors import BasemapError
from trainer.basemap.grid import RdGrid, TileKey, WebMercatorGrid
from trainer.basemap.sources import PDOK_ATTRIBUTION, parse_source


def test_off_is_no_source() -> None:
    for value in ("", "  ", "off", "None"):
        assert parse_source(value) is None


def test_pdok_is_the_rd_grid_with_its_attribution() -> None:
    source = parse_source("pdok")
    assert source is not None
    assert isinstance(source.grid, RdGrid)
    assert source.attribution == PDOK_ATTRIBUTION
    assert source.url_for(TileKey(10, 631, 495)) == (
        "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:28992/10/631/495.png"
    )
    grey = parse_source("PDOK-grijs")
    assert grey is not None and "/grijs/" in grey.location and grey.id != source.id


def test_url_templates_fill_level_column_and_row() -> None:
    xyz = parse_source("https://tiles.example.org/{z}/{x}/{y}.png", attribution="© Example")
    assert xyz is not None and isinstance(xyz.grid, WebMercatorGrid)
    assert xyz.url_for(TileKey(3, 4, 1)) == "https://tiles.example.org/3/4/1.png"
    assert xyz.attribution == "© Example"
    tms = parse_source("http://127.0.0.1:8000/tms/{z}/{x}/{-y}.png")
    assert (
        tms is not None and tms.url_for(TileKey(3, 4, 1)) == "http://127.0.0.1:8000/tms/3/4/6.png"
    )
    wmts = parse_source(
        "https://example.nl/wmts/top/EPSG:28992/{TileMatrix}/{TileCol}/{TileRow}.png"
    )
    assert wmts is not None and isinstance(wmts.grid, RdGrid)  # says EPSG:28992
    assert wmts.url_for(TileKey(5, 6, 7)).endswith("/5/6/7.png")
    forced = parse_source("https://example.org/{z}/{x}/{y}.png", grid="rd")
    assert forced is not None and isinstance(forced.grid, RdGrid)


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("ftp://example.org/{z}/{x}/{y}.png", "http"),
        ("https://example.org/{z}/{x}.png", "level, column and row"),
        ("https://example.org/{z}/{x}/{y}/{s}.png", "{s}"),
        ("/nowhere/at/all.mbtiles", "no such tile archive"),
        ("tiles.zip", ".mbtiles or .pmtiles"),
    ],
)
def test_a_bad_setting_says_what_is_wrong(value: str, words: str) -> None:
    with pytest.raises(BasemapError) as caught:
        parse_source(value)
    assert words in str(caught.value)


def test_a_bad_grid_name_is_refused() -> None:
    with pytest.raises(BasemapError, match="basemap/grid"):
        parse_source("pdok", grid="lambert")


def test_archive_sources_need_the_file(tmp_path: Path) -> None:
    path = tmp_path / "Twente Map.mbtiles"
    path.write_bytes(b"")
    source = parse_source(str(path))
    assert source is not None and source.kind == "mbtiles"
    assert source.id.startswith("twente-map-")


@given(st.text(max_size=200))
@example("~\x00")  # found by this test: the home-folder look-up refused a NUL with ValueError
@example("tiles\x00.mbtiles")
def test_any_text_is_a_source_none_or_a_clear_refusal(value: str) -> None:
    try:
        source = parse_source(value)
    except BasemapError as error:
        assert str(error)
        return
    if source is not None:
        assert source.id and all(c.isalnum() or c == "-" for c in source.id)
