"""Drones that fly a recorded flight: their position is the recording's, tick by tick.

Kinematics would smooth a real flight into the airframe's limits; a replay must follow the log,
so after the kinematics step the engine puts each log-flying drone where the recording was at
that time (linear between fixes) and gives it the recording's velocity. When the recording
ends the drone lands (if it ended on the ground) or hovers; any scripted or injected event
that changes its mode takes it off the recording.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from trainer.flightlogs.placement import PlacedTrack
from trainer.geo.crs import Projector
from trainer.scenario import model
from trainer.sim.behaviours import Transition
from trainer.sim.events import EventKind
from trainer.sim.fleet import DroneSpec, Fleet, Mode
from trainer.sim.performance import Limits, limits_for

ON_GROUND_M = 1.0  # a recording that ends this low ended on the ground (GPS height scatter)
BATTERY_LOW_FRACTION = 0.1  # as the engine's: a battery this low makes a drone land
ENDURANCE_MARGIN_S = 60.0
SPEED_MARGIN = 1.05  # limits a little above the recording's fastest leg


def log_drone_spec(
    drone: model.Drone, track: PlacedTrack | None, projector: Projector
) -> DroneSpec:
    """The engine's view of a drone flying a recording; it starts at the replay's first fix."""
    if track is None:
        raise ValueError(f"drone {drone.id!r} flies a log that was not read (see load_scenario)")
    x, y, alt = track.at(0.0)
    home_x, home_y = (
        (x, y) if drone.home is None else projector.to_rd(drone.home.lat, drone.home.lon)
    )
    return DroneSpec(
        id=drone.id,
        type=drone.type,
        limits=_limits(drone, track),
        start_s=drone.start_s,
        x=x,
        y=y,
        alt=alt,
        home_x=home_x,
        home_y=home_y,
        mode=Mode.LOG,
        link=drone.control_link,
        log=track,
    )


def _limits(drone: model.Drone, track: PlacedTrack) -> Limits:
    """The type's limits, raised where the recording flew faster or climbed harder (other
    monitors rely on them as bounds), and a battery that lasts the recording unless the
    scenario sets the endurance itself."""
    limits = limits_for(drone.type, drone.performance)
    endurance = limits.endurance_s
    if drone.performance.endurance_s is None:
        lasts = (track.duration_s + ENDURANCE_MARGIN_S) / (1.0 - BATTERY_LOW_FRACTION)
        endurance = max(endurance, lasts)
    return Limits(
        max_speed_mps=max(limits.max_speed_mps, track.max_speed_mps() * SPEED_MARGIN),
        cruise_speed_mps=limits.cruise_speed_mps,
        min_speed_mps=limits.min_speed_mps,
        max_climb_mps=max(limits.max_climb_mps, track.max_climb_mps() * SPEED_MARGIN),
        max_turn_rate_dps=limits.max_turn_rate_dps,
        max_accel_mps2=limits.max_accel_mps2,
        endurance_s=endurance,
    )


class LogReplays:
    """The drones of a run that fly recordings, and their recordings."""

    def __init__(self, specs: Sequence[DroneSpec]) -> None:
        self._flights = [
            (index, spec.start_s, spec.log) for index, spec in enumerate(specs) if spec.log
        ]

    def follow(self, fleet: Fleet, time_s: float, wind: tuple[float, float]) -> list[Transition]:
        """Put every drone still on its recording where the recording was at `time_s`."""
        transitions: list[Transition] = []
        for i, start_s, track in self._flights:
            if fleet.mode[i] != Mode.LOG:
                continue
            t = time_s - start_s
            fleet.x[i], fleet.y[i], fleet.alt[i], vx, vy, vz = track.state_at(t)
            fleet.ground_vx[i], fleet.ground_vy[i], fleet.vertical_speed[i] = vx, vy, vz
            air_x, air_y = vx - wind[0], vy - wind[1]
            fleet.airspeed[i] = math.hypot(air_x, air_y)
            if fleet.airspeed[i] > 0.05:  # standing still: keep the heading it had
                fleet.heading[i] = math.atan2(air_x, air_y) % (2.0 * math.pi)
            if t >= track.duration_s - 1e-9:
                transitions.append(self._end(fleet, i))
        return transitions

    @staticmethod
    def _end(fleet: Fleet, i: int) -> Transition:
        if fleet.alt[i] <= ON_GROUND_M:
            fleet.mode[i] = Mode.LANDED
            fleet.alt[i] = 0.0
            fleet.airspeed[i] = 0.0
            return i, EventKind.LANDED, "its recorded flight ended on the ground"
        fleet.mode[i] = Mode.HOVER
        fleet.target_x[i], fleet.target_y[i], fleet.target_alt[i] = (
            fleet.x[i],
            fleet.y[i],
            fleet.alt[i],
        )
        return i, EventKind.ROUTE_COMPLETED, "its recorded flight ended; hovering at its end"
