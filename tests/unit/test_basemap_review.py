"""An instructor's bad background-map settings (review of issue 12): each says what is wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tile_server import TileServer
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
