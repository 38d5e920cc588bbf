"""The instructor's console window: the join code, the class dashboard, the controls and the truth.

The console is pumped from a 10 ms timer and never waits (`pump(0)`); the map takes a
snapshot at most 25 times a second and only when the engine moved; the dashboard's cheap
columns refresh twice a second and the live scores every 2 s.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from trainer.classroom.console import ClassConsole
from trainer.errors import TrainerError
from trainer.text import printable
from trainer.ui.console_banner import ConsoleBanner
from trainer.ui.console_dashboard import StationDashboard
from trainer.ui.console_injects import ConsoleInjects
from trainer.ui.console_projector import ProjectorWindow
from trainer.ui.console_rows import LiveScores, StationRow, station_rows
from trainer.ui.console_trainee_detail import TraineeDetail
from trainer.ui.console_truth import TruthFeed, scenario_extent
from trainer.ui.export_folder import EXPORT_FOLDER_KEY, ask_export_folder
from trainer.ui.map.canvas import MapCanvas
from trainer.ui.sim_driver import SPEEDS
from trainer.ui.tooltips import plain_tip
from trainer.ui.translation import tr
from trainer.ui.window_size import first_size
from trainer.ui.yes_no import ask_yes_no

PUMP_INTERVAL_MS = 10
PICTURE_INTERVAL_MS = 40  # at most 25 snapshots a second to the maps
DASHBOARD_INTERVAL_MS = 500
LIVE_SCORE_INTERVAL_MS = 2000  # as the single-PC window's live score
FLUSH_ROUNDS = 10  # pumps of 20 ms before closing, so released sheets leave the PC
ACTIVE = ("running", "paused")
OVER = ("finished", "ended")
TABLE_PX = 980  # the class table with all its columns readable
MAP_MIN_PX = 340
EXPORT_FORMATS = ("pdf", "csv", "xlsx")  # as Instructor > Export in the single-PC window

Ask = Callable[[QWidget, str, str], bool]


class ConsoleWindow(QMainWindow):
    """One class exercise, steered by the instructor; `ask` puts the confirmation questions."""

    def __init__(
        self,
        console: ClassConsole,
        addresses: list[str],
        *,
        ask: Ask = ask_yes_no,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.console = console
        self.ask = ask  # confirmations; tests answer them
        self.session_title = console.repository.session(console.session_id).title
        self.scenario_title = console.prepared.scenario.shown_title()
        self.sheets_released = 0
        self.rows: list[StationRow] = []
        self._shown_state = ""
        self._late_told: dict[str, int] = {}  # late actions the instructor has been told of
        self._earlier_told: dict[str, tuple[int, int]] = {}  # and of the exercise before's
        self.scores = LiveScores()
        self.feed = TruthFeed(console)
        self.setWindowTitle(
            tr("{session_title} — class console — Twente trainer").format(
                session_title=" ".join(printable(self.session_title).split())
            )
        )
        self.banner = ConsoleBanner(parent=self)
        self.banner.set_join(console.code, addresses[0], addresses[1:])
        self.banner.set_exercise(self.session_title, self.scenario_title)
        self.record_line = QLabel(self)
        self.record_line.setTextFormat(Qt.TextFormat.PlainText)  # the error names files, people
        self.record_line.setWordWrap(True)
        self.record_line.setStyleSheet(
            "background: #922b21; color: white; font-size: 12pt; font-weight: bold; padding: 6px;"
        )
        self.record_line.setVisible(False)
        self.canvas = MapCanvas(self)
        self.canvas.set_airspace(console.prepared.world.airspace)
        self.dashboard = StationDashboard(self)
        self.dashboard.remove_requested.connect(self.remove_station)
        self.detail = TraineeDetail(self)
        self.dashboard.selection_changed.connect(
            lambda: self.detail.show_row(self.dashboard.selected_row())
        )
        self.injects = ConsoleInjects(console, self.canvas, self)
        self.injects.said.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.injects.injected.connect(lambda _inject: self._on_picture_timer())
        self.projector = ProjectorWindow(console, self.session_title, self)
        self.projector.banner.set_join(console.code, addresses[0], addresses[1:])
        self._build_body()
        self._build_actions()
        self._timers: list[QTimer] = []
        for interval, slot in (
            (PUMP_INTERVAL_MS, self._on_pump_timer),
            (PICTURE_INTERVAL_MS, self._on_picture_timer),
            (DASHBOARD_INTERVAL_MS, self.refresh_dashboard),
            (LIVE_SCORE_INTERVAL_MS, self.refresh_live_scores),
        ):
            timer = QTimer(self)
            timer.setInterval(interval)
            timer.timeout.connect(slot)
            timer.start()
            self._timers.append(timer)
        first_size(self, 1600, 1000)
        # The class table whole (8 columns, a trainee a row: 980 px); the map takes the rest,
        # down to MAP_MIN_PX on a laptop's 1366 px.
        self.splitter.setSizes([max(MAP_MIN_PX, self.width() - TABLE_PX), TABLE_PX])
        self.fit_scenario()
        self._on_state_changed()
        self._on_picture_timer()

    # -- building ----------------------------------------------------------------------------

    def _build_body(self) -> None:
        class_side = QSplitter(Qt.Orientation.Vertical, self)
        class_side.addWidget(self.dashboard)
        class_side.addWidget(self.detail)
        class_side.setStretchFactor(0, 3)
        class_side.setStretchFactor(1, 2)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.canvas)
        splitter.addWidget(class_side)
        splitter.setStretchFactor(0, 9)
        splitter.setStretchFactor(1, 11)
        self.splitter = splitter  # its sizes are set with the window's first size
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.record_line)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(body)

    def _action(self, text: str, key: str | None, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        if key is not None:
            action.setShortcut(QKeySequence(key))
        action.setAutoRepeat(False)  # Space held down pauses the class, not pause-resume-pause
        action.triggered.connect(lambda *_checked: slot())
        return action

    def _build_actions(self) -> None:
        self.start_action = self._action(tr("&Start for the class"), "F5", self.start)
        self.pause_action = self._action(tr("&Pause"), "Space", self.toggle_pause)
        self.end_action = self._action(tr("&End…"), "Ctrl+E", self.end)
        self.release_action = self._action(
            tr("&Release sheets"), "Ctrl+Shift+R", self.release_sheets
        )
        self.release_action.setToolTip(tr("Send each trainee their own score sheet"))
        self.export_action = self._action(
            tr("Export a class &session…"), "Ctrl+Shift+S", self.export_sheets
        )
        self.speed_actions: dict[int, QAction] = {}
        speeds = QActionGroup(self)
        for number, speed in enumerate(SPEEDS, start=1):
            action = self._action(f"{speed}\u00d7", str(number), partial(self.set_speed, speed))
            action.setCheckable(True)
            speeds.addAction(action)
            self.speed_actions[speed] = action
        self.projector_action = self._action(
            tr("&Projector window"), "Ctrl+P", self._on_projector_toggled
        )
        self.projector_action.setCheckable(True)
        self.projector.closed.connect(lambda: self.projector_action.setChecked(False))
        self.projector_truth_action = self._action(
            tr("Truth and scores on the projector &during the exercise"),
            None,
            self._update_projector,
        )
        self.projector_truth_action.setCheckable(True)
        self.projector_truth_action.setToolTip(
            tr("The room sees the projector: leave this off while trainees must not see the truth")
        )
        aerodrome = self._action(tr("Zoom to &aerodrome"), "Home", self.canvas.zoom_to_aerodrome)
        fit = self._action(tr("&Fit scenario"), "F", self.fit_scenario)
        cancel = self._action(tr("Cancel placing"), "Esc", self.injects.disarm)
        self.addAction(cancel)
        menu = self.menuBar()
        file_menu = menu.addMenu(tr("&File"))
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        file_menu.addAction(self._action(tr("&Quit"), "Ctrl+Q", self.close))
        exercise = menu.addMenu(tr("&Exercise"))
        for action in (self.start_action, self.pause_action):
            exercise.addAction(action)
        exercise.addSeparator()
        exercise.addActions(list(self.speed_actions.values()))
        exercise.addSeparator()
        exercise.addActions([self.end_action, self.release_action])
        menu.addMenu(self.injects.menu)
        view = menu.addMenu(tr("&View"))
        view.addActions([self.projector_action, self.projector_truth_action])
        view.addSeparator()
        view.addActions([aerodrome, fit])
        toolbar = self.addToolBar(tr("Exercise"))
        toolbar.setObjectName("toolbar-exercise")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.setStyleSheet("QToolButton { font-size: 12pt; padding: 4px 10px; }")
        for group in (
            [self.start_action, self.pause_action],
            list(self.speed_actions.values()),
            [self.end_action, self.release_action],
        ):
            toolbar.addActions(group)
            toolbar.addSeparator()
        inject_button = QToolButton(self)
        inject_button.setText(tr("Inject"))
        inject_button.setMenu(self.injects.menu)
        inject_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        toolbar.addWidget(inject_button)
        toolbar.addSeparator()
        toolbar.addAction(self.projector_action)

    # -- the instructor's commands -----------------------------------------------------------

    def fit_scenario(self) -> None:
        self.canvas.fit(*scenario_extent(self.console))

    def start(self) -> None:
        self.console.start()
        self._on_state_changed()

    def toggle_pause(self) -> None:
        if self.console.state == "running":
            self.console.pause()
        elif self.console.state == "paused":
            self.console.resume()
        self._on_state_changed()

    def set_speed(self, speed: float) -> None:
        self.console.set_speed(speed)
        self._update_controls()

    def end(self, confirmed: bool = False) -> bool:
        """End the exercise for everybody (asks first); each run is scored as ended early."""
        console = self.console
        if console.state not in ACTIVE:
            return False
        # The stations whose runs end now (one that left before the start has none).
        present = sum(s.run_id is not None and s.sheet is None for s in console.stations.values())
        question = tr(
            "End the exercise now for all {present} station(s)? Every run is scored as ended "
            "early: what was still to come counts as missed."
        ).format(present=present)
        if not confirmed and not self.ask(self, tr("End the exercise"), question):
            return False
        with busy(self, tr("Scoring every run: working out what was still to come…")):
            console.end()
        self._on_state_changed()
        return True

    def release_sheets(self) -> int:
        """Send each trainee their own sheet (after the end); returns how many went out."""
        if self.console.state not in OVER:
            return 0
        sent = self.console.release_sheets()
        self.sheets_released = max(self.sheets_released, sent)
        self.statusBar().showMessage(
            tr("Score sheets sent to {sent} trainee(s)").format(sent=sent), 10000
        )
        self._update_controls()
        return sent

    def export_sheets(self, fmt: str | None = None, folder: Path | None = None) -> list[Path]:
        """The class's score sheets and a summary to files (after the end: exporting holds up
        the console for a moment); asks the format and folder that are not given."""
        from trainer.export import export_session  # PDF writing pulls in more of Qt

        if self.console.state not in OVER:
            return []
        if fmt is None:
            fmt, ok = QInputDialog.getItem(
                self, tr("Export"), tr("Format"), list(EXPORT_FORMATS), 0, False
            )
            if not ok:
                return []
        if folder is None:
            settings = QSettings()
            folder = ask_export_folder(self, settings)
            if folder is None:
                return []
            settings.setValue(EXPORT_FOLDER_KEY, str(folder))
        left_out: list[int] = []
        try:
            with busy(self, tr("Exporting score sheets…")):
                console = self.console
                written = export_session(
                    console.repository,
                    console.session_id,
                    fmt,
                    folder,
                    skipped=lambda run, _why: left_out.append(run),
                )
        except TrainerError as error:
            QMessageBox.warning(self, tr("Export"), plain_tip(str(error)))  # names as typed
            return []
        message = tr("Wrote {count} file(s) to {folder}").format(count=len(written), folder=folder)
        if left_out:
            runs = ", ".join(str(run_id) for run_id in left_out)
            message += tr("; left out run(s) without a score sheet: {runs}").format(runs=runs)
        self.statusBar().showMessage(message, 12000)
        return written

    def remove_station(self, station_id: str, confirmed: bool = False) -> bool:
        """Refuse a station from now on (asks first); its run is closed and scored as it stands."""
        station = self.console.stations.get(station_id)
        if station is None or station.removed:
            return False
        question = tr(
            "Remove {trainee} ({host}) from the exercise? The station is refused from now on, "
            "and its run is closed and scored as it stands."
        ).format(trainee=station.trainee, host=station.host)
        if not confirmed and not self.ask(self, tr("Remove a station"), question):
            return False
        with busy(self, tr("Closing the run of {trainee}…").format(trainee=station.trainee)):
            self.console.remove(station_id)
        self.statusBar().showMessage(tr("{trainee} removed").format(trainee=station.trainee), 8000)
        self.refresh_live_scores()
        return True

    # -- keeping up --------------------------------------------------------------------------

    def _on_pump_timer(self) -> None:
        self.console.pump(0)
        if self.console.state != self._shown_state:
            self._on_state_changed()

    def _on_picture_timer(self) -> None:
        snapshot = self.feed.next_snapshot()
        if snapshot is not None:
            self.feed.show(self.canvas, snapshot)
            if self.projector.isVisible():
                self.projector.show_snapshot(snapshot, self.feed)
        self._show_clock()

    def _show_clock(self) -> None:
        console = self.console
        start = console.prepared.scenario.start_minute_of_day
        for banner in (self.banner, self.projector.banner):
            banner.set_state(console.state, console.engine.time_s, console.speed, start)

    def refresh_live_scores(self) -> None:
        self.scores.refresh(self.console)
        self.refresh_dashboard()

    def refresh_dashboard(self) -> None:
        self.rows = station_rows(self.console, self.scores)
        self.dashboard.show_rows(self.rows)
        self._tell_late_actions()
        self._tell_earlier_actions()
        if self.projector.isVisible():
            self.projector.show_rows(self.rows)
        error = self.console.record_error
        self.record_line.setVisible(error is not None)
        if error is not None:
            self.record_line.setText(
                tr(
                    "The training record cannot be written: {splitlines}. The class's "
                    "responses are kept in memory and written as soon as the record can be; "
                    "stations keep theirs until then."
                ).format(splitlines=str(error).splitlines()[0])
            )

    def _tell_late_actions(self) -> None:
        """A station back after the end has sent what its trainee did while it was offline:
        its sheet has changed, so an export made before is out of date."""
        for row in self.rows:
            if row.late_actions > self._late_told.get(row.station_id, 0):
                self._late_told[row.station_id] = row.late_actions
                self.statusBar().showMessage(
                    tr(
                        "{trainee}: {count} response(s) made while the station was offline "
                        "reached the console after the end and are on the record; the sheet "
                        "is scored again (export again to include them)"
                    ).format(trainee=row.trainee, count=row.late_actions),
                    20000,
                )

    def _tell_earlier_actions(self) -> None:
        """A station back from the exercise before this console was started (the console
        died) has sent what the dead console never had: back in the run it was made in (an
        export made before is out of date), or not on this record at all (its station keeps
        it)."""
        for station in self.console.stations.values():
            told = (len(station.earlier_recorded), len(station.earlier_not_recorded))
            recorded, refused = told
            before = self._earlier_told.get(station.station, (0, 0))
            if told == before:
                continue
            self._earlier_told[station.station] = told
            if refused > before[1]:
                text = tr(
                    "{trainee}: {count} response(s) from the exercise before the console was "
                    "started again are not on this record (it has no run of theirs from then): "
                    "their station keeps them in a file"
                ).format(trainee=station.trainee, count=refused)
            else:
                text = tr(
                    "{trainee}: {count} response(s) from the exercise before the console was "
                    "started again are on the record in the run they were made in, not in this "
                    "exercise (export again to include them)"
                ).format(trainee=station.trainee, count=recorded)
            self.statusBar().showMessage(text, 20000)

    def _on_state_changed(self) -> None:
        self._shown_state = self.console.state
        if self.console.state in OVER:
            self.injects.pending_template = None
        self.refresh_live_scores()
        self._update_projector()
        self._update_controls()
        self._show_clock()

    def _update_controls(self) -> None:
        state = self.console.state
        self.start_action.setEnabled(state == "ready")
        self.pause_action.setEnabled(state in ACTIVE)
        self.pause_action.setText(tr("&Resume") if state == "paused" else tr("&Pause"))
        self.end_action.setEnabled(state in ACTIVE)
        has_sheets = any(s.sheet is not None for s in self.console.stations.values())
        self.release_action.setEnabled(state in OVER and has_sheets)
        self.export_action.setEnabled(state in OVER and has_sheets)
        if self.sheets_released:
            self.release_action.setText(
                tr("&Release sheets again ({sheets_released} sent)").format(
                    sheets_released=self.sheets_released
                )
            )
        for speed, action in self.speed_actions.items():
            action.setEnabled(state not in OVER)
            action.setChecked(speed == self.console.speed)
        self.injects.update_enabled()

    # -- the projector -----------------------------------------------------------------------

    def _on_projector_toggled(self) -> None:
        if self.projector_action.isChecked():
            self.show_projector()
        else:
            self.projector.hide()

    def show_projector(self) -> ProjectorWindow:
        """On a second screen, full screen, when there is one; else a window of its own."""
        self.projector_action.setChecked(True)
        self._update_projector()
        screens = QGuiApplication.screens()
        mine = self.screen()
        others = [s for s in screens if s is not mine]
        if others:
            self.projector.setGeometry(others[0].geometry())
            self.projector.showFullScreen()
        else:
            self.projector.show()
        self.projector.show_rows(self.rows)
        if self.feed.last is not None:
            self.projector.show_snapshot(self.feed.last, self.feed)
        return self.projector

    def _update_projector(self) -> None:
        shown = self.console.state in OVER or self.projector_truth_action.isChecked()
        self.projector.set_truth_shown(shown)
        self.projector.show_rows(self.rows)
        if shown and self.feed.last is not None:
            self.projector.show_snapshot(self.feed.last, self.feed)

    # -- closing -----------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        console = self.console
        # Stations away first: a "no" there must leave the class's exercise as it was.
        if not self._may_close_with_stations_away():
            event.ignore()
            return
        if console.state in ACTIVE:
            if not self.ask(
                self, tr("Close the console"), tr("End the exercise for the class and close?")
            ):
                event.ignore()
                return
            self.end(confirmed=True)
        unsent = console.state in OVER and not self.sheets_released
        if unsent and any(s.sheet is not None for s in console.stations.values()):
            question = tr("The score sheets have not been released. Send them before closing?")
            if self.ask(self, tr("Release the sheets"), question):
                self.release_sheets()
                for _ in range(FLUSH_ROUNDS):
                    console.pump(20)  # the sheets leave this PC before the socket closes
        self.stop()
        super().closeEvent(event)

    def _may_close_with_stations_away(self) -> bool:
        """Stations that lost the connection (not closed by their trainee) may hold responses
        made while offline; those reach the record only while this console is open."""
        console = self.console
        away = [
            s.trainee
            for s in console.stations.values()
            if s.run_id is not None and not s.removed and not s.left and not console.connected(s)
        ]
        if not away:
            return True
        question = tr(
            "Not connected: {trainees}. Responses made at a station while it was offline reach "
            "the training record only while this console is open. Close anyway?"
        ).format(trainees=", ".join(away))
        return self.ask(self, tr("Close the console"), question)

    def stop(self) -> None:
        """Stop pumping the console and drawing (before its socket closes)."""
        for timer in self._timers:
            timer.stop()
        self.projector.hide()


@contextmanager
def busy(window: QMainWindow, message: str) -> Iterator[None]:
    """A wait cursor and a status line around a blocking step (scoring, about a second)."""
    window.statusBar().showMessage(message)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    QApplication.processEvents()
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
        window.statusBar().clearMessage()
