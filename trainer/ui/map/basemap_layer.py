"""The background map under every layer: tiles loaded on worker threads, drawn when they come.

Nothing here waits: a view change asks the workers for the tiles it lacks (network and disk,
plain Python: trainer/basemap/workers.py says why no Qt runs there), and a timer decodes what
they brought, a few milliseconds' worth at a time. Coarser tiles already at hand stay under
the finer ones until those arrive, so zooming never shows a blank map.
"""

from __future__ import annotations

import functools
import queue
import time
from collections import OrderedDict

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPixmap, QPolygonF, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QGraphicsPixmapItem, QLabel, QWidget

from trainer.basemap.grid import TileKey
from trainer.basemap.loader import Loaded, Origin, TileLoader, default_decode
from trainer.basemap.workers import Workers
from trainer.ui import style

MAX_TILE_ITEMS = 400  # tiles kept drawn or ready: a full-HD view needs about 60
WORKERS = 4  # network-bound: a few requests at once, as a browser would
REFRESH_DELAY_MS = 60  # after the view stops moving for this long, ask for its tiles
RETRY_CHECK_MS = 3000  # ask again for tiles whose earlier try failed (the loader paces it)
DRAIN_MS = 15  # how often arrived tiles are taken in while some are on their way
DRAIN_BUDGET_S = 0.008  # decoding per turn (~0.8 ms a 256 px tile): the window stays smooth
Z_BELOW_EVERYTHING = -1000.0
DEFAULT_OPACITY = 0.6  # the dark canvas shows through: zones and tracks stay the loudest
MAX_TILE_PX = 4096


def decode_image(data: bytes, opacity: float = 1.0) -> QImage | None:
    """Bytes to an image, or None when they do not decode or are too large.

    The canvas's dark ground is blended in here, once per tile, rather than drawing tiles
    translucent: overlapping tiles (a coarse one under its finer ones) would show through.
    """
    image = QImage.fromData(data)
    if image.isNull() or image.width() > MAX_TILE_PX or image.height() > MAX_TILE_PX:
        return None
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    if opacity < 1.0:
        ground = QColor(style.BACKGROUND)
        ground.setAlphaF(1.0 - opacity)
        painter = QPainter(image)
        painter.fillRect(image.rect(), ground)
        painter.end()
    return image


class _WantedKeys:
    """The tiles the view wants now, read by the workers: a plain object (no Qt off the GUI
    thread); swapping the frozenset is atomic, so reading it needs no lock."""

    def __init__(self) -> None:
        self.keys: frozenset[TileKey] = frozenset()


Arrival = tuple[int, TileKey, Loaded[bytes]]  # generation, tile, its checked bytes


def _load_tile(
    loader: TileLoader,
    key: TileKey,
    generation: int,
    wanted: _WantedKeys,
    arrivals: queue.SimpleQueue[Arrival],
) -> None:
    """On a worker: the tile's bytes from the archive, cache or network. No Qt here."""
    if key not in wanted.keys:  # the view moved on while this waited its turn
        arrivals.put((generation, key, Loaded(None, Origin.WAITING)))
        return
    try:
        result: Loaded[bytes] = loader.load(key, default_decode)
    except Exception as error:  # a worker must never take the app down
        result = Loaded(None, Origin.FAILED, f"{type(error).__name__}: {error}")
    arrivals.put((generation, key, result))


class _TileRoot(QGraphicsObject):
    """Holds the tile items; draws nothing itself."""

    def boundingRect(self) -> QRectF:
        return QRectF()

    def paint(self, *_: object) -> None:
        pass


class BasemapLayer(QObject):
    """Background tiles for a map canvas; off (and idle) until a source is set."""

    tiles_changed = Signal()  # a tile arrived or was dropped
    failed = Signal(str)  # the first tile of a source that could not be had, and why

    def __init__(self, view: pg.ViewBox, viewport: QWidget) -> None:
        super().__init__(viewport)
        self.view = view
        self.loader: TileLoader | None = None
        self.visible = True
        self.generation = 0
        self.items: OrderedDict[TileKey, QGraphicsPixmapItem] = OrderedDict()
        self.pending: set[TileKey] = set()
        self.wanted: list[TileKey] = []
        self._wanted_now: frozenset[TileKey] = frozenset()  # read by the workers
        self.level = 0  # the level the view asks for
        self.last_error = ""
        self.root = _TileRoot()
        self.root.setZValue(Z_BELOW_EVERYTHING)
        self.opacity = DEFAULT_OPACITY
        self.root.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
        view.addItem(self.root, ignoreBounds=True)
        self.workers = Workers(WORKERS, "basemap")
        self._wanted = _WantedKeys()
        self.arrivals: queue.SimpleQueue[Arrival] = queue.SimpleQueue()
        self._drain_timer = QTimer(self)
        self._drain_timer.setInterval(DRAIN_MS)
        self._drain_timer.timeout.connect(self._take_arrivals)
        self.attribution = QLabel(viewport)
        self.attribution.setStyleSheet(
            "color: #1b2631; background: rgba(255, 255, 255, 170); padding: 1px 4px;"
        )
        self.attribution.hide()
        viewport.installEventFilter(self)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self._retry_timer = QTimer(self)
        self._retry_timer.setInterval(RETRY_CHECK_MS)
        self._retry_timer.timeout.connect(self.refresh)
        view.sigRangeChanged.connect(self._on_range_changed)

    # -- settings ----------------------------------------------------------------------------

    def set_loader(self, loader: TileLoader | None) -> None:
        """Show this loader's tiles (None: no background, no threads, no network)."""
        self.generation += 1  # tiles still on their way from the old source are dropped
        self.workers.clear()
        for key in list(self.items):
            self._drop(key)
        self.pending.clear()
        self.wanted = []
        self._wanted.keys = frozenset()
        self.last_error = ""
        self.loader = loader
        text = loader.source.attribution if loader is not None else ""
        self.attribution.setText(text)
        self.attribution.adjustSize()
        self._place_attribution()
        self.attribution.setVisible(bool(loader and text and self.visible))
        if loader is None:
            self._retry_timer.stop()
            return
        if loader.cache is not None:
            self.workers.submit(loader.cache.prune)
        self._retry_timer.start()
        self.refresh()

    def set_visible(self, visible: bool) -> None:
        self.visible = visible
        self.root.setVisible(visible)
        self.attribution.setVisible(bool(visible and self.loader and self.attribution.text()))
        if visible:
            self.refresh()

    def set_text_scale(self, factor: float) -> None:
        """The attribution's text size (projector mode makes it larger with the map's text)."""
        font = QFont()  # the application's font, whatever the window's own is set to
        font.setPointSizeF(max(6.0, font.pointSizeF()) * factor)
        self.attribution.setFont(font)
        self._place_attribution()

    def set_opacity(self, opacity: float, reload: bool = True) -> None:
        """How strongly the tiles show over the dark ground (0.05 to 1); reloads the tiles."""
        opacity = min(1.0, max(0.05, opacity))
        if opacity != self.opacity:
            self.opacity = opacity
            if reload:
                self.set_loader(self.loader)

    # -- loading -----------------------------------------------------------------------------

    def _on_range_changed(self, *_: object) -> None:
        if self.loader is not None:
            self._refresh_timer.start()

    def refresh(self) -> None:
        """Ask for the tiles the view lacks; show only levels up to the view's own."""
        loader = self.loader
        if loader is None or not self.visible:
            return
        (x0, x1), (y0, y1) = self.view.viewRange()
        width = max(1.0, self.view.width())
        grid = loader.source.grid
        level = grid.level_for((x1 - x0) / width, ((x0 + x1) / 2, (y0 + y1) / 2))
        self.wanted = grid.tiles_covering(x0, y0, x1, y1, level)
        self._wanted.keys = frozenset(self.wanted)
        self.level = level
        self._show_levels()
        for key in self.wanted:
            if key in self.items:
                self.items.move_to_end(key)
            elif key not in self.pending and loader.may_load_later(key):
                self.pending.add(key)
                job = functools.partial(
                    _load_tile, loader, key, self.generation, self._wanted, self.arrivals
                )
                self.workers.submit(job)
        if self.pending and not self._drain_timer.isActive():
            self._drain_timer.start()

    def _take_arrivals(self) -> None:
        """Decode what the workers brought, a few milliseconds' worth each turn."""
        deadline = time.perf_counter() + DRAIN_BUDGET_S
        while time.perf_counter() < deadline:
            try:
                generation, key, result = self.arrivals.get_nowait()
            except queue.Empty:
                break
            self._on_tile_arrived(generation, key, result)
        if not self.pending:  # a stale tile still on its way is dropped when the next comes
            self._drain_timer.stop()

    def _on_tile_arrived(self, generation: int, key: TileKey, result: Loaded[bytes]) -> None:
        if generation != self.generation or self.loader is None:
            return
        self.pending.discard(key)
        image = decode_image(result.image, self.opacity) if result.image is not None else None
        if result.image is not None and image is None:
            result = self.loader.unreadable(key, result.origin)
        if image is None:
            if result.reason and not self.last_error:
                self.last_error = result.reason
                self.failed.emit(result.reason)
            return
        item = QGraphicsPixmapItem(QPixmap.fromImage(image), self.root)
        item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        item.setShapeMode(QGraphicsPixmapItem.ShapeMode.BoundingRectShape)
        item.setTransform(_placement(image, self.loader.source.grid.corners_rd(key)))
        item.setZValue(key.z)
        self.items[key] = item
        self._show_levels()
        self._evict()
        self.tiles_changed.emit()

    def _show_levels(self) -> None:
        """The view's level, over coarser tiles only while some of its own are missing."""
        complete = all(key in self.items for key in self.wanted)
        for key, item in self.items.items():
            item.setVisible(key.z == self.level or (key.z < self.level and not complete))

    def _evict(self) -> None:
        wanted = set(self.wanted)
        for key in list(self.items):
            if len(self.items) <= MAX_TILE_ITEMS:
                break
            if key not in wanted:  # the least recently wanted first
                self._drop(key)

    def _drop(self, key: TileKey) -> None:
        item = self.items.pop(key)
        scene = item.scene()
        if scene is not None:
            scene.removeItem(item)

    # -- attribution -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place_attribution()
        return False

    def _place_attribution(self) -> None:
        parent = self.attribution.parentWidget()
        if parent is None:
            return
        self.attribution.adjustSize()
        self.attribution.move(
            parent.width() - self.attribution.width() - 4,
            parent.height() - self.attribution.height() - 4,
        )

    def shutdown(self) -> None:
        """Stop asking for tiles (queued requests dropped; running ones end by their timeout)."""
        self.set_loader(None)


def _placement(image: QImage, corners: tuple[tuple[float, float], ...]) -> QTransform:
    """Maps the image's pixel corners onto the tile's RD corners (top-left first)."""
    source = QPolygonF(
        [
            QPointF(0, 0),
            QPointF(image.width(), 0),
            QPointF(image.width(), image.height()),
            QPointF(0, image.height()),
        ]
    )
    target = QPolygonF([QPointF(x, y) for x, y in corners])
    transform = QTransform()
    if not QTransform.quadToQuad(source, target, transform):
        return QTransform()
    return transform
