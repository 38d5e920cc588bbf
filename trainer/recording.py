"""A live run being recorded: numbers the actions, commits each at once, scores at the end."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from trainer import __version__
from trainer.launch import PreparedRun
from trainer.scoring.protocol import CORRECTABLE_ACTIONS, Action, ActionKind
from trainer.scoring.scorer import score
from trainer.scoring.sheet import ScoreSheet
from trainer.sim.events import Event
from trainer.training_run import SIM_TIME_NOTE_S, Recorder, file_sha256, utc_now_iso


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

    def act(
        self,
        kind: ActionKind,
        sim_time_s: float,
        track: str | None = None,
        params: Mapping[str, str] | None = None,
    ) -> Action:
        """Record one action now. A new judgement of a track corrects the previous one."""
        corrects = None
        if kind in CORRECTABLE_ACTIONS and track is not None:
            earlier = [a for a in self.actions if a.kind == kind and a.track == track]
            corrects = earlier[-1].sequence if earlier else None
        action = Action(
            sequence=len(self.actions) + 1,
            kind=kind,
            sim_time_s=round(sim_time_s, 3),
            wall_time=self.wall_clock(),
            track=track,
            params=dict(params or {}),
            corrects=corrects,
        )
        if self.recorder is not None and self.run_id is not None:
            self.recorder.record_action(self.run_id, action)  # committed before we go on
        self.actions.append(action)
        return action

    def add_events(self, events: Sequence[Event], sim_time_s: float) -> None:
        if self.recorder is None or self.run_id is None:
            return
        if events:
            self.recorder.record_events(self.run_id, events)
        if sim_time_s - self._noted_s >= SIM_TIME_NOTE_S:
            self._noted_s = sim_time_s
            self.recorder.update_sim_time(self.run_id, sim_time_s)

    def corrected(self) -> set[int]:
        """Sequences of actions a later correction has replaced (shown struck through)."""
        return {a.corrects for a in self.actions if a.corrects is not None}

    def finish(
        self, events: Sequence[Event], sim_time_s: float, completed: bool
    ) -> ScoreSheet | None:
        """End the run (finished or aborted) and score it when the scenario has an answer key."""
        if self.closed:
            return None
        self.closed = True
        sheet = None
        if self.prepared.scenario.answer_key is not None:
            sheet = score(
                self.prepared.scenario, events, self.actions, seed=self.seed, run_end_s=sim_time_s
            )
        if self.recorder is not None and self.run_id is not None:
            self.recorder.update_sim_time(self.run_id, sim_time_s)
            self.recorder.finish_run(self.run_id, "finished" if completed else "aborted")
            if sheet is not None:
                self.recorder.save_sheet(self.run_id, sheet)
        return sheet
