"""The background map's failure reasons in Dutch: a 404 from the tile server, a server that is
gone or a host that does not exist, broken archives; English says exactly what it said before."""

from __future__ import annotations

import re
import socket
import string
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.tile_server import TileServer
from trainer import i18n
from trainer.basemap.cache import TileCache
from trainer.basemap.errors import BasemapError, TileFetchError
from trainer.basemap.fetch import fetch_tile
from trainer.basemap.grid import TileKey
from trainer.basemap.loader import Origin, TileLoader, default_decode
from trainer.basemap.offline import pack_mbtiles
from trainer.basemap.sources import parse_source
from trainer.cli import main
from trainer.i18n import Language, en_basemap, nl_basemap

KEY = TileKey(10, 631, 495)
TRAINER = Path(__file__).resolve().parents[2] / "trainer"


@pytest.fixture
def server() -> Iterator[TileServer]:
    with TileServer() as running:
        yield running


def reason(url: str, cache: Path, language: Language) -> str:
    """Why the loader could not show the tile, as the status bar says it in `language`."""
    i18n.use_language(language)
    try:
        source = parse_source(url, grid="rd")
        assert source is not None
        result = TileLoader(source, TileCache(cache)).load(KEY, default_decode)
        assert result.origin is Origin.FAILED and result.image is None
        return result.reason
    finally:
        i18n.use_language("en")


def refusal(language: Language, value: str) -> str:
    i18n.use_language(language)
    try:
        with pytest.raises(BasemapError) as caught:
            source = parse_source(value)
            assert source is not None
            TileLoader(source, None)
        return str(caught.value)
    finally:
        i18n.use_language("en")


def test_a_missing_tile_is_http_404_in_either_language(server: TileServer, tmp_path: Path) -> None:
    tile = f"http://127.0.0.1:{server.port}/missing/10/631/495.png"
    assert reason(server.url("missing"), tmp_path, "en") == f"{tile}: HTTP 404"
    assert reason(server.url("missing"), tmp_path, "nl") == f"{tile}: de server antwoordde HTTP 404"


def test_a_tile_that_is_no_image(server: TileServer, tmp_path: Path) -> None:
    tile = f"http://127.0.0.1:{server.port}/garbage/10/631/495.png"
    assert reason(server.url("garbage"), tmp_path, "en") == (
        f"{tile}: not a PNG, JPEG or WebP image"
    )
    assert reason(server.url("garbage"), tmp_path, "nl") == (
        f"{tile}: geen PNG-, JPEG- of WebP-afbeelding"
    )


def test_a_server_that_is_gone(tmp_path: Path) -> None:
    with TileServer() as gone:
        url = gone.url("ok")
        port = gone.port
    tile = f"http://127.0.0.1:{port}/ok/10/631/495.png"
    assert reason(url, tmp_path, "en") == (
        f"{tile}: not reachable ([Errno 111] Connection refused)"
    )
    assert reason(url, tmp_path, "nl") == f"{tile}: niet bereikbaar (verbinding geweigerd)"


def test_a_host_that_does_not_exist(tmp_path: Path) -> None:
    url = "http://no-such-host.invalid/{z}/{x}/{y}.png"  # .invalid never resolves (RFC 2606)
    try:
        socket.getaddrinfo("no-such-host.invalid", 80)
    except socket.gaierror as error:
        system_said = str(error)
    else:  # pragma: no cover - a resolver that answers for everything
        pytest.skip("this network's resolver answers for .invalid names")
    tile = "http://no-such-host.invalid/10/631/495.png"
    assert reason(url, tmp_path, "en") == f"{tile}: not reachable ({system_said})"
    dutch = reason(url, tmp_path, "nl")
    assert dutch in (
        f"{tile}: niet bereikbaar (onbekende servernaam)",
        f"{tile}: niet bereikbaar (de servernaam is nu niet op te zoeken (geen netwerk?))",
    )


def test_fetch_itself_says_why_in_dutch(server: TileServer) -> None:
    tile = f"http://127.0.0.1:{server.port}/big/10/631/495.png"
    i18n.use_language("nl")
    try:
        with pytest.raises(TileFetchError, match=r"te groot \(\d+ bytes\)") as caught:
            fetch_tile(tile, max_bytes=5000)
    finally:
        i18n.use_language("en")
    assert str(caught.value).startswith(f"{tile}: te groot (")


def test_archives_and_settings_that_cannot_be_used(tmp_path: Path) -> None:
    broken = tmp_path / "class.mbtiles"
    broken.write_text("no tiles here\n" * 100, encoding="utf-8")
    # SQLite's reason in the sentence's language, not its own English ("file is not a database").
    assert refusal("en", str(broken)) == (
        f"{broken}: not a readable MBTiles file (not an SQLite database (another kind of file, "
        "or encrypted))"
    )
    assert refusal("nl", str(broken)) == (
        f"{broken}: geen leesbaar MBTiles-bestand (geen SQLite-database (een ander soort bestand, "
        "of versleuteld))"
    )
    gone = tmp_path / "gone.pmtiles"
    assert refusal("en", str(gone)) == f"{gone}: no such tile archive"
    assert refusal("nl", str(gone)) == f"{gone}: dat tegelarchief bestaat niet"
    assert refusal("nl", "ftp://tiles.example/{z}/{x}/{y}.png") == (
        "basemap/source: 'ftp://tiles.example/{z}/{x}/{y}.png': alleen tegel-URL's met http:// "
        "en https:// werken"
    )
    assert refusal("en", "https://tiles.example/{z}/{x}.png") == (
        "basemap/source: 'https://tiles.example/{z}/{x}.png': a tile URL needs the level, "
        "column and row, as {z}/{x}/{y} (or {TileMatrix}/{TileCol}/{TileRow})"
    )


def test_packing_refusals_in_dutch(tmp_path: Path) -> None:
    source = parse_source("pdok")
    assert source is not None
    target = tmp_path / "class.mbtiles"
    target.write_bytes(b"")
    i18n.use_language("nl")
    try:
        with pytest.raises(BasemapError) as exists:
            pack_mbtiles(TileCache(tmp_path / "cache"), source, target)
        with pytest.raises(BasemapError) as empty:
            pack_mbtiles(TileCache(tmp_path / "cache"), source, tmp_path / "new.mbtiles")
    finally:
        i18n.use_language("en")
    assert str(exists.value) == f"{target}: bestaat al; kies een nieuwe bestandsnaam"
    assert str(empty.value).startswith("geen tegels van PDOK BRT-Achtergrondkaart in de cache ")


def test_the_basemap_command_says_it_in_dutch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(i18n.ENV_VAR, "en")  # --lang sets it for children: undone after
    cache = str(tmp_path / "cache")
    with TileServer() as server:
        fetch = ["basemap", "fetch", "--source", server.url("missing"), "--grid", "rd",
                 "--cache-dir", cache, "--radius-km", "0.3", "--min-level", "9",
                 "--max-level", "9"]  # fmt: skip
        assert main(["--lang", "nl", *fetch]) == 1
        dutch = capsys.readouterr().out
        monkeypatch.setenv(i18n.ENV_VAR, "en")
        assert main(fetch) == 1
        english = capsys.readouterr().out
    assert re.search(r"/missing/9/\d+/\d+\.png: de server antwoordde HTTP 404", dutch)
    assert re.search(r"/missing/9/\d+/\d+\.png: HTTP 404$", english, re.MULTILINE)
    assert main(["--lang", "nl", "basemap", "fetch", "--source", "/no/such.mbtiles"]) == 1
    assert "/no/such.mbtiles: dat tegelarchief bestaat niet" in capsys.readouterr().err


def _fields(template: str) -> set[tuple[str, str]]:
    return {(n, spec or "") for _, n, spec, _ in string.Formatter().parse(template) if n}


def test_every_basemap_message_has_its_dutch_with_the_same_fields() -> None:
    assert set(en_basemap.MESSAGES) == set(nl_basemap.MESSAGES)
    for key, english in en_basemap.MESSAGES.items():
        assert _fields(english) == _fields(nl_basemap.MESSAGES[key]), key
    source = "\n".join(p.read_text(encoding="utf-8") for p in (TRAINER / "basemap").glob("*.py"))
    unused = [key for key in en_basemap.MESSAGES if f'"{key}"' not in source]
    assert unused == []
