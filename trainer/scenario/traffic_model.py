"""Scenario format: the optional `manned:` (circuits, straight-ins, departures) and `birds:`."""

from collections import Counter
from typing import Annotated, Literal, Protocol, Self, TypeVar

from pydantic import AfterValidator, BeforeValidator, Field, model_validator

# The same id and time rules as model.py (which imports this module, so it cannot be imported).
from trainer.i18n import message
from trainer.scenario.fields import (
    AIRCRAFT_TYPE_PATTERN,
    CALLSIGN_PATTERN,
    FrozenModel,
    Identifier,
    SimTime,
)
from trainer.scenario.problem_text import shown_number

BIRD_PREFIX = "bird:"  # answer keys and track events name a flock "bird:<flock id>"


def bird_subject(flock_id: str) -> str:
    """How the event log and answer keys name a flock: 'bird:flock-1'."""
    return BIRD_PREFIX + flock_id


# -- manned traffic ------------------------------------------------------------------------------


def _runway_digits(value: object) -> object:
    """`runway: 23` or `runway: 05` unquoted is read as a number (05 as 5.0): a runway
    designator is two digits, so such a number is taken as the designator written."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return value
    if float(value).is_integer() and 0 <= value < 100:
        return f"{int(value):02d}"
    return value


RunwayDesignator = Annotated[Literal["05", "23"], BeforeValidator(_runway_digits)]


class MannedBase(FrozenModel):
    """What every manned flight has. Flights are scripted: they do not react to the trainee."""

    id: Identifier
    callsign: str = Field(
        pattern=CALLSIGN_PATTERN, description="as heard on the radio, e.g. PH-ABC"
    )
    type: str = Field(
        default="C172",
        pattern=AIRCRAFT_TYPE_PATTERN,
        description="ICAO aircraft type designator; C172, PA28, DA40, DR40 have own figures",
    )
    runway: RunwayDesignator
    start_s: SimTime = 0
    speed_kt: Annotated[float, Field(ge=40, le=250)] | None = Field(
        default=None,
        description="circuit speed (circuit), final approach speed (straight_in) or climb "
        "speed (departure); default: the type's",
    )


class CircuitFlight(MannedBase):
    """Take-off, then `laps` VFR circuits at 1,000 ft AAL (touch-and-go between), full stop."""

    kind: Literal["circuit"]
    direction: Literal["left", "right"] = "left"
    laps: Annotated[int, Field(ge=1, le=20)] = 1


class StraightInFlight(MannedBase):
    """A straight-in approach on the 3 degree path from `distance_nm` out, to a full stop."""

    kind: Literal["straight_in"]
    distance_nm: Annotated[float, Field(ge=1, le=15)] = 5.0


class DepartureFlight(MannedBase):
    """Take-off and climb-out on the runway heading to 1,500 ft AAL, then it leaves."""

    kind: Literal["departure"]


MannedFlight = Annotated[
    CircuitFlight | StraightInFlight | DepartureFlight, Field(discriminator="kind")
]


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


Item = TypeVar("Item", bound=_HasId)


# -- birds ---------------------------------------------------------------------------------------


class FlockStart(FrozenModel):
    lat: Annotated[float, Field(ge=-90, le=90, description="degrees north, WGS84")]
    lon: Annotated[float, Field(ge=-180, le=180, description="degrees east, WGS84")]
    alt_agl_m: Annotated[float, Field(ge=20, le=300, description="metres above ground")]


class BirdFlock(FrozenModel):
    """A flock that wanders along a mean course; radar sees it, the trainee must classify it."""

    id: Identifier
    label: str | None = Field(default=None, max_length=80, description="e.g. lapwings")
    count: Annotated[int, Field(ge=1, le=500)] = 20
    start_s: SimTime = 0
    end_s: SimTime | None = Field(default=None, description="it settles or leaves; default: never")
    start: FlockStart
    course_deg: Annotated[float, Field(ge=0, lt=360, description="mean direction of travel")]
    speed_mps: Annotated[float, Field(ge=10, le=20)] = 14.0
    wander_deg: Annotated[
        float, Field(ge=0, le=90, description="spread of the heading about the course")
    ] = 20.0
    spread_m: Annotated[float, Field(ge=5, le=300, description="radius of the flock")] = 30.0
    rcs_per_bird_m2: Annotated[float, Field(gt=0, le=1, description="radar cross-section")] = 0.01

    @model_validator(mode="after")
    def _ends_after_start(self) -> Self:
        if self.end_s is not None and self.end_s <= self.start_s:
            end, start = shown_number(self.end_s), shown_number(self.start_s)
            raise ValueError(message("problem.end_after_start", end=end, start=start))
        return self


def _unique_ids(items: list[Item]) -> list[Item]:
    twice = sorted(i for i, n in Counter(item.id for item in items).items() if n > 1)
    if twice:
        raise ValueError(message("problem.ids_unique", ids=", ".join(twice)))
    return items


MannedFlights = Annotated[list[MannedFlight], AfterValidator(_unique_ids)]
BirdFlocks = Annotated[list[BirdFlock], AfterValidator(_unique_ids)]
