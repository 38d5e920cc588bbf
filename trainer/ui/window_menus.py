"""The live window's actions, menu bar and run toolbar.

The actions call the window's public methods; they are enabled by the role and the run's state.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QLabel

from trainer.ui.bundled_menu import fill_bundled_menu
from trainer.ui.map.canvas import LAYER_SHORTCUTS
from trainer.ui.panels_menu import add_panels_menu
from trainer.ui.recent_files import RecentFiles
from trainer.ui.sim_driver import SPEEDS, RunState, SimDriver
from trainer.ui.translation import tr

if TYPE_CHECKING:
    from trainer.ui.main_window import MainWindow


class MainMenus:
    """Builds the actions and lays them out in the menus and the toolbar; keeps the actions."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        canvas = window.canvas
        self.open_action = self._action(
            tr("&Open scenario…"), QKeySequence.StandardKey.Open, window.choose_scenario
        )
        self.start_action = self._action(tr("&Start"), "Space", window.toggle_run)
        self.restart_action = self._action(tr("&Restart"), "Ctrl+R", window.restart_asking)
        self.end_action = self._action(tr("&End run"), "Ctrl+E", window.end_run)
        self.quit_action = self._action(tr("&Quit"), QKeySequence.StandardKey.Quit, window.quit)
        self.speed_actions: dict[int, QAction] = {}
        speed_group = QActionGroup(window)
        for number, speed in enumerate(SPEEDS, start=1):
            action = self._action(
                f"{speed}\u00d7", str(number), lambda _=False, s=speed: window.set_speed(s), True
            )
            speed_group.addAction(action)
            self.speed_actions[speed] = action
        self.speed_actions[1].setChecked(True)
        self.aerodrome_action = self._action(
            tr("Zoom to &aerodrome"), "Home", canvas.zoom_to_aerodrome
        )
        self.fit_action = self._action(tr("&Fit scenario"), "F", window.fit_scenario)
        self.labels_action = self._action(
            tr("Track &labels"), "L", canvas.tracks.set_labels_visible, True
        )
        self.labels_action.setChecked(True)
        self.trainee_view_action = self._action(
            tr("&Trainee mode (tracks only)"), "Ctrl+T", self._on_trainee_view_toggled, True
        )
        self.layer_actions: dict[str, QAction] = {}
        for key, shortcut in LAYER_SHORTCUTS.items():  # in the order of their keys
            action = self._action(
                canvas.layers[key].title,
                shortcut,
                lambda checked, k=key: window.set_layer_visible(k, checked),
                True,
            )
            action.setChecked(True)
            self.layer_actions[key] = action
        self.shortcuts_action = self._action(tr("&Keyboard shortcuts"), "F1", window.show_shortcuts)
        self._build_menu_bar()
        self._build_toolbar()

    def _action(
        self,
        text: str,
        shortcut: str | QKeySequence.StandardKey | None,
        slot: Callable[..., object],
        checkable: bool = False,
    ) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setAutoRepeat(False)  # Space held down starts the run, not start-pause-start
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        return action

    def _build_menu_bar(self) -> None:
        window = self.window
        menu = window.menuBar()
        file_menu = menu.addMenu(tr("&File"))
        file_menu.addAction(self.open_action)
        self.bundled_menu = file_menu.addMenu(tr("&Bundled scenarios"))
        fill_bundled_menu(self.bundled_menu, window.open_scenario_asking)
        self.recent = RecentFiles(
            window.settings, file_menu.addMenu(tr("Open &recent")), window.open_scenario_asking
        )
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        run_menu = menu.addMenu(tr("&Run"))
        for action in (self.start_action, self.restart_action, self.end_action):
            run_menu.addAction(action)
        run_menu.addSeparator()
        for action in self.speed_actions.values():
            run_menu.addAction(action)
        view_menu = menu.addMenu(tr("&View"))
        view_menu.addAction(self.trainee_view_action)
        view_menu.addSeparator()
        view_menu.addAction(self.aerodrome_action)
        view_menu.addAction(self.fit_action)
        view_menu.addSeparator()
        for action in self.layer_actions.values():
            view_menu.addAction(action)
        view_menu.addAction(self.labels_action)
        view_menu.addMenu(window.basemap_menu.menu)
        view_menu.addActions(window.projector.actions())
        view_menu.addMenu(window.language_menu.menu)
        view_menu.addSeparator()
        add_panels_menu(view_menu, window.docks.values())
        menu.addMenu(window.instructor.menu)
        help_menu = menu.addMenu(tr("&Help"))
        help_menu.addAction(self.shortcuts_action)

    def _build_toolbar(self) -> None:
        window = self.window
        toolbar = window.addToolBar(tr("Run"))
        toolbar.setObjectName("toolbar-run")
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(tr(" Trainee: ")))
        toolbar.addWidget(window.name_field.edit)
        toolbar.addWidget(window.name_field.state)
        toolbar.addSeparator()
        groups = [
            [self.open_action],
            [self.start_action, self.restart_action, self.end_action],
            list(self.speed_actions.values()),
            [self.aerodrome_action, self.fit_action],
        ]
        for number, group in enumerate(groups):
            if number:
                toolbar.addSeparator()
            for action in group:
                toolbar.addAction(action)

    def show_run_state(self, driver: SimDriver | None, trainee: bool) -> None:
        """Enable what the run's state allows; of the run's controls the trainee has only
        Start (and Resume). Start's text says what it will do."""
        loaded = driver is not None
        self.start_action.setEnabled(loaded)
        for action in (self.restart_action, self.end_action, *self.speed_actions.values()):
            action.setEnabled(loaded and not trainee)
        self.open_action.setEnabled(not trainee)
        if driver is None:
            return
        running = driver.state == RunState.RUNNING
        self.start_action.setText(
            tr("&Pause")
            if running
            else (tr("&Resume") if driver.state == RunState.PAUSED else tr("&Start"))
        )
        startable = {RunState.READY, RunState.PAUSED} | (set() if trainee else {RunState.RUNNING})
        self.start_action.setEnabled(driver.state in startable)
        self.end_action.setEnabled(
            not trainee and driver.state in (RunState.RUNNING, RunState.PAUSED)
        )

    def _on_trainee_view_toggled(self, checked: bool) -> None:
        if checked:
            self.window.enter_trainee_mode()
        else:
            self.window.leave_trainee_mode()
