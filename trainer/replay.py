"""Replay a recorded run: the same scenario file and seed re-simulate it exactly, frame by frame."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from trainer.errors import TrainerError
from trainer.launch import PreparedRun, Workspace
from trainer.records import Repository
from trainer.records.models import RunRecord
from trainer.scoring.protocol import Action
from trainer.scoring.sheet import ScoreSheet
from trainer.sim.events import Event, EventKind
from trainer.sim.injects import Inject
from trainer.sim.snapshot import Snapshot

FRAME_INTERVAL_S = 1.0  # one stored picture per simulated second is plenty to scrub through


class ReplayError(TrainerError):
    """A run that cannot be replayed (its scenario file is gone or has changed)."""


@dataclass(frozen=True)
class Replay:
    run: RunRecord
    prepared: PreparedRun
    frames: tuple[Snapshot, ...]  # at 0, 1, 2, ... s
    events: tuple[Event, ...]  # the re-simulated event log
    actions: tuple[Action, ...]  # the trainee's, from the record
    sheet: ScoreSheet | None
    warnings: tuple[str, ...]

    @property
    def duration_s(self) -> float:
        return self.frames[-1].time_s if self.frames else 0.0

    def frame_at(self, time_s: float) -> Snapshot:
        """The stored picture at or just before a time."""
        index = int(np.clip(np.floor(time_s / FRAME_INTERVAL_S + 1e-9), 0, len(self.frames) - 1))
        return self.frames[index]

    def runway_distance(self) -> tuple[NDArray[np.float64], dict[str, NDArray[np.float64]]]:
        """Each drone's distance to the runway over time (NaN while it is not flying)."""
        times = np.array([f.time_s for f in self.frames])
        series: dict[str, NDArray[np.float64]] = {}
        # Drones are only ever added (injects), so the last frame knows them all.
        for index, drone in enumerate(self.frames[-1].ids if self.frames else ()):
            series[drone] = np.array(
                [
                    f.runway_distance_m[index]
                    if index < len(f.ids) and f.airborne[index]
                    else np.nan
                    for f in self.frames
                ]
            )
        return times, series


def load_replay(repository: Repository, run_id: int, workspace: Workspace) -> Replay:
    """Re-simulate a recorded run up to where it ended; differences from the record are warnings."""
    run = repository.run(run_id)
    path = Path(run.scenario_file)
    if not path.is_file():
        raise ReplayError(f"run {run_id}: its scenario file {path} is not there any more")
    warnings = []
    if hashlib.sha256(path.read_bytes()).hexdigest() != run.file_sha256:
        warnings.append(
            f"{path.name} has changed since run {run_id} was made; the replay may differ from it"
        )
    prepared = workspace.prepare(path)
    engine = prepared.engine(seed=run.seed)
    recorded = repository.events(run_id)
    end_s = max([run.sim_time_s, *(e.time_s for e in recorded)], default=0.0)
    end_s = min(end_s, prepared.scenario.duration_s)
    # The instructor's injects go back in at the ticks they were made.
    injects = [
        (e.tick, Inject.from_json(e.detail)) for e in recorded if e.kind == EventKind.INJECTED
    ]
    frames = [engine.snapshot()]
    while engine.time_s < end_s - 1e-9:
        next_frame_s = min(end_s, engine.time_s + FRAME_INTERVAL_S)
        while injects and injects[0][0] * engine.clock.dt_s <= next_frame_s + 1e-9:
            tick, inject = injects.pop(0)
            engine.run_until(tick * engine.clock.dt_s)
            engine.inject(inject)
        engine.run_until(next_frame_s)
        frames.append(engine.snapshot())
    replayed = [e for e in engine.events if e.time_s <= end_s + 1e-9]
    if recorded and [e.to_json_dict() for e in replayed[: len(recorded)]] != [
        e.to_json_dict() for e in recorded
    ]:
        warnings.append("the replayed event log differs from the recorded one")
    return Replay(
        run=run,
        prepared=prepared,
        frames=tuple(frames),
        events=tuple(replayed),
        actions=tuple(repository.actions(run_id)),
        sheet=repository.sheet(run_id),
        warnings=tuple(warnings),
    )
