"""A scenario's dry run for its author: the event timeline and each scripted trainee's score."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from trainer.launch import PreparedRun, Workspace
from trainer.scenario.airspace_builder import build_airspace
from trainer.scenario.model import Scenario
from trainer.scoring.bots import BOT_NAMES, make_bot
from trainer.sim.events import Event
from trainer.sim.world import build_world
from trainer.training_run import run_headless


@dataclass(frozen=True)
class BotScore:
    bot: str
    total: float
    maximum: float
    percent: float
    passed: bool


@dataclass(frozen=True)
class DryRun:
    events: tuple[Event, ...]
    scores: tuple[BotScore, ...]  # empty when the scenario has no answer key
    wall_s: float

    def score_of(self, bot: str) -> BotScore:
        return next(score for score in self.scores if score.bot == bot)


def prepare(scenario: Scenario, path: Path, workspace: Workspace) -> PreparedRun:
    """A run of an already checked scenario that may not be saved yet."""
    airspace = build_airspace(scenario.airspace, workspace.library, path.parent)
    return PreparedRun(path, scenario, build_world(scenario, airspace, workspace.projector))


def dry_run(
    scenario: Scenario, path: Path, workspace: Workspace, bots: Sequence[str] = BOT_NAMES
) -> DryRun:
    """Simulate in fast time: the events once, then one run per scripted trainee (no record)."""
    started = time.perf_counter()
    prepared = prepare(scenario, path, workspace)
    engine = prepared.engine()
    engine.run_until(scenario.duration_s)
    scores: list[BotScore] = []
    if scenario.answer_key is not None:
        for name in bots:
            sheet = run_headless(prepared, make_bot(name, scenario)).sheet
            scores.append(BotScore(name, sheet.total, sheet.maximum, sheet.percent, sheet.passed))
    return DryRun(tuple(engine.events), tuple(scores), time.perf_counter() - started)


def fairness_problems(result: DryRun) -> list[str]:
    """What the scripted trainees' scores say is wrong with the answer key (nothing: fair)."""
    if not result.scores:
        return ["No answer key: runs cannot be scored. Add one in the Answer key section."]
    problems = []
    perfect, idle = result.score_of("perfect"), result.score_of("idle")
    if not perfect.passed:
        problems.append(
            f"The perfect trainee fails ({perfect.percent:.0f} %): the key asks for something "
            "that cannot be done in time, or names a clock that never starts."
        )
    if idle.passed:
        problems.append("Doing nothing passes: the key expects too little.")
    return problems
