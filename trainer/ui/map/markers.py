"""pyqtgraph's scatter item, passed over while it has no points.

pyqtgraph maps and masks even an empty set of points on every paint, about 0.1 ms a frame
each: a cost for sets that stay empty most of a run (the selection, manned aircraft, the
sensor overlay's squares).
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtGui import QPainter


class Markers(pg.ScatterPlotItem):
    def paint(self, painter: QPainter, *args: Any) -> None:
        if len(self.data):
            super().paint(painter, *args)
