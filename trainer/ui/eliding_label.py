"""A one-line label that gives way: short of room it ends its text with '…' instead of
widening its window past the screen (a trainee's 1366 px laptop)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

from trainer.ui.tooltips import plain_tip

SHORTEST = "Wwwww…"  # what is left of a text at the least: a word's start and the ellipsis


class ElidingLabel(QLabel):
    """text() is the whole text; the screen shows as much of it as fits, the rest in the
    tooltip. Its size hint is the whole text, so where there is room nothing is cut."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._whole = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)

    def text(self) -> str:
        return self._whole

    def setText(self, text: str) -> None:
        self._whole = text
        self._show_what_fits()
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()
        width = self.fontMetrics().horizontalAdvance(self._whole) + margins.left()
        return QSize(width + margins.right() + 2 * self.margin() + 2, super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        width = self.fontMetrics().horizontalAdvance(SHORTEST)
        return QSize(min(width, self.sizeHint().width()), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._show_what_fits()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._show_what_fits()  # a style sheet's bigger font needs more room

    def _show_what_fits(self) -> None:
        room = self.contentsRect().width() - 2 * self.margin()
        shown = self.fontMetrics().elidedText(self._whole, Qt.TextElideMode.ElideRight, room)
        super().setText(shown)
        self.setToolTip(plain_tip(self._whole) if shown != self._whole else "")
