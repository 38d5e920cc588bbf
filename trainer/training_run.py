"""Headless training runs: a scenario in fast time with a scripted trainee, recorded and scored."""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Protocol

from trainer import __version__
from trainer.launch import PreparedRun
from trainer.scoring.protocol import Action
from trainer.scoring.scorer import NoAnswerKey, score
from trainer.scoring.sheet import ScoreSheet
from trainer.sim.engine import Engine
from trainer.sim.events import Event

SIM_TIME_NOTE_S = 30.0  # how often the record is told how far a run has got (for interrupted runs)


class Trainee(Protocol):
    """What runs the trainee's side of a headless run: a bot, or a file of actions."""

    name: str

    def on_events(self, events: Sequence[Event], now_s: float) -> list[Action]: ...


class Recorder(Protocol):
    """What a run needs of the training record; trainer.records.Repository is one."""

    def start_run(
        self,
        *,
        scenario_id: str,
        scenario_title: str,
        scenario_file: str,
        file_sha256: str,
        seed: int,
        app_version: str,
        trainee_id: int | None = None,
        session_id: int | None = None,
    ) -> int: ...

    def record_action(self, run_id: int, action: Action) -> None: ...

    def record_events(self, run_id: int, events: Sequence[Event]) -> None: ...

    def update_sim_time(self, run_id: int, sim_time_s: float) -> None: ...

    def finish_run(self, run_id: int, status: str = ...) -> None: ...

    def close_run(
        self, run_id: int, status: str, sim_time_s: float, sheet: ScoreSheet | None = None
    ) -> None: ...


@dataclass(frozen=True)
class RunResult:
    sheet: ScoreSheet
    actions: tuple[Action, ...]
    events: tuple[Event, ...]
    run_id: int | None  # in the training record, when one was given


def utc_now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def file_sha256(prepared: PreparedRun) -> str:
    return hashlib.sha256(prepared.path.read_bytes()).hexdigest()


def run_headless(
    prepared: PreparedRun,
    bot: Trainee,
    *,
    seed: int | None = None,
    recorder: Recorder | None = None,
    trainee_id: int | None = None,
    session_id: int | None = None,
    wall_clock: Callable[[], str] = utc_now_iso,
) -> RunResult:
    """Step the engine to the scenario's end, feeding each tick's new events to the bot.

    The bot's actions are numbered from 1 and stamped with the wall time as they are made; with a
    recorder each is committed before the run goes on, so a crash loses none of them. A bot with
    `ends_at_s` (a file with end_run) ends the run there, as the instructor's Ctrl+E does: the run
    is recorded as aborted and scored on everything the scenario would have asked (the engine
    runs on, unrecorded, to tell what that was).
    """
    scenario = prepared.scenario
    if scenario.answer_key is None:  # refuse before a run is recorded that could not be scored
        raise NoAnswerKey(scenario.id)
    engine = prepared.engine(seed)
    run_id = None
    if recorder is not None:
        run_id = recorder.start_run(
            scenario_id=scenario.id,
            scenario_title=scenario.title,
            scenario_file=str(prepared.path),
            file_sha256=file_sha256(prepared),
            seed=engine.world.seed,
            app_version=__version__,
            trainee_id=trainee_id,
            session_id=session_id,
        )
    target = _Target(recorder, run_id) if recorder is not None and run_id is not None else None
    loop = _Loop(engine, bot, target, wall_clock)
    try:
        loop.run()
    except BaseException:
        if target is not None:
            # Stopped (Ctrl-C) or broken: end it as aborted if the record still can; if not,
            # it shows as interrupted at the next start. Either way its actions are kept.
            with contextlib.suppress(Exception):
                target.recorder.finish_run(target.run_id, "aborted")
        raise
    end_s, completed = engine.time_s, engine.finished
    happened = tuple(engine.events)
    engine.run_until(scenario.duration_s)  # the rest only tells what was still to come
    sheet = score(scenario, engine.events, loop.actions, seed=engine.world.seed, run_end_s=end_s)
    if target is not None:
        status = "finished" if completed else "aborted"
        target.recorder.close_run(target.run_id, status, end_s, sheet)
    return RunResult(sheet, tuple(loop.actions), happened, run_id)


@dataclass(frozen=True)
class _Target:
    recorder: Recorder
    run_id: int


class _Loop:
    def __init__(
        self, engine: Engine, bot: Trainee, target: _Target | None, wall_clock: Callable[[], str]
    ) -> None:
        self.engine = engine
        self.bot = bot
        self.target = target
        self.wall_clock = wall_clock
        self.actions: list[Action] = []
        self._numbers: dict[int, int] = {}  # the bot's sequence -> the run's
        self._seen = 0
        self._noted_s = 0.0

    def run(self) -> None:
        end_s = getattr(self.bot, "ends_at_s", None)
        self._tick()  # launches at t = 0 are logged before the first step
        while not self.engine.finished and (end_s is None or self.engine.time_s < end_s - 1e-9):
            self.engine.step()
            self._tick()

    def _tick(self) -> None:
        engine, target = self.engine, self.target
        new = engine.events[self._seen :]
        self._seen = len(engine.events)
        if target is not None and new:
            target.recorder.record_events(target.run_id, new)
        for made in self.bot.on_events(new, engine.time_s):
            sequence = len(self.actions) + 1
            corrects = None if made.corrects is None else self._numbers.get(made.corrects)
            self._numbers[made.sequence] = sequence
            action = replace(
                made, sequence=sequence, wall_time=self.wall_clock(), corrects=corrects
            )
            if target is not None:
                target.recorder.record_action(target.run_id, action)
            self.actions.append(action)
        if target is not None and engine.time_s - self._noted_s >= SIM_TIME_NOTE_S:
            self._noted_s = engine.time_s
            target.recorder.update_sim_time(target.run_id, engine.time_s)
