"""Replay a recorded run: the same scenario file and seed re-simulate it exactly, frame by frame."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from trainer.errors import TrainerError
from trainer.i18n import message
from trainer.launch import PreparedRun, Workspace
from trainer.played_file import locate_played_file
from trainer.records import Repository
from trainer.records.models import RunRecord
from trainer.scoring.protocol import Action
from trainer.scoring.sheet import ScoreSheet
from trainer.sim.engine import Engine
from trainer.sim.events import APP_EVENTS, Event, EventKind
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
    recorded: tuple[Event, ...] = ()  # the log as the record keeps it (what a rescore reads)

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
    path, warnings = played_file(run)
    prepared = workspace.prepare(path)
    recorded = repository.events(run_id)
    actions = repository.actions(run_id)
    end_s = min(run_end_s(run, recorded, actions), prepared.scenario.duration_s)
    resim = Resimulation(prepared, run.seed, recorded)
    frames = [resim.engine.snapshot()]
    while resim.engine.time_s < end_s - 1e-9:
        resim.run_until(min(end_s, resim.engine.time_s + FRAME_INTERVAL_S))
        frames.append(resim.engine.snapshot())
    replayed = [e for e in resim.engine.events if e.time_s <= end_s + 1e-9]
    logged = engine_events(recorded)
    if logged and [e.to_json_dict() for e in replayed[: len(logged)]] != [
        e.to_json_dict() for e in logged
    ]:
        warnings.append(message("replay.log_differs"))
    return Replay(
        run=run,
        prepared=prepared,
        frames=tuple(frames),
        events=tuple(replayed),
        actions=tuple(actions),
        sheet=repository.sheet(run_id),
        warnings=tuple(warnings),
        recorded=tuple(recorded),
    )


def played_file(run: RunRecord) -> tuple[Path, list[str]]:
    """The file to re-simulate a run from, and what the instructor should know about it.

    The file as it was played (at its recorded path, or the bundled one of the same content);
    else the recorded file as it is now, with a warning; ReplayError when it is gone.
    """
    recorded = Path(run.scenario_file)
    found = locate_played_file(run.scenario_file, run.file_sha256)
    if found == recorded:
        return found, []
    if found is not None:
        return found, [
            message("replay.scenario_found", run=run.id, name=recorded.name, found=found.name)
        ]
    if not recorded.is_file():
        raise ReplayError(message("replay.scenario_gone", run=run.id, path=str(recorded)))
    return recorded, [message("replay.scenario_changed", name=recorded.name, run=run.id)]


def engine_events(events: Sequence[Event]) -> list[Event]:
    """A recorded log without the window's own entries (view changes): what the engine made."""
    return [e for e in events if e.kind not in APP_EVENTS]


def run_end_s(run: RunRecord, recorded: Sequence[Event], actions: Sequence[Action] = ()) -> float:
    """How far a recorded run got: its last noted sim time, its last event or its last action,
    whichever is later (an interrupted run noted its time only every 30 s, and a trainee's
    actions after its last event are on the record too: they count)."""
    times = [run.sim_time_s, *(e.time_s for e in recorded), *(a.sim_time_s for a in actions)]
    return max(times, default=0.0)


class Resimulation:
    """A fresh engine for a recorded run: same file and seed, the instructor's injects put back
    in at the ticks they were made, so it runs exactly as the run did."""

    def __init__(self, prepared: PreparedRun, seed: int, recorded: Sequence[Event]) -> None:
        self.engine: Engine = prepared.engine(seed=seed)
        self._injects = [
            (e.tick, Inject.from_json(e.detail)) for e in recorded if e.kind == EventKind.INJECTED
        ]

    def run_until(self, time_s: float) -> None:
        engine = self.engine
        while self._injects and self._injects[0][0] * engine.clock.dt_s <= time_s + 1e-9:
            tick, inject = self._injects.pop(0)
            engine.run_until(tick * engine.clock.dt_s)
            engine.inject(inject)
        engine.run_until(time_s)


def complete_log(
    prepared: PreparedRun, seed: int, recorded: Sequence[Event], live: Engine | None = None
) -> list[Event]:
    """The event log of a run that stopped early, completed to the scenario's end: what was
    recorded, then what the same run would have gone on to log. The trainee's actions change
    nothing in the simulation, so the rest is fully set by the file, the seed and the injects;
    the scorer reads it to know what was still to come (see scoring.score's `run_end_s`).

    `live`: the engine that ran it, where it is at hand (the window's, the console's). A fork of
    it goes on from where it stopped, rather than a fresh engine from tick 0 (the same log;
    ending at 8 of 10 minutes then costs a fifth of the re-simulation the instructor waits for).
    """
    logged = engine_events(recorded)
    last_tick = max((e.tick for e in logged), default=-1)
    if live is not None:
        engine = live.fork()
        engine.run_until(prepared.scenario.duration_s)
    else:
        resim = Resimulation(prepared, seed, recorded)
        resim.run_until(prepared.scenario.duration_s)
        engine = resim.engine
    # A late class joiner's note stays: the scorer reads when the trainee's run began.
    joined = [e for e in recorded if e.kind is EventKind.TRAINEE_JOINED]
    return logged + [e for e in engine.events if e.tick > last_tick] + joined
