"""Move every airborne drone one tick towards its intent, within its speed, climb and turn limits.

A controlled drone flies the air velocity that, added to the wind, gives its desired ground
velocity; when that needs more than its top speed it makes less progress, as a real one would.
All drones are computed in one pass over whole arrays; those on the ground are left as they were.
A fleet of a few drones (every lesson's) goes through the same steps as Python floats instead:
the same IEEE operations on the same values, so the same results bit for bit, without the fixed
cost of some forty numpy calls a tick. The transcendental functions (hypot, arctan2, sin, cos)
stay numpy's, whose results can differ from the math module's in the last bit.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from trainer.sim.behaviours import Intent
from trainer.sim.fleet import BoolArray, Fleet, FloatArray
from trainer.sim.ufuncs import clip


def _constant(value: float) -> FloatArray:
    """A float as a read-only 0-d float64 array: the same value in every operation, but a ufunc
    takes it without converting a Python float each call, which on the few drones of a lesson
    costs as much as the arithmetic itself."""
    array = np.array(value, dtype=np.float64)
    array.setflags(write=False)
    return array


_PI = _constant(np.pi)
_TWO_PI = _constant(2.0 * np.pi)
_STILL_MPS = _constant(0.05)  # below this wanted air speed a drone keeps its heading
_ZERO = _constant(0.0)
# Up to this many drones the Python-float path is quicker than the array one (measured: about
# 5 us against 12 us a tick for one drone; even at four).
SMALL_FLEET = 4


def wrap_angle(angle: FloatArray) -> FloatArray:
    """Angles to the range [-pi, pi)."""
    return np.mod(angle + _PI, _TWO_PI) - _PI


@dataclass(frozen=True)
class TickLimits:
    """Each drone's turn and speed change over one tick, both signs: the same products every
    tick, so the engine works them out once (and again when drones are added)."""

    max_turn: FloatArray
    min_turn: FloatArray
    max_change: FloatArray
    min_change: FloatArray
    min_climb: FloatArray  # the negated climb limits (descent) of fleet.max_climb
    dt: FloatArray  # the tick, as a 0-d array (see _constant)
    # The same limits, and the fleet's speed limits, as Python floats for the small-fleet path:
    # per drone (min_turn, max_turn, min_change, max_change, min_climb, min_speed, max_speed).
    rows: tuple[tuple[float, ...], ...]

    @classmethod
    def of(cls, fleet: Fleet, dt: float) -> TickLimits:
        max_turn = fleet.max_turn_rate * dt
        max_change = fleet.max_accel * dt
        min_climb = -fleet.max_climb
        columns = (-max_turn, max_turn, -max_change, max_change, min_climb)
        rows: tuple[tuple[float, ...], ...] = ()  # (the array path needs none)
        if fleet.size <= SMALL_FLEET:
            rows = tuple(
                zip(
                    *(c.tolist() for c in columns),
                    fleet.min_speed.tolist(),
                    fleet.max_speed.tolist(),
                    strict=True,
                )
            )
        return cls(max_turn, -max_turn, max_change, -max_change, min_climb, _constant(dt), rows)


def advance(
    fleet: Fleet,
    intent: Intent,
    airborne: BoolArray,
    wind: tuple[float, float],
    dt: float,
    limits: TickLimits | None = None,
) -> None:
    """`limits`: TickLimits.of(fleet, dt) kept by the caller (worked out here when not given)."""
    if limits is None:
        limits = TickLimits.of(fleet, dt)
    if fleet.size <= SMALL_FLEET:
        _advance_few(fleet, intent, airborne, wind, limits)
    else:
        _advance_arrays(fleet, intent, airborne, wind, limits)


def _advance_arrays(
    fleet: Fleet,
    intent: Intent,
    airborne: BoolArray,
    wind: tuple[float, float],
    limits: TickLimits,
) -> None:
    # When every drone is flying (the usual case) the masks change nothing and are skipped.
    everyone = np.count_nonzero(airborne) == airborne.size
    wind_x, wind_y = np.array(wind[0], dtype=np.float64), np.array(wind[1], dtype=np.float64)
    tick = limits.dt
    air_x = intent.vx - wind_x
    air_y = intent.vy - wind_y
    wanted = np.hypot(air_x, air_y)
    wanted_speed = clip(wanted, fleet.min_speed, fleet.max_speed)

    # Turn towards the wanted heading no faster than the turn-rate limit; a drone that wants to
    # stand still keeps its heading.
    heading = fleet.heading
    wanted_heading = np.arctan2(air_x, air_y)
    np.copyto(wanted_heading, heading, where=~(wanted > _STILL_MPS))
    turn = clip(wrap_angle(wanted_heading - heading), limits.min_turn, limits.max_turn)
    new_heading = np.mod(heading + turn, _TWO_PI)

    change = clip(wanted_speed - fleet.airspeed, limits.min_change, limits.max_change)
    speed = fleet.airspeed + change

    ground_vx = speed * np.sin(new_heading) + wind_x
    ground_vy = speed * np.cos(new_heading) + wind_y
    climb_limit = intent.climb_limit
    # The fleet's own limits unless some drone is landing (then the intent carries a copy).
    min_climb = limits.min_climb if climb_limit is fleet.max_climb else -climb_limit
    climb = clip((intent.alt - fleet.alt) / tick, min_climb, climb_limit)
    if not everyone:
        grounded = ~airborne
        np.copyto(ground_vx, 0.0, where=grounded)
        np.copyto(ground_vy, 0.0, where=grounded)
        np.copyto(climb, 0.0, where=grounded)
        np.copyto(new_heading, heading, where=grounded)
        np.copyto(speed, fleet.airspeed, where=grounded)

    fleet.heading[:] = new_heading
    fleet.airspeed[:] = speed
    fleet.x += ground_vx * tick
    fleet.y += ground_vy * tick
    fleet.alt[:] = np.maximum(fleet.alt + climb * tick, _ZERO)
    fleet.ground_vx[:] = ground_vx
    fleet.ground_vy[:] = ground_vy
    fleet.vertical_speed[:] = climb


def _advance_few(
    fleet: Fleet,
    intent: Intent,
    airborne: BoolArray,
    wind: tuple[float, float],
    limits: TickLimits,
) -> None:
    """`_advance_arrays` drone by drone in Python floats: each line the same operation on the
    same operands, comparisons written as numpy's clip and maximum make them."""
    wind_x, wind_y = float(wind[0]), float(wind[1])
    tick = float(limits.dt)
    air_x = intent.vx - wind_x
    air_y = intent.vy - wind_y
    wanted_all = np.hypot(air_x, air_y).tolist()
    towards_all = np.arctan2(air_x, air_y).tolist()
    heading_all = fleet.heading.tolist()
    airspeed_all = fleet.airspeed.tolist()
    new_headings, speeds = [], []
    for wanted, towards, heading, airspeed, row in zip(
        wanted_all, towards_all, heading_all, airspeed_all, limits.rows, strict=True
    ):
        min_turn, max_turn, min_change, max_change, _, min_speed, max_speed = row
        wanted_speed = _clip(wanted, min_speed, max_speed)
        wanted_heading = towards if wanted > _STILL else heading
        turn = _clip((wanted_heading - heading + _PI_F) % _TWO_PI_F - _PI_F, min_turn, max_turn)
        new_headings.append((heading + turn) % _TWO_PI_F)
        speeds.append(airspeed + _clip(wanted_speed - airspeed, min_change, max_change))
    new_heading_array = np.array(new_headings)
    sines = np.sin(new_heading_array).tolist()
    cosines = np.cos(new_heading_array).tolist()
    climb_limits = intent.climb_limit.tolist()
    own_limits = intent.climb_limit is fleet.max_climb
    x, y, alt = fleet.x, fleet.y, fleet.alt
    for i, (up, wanted_alt, flying) in enumerate(
        zip(climb_limits, intent.alt.tolist(), airborne.tolist(), strict=True)
    ):
        down = limits.rows[i][4] if own_limits else -up
        if flying:
            speed = speeds[i]
            ground_vx = speed * sines[i] + wind_x
            ground_vy = speed * cosines[i] + wind_y
            climb = _clip((wanted_alt - float(alt[i])) / tick, down, up)
            fleet.heading[i] = new_headings[i]
            fleet.airspeed[i] = speed
        else:  # kept as they were; moved by nothing (the same sums as the array path)
            ground_vx = ground_vy = climb = 0.0
        x[i] = float(x[i]) + ground_vx * tick
        y[i] = float(y[i]) + ground_vy * tick
        height = float(alt[i]) + climb * tick
        alt[i] = height if height >= 0.0 or height != height else 0.0  # np.maximum(height, 0)
        fleet.ground_vx[i] = ground_vx
        fleet.ground_vy[i] = ground_vy
        fleet.vertical_speed[i] = climb


_PI_F = float(_PI)
_TWO_PI_F = float(_TWO_PI)
_STILL = float(_STILL_MPS)


def _clip(value: float, low: float, high: float) -> float:
    """numpy's clip of one float: max with low, then min with high, a NaN kept at each step."""
    value = value if value > low or value != value else low
    return value if value < high or value != value else high
