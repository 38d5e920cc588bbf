"""Scripted trainees at a station: a bot that reads the network picture and acts through the link.

A bot needs a stand-in for a trainee's judgement (which track is which incident's drone, when
it enters a zone): it gets it from a truth feed of its own, a local engine of the same scenario
and seed (the bot operator's copy of the file), never from the console, which sends no truth.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from trainer.classroom.station import StationLink
from trainer.launch import PreparedRun
from trainer.sim.events import Event
from trainer.training_run import Trainee

LINGER_S = 60.0  # after the end, wait this long for the instructor to release the sheets
LATE_SHEET_S = 5.0  # after a late response's acknowledgement, wait this long for the new sheet


class ReplicaTruth:
    """The events of a local engine of the same scenario and seed, stepped as the class goes."""

    def __init__(self, prepared: PreparedRun, seed: int) -> None:
        self.engine = prepared.engine(seed)
        self._cursor = 0

    def until(self, time_s: float) -> list[Event]:
        self.engine.run_until(min(time_s, self.engine.world.duration_s))
        new = self.engine.events[self._cursor :]
        self._cursor = len(self.engine.events)
        return list(new)


class RecordedTruth:
    """The events of a log made beforehand (tests share one simulation between many bots)."""

    def __init__(self, events: Sequence[Event]) -> None:
        self._events = list(events)
        self._cursor = 0

    def until(self, time_s: float) -> list[Event]:
        start = self._cursor
        while self._cursor < len(self._events) and self._events[self._cursor].time_s <= time_s:
            self._cursor += 1
        return self._events[start : self._cursor]


Truth = ReplicaTruth | RecordedTruth


@dataclass(frozen=True)
class StationResult:
    joined: bool
    refused: str | None
    actions_sent: int
    unacknowledged: int
    sheet_received: bool


def run_scripted_station(
    link: StationLink,
    bot: Trainee,
    truth_for_seed: Callable[[int], Truth],
    *,
    timeout_s: float = 600.0,
    clock: Callable[[], float] = time.monotonic,
) -> StationResult:
    """Play the bot at this station until the sheet comes (or the run is over and all is
    acknowledged, or the time is up)."""
    truth: Truth | None = None
    acted_until = -1.0
    sent = 0
    ended_at: float | None = None
    deadline = clock() + timeout_s
    while clock() < deadline and link.refused is None and link.sheet is None:
        link.pump(timeout_ms=10)
        if link.welcome is not None and truth is None:
            truth = truth_for_seed(link.welcome.seed)
        picture = link.picture
        if truth is None or picture is None:
            continue
        if picture.state == "running" and picture.time_s > acted_until:
            for action in bot.on_events(truth.until(picture.time_s), picture.time_s):
                link.act(action.kind, picture.time_s, action.track, action.params)
                sent += 1
            acted_until = picture.time_s
        if picture.state in ("finished", "ended") and not link.unacknowledged:
            ended_at = ended_at if ended_at is not None else clock()
            if clock() - ended_at > LINGER_S:
                break
    _await_late_responses(link, min(deadline, clock() + LINGER_S), clock)
    return StationResult(
        joined=link.welcome is not None,
        refused=link.refused,
        actions_sent=sent,
        unacknowledged=link.unacknowledged,
        sheet_received=link.sheet is not None,
    )


def _await_late_responses(link: StationLink, deadline: float, clock: Callable[[], float]) -> None:
    """A response that reached the console after the run ended (made just before, still on its
    way) is recorded late and acknowledged after the sheet went out; the sheet then comes again,
    scored with it. Stay for both, as the station window does."""
    first_sheet = link.sheet
    if first_sheet is None or link.refused is not None or not link.unacknowledged:
        return
    late = set(link.outbox.waiting)
    while clock() < deadline and link.refused is None and link.unacknowledged:
        link.pump(timeout_ms=10)
    if late - set(link.not_recorded):  # recorded: the sheet scored with them is on its way
        deadline = min(deadline, clock() + LATE_SHEET_S)
        while clock() < deadline and link.refused is None and link.sheet is first_sheet:
            link.pump(timeout_ms=10)
