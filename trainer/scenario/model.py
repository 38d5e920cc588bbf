"""Scenario format version 1 as frozen pydantic models; units are in the field names (SI)."""

from enum import StrEnum
from typing import Annotated, Literal, Self

from pydantic import Field, field_validator, model_validator

from trainer.geo.imports import DEFAULT_RADIUS_KM, AirspaceFormat
from trainer.geo.zones import DailySchedule, VerticalLimit, ZoneKind
from trainer.i18n import message, spoken
from trainer.local_time import START_TIME_LOCAL
from trainer.scenario.answer_key import AnswerKey
from trainer.scenario.drone_types import DroneType as DroneType
from trainer.scenario.fields import (
    ID_PREFIX_PATTERN,
    FileName,
    FrozenModel,
    HeightAgl,
    Identifier,
    Latitude,
    Longitude,
    SimTime,
    Speed,
)

# Recorded flights likewise.
from trainer.scenario.log_model import LogBehaviour as LogBehaviour
from trainer.scenario.log_model import LogShift as LogShift
from trainer.scenario.log_model import LogShiftTarget as LogShiftTarget
from trainer.scenario.problem_text import shown_number

# Sensor sections live in their own module; named here so the loader's "did you mean" sees them.
from trainer.scenario.sensors_model import Outage as Outage
from trainer.scenario.sensors_model import Radar as Radar
from trainer.scenario.sensors_model import RemoteIdReceiver as RemoteIdReceiver
from trainer.scenario.sensors_model import RfDetector as RfDetector
from trainer.scenario.sensors_model import SensorSetup
from trainer.scenario.sensors_model import SensorSite as SensorSite
from trainer.scenario.sensors_model import Sighting as Sighting
from trainer.scenario.sensors_model import SizeRangeFactors as SizeRangeFactors
from trainer.scenario.sensors_model import TrackerSettings as TrackerSettings

# Manned traffic and birds likewise.
from trainer.scenario.traffic_model import BirdFlock as BirdFlock
from trainer.scenario.traffic_model import BirdFlocks, MannedFlights
from trainer.scenario.traffic_model import CircuitFlight as CircuitFlight
from trainer.scenario.traffic_model import DepartureFlight as DepartureFlight
from trainer.scenario.traffic_model import FlockStart as FlockStart
from trainer.scenario.traffic_model import MannedFlight as MannedFlight
from trainer.scenario.traffic_model import StraightInFlight as StraightInFlight

FORMAT_VERSION = 1


class EuClass(StrEnum):
    """EU UAS class marks (Regulation (EU) 2019/945); 'none' for privately built or legacy ones."""

    C0 = "C0"
    C1 = "C1"
    C2 = "C2"
    C3 = "C3"
    C4 = "C4"
    C5 = "C5"
    C6 = "C6"
    NONE = "none"


class OffenderKind(StrEnum):
    """EASA's grouping of drone offenders by intent; 'none' when nobody breaks a rule."""

    NONE = "none"
    CLUELESS = "clueless"
    RECKLESS = "reckless"
    CRIMINAL = "criminal"


class Position(FrozenModel):
    lat: Latitude
    lon: Longitude


class Waypoint(FrozenModel):
    lat: Latitude
    lon: Longitude
    alt_agl_m: HeightAgl
    speed_mps: Speed | None = Field(
        default=None, description="ground speed on the leg towards this point; default: cruise"
    )


class Performance(FrozenModel):
    """Limits of the airframe; defaults depend on the drone type (see DEFAULT_PERFORMANCE)."""

    max_speed_mps: Speed | None = None
    cruise_speed_mps: Speed | None = None
    max_climb_mps: Annotated[float, Field(gt=0, le=30)] | None = None
    max_turn_rate_dps: Annotated[float, Field(gt=0, le=720)] | None = None
    endurance_s: Annotated[float, Field(gt=0, le=86_400)] | None = None


class RouteBehaviour(FrozenModel):
    kind: Literal["route"]
    waypoints: list[Waypoint] = Field(min_length=1)
    loop: bool = False


class HoverBehaviour(FrozenModel):
    kind: Literal["hover"]


class LoiterBehaviour(FrozenModel):
    """Wander between random points within a radius of a centre (seeded)."""

    kind: Literal["loiter"]
    centre: Position | None = None  # default: the start position
    radius_m: Annotated[float, Field(gt=0, le=10_000)]


class OrbitBehaviour(FrozenModel):
    kind: Literal["orbit"]
    centre: Position
    radius_m: Annotated[float, Field(gt=5, le=10_000)]
    clockwise: bool = True


class ReturnHomeBehaviour(FrozenModel):
    kind: Literal["return-home"]


class FlyawayBehaviour(FrozenModel):
    """No control from the pilot: the drone drifts with the wind, heading wandering, until empty."""

    kind: Literal["flyaway"]


Behaviour = Annotated[
    RouteBehaviour
    | HoverBehaviour
    | LoiterBehaviour
    | OrbitBehaviour
    | ReturnHomeBehaviour
    | FlyawayBehaviour
    | LogBehaviour,
    Field(discriminator="kind"),
]


class RemoteId(FrozenModel):
    broadcast: bool
    serial: str | None = Field(default=None, max_length=64)
    operator_id: str | None = Field(default=None, max_length=64)

    @model_validator(mode="after")
    def _broadcast_needs_serial(self) -> Self:
        if self.broadcast and not self.serial:
            raise ValueError(message("problem.remote_id_serial"))
        return self


class Authorisation(FrozenModel):
    """A flight authorisation: where and when the drone may fly."""

    reference: str = Field(min_length=1, max_length=64)
    zones: list[Identifier] = Field(min_length=1, description="zones the flight may use")
    valid_from_s: SimTime = 0
    valid_to_s: SimTime

    @model_validator(mode="after")
    def _window_is_ordered(self) -> Self:
        if self.valid_to_s <= self.valid_from_s:
            to, since = shown_number(self.valid_to_s), shown_number(self.valid_from_s)
            raise ValueError(message("problem.valid_to_after_from", to=to, since=since))
        return self


class Drone(FrozenModel):
    id: Identifier
    type: DroneType
    eu_class: EuClass
    label: str | None = Field(default=None, max_length=80)
    start_s: SimTime = 0
    start: Waypoint | None = Field(
        default=None,
        description="where and how high it starts; required, except for a drone flying a "
        "log (behaviour kind 'log'), which starts where its recording does",
    )
    home: Position | None = None  # default: the start position
    performance: Performance = Performance()
    behaviour: Behaviour
    remote_id: RemoteId = RemoteId(broadcast=False)
    authorisation: Authorisation | None = None
    control_link: bool = Field(default=True, description="whether a control link (RF) is active")

    @model_validator(mode="after")
    def _start_unless_log(self) -> Self:
        flies_log = isinstance(self.behaviour, LogBehaviour)
        if self.start is None and not flies_log:
            raise ValueError(message("problem.start_required", kind=self.behaviour.kind))
        if self.start is not None and flies_log:
            raise ValueError(message("problem.start_with_log"))
        return self


class ScriptedAction(StrEnum):
    LOST_LINK = "lost_link"
    FLYAWAY = "flyaway"
    BATTERY_LOW = "battery_low"
    LAND = "land"


class ScriptedEvent(FrozenModel):
    """Something that happens to a drone at a time, or when it first enters a zone."""

    drone: Identifier
    action: ScriptedAction
    at_s: SimTime | None = None
    on_zone_entry: Identifier | None = None

    @model_validator(mode="after")
    def _one_trigger(self) -> Self:
        if (self.at_s is None) == (self.on_zone_entry is None):
            raise ValueError(message("problem.one_trigger"))
        return self


class Circle(FrozenModel):
    centre: Position
    radius_m: Annotated[float, Field(gt=0, le=50_000)]


class InlineZone(FrozenModel):
    id: Identifier
    name: str = Field(min_length=1, max_length=120)
    name_nl: str | None = Field(
        default=None, min_length=1, max_length=120, description="the name in Dutch"
    )
    kind: ZoneKind
    lower: str = Field(description="GND, UNL, FL<n>, or '<number> m|ft AGL|AMSL'")
    upper: str = Field(description="GND, UNL, FL<n>, or '<number> m|ft AGL|AMSL'")
    polygon: list[Position] | None = Field(default=None, min_length=3)
    circle: Circle | None = None
    schedule: str | None = Field(default=None, description="'HH:MM-HH:MM' local time, daily")
    source: str = "scenario author (training construct)"

    @field_validator("lower", "upper")
    @classmethod
    def _limit_is_readable(cls, value: str) -> str:
        VerticalLimit.parse(value)
        return value

    @field_validator("schedule")
    @classmethod
    def _schedule_is_readable(cls, value: str | None) -> str | None:
        if value is not None:
            DailySchedule.parse(value)
        return value

    @model_validator(mode="after")
    def _one_shape(self) -> Self:
        if (self.polygon is None) == (self.circle is None):
            raise ValueError(message("problem.one_shape"))
        if (
            VerticalLimit.parse(self.lower).height_agl_m
            >= VerticalLimit.parse(self.upper).height_agl_m
        ):
            raise ValueError(
                message("problem.limits_order", lower=repr(self.lower), upper=repr(self.upper))
            )
        return self


class AirspaceImport(FrozenModel):
    """Zones read from an airspace file in one of the field's formats (published airspace)."""

    file: FileName = Field(
        description="path of the airspace file; a relative path starts at the scenario file",
    )
    format: AirspaceFormat = Field(
        description="openair, ed269, ed318, or geojson (the trainer's own zone files)"
    )
    within_km: Annotated[float, Field(gt=0, le=50)] = Field(
        default=DEFAULT_RADIUS_KM,
        description="keep only zones that reach within this distance of the aerodrome (km)",
    )
    kinds: list[ZoneKind] | None = Field(
        default=None, min_length=1, description="keep only zones of these kinds; default: all"
    )
    id_prefix: str = Field(
        default="",
        max_length=16,
        pattern=ID_PREFIX_PATTERN,
        description="put before each zone id of this file, so ids from two files cannot clash",
    )


class AirspaceRefs(FrozenModel):
    assets: list[Identifier] = Field(
        default_factory=lambda: ["twente"], min_length=1, description="asset sets (at least one)"
    )
    exclude_zones: list[Identifier] = Field(
        default_factory=list, description="zones of the asset sets to leave out"
    )
    zones: list[InlineZone] = Field(
        default_factory=list, description="zones drawn for this scenario (training constructs)"
    )
    imports: list[AirspaceImport] = Field(
        default_factory=list,
        max_length=20,
        description="zones read from airspace files (OpenAir, ED-269, ED-318, GeoJSON)",
    )


class Wind(FrozenModel):
    from_deg: Annotated[float, Field(ge=0, lt=360, description="direction the wind blows from")]
    speed_mps: Annotated[float, Field(ge=0, le=40)]
    gust_mps: Annotated[float, Field(ge=0, le=40)] = 0


class Scenario(FrozenModel):
    format: Literal[1] = Field(description="scenario format version")
    id: Identifier
    title: str = Field(min_length=1, max_length=120)
    title_nl: str | None = Field(
        default=None, min_length=1, max_length=120, description="the title in Dutch"
    )
    summary: str = Field(min_length=1, max_length=2000)
    summary_nl: str | None = Field(
        default=None, min_length=1, max_length=2000, description="the summary in Dutch"
    )
    difficulty: Annotated[int, Field(ge=1, le=5, description="1 introductory .. 5 expert")]
    offender: OffenderKind
    tags: list[str] = Field(default_factory=list)
    duration_s: Annotated[float, Field(gt=0, le=14_400)]
    seed: Annotated[int, Field(ge=0, lt=2**63)]
    start_time_local: str = Field(
        default="10:00", pattern=START_TIME_LOCAL, description="HH:MM local time"
    )
    airspace: AirspaceRefs = AirspaceRefs()
    wind: Wind = Wind(from_deg=240, speed_mps=0)
    drones: list[Drone] = Field(min_length=1)
    events: list[ScriptedEvent] = Field(default_factory=list)
    sensors: SensorSetup = Field(
        default_factory=SensorSetup, description="default: a radar and a Remote ID receiver"
    )
    manned: MannedFlights = Field(default_factory=list, description="VFR traffic at the aerodrome")
    birds: BirdFlocks = Field(default_factory=list, description="bird flocks the radar sees")
    answer_key: AnswerKey | None = Field(
        default=None, description="how runs are scored; hidden from the trainee"
    )

    def shown_title(self) -> str:
        """The title in the language the program speaks (Dutch when the file gives one)."""
        return spoken(self.title, self.title_nl)

    def shown_summary(self) -> str:
        return spoken(self.summary, self.summary_nl).strip()

    @property
    def start_minute_of_day(self) -> int:
        hours, minutes = self.start_time_local.split(":")
        return int(hours) * 60 + int(minutes)
