"""The background map under every layer: tiles loaded on worker threads, drawn when they come.

Nothing here waits: a view change asks the thread pool for the tiles it lacks, and each tile
arrives as a queued signal with a decoded image. Coarser tiles already at hand stay under
the finer ones until those arrive, so zooming never shows a blank map.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

import pyqtgraph as pg
from PySide6.QtCore import (
    QEvent,
    QObject,
    QPointF,
    QRectF,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPixmap, QPolygonF, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QGraphicsPixmapItem, QLabel, QWidget

from trainer.basemap.cache import TileCache
from trainer.basemap.grid import TileKey
from trainer.basemap.loader import Loaded, Origin, TileLoader
from trainer.ui import style

MAX_TILE_ITEMS = 400  # tiles kept drawn or ready: a full-HD view needs about 60
WORKERS = 4  # network-bound: a few requests at once, as a browser would
REFRESH_DELAY_MS = 60  # after the view stops moving for this long, ask for its tiles
RETRY_CHECK_MS = 3000  # ask again for tiles whose earlier try failed (the loader paces it)
Z_BELOW_EVERYTHING = -1000.0
DEFAULT_OPACITY = 0.6  # the dark canvas shows through: zones and tracks stay the loudest
MAX_TILE_PX = 4096


def decode_image(data: bytes, opacity: float = 1.0) -> QImage | None:
    """Bytes to an image off the GUI thread (QImage, unlike QPixmap, may be made there).

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


class _Arrivals(QObject):
    """Carries results from worker threads to the GUI thread (a queued connection)."""

    arrived = Signal(int, object, object)  # generation, TileKey, Loaded[QImage]


class _LoadTile(QRunnable):
    def __init__(
        self,
        loader: TileLoader,
        key: TileKey,
        generation: int,
        arrivals: _Arrivals,
        opacity: float,
        still_wanted: Callable[[TileKey], bool],
    ) -> None:
        super().__init__()
        self.opacity = opacity
        self.still_wanted = still_wanted
        self.loader = loader
        self.key = key
        self.generation = generation
        self.arrivals = arrivals  # kept alive by this reference until the signal is sent

    def run(self) -> None:
        if not self.still_wanted(self.key):  # the view moved on while this waited its turn
            self.arrivals.arrived.emit(self.generation, self.key, Loaded(None, Origin.WAITING))
            return
        try:
            result: Loaded[QImage] = self.loader.load(
                self.key, lambda data: decode_image(data, self.opacity)
            )
        except Exception as error:  # a worker must never take the app down
            result = Loaded(None, Origin.FAILED, f"{type(error).__name__}: {error}")
        self.arrivals.arrived.emit(self.generation, self.key, result)


class _PruneCache(QRunnable):
    """Keeps the tile cache under its size, once per source chosen, off the GUI thread."""

    def __init__(self, cache: TileCache) -> None:
        super().__init__()
        self.cache = cache

    def run(self) -> None:
        self.cache.prune()


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
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(WORKERS)
        self.arrivals = _Arrivals()
        self.arrivals.arrived.connect(self._on_tile_arrived)
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
        self.pool.clear()
        for key in list(self.items):
            self._drop(key)
        self.pending.clear()
        self.wanted = []
        self._wanted_now = frozenset()
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
            self.pool.start(_PruneCache(loader.cache))
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
        self._wanted_now = frozenset(self.wanted)
        self.level = level
        self._show_levels()
        for key in self.wanted:
            if key in self.items:
                self.items.move_to_end(key)
            elif key not in self.pending and loader.may_load_later(key):
                self.pending.add(key)
                self.pool.start(
                    _LoadTile(
                        loader,
                        key,
                        self.generation,
                        self.arrivals,
                        self.opacity,
                        self._is_wanted,
                    )
                )

    def _is_wanted(self, key: TileKey) -> bool:
        """Asked from worker threads: swapping a frozenset is atomic, reading it is safe."""
        return key in self._wanted_now

    def _on_tile_arrived(self, generation: int, key: TileKey, result: Loaded[QImage]) -> None:
        if generation != self.generation or self.loader is None:
            return
        self.pending.discard(key)
        if result.image is None:
            if result.reason and not self.last_error:
                self.last_error = result.reason
                self.failed.emit(result.reason)
            return
        item = QGraphicsPixmapItem(QPixmap.fromImage(result.image), self.root)
        item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        item.setShapeMode(QGraphicsPixmapItem.ShapeMode.BoundingRectShape)
        item.setTransform(_placement(result.image, self.loader.source.grid.corners_rd(key)))
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
