"""The window's run in the training record: recorded from its start, scored live for the
instructor while it runs, and scored in full at its end, when its sheet is shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication

from trainer.scoring.scorer import score
from trainer.scoring.sheet import ScoreSheet
from trainer.sim.events import Event, EventKind
from trainer.ui.panels.live_score import AT_THE_END, WOULD_BE
from trainer.ui.role_view import TRAINEE
from trainer.ui.score_dialog import ScoreSheetDialog
from trainer.ui.sim_driver import RunState
from trainer.ui.translation import tr

if TYPE_CHECKING:
    from trainer.ui.main_window import MainWindow

LIVE_SCORE_INTERVAL_MS = 2000


class RunScoring(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.live_timer = QTimer(self)
        self.live_timer.setInterval(LIVE_SCORE_INTERVAL_MS)
        self.live_timer.timeout.connect(self.refresh_live_score)
        self.final_sheet: ScoreSheet | None = None  # the ended run's, as on the record

    def follow(self, state: str) -> None:
        """The run's state changed: its record begins when it first runs and ends when it
        finishes or is ended; the live score is refreshed while it runs."""
        window = self.window
        driver, run, recorder = window.driver, window.run, window.recorder
        if driver is not None and run is not None:
            if state == RunState.RUNNING and not recorder.active:
                trainee = window.name_field.for_the_run()
                self.final_sheet = None
                recorder.begin(run, driver.seed, trainee.name, trainee_id=trainee.trainee_id)
                recorder.add_events(list(driver.events), driver.time_s)
            elif state in (RunState.FINISHED, RunState.ENDED):
                self.end_recording(state == RunState.FINISHED)
        window.responses.set_run_active(recorder.active and state == RunState.RUNNING)
        if state == RunState.RUNNING:
            self.live_timer.start()
        else:
            self.live_timer.stop()
            self.refresh_live_score()

    def end_recording(self, completed: bool) -> None:
        """Score and close the run. Ended early, the rest of the run is simulated first (from
        where it stopped) to know what was still to come: the window says so meanwhile."""
        window = self.window
        assert window.driver is not None
        driver = window.driver
        if not completed:
            window.statusBar().showMessage(
                tr("Scoring the run: working out what was still to come")
            )
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            QApplication.processEvents()
        try:
            self.final_sheet = window.recorder.end(
                list(driver.events), driver.time_s, completed, live=driver.engine
            )
        finally:
            if not completed:
                QApplication.restoreOverrideCursor()
                window.statusBar().clearMessage()

    def refresh_live_score(self) -> None:
        """Score the run so far: what the sheet would say if it ended now, with what has not
        happened yet as pending. Once it has ended: the sheet on the record (an early end's
        is scored on the whole scenario, which the log so far cannot tell)."""
        window = self.window
        recording, driver, run = window.recorder.recording, window.driver, window.run
        if recording is None or driver is None or run is None:
            return
        if run.scenario.answer_key is None:
            window.live_score.show_sheet(None)
            return
        panel = window.live_score
        if recording.closed and self.final_sheet is not None:
            panel.note.setText(tr(AT_THE_END))
            panel.show_sheet(self.final_sheet)
            return
        running = driver.state in (RunState.RUNNING, RunState.PAUSED)  # more may come
        sheet = score(run.scenario, driver.events, recording.actions, seed=driver.seed,
                      run_end_s=driver.time_s, running=running)  # fmt: skip
        panel.note.setText(tr(WOULD_BE))
        panel.show_sheet(sheet)

    def log_view_change(self) -> None:
        """Put a switch of view in the run's event log, so the record shows who saw what, and
        when."""
        window = self.window
        driver = window.driver
        if driver is None or not window.recorder.active:
            return
        event = Event(
            driver.tick, driver.time_s, EventKind.VIEW_CHANGED, drone="", detail=window.role
        )
        window.recorder.add_events([event], driver.time_s)

    def sheet_dialog(self, sheet: ScoreSheet, trainee: str) -> ScoreSheetDialog:
        """The run's sheet; the instructor's can be exported and printed from it."""
        window = self.window
        title = window.exercise_title() or sheet.scenario_id
        recorder = window.recorder
        recording = recorder.recording
        run_id = recording.run_id if recording is not None and recording.stored else None
        tools = window.instructor
        export = print_ = None
        if run_id is not None and window.role != TRAINEE:  # the trainee's sheet: nothing to save
            recorded = run_id
            export, print_ = (
                (lambda: tools.export_runs([recorded])),
                (lambda: tools.print_run(recorded)),
            )
        return ScoreSheetDialog(
            sheet,
            title,
            trainee,
            window,
            not_recorded=recorder.last_error,
            export=export,
            print_=print_,
            # Due times on the clock the trainee's screen showed, as the exported sheet has them.
            clock_start_s=window.run.scenario.start_minute_of_day * 60 if window.run else None,
        )
