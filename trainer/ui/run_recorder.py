"""Ties a live run to the training record: who is training, their actions, the sheet at the end."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject, Signal

from trainer.errors import TrainerError
from trainer.launch import PreparedRun
from trainer.recording import RunRecording
from trainer.records import Repository
from trainer.scoring.protocol import Action, ActionKind
from trainer.scoring.sheet import ScoreSheet
from trainer.sim.engine import Engine
from trainer.sim.events import Event
from trainer.text import single_line
from trainer.ui.translation import QT_TR_NOOP, tr

# The name a run without one is recorded under, in the window's language (a Dutch class
# saw "Anonymous trainee" in the status bar and on its sheets).
ANONYMOUS = QT_TR_NOOP("Anonymous trainee")


class RunRecorder(QObject):
    """Starts a recording when a run starts, records as it goes, and scores when it ends."""

    action_recorded = Signal(object)  # Action
    sheet_ready = Signal(object, str)  # ScoreSheet, trainee name
    failed = Signal(str)  # the record could not be written: say so; the run goes on in memory

    def __init__(self, repository: Repository | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.repository = repository
        self.recording: RunRecording | None = None
        self.trainee = tr(ANONYMOUS)
        self.session_id: int | None = None  # the class session new runs belong to
        self._reported: TrainerError | None = None
        self._refused: str | None = None  # why this run could not be started in the record

    @property
    def active(self) -> bool:
        return self.recording is not None and not self.recording.closed

    @property
    def stored(self) -> bool:
        """Whether the run, and everything in it so far, is in the training record."""
        return self.recording is not None and self.last_error is None

    @property
    def last_error(self) -> str | None:
        """Why the run is not (all) in the training record; None when it is, or no run."""
        recording = self.recording
        if recording is None:
            return None
        if self._refused is not None:
            return self._refused
        if recording.last_error is not None:
            return str(recording.last_error)
        if recording.recorder is None:
            return tr("no training record is open")
        if not recording.stored:
            return tr("part of the run is still waiting in memory")
        return None

    def begin(
        self,
        prepared: PreparedRun,
        seed: int,
        trainee: str,
        sim_time_s: float = 0.0,
        trainee_id: int | None = None,
    ) -> None:
        """A run has started: open its record (in memory only when there is no database).

        `trainee_id` is the roster entry the trainee confirmed; without one the name is looked
        up, and added when new.
        """
        self.abandon(sim_time_s)
        self._refused = None
        self.trainee = single_line(trainee) or tr(ANONYMOUS)  # as the name field confirms it
        repository = self.repository
        if repository is not None:
            try:
                if trainee_id is None:
                    found = repository.find_trainee(self.trainee)
                    trainee_id = found.id if found else repository.add_trainee(self.trainee)
                self.recording = RunRecording(
                    prepared, seed, repository, trainee_id=trainee_id, session_id=self.session_id
                )
                return
            except TrainerError as error:
                self._refused = str(error)
                self.failed.emit(
                    tr("The training record cannot be written: {error}").format(error=error)
                )
        self.recording = RunRecording(prepared, seed, None)

    def act(
        self, kind: ActionKind, sim_time_s: float, track: str | None, params: Mapping[str, str]
    ) -> Action | None:
        if self.recording is None or self.recording.closed:
            return None
        action = self.recording.act(kind, sim_time_s, track, params)
        self._report(tr("Action kept in memory, not yet in the record"))
        self.action_recorded.emit(action)
        return action

    def add_events(self, events: list[Event], sim_time_s: float) -> None:
        if self.recording is not None and not self.recording.closed:
            self.recording.add_events(events, sim_time_s)
            self._report(tr("Events kept in memory, not yet in the record"))

    def note_progress(self, sim_time_s: float) -> None:
        """A frame of the run was shown: the record learns how far it has got (every 30 s)."""
        if self.recording is not None and not self.recording.closed:
            self.recording.note_progress(sim_time_s)

    def end(
        self,
        events: list[Event],
        sim_time_s: float,
        completed: bool,
        live: Engine | None = None,
    ) -> ScoreSheet | None:
        """The run is over: score it, store the sheet, and hand it to the window. `live`: the
        engine that ran it (an early end's log is completed from where it stopped)."""
        if self.recording is None or self.recording.closed:
            return None
        sheet = self.recording.finish(events, sim_time_s, completed, live=live)
        self._report(tr("The end of the run could not be stored; it will show as interrupted"))
        if sheet is not None:
            self.sheet_ready.emit(sheet, self.trainee)
        return sheet

    def abandon(self, sim_time_s: float = 0.0) -> None:
        """A run left behind (restart, another scenario, closing): keep it as aborted, unscored."""
        if self.recording is not None:
            self.recording.abandon(sim_time_s)
            self._report(tr("The aborted run could not be closed in the record"))
        self.recording = None

    def _report(self, what: str) -> None:
        """Say once per new failure that the record is behind (and what it holds meanwhile)."""
        error = self.recording.last_error if self.recording is not None else None
        if error is not None and error is not self._reported:
            self.failed.emit(f"{what}: {error}")
        self._reported = error
