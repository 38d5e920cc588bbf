"""A layer's fixed shapes (zones, roads, the runway, range rings) as one item.

Each shape was an item of its own, many of them pyqtgraph items whose painting runs Python
for a single line or point, and Qt visited and painted every one again on each frame although
only the tracks over them move. One item paints all of a layer's shapes in the order they were
added. Text and symbols drawn in screen pixels stay items of their own.

The airspace's large translucent zones cost more to fill than a copy of the whole view does,
so that picture is kept: painted once into an image the size of the view and copied on each
frame until the view is panned, zoomed or resized. (Qt's own item cache could not keep it: it
painted the zones again on every frame, more slowly than without a cache.)
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QPaintEngine, QPainter, QPainterPath, QPen, QPixmap, QTransform
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

NO_BRUSH = QBrush(Qt.BrushStyle.NoBrush)


class Picture(QGraphicsItem):
    """Paths in map metres, painted in the order added, each with its own pen and brush."""

    def __init__(self, kept: bool = False) -> None:
        super().__init__()
        self.shapes: list[tuple[QPainterPath, QPen, QBrush, bool]] = []
        self.kept = kept
        self._bounds = QRectF()
        self._image = QPixmap()
        self._image_key: tuple[object, ...] | None = None  # what the kept image was painted for

    def add(
        self, path: QPainterPath, pen: QPen, brush: QBrush = NO_BRUSH, smooth: bool = False
    ) -> None:
        """`smooth`: antialiased, for thin curves and slanted bars (the view paints without)."""
        self.prepareGeometryChange()
        self.shapes.append((path, pen, brush, smooth))
        self._bounds = self._bounds.united(path.boundingRect())
        self._image_key = None

    def boundingRect(self) -> QRectF:
        # The paths' bounds, as for Qt's own path items; a pen a pixel or two wide (cosmetic)
        # may reach that much beyond them.
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        engine = painter.paintEngine()
        if self.kept and engine is not None and engine.type() == QPaintEngine.Type.Raster:
            self._copy_kept(painter)
        else:  # a printer or PDF gets the shapes themselves, sharp at any size
            self._paint_shapes(painter)

    def _paint_shapes(self, painter: QPainter) -> None:
        painter.save()
        for path, pen, brush, smooth in self.shapes:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, smooth)
            painter.setPen(pen)
            painter.setBrush(brush)
            painter.drawPath(path)
        painter.restore()

    def _copy_kept(self, painter: QPainter) -> None:
        device = painter.device()
        ratio = device.devicePixelRatioF()
        width, height = device.width(), device.height()
        key = (painter.worldTransform(), width, height, ratio, painter.renderHints())
        if key != self._image_key:
            size = (round(width * ratio), round(height * ratio))
            if (self._image.width(), self._image.height()) != size:
                self._image = QPixmap(*size)
            self._image.setDevicePixelRatio(ratio)
            self._image.fill(Qt.GlobalColor.transparent)
            # Every shape, whatever part of the view Qt asked for: the whole image is kept.
            image_painter = QPainter(self._image)
            image_painter.setRenderHints(painter.renderHints())
            image_painter.setWorldTransform(painter.worldTransform())
            self._paint_shapes(image_painter)
            image_painter.end()
            self._image_key = key
        painter.save()
        painter.setWorldTransform(QTransform())
        painter.drawPixmap(0, 0, self._image)
        painter.restore()
