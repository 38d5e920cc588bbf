"""Typed events of a run; the event log is what scoring, alerts and replay all read."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class EventKind(StrEnum):
    LAUNCHED = "launched"
    ZONE_ENTERED = "zone_entered"
    ZONE_EXITED = "zone_exited"
    RUNWAY_APPROACHED = "runway_approached"  # came within one of the runway alert distances
    PROXIMITY = "proximity"  # two drones closer than the proximity limits
    LOST_LINK = "lost_link"
    FLYAWAY = "flyaway"
    BATTERY_LOW = "battery_low"
    BATTERY_EMPTY = "battery_empty"
    RETURNING_HOME = "returning_home"
    ROUTE_COMPLETED = "route_completed"
    LANDING = "landing"
    LANDED = "landed"
    INJECTED = "injected"  # an instructor's inject; detail holds it as JSON for replays
    # The tracker: `other` is the track id (T001, ...), `drone` the track's dominant truth drone
    # ("" for a false track: clutter or birds), `detail` the sensors; position is the track's.
    TRACK_STARTED = "track_started"
    TRACK_DROPPED = "track_dropped"
    # Manned traffic: `other` is the flight id. A drone in a flight's protected volume (`drone`
    # the drone, position the drone's); a flight that landed or left (`drone` "", its position).
    DRONE_NEAR_MANNED = "drone_near_manned"
    MANNED_LANDED = "manned_landed"
    MANNED_DEPARTED = "manned_departed"
    # A track's first Remote ID message (`other` the track, `drone` its truth, `detail` the
    # serial and operator id): from then on the trainee can read the broadcast identity.
    REMOTE_ID_RECEIVED = "remote_id_received"
    # Not from the engine: the window switched between the trainee's and the instructor's view
    # (`detail` the view now shown). Kept in the run's log so the record shows who saw what.
    VIEW_CHANGED = "view_changed"
    # Not from the engine: a classroom trainee's run began after the exercise had (`detail`
    # the trainee): the scorer does not hold them to what was over, or due, before then.
    TRAINEE_JOINED = "trainee_joined"


# Events the window or the class console adds to a run's log; a replay of the engine does not
# make them.
APP_EVENTS = frozenset({EventKind.VIEW_CHANGED, EventKind.TRAINEE_JOINED})


@dataclass(frozen=True)
class Event:
    """Something that happened at a tick. Positions are RD New metres, height metres AGL."""

    tick: int
    time_s: float
    kind: EventKind
    drone: str
    zone: str | None = None
    other: str | None = None  # proximity: the second drone; track events: the track; manned: flight
    detail: str = ""
    x_m: float = 0.0
    y_m: float = 0.0
    alt_agl_m: float = 0.0

    def to_json_dict(self) -> dict[str, object]:
        """Plain values with fixed rounding, so equal runs print equal bytes."""
        return {
            "tick": self.tick,
            "time_s": round(self.time_s, 3),
            "kind": self.kind.value,
            "drone": self.drone,
            "zone": self.zone,
            "other": self.other,
            "detail": self.detail,
            "x_m": round(self.x_m, 1),
            "y_m": round(self.y_m, 1),
            "alt_agl_m": round(self.alt_agl_m, 1),
        }
