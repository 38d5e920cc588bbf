"""Move every airborne drone one tick towards its intent, within its speed, climb and turn limits.

A controlled drone flies the air velocity that, added to the wind, gives its desired ground
velocity; when that needs more than its top speed it makes less progress, as a real one would.
All drones are computed in one pass over whole arrays; those on the ground are left as they were.
"""

from __future__ import annotations

import numpy as np

from trainer.sim.behaviours import Intent
from trainer.sim.fleet import BoolArray, Fleet, FloatArray
from trainer.sim.ufuncs import clip


def wrap_angle(angle: FloatArray) -> FloatArray:
    """Angles to the range [-pi, pi)."""
    return np.mod(angle + np.pi, 2.0 * np.pi) - np.pi


def advance(
    fleet: Fleet, intent: Intent, airborne: BoolArray, wind: tuple[float, float], dt: float
) -> None:
    # When every drone is flying (the usual case) the masks change nothing and are skipped.
    everyone = np.count_nonzero(airborne) == airborne.size
    air_x = intent.vx - wind[0]
    air_y = intent.vy - wind[1]
    wanted = np.hypot(air_x, air_y)
    wanted_speed = clip(wanted, fleet.min_speed, fleet.max_speed)

    # Turn towards the wanted heading no faster than the turn-rate limit; a drone that wants to
    # stand still keeps its heading.
    heading = fleet.heading
    wanted_heading = np.where(wanted > 0.05, np.arctan2(air_x, air_y), heading)
    max_turn = fleet.max_turn_rate * dt
    turn = clip(wrap_angle(wanted_heading - heading), -max_turn, max_turn)
    new_heading = np.mod(heading + turn, 2.0 * np.pi)

    max_change = fleet.max_accel * dt
    speed = fleet.airspeed + clip(wanted_speed - fleet.airspeed, -max_change, max_change)

    ground_vx = speed * np.sin(new_heading) + wind[0]
    ground_vy = speed * np.cos(new_heading) + wind[1]
    climb = clip((intent.alt - fleet.alt) / dt, -intent.climb_limit, intent.climb_limit)
    if not everyone:
        ground_vx = np.where(airborne, ground_vx, 0.0)
        ground_vy = np.where(airborne, ground_vy, 0.0)
        climb = np.where(airborne, climb, 0.0)
        new_heading = np.where(airborne, new_heading, heading)
        speed = np.where(airborne, speed, fleet.airspeed)

    fleet.heading[:] = new_heading
    fleet.airspeed[:] = speed
    fleet.x += ground_vx * dt
    fleet.y += ground_vy * dt
    fleet.alt[:] = np.maximum(fleet.alt + climb * dt, 0.0)
    fleet.ground_vx[:] = ground_vx
    fleet.ground_vy[:] = ground_vy
    fleet.vertical_speed[:] = climb
