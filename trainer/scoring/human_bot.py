"""A human-like scripted trainee: the key's answers, with the slips people make at a console.

It takes the perfect trainee's responses with realistic delays (a few seconds to half a window
after each clock), and now and then: acknowledges the wrong track first and then the right one,
presses a judgement key twice, gives a wrong judgement and corrects it seconds later, and makes
a radio call or a suspension with some track still selected. None of these is a fault under the
scoring rules, so it must score close to the perfect trainee (tests/e2e/test_bots.py). Its
random choices come from the run's seed: the same run always makes the same slips.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace

from trainer.scenario.answer_key import JUDGED_PARAMS
from trainer.scenario.model import Scenario
from trainer.scoring.bots import PERFECT_DELAY_S, KeyFollower
from trainer.scoring.protocol import AERODROME_ACTIONS, CORRECTABLE_ACTIONS, Action, ActionKind
from trainer.sim.events import Event, EventKind

WRONG_TRACK_CHANCE = 0.25  # acknowledges another track first
WRONG_VALUE_CHANCE = 0.2  # a wrong judgement, corrected
TWICE_CHANCE = 0.3  # presses a judgement key again
SELECTED_CHANCE = 0.5  # an aerodrome action made with a track still selected
NOTICE_S = 2.0  # a slip is put right this long after
MAX_EXTRA_DELAY_S = 8.0  # beyond the perfect trainee's, at most this, and half a window


class HumanBot:
    name = "human"

    def __init__(self, scenario: Scenario, seed: int | None = None) -> None:
        self._rng = random.Random(scenario.seed if seed is None else seed)
        self._inner = KeyFollower("human", scenario, self._delay)
        self._pending: list[tuple[float, int, Action]] = []  # (due, order, action)
        self._tracks: list[str] = []  # tracks seen, newest last
        self._dropped: set[str] = set()
        self._count = 0
        self._order = 0

    def _delay(self, window_s: float, position: int) -> float:
        extra = self._rng.uniform(0.0, min(MAX_EXTRA_DELAY_S, window_s / 2))
        return PERFECT_DELAY_S + 1.5 * position + extra

    def on_events(self, events: Sequence[Event], now_s: float) -> list[Action]:
        for event in events:
            if event.kind is EventKind.TRACK_STARTED and event.other:
                self._tracks.append(event.other)
            elif event.kind is EventKind.TRACK_DROPPED and event.other:
                self._dropped.add(event.other)
        made: list[Action] = []
        for action in self._inner.on_events(events, now_s):
            made += self._as_a_person(action, now_s)
        while self._pending and self._pending[0][0] <= now_s + 1e-9:
            made.append(replace(self._pending.pop(0)[2], sim_time_s=now_s))
        return [self._numbered(action) for action in made]

    def _as_a_person(self, action: Action, now_s: float) -> list[Action]:
        rng = self._rng
        if action.kind in AERODROME_ACTIONS:
            live = self._live_tracks()
            if live and rng.random() < SELECTED_CHANCE:
                return [replace(action, track=rng.choice(live))]
            return [action]
        if action.kind is ActionKind.ACKNOWLEDGE and rng.random() < WRONG_TRACK_CHANCE:
            others = [t for t in self._live_tracks() if t != action.track]
            if others:
                self._later(now_s + NOTICE_S, action)
                return [replace(action, track=rng.choice(others))]
        if action.kind in CORRECTABLE_ACTIONS:
            if rng.random() < WRONG_VALUE_CHANCE:
                self._later(now_s + NOTICE_S, action)
                return [replace(action, params=self._wrong(action))]
            if rng.random() < TWICE_CHANCE:
                self._later(now_s + 1.0, action)
        return [action]

    def _wrong(self, action: Action) -> dict[str, str]:
        name, values = JUDGED_PARAMS[action.kind]
        other = [v for v in values if v != action.params.get(name)]
        return {name: self._rng.choice(other)}

    def _live_tracks(self) -> list[str]:
        return [t for t in self._tracks if t not in self._dropped]

    def _later(self, due_s: float, action: Action) -> None:
        self._order += 1
        self._pending.append((due_s, self._order, action))
        self._pending.sort(key=lambda p: (p[0], p[1]))

    def _numbered(self, action: Action) -> Action:
        self._count += 1
        return replace(action, sequence=self._count, corrects=None)
