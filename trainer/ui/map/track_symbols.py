"""Every track symbol on the map in one item: a picture per kind of symbol, stamped at each track.

A pyqtgraph ScatterPlotItem per kind of symbol did the same, but each frame it rebuilt a record
per point in Python: at 1,000 tracks that was the larger part of updating the map. Here a frame
hands over coordinates and one small integer per track; painting maps them to the screen with
numpy and stamps all symbols of a kind with one QPainter.drawPixmapFragments call. The pictures
are drawn by pyqtgraph's own `renderSymbol`, as the scatter items drew theirs, so the map looks
the same.
"""

from __future__ import annotations

from typing import cast

import numpy as np
import pyqtgraph as pg
import shiboken6
from numpy.typing import NDArray
from pyqtgraph.graphicsItems.ScatterPlotItem import renderSymbol
from PySide6.QtCore import QRectF
from PySide6.QtGui import QBrush, QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

FRAGMENT_FIELDS = (
    10  # QPainter::PixmapFragment: x, y, source rect (4), scale x, y, rotation, opacity
)


class TrackSymbols(pg.GraphicsObject):
    """Symbols of `size` pixels whatever the zoom, one kind per number given by `add_kind`."""

    def __init__(self, size: float) -> None:
        super().__init__()
        self.size = size
        self._pictures: list[QPixmap] = []
        self._x = np.zeros(0)
        self._y = np.zeros(0)
        self._kind = np.zeros(0, dtype=np.int64)
        self._bounds = QRectF()

    def add_kind(self, symbol: str, pen: QPen, brush: QBrush) -> int:
        """Draw one kind of symbol; its number, for `set_points`."""
        image: QImage = renderSymbol(symbol, self.size, pen, brush)
        self._pictures.append(QPixmap.fromImage(image))
        return len(self._pictures) - 1

    def set_points(
        self, x: NDArray[np.float64], y: NDArray[np.float64], kind: NDArray[np.int64]
    ) -> None:
        """The symbols to draw: map coordinates and each one's kind (later kinds drawn on top)."""
        self.prepareGeometryChange()
        order = np.argsort(kind, kind="stable")
        self._x, self._y, self._kind = x[order], y[order], kind[order]
        if x.size:
            x0, x1, y0, y1 = x.min(), x.max(), y.min(), y.max()
            self._bounds = QRectF(float(x0), float(y0), float(x1 - x0), float(y1 - y0))
        else:
            self._bounds = QRectF()
        self.update()

    def points(self) -> int:
        """How many symbols are drawn (tests)."""
        return int(self._x.size)

    def boundingRect(self) -> QRectF:
        if self._x.size == 0:
            return QRectF()
        # The symbols reach half their size (in pixels) past the outermost points.
        px, py = self.pixelVectors()
        pad_x = (px.length() if px is not None else 0.0) * self.size
        pad_y = (py.length() if py is not None else 0.0) * self.size
        return self._bounds.adjusted(-pad_x, -pad_y, pad_x, pad_y)

    def viewTransformChanged(self) -> None:
        self.prepareGeometryChange()  # the padding in map units changes with the zoom

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self._x.size == 0:
            return
        t = painter.transform()
        # Far outside the screen Qt's raster engine can overflow: keep coordinates sane.
        screen_x = np.clip(t.m11() * self._x + t.m21() * self._y + t.dx(), -(2**30), 2**30)
        screen_y = np.clip(t.m12() * self._x + t.m22() * self._y + t.dy(), -(2**30), 2**30)
        painter.resetTransform()
        starts = np.searchsorted(self._kind, np.arange(len(self._pictures) + 1))
        for kind, picture in enumerate(self._pictures):
            lo, hi = int(starts[kind]), int(starts[kind + 1])
            if lo == hi:
                continue
            fragments = np.empty((hi - lo, FRAGMENT_FIELDS))
            fragments[:, 0] = screen_x[lo:hi]  # the centre of each stamp
            fragments[:, 1] = screen_y[lo:hi]
            fragments[:, 2:6] = (0.0, 0.0, picture.width(), picture.height())
            fragments[:, 6:10] = (1.0, 1.0, 0.0, 1.0)
            # Qt's signature takes a pointer to the first of `count` fragments: the numpy rows
            # have the struct's layout (ten doubles), so the array is handed over as it is.
            first = cast(
                QPainter.PixmapFragment,
                shiboken6.wrapInstance(fragments.ctypes.data, QPainter.PixmapFragment),
            )
            painter.drawPixmapFragments(first, hi - lo, picture)
