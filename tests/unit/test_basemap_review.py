"""An instructor's bad background-map settings (review of issue 12): each says what is wrong."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.tile_server import TileServer
from trainer.basemap.sources import parse_source
from trainer.cli import main


@pytest.mark.parametrize(("mode", "reason"), [("garbage", "image"), ("error", "500")])
def test_fetch_says_why_tiles_failed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], mode: str, reason: str
) -> None:
    """'4 failed' alone left the instructor guessing: a wrong URL, a dead server, no images?"""
    with TileServer() as server:
        args = ["basemap", "fetch", "--source", server.url(mode), "--grid", "rd"]
        args += ["--cache-dir", str(tmp_path), "--radius-km", "0.3", "--min-level", "10"]
        assert main([*args, "--max-level", "10"]) == 1
    out = capsys.readouterr()
    text = out.out + out.err
    assert "failed" in text and reason in text and "127.0.0.1" in text


@pytest.mark.parametrize(
    ("extra", "said"),
    [
        (["--radius-km", "-5"], "--radius-km"),  # fetched 193 tiles of a square turned inside out
        (["--radius-km", "0"], "--radius-km"),
        (["--radius-km", "nan"], "--radius-km"),
        (["--radius-km", "inf"], "--radius-km"),  # fetched nothing and said all was well
        (["--centre", "nan", "nan"], "--centre"),
        (["--centre", "1e308", "1e308"], "no tiles"),
    ],
)
def test_fetch_refuses_an_area_that_is_none(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], said: str
) -> None:
    args = ["basemap", "fetch", "--source", "http://127.0.0.1:9/{z}/{x}/{y}.png", "--grid", "rd"]
    args += ["--cache-dir", str(tmp_path), "--min-level", "9", "--max-level", "10", *extra]
    assert main(args) == 1
    assert said in capsys.readouterr().err
    assert not any(tmp_path.rglob("*.tile"))


def test_a_quoted_path_as_windows_copies_it(tmp_path: Path) -> None:
    """Explorer's 'Copy as path' gives "C:\\...\\twente.mbtiles" with its quotes."""
    archive = tmp_path / "twente.mbtiles"
    with sqlite3.connect(archive) as db:
        db.execute("CREATE TABLE tiles (zoom_level, tile_column, tile_row, tile_data)")
    db.close()
    for quoted in (f'"{archive}"', f"'{archive}'", f' "{archive}" '):
        source = parse_source(quoted)
        assert source is not None and Path(source.location) == archive
