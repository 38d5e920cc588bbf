"""Background-map benchmark: what tiles cost the GUI thread, per frame and per arriving tile.

Tiles come from a generated MBTiles file (no network): the figures are the drawing and the
GUI thread's share, not a server's speed.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication

from trainer.basemap.grid import RdGrid
from trainer.basemap.loader import Loaded, Origin, TileLoader, default_decode
from trainer.basemap.offline import tiles_around
from trainer.basemap.sources import parse_source
from trainer.launch import Workspace
from trainer.ui.app import configure_pyqtgraph
from trainer.ui.map.basemap_layer import decode_image
from trainer.ui.map.canvas import MapCanvas

WIDTH, HEIGHT = 1920, 1080


def noisy_tile(seed: int) -> bytes:
    """A 256 px PNG with some detail, so it compresses and decodes like a real map tile."""
    image = QImage(256, 256, QImage.Format.Format_RGB32)
    image.fill(QColor("#e9e4d6"))
    painter = QPainter(image)
    for i in range(40):
        painter.setPen(QColor((seed * 37 + i * 11) % 255, (i * 53) % 255, (seed + i * 7) % 255))
        painter.drawLine((i * 13) % 256, 0, (i * 29 + seed) % 256, 255)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def make_archive(folder: Path, centre: tuple[float, float]) -> Path:
    path = folder / "bench.mbtiles"
    keys = tiles_around(RdGrid(), centre, 15_000, range(6, 11))
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE metadata (name TEXT, value TEXT)")
        db.execute("CREATE TABLE tiles (zoom_level, tile_column, tile_row, tile_data BLOB)")
        db.execute("INSERT INTO metadata VALUES ('crs', 'EPSG:28992')")
        for number, key in enumerate(keys):
            row = 2**key.z - 1 - key.y
            db.execute(
                "INSERT INTO tiles VALUES (?, ?, ?, ?)", (key.z, key.x, row, noisy_tile(number))
            )
    return path


def paint_times(app: QApplication, canvas: MapCanvas, frames: int) -> list[float]:
    """Whole-viewport repaints as the window does them (the view unchanged between them)."""
    times = []
    for _ in range(frames):
        app.processEvents()
        canvas.viewport().update()
        start = time.thread_time()  # CPU time: less swayed by others on the machine than wall
        canvas.viewport().repaint()
        times.append(time.thread_time() - start)
    return times


def bench_basemap(args: argparse.Namespace) -> dict[str, object]:
    app = QApplication.instance() or QApplication([])
    configure_pyqtgraph()
    airspace = Workspace().library.get("twente")
    canvas = MapCanvas()
    canvas.resize(WIDTH, HEIGHT)
    canvas.show()
    from trainer.geo.airspace import Airspace

    canvas.set_airspace(Airspace(airspace.aerodrome, airspace.zones, airspace.features))
    x, y = airspace.aerodrome.reference_point
    canvas.view.setRange(QRectF(x - 6000, y - 4000, 12000, 8000), padding=0)
    app.processEvents()
    paint_times(app, canvas, 5)  # warm up: pyqtgraph builds its paths on the first paints
    without = paint_times(app, canvas, args.frames)
    with tempfile.TemporaryDirectory() as folder:
        source = parse_source(str(make_archive(Path(folder), (x, y))))
        assert source is not None
        layer = canvas.basemap
        started = time.perf_counter()
        layer.set_loader(TileLoader(source, cache=None))
        while len(layer.items) < len(layer.wanted) or not layer.wanted:
            app.processEvents()
            if time.perf_counter() - started > 30:
                break
        full_view_s = time.perf_counter() - started
        shown = len(layer.items)
        drawn = sum(1 for item in layer.items.values() if item.isVisible())
        with_tiles = paint_times(app, canvas, args.frames)
        # The GUI thread's share of one arriving tile: decoding, pixmap, placement, item (the
        # workers only read or fetch the bytes).
        loader = layer.loader
        assert loader is not None
        keys = list(layer.wanted)
        tiles = [loader.load(key, default_decode).image for key in keys]
        arrival = []
        for key, data in zip(keys, tiles, strict=True):
            layer._drop(key)
            start = time.perf_counter()
            layer._on_tile_arrived(layer.generation, key, Loaded(data, Origin.ARCHIVE))
            arrival.append(time.perf_counter() - start)
        decode = []
        for data in tiles[:50]:
            assert data is not None
            start = time.perf_counter()
            decode_image(data, 0.6)
            decode.append(time.perf_counter() - start)
        layer.set_loader(None)
    return {
        "benchmark": "basemap",
        "image": f"{WIDTH}x{HEIGHT}",
        "tiles_in_view": shown,
        "tiles_drawn": drawn,
        "paint_median_ms_without": round(statistics.median(without) * 1000, 2),
        "paint_median_ms_with": round(statistics.median(with_tiles) * 1000, 2),
        "full_view_from_archive_s": round(full_view_s, 3),
        "gui_ms_per_arriving_tile": round(statistics.median(arrival) * 1000, 3),
        "decode_ms_per_tile": round(statistics.median(decode) * 1000, 3),
    }
