"""The tracks' labels, all painted by one item.

Each label was a text item of its own: every frame Qt laid out each of up to 60 texts twice
(on the new text, and again to paint it) and moved each in its index; with their placement,
labels were about a third of a 200-track frame. One item now takes the frame's placements
(where the track layer found room) and paints them, keeping the laid-out text of each line it
has painted lately: a track's name never changes and its height and speed seldom do.
"""

from __future__ import annotations

from typing import NamedTuple

import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QStaticText, QTransform
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

COLOUR = QColor("#eaf2f8")
KEPT_LINES = 1000  # laid-out lines kept; a frame shows at most 120


class Placed(NamedTuple):
    """A label: its track's map point, and the offset of the text's top left in pixels."""

    x: float
    y: float
    dx: float
    dy: float
    lines: tuple[str, str]


class TrackLabels(QGraphicsItem):
    def __init__(self, font: QFont) -> None:
        super().__init__()
        self.font = QFont(font)
        self.placed: list[Placed] = []
        self.text_scale = 1.0  # projector mode draws them larger, from the same top left
        self._bounds = QRectF()
        self._lines: dict[str, QStaticText] = {}
        self._line_height = QFontMetricsF(self.font).lineSpacing()

    def set_labels(self, placed: list[Placed], bounds: QRectF) -> None:
        """This frame's labels; `bounds`, the map area they lie in (the view)."""
        if bounds != self._bounds:
            self.prepareGeometryChange()
            self._bounds = QRectF(bounds)
        self.placed = placed
        self.update()

    def set_text_scale(self, factor: float) -> None:
        """Draw the labels larger; the track layer places them again with room for that."""
        self.text_scale = factor
        self.update()

    def texts(self) -> list[str]:
        return ["\n".join(label.lines) for label in self.placed]

    def scene_rects(self, view: pg.ViewBox) -> list[QRectF]:
        """Where each label's text lies in scene coordinates (pixels of the view); the view
        box maps map points to the scene as it will paint them, after a change of range too."""
        rects = []
        for label in self.placed:
            top_left = view.mapViewToScene(QPointF(label.x, label.y))
            width = max(self._line(line).size().width() for line in label.lines)
            size = QRectF(0, 0, width, self._line_height * len(label.lines))
            scaled = QTransform.fromScale(self.text_scale, self.text_scale).mapRect(size)
            rects.append(scaled.translated(top_left + QPointF(label.dx, label.dy)))
        return rects

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        to_device = painter.worldTransform()  # map metres to pixels: scale and shift, no turn
        sx, sy, shift_x, shift_y = (
            to_device.m11(),
            to_device.m22(),
            to_device.dx(),
            to_device.dy(),
        )
        scale = self.text_scale
        painter.save()
        painter.setFont(self.font)
        painter.setPen(COLOUR)
        # One transform for all: in pixels, larger by the text scale; each text's top left is
        # divided by it so that it stays where it was placed.
        painter.setWorldTransform(QTransform.fromScale(scale, scale))
        for label in self.placed:
            left = (sx * label.x + shift_x + label.dx) / scale
            top = (sy * label.y + shift_y + label.dy) / scale
            for row, line in enumerate(label.lines):
                at = QPointF(left, top + row * self._line_height)
                painter.drawStaticText(at, self._line(line))
        painter.restore()

    def _line(self, text: str) -> QStaticText:
        line = self._lines.get(text)
        if line is None:
            if len(self._lines) >= KEPT_LINES:
                self._lines.clear()
            line = QStaticText(text)
            line.prepare(QTransform(), self.font)
            self._lines[text] = line
        return line
