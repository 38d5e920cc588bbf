"""Tiles from a loopback server: cached when good, never when bad, retries bounded, offline."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from tests.tile_server import TileServer, png_bytes
from trainer.basemap.cache import TileCache
from trainer.basemap.errors import TileFetchError
from trainer.basemap.fetch import fetch_tile
from trainer.basemap.grid import TileKey
from trainer.basemap.loader import (
    MAX_ATTEMPTS,
    UNREACHABLE_REST_S,
    Origin,
    TileLoader,
    default_decode,
)
from trainer.basemap.sources import parse_source

KEY = TileKey(10, 631, 495)


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def server():  # type: ignore[no-untyped-def]
    with TileServer(slow_s=1.5) as running:
        yield running


def loader_for(
    url: str, cache_dir: Path, clock: Clock | None = None, **kwargs: object
) -> TileLoader:
    source = parse_source(url, grid="rd")
    assert source is not None
    fetch = kwargs.pop("fetch", fetch_tile)
    return TileLoader(
        source,
        TileCache(cache_dir),
        clock=clock or Clock(),
        fetch=fetch,
        **kwargs,  # type: ignore[arg-type]
    )


def hold_tile_files(monkeypatch: pytest.MonkeyPatch) -> None:
    """Tiles cannot be deleted, as on Windows while another trainer on this PC has one open."""
    real_unlink = Path.unlink

    def held(path: Path, missing_ok: bool = False) -> None:
        if path.suffix == ".tile":
            raise PermissionError(13, "The process cannot access the file", str(path))
        real_unlink(path, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", held)


def test_a_good_tile_is_fetched_once_then_read_from_the_cache(
    server: TileServer, tmp_path: Path
) -> None:
    loader = loader_for(server.url("ok"), tmp_path)
    first = loader.load(KEY, default_decode)
    assert first.origin is Origin.NETWORK and first.image is not None
    second = loader.load(KEY, default_decode)
    assert second.origin is Origin.CACHE and second.image == first.image
    assert server.count("ok") == 1
    assert loader.cache is not None and loader.cache.path(loader.source.id, KEY).is_file()


def test_the_cache_serves_a_class_without_network(server: TileServer, tmp_path: Path) -> None:
    url = server.url("ok")
    loader_for(url, tmp_path).load(KEY, default_decode)
    server.stop()  # the internet is gone; a new session starts
    later = loader_for(url, tmp_path)
    assert later.load(KEY, default_decode).origin is Origin.CACHE
    started = time.monotonic()
    unknown = later.load(TileKey(10, 632, 495), default_decode)
    assert unknown.origin is Origin.FAILED and "not reachable" in unknown.reason
    assert time.monotonic() - started < 2.0  # refused at once, no long wait
    offline = loader_for(url, tmp_path, offline=True)
    assert offline.load(TileKey(10, 632, 495), default_decode).origin is Origin.MISSING


@pytest.mark.parametrize("mode", ["missing", "garbage", "huge", "big"])
def test_bad_tiles_are_not_cached_and_not_asked_again(
    mode: str, server: TileServer, tmp_path: Path
) -> None:
    clock = Clock()
    loader = loader_for(server.url(mode), tmp_path, clock)
    for _ in range(5):
        result = loader.load(KEY, default_decode)
        assert result.image is None
        clock.now += 600
    assert server.count(mode) == 1
    assert not list(tmp_path.rglob("*.tile")) and not list(tmp_path.rglob("*.part"))
    assert not loader.may_load_later(KEY)


def test_server_errors_are_retried_a_bounded_number_of_times_with_pauses(
    server: TileServer, tmp_path: Path
) -> None:
    clock = Clock()
    loader = loader_for(server.url("error"), tmp_path, clock)
    assert loader.load(KEY, default_decode).origin is Origin.FAILED
    assert loader.load(KEY, default_decode).origin is Origin.WAITING  # too soon to ask again
    for _ in range(10):
        clock.now += 60
        loader.load(KEY, default_decode)
    assert server.count("error") == MAX_ATTEMPTS
    assert not list(tmp_path.rglob("*.tile"))


def test_a_server_error_then_success_caches_the_tile(server: TileServer, tmp_path: Path) -> None:
    clock = Clock()
    loader = loader_for(server.url("flaky"), tmp_path, clock)
    assert loader.load(KEY, default_decode).origin is Origin.FAILED
    clock.now += 60
    assert loader.load(KEY, default_decode).origin is Origin.NETWORK
    assert loader.load(KEY, default_decode).origin is Origin.CACHE


def test_a_slow_server_costs_at_most_the_timeout(server: TileServer, tmp_path: Path) -> None:
    def impatient(url: str) -> bytes:
        return fetch_tile(url, timeout_s=0.3)

    loader = loader_for(server.url("slow"), tmp_path, fetch=impatient)
    started = time.monotonic()
    result = loader.load(KEY, default_decode)
    assert time.monotonic() - started < 1.2
    assert result.origin is Origin.FAILED and loader.may_load_later(KEY)


def test_an_unreachable_server_makes_the_network_rest(tmp_path: Path) -> None:
    calls: list[str] = []

    def no_network(url: str) -> bytes:
        calls.append(url)
        raise TileFetchError(url, "not reachable (no route)", transient=True, unreachable=True)

    clock = Clock()
    loader = loader_for("http://127.0.0.1:9/{z}/{x}/{y}.png", tmp_path, clock, fetch=no_network)
    for column in range(20):
        loader.load(TileKey(10, column, 0), default_decode)
    assert len(calls) == 3  # then it rests: the other 17 tiles wait, no request
    clock.now += UNREACHABLE_REST_S + 1
    loader.load(TileKey(10, 50, 0), default_decode)
    assert len(calls) == 4


def test_a_damaged_cached_tile_is_fetched_anew(server: TileServer, tmp_path: Path) -> None:
    loader = loader_for(server.url("ok"), tmp_path)
    assert loader.cache is not None
    loader.cache.put(loader.source.id, KEY, png_bytes(4, 4, (1, 2, 3))[:30])  # cut short
    assert loader.load(KEY, default_decode).origin is Origin.NETWORK
    assert loader.load(KEY, default_decode).origin is Origin.CACHE


def test_a_damaged_tile_that_cannot_be_removed_is_fetched_anew(
    server: TileServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Windows refuses to delete a file another process has open (another trainer on this PC).
    loader = loader_for(server.url("ok"), tmp_path)
    assert loader.cache is not None
    loader.cache.put(loader.source.id, KEY, png_bytes(4, 4, (1, 2, 3))[:30])
    hold_tile_files(monkeypatch)
    assert loader.load(KEY, default_decode).origin is Origin.NETWORK


def test_an_unwritable_cache_does_not_stop_the_map(server: TileServer, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    loader = loader_for(server.url("ok"), blocker / "cache")
    assert loader.load(KEY, default_decode).origin is Origin.NETWORK


def test_a_tile_said_to_be_too_big_is_refused_before_reading_it(server: TileServer) -> None:
    with pytest.raises(TileFetchError, match=r"too big \(5000008 bytes\)") as caught:
        fetch_tile(server.url("big").format(z=1, x=0, y=0))
    assert not caught.value.transient
    with pytest.raises(TileFetchError, match="over 2000000 bytes"):
        fetch_tile(server.url("huge").format(z=1, x=0, y=0))


def test_the_cache_keeps_under_its_size_dropping_the_longest_stored_first(tmp_path: Path) -> None:
    cache = TileCache(tmp_path)
    tile = png_bytes(16, 16, (1, 2, 3))
    keys = [TileKey(10, x, 0) for x in range(20)]
    for age, key in enumerate(keys):
        cache.put("src", key, tile)
        stamp = 1_000_000 + age * 60
        os.utime(cache.path("src", key), (stamp, stamp))
    assert cache.prune(max_bytes=len(tile) * 100) == 0
    removed = cache.prune(max_bytes=len(tile) * 10)
    assert removed == 11  # down to 90 % of the limit: 9 tiles stay
    left = [key for key in keys if cache.get("src", key) is not None]
    assert left == keys[11:]  # the newest stay


def test_a_tile_the_map_cannot_decode_is_dropped_and_never_asked_again(
    server: TileServer, tmp_path: Path
) -> None:
    # The worker only checks that the bytes look whole; the map decodes them on its own
    # thread later and tells the loader when they were no image after all.
    loader = loader_for(server.url("ok"), tmp_path)
    assert loader.load(KEY, default_decode).origin is Origin.NETWORK
    assert loader.cache is not None and loader.cache.get(loader.source.id, KEY) is not None
    result = loader.unreadable(KEY, Origin.NETWORK)
    assert result.origin is Origin.FAILED and "cannot be read" in result.reason
    assert loader.cache.get(loader.source.id, KEY) is None
    assert not loader.may_load_later(KEY)
    assert loader.load(KEY, default_decode).origin is Origin.WAITING
    assert server.count("ok") == 1


def test_a_cached_tile_the_map_cannot_decode_is_fetched_anew(
    server: TileServer, tmp_path: Path
) -> None:
    loader = loader_for(server.url("ok"), tmp_path)
    assert loader.cache is not None
    loader.cache.put(loader.source.id, KEY, b"\x89PNG\r\n\x1a\n" + b"?" * 50 + b"IEND\xaeB`\x82")
    assert loader.load(KEY, default_decode).origin is Origin.CACHE  # looks whole
    assert loader.unreadable(KEY, Origin.CACHE).origin is Origin.WAITING
    assert loader.may_load_later(KEY)
    assert loader.load(KEY, default_decode).origin is Origin.NETWORK
    assert server.count("ok") == 1


def test_a_cached_tile_that_will_not_decode_nor_go_is_given_up(
    server: TileServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Windows keeps a file another trainer on this PC has open: asking again would only read
    # the same bytes at every refresh.
    loader = loader_for(server.url("ok"), tmp_path)
    assert loader.cache is not None
    loader.cache.put(loader.source.id, KEY, b"\x89PNG\r\n\x1a\n" + b"?" * 50 + b"IEND\xaeB`\x82")
    hold_tile_files(monkeypatch)
    assert loader.unreadable(KEY, Origin.CACHE).origin is Origin.FAILED
    assert not loader.may_load_later(KEY)
    assert server.count("ok") == 0
