"""The background map in the live window, against a tile server on 127.0.0.1."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer, QRectF, QSettings, QTimer

from tests.tile_server import TileServer, coloured_tile_rgb
from trainer.basemap.cache import TileCache
from trainer.basemap.grid import TileKey
from trainer.basemap.loader import MAX_ATTEMPTS, TileLoader
from trainer.basemap.sources import PDOK_ATTRIBUTION, parse_source
from trainer.cli import main as cli_main
from trainer.ui import style
from trainer.ui.basemap_menu import loader_from_settings
from trainer.ui.main_window import MainWindow
from trainer.ui.map import basemap_layer
from trainer.ui.map.basemap_layer import DEFAULT_OPACITY, WORKERS, BasemapLayer, decode_image

ARP_RD = (257502.0, 477487.0)  # Twente's aerodrome reference point in RD (BRIEF.md)


def show_aerodrome(window: MainWindow) -> None:
    """A 9 km view round the aerodrome, as "zoom to aerodrome" gives with a scenario open."""
    x, y = ARP_RD
    window.canvas.view.setRange(QRectF(x - 4500, y - 4500, 9000, 9000), padding=0)


@pytest.fixture
def server():  # type: ignore[no-untyped-def]
    with TileServer(slow_s=0.6) as running:
        yield running


def use_source(window: MainWindow, settings: QSettings, value: str, cache: Path) -> BasemapLayer:
    settings.setValue("basemap/cache_dir", str(cache))
    settings.setValue("basemap/grid", "rd")
    settings.setValue("basemap/source", value)
    assert window.basemap_menu.apply()
    return window.canvas.basemap


def test_the_background_is_off_by_default_and_asks_nothing(window: MainWindow) -> None:
    layer = window.canvas.basemap
    assert layer.loader is None
    assert not layer.items and not layer.pending
    assert layer.workers.running == 0
    assert not layer.attribution.isVisible()
    assert window.basemap_menu.choices[""].isChecked()


def test_tiles_arrive_under_the_layers_with_the_attribution(
    window: MainWindow, settings: QSettings, server: TileServer, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    settings.setValue("basemap/attribution", "Generated test tiles")
    layer = use_source(window, settings, server.url("ok"), tmp_path)
    show_aerodrome(window)
    qtbot.waitUntil(lambda: len(layer.items) >= len(layer.wanted) > 0, timeout=5000)
    assert layer.attribution.isVisible() and layer.attribution.text() == "Generated test tiles"
    assert all(item.zValue() < 100 for item in layer.items.values())
    assert layer.root.zValue() < min(
        item.zValue() for layer_ in window.canvas.layers.values() for item in layer_.items
    )
    # Each tile sits where the grid puts it: its centre maps to the RD centre of its corners.
    key, item = next(iter(layer.items.items()))
    corners = layer.loader.source.grid.corners_rd(key)  # type: ignore[union-attr]
    centre = item.mapToParent(item.boundingRect().center())
    assert centre.x() == pytest.approx(sum(c[0] for c in corners) / 4, abs=0.5)
    assert centre.y() == pytest.approx(sum(c[1] for c in corners) / 4, abs=0.5)
    assert len(list(tmp_path.rglob("*.tile"))) == len(layer.items)
    # Tiles are opaque, the dark ground blended in: a coarse tile never shows through a fine one.
    assert item.opacity() == 1.0 and not item.pixmap().hasAlphaChannel()
    r, _, b = coloured_tile_rgb(key)
    shown = item.pixmap().toImage().pixelColor(10, 10)
    ground, alpha = style.BACKGROUND, DEFAULT_OPACITY
    assert shown.red() == pytest.approx(r * alpha + ground.red() * (1 - alpha), abs=2)
    assert shown.blue() == pytest.approx(b * alpha + ground.blue() * (1 - alpha), abs=2)


def test_a_slow_server_never_stalls_the_window(
    window: MainWindow, settings: QSettings, server: TileServer, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    layer = use_source(window, settings, server.url("slow"), tmp_path)
    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    started = time.monotonic()
    show_aerodrome(window)
    for _ in range(10):  # the instructor pans while tiles are on their way
        window.canvas.pan(0.05, 0.0)
        qtbot.wait(30)
    assert time.monotonic() - started < 1.5  # no call waited for the 0.6 s server
    qtbot.waitUntil(lambda: len(layer.items) > 0, timeout=8000)
    timer.stop()
    assert max(gaps) < 250, f"the event loop stalled for {max(gaps)} ms"


def test_tiles_are_decoded_on_the_gui_thread_and_workers_only_fetch(
    window: MainWindow,
    settings: QSettings,
    server: TileServer,
    tmp_path: Path,
    qtbot,
    monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
) -> None:
    # A Qt call on a worker can deadlock with the GUI thread over Python's lock (a frozen
    # window; trainer/basemap/workers.py): the workers get bytes, the GUI thread decodes.
    decoded_on: list[threading.Thread] = []
    fetched_on: list[threading.Thread] = []

    def decode(data: bytes, opacity: float = 1.0):  # type: ignore[no-untyped-def]
        decoded_on.append(threading.current_thread())
        return decode_image(data, opacity)

    monkeypatch.setattr(basemap_layer, "decode_image", decode)
    layer = use_source(window, settings, server.url("ok"), tmp_path)
    assert layer.loader is not None
    real_fetch = layer.loader.fetch

    def fetch(url: str) -> bytes:
        fetched_on.append(threading.current_thread())
        return real_fetch(url)

    layer.loader.fetch = fetch
    show_aerodrome(window)
    qtbot.waitUntil(lambda: len(layer.items) >= len(layer.wanted) > 0, timeout=5000)
    assert len(decoded_on) >= len(layer.items)
    assert set(decoded_on) == {threading.main_thread()}
    assert fetched_on and threading.main_thread() not in fetched_on
    assert 0 < len({thread.name for thread in fetched_on}) <= WORKERS


@pytest.mark.parametrize("mode", ["error", "missing", "garbage", "lookalike", "huge"])
def test_bad_servers_leave_the_map_as_it_was(
    mode: str, window: MainWindow, settings: QSettings, server: TileServer, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    layer = use_source(window, settings, server.url(mode), tmp_path)
    show_aerodrome(window)
    with qtbot.waitSignal(layer.failed, timeout=8000) as failed:
        pass
    assert failed.args and str(failed.args[0])
    qtbot.waitUntil(lambda: not layer.pending, timeout=8000)
    wanted = len(layer.wanted)
    layer.refresh()  # asking again soon after asks nothing: the loader paces retries
    qtbot.wait(100)
    assert not layer.items
    assert server.count(mode) <= wanted
    assert not list(tmp_path.rglob("*.tile"))


def test_the_cache_draws_the_map_with_the_server_gone(
    window: MainWindow, settings: QSettings, server: TileServer, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    layer = use_source(window, settings, server.url("ok"), tmp_path)
    show_aerodrome(window)
    qtbot.waitUntil(lambda: len(layer.items) >= len(layer.wanted) > 0, timeout=5000)
    count = len(layer.items)
    server.stop()
    settings.setValue("basemap/offline", True)
    window.basemap_menu.apply()  # a new session: nothing drawn yet
    assert not layer.items
    qtbot.waitUntil(lambda: len(layer.items) == count, timeout=5000)
    assert layer.loader is not None and layer.loader.requests == 0


def test_pdok_shows_its_attribution_and_a_bad_source_says_why(
    window: MainWindow, settings: QSettings, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    # No network in tests: the PDOK loader is built, but its tiles come from an empty cache
    # with the network off.
    settings.setValue("basemap/offline", True)
    layer = use_source(window, settings, "pdok", tmp_path)
    assert layer.attribution.text() == PDOK_ATTRIBUTION and layer.attribution.isVisible()
    assert window.basemap_menu.choices["pdok"].isChecked()
    settings.setValue("basemap/source", "https://example.org/{z}/{x}.png")
    assert not window.basemap_menu.apply()
    assert layer.loader is None
    assert window.error_dialog is not None and "level, column and row" in (
        window.error_dialog.detailedText()
    )


def test_a_new_source_drops_tiles_still_on_their_way(
    window: MainWindow, settings: QSettings, server: TileServer, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    layer = use_source(window, settings, server.url("slow"), tmp_path)
    show_aerodrome(window)
    layer.refresh()
    assert layer.pending
    settings.setValue("basemap/source", "")
    window.basemap_menu.apply()
    qtbot.wait(1500)  # the slow tiles land now, for a source no longer shown
    assert not layer.items and layer.loader is None


def test_a_url_source_keeps_its_cache_folder_across_sessions() -> None:
    first = parse_source("http://127.0.0.1:1/{z}/{x}/{y}.png")
    again = parse_source("http://127.0.0.1:1/{z}/{x}/{y}.png")
    other = parse_source("http://127.0.0.1:2/{z}/{x}/{y}.png")
    assert first is not None and again is not None and other is not None
    assert first.id == again.id != other.id


def test_web_mercator_tiles_sit_on_their_projected_corners(
    window: MainWindow, settings: QSettings, server: TileServer, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    settings.setValue("basemap/cache_dir", str(tmp_path))
    settings.setValue("basemap/grid", "webmercator")
    settings.setValue("basemap/source", server.url("ok"))
    assert window.basemap_menu.apply()
    layer = window.canvas.basemap
    show_aerodrome(window)
    qtbot.waitUntil(lambda: len(layer.items) >= len(layer.wanted) > 0, timeout=5000)
    grid = layer.loader.source.grid  # type: ignore[union-attr]
    for key, item in layer.items.items():
        rect = item.boundingRect()
        for corner, (x, y) in zip(
            (rect.topLeft(), rect.topRight(), rect.bottomRight(), rect.bottomLeft()),
            grid.corners_rd(key),
            strict=True,
        ):
            placed = item.mapToParent(corner)
            assert placed.x() == pytest.approx(x, abs=0.01)
            assert placed.y() == pytest.approx(y, abs=0.01)


def test_tiles_beyond_the_limit_are_dropped_least_recently_wanted_first(
    window: MainWindow,
    settings: QSettings,
    server: TileServer,
    tmp_path: Path,
    qtbot,
    monkeypatch,
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("trainer.ui.map.basemap_layer.MAX_TILE_ITEMS", 30)
    layer = use_source(window, settings, server.url("ok"), tmp_path)
    x, y = ARP_RD
    for step in range(4):  # the instructor pans east, a view's width each time
        window.canvas.view.setRange(QRectF(x + step * 9000, y, 9000, 9000), padding=0)
        layer.refresh()
        qtbot.waitUntil(lambda: not layer.pending, timeout=5000)
        assert len(layer.items) <= max(30, len(layer.wanted))
        assert all(key in layer.items for key in layer.wanted)
    first_view = {k for k in layer.items if k not in layer.wanted}
    assert len(first_view) < 30


def test_coarse_tiles_stay_under_the_view_level_only_until_it_is_complete(
    window: MainWindow, settings: QSettings, server: TileServer, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    layer = use_source(window, settings, server.url("ok"), tmp_path)
    x, y = ARP_RD
    window.canvas.view.setRange(QRectF(x - 8000, y - 8000, 16000, 16000), padding=0)
    layer.refresh()
    qtbot.waitUntil(lambda: len(layer.items) >= len(layer.wanted) > 0, timeout=5000)
    coarse = layer.level
    window.canvas.view.setRange(QRectF(x - 1000, y - 1000, 2000, 2000), padding=0)
    layer.refresh()
    assert layer.level > coarse
    # While the finer tiles are on their way the coarse ones fill in beneath...
    assert any(item.isVisible() for key, item in layer.items.items() if key.z == coarse)
    qtbot.waitUntil(lambda: all(key in layer.items for key in layer.wanted), timeout=5000)
    # ...and once the view's level is complete only it is drawn (no overdraw).
    assert all(item.isVisible() == (key.z == layer.level) for key, item in layer.items.items())


def test_a_failing_server_is_asked_a_bounded_number_of_times_however_long_the_class(
    window: MainWindow, settings: QSettings, server: TileServer, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    layer = use_source(window, settings, server.url("error"), tmp_path)
    loader = layer.loader
    assert loader is not None
    now = [1000.0]
    loader.clock = lambda: now[0]  # the class goes on for hours in a few refreshes
    show_aerodrome(window)
    for _ in range(8):
        layer.refresh()
        qtbot.waitUntil(lambda: not layer.pending, timeout=5000)
        now[0] += 120.0
    wanted = len(layer.wanted)
    assert wanted > 0
    assert server.count("error") <= MAX_ATTEMPTS * wanted
    assert all(not loader.may_load_later(key) for key in layer.wanted)
    assert not layer.items and not list(tmp_path.rglob("*.tile"))


def test_choosing_a_source_keeps_the_cache_under_its_size_off_the_gui_thread(
    window: MainWindow, settings: QSettings, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    settings.setValue("basemap/cache_max_mb", "25")
    settings.setValue("basemap/cache_dir", str(tmp_path))
    settings.setValue("basemap/offline", True)
    settings.setValue("basemap/source", "pdok")
    loader = loader_from_settings(settings)
    assert loader is not None and loader.cache is not None
    assert loader.cache.max_bytes == 25_000_000
    old = TileCache(tmp_path, max_bytes=3000)
    for x in range(10):
        old.put("someone-else", TileKey(5, x, 0), b"x" * 1000)
    window.canvas.basemap.set_loader(TileLoader(loader.source, old, offline=True))
    qtbot.waitUntil(lambda: len(list(tmp_path.rglob("*.tile"))) <= 2, timeout=5000)


def test_a_custom_archive_chosen_in_the_menu_draws_offline(
    window: MainWindow, settings: QSettings, tmp_path: Path, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    archive = tmp_path / "class.mbtiles"
    with TileServer() as server:  # a PC with internet fetches and packs the area once
        common = ["--source", server.url("ok"), "--grid", "rd", "--cache-dir", str(tmp_path)]
        assert cli_main(["basemap", "fetch", *common, "--radius-km", "5", "--max-level", "9"]) == 0
        assert cli_main(["basemap", "pack", str(archive), *common]) == 0
    monkeypatch.setattr(
        "trainer.ui.basemap_menu.QInputDialog.getText", lambda *_a, **_k: (str(archive), True)
    )
    window.basemap_menu.choices["custom"].trigger()
    layer = window.canvas.basemap
    assert settings.value("basemap/source") == str(archive)
    assert window.basemap_menu.choices["custom"].isChecked()
    assert layer.loader is not None and layer.loader.archive is not None
    show_aerodrome(window)
    qtbot.waitUntil(lambda: len(layer.items) >= len(layer.wanted) > 0, timeout=5000)
    assert layer.loader.requests == 0


def test_tiles_the_view_left_before_their_turn_are_not_fetched(
    window: MainWindow, settings: QSettings, server: TileServer, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    layer = use_source(window, settings, server.url("slow"), tmp_path)
    x, y = ARP_RD
    window.canvas.view.setRange(QRectF(x - 4500, y - 4500, 9000, 9000), padding=0)
    layer.refresh()
    first = list(layer.wanted)
    assert len(first) > WORKERS
    window.canvas.view.setRange(QRectF(x + 60_000, y, 9000, 9000), padding=0)  # far away
    layer.refresh()
    assert not set(first) & set(layer.wanted)
    qtbot.waitUntil(lambda: not layer.pending, timeout=8000)
    fetched_first = sum(server.requests[f"/slow/{k.z}/{k.x}/{k.y}.png"] for k in first)
    assert fetched_first <= WORKERS  # only those already on their way when the view moved
    assert all(key in layer.items for key in layer.wanted)
