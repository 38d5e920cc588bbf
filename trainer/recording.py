"""A live run being recorded: numbers the actions, commits each at once, scores at the end.

When the record cannot be written (a locked or broken database), nothing is lost: actions and
events wait in memory and are written, in order, at the next write that succeeds; the run is
still closed (finished or aborted) in the record when it ends.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from trainer import __version__
from trainer.errors import TrainerError
from trainer.launch import PreparedRun
from trainer.replay import complete_log
from trainer.scoring.protocol import CORRECTABLE_ACTIONS, Action, ActionKind
from trainer.scoring.scorer import score
from trainer.scoring.sheet import ScoreSheet
from trainer.sim.engine import Engine
from trainer.sim.events import Event
from trainer.training_run import SIM_TIME_NOTE_S, Recorder, file_sha256, utc_now_iso


def next_action(
    earlier: Sequence[Action],
    kind: ActionKind,
    sim_time_s: float,
    track: str | None,
    params: Mapping[str, str] | None,
    wall_time: str,
) -> Action:
    """The run's next action. A new judgement of a track is marked as correcting the one that
    stands (the same judgement again corrects nothing); the scorer works the corrections out
    itself, across tracks too: the mark is for the trainee's list of actions."""
    corrects = None
    if kind in CORRECTABLE_ACTIONS and track is not None:
        same = [a for a in earlier if a.kind == kind and a.track == track]
        if same and dict(same[-1].params) != dict(params or {}):
            standing = same[-1]  # the judgement that stands is the first of its run of repeats
            for before in reversed(same):
                if dict(before.params) != dict(standing.params):
                    break
                standing = before
            corrects = standing.sequence
    return Action(
        sequence=len(earlier) + 1,
        kind=kind,
        sim_time_s=round(sim_time_s, 3),
        wall_time=wall_time,
        track=track,
        params=dict(params or {}),
        corrects=corrects,
    )


def corrections(actions: Sequence[Action]) -> dict[int, int]:
    """Which judgement each later one replaced: {corrected sequence: correcting sequence}.

    The window marks a correction as it records it (next_action); a run from a bot or a file
    of actions carries no marks, so the same rule works them out: a new judgement of a track
    replaces the one that stands (the first of its run of repeats); the same one again does not.
    """
    found: dict[int, int] = {}
    standing: dict[tuple[ActionKind, str], tuple[int, dict[str, str]]] = {}
    for action in actions:
        corrects = action.corrects
        if action.kind in CORRECTABLE_ACTIONS and action.track is not None:
            key = (action.kind, action.track)
            params = dict(action.params)
            if key in standing and standing[key][1] != params:
                corrects = standing[key][0] if corrects is None else corrects
                standing[key] = (action.sequence, params)
            elif key not in standing:
                standing[key] = (action.sequence, params)
        if corrects is not None:
            found[corrects] = action.sequence
    return found


class RunRecording:
    """One trainee's run. Without a recorder it still keeps and scores the actions in memory."""

    def __init__(
        self,
        prepared: PreparedRun,
        seed: int,
        recorder: Recorder | None,
        *,
        trainee_id: int | None = None,
        session_id: int | None = None,
        wall_clock: Callable[[], str] = utc_now_iso,
    ) -> None:
        self.prepared = prepared
        self.seed = seed
        self.recorder = recorder
        self.wall_clock = wall_clock
        self.actions: list[Action] = []
        self.run_id: int | None = None
        self.closed = False
        self.last_error: TrainerError | None = None  # the latest write that failed, if any
        self._unsaved_actions: list[Action] = []
        self._unsaved_events: list[Event] = []
        self._noted_s = 0.0
        if recorder is not None:
            scenario = prepared.scenario
            self.run_id = recorder.start_run(
                scenario_id=scenario.id,
                scenario_title=scenario.title,
                scenario_file=str(prepared.path),
                file_sha256=file_sha256(prepared),
                seed=seed,
                app_version=__version__,
                trainee_id=trainee_id,
                session_id=session_id,
            )

    @property
    def stored(self) -> bool:
        """Whether everything so far is in the record."""
        return self.recorder is not None and not self._unsaved_actions and not self._unsaved_events

    def act(
        self,
        kind: ActionKind,
        sim_time_s: float,
        track: str | None = None,
        params: Mapping[str, str] | None = None,
    ) -> Action:
        """Record one action now, whatever it is: every key press is on the record."""
        action = next_action(self.actions, kind, sim_time_s, track, params, self.wall_clock())
        self.actions.append(action)
        self._unsaved_actions.append(action)
        self._write_unsaved()  # committed before we go on, unless the record refuses
        return action

    def add_events(self, events: Sequence[Event], sim_time_s: float) -> None:
        self._unsaved_events.extend(events)
        if self._write_unsaved():
            self.note_progress(sim_time_s)

    def note_progress(self, sim_time_s: float) -> None:
        """Tell the record how far the run has got, every SIM_TIME_NOTE_S of sim time: where
        a run that dies is taken to have stopped, also after a stretch without events. Noted
        only once all before it is written (nothing waits: no write at all)."""
        if sim_time_s - self._noted_s >= SIM_TIME_NOTE_S and self._write_unsaved():
            self._noted_s = sim_time_s
            self._attempt(self._recorder().update_sim_time, sim_time_s)

    def corrected(self) -> set[int]:
        """Sequences of actions a later correction has replaced (shown struck through)."""
        return {a.corrects for a in self.actions if a.corrects is not None}

    def finish(
        self,
        events: Sequence[Event],
        sim_time_s: float,
        completed: bool,
        live: Engine | None = None,
    ) -> ScoreSheet | None:
        """End the run (finished, or aborted when ended before the scenario's end) and score it
        when the scenario has an answer key. An ended-early run is scored on everything the
        scenario would have asked: its log is completed by simulating the rest, from `live` (the
        engine that ran it) where it is given, else from the start (about a second for a
        bundled scenario)."""
        if self.closed:
            return None
        self.closed = True
        sheet = None
        scenario = self.prepared.scenario
        if scenario.answer_key is not None:
            log = (
                list(events)
                if completed
                else complete_log(self.prepared, self.seed, events, live=live)
            )
            sheet = score(scenario, log, self.actions, seed=self.seed, run_end_s=sim_time_s)
        self._close(sim_time_s, "finished" if completed else "aborted", sheet)
        return sheet

    def abandon(self, sim_time_s: float) -> None:
        """The run was left (restart, another scenario, closing): close it as aborted, unscored."""
        if not self.closed:
            self.closed = True
            self._close(sim_time_s, "aborted", None)

    def _close(self, sim_time_s: float, status: str, sheet: ScoreSheet | None) -> None:
        if not self._write_unsaved():
            return  # still unsaved: it shows as interrupted at the next start, as after a crash

        self._attempt(self._recorder().close_run, status, sim_time_s, sheet)

    def _write_unsaved(self) -> bool:
        """Write what waits, oldest first; True when nothing is left waiting."""
        if self.recorder is None:
            return False
        recorder = self.recorder
        while self._unsaved_actions:
            if not self._attempt(recorder.record_action, self._unsaved_actions[0]):
                return False
            self._unsaved_actions.pop(0)
        if self._unsaved_events:
            batch = list(self._unsaved_events)
            if not self._attempt(recorder.record_events, batch):
                return False
            del self._unsaved_events[: len(batch)]
        return True

    def _attempt(self, write: Callable[..., object], *args: object) -> bool:
        if self.recorder is None or self.run_id is None:
            return False
        try:
            write(self.run_id, *args)
        except TrainerError as error:
            self.last_error = error
            return False
        self.last_error = None
        return True

    def _recorder(self) -> Recorder:
        assert self.recorder is not None
        return self.recorder
