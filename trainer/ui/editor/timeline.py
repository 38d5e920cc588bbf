"""The scenario's timeline: scripted events above the line (click to add one), and what the dry
run saw happen below it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from trainer.ui.translation import tr

MARGIN_PX = 40
SCRIPTED = QColor("#f5b041")
HAPPENED = QColor("#5dade2")
AXIS = QColor("#aab7c4")
LABEL_ROWS = 3
TICK_S = (10, 30, 60, 120, 300, 600, 1200, 1800, 3600)


@dataclass(frozen=True)
class Mark:
    time_s: float
    text: str
    index: int = -1  # a scripted event's place in the file's `events`; -1: not scripted


class Timeline(QWidget):
    time_clicked = Signal(float)  # sim seconds where the author clicked
    event_moved = Signal(int, float)  # a scripted event (its index in `events`) dragged to a time

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.duration_s = 600.0
        self.scripted: list[Mark] = []
        self.happened: list[Mark] = []
        self.setMinimumHeight(130)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setToolTip(
            tr("Click on the line to add a scripted event at that time; drag an event to move it")
        )
        self.setCursor(Qt.CursorShape.CrossCursor)
        self._dragged: int | None = None  # position in `scripted` of the mark being dragged

    def set_content(
        self, duration_s: float, scripted: list[Mark], happened: list[Mark] | None = None
    ) -> None:
        self.duration_s = duration_s if duration_s > 0 else 600.0
        self.scripted = scripted
        if happened is not None:
            self.happened = happened
        self.update()

    def x_of(self, time_s: float) -> float:
        span = max(1.0, self.width() - 2 * MARGIN_PX)
        return MARGIN_PX + span * min(max(time_s / self.duration_s, 0.0), 1.0)

    def time_at(self, x: float) -> float:
        span = max(1.0, self.width() - 2 * MARGIN_PX)
        return min(max((x - MARGIN_PX) / span, 0.0), 1.0) * self.duration_s

    def axis_y(self) -> float:
        return self.height() * 0.4

    def mark_at(self, x: float, y: float) -> int | None:
        """The scripted mark under a point (its triangle sits just above the line)."""
        if not self.axis_y() - 20 <= y <= self.axis_y() + 4:
            return None
        near = [(abs(self.x_of(m.time_s) - x), i) for i, m in enumerate(self.scripted)]
        near = [item for item in near if item[0] <= 7]
        return min(near)[1] if near else None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            point = event.position()
            self._dragged = self.mark_at(point.x(), point.y())
            if self._dragged is None:
                self.time_clicked.emit(round(self.time_at(point.x())))
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._dragged is not None:
            mark = self.scripted[self._dragged]
            time_s = round(self.time_at(event.position().x()))
            self.scripted[self._dragged] = Mark(time_s, mark.text, mark.index)
            self.update()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._dragged is not None:
            mark = self.scripted[self._dragged]
            time_s = round(self.time_at(event.position().x()))
            self._dragged = None
            self.event_moved.emit(mark.index, float(time_s))
        super().mouseReleaseEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#17202a"))
        font = QFont()
        font.setPointSize(8)
        painter.setFont(font)
        y = self.axis_y()
        painter.setPen(QPen(AXIS, 2))
        painter.drawLine(QPointF(self.x_of(0), y), QPointF(self.x_of(self.duration_s), y))
        step = next((s for s in TICK_S if self.duration_s / s <= 12), TICK_S[-1])
        t = 0.0
        while t <= self.duration_s + 1e-6:
            x = self.x_of(t)
            painter.drawLine(QPointF(x, y - 4), QPointF(x, y + 4))
            minutes, seconds = divmod(int(t), 60)
            painter.drawText(
                QRectF(x - 30, y + 4, 60, 14),
                Qt.AlignmentFlag.AlignCenter,
                f"{minutes}:{seconds:02d}",
            )
            t += step
        painter.setPen(QPen(SCRIPTED, 1))
        painter.setBrush(SCRIPTED)
        for index, mark in enumerate(self.scripted):
            x = self.x_of(mark.time_s)
            painter.drawPolygon(
                QPolygonF([QPointF(x, y - 2), QPointF(x - 6, y - 14), QPointF(x + 6, y - 14)])
            )
            row = 16 + 12 * (index % 2)
            painter.drawText(QPointF(x + 7, y - row), mark.text)
        painter.setPen(QPen(HAPPENED, 1))
        metrics = painter.fontMetrics()
        row_ends = [-1.0] * LABEL_ROWS  # where each row of labels is taken up to
        for mark in self.happened:
            x = self.x_of(mark.time_s)
            painter.drawLine(QPointF(x, y + 20), QPointF(x, y + 30))
            # Each label in the first row with room for it; none where all rows are taken.
            width = metrics.horizontalAdvance(mark.text)
            left = min(x + 2, self.width() - width - 4)  # the last labels stay inside
            free = next((r for r, end in enumerate(row_ends) if end < left), None)
            if free is not None:
                painter.drawText(QPointF(left, y + 42 + 11 * free), mark.text)
                row_ends[free] = left + width + 6
        painter.end()
