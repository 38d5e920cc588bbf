"""Scripted trainees (perfect, idle, panic, late; human in human_bot.py) that react to the event
stream as it happens."""

# What a bot knows. Like a trainee it acts on the track ids it has seen start (`track_started`
# events' `other`), never on drone ids, and reads no position or identity from the truth. Two
# stand-ins for a trainee's judgement do read truth: the key follower uses a track event's
# `drone` only to decide WHICH key incident a new track belongs to (a trainee judges that from
# the picture: where the track is, what it does, its Remote ID), and it times its actions by the
# key's clocks (zone entries, landings), which a trainee judges from the track on the map. It
# never acts on a drone before one of its tracks has started. In a run whose sensors can make no
# track (`sensors: {radars: [], remote_id: []}`) bots act on drone ids, as before the tracker.

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from trainer.scenario.answer_key import Clock, Incident
from trainer.scenario.model import Scenario
from trainer.scoring.bot_names import BOT_NAMES as BOT_NAMES
from trainer.scoring.protocol import AERODROME_ACTIONS, Action, ActionKind
from trainer.scoring.run_facts import Timeline
from trainer.scoring.scorer import NoAnswerKey, sees_tracks
from trainer.sim.events import Event, EventKind

PERFECT_DELAY_S = 2.0  # the perfect trainee's first action comes this long after its clock ...
STEP_GAP_S = 1.0  # ... and each further step of the incident one second later, like a person


class Bot(Protocol):
    """A trainee stand-in: told what happened up to `now_s`, answers with the actions it takes.

    Actions are numbered from 1 by the bot; whoever runs it may renumber and stamp wall times."""

    name: str

    def on_events(self, events: Sequence[Event], now_s: float) -> list[Action]: ...


class _Numbered:
    def __init__(self) -> None:
        self._count = 0

    def _action(
        self,
        kind: ActionKind,
        now_s: float,
        track: str | None,
        params: dict[str, str] | None = None,
    ) -> Action:
        self._count += 1
        return Action(self._count, kind, now_s, "", track, params or {})


class IdleBot(_Numbered):
    """Does nothing: the floor of every score."""

    name = "idle"

    def on_events(self, events: Sequence[Event], now_s: float) -> list[Action]:
        return []


class PanicBot(_Numbered):
    """Every new track (false ones too): acknowledge, suspend runway operations, call the police,
    at once. Without sensors, every launched drone."""

    name = "panic"

    def __init__(self, sensing: bool = True) -> None:
        super().__init__()
        self._sensing = sensing

    def on_events(self, events: Sequence[Event], now_s: float) -> list[Action]:
        actions: list[Action] = []
        for event in events:
            if self._sensing and event.kind is EventKind.TRACK_STARTED and event.other:
                track = event.other
            elif not self._sensing and event.kind is EventKind.LAUNCHED:
                track = event.drone
            else:
                continue
            actions.append(self._action(ActionKind.ACKNOWLEDGE, now_s, track))
            actions.append(self._action(ActionKind.SUSPEND_OPERATIONS, now_s, None))
            actions.append(self._action(ActionKind.NOTIFY_POLICE, now_s, track))
        return actions


@dataclass
class _Step:
    incident: int
    position: int  # within the incident's plan: ties are taken in this order
    kind: ActionKind
    params: dict[str, str]
    clock: Clock
    delay_s: float
    done: bool = False


class KeyFollower(_Numbered):
    """Takes every action the answer key expects, `delay(window_s, position)` after its clock
    starts (or after the drone's first track, if that is later), on the drone's latest track,
    and keeps the key's order rules. Holds runway operations for as long as any incident
    warrants it."""

    def __init__(self, name: str, scenario: Scenario, delay: Callable[[float, int], float]) -> None:
        super().__init__()
        if scenario.answer_key is None:
            raise NoAnswerKey(scenario.id)
        self.name = name
        self._incidents = scenario.answer_key.incidents
        self._timeline = Timeline()
        self._steps = [
            step for i, inc in enumerate(self._incidents) for step in _plan(i, inc, delay)
        ]
        self._holding: set[int] = set()  # incidents for which operations are suspended
        self._next_due_s = 0.0
        self._sensing = sees_tracks(scenario)
        self._key_drones = {incident.drone for incident in self._incidents}
        self._track: dict[str, str] = {}  # key drone -> the latest track started for it
        self._seen_s: dict[str, float] = {}  # key drone -> when its first track started
        false_tracks = scenario.answer_key.false_tracks
        self._clutter_plan = [
            (e.kind, {k: v if isinstance(v, str) else v[0] for k, v in e.params.items()},
             delay(e.window_s, position))
            for position, e in enumerate(false_tracks.expected if false_tracks else [])
        ]  # fmt: skip
        self._clutter_due: list[tuple[float, str, ActionKind, dict[str, str]]] = []

    def on_events(self, events: Sequence[Event], now_s: float) -> list[Action]:
        if not events and now_s < self._next_due_s - 1e-9:
            return []  # nothing new and nothing due: the common case, tick after tick
        self._timeline.add(events)
        for event in events:
            # The truth `drone` only says which incident the new track is (judgement's stand-in).
            if event.kind is EventKind.TRACK_STARTED and event.drone in self._key_drones:
                self._track[event.drone] = event.other or event.drone
                self._seen_s.setdefault(event.drone, event.time_s)
            elif event.kind is EventKind.TRACK_STARTED and event.other and not event.drone:
                # Clutter: a trainee recognises it from the track's behaviour; the truth's ""
                # stands in for that judgement.
                self._clutter_due += [
                    (event.time_s + wait, event.other, kind, params)
                    for kind, params, wait in self._clutter_plan
                ]
        actions: list[Action] = []
        while self._clutter_due and min(self._clutter_due)[0] <= now_s + 1e-9:
            self._clutter_due.sort()
            _, track, kind, params = self._clutter_due.pop(0)
            actions.append(self._action(kind, now_s, track, params))
        progress = True
        while progress:  # a step taken now may release one that waited for it (order rules)
            progress = False
            for _, step in sorted(self._due(now_s), key=lambda d: (d[0], d[1].position)):
                if not step.done and not self._waits(step):
                    actions += self._take(step, now_s)
                    progress = True
        self._next_due_s = min(
            [due for due, _ in self._due(float("inf"))] + [d[0] for d in self._clutter_due],
            default=float("inf"),
        )
        return actions

    def _start(self, step: _Step) -> float | None:
        """When the step's clock started, or, if later, when the drone was first seen."""
        drone = self._incidents[step.incident].drone
        start = self._timeline.clock_start(step.clock, drone)
        if start is None or not self._sensing:
            return start
        seen = self._seen_s.get(drone)
        return None if seen is None else max(start, seen)

    def _track_of(self, incident: Incident) -> str:
        """The track the bot acts on: the drone's latest (a trainee keeps a dropped one in mind
        until a new one appears); without sensors, the drone's id."""
        return self._track.get(incident.drone, incident.drone)

    def _due(self, now_s: float) -> list[tuple[float, _Step]]:
        due = []
        for step in self._steps:
            start = None if step.done else self._start(step)
            if start is not None and start + step.delay_s <= now_s + 1e-9:
                due.append((start + step.delay_s, step))
        return due

    def _waits(self, step: _Step) -> bool:
        """Whether an order rule makes this step wait for another that is due or under way."""
        rules = self._incidents[step.incident].order
        firsts = {r.first for r in rules if r.then == step.kind}
        return any(
            other.incident == step.incident
            and other.kind in firsts
            and not other.done
            and self._start(other) is not None
            for other in self._steps
        )

    def _take(self, step: _Step, now_s: float) -> list[Action]:
        step.done = True
        track: str | None = self._track_of(self._incidents[step.incident])
        if step.kind in AERODROME_ACTIONS:
            track = None  # the aerodrome's business, whatever track is in hand
        if step.kind is ActionKind.SUSPEND_OPERATIONS:
            already = bool(self._holding)
            self._holding.add(step.incident)
            return [] if already else [self._action(step.kind, now_s, track)]
        if step.kind is ActionKind.RESUME_OPERATIONS:
            self._holding.discard(step.incident)
            return [] if self._holding else [self._action(step.kind, now_s, track)]
        params = step.params
        if step.kind is ActionKind.CLOSE_INCIDENT:
            params = {"log": f"track {track} handled"}
        return [self._action(step.kind, now_s, track, params)]


def _plan(index: int, incident: Incident, delay: Callable[[float, int], float]) -> list[_Step]:
    steps: list[_Step] = []

    def add(kind: ActionKind, params: dict[str, str], clock: Clock, window_s: float) -> None:
        position = len(steps)
        steps.append(_Step(index, position, kind, params, clock, delay(window_s, position)))

    for expected in incident.expected:
        # Where the key accepts several values, the first is the answer.
        params = {k: v if isinstance(v, str) else v[0] for k, v in expected.params.items()}
        add(expected.kind, params, expected.clock or incident.clock, expected.window_s)
    suspension = incident.suspension
    if suspension.warranted and suspension.warranted_from and suspension.window_s:
        add(ActionKind.SUSPEND_OPERATIONS, {}, suspension.warranted_from, suspension.window_s)
        if suspension.resume is not None:
            resume = suspension.resume
            add(ActionKind.RESUME_OPERATIONS, {}, resume.after, resume.window_s)
    return steps


def make_bot(name: str, scenario: Scenario) -> Bot:
    """One of BOT_NAMES, fresh for one run."""
    if name == "idle":
        return IdleBot()
    if name == "panic":
        return PanicBot(sees_tracks(scenario))
    if name == "perfect":
        return KeyFollower(name, scenario, lambda _w, pos: PERFECT_DELAY_S + STEP_GAP_S * pos)
    if name == "late":
        return KeyFollower(name, scenario, lambda window_s, _pos: 2 * window_s)
    if name == "human":
        from trainer.scoring.human_bot import HumanBot  # it builds on this module

        return HumanBot(scenario)
    raise ValueError(f"unknown bot {name!r}; choose one of {', '.join(BOT_NAMES)}")
