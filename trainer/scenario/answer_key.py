"""Answer keys (format 1): per incident the expected actions, their clocks, points and penalties."""

import difflib
from collections import Counter
from collections.abc import Collection, Iterator
from typing import Annotated, Literal, Self

from pydantic import Field, ValidationInfo, field_validator, model_validator

from trainer.i18n import message
from trainer.scenario.fields import SUBJECT_PATTERN, FrozenModel, Identifier, SimTime
from trainer.scenario.traffic_model import BIRD_PREFIX
from trainer.scoring.protocol import ActionKind, Classification, Identity, ThreatLevel
from trainer.sim.events import EventKind

# What an incident is about: a drone id, or a bird flock as "bird:<flock id>".
Subject = Annotated[
    str,
    Field(
        min_length=1,
        max_length=69,
        pattern=SUBJECT_PATTERN,
        description="a drone id, or bird:<flock id>",
    ),
]
Window = Annotated[float, Field(gt=0, le=3600, description="seconds after the clock starts")]
Points = Annotated[float, Field(gt=0, le=1000)]
Label = Annotated[str, Field(min_length=1, max_length=60)]
# A param value, or a list of values of which any one matches.
ParamValue = str | Annotated[list[str], Field(min_length=1)]

DEFAULT_SUSPENSION_PENALTY = 30.0
# Cost of a minute of suspended runway operations. EUROCONTROL (Standard Inputs for Economic
# Analyses, as quoted in the product brief) puts a minute of flight delay at over EUR 100 and a
# cancelled flight at about EUR 18,570. Training runs last minutes, so delays, not cancellations,
# are what a suspension costs here: the default is the per-minute delay figure.
DEFAULT_EUR_PER_MINUTE = 100.0

# The parameter each assessment action is judged on, and the values it may take.
JUDGED_PARAMS: dict[ActionKind, tuple[str, tuple[str, ...]]] = {
    ActionKind.CLASSIFY: ("classification", tuple(c.value for c in Classification)),
    ActionKind.IDENTIFY: ("identity", tuple(i.value for i in Identity)),
    ActionKind.SET_THREAT: ("level", tuple(t.value for t in ThreatLevel)),
}
# The runway's state is judged by the `suspension` section, not as single actions.
RUNWAY_ACTIONS = frozenset({ActionKind.SUSPEND_OPERATIONS, ActionKind.RESUME_OPERATIONS})


# -- clocks: what starts the time an action is judged against -----------------------------------


class FirstDetection(FrozenModel):
    """The incident's drone is first seen (for now: its `launched` event; later: a sensor track)."""

    kind: Literal["first_detection"]
    label: Label | None = None  # words for score reasons; default "first detection"
    label_nl: Label | None = None  # the same in Dutch, for Dutch sheets (default: `label`)


class ZoneEntry(FrozenModel):
    kind: Literal["zone_entry"]
    zone: Identifier
    label: Label | None = None  # e.g. "ATZ entry"; default "<zone> entry"
    label_nl: Label | None = None


class ZoneExit(FrozenModel):
    kind: Literal["zone_exit"]
    zone: Identifier
    label: Label | None = None
    label_nl: Label | None = None


class DroneEvent(FrozenModel):
    """The drone's first event of a kind: landed, flyaway, lost_link, runway_approached, ..."""

    kind: Literal["drone_event"]
    event: EventKind
    label: Label | None = None
    label_nl: Label | None = None

    @field_validator("event")
    @classmethod
    def _not_a_zone_event(cls, value: EventKind) -> EventKind:
        if value in (EventKind.ZONE_ENTERED, EventKind.ZONE_EXITED):
            raise ValueError(message("problem.zone_clock"))
        return value


class AtTime(FrozenModel):
    kind: Literal["time"]
    at_s: SimTime
    label: Label | None = None
    label_nl: Label | None = None


Clock = Annotated[
    FirstDetection | ZoneEntry | ZoneExit | DroneEvent | AtTime, Field(discriminator="kind")
]


def clock_zone(clock: Clock) -> str | None:
    return clock.zone if isinstance(clock, ZoneEntry | ZoneExit) else None


# -- what is expected, what is penalised -------------------------------------------------------


def _check_params(kind: ActionKind, params: dict[str, str | list[str]]) -> None:
    if not params:
        return
    if kind not in JUDGED_PARAMS:
        raise ValueError(message("problem.no_params", action=kind.value))
    name, allowed = JUDGED_PARAMS[kind]
    for key, value in params.items():
        if key != name:
            raise ValueError(
                message("problem.param_only", action=kind.value, name=repr(name), given=repr(key))
            )
        for item in [value] if isinstance(value, str) else value:
            if item not in allowed:
                raise ValueError(
                    message(
                        "problem.unknown_param",
                        name=name,
                        item=repr(item),
                        allowed=", ".join(allowed),
                    )
                )


class _ActionRule(FrozenModel):
    """An action of the key with the params it is judged on (checked against the kind)."""

    kind: ActionKind
    params: dict[str, ParamValue] = Field(default_factory=dict)

    @field_validator("params")
    @classmethod
    def _params_fit_kind(
        cls, value: dict[str, str | list[str]], info: ValidationInfo
    ) -> dict[str, str | list[str]]:
        if "kind" in info.data:
            _check_params(info.data["kind"], value)
        return value


class ExpectedAction(_ActionRule):
    clock: Clock | None = None  # default: the incident's clock
    window_s: Window
    points: Points
    # A required action left undone is a missed threat response: the run fails whatever its total.
    required: bool = False

    @field_validator("kind")
    @classmethod
    def _runway_in_suspension(cls, value: ActionKind) -> ActionKind:
        if value in RUNWAY_ACTIONS:
            raise ValueError(message("problem.runway_in_suspension", action=value.value))
        return value


class PenalisedAction(_ActionRule):
    """An action that costs points each time it is taken for this incident's drone."""

    points: Points
    reason: Annotated[str, Field(min_length=1, max_length=120)] | None = None
    reason_nl: Annotated[str, Field(min_length=1, max_length=120)] | None = None  # in Dutch

    @field_validator("kind")
    @classmethod
    def _runway_in_suspension(cls, value: ActionKind) -> ActionKind:
        if value in RUNWAY_ACTIONS:
            raise ValueError(message("problem.needless_suspension"))
        return value


class OrderRule(FrozenModel):
    """`first` must come before `then` (both about this incident) or `points` are lost."""

    first: ActionKind
    then: ActionKind
    points: Points

    @model_validator(mode="after")
    def _two_kinds(self) -> Self:
        if self.first == self.then:
            raise ValueError(message("problem.order_same"))
        return self


class Resume(FrozenModel):
    """When operations should resume: `window_s` after the `after` clock (landed, left a zone)."""

    after: Clock
    window_s: Window
    points: Points
    required: bool = False


class Suspension(FrozenModel):
    """Whether this incident warrants suspending runway operations, from when, until when."""

    warranted: bool
    warranted_from: Clock | None = None  # the threat that warrants it starts (e.g. approach entry)
    window_s: Window | None = None
    points: Points | None = None
    required: bool = False
    resume: Resume | None = None
    # Lost for each suspension (or its premature part) the scenario's drones do not warrant.
    penalty: Points = DEFAULT_SUSPENSION_PENALTY

    @model_validator(mode="after")
    def _fields_fit_warranted(self) -> Self:
        given = [
            name
            for name in ("warranted_from", "window_s", "points", "resume")
            if getattr(self, name) is not None
        ]
        if self.warranted:
            missing = [n for n in ("warranted_from", "window_s", "points") if n not in given]
            if missing:
                raise ValueError(message("problem.suspension_needs", fields=", ".join(missing)))
        elif given or self.required:
            extra = ", ".join(given + (["required"] if self.required else []))
            raise ValueError(message("problem.suspension_only_penalty", fields=extra))
        return self


class Incident(FrozenModel):
    id: Identifier
    drone: Subject  # truth id; trainees act on its track (see scoring.tracks)
    clock: Clock = FirstDetection(kind="first_detection")
    expected: list[ExpectedAction] = Field(min_length=1)
    penalised: list[PenalisedAction] = Field(default_factory=list)
    order: list[OrderRule] = Field(default_factory=list)
    suspension: Suspension = Suspension(warranted=False)


class FalseTrackExpected(_ActionRule):
    """A judgement expected of every false track that lasts `min_track_s`, timed from the
    track's start (e.g. classify as false_track)."""

    window_s: Window
    points: Points

    @field_validator("kind")
    @classmethod
    def _a_judgement(cls, value: ActionKind) -> ActionKind:
        if value not in JUDGED_PARAMS and value is not ActionKind.ACKNOWLEDGE:
            raise ValueError(message("problem.false_track_judgement"))
        return value


class FalseTracks(FrozenModel):
    """How a run scores the tracks that follow no drone (radar clutter): the number of them
    depends on the seed, so expected judgements apply to each one that lasted long enough to
    be judged, and over-reactions cost points each time."""

    expected: list[FalseTrackExpected] = Field(default_factory=list)
    penalised: list[PenalisedAction] = Field(default_factory=list)
    # A clutter blip shorter than this is not expected to be judged (it is still penalised).
    min_track_s: Annotated[float, Field(ge=0, le=3600)] = 20.0


class DisruptionCost(FrozenModel):
    eur_per_minute: Annotated[float, Field(ge=0, le=100_000)] = DEFAULT_EUR_PER_MINUTE


class AnswerKey(FrozenModel):
    """Hidden from the trainee: how a run of the scenario is scored."""

    pass_percent: Annotated[float, Field(ge=0, le=100)] = 70
    disruption: DisruptionCost = DisruptionCost()
    incidents: list[Incident] = Field(min_length=1)
    false_tracks: FalseTracks | None = None


# -- references a schema cannot check ----------------------------------------------------------

Loc = tuple[str | int, ...]


def _clocks(incident: Incident) -> Iterator[tuple[Loc, Clock]]:
    yield ("clock",), incident.clock
    for index, expected in enumerate(incident.expected):
        if expected.clock is not None:
            yield ("expected", index, "clock"), expected.clock
    suspension = incident.suspension
    if suspension.warranted_from is not None:
        yield ("suspension", "warranted_from"), suspension.warranted_from
    if suspension.resume is not None:
        yield ("suspension", "resume", "after"), suspension.resume.after


def reference_problems(
    key: AnswerKey,
    drone_ids: list[str],
    zone_ids: set[str],
    duration_s: float,
    flock_ids: list[str] | None = None,
) -> list[tuple[Loc, str]]:
    """(field path under `answer_key`, message) for each unknown drone, flock or zone,
    duplicate, or time after the end."""
    flocks = flock_ids or []  # incidents name a flock "bird:<flock id>"
    problems: list[tuple[Loc, str]] = []
    counts = Counter(i.id for i in key.incidents)
    owners: dict[str, str] = {}
    for index, incident in enumerate(key.incidents):
        base: Loc = ("incidents", index)
        if counts[incident.id] > 1 and incident.id in {i.id for i in key.incidents[:index]}:
            twice = message("problem.duplicate_incident", id=repr(incident.id))
            problems.append(((*base, "id"), twice))
        flock = incident.drone.removeprefix(BIRD_PREFIX)
        if flock != incident.drone and flock not in flocks:
            known = ", ".join(flocks) or message("problem.none")
            unknown = message("problem.unknown_flock", flock=repr(flock), flocks=known)
            problems.append(((*base, "drone"), unknown))
        elif flock == incident.drone and incident.drone not in drone_ids:
            known = ", ".join(drone_ids)
            unknown = message("problem.unknown_drone", drone=repr(incident.drone), drones=known)
            problems.append(((*base, "drone"), unknown))
        elif incident.drone in owners:
            # Actions are attributed to incidents by the drone's track, so one drone, one incident.
            taken = message(
                "problem.drone_has_incident",
                drone=repr(incident.drone),
                incident=repr(owners[incident.drone]),
            )
            problems.append(((*base, "drone"), taken))
        else:
            owners[incident.drone] = incident.id
        for loc, clock in _clocks(incident):
            zone = clock_zone(clock)
            if zone is not None and zone not in zone_ids:
                problems.append(((*base, *loc, "zone"), unknown_zone(zone, zone_ids)))
            if isinstance(clock, AtTime) and clock.at_s >= duration_s:
                late = message(
                    "problem.clock_after_end", at=f"{clock.at_s:g}", end=f"{duration_s:g}"
                )
                problems.append(((*base, *loc, "at_s"), late))
    return problems


ZONES_LISTED = 30  # the asset set has 9; an import of a country's file may bring hundreds


def unknown_zone(zone_id: str, known: Collection[str]) -> str:
    """A zone id the scenario does not have: the nearest spelling, or else the ids it has (an
    author cannot guess the asset set's ids)."""
    unknown = message("problem.unknown_zone", zone=repr(zone_id))
    ids = sorted(known)
    close = difflib.get_close_matches(zone_id, ids, n=1)
    if close:
        return message("problem.did_you_mean", problem=unknown, close=repr(close[0]))
    if not ids:
        return unknown
    shown = ", ".join(ids[:ZONES_LISTED]) + (", ..." if len(ids) > ZONES_LISTED else "")
    return message("problem.zones_known", problem=unknown, count=len(ids), zones=shown)
