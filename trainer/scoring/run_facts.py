"""Facts of a run the scorer judges: effective actions, first times of events, runway intervals."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from trainer.scenario.answer_key import (
    AtTime,
    Clock,
    DroneEvent,
    FirstDetection,
    ZoneEntry,
    ZoneExit,
)
from trainer.scoring.protocol import CORRECTABLE_ACTIONS, Action, ActionKind
from trainer.scoring.tracks import TRACK_EVENTS
from trainer.sim.events import Event, EventKind


def in_order(action: Action) -> tuple[float, int]:
    """Sort key of actions: sim time, then sequence (two actions in one tick keep their order)."""
    return (action.sim_time_s, action.sequence)


def effective_actions(
    actions: Iterable[Action], line_of: Callable[[Action], str | None]
) -> list[Action]:
    """The actions that count, in time order.

    Judgements (classify, identify, threat level) are revised by the trainee's later judgement
    of the same kind on the same line of tracks (`line_of`: the drone as the trainee followed
    it, see TrackMap.line_of; None for a judgement that names no track): the latest counts, at
    its own time. Repeating the current judgement changes nothing, so the first one stands.
    A suspension while suspended, or a resume while operations run, changes nothing either.
    A call or a log entry stands once made. The `corrects` links the window records are for
    display; the scorer works out corrections itself, across all tracks of a line.
    """
    ordered = sorted(actions, key=in_order)
    current: dict[tuple[str, ActionKind], Action] = {}
    ignored: set[int] = set()
    for action in ordered:
        line = line_of(action) if action.kind in CORRECTABLE_ACTIONS else None
        if line is None:
            continue
        before = current.get((line, action.kind))
        if before is not None:
            if dict(before.params) == dict(action.params):
                ignored.add(action.sequence)  # the same judgement again: nothing new
                continue
            ignored.add(before.sequence)  # replaced by the correction
        current[(line, action.kind)] = action
    suspended = False
    for action in ordered:
        if action.kind is ActionKind.SUSPEND_OPERATIONS:
            if suspended:
                ignored.add(action.sequence)
            suspended = True
        elif action.kind is ActionKind.RESUME_OPERATIONS:
            if not suspended:
                ignored.add(action.sequence)
            suspended = False
    return [a for a in ordered if a.sequence not in ignored]


class Timeline:
    """When things first happened to each drone, read from the event log."""

    def __init__(self, events: Iterable[Event] = (), tracked: bool = False) -> None:
        self._first: dict[tuple[str, EventKind, str | None], float] = {}
        self._last: dict[tuple[str, EventKind, str | None], float] = {}
        # Whether the run has sensors: the log has a track event, or `tracked` says so (the
        # scenario has sensors, though they may have tracked nothing).
        self.tracked = tracked
        self.add(events)

    def add(self, events: Iterable[Event]) -> None:
        """Take in later events (a live run feeds them as they happen)."""
        for event in events:
            self._first.setdefault((event.drone, event.kind, event.zone), event.time_s)
            self._last[(event.drone, event.kind, event.zone)] = event.time_s
            self.tracked = self.tracked or event.kind in TRACK_EVENTS

    def first(self, drone: str, kind: EventKind, zone: str | None = None) -> float | None:
        return self._first.get((drone, kind, zone))

    def clock_start(self, clock: Clock, drone: str) -> float | None:
        """When `clock` starts for `drone`, or None if it does not start in this run."""
        if isinstance(clock, FirstDetection):
            return self.first_detection(drone)
        if isinstance(clock, ZoneEntry):
            return self.first(drone, EventKind.ZONE_ENTERED, clock.zone)
        if isinstance(clock, ZoneExit):
            return self.first(drone, EventKind.ZONE_EXITED, clock.zone)
        if isinstance(clock, DroneEvent):
            return self.first(drone, clock.event)
        assert isinstance(clock, AtTime)
        return clock.at_s

    def first_detection(self, drone: str) -> float | None:
        """When the drone's first track started; in a run without sensors (no track events at
        all) the drone is taken as seen when it launches."""
        if self.tracked:
            return self.first(drone, EventKind.TRACK_STARTED)
        return self.first(drone, EventKind.LAUNCHED)

    def present(self, drone: str, time_s: float) -> bool:
        """Whether the drone is up (launched, not yet down) at `time_s`.

        A bird flock ("bird:<id>") has no launch: it is there while radar tracks it, from its
        first track until its last track was dropped (or the end of the run).
        """
        if drone.startswith("bird:"):
            seen = self.first(drone, EventKind.TRACK_STARTED)
            started_last = self._last.get((drone, EventKind.TRACK_STARTED, None))
            dropped_last = self._last.get((drone, EventKind.TRACK_DROPPED, None))
            if seen is None or seen > time_s:
                return False
            if dropped_last is None or started_last is None or dropped_last < started_last:
                return True  # still tracked
            return dropped_last > time_s
        launched = self.first(drone, EventKind.LAUNCHED)
        if launched is None or launched > time_s:
            return False
        downs = [self.first(drone, k) for k in (EventKind.LANDED, EventKind.BATTERY_EMPTY)]
        return all(d is None or d > time_s for d in downs)


@dataclass(frozen=True)
class Interval:
    """Runway operations suspended by `start` until `end` (None: until the run's end)."""

    start: Action
    end: Action | None
    end_s: float

    @property
    def start_s(self) -> float:
        return self.start.sim_time_s

    @property
    def duration_s(self) -> float:
        return max(0.0, self.end_s - self.start_s)


def runway_intervals(effective: Sequence[Action], run_end_s: float) -> list[Interval]:
    """Suspend starts an interval, resume ends it (effective actions hold no repeats)."""
    intervals: list[Interval] = []
    open_since: Action | None = None
    for action in effective:
        if action.kind == ActionKind.SUSPEND_OPERATIONS and open_since is None:
            open_since = action
        elif action.kind == ActionKind.RESUME_OPERATIONS and open_since is not None:
            intervals.append(Interval(open_since, action, action.sim_time_s))
            open_since = None
    if open_since is not None:
        intervals.append(Interval(open_since, None, max(run_end_s, open_since.sim_time_s)))
    return intervals
