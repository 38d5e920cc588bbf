"""A validated scenario and its airspace as what the engine runs: drone specs, wind, scripts."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, replace

from trainer.flightlogs.placement import PlacedTrack
from trainer.geo.airspace import Airspace
from trainer.geo.crs import Projector
from trainer.scenario import model
from trainer.scenario.model import Scenario, ScriptedAction
from trainer.scenario.traffic_model import BirdFlock
from trainer.sim.birds import FlockSpec
from trainer.sim.fleet import DroneSpec, Mode
from trainer.sim.flight_plans import FlightPlan, flight_plan
from trainer.sim.log_flight import log_drone_spec
from trainer.sim.performance import limits_for
from trainer.sim.sensors import SensorWorld, sensor_world


@dataclass(frozen=True)
class Wind:
    """Mean wind as the velocity of the air (m/s, x east, y north), and gust strength."""

    vx: float
    vy: float
    gust_mps: float = 0.0

    @classmethod
    def from_scenario(cls, wind: model.Wind) -> Wind:
        # Wind is reported by the direction it blows from; the air moves the opposite way.
        towards = math.radians(wind.from_deg + 180.0)
        return cls(
            wind.speed_mps * math.sin(towards), wind.speed_mps * math.cos(towards), wind.gust_mps
        )


@dataclass(frozen=True)
class Script:
    """A scripted event: at a time, or when the drone first enters a zone."""

    drone: str
    action: ScriptedAction
    at_s: float | None
    on_zone_entry: str | None


@dataclass(frozen=True)
class World:
    """Everything a run is made of; the engine needs nothing else."""

    scenario_id: str
    seed: int
    duration_s: float
    start_minute_of_day: int
    airspace: Airspace
    drones: tuple[DroneSpec, ...]
    wind: Wind
    scripts: tuple[Script, ...]
    sensors: SensorWorld | None = None  # None: no sensors, no tracks (truth only)
    manned: tuple[FlightPlan, ...] = ()
    birds: tuple[FlockSpec, ...] = ()


def build_world(
    scenario: Scenario,
    airspace: Airspace,
    projector: Projector,
    flights: Mapping[str, PlacedTrack] | None = None,
) -> World:
    """`flights`: the placed recordings of the drones that fly a log, by drone id."""
    drones = tuple(
        log_drone_spec(d, (flights or {}).get(d.id), projector)
        if isinstance(d.behaviour, model.LogBehaviour)
        else drone_spec(d, projector)
        for d in scenario.drones
    )
    scripts = tuple(Script(e.drone, e.action, e.at_s, e.on_zone_entry) for e in scenario.events)
    return World(
        scenario_id=scenario.id,
        seed=scenario.seed,
        duration_s=scenario.duration_s,
        start_minute_of_day=scenario.start_minute_of_day,
        airspace=airspace,
        drones=drones,
        wind=Wind.from_scenario(scenario.wind),
        scripts=scripts,
        sensors=sensor_world(scenario, airspace.aerodrome.reference_point, projector),
        manned=tuple(flight_plan(f, airspace.aerodrome.runway(f.runway)) for f in scenario.manned),
        birds=tuple(flock_spec(b, projector) for b in scenario.birds),
    )


def flock_spec(flock: BirdFlock, projector: Projector) -> FlockSpec:
    x, y = projector.to_rd(flock.start.lat, flock.start.lon)
    return FlockSpec(
        id=flock.id,
        count=flock.count,
        x=x,
        y=y,
        alt=flock.start.alt_agl_m,
        course_rad=math.radians(flock.course_deg),  # grid: within 1.2 deg of true at Twente
        speed_mps=flock.speed_mps,
        wander_rad=math.radians(flock.wander_deg),
        spread_m=flock.spread_m,
        start_s=flock.start_s,
        end_s=math.inf if flock.end_s is None else flock.end_s,
        rcs_per_bird_m2=flock.rcs_per_bird_m2,
    )


def drone_spec(drone: model.Drone, projector: Projector) -> DroneSpec:
    if drone.start is None:  # the model lets only log-flying drones leave it out
        raise ValueError(f"drone {drone.id!r} has no start position")
    x, y = projector.to_rd(drone.start.lat, drone.start.lon)
    home = drone.home or model.Position(lat=drone.start.lat, lon=drone.start.lon)
    home_x, home_y = projector.to_rd(home.lat, home.lon)
    behaviour = drone.behaviour
    base = DroneSpec(
        id=drone.id,
        type=drone.type,
        limits=limits_for(drone.type, drone.performance),
        start_s=drone.start_s,
        x=x,
        y=y,
        alt=drone.start.alt_agl_m,
        home_x=home_x,
        home_y=home_y,
        mode=Mode.HOVER,
        link=drone.control_link,
    )
    if isinstance(behaviour, model.RouteBehaviour):
        route = []
        for waypoint in behaviour.waypoints:
            wx, wy = projector.to_rd(waypoint.lat, waypoint.lon)
            speed = waypoint.speed_mps if waypoint.speed_mps is not None else math.nan
            route.append((wx, wy, waypoint.alt_agl_m, speed))
        return replace(base, mode=Mode.ROUTE, route=tuple(route), route_loop=behaviour.loop)
    if isinstance(behaviour, model.OrbitBehaviour | model.LoiterBehaviour):
        centre = behaviour.centre or home
        cx, cy = projector.to_rd(centre.lat, centre.lon)
        is_orbit = isinstance(behaviour, model.OrbitBehaviour)
        return replace(
            base,
            mode=Mode.ORBIT if is_orbit else Mode.LOITER,
            centre_x=cx,
            centre_y=cy,
            radius_m=behaviour.radius_m,
            clockwise=behaviour.clockwise if isinstance(behaviour, model.OrbitBehaviour) else True,
        )
    modes = {
        model.HoverBehaviour: Mode.HOVER,
        model.ReturnHomeBehaviour: Mode.RETURN_HOME,
        model.FlyawayBehaviour: Mode.FLYAWAY,
    }
    return replace(base, mode=modes[type(behaviour)])
