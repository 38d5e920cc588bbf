"""Move every airborne drone one tick towards its intent, within its speed, climb and turn limits.

A controlled drone flies the air velocity that, added to the wind, gives its desired ground
velocity; when that needs more than its top speed it makes less progress, as a real one would.
All drones are computed in one pass over whole arrays; those on the ground are left as they were.
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

    @classmethod
    def of(cls, fleet: Fleet, dt: float) -> TickLimits:
        max_turn = fleet.max_turn_rate * dt
        max_change = fleet.max_accel * dt
        return cls(max_turn, -max_turn, max_change, -max_change, -fleet.max_climb, _constant(dt))


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
