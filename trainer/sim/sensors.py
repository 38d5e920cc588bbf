"""Sensors of a run: the setup resolved to RD metres, the sensor suite, and sensing + tracking."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from trainer.geo.crs import Projector
from trainer.scenario.model import DroneType, EuClass, Scenario
from trainer.scenario.sensors_model import SensorSetup, SensorSite, SizeClass
from trainer.sim.birds import BirdTargets, truth_name
from trainer.sim.detections import (
    Detections,
    ObjectArray,
    SensorKind,
    Targets,
    make_detections,
)
from trainer.sim.events import Event, EventKind
from trainer.sim.radar import RadarSensor
from trainer.sim.remote_id import RemoteIdSensor
from trainer.sim.rf import RfSensor
from trainer.sim.track_picture import TrackPicture
from trainer.sim.tracker import TrackChange, Tracker

SENSOR_STREAM = 1  # sensors draw from default_rng([seed, SENSOR_STREAM, n]); the engine: seed
SIGHTING_MIN_SIGMA_M = 10.0  # even a "perfect" sighting is not a survey

_SIZE_OF_CLASS = {
    EuClass.C0: SizeClass.TINY,  # under 250 g
    EuClass.C1: SizeClass.SMALL,  # under 900 g
    EuClass.C2: SizeClass.MEDIUM,  # under 4 kg
    EuClass.C3: SizeClass.LARGE,  # under 25 kg, and the classes of specific-category craft
    EuClass.C4: SizeClass.LARGE,
    EuClass.C5: SizeClass.LARGE,
    EuClass.C6: SizeClass.LARGE,
}


def size_class(drone_type: DroneType, eu_class: EuClass) -> SizeClass:
    """How large a drone looks to radar: by EU class; without one, by type."""
    if eu_class in _SIZE_OF_CLASS:
        return _SIZE_OF_CLASS[eu_class]
    return SizeClass.MEDIUM if drone_type is DroneType.MULTIROTOR else SizeClass.LARGE


@dataclass(frozen=True)
class ResolvedSighting:
    at_s: float
    drone: int  # index in the world's drones
    position_error_m: float
    reporter: str


@dataclass(frozen=True)
class SensorWorld:
    """The scenario's sensors as the engine needs them; per-drone tuples follow World.drones."""

    setup: SensorSetup
    radar_sites: tuple[tuple[float, float], ...]  # RD metres, one per setup.radars
    rf_sites: tuple[tuple[float, float], ...]
    rid_sites: tuple[tuple[float, float], ...]
    sizes: tuple[SizeClass, ...]
    serials: tuple[str | None, ...]  # Remote ID serial of drones that broadcast, else None
    operators: tuple[str | None, ...]
    sightings: tuple[ResolvedSighting, ...] = ()

    @classmethod
    def uniform(
        cls,
        setup: SensorSetup,
        site: tuple[float, float],
        drones: int,
        size: SizeClass = SizeClass.MEDIUM,
        serials: tuple[str | None, ...] | None = None,
    ) -> SensorWorld:
        """All sensors at one site and all drones alike (benchmarks and tests)."""
        serials = serials if serials is not None else (None,) * drones
        return cls(
            setup,
            (site,) * len(setup.radars),
            (site,) * len(setup.rf_detectors),
            (site,) * len(setup.remote_id),
            (size,) * drones,
            serials,
            tuple(None if s is None else f"OP-{s}" for s in serials),
        )


def sensor_world(
    scenario: Scenario, reference_point: tuple[float, float], projector: Projector
) -> SensorWorld:
    """Resolve a scenario's sensors: positions to RD (default: the aerodrome reference point)."""
    setup = scenario.sensors

    def site(position: SensorSite | None) -> tuple[float, float]:
        if position is None:
            return reference_point
        return projector.to_rd(position.lat, position.lon)

    index = {d.id: i for i, d in enumerate(scenario.drones)}
    broadcast = [d.remote_id if d.remote_id.broadcast else None for d in scenario.drones]
    return SensorWorld(
        setup=setup,
        radar_sites=tuple(site(r.position) for r in setup.radars),
        rf_sites=tuple(site(r.position) for r in setup.rf_detectors),
        rid_sites=tuple(site(r.position) for r in setup.remote_id),
        sizes=tuple(size_class(d.type, d.eu_class) for d in scenario.drones),
        serials=tuple(b.serial if b else None for b in broadcast),
        operators=tuple(b.operator_id if b else None for b in broadcast),
        sightings=tuple(
            sorted(
                (
                    ResolvedSighting(s.at_s, index[s.drone], s.position_error_m, s.reporter)
                    for s in setup.sightings
                ),
                key=lambda s: s.at_s,
            )
        ),
    )


Sensor = RadarSensor | RfSensor | RemoteIdSensor


class SensorSuite:
    """All sensors of a run, stepped in a fixed order: radars, RF, Remote ID, then sightings.

    Each sensor draws from its own generator, seeded [seed, SENSOR_STREAM, n] with n fixed by
    its kind and place in the setup: adding a sensor changes neither the truth nor the others.
    """

    def __init__(self, world: SensorWorld, seed: int) -> None:
        setup = world.setup

        def rng(stream: int) -> np.random.Generator:
            return np.random.default_rng([seed, SENSOR_STREAM, stream])

        sensors: list[Sensor] = []
        for k, (radar, site) in enumerate(zip(setup.radars, world.radar_sites, strict=True)):
            size_factor = np.array([radar.size_range_factor.of(s) for s in world.sizes])
            sensors.append(
                RadarSensor(len(sensors), radar, site, size_factor, rng(100 + k), rng(150 + k))
            )
        for k, (rf, site) in enumerate(zip(setup.rf_detectors, world.rf_sites, strict=True)):
            sensors.append(RfSensor(len(sensors), rf, site, rng(200 + k)))
        serials: ObjectArray = np.array(world.serials, dtype=object)
        operators: ObjectArray = np.array(world.operators, dtype=object)
        for k, (rid, site) in enumerate(zip(setup.remote_id, world.rid_sites, strict=True)):
            sensors.append(
                RemoteIdSensor(len(sensors), rid, site, serials, operators, rng(300 + k))
            )
        self.sensors = tuple(sensors)
        self.ids = tuple(s.id for s in sensors)
        self._sightings = list(world.sightings)
        self._sighting_rng = rng(400)
        self.sighting_index = len(sensors)  # the sensor index sighting reports carry
        self.next_due_s = self._next_due()

    def add_drone(
        self, size: SizeClass, serial: str | None, operator: str | None, time_s: float
    ) -> None:
        """Make every sensor aware of a drone added during the run (an inject)."""
        for sensor in self.sensors:
            if isinstance(sensor, RadarSensor):
                sensor.add_target(sensor.config.size_range_factor.of(size))
            elif isinstance(sensor, RemoteIdSensor):
                sensor.add_target(serial, operator, time_s)
        self.next_due_s = self._next_due()

    def _next_due(self) -> float:
        """The earliest time a sensor or a sighting is due (see `next_due_s` of the sensors)."""
        due = [s.next_due_s for s in self.sensors]
        if self._sightings:
            due.append(self._sightings[0].at_s)
        return min(due, default=float("inf"))

    def sensor(self, sensor_id: str) -> Sensor:
        return self.sensors[self.ids.index(sensor_id)]

    def step(
        self, time_s: float, targets: Targets, birds: BirdTargets | None = None
    ) -> list[Detections]:
        """The detections of the sensors due now, one batch per sensor that detected something,
        in the fixed order.
        Radars also see the bird flocks; the other sensors do not."""
        batches = []
        for sensor in self.sensors:
            if isinstance(sensor, RadarSensor):
                batch = sensor.step(time_s, targets, birds)
            else:
                batch = sensor.step(time_s, targets)
            if batch is not None:
                batches.append(batch)
        sighting = self._due_sightings(time_s, targets)
        if sighting is not None:
            batches.append(sighting)
        self.next_due_s = self._next_due()
        return batches

    def _due_sightings(self, time_s: float, targets: Targets) -> Detections | None:
        due = []
        while self._sightings and self._sightings[0].at_s <= time_s + 1e-9:
            due.append(self._sightings.pop(0))
        due = [s for s in due if targets.airborne[s.drone]]  # nobody sees a drone on the ground
        if not due:
            return None
        drones = np.array([s.drone for s in due], dtype=np.int64)
        error = np.array([s.position_error_m for s in due])
        angle = self._sighting_rng.uniform(0.0, 2 * np.pi, len(due))
        return make_detections(
            time_s,
            self.sighting_index,
            SensorKind.SIGHTING,
            targets.x[drones] + error * np.sin(angle),
            targets.y[drones] + error * np.cos(angle),
            sigma_h=np.maximum(error, SIGHTING_MIN_SIGMA_M),
            origin=(float("nan"), float("nan")),
            note=np.array([s.reporter for s in due], dtype=object),
            truth=drones,
        )

    def state_bytes(self) -> bytes:
        parts = [s.state_bytes() for s in self.sensors]
        parts.append(repr(self._sighting_rng.bit_generator.state).encode())
        return b"".join(parts)


class Sensing:
    """Sensors and tracker together, as the engine steps them once a tick after its monitors."""

    def __init__(self, world: SensorWorld, seed: int) -> None:
        self.suite = SensorSuite(world, seed)
        self.tracker = Tracker(world.setup.tracker)
        self.last_batches: list[Detections] = []  # of the latest step (tests)

    def quiet(self, time_s: float) -> bool:
        """True when at `time_s` no sensor is due and no track can be dropped: a step would
        report and change nothing, so the caller may skip it (the latest batches are then none).
        """
        if time_s + 1e-9 < self.suite.next_due_s and not self.tracker.maintenance_due(time_s):
            self.last_batches = []
            return True
        return False

    def step(
        self, time_s: float, targets: Targets, birds: BirdTargets | None = None
    ) -> list[TrackChange]:
        """Run due sensors, feed the tracker, age tracks; the tracks started and dropped."""
        self.last_batches = self.suite.step(time_s, targets, birds)
        for batch in self.last_batches:
            self.tracker.update(batch)
        self.tracker.maintain(time_s)
        return self.tracker.take_changes()

    def picture(self, time_s: float) -> TrackPicture:
        return self.tracker.picture(time_s)

    def add_drone(
        self, size: SizeClass, serial: str | None, operator: str | None, time_s: float
    ) -> None:
        self.suite.add_drone(size, serial, operator, time_s)

    def add_outage(self, sensor_id: str, from_s: float, to_s: float) -> None:
        """Take a sensor out for [from_s, to_s) (an instructor's inject)."""
        self.suite.sensor(sensor_id).outages.append((from_s, to_s))

    def state_bytes(self) -> bytes:
        return self.suite.state_bytes() + self.tracker.state_bytes()


def track_event(
    change: TrackChange,
    tick: int,
    time_s: float,
    drone_ids: tuple[str, ...],
    flock_ids: tuple[str, ...] = (),
) -> Event:
    """The event log's entry for a track started, dropped or identified by Remote ID (see
    EventKind.TRACK_STARTED); a bird flock's track names it 'bird:<flock id>'."""
    kind = {
        "started": EventKind.TRACK_STARTED,
        "dropped": EventKind.TRACK_DROPPED,
        "identified": EventKind.REMOTE_ID_RECEIVED,
    }[change.kind]
    if kind is EventKind.REMOTE_ID_RECEIVED:
        detail = change.note
    else:
        detail = "+".join(change.sensors) + (f"; {change.note}" if change.note else "")
    return Event(
        tick,
        time_s,
        kind,
        truth_name(change.truth, drone_ids, flock_ids),
        None,
        change.track_id,
        detail,
        change.x,
        change.y,
        change.alt if np.isfinite(change.alt) else 0.0,  # the record stores no NaN
    )
