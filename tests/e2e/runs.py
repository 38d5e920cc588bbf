"""Bundled scenarios simulated once per seed, and trainees (bots, files of actions) played on them.

No action of a trainee changes what happens in the simulation, so every trainee of a scenario
and seed is shown the same events, tick by tick, as `run_headless` shows them.
"""

from __future__ import annotations

import json
import pickle
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from tests.conftest import SCENARIOS, built_once_in_run
from trainer.launch import PreparedRun, Workspace
from trainer.scoring.action_file import ScriptedTrainee, parse_action_lines
from trainer.scoring.bots import make_bot
from trainer.scoring.protocol import Action
from trainer.scoring.scorer import score
from trainer.scoring.sheet import ScoreSheet
from trainer.sim.events import Event
from trainer.training_run import Trainee


@dataclass(frozen=True)
class Simulated:
    """One run of a scenario's engine, kept as the events each tick brought."""

    prepared: PreparedRun
    seed: int
    ticks: tuple[tuple[float, tuple[Event, ...]], ...]  # (sim time, new events) per tick
    events: tuple[Event, ...]
    end_s: float


@cache
def _workspace() -> Workspace:
    return Workspace()


@cache
def simulated(path: Path, seed: int | None = None) -> Simulated:
    """The run, simulated once in a test run: a bundled scenario's is shared by the xdist
    workers (the first to ask simulates it; the others read what it kept, in a millisecond)."""
    prepared = _workspace().prepare(path)
    if path.parent == SCENARIOS:
        name = f"simulated-{path.stem}-{'default' if seed is None else seed}"
        folder = built_once_in_run(name, lambda made: _keep(_simulate(prepared, seed), made))
        if folder is not None:
            with (folder / RUN_FILE).open("rb") as kept:
                ticks, events, seed_used, end_s = pickle.load(kept)
            return Simulated(prepared, seed_used, ticks, events, end_s)
    return _simulate(prepared, seed)


RUN_FILE = "run.pickle"


def _simulate(prepared: PreparedRun, seed: int | None) -> Simulated:
    engine = prepared.engine(seed)
    ticks = []
    seen = 0
    while True:
        ticks.append((engine.time_s, tuple(engine.events[seen:])))
        seen = len(engine.events)
        if engine.finished:
            break
        engine.step()
    return Simulated(prepared, engine.world.seed, tuple(ticks), tuple(engine.events), engine.time_s)


def _keep(run: Simulated, folder: Path) -> list[int]:
    with (folder / RUN_FILE).open("wb") as kept:
        pickle.dump((run.ticks, run.events, run.seed, run.end_s), kept, pickle.HIGHEST_PROTOCOL)
    return []


def scenario_path(name: str) -> Path:
    return SCENARIOS / f"{name}.yaml"


def feed(run: Simulated, trainee: Trainee) -> list[Action]:
    """The trainee's actions, numbered from 1, as a headless run makes them."""
    end_s = getattr(trainee, "ends_at_s", None)
    actions: list[Action] = []
    for time_s, new in run.ticks:
        if end_s is not None and time_s > end_s + 1e-9:
            break
        for made in trainee.on_events(new, time_s):
            actions.append(replace(made, sequence=len(actions) + 1))
    return actions


def sheet_of(run: Simulated, actions: Sequence[Action], end_s: float | None = None) -> ScoreSheet:
    return score(run.prepared.scenario, run.events, actions, seed=run.seed, run_end_s=end_s)


@cache
def bot_actions(name: str, bot: str, seed: int | None = None) -> tuple[Action, ...]:
    run = simulated(scenario_path(name), seed)
    return tuple(feed(run, make_bot(bot, run.prepared.scenario)))


def as_lines(actions: Iterable[Action]) -> list[dict[str, Any]]:
    """Actions as the lines of an actions file."""
    return [
        {"at_s": a.sim_time_s, "kind": a.kind.value, "track": a.track, "params": dict(a.params)}
        for a in actions
    ]


def play(name: str, lines: Iterable[dict[str, Any]], seed: int | None = None) -> ScoreSheet:
    """Score a bundled scenario played with these actions-file lines (end_run included)."""
    run = simulated(scenario_path(name), seed)
    duration = run.prepared.scenario.duration_s
    trainee = ScriptedTrainee(
        parse_action_lines(name, [json.dumps(line) for line in lines], duration)
    )
    return sheet_of(run, feed(run, trainee), trainee.ends_at_s)
