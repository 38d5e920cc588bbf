"""The engine: steps the world one fixed tick at a time, deterministically by seed; no Qt, no clock.

Real-time pacing, pause and speed-up belong to whoever calls `step()`; fast time is a plain loop.
"""

from __future__ import annotations

import hashlib
import math
from copy import deepcopy
from dataclasses import dataclass

import numpy as np

from trainer.i18n import message
from trainer.scenario.model import ScriptedAction
from trainer.sim import behaviours, kinematics
from trainer.sim.clock import DEFAULT_DT_S, TickClock
from trainer.sim.detections import Targets
from trainer.sim.events import Event, EventKind
from trainer.sim.fleet import CONTROLLED_MODES, Fleet, Mode
from trainer.sim.injects import TEMPLATES, Inject, InjectKind, drone_from_template
from trainer.sim.log_flight import LogReplays
from trainer.sim.other_traffic import OtherTraffic
from trainer.sim.proximity import (
    ProximityMonitor,
    approach_segments,
    distance_to_segments,
    pair_keys,
    pair_of,
    runway_segments,
)
from trainer.sim.runway_monitor import RunwayMonitor
from trainer.sim.sensors import Sensing, size_class, track_event
from trainer.sim.snapshot import Snapshot, frozen
from trainer.sim.track_picture import TrackPicture
from trainer.sim.traffic import PROTECTION_HORIZONTAL_M, PROTECTION_VERTICAL_M
from trainer.sim.world import Script, World
from trainer.sim.zone_monitor import ZoneMonitor

BATTERY_LOW_FRACTION = 0.1
GUST_TIME_CONSTANT_S = 10.0
# The battery checks are skipped while every battery is further than this from its next event
# (low or empty); far above the rounding of the per-tick subtractions it is counted against.
BATTERY_GUARD_S = 1.0
SMALL_FLEET = kinematics.SMALL_FLEET  # up to this many drones, per-drone Python beats a ufunc call
_largest = np.maximum.reduce  # ndarray.max without its Python layers (the same reduction)


@dataclass(frozen=True)
class EngineSettings:
    dt_s: float = DEFAULT_DT_S
    runway_alert_m: tuple[float, ...] = (1000.0, 500.0)  # distances to the runway that raise events
    runway_alert_hysteresis_m: float = 50.0  # so a drone on the line does not raise a flood
    proximity_horizontal_m: float = 50.0  # two drones this close (and vertically) raise an event
    proximity_vertical_m: float = 15.0
    manned_protection_m: tuple[float, float] = (PROTECTION_HORIZONTAL_M, PROTECTION_VERTICAL_M)


class Engine:
    def __init__(self, world: World, settings: EngineSettings | None = None) -> None:
        self.world = world
        self.settings = settings or EngineSettings()
        self.clock = TickClock(self.settings.dt_s)
        self.rng = np.random.default_rng(world.seed)
        self.fleet = Fleet.from_specs(list(world.drones))
        self.events: list[Event] = []
        zones = world.airspace.zones
        self._zone_ids = tuple(z.id for z in zones)
        self._zones = ZoneMonitor(zones, self.fleet.size)
        self._zone_active = np.ones(len(zones), dtype=np.bool_)
        self._all_zones_active = True
        self._schedule_minute = -1
        runways = world.airspace.aerodrome.runways
        self._runway_segments = runway_segments(runways)
        self._approach_segments = approach_segments(runways)
        settings = self.settings
        self._runway = RunwayMonitor(
            self._runway_segments,
            settings.runway_alert_m,
            settings.runway_alert_hysteresis_m,
            self.fleet.size,
        )
        self._close_keys = np.zeros(0, dtype=np.int64)  # pairs close at the last tick
        self._proximity = ProximityMonitor(
            self.settings.proximity_horizontal_m, self.settings.proximity_vertical_m
        )
        wind = world.wind
        # Upper bounds of how fast drones can close on each other, for the proximity monitor.
        self._fastest_mps = float(self.fleet.max_speed.max(initial=0.0))
        self._speed_bound = self._fastest_mps + math.hypot(wind.vx, wind.vy) + 3 * wind.gust_mps
        self._climb_bound = float(self.fleet.max_climb.max(initial=0.0))
        self._gust = 0.0
        # Kept from tick to tick: what does not change every tick is not worked out every tick.
        self._plan_cache = behaviours.PlanCache()
        self._limits = kinematics.TickLimits.of(self.fleet, self.settings.dt_s)
        # Scalar guards for rare events, so that an ordinary tick costs no array work for them:
        self._next_launch_s = float(self.fleet.start_s.min(initial=math.inf))
        self._landing_possible = True  # a drone may be in LANDING mode (set by any mode change)
        self._battery_slack_s = -math.inf  # time until the nearest battery event; -inf: measure
        self._timed = sorted(
            (s for s in world.scripts if s.at_s is not None), key=lambda s: s.at_s or 0.0
        )
        self._on_entry: dict[tuple[str, str], list[Script]] = {}
        for script in world.scripts:
            if script.on_zone_entry is not None:
                self._on_entry.setdefault((script.drone, script.on_zone_entry), []).append(script)
        # Sensors draw from their own generators: the truth is the same with or without them.
        self.sensing = Sensing(world.sensors, world.seed) if world.sensors is not None else None
        self.others = OtherTraffic(world, self.settings.manned_protection_m)  # manned, birds
        self._log_flights = LogReplays(world.drones)  # drones flying recordings
        self._start_of_tick(moved=np.zeros(self.fleet.size))

    # -- stepping ---------------------------------------------------------------------------

    @property
    def time_s(self) -> float:
        return self.clock.time_s

    @property
    def finished(self) -> bool:
        return self.clock.time_s >= self.world.duration_s - 1e-9

    def step(self) -> None:
        """Advance one tick of `dt` seconds."""
        dt = self.clock.dt_s
        self.clock.advance()
        self.others.advance(self.clock.time_s, dt)
        wind = self._wind_now(dt)
        airborne = self.fleet.airborne()
        intent, transitions = behaviours.plan(self.fleet, wind, self.rng, dt, self._plan_cache)
        for index, kind, detail in transitions:
            self._log(kind, index, detail=detail)
        if transitions:
            self._landing_possible = True
        x0, y0 = self.fleet.x.copy(), self.fleet.y.copy()
        kinematics.advance(self.fleet, intent, airborne, wind, dt, self._limits)
        for index, kind, detail in self._log_flights.follow(self.fleet, self.clock.time_s, wind):
            self._log(kind, index, detail=detail)
        self._finish_landings()
        self._drain_batteries(airborne, dt)
        self._start_of_tick(moved=np.hypot(self.fleet.x - x0, self.fleet.y - y0))

    def run_until(self, time_s: float) -> None:
        """Step until the clock reaches `time_s` (or the first tick after it)."""
        target = self.clock.ticks_for(time_s)
        while self.clock.tick < target:
            self.step()

    def fork(self) -> Engine:
        """An engine in this one's state, on its own from now on: it goes on exactly as this one
        would (same generators, same everything), and neither changes the other. The world,
        which no engine changes, is shared."""
        return deepcopy(self, {id(self.world): self.world})

    def _start_of_tick(self, moved: np.ndarray) -> None:
        """Things that happen at the (new) current time: launches, scripts, then the monitors."""
        now = self.clock.time_s
        self._launch_due(now)
        self._run_due_scripts(now)
        airborne = self.fleet.airborne()
        self._update_schedules(now)
        changes = self._zones.update(
            self.fleet.x,
            self.fleet.y,
            self.fleet.alt,
            moved,
            airborne,
            None if self._all_zones_active else self._zone_active,
        )
        for drone, zone in changes.exited:
            self._log(EventKind.ZONE_EXITED, int(drone), zone=self._zone_ids[zone])
        for drone, zone in changes.entered:
            self._log(EventKind.ZONE_ENTERED, int(drone), zone=self._zone_ids[zone])
            for script in self._on_entry.pop((self.fleet.ids[drone], self._zone_ids[zone]), []):
                self._apply(script.action, int(drone), f"on entry of {script.on_zone_entry}")
        self._check_runway(airborne, float(_largest(moved, initial=0.0)))
        self._check_proximity(airborne)
        self.events += self.others.check(self.fleet, airborne, self.clock.tick, now)
        self._sense(airborne, now)

    # -- scripted and commanded events ------------------------------------------------------

    def inject(self, inject: Inject) -> None:
        """Apply an instructor's inject now, between ticks, and log it so a replay can repeat it."""
        kind = inject.kind
        on_a_drone = kind in (InjectKind.LOST_LINK, InjectKind.FLYAWAY)
        if on_a_drone and inject.drone not in self.fleet.ids:
            raise ValueError(message("inject.no_drone", drone=repr(inject.drone), kind=kind.value))
        if kind is InjectKind.SENSOR_OUTAGE and self.sensing is None:
            raise ValueError(message("inject.no_sensors"))
        spec = drone_from_template(inject, self.time_s) if kind is InjectKind.ADD_DRONE else None
        if spec is not None and spec.id in self.fleet.ids:
            raise ValueError(message("inject.drone_exists", drone=repr(spec.id)))
        record = Event(
            self.clock.tick,
            self.time_s,
            EventKind.INJECTED,
            inject.drone or "",
            zone=inject.sensor,
            detail=inject.to_json(),
            x_m=inject.x_m,
            y_m=inject.y_m,
        )
        self.events.append(record)
        if spec is not None:
            self.fleet.append(spec)
            self._limits = kinematics.TickLimits.of(self.fleet, self.clock.dt_s)
            self._next_launch_s = min(self._next_launch_s, spec.start_s)
            self._battery_slack_s = -math.inf
            self._zones.grow(self.fleet.size)
            self._runway.grow(self.fleet.size)
            # A faster newcomer raises how fast two drones can close on each other.
            self._speed_bound += max(0.0, spec.limits.max_speed_mps - self._fastest_mps)
            self._fastest_mps = max(self._fastest_mps, spec.limits.max_speed_mps)
            self._climb_bound = max(self._climb_bound, spec.limits.max_climb_mps)
            if self.sensing is not None:
                template = TEMPLATES[inject.template or ""]
                serial = f"INJ-{spec.id}" if template.remote_id else None
                operator = "NLD-instructor" if template.remote_id else None
                size = size_class(template.type, template.eu_class)
                self.sensing.add_drone(size, serial, operator, self.time_s)
            self._launch_due(self.time_s)
        elif kind is InjectKind.LOST_LINK:
            self.trigger(inject.drone or "", ScriptedAction.LOST_LINK, "instructor inject")
        elif kind is InjectKind.FLYAWAY:
            self.trigger(inject.drone or "", ScriptedAction.FLYAWAY, "instructor inject")
        elif kind is InjectKind.SENSOR_OUTAGE and self.sensing is not None:
            self.sensing.add_outage(
                inject.sensor or "", self.time_s, self.time_s + inject.duration_s
            )

    def trigger(self, drone_id: str, action: ScriptedAction, reason: str = "instructor") -> None:
        """Make something happen to a drone now (used by scripts and by instructor injects)."""
        self._apply(action, self.fleet.index_of(drone_id), reason)

    def _launch_due(self, now: float) -> None:
        if self._next_launch_s > now + 1e-9:  # the usual tick: nobody to launch yet
            return
        fleet = self.fleet
        waiting = fleet.mode == Mode.WAITING
        due = np.flatnonzero(waiting & (fleet.start_s <= now + 1e-9))
        waiting[due] = False
        self._next_launch_s = float(fleet.start_s[waiting].min(initial=math.inf))
        self._landing_possible = True
        self._battery_slack_s = -math.inf
        for i in due:
            fleet.mode[i] = fleet.start_mode[i]
            fleet.target_x[i], fleet.target_y[i], fleet.target_alt[i] = (
                fleet.x[i],
                fleet.y[i],
                fleet.alt[i],
            )
            if fleet.mode[i] == Mode.RETURN_HOME:
                fleet.target_alt[i] = max(fleet.alt[i], behaviours.RETURN_HOME_MIN_ALT_M)
            if fleet.route_count[i]:
                first = fleet.route_first[i]
                dx, dy = fleet.route_x[first] - fleet.x[i], fleet.route_y[first] - fleet.y[i]
                fleet.heading[i] = math.atan2(dx, dy) % (2 * math.pi)
            fleet.airspeed[i] = fleet.min_speed[i]
            self._log(EventKind.LAUNCHED, int(i))

    def _run_due_scripts(self, now: float) -> None:
        while self._timed and (self._timed[0].at_s or 0.0) <= now + 1e-9:
            script = self._timed.pop(0)
            self._apply(
                script.action, self.fleet.index_of(script.drone), f"scripted at {script.at_s:g} s"
            )

    def _apply(self, action: ScriptedAction, i: int, reason: str) -> None:
        fleet = self.fleet
        mode = Mode(int(fleet.mode[i]))
        self._landing_possible = True
        self._battery_slack_s = -math.inf
        if mode in (Mode.WAITING, Mode.LANDED):
            self._log(
                _ACTION_EVENTS[action], i, detail=f"{reason}; no effect, the drone is not flying"
            )
            return
        if action is ScriptedAction.LOST_LINK:
            fleet.link[i] = False
            self._log(EventKind.LOST_LINK, i, detail=reason)
            if mode in CONTROLLED_MODES:
                self._return_home(i)
        elif action is ScriptedAction.FLYAWAY:
            fleet.mode[i] = Mode.FLYAWAY
            self._log(EventKind.FLYAWAY, i, detail=reason)
        elif action is ScriptedAction.BATTERY_LOW:
            fleet.battery_s[i] = min(
                fleet.battery_s[i], BATTERY_LOW_FRACTION * fleet.endurance_s[i]
            )
            fleet.battery_low_reported[i] = True
            self._log(EventKind.BATTERY_LOW, i, detail=reason)
            if mode != Mode.FLYAWAY:
                self._land(i, "battery low")
        elif action is ScriptedAction.LAND and mode != Mode.FLYAWAY:
            self._land(i, reason)

    def _return_home(self, i: int) -> None:
        self.fleet.mode[i] = Mode.RETURN_HOME
        self.fleet.target_alt[i] = max(self.fleet.alt[i], behaviours.RETURN_HOME_MIN_ALT_M)
        self._log(EventKind.RETURNING_HOME, i)

    def _land(self, i: int, reason: str) -> None:
        if self.fleet.mode[i] != Mode.LANDING:
            self.fleet.mode[i] = Mode.LANDING
            self._landing_possible = True
            self._log(EventKind.LANDING, i, detail=reason)

    def _finish_landings(self) -> None:
        if not self._landing_possible:
            return
        fleet = self.fleet
        landing = fleet.mode == Mode.LANDING
        self._landing_possible = bool(landing.any())
        for i in np.flatnonzero(landing & (fleet.alt <= 0.01)):
            fleet.mode[i] = Mode.LANDED
            fleet.airspeed[i] = 0.0
            self._log(EventKind.LANDED, int(i))

    def _drain_batteries(self, airborne: np.ndarray, dt: float) -> None:
        fleet = self.fleet
        battery = fleet.battery_s
        if battery.size <= SMALL_FLEET:  # one subtraction each, without the ufunc's call cost
            for k, flying in enumerate(airborne.tolist()):
                if flying:
                    battery[k] = float(battery[k]) - dt
        else:
            np.subtract(battery, dt, out=battery, where=airborne)
        self._battery_slack_s -= dt
        if self._battery_slack_s > BATTERY_GUARD_S:
            return
        low = (
            airborne
            & ~fleet.battery_low_reported
            & (fleet.battery_s <= BATTERY_LOW_FRACTION * fleet.endurance_s)
        )
        for i in np.flatnonzero(low):
            fleet.battery_low_reported[i] = True
            self._log(EventKind.BATTERY_LOW, int(i), detail="automatic")
            if fleet.mode[i] in CONTROLLED_MODES:
                self._land(int(i), "battery low")
        for i in np.flatnonzero(airborne & (fleet.battery_s <= 0.0) & (fleet.mode != Mode.LANDED)):
            # An empty battery brings the airframe down where it is.
            fleet.mode[i] = Mode.LANDED
            fleet.alt[i] = 0.0
            fleet.airspeed[i] = 0.0
            self._log(EventKind.BATTERY_EMPTY, int(i), detail="fell to the ground")
        # Time to the nearest event still to come: a battery going low, or one going empty.
        flying = fleet.mode != Mode.LANDED
        to_low = np.where(
            fleet.battery_low_reported,
            np.inf,
            fleet.battery_s - BATTERY_LOW_FRACTION * fleet.endurance_s,
        )
        slack = np.minimum(to_low, fleet.battery_s)[flying]
        self._battery_slack_s = float(slack.min(initial=math.inf))

    # -- monitors ---------------------------------------------------------------------------

    def _update_schedules(self, now: float) -> None:
        minute = int(self.world.start_minute_of_day + now / 60.0)
        if minute == self._schedule_minute:
            return
        self._schedule_minute = minute
        for index, zone in enumerate(self.world.airspace.zones):
            self._zone_active[index] = zone.schedule is None or zone.schedule.is_active(minute)
        self._all_zones_active = bool(self._zone_active.all())

    def _check_runway(self, airborne: np.ndarray, moved_max_m: float) -> None:
        fleet = self.fleet
        for drone, limit in self._runway.update(fleet.x, fleet.y, airborne, moved_max_m):
            self._log(
                EventKind.RUNWAY_APPROACHED, drone, detail=f"within {limit:g} m of the runway"
            )

    def _check_proximity(self, airborne: np.ndarray) -> None:
        fleet = self.fleet
        pairs = self._proximity.update(
            fleet.x,
            fleet.y,
            fleet.alt,
            airborne,
            self._speed_bound,
            self._climb_bound,
            self.clock.dt_s,
        )
        if pairs.size == 0 and self._close_keys.size == 0:
            return
        keys = pair_keys(pairs)
        if keys.tobytes() == self._close_keys.tobytes():  # int64 keys: equal bytes, equal keys
            return
        for key in np.setdiff1d(keys, self._close_keys, assume_unique=True):
            first, second = pair_of(int(key))
            distance = math.hypot(
                fleet.x[first] - fleet.x[second], fleet.y[first] - fleet.y[second]
            )
            self._log(
                EventKind.PROXIMITY,
                first,
                other=fleet.ids[second],
                detail=f"{distance:.0f} m apart",
            )
        self._close_keys = keys

    def _sense(self, airborne: np.ndarray, now: float) -> None:
        """Sensors due this tick report; the tracker takes them in; track events are logged."""
        if self.sensing is None or self.sensing.quiet(now):
            return
        f = self.fleet
        targets = Targets(f.x, f.y, f.alt, f.ground_vx, f.ground_vy, airborne, f.link)
        changes = self.sensing.step(now, targets, self.others.bird_targets())
        tick, flocks = self.clock.tick, self.others.flock_ids
        self.events += (track_event(c, tick, now, f.ids, flocks) for c in changes)

    def _wind_now(self, dt: float) -> tuple[float, float]:
        wind = self.world.wind
        if wind.gust_mps <= 0:
            return wind.vx, wind.vy
        # Gusts as a mean-reverting random speed change along the mean wind direction.
        decay = math.exp(-dt / GUST_TIME_CONSTANT_S)
        spread = wind.gust_mps / 2.0 * math.sqrt(1.0 - decay * decay)
        self._gust = self._gust * decay + float(self.rng.normal(0.0, spread))
        speed = math.hypot(wind.vx, wind.vy)
        if speed < 1e-9:
            return wind.vx, wind.vy
        factor = max(0.0, speed + self._gust) / speed
        return wind.vx * factor, wind.vy * factor

    def _log(
        self,
        kind: EventKind,
        i: int,
        zone: str | None = None,
        other: str | None = None,
        detail: str = "",
    ) -> None:
        fleet = self.fleet
        self.events.append(
            Event(
                self.clock.tick,
                self.clock.time_s,
                kind,
                fleet.ids[i],
                zone,
                other,
                detail,
                float(fleet.x[i]),
                float(fleet.y[i]),
                float(fleet.alt[i]),
            )
        )

    # -- observing --------------------------------------------------------------------------

    def snapshot(self) -> Snapshot:
        fleet = self.fleet
        member_drone, member_zone = self._zones.memberships()
        speed = np.hypot(fleet.ground_vx, fleet.ground_vy)
        return Snapshot(
            tick=self.clock.tick,
            time_s=self.clock.time_s,
            ids=fleet.ids,
            type_code=frozen(fleet.type_code),
            x=frozen(fleet.x),
            y=frozen(fleet.y),
            alt=frozen(fleet.alt),
            heading_deg=frozen(np.degrees(fleet.heading)),
            course_deg=frozen(
                np.mod(np.degrees(np.arctan2(fleet.ground_vx, fleet.ground_vy)), 360.0)
            ),
            ground_speed=frozen(speed),
            vertical_speed=frozen(fleet.vertical_speed),
            mode=frozen(fleet.mode),
            link=frozen(fleet.link),
            battery_fraction=frozen(np.clip(fleet.battery_s / fleet.endurance_s, 0.0, 1.0)),
            runway_distance_m=frozen(distance_to_segments(fleet.x, fleet.y, self._runway_segments)),
            approach_distance_m=frozen(
                distance_to_segments(fleet.x, fleet.y, self._approach_segments)
            ),
            zone_ids=self._zone_ids,
            member_drone=frozen(member_drone),
            member_zone=frozen(member_zone),
            event_count=len(self.events),
            tracks=self.tracks() if self.sensing is not None else None,
            manned=self.others.manned_picture(),
            birds=self.others.bird_picture(),
        )

    def tracks(self) -> TrackPicture:
        """The perceived picture now: confirmed tracks (empty when the run has no sensors)."""
        if self.sensing is None:
            return TrackPicture.empty(self.time_s)
        return self.sensing.picture(self.time_s)

    def track_truth(self) -> dict[str, str | None]:
        """Track id -> the drone it mostly follows ('bird:<flock>' for a flock, None: a false
        track), for every track so far. For the scorer and the instructor's overlay only."""
        if self.sensing is None:
            return {}
        truth = self.sensing.tracker.truth_map().items()
        return {t: self.others.truth_name(d, self.fleet.ids) or None for t, d in truth}

    def digest(self) -> str:
        """A fingerprint of the whole state; equal runs give equal digests, tick for tick."""
        h = hashlib.sha256()
        h.update(str(self.clock.tick).encode())
        for name, array in self.fleet.state_arrays().items():
            h.update(name.encode())
            h.update(np.ascontiguousarray(array).tobytes())
        h.update(repr(self.rng.bit_generator.state).encode())
        h.update(str(len(self.events)).encode())
        if self.sensing is not None:
            h.update(self.sensing.state_bytes())
        h.update(self.others.state_bytes())
        return h.hexdigest()


_ACTION_EVENTS = {
    ScriptedAction.LOST_LINK: EventKind.LOST_LINK,
    ScriptedAction.FLYAWAY: EventKind.FLYAWAY,
    ScriptedAction.BATTERY_LOW: EventKind.BATTERY_LOW,
    ScriptedAction.LAND: EventKind.LANDING,
}
