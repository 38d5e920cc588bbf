"""A scenario's dry run for its author: the event timeline and each scripted trainee's score."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from trainer.launch import PreparedRun, Workspace
from trainer.scenario.airspace_builder import build_airspace
from trainer.scenario.log_flights import read_log_flights
from trainer.scenario.model import Scenario
from trainer.scoring.bots import BOT_NAMES, Bot, make_bot
from trainer.scoring.protocol import Action
from trainer.scoring.scorer import score
from trainer.sim.events import Event
from trainer.sim.world import build_world


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
    flights, _ = read_log_flights(scenario, path, workspace.library)  # checked already
    world = build_world(scenario, airspace, workspace.projector, flights)
    return PreparedRun(path, scenario, world)


def dry_run(
    scenario: Scenario, path: Path, workspace: Workspace, bots: Sequence[str] = BOT_NAMES
) -> DryRun:
    """Simulate once in fast time, then let each scripted trainee live through the same ticks.

    A trainee's actions change nothing in the simulation (they are scored, not simulated), so
    one engine run serves every bot; each sees the events tick by tick, as in run_headless.
    """
    started = time.perf_counter()
    engine = prepare(scenario, path, workspace).engine()
    ticks: list[tuple[float, list[Event]]] = [(engine.time_s, list(engine.events))]
    while not engine.finished:
        seen = len(engine.events)
        engine.step()
        ticks.append((engine.time_s, engine.events[seen:]))
    events = tuple(engine.events)
    scores: list[BotScore] = []
    if scenario.answer_key is not None:
        for name in bots:
            actions = _actions_of(make_bot(name, scenario), ticks)
            sheet = score(scenario, list(events), actions, seed=engine.world.seed)
            scores.append(BotScore(name, sheet.total, sheet.maximum, sheet.percent, sheet.passed))
    return DryRun(events, tuple(scores), time.perf_counter() - started)


def _actions_of(bot: Bot, ticks: list[tuple[float, list[Event]]]) -> list[Action]:
    """The bot's actions over the recorded ticks, numbered as a run numbers them."""
    actions: list[Action] = []
    numbers: dict[int, int] = {}  # the bot's sequence -> the run's
    for now_s, new in ticks:
        for made in bot.on_events(new, now_s):
            sequence = len(actions) + 1
            corrects = None if made.corrects is None else numbers.get(made.corrects)
            numbers[made.sequence] = sequence
            actions.append(replace(made, sequence=sequence, corrects=corrects))
    return actions


class Unfair(StrEnum):
    """What the scripted trainees' scores say is wrong with an answer key (the editor words it
    in the language in use)."""

    NO_KEY = "no_key"  # runs cannot be scored at all
    PERFECT_FAILS = "perfect_fails"  # the key asks for the impossible, or a clock never starts
    IDLE_PASSES = "idle_passes"  # doing nothing passes: the key expects too little


def fairness_problems(result: DryRun) -> list[Unfair]:
    """What is wrong with the answer key, by the scripted trainees' scores (nothing: fair)."""
    if not result.scores:
        return [Unfair.NO_KEY]
    problems = []
    if not result.score_of("perfect").passed:
        problems.append(Unfair.PERFECT_FAILS)
    if result.score_of("idle").passed:
        problems.append(Unfair.IDLE_PASSES)
    return problems
