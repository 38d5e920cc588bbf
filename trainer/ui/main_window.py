"""The live run window: builds the map, panels, menus and status bar, and wires them to the run
and to each other (each part is a module of its own; docs/architecture.md lists them)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox, QWidget

from trainer.errors import TrainerError, readable
from trainer.launch import PreparedRun, Workspace
from trainer.records import Repository
from trainer.scoring.protocol import Action, ActionKind
from trainer.scoring.sheet import ScoreSheet
from trainer.scoring.tracks import TrackMap
from trainer.sim.events import Event
from trainer.text import printable
from trainer.ui import mid_run_questions, scenario_choice
from trainer.ui.basemap_menu import BasemapMenu
from trainer.ui.error_dialog import open_error
from trainer.ui.identifications import Identifications
from trainer.ui.instructor_tools import InstructorTools
from trainer.ui.language_menu import LanguageMenu
from trainer.ui.map.canvas import MapCanvas
from trainer.ui.map_frame import frame_points
from trainer.ui.menu_bar_letters import MenuBarLetters
from trainer.ui.mid_run_questions import OPEN_ENDS_RUN, RESTART_ENDS_RUN
from trainer.ui.panels.alerts import AlertsPanel
from trainer.ui.panels.briefing import BriefingPanel
from trainer.ui.panels.legend import LegendPanel
from trainer.ui.panels.live_score import LiveScorePanel
from trainer.ui.panels.responses import ResponsePanel
from trainer.ui.panels.track_table import TrackTable
from trainer.ui.projector_mode import ProjectorMode
from trainer.ui.role_view import INSTRUCTOR, TRAINEE, RoleView
from trainer.ui.run_picture import RunPicture
from trainer.ui.run_recorder import RunRecorder
from trainer.ui.run_scoring import RunScoring
from trainer.ui.run_status_bar import RunStatusBar
from trainer.ui.score_dialog import ScoreSheetDialog
from trainer.ui.shortcuts_dialog import ShortcutsDialog, shortcut_text
from trainer.ui.sim_driver import RunState, SimDriver
from trainer.ui.track_selection import TrackSelection
from trainer.ui.trainee_mode import TraineeMode
from trainer.ui.trainee_name_field import TraineeNameField
from trainer.ui.trainee_picker import ConfirmedTrainee
from trainer.ui.translation import tr
from trainer.ui.window_docks import build_docks
from trainer.ui.window_menus import MainMenus
from trainer.ui.window_settings import layers_shown, restore_window, save_window

APP_NAME = "Twente Drone Safety Trainer"
DEFAULT_SIZE = QSize(1600, 1000)  # the first start's window, where the screen has room


class MainWindow(QMainWindow):
    def __init__(
        self,
        workspace: Workspace,
        settings: QSettings,
        clock: Callable[[], float] = time.monotonic,
        repository: Repository | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.clock = clock
        self.repository = repository
        self.settings = settings
        self.run: PreparedRun | None = None
        self.driver: SimDriver | None = None
        self.error_dialog: QMessageBox | None = None
        self.shortcuts_dialog: ShortcutsDialog | None = None
        self.identifications = Identifications()  # the map's identity colours
        self.role = INSTRUCTOR
        self.trainee_mode = TraineeMode(settings)
        self.role_view = RoleView(self)
        self._quit_confirmed = False  # said yes to quitting with a run under way
        self.setWindowTitle(APP_NAME)
        self.canvas = MapCanvas(self)
        self.setCentralWidget(self.canvas)
        self.track_table = TrackTable(self)
        self.alerts = AlertsPanel(self)
        self.legend = LegendPanel(self)
        self.responses = ResponsePanel(self)
        self.live_score = LiveScorePanel(self)
        self.selection = TrackSelection(self, self.canvas, self.track_table, self.responses)
        self.picture = RunPicture(self)
        self.recorder = RunRecorder(repository, self)
        self.scoring = RunScoring(self)
        self.score_dialog: ScoreSheetDialog | None = None
        self._build_docks()
        self._build_menus()
        self.menu_bar_letters = MenuBarLetters(self.menuBar())  # Alt, then R: the Run menu
        self._build_status_bar()
        self.canvas.cursor_moved.connect(self.status.show_cursor)
        self.canvas.scale_changed.connect(self.status.show_scale)
        self.canvas.track_clicked.connect(self.select_track)
        self.track_table.track_selected.connect(self.select_track)
        self.alerts.track_chosen.connect(self.selection.select_and_centre)
        self.responses.response_requested.connect(self._on_response_requested)
        self.responses.refused.connect(lambda message: self.statusBar().showMessage(message, 4000))
        self.recorder.action_recorded.connect(self._on_action_recorded)
        self.recorder.sheet_ready.connect(self.show_sheet)
        self.recorder.failed.connect(self._on_record_failed)
        self.trainee_edit.returnPressed.connect(self.confirm_trainee)
        self.name_field.space_pressed.connect(self.toggle_run)
        self._restore_settings()
        self.set_role(TRAINEE if self.trainee_mode.remembered() else INSTRUCTOR)

    @property
    def selected(self) -> str | None:
        """The track (instructor: drone) the responses are about; None when none is."""
        return self.selection.selected

    @property
    def track_map(self) -> TrackMap:
        """The run's joins of tracks to drones (see RunPicture)."""
        return self.picture.track_map

    @property
    def trainee(self) -> ConfirmedTrainee | None:
        """Who the next run is for, once confirmed in the name field."""
        return self.name_field.trainee

    # -- building ----------------------------------------------------------------------------

    def _build_docks(self) -> None:
        self.briefing = BriefingPanel(self)
        self.docks = build_docks(
            self,
            self.track_table,
            self.responses,
            self.alerts,
            self.legend,
            self.briefing,
            self.live_score,
        )

    def _build_menus(self) -> None:
        self.basemap_menu = BasemapMenu(
            self.canvas,
            self.settings,
            self,
            self.show_error,
            lambda text: self.statusBar().showMessage(text, 8000),
        )
        self.projector = ProjectorMode(self, self.canvas)
        self.language_menu = LanguageMenu(self.settings, self)
        self.instructor = InstructorTools(self)
        self.name_field = TraineeNameField(self.repository, self)
        menus = self.menus = MainMenus(self)
        # The actions and the field's parts, also under the window's own names for them.
        self.open_action, self.start_action = menus.open_action, menus.start_action
        self.restart_action, self.end_action = menus.restart_action, menus.end_action
        self.quit_action, self.fit_action = menus.quit_action, menus.fit_action
        self.speed_actions, self.layer_actions = menus.speed_actions, menus.layer_actions
        self.trainee_view_action = menus.trainee_view_action
        self.bundled_menu, self.recent = menus.bundled_menu, menus.recent
        self.trainee_edit, self.trainee_state = self.name_field.edit, self.name_field.state
        self.trainee_completer = self.name_field.completer

    def _build_status_bar(self) -> None:
        self.status = RunStatusBar(self.statusBar(), self, self.workspace.projector)
        # Its labels by the names they had when the window made them itself.
        self.clock_label, self.state_label = self.status.clock_label, self.status.state_label
        self.speed_label, self.left_out = self.status.speed_label, self.status.left_out

    # -- scenarios ---------------------------------------------------------------------------

    def choose_scenario(self) -> None:
        if self.role == TRAINEE:  # file names tell the answer
            return
        if not self.may_end_run(OPEN_ENDS_RUN):
            return
        path = scenario_choice.ask_for_scenario(self, self.settings)
        if path is not None:
            self.open_scenario(path)

    def first_scenario(self) -> Path:
        """The scenario to start with when none is named (see scenario_choice)."""
        return scenario_choice.first_scenario(self.role == TRAINEE, self.recent.paths())

    def open_first(self, path: Path) -> bool:
        """The scenario the app was started with; when it will not open, its error is shown
        with the default scenario behind it (a working map and run, not an empty canvas)."""
        if self.open_scenario(path):
            return True
        default = scenario_choice.default_scenario()
        if Path(path).resolve() != default.resolve():
            self.open_scenario(default)
        return False

    def open_scenario(self, path: Path) -> bool:
        """Load a scenario; a broken file shows the loader's messages and changes nothing."""
        try:
            run = self.workspace.prepare(path)
            engine = run.engine()
        except TrainerError as error:
            self.show_error(tr("Cannot open {name}").format(name=path.name), readable(error))
            return False
        self.recorder.abandon(self._sim_time())
        if self.driver is not None:
            self.driver.end()
            self.driver.deleteLater()
        self.run = run
        self.driver = SimDriver(engine, clock=self.clock, parent=self)
        self.driver.snapshot_ready.connect(self.picture.show)
        self.driver.snapshot_ready.connect(lambda shot: self.recorder.note_progress(shot.time_s))
        self.driver.events_logged.connect(self._on_events)
        self.driver.state_changed.connect(self._on_run_state_changed)
        self.driver.lagging_changed.connect(lambda _lag: self._update_controls())
        self.identifications = Identifications(
            d.id for d in run.scenario.drones if d.remote_id.broadcast
        )
        self.picture.show_scenario(run)
        self._reset_for_new_run()
        self._update_title()
        self.recent.remember(run.path)  # the file found: a bundled name is no file in the cwd
        self.driver.set_speed(self.driver.speed)
        self.speed_actions[self.driver.speed].setChecked(True)
        self.driver.publish()
        self.fit_scenario()
        self._update_controls()
        self.status.show_left_out(run.world.airspace.warnings)
        return True

    def show_error(self, title: str, text: str) -> None:
        """A non-blocking error dialog; the window stays usable behind it."""
        self.error_dialog = open_error(self, title, text)

    # -- run control -------------------------------------------------------------------------

    def _sim_time(self) -> float:
        return self.driver.time_s if self.driver is not None else 0.0

    def toggle_run(self) -> None:
        """Space: start, pause, resume. The trainee only starts (or resumes), once named."""
        driver = self.driver
        if driver is None or (self.role == TRAINEE and driver.state == RunState.RUNNING):
            return
        # Each run's trainee is confirmed: by Enter in the name field, which the trainee must
        # press; the instructor's Start confirms the name shown.
        unnamed = driver.state == RunState.READY and self.trainee is None
        if unnamed and (self.role == TRAINEE or not self.confirm_trainee()):
            self.trainee_edit.setFocus()
            self.statusBar().showMessage(
                tr("Type the trainee's name and press Enter, then Space to start"), 6000
            )
            return
        self.statusBar().clearMessage()  # the run's state shows there now
        driver.toggle()

    def restart(self) -> None:
        if self.run is not None and self.driver is not None and self.role != TRAINEE:
            self.recorder.abandon(self._sim_time())
            self.identifications.forget_judgements()
            self.picture.restart(self.run)
            self._reset_for_new_run()
            self.track_table.source.clear()
            self.driver.replace_engine(self.run.engine())

    def end_run(self) -> None:
        if self.driver is not None and self.role != TRAINEE:
            self.driver.end()

    def set_speed(self, speed: int) -> None:
        if self.role == TRAINEE:
            return
        if self.driver is not None:
            self.driver.set_speed(speed)
        self.speed_actions[speed].setChecked(True)
        self._update_controls()

    def fit_scenario(self) -> None:
        if self.run is None:
            self.canvas.zoom_to_aerodrome()
            return
        shown = self.canvas.tracks.last_snapshot
        self.canvas.fit(*frame_points(self.run, self.role == TRAINEE, shown))

    def select_track(self, drone_id: str) -> None:
        self.selection.select(drone_id)

    def set_layer_visible(self, key: str, visible: bool) -> None:
        self.canvas.set_layer_visible(key, visible)
        self.layer_actions[key].setChecked(visible)

    def shortcut_text(self) -> str:
        """What F1 lists (see shortcuts_dialog.shortcut_text)."""
        return shortcut_text(self.findChildren(QAction), self.role == TRAINEE)

    def show_shortcuts(self) -> ShortcutsDialog:
        self.shortcuts_dialog = ShortcutsDialog(self.shortcut_text(), self)
        self.shortcuts_dialog.open()
        return self.shortcuts_dialog

    # -- observing the run -------------------------------------------------------------------

    def _on_events(self, events: list[Event]) -> None:
        self.picture.add_events(events)
        if self.driver is not None:
            self.recorder.add_events(events, self.driver.time_s)

    # -- trainee and instructor --------------------------------------------------------------

    def enter_trainee_mode(self) -> bool:
        """The trainee view, locked; the instructor sets a PIN first when there is none."""
        if self.role != TRAINEE and not self.trainee_mode.ask_to_enter(self):
            self.trainee_view_action.setChecked(False)
            return False
        self.set_role(TRAINEE)
        return True

    def leave_trainee_mode(self) -> bool:
        """Back to the instructor view, only with the instructor's PIN."""
        if self.role == TRAINEE and not self.trainee_mode.ask_to_leave(self):
            self.trainee_view_action.setChecked(True)
            return False
        self.set_role(INSTRUCTOR)
        return True

    def set_role(self, role: str) -> None:
        """Instructor: truth, tracks over it, live score, injects. Trainee: sensor tracks only,
        and of the run's controls only Start. Asks no PIN: the *_trainee_mode methods do."""
        changed = role != self.role
        self.role = role
        trainee = role == TRAINEE
        self.role_view.show(role, changed)
        self.select_track("")  # a drone id means nothing to the trainee, a track to the truth
        if changed and trainee:
            self.fit_scenario()  # the instructor's frame may show where drones will fly
            self.role_view.close_instructor_windows()
        self._update_title()
        self._update_controls()
        if self.driver is not None:
            self.driver.publish()  # first, so the engine's events up to now go in the log first
            if changed:
                self.scoring.log_view_change()

    def exercise_title(self) -> str:
        """What the exercise is called on screen: in the trainee view never its title."""
        if self.role == TRAINEE:
            return tr("Exercise")
        return self.run.scenario.shown_title() if self.run is not None else ""

    def _update_title(self) -> None:
        title = " ".join(printable(self.exercise_title()).split())  # no bidi override in the bar
        self.setWindowTitle(f"{title} \u2014 {APP_NAME}" if title else APP_NAME)

    def confirm_trainee(self) -> bool:
        """Enter in the name field: the next run is for this trainee (asked which one when the
        roster has several of that name). Focus leaves the field, so Space starts the run."""
        if self.recorder.active:
            return False
        confirmed = self.name_field.confirm()
        if confirmed is None:
            return False
        self.canvas.setFocus()
        self.statusBar().showMessage(
            tr("Trainee {name}: press Space to start").format(name=confirmed.name), 6000
        )
        return True

    def _reset_for_new_run(self) -> None:
        """Nothing of the previous run stays: its actions, selection, alerts, or who trained."""
        self.select_track("")
        self.responses.show_actions([], set())
        self.alerts.clear_histories()
        self.name_field.forget()
        self.trainee_edit.setFocus()

    # -- responses and the record ------------------------------------------------------------

    def _on_run_state_changed(self, state: str) -> None:
        self.scoring.follow(state)  # the record begins or ends, the live score runs or stops
        self.trainee_edit.setEnabled(not self.recorder.active)
        self._update_controls()

    def _on_response_requested(self, kind: ActionKind, params: dict[str, str]) -> None:
        if self.driver is None:
            return
        track = self.selection.track_for(kind)
        if track is None:
            return  # the trainee cancelled "which track?"
        if self.recorder.act(kind, self.driver.time_s, track or None, params) is None:
            # No run going on: not started yet, or it ended while "which track?" was open.
            if self.recorder.recording is None:
                text = tr("The run has not started: that response was not recorded")
            else:
                text = tr("The run has ended: that response was not recorded")
            self.statusBar().showMessage(text, 6000)
            return
        self.responses.taken(kind)

    def _on_action_recorded(self, action: Action) -> None:
        self.scoring.refresh_live_score()
        recording = self.recorder.recording
        if recording is not None:
            self.responses.show_actions(recording.actions, recording.corrected())
        self.identifications.note(action)

    def _on_record_failed(self, message: str) -> None:
        self.status.show_record_failed()
        self.show_error(tr("Training record"), message)

    def show_sheet(self, sheet: ScoreSheet, trainee: str) -> None:
        self.score_dialog = self.scoring.sheet_dialog(sheet, trainee)
        self.score_dialog.open()

    def _update_controls(self) -> None:
        driver = self.driver
        self.menus.show_run_state(driver, self.role == TRAINEE)
        self.status.show_run(driver, self.recorder)

    # -- settings ----------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        restore_window(self, self.settings, DEFAULT_SIZE)
        for key, shown in layers_shown(self.settings, self.layer_actions).items():
            self.set_layer_visible(key, shown)

    def may_end_run(self, question: str) -> bool:
        """Before the instructor's restart or another scenario: a run under way (a trainee's,
        minutes in) is ended unscored only once they confirm; with none, at once."""
        return not self.run_under_way() or self.ask_to_end_run(tr(question))

    def ask_to_end_run(self, question: str) -> bool:
        return mid_run_questions.ask_to_end_run(self, question)

    def restart_asking(self) -> None:
        if self.may_end_run(RESTART_ENDS_RUN):
            self.restart()

    def open_scenario_asking(self, path: Path) -> bool:
        """A scenario chosen from a menu or the library: asks first if a run is under way."""
        return self.may_end_run(OPEN_ENDS_RUN) and self.open_scenario(path)

    def run_under_way(self) -> bool:
        """Whether a run has started and not yet ended (quitting would cut it short)."""
        return self.driver is not None and self.driver.state in (RunState.RUNNING, RunState.PAUSED)

    def quit(self) -> None:
        """Ctrl+Q: with a run under way, only once the person at the keyboard confirms."""
        if not self.run_under_way() or self.ask_to_quit():
            self._quit_confirmed = True
            self.close()

    def ask_to_quit(self) -> bool:
        return mid_run_questions.ask_to_quit(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        # The window's close button (a spontaneous close) asks as Ctrl+Q does; closes made by
        # the program (tests, the end of the application) do not.
        asked = self._quit_confirmed or not event.spontaneous() or not self.run_under_way()
        if not asked and not self.ask_to_quit():
            event.ignore()
            return
        layers = {key: action.isChecked() for key, action in self.layer_actions.items()}
        save_window(self, self.settings, layers)
        self.recorder.abandon(self._sim_time())
        if self.driver is not None:
            self.driver.end()
        for dialog in self.findChildren(QDialog):  # a message left open would outlive the
            dialog.close()  # window (and keep the app running with only the message)
        super().closeEvent(event)
