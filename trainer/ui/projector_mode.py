"""Full screen (F11) and projector mode (F10) for the single-PC window.

Projector mode is for a beamer at the back of a classroom: the window full screen, its text
larger, the map and everything drawn on it (labels, symbols, scale bar) scaled up, and the side
panels folded away so the map takes the screen (the View menu brings any panel back). The class
console's projector window (console_projector.py) has the same F11 / Esc keys.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QRectF, QSize, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow

from trainer.ui.map.canvas import MapCanvas

TEXT_SCALE = 1.5  # window text: 9-10 pt reads as about 14 pt, legible from the back row
MAP_SCALE = 1.6  # the map's labels and symbols: a little more, they are smaller to start with
FIT_IN_VIEW_MARGIN = 2  # px QGraphicsView.fitInView leaves on each side (fixed in Qt's code)


class MapScale(QObject):
    """Draws a canvas's scene larger by a factor: text, symbols and lines alike."""

    def __init__(self, canvas: MapCanvas) -> None:
        super().__init__(canvas)
        self.canvas = canvas
        self.factor = 1.0
        canvas.viewport().installEventFilter(self)

    def set_factor(self, factor: float) -> None:
        self.factor = factor
        view_range = self.canvas.view.viewRange()
        self._fit_scene()
        # Keep the same piece of the map in view: only the drawing grows.
        (x0, x1), (y0, y1) = view_range
        self.canvas.view.setRange(QRectF(x0, y0, x1 - x0, y1 - y0), padding=0)

    def _scene_rect(self, viewport: QSize) -> QRectF:
        """The scene's size that pyqtgraph's fitInView blows up by exactly the factor."""
        if self.factor == 1.0:
            return QRectF(0, 0, self.canvas.width(), self.canvas.height())
        margin = 2 * FIT_IN_VIEW_MARGIN
        return QRectF(
            0,
            0,
            (viewport.width() - margin) / self.factor,
            (viewport.height() - margin) / self.factor,
        )

    def _fit_scene(self) -> None:
        scaled = self.factor != 1.0
        self.canvas.autoPixelRange = not scaled
        rect = self._scene_rect(self.canvas.viewport().size())
        self.canvas.setRange(rect, padding=0, disableAutoPixel=scaled)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The viewport's resize reaches the canvas's resizeEvent after this filter: set the
        # scene's size for the new viewport first, and pyqtgraph fits it to the viewport.
        if isinstance(event, QResizeEvent) and self.factor != 1.0:
            self.canvas.range = self._scene_rect(event.size())
        return False


class ProjectorMode(QObject):
    """The View menu's Full screen and Projector mode actions for a main window."""

    def __init__(self, window: QMainWindow, canvas: MapCanvas) -> None:
        super().__init__(window)
        self.window = window
        self.map_scale = MapScale(canvas)
        self.active = False
        self._saved_state = QByteArray()
        self._saved_font = QFont(window.font())
        self._was_full_screen = False
        self.full_screen_action = QAction("&Full screen", window)
        self.full_screen_action.setShortcut(QKeySequence(Qt.Key.Key_F11))
        self.full_screen_action.setCheckable(True)
        self.full_screen_action.triggered.connect(self.set_full_screen)
        self.projector_action = QAction("&Projector mode (large text, map only)", window)
        self.projector_action.setShortcut(QKeySequence(Qt.Key.Key_F10))
        self.projector_action.setCheckable(True)
        self.projector_action.triggered.connect(self.set_projector)
        self.leave_action = QAction("Leave full screen", window)
        self.leave_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.leave_action.triggered.connect(self.leave)
        self.leave_action.setEnabled(False)
        window.addAction(self.leave_action)  # Esc works with the menu bar out of sight too
        window.installEventFilter(self)

    def actions(self) -> list[QAction]:
        return [self.full_screen_action, self.projector_action]

    def set_full_screen(self, on: bool) -> None:
        if on:
            self.window.showFullScreen()
        else:
            self.window.showNormal()
        self._sync_actions()

    def set_projector(self, on: bool) -> None:
        if on == self.active:
            self._sync_actions()
            return
        self.active = on
        window = self.window
        if on:
            self._saved_state = window.saveState()
            self._saved_font = QFont(window.font())
            self._was_full_screen = window.isFullScreen()
            font = QFont(self._saved_font)
            font.setPointSizeF(max(6.0, font.pointSizeF()) * TEXT_SCALE)
            window.setFont(font)
            for dock in window.findChildren(QDockWidget):
                dock.hide()
            self.map_scale.set_factor(MAP_SCALE)
            window.showFullScreen()
        else:
            window.setFont(self._saved_font)
            window.restoreState(self._saved_state)
            self.map_scale.set_factor(1.0)
            if not self._was_full_screen:
                window.showNormal()
        self._sync_actions()

    def leave(self) -> None:
        """Esc: out of projector mode and full screen, back to the normal window."""
        if self.active:
            self._was_full_screen = False
            self.set_projector(False)
        elif self.window.isFullScreen():
            self.set_full_screen(False)

    def _sync_actions(self) -> None:
        self.full_screen_action.setChecked(self.window.isFullScreen())
        self.projector_action.setChecked(self.active)
        self.leave_action.setEnabled(self.active or self.window.isFullScreen())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.WindowStateChange:
            self._sync_actions()
        elif event.type() == QEvent.Type.Close and self.active:
            self.set_projector(False)  # the settings keep the panels as they were, not folded
        return False
