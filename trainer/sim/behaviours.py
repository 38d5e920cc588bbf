"""Behaviours: what each drone wants to do this tick, as a desired ground velocity and height.

Each behaviour works on the mask of drones in its mode, all at once. Mode changes it causes
(waypoint list done, home reached, touchdown) are returned so the engine can log them.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass

import numpy as np

from trainer.sim.events import EventKind
from trainer.sim.fleet import BoolArray, Fleet, FloatArray, IntArray, Mode

RETURN_HOME_MIN_ALT_M = 40.0  # typical default return-to-home height of consumer drones
LANDING_RATE_MPS = 2.0
ARRIVAL_RADIUS_M = 5.0
HOLD_GAIN_PER_S = 0.5  # how hard a hovering drone pulls back to its hold point
ORBIT_GAIN_PER_S = 0.2
FLYAWAY_AIRSPEED_FRACTION = 0.5  # an uncontrolled airframe keeps some of its cruise speed
FLYAWAY_WANDER_RAD_PER_SQRT_S = 0.05
FLYAWAY_DOWNWIND_RELAX_PER_S = 0.02  # weathervaning: the heading slowly turns downwind
# Up to this many route flyers a tick's route steering is worked out in Python floats (the same
# operations on the same values as the array form; hypot stays numpy's), which costs less than
# its twenty-odd numpy calls.
FEW_ROUTE_FLYERS = 4


@dataclass
class Intent:
    """Desired ground velocity (m/s) and height (m AGL) for every drone, and how fast to climb."""

    vx: FloatArray
    vy: FloatArray
    alt: FloatArray
    climb_limit: FloatArray


Transition = tuple[int, EventKind, str]

# Modes as plain ints for the per-tick comparisons (an enum member look-up costs more).
_MODE_COUNT = len(Mode)
_ROUTE, _HOVER, _LOITER, _ORBIT = (
    int(Mode.ROUTE),
    int(Mode.HOVER),
    int(Mode.LOITER),
    int(Mode.ORBIT),
)
_RETURN_HOME, _FLYAWAY, _LANDING = int(Mode.RETURN_HOME), int(Mode.FLYAWAY), int(Mode.LANDING)


class PlanCache:
    """What planning works out from the drones' modes and route legs alone: which drones are in
    which mode, and each route flyer's leg (its waypoint, speed, whether it is the last one).
    These change only when a drone changes mode or reaches a waypoint, not on the usual tick, so
    they are kept from tick to tick and worked out again when the mode or waypoint arrays differ.
    """

    def __init__(self) -> None:
        self._mode_key = b""
        self._leg_key = b""
        self.present = np.zeros(_MODE_COUNT, dtype=np.int64)
        self._masks: dict[int, BoolArray] = {}
        self.legs: RouteLegs | None = None

    def refresh(self, fleet: Fleet) -> None:
        mode_key = fleet.mode.tobytes()
        if mode_key != self._mode_key:
            self._mode_key = mode_key
            self._leg_key = b""
            self.present = np.bincount(fleet.mode, minlength=_MODE_COUNT)
            self._masks = {}
        leg_key = fleet.route_index.tobytes()
        if self.present[_ROUTE] and leg_key != self._leg_key:
            self._leg_key = leg_key
            self.legs = RouteLegs(fleet, self.mask(fleet, _ROUTE).nonzero()[0])

    def mask(self, fleet: Fleet, mode: int) -> BoolArray:
        """The drones in `mode` now (planning itself changes modes: then worked out afresh)."""
        if fleet.mode.tobytes() != self._mode_key:
            return fleet.mode == mode
        if mode not in self._masks:
            self._masks[mode] = fleet.mode == mode
        return self._masks[mode]


class RouteLegs:
    """The leg each drone flying a route is on, as of its waypoint index: the values `_route`
    needs every tick that depend on nothing else, computed exactly as it would compute them."""

    def __init__(self, fleet: Fleet, idx: IntArray) -> None:
        self.idx = idx
        wp = fleet.route_index[idx]
        speed = np.where(
            np.isnan(fleet.route_speed[wp]), fleet.cruise_speed[idx], fleet.route_speed[wp]
        )
        self.speed = np.minimum(speed, fleet.max_speed[idx])
        self.tx, self.ty = fleet.route_x[wp], fleet.route_y[wp]
        self.alt = fleet.route_alt[wp]
        self.last = wp == fleet.route_first[idx] + fleet.route_count[idx] - 1
        self.final = self.last & ~fleet.route_loop[idx]
        finals = np.count_nonzero(self.final)
        self.all_final, self.none_final = finals == idx.size, finals == 0
        self.twice_accel = 2.0 * fleet.max_accel[idx]
        self.turn_rate = np.maximum(fleet.max_turn_rate[idx], 1e-6)
        self.arrival = np.full(idx.size, ARRIVAL_RADIUS_M)
        # Per flyer as Python floats, for the path of a few flyers (see FEW_ROUTE_FLYERS).
        self.rows: tuple[tuple[int, float, float, float, float, bool], ...] = ()
        if idx.size <= FEW_ROUTE_FLYERS:
            self.rows = tuple(
                zip(
                    idx.tolist(),
                    self.speed.tolist(),
                    self.alt.tolist(),
                    self.twice_accel.tolist(),
                    self.turn_rate.tolist(),
                    self.final.tolist(),
                    strict=True,
                )
            )


def plan(
    fleet: Fleet,
    wind: tuple[float, float],
    rng: np.random.Generator,
    dt: float,
    cache: PlanCache | None = None,
) -> tuple[Intent, list[Transition]]:
    """Work out every drone's intent; returns it with the mode changes made along the way.

    `cache` (kept by the caller from tick to tick) saves re-deriving what has not changed."""
    n = fleet.size
    # The climb limit is the fleet's own array unless a landing drone needs a lower one.
    intent = Intent(np.zeros(n), np.zeros(n), fleet.alt.copy(), fleet.max_climb)
    transitions: list[Transition] = []
    if cache is None:
        cache = PlanCache()
    cache.refresh(fleet)
    present = cache.present  # skip the work for modes nobody is in
    if present[_ROUTE]:
        assert cache.legs is not None  # refreshed along with `present`
        _route(fleet, cache.legs, intent, transitions)
    if present[_HOVER]:
        _hover(fleet, cache.mask(fleet, _HOVER), intent)
    if present[_LOITER]:
        _loiter(fleet, cache.mask(fleet, _LOITER), intent, rng)
    if present[_ORBIT]:
        _orbit(fleet, cache.mask(fleet, _ORBIT), intent)
    if present[_RETURN_HOME]:
        _return_home(fleet, cache.mask(fleet, _RETURN_HOME), intent, transitions)
    if present[_FLYAWAY]:
        _flyaway(fleet, cache.mask(fleet, _FLYAWAY), intent, wind, rng, dt)
    if present[_LANDING]:
        _landing(fleet, cache.mask(fleet, _LANDING), intent)
    return intent, transitions


def _towards(
    fleet: Fleet, idx: IntArray, tx: FloatArray, ty: FloatArray, speed: FloatArray, intent: Intent
) -> FloatArray:
    """Head for a point, slowing down so as to stop there; returns the remaining distances."""
    dx, dy = tx - fleet.x[idx], ty - fleet.y[idx]
    distance = np.hypot(dx, dy)
    braking = np.sqrt(2.0 * fleet.max_accel[idx] * distance)
    wanted = np.minimum(speed, braking)
    scale = np.divide(wanted, distance, out=np.zeros(distance.size), where=distance > 1e-9)
    intent.vx[idx] = dx * scale
    intent.vy[idx] = dy * scale
    return distance


def _route(fleet: Fleet, legs: RouteLegs, intent: Intent, transitions: list[Transition]) -> None:
    idx, final = legs.idx, legs.final
    if idx.size == 0:
        return
    dx, dy = legs.tx - fleet.x[idx], legs.ty - fleet.y[idx]
    distance = np.hypot(dx, dy)
    if idx.size <= FEW_ROUTE_FLYERS:
        _route_few(fleet, legs, dx, dy, distance, intent, transitions)
        return
    # Fly through intermediate waypoints at speed; slow down only for the last one.
    # (Where no drone is on its last leg the braking distance is infinite: min(speed, inf).)
    if legs.none_final:
        wanted = legs.speed
    elif legs.all_final:
        wanted = np.minimum(legs.speed, np.sqrt(legs.twice_accel * distance))
    else:
        braking = np.where(final, np.sqrt(legs.twice_accel * distance), np.inf)
        wanted = np.minimum(legs.speed, braking)
    scale = np.divide(wanted, distance, out=np.zeros(distance.size), where=distance > 1e-9)
    intent.vx[idx] = dx * scale
    intent.vy[idx] = dy * scale
    intent.alt[idx] = legs.alt
    # A turning airframe cannot hit a point exactly: capture within its turn radius.
    if legs.all_final:
        capture = legs.arrival
    else:
        turn_radius = fleet.airspeed[idx] / legs.turn_rate
        if not legs.none_final:
            turn_radius = np.where(final, ARRIVAL_RADIUS_M, turn_radius)
        capture = np.maximum(ARRIVAL_RADIUS_M, turn_radius)
    reached = distance <= capture
    if np.count_nonzero(reached):  # not on the usual tick: nobody at a waypoint
        _reach_waypoints(fleet, legs, reached, transitions)


def _route_few(
    fleet: Fleet,
    legs: RouteLegs,
    dx: FloatArray,
    dy: FloatArray,
    distance: FloatArray,
    intent: Intent,
    transitions: list[Transition],
) -> None:
    """`_route` for a few flyers, one at a time in Python floats: the same operations in the
    same order (min, max and the guarded division as numpy makes them)."""
    reached = []
    airspeed = fleet.airspeed
    for (i, speed, alt, twice_accel, turn_rate, final), east, north, far in zip(
        legs.rows, dx.tolist(), dy.tolist(), distance.tolist(), strict=True
    ):
        if legs.none_final:
            wanted = speed
        else:  # braking only for the last waypoint (np.minimum(speed, inf) is speed)
            braking = math.sqrt(twice_accel * far) if final else math.inf
            wanted = speed if speed <= braking or speed != speed else braking
        scale = wanted / far if far > 1e-9 else 0.0
        intent.vx[i] = east * scale
        intent.vy[i] = north * scale
        intent.alt[i] = alt
        if legs.all_final:
            capture = ARRIVAL_RADIUS_M
        else:
            turn_radius = ARRIVAL_RADIUS_M if final else float(airspeed[i]) / turn_rate
            small = turn_radius <= ARRIVAL_RADIUS_M  # as np.maximum: a NaN radius stays NaN
            capture = ARRIVAL_RADIUS_M if small else turn_radius
        reached.append(far <= capture)
    if any(reached):
        _reach_waypoints(fleet, legs, np.array(reached), transitions)


def _reach_waypoints(
    fleet: Fleet, legs: RouteLegs, reached: BoolArray, transitions: list[Transition]
) -> None:
    """Flyers that `reached` their waypoint go on to the next, round again, or hover."""
    idx, last, final = legs.idx, legs.last, legs.final
    advance = reached & ~last
    fleet.route_index[idx[advance]] += 1
    wrap = reached & last & fleet.route_loop[idx]
    fleet.route_index[idx[wrap]] = fleet.route_first[idx[wrap]]
    for i in idx[reached & final]:
        fleet.mode[i] = Mode.HOVER
        fleet.target_x[i], fleet.target_y[i] = (
            fleet.route_x[fleet.route_index[i]],
            fleet.route_y[fleet.route_index[i]],
        )
        fleet.target_alt[i] = fleet.route_alt[fleet.route_index[i]]
        transitions.append((int(i), EventKind.ROUTE_COMPLETED, "hovering at the last waypoint"))


def _hover(fleet: Fleet, mask: BoolArray, intent: Intent) -> None:
    idx = mask.nonzero()[0]
    if idx.size == 0:
        return
    # Fixed-wing airframes cannot stand still: they circle the hold point instead.
    circling = fleet.min_speed[idx] > 0
    hold = idx[~circling]
    intent.vx[hold] = (fleet.target_x[hold] - fleet.x[hold]) * HOLD_GAIN_PER_S
    intent.vy[hold] = (fleet.target_y[hold] - fleet.y[hold]) * HOLD_GAIN_PER_S
    intent.alt[idx] = fleet.target_alt[idx]
    circle = idx[circling]
    if circle.size:
        radius = np.maximum(100.0, fleet.cruise_speed[circle] / fleet.max_turn_rate[circle] * 1.5)
        _circle(
            fleet,
            circle,
            fleet.target_x[circle],
            fleet.target_y[circle],
            radius,
            np.ones(circle.size),
            intent,
        )


def _loiter(fleet: Fleet, mask: BoolArray, intent: Intent, rng: np.random.Generator) -> None:
    idx = mask.nonzero()[0]
    if idx.size == 0:
        return
    speed = fleet.cruise_speed[idx] * 0.6
    distance = _towards(fleet, idx, fleet.target_x[idx], fleet.target_y[idx], speed, intent)
    intent.alt[idx] = fleet.target_alt[idx]
    arrived = idx[distance <= max(ARRIVAL_RADIUS_M, 1.0) * 2]
    if arrived.size:
        # New goal drawn uniformly over the loiter disc (sqrt for an even spread by area).
        angle = rng.uniform(0.0, 2.0 * np.pi, arrived.size)
        reach = fleet.radius[arrived] * np.sqrt(rng.uniform(0.0, 1.0, arrived.size))
        fleet.target_x[arrived] = fleet.centre_x[arrived] + reach * np.sin(angle)
        fleet.target_y[arrived] = fleet.centre_y[arrived] + reach * np.cos(angle)


def _circle(
    fleet: Fleet,
    idx: IntArray,
    cx: FloatArray,
    cy: FloatArray,
    radius: FloatArray,
    sign: FloatArray,
    intent: Intent,
) -> None:
    rx, ry = fleet.x[idx] - cx, fleet.y[idx] - cy
    distance = np.maximum(np.hypot(rx, ry), 1e-6)
    ux, uy = rx / distance, ry / distance
    # Tangent (clockwise seen from above when sign is +1) plus a pull back onto the circle.
    speed = fleet.cruise_speed[idx]
    pull = (radius - distance) * ORBIT_GAIN_PER_S
    intent.vx[idx] = sign * uy * speed + pull * ux
    intent.vy[idx] = -sign * ux * speed + pull * uy


def _orbit(fleet: Fleet, mask: BoolArray, intent: Intent) -> None:
    idx = mask.nonzero()[0]
    if idx.size == 0:
        return
    _circle(
        fleet,
        idx,
        fleet.centre_x[idx],
        fleet.centre_y[idx],
        fleet.radius[idx],
        fleet.orbit_sign[idx],
        intent,
    )
    intent.alt[idx] = fleet.target_alt[idx]


def _return_home(
    fleet: Fleet, mask: BoolArray, intent: Intent, transitions: list[Transition]
) -> None:
    idx = mask.nonzero()[0]
    if idx.size == 0:
        return
    distance = _towards(
        fleet, idx, fleet.home_x[idx], fleet.home_y[idx], fleet.cruise_speed[idx], intent
    )
    intent.alt[idx] = fleet.target_alt[idx]
    for i in idx[distance <= ARRIVAL_RADIUS_M]:
        fleet.mode[i] = Mode.LANDING
        transitions.append((int(i), EventKind.LANDING, "home reached"))


def _flyaway(
    fleet: Fleet,
    mask: BoolArray,
    intent: Intent,
    wind: tuple[float, float],
    rng: np.random.Generator,
    dt: float,
) -> None:
    idx = mask.nonzero()[0]
    if idx.size == 0:
        return
    heading = fleet.heading[idx]
    wind_speed, downwind = _wind_figures(*wind)
    if wind_speed > 0.1:
        turn = np.mod(downwind - heading + np.pi, 2.0 * np.pi) - np.pi
        heading = heading + turn * FLYAWAY_DOWNWIND_RELAX_PER_S * dt
    heading = heading + rng.normal(0.0, FLYAWAY_WANDER_RAD_PER_SQRT_S * math.sqrt(dt), idx.size)
    airspeed = fleet.cruise_speed[idx] * FLYAWAY_AIRSPEED_FRACTION
    intent.vx[idx] = airspeed * np.sin(heading) + wind[0]
    intent.vy[idx] = airspeed * np.cos(heading) + wind[1]
    intent.alt[idx] = fleet.alt[idx]


@functools.lru_cache(maxsize=8)
def _wind_figures(wind_x: float, wind_y: float) -> tuple[float, float]:
    """The wind's speed and the direction it blows towards (radians from grid north): worked
    out once for a steady wind, not every tick."""
    return float(np.hypot(wind_x, wind_y)), float(np.arctan2(wind_x, wind_y))


def _landing(fleet: Fleet, mask: BoolArray, intent: Intent) -> None:
    idx = mask.nonzero()[0]
    if idx.size == 0:
        return
    intent.alt[idx] = 0.0
    if intent.climb_limit is fleet.max_climb:  # the fleet's own array: change a copy
        intent.climb_limit = fleet.max_climb.copy()
    intent.climb_limit[idx] = np.minimum(fleet.max_climb[idx], LANDING_RATE_MPS)
