"""The station's menus: the sheet, leaving, and the map's view. Nothing steers the exercise:
no start, pause, speed, end, scenario or instructor actions exist here at all."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow

from trainer.ui.map.canvas import LAYER_SHORTCUTS, MapCanvas
from trainer.ui.panels.responses import GROUPS
from trainer.ui.panels_menu import add_panels_menu
from trainer.ui.shortcuts_dialog import ShortcutsDialog, key_text
from trainer.ui.translation import tr

# As in the live window, without the overlay: that is the truth, and a station has none.
STATION_LAYERS = {key: keys for key, keys in LAYER_SHORTCUTS.items() if key != "overlay"}


class StationMenus:
    """Builds the menu bar of a station window; keeps the actions the window enables."""

    def __init__(
        self,
        window: QMainWindow,
        canvas: MapCanvas,
        docks: dict[str, QDockWidget],
        show_sheet: Callable[[], None],
        fit: Callable[[], None],
        leave: Callable[[], None],
    ) -> None:
        self.window = window
        self.canvas = canvas
        self.sheet_action = self._action(tr("Your score &sheet"), None, show_sheet)
        self.sheet_action.setEnabled(False)  # until the instructor releases the sheets
        self.quit_action = self._action(tr("&Leave the class"), "Ctrl+Q", leave)
        self.aerodrome_action = self._action(
            tr("Zoom to &aerodrome"), "Home", canvas.zoom_to_aerodrome
        )
        self.fit_action = self._action(tr("&Fit the exercise"), "F", fit)
        self.labels_action = self._action(
            tr("Track &labels"), "L", canvas.tracks.set_labels_visible
        )
        self.labels_action.setCheckable(True)
        self.labels_action.setChecked(True)
        self.layer_actions: dict[str, QAction] = {}
        for key, shortcut in STATION_LAYERS.items():
            action = self._action(
                canvas.layers[key].title,
                shortcut,
                lambda checked, k=key: canvas.set_layer_visible(k, checked),
            )
            action.setCheckable(True)
            action.setChecked(True)
            self.layer_actions[key] = action
        menu = window.menuBar()
        file_menu = menu.addMenu(tr("&File"))
        file_menu.addAction(self.sheet_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        view_menu = menu.addMenu(tr("&View"))
        view_menu.addAction(self.aerodrome_action)
        view_menu.addAction(self.fit_action)
        view_menu.addSeparator()
        for action in self.layer_actions.values():
            view_menu.addAction(action)
        view_menu.addAction(self.labels_action)
        self.view_menu = view_menu  # the window adds the background-map choices here
        view_menu.addSeparator()
        add_panels_menu(view_menu, docks.values())
        help_menu = menu.addMenu(tr("&Help"))
        help_menu.addAction(self._action(tr("&Keyboard shortcuts"), "F1", self.show_shortcuts))

    def _action(self, text: str, shortcut: str | None, slot: Callable[..., object]) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setAutoRepeat(False)  # L held down: labels off, not off-on-off
        action.triggered.connect(slot)
        return action

    def show_shortcuts(self) -> ShortcutsDialog:
        """F1: the list in the live window's dialog, whose fixed-width font lines the keys up
        (a message box's proportional font left 'Home', 'F' and 'Ctrl+1' ragged)."""
        keys = [
            f"{key_text(a):>8}  {a.text().replace('&', '')}"
            for a in self.window.findChildren(QAction)
            if not a.shortcut().isEmpty()
        ]
        responses = [
            f"{r.key:>8}  {tr(r.label)} ({tr(title)})" for title, group in GROUPS for r in group
        ]
        text = "\n".join(sorted(keys)) + tr("\n\nResponses:\n") + "\n".join(responses)
        self.shortcuts_dialog = ShortcutsDialog(text, self.window)
        self.shortcuts_dialog.open()
        return self.shortcuts_dialog
