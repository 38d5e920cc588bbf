"""Full screen (F11) and projector mode (F10) for the single-PC window.

Projector mode is for a beamer at the back of a classroom: the window full screen, its text
larger, the map's labels, scale bar and north arrow larger, and the side panels folded away so
the map takes the screen (the View menu brings any panel back). The class
console's projector window (console_projector.py) has the same F11 / Esc keys.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QKeySequence, QTransform
from PySide6.QtWidgets import QDockWidget, QGraphicsItem, QGraphicsSimpleTextItem, QMainWindow

from trainer.ui.map.canvas import MapCanvas
from trainer.ui.translation import tr

TEXT_SCALE = 1.5  # window text: 9-10 pt reads as about 14 pt, legible from the back row
MAP_TEXT_SCALE = 1.6  # the map's labels: a little more, they are smaller to start with
LABEL_CHECK_MS = 300  # how soon a new label (a new track's) is scaled too
ORIGINAL_TRANSFORM = 0x7E57  # QGraphicsItem.data key: a label's transform before scaling


class MapTextScale(QObject):
    """Draws the map's text larger: place names, zone and track labels, scale bar and north.

    Map labels keep their size on screen whatever the zoom, so a larger view transform would
    not reach them; each is scaled itself, and labels made later (a manned aircraft's, the
    editor's) are caught by a slow timer. The tracks' labels are one item told the factor.
    Symbols keep their pixel size (QT_SCALE_FACTOR scales everything at start).
    """

    def __init__(self, canvas: MapCanvas) -> None:
        super().__init__(canvas)
        self.canvas = canvas
        self.factor = 1.0
        self._timer = QTimer(self)
        self._timer.setInterval(LABEL_CHECK_MS)
        self._timer.timeout.connect(self._scale_labels)

    def set_factor(self, factor: float) -> None:
        self.factor = factor
        self.canvas.text_scale = factor
        self.canvas.basemap.set_text_scale(factor)
        self.canvas.tracks.labels.set_text_scale(factor)
        self.canvas.tracks.place_labels()
        self._scale_labels()
        self.canvas.place_labels.fit(self.canvas.view)  # larger names need more room at the edge
        if factor == 1.0:
            self._timer.stop()
        else:
            self._timer.start()
        self.canvas.viewport().update()

    def _scale_labels(self) -> None:
        for item in self.canvas.scene().items():
            if isinstance(item, pg.TextItem):
                if item.scale() != self.factor:
                    item.setScale(self.factor)  # its own transform is pyqtgraph's to keep
                continue
            if not isinstance(item, QGraphicsSimpleTextItem):  # a town's or the ARP's symbol
                continue
            if not item.flags() & QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations:
                continue
            original = item.data(ORIGINAL_TRANSFORM)
            if original is None:
                if self.factor == 1.0:
                    continue
                original = item.transform()
                item.setData(ORIGINAL_TRANSFORM, original)
            # The label's own anchoring (a shift in screen pixels) first, then the growth.
            wanted = original * QTransform.fromScale(self.factor, self.factor)
            if item.transform() != wanted:
                item.setTransform(wanted)
            if self.factor == 1.0:
                item.setData(ORIGINAL_TRANSFORM, None)


class ProjectorMode(QObject):
    """The View menu's Full screen and Projector mode actions for a main window."""

    def __init__(self, window: QMainWindow, canvas: MapCanvas) -> None:
        super().__init__(window)
        self.window = window
        self.map_text = MapTextScale(canvas)
        self.active = False
        self._saved_state = QByteArray()
        self._saved_font = QFont(window.font())
        self._was_full_screen = False
        self.full_screen_action = QAction(tr("F&ull screen"), window)
        self.full_screen_action.setShortcut(QKeySequence(Qt.Key.Key_F11))
        self.full_screen_action.setCheckable(True)
        self.full_screen_action.triggered.connect(self.set_full_screen)
        self.projector_action = QAction(tr("&Projector mode (large text, map only)"), window)
        self.projector_action.setShortcut(QKeySequence(Qt.Key.Key_F10))
        self.projector_action.setCheckable(True)
        self.projector_action.triggered.connect(self.set_projector)
        self.leave_action = QAction(tr("Leave full screen"), window)
        self.leave_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.leave_action.triggered.connect(self.leave)
        self.leave_action.setEnabled(False)
        for action in (self.full_screen_action, self.projector_action, self.leave_action):
            action.setAutoRepeat(False)  # F11 held down: full screen, not in-out-in
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
            self.map_text.set_factor(MAP_TEXT_SCALE)
            window.showFullScreen()
        else:
            window.setFont(self._saved_font)
            window.restoreState(self._saved_state)
            self.map_text.set_factor(1.0)
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
