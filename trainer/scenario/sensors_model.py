"""Scenario format: the optional `sensors:` section (radar, RF, Remote ID, sightings, tracker)."""

from collections import Counter
from enum import StrEnum
from typing import Annotated, Self

from pydantic import Field, model_validator

from trainer.i18n import message
from trainer.scenario.fields import FrozenModel, Identifier, SimTime
from trainer.scenario.problem_text import shown_number

# The same rules as in model.py; repeated here because model.py imports this module.
Probability = Annotated[float, Field(ge=0, le=1)]
Range = Annotated[float, Field(gt=0, le=100_000, description="metres")]
Interval = Annotated[float, Field(ge=0.1, le=60, description="seconds")]
Sigma = Annotated[float, Field(ge=0, le=5_000, description="metres, one standard deviation")]


class SizeClass(StrEnum):
    """How big a target looks to radar; from the EU class (C0 tiny .. C3 and up large)."""

    TINY = "tiny"
    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"


class SensorSite(FrozenModel):
    """Where a sensor stands (WGS84); sensors are taken to be at ground level."""

    lat: Annotated[float, Field(ge=-90, le=90, description="degrees north, WGS84")]
    lon: Annotated[float, Field(ge=-180, le=180, description="degrees east, WGS84")]


class Outage(FrozenModel):
    """The sensor reports nothing from `from_s` until `to_s`."""

    from_s: SimTime
    to_s: SimTime

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.to_s <= self.from_s:
            to, since = shown_number(self.to_s), shown_number(self.from_s)
            raise ValueError(message("problem.to_after_from", to=to, since=since))
        return self


class SizeRangeFactors(FrozenModel):
    """Radar range scale per size class, about (RCS / RCS_medium) ** 0.25 by the radar equation."""

    tiny: Annotated[float, Field(gt=0, le=10)] = 0.5  # about 0.006 m2 (under 250 g)
    small: Annotated[float, Field(gt=0, le=10)] = 0.7  # about 0.024 m2
    medium: Annotated[float, Field(gt=0, le=10)] = 1.0  # about 0.1 m2
    large: Annotated[float, Field(gt=0, le=10)] = 1.4  # about 0.4 m2

    def of(self, size: SizeClass) -> float:
        return float(getattr(self, size.value))


class Radar(FrozenModel):
    """A drone-detection radar: Pd_ref out to the reference range, falling to 0 at max range."""

    id: Identifier = "radar"
    position: SensorSite | None = Field(default=None, description="default: aerodrome reference")
    max_range_m: Range = 8_000
    update_interval_s: Interval = 1.0
    detection_probability: Probability = 0.9
    reference_range_m: Range = 4_000
    reference_size: SizeClass = SizeClass.MEDIUM
    size_range_factor: SizeRangeFactors = SizeRangeFactors()
    sigma_horizontal_m: Sigma = 15.0  # per axis (x and y each)
    sigma_vertical_m: Sigma = 10.0
    measures_height: bool = True  # a 3D radar; a 2D one reports no height
    clutter_per_km2_per_h: Annotated[float, Field(ge=0, le=1_000)] = 0.05
    clutter_lifetime_s: Annotated[float, Field(gt=0, le=3_600)] = 20.0  # mean, exponential
    clutter_max_speed_mps: Annotated[float, Field(ge=0, le=60)] = 15.0  # birds
    clutter_size: SizeClass = SizeClass.SMALL
    outages: list[Outage] = Field(default_factory=list)

    @model_validator(mode="after")
    def _reference_inside(self) -> Self:
        if self.reference_range_m >= self.max_range_m:
            raise ValueError(message("problem.reference_range"))
        return self


class RfDetector(FrozenModel):
    """Detects active control links within range; gives a bearing (and optionally an area)."""

    id: Identifier = "rf"
    position: SensorSite | None = Field(default=None, description="default: aerodrome reference")
    range_m: Range = 3_000
    update_interval_s: Interval = 1.0
    detection_probability: Probability = 0.95
    bearing_sigma_deg: Annotated[float, Field(ge=0, le=90)] = 3.0
    reports_area: bool = False  # also estimate the range from signal strength
    range_sigma_fraction: Annotated[float, Field(ge=0, le=2)] = 0.3  # of the range, log-normal
    outages: list[Outage] = Field(default_factory=list)


class RemoteIdReceiver(FrozenModel):
    """Hears direct Remote ID broadcasts (serial, operator, position, height, speed)."""

    id: Identifier = "remote-id"
    position: SensorSite | None = Field(default=None, description="default: aerodrome reference")
    range_m: Range = 2_000
    broadcast_interval_s: Interval = 1.0
    reception_probability: Probability = 0.95
    sigma_horizontal_m: Sigma = 3.0  # GNSS position error, per axis
    sigma_vertical_m: Sigma = 5.0
    outages: list[Outage] = Field(default_factory=list)


class Sighting(FrozenModel):
    """A scripted report of a drone seen by a person; no report if it is not flying then."""

    at_s: SimTime
    drone: Identifier
    position_error_m: Sigma = 100.0  # the report is this far off, in a random direction
    reporter: str = Field(default="airport staff", min_length=1, max_length=80)


class TrackerSettings(FrozenModel):
    """How detections become tracks; see docs/sensors.md."""

    confirm_hits: Annotated[int, Field(ge=1, le=20)] = 3  # M of N: hits needed ...
    confirm_window_s: Annotated[float, Field(gt=0, le=120)] = 5.0  # ... within this time
    coast_after_s: Annotated[float, Field(gt=0, le=600)] = 2.5  # no update this long: coasting
    drop_after_s: Annotated[float, Field(gt=0, le=3_600)] = 15.0  # ... this long: dropped
    gate_sigma: Annotated[float, Field(gt=0, le=20)] = 4.0  # gate, in standard deviations
    min_gate_m: Annotated[float, Field(ge=0, le=5_000)] = 30.0
    accel_sigma_mps2: Annotated[float, Field(gt=0, le=50)] = 6.0  # manoeuvre noise
    max_speed_mps: Annotated[float, Field(gt=0, le=200)] = 40.0  # prior on a new track's speed
    sighting_hold_s: Annotated[float, Field(gt=0, le=3_600)] = 60.0  # a sighting counts this long

    @model_validator(mode="after")
    def _coast_before_drop(self) -> Self:
        if self.drop_after_s <= self.coast_after_s:
            raise ValueError(message("problem.drop_after_coast"))
        return self


class SensorSetup(FrozenModel):
    """The sensors of a scenario. Default: one radar and one Remote ID receiver at the ARP."""

    radars: list[Radar] = Field(default_factory=lambda: [Radar()])
    rf_detectors: list[RfDetector] = Field(default_factory=list)
    remote_id: list[RemoteIdReceiver] = Field(default_factory=lambda: [RemoteIdReceiver()])
    sightings: list[Sighting] = Field(default_factory=list)
    tracker: TrackerSettings = TrackerSettings()

    @model_validator(mode="after")
    def _unique_ids(self) -> Self:
        counts = Counter(self.sensor_ids())
        twice = sorted(i for i, n in counts.items() if n > 1)
        if twice:
            raise ValueError(message("problem.sensor_ids_unique", ids=", ".join(twice)))
        return self

    def sensor_ids(self) -> list[str]:
        """Ids of radars, RF detectors and Remote ID receivers, in that order."""
        radars, rf = [r.id for r in self.radars], [r.id for r in self.rf_detectors]
        return [*radars, *rf, *(r.id for r in self.remote_id)]
