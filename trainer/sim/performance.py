"""Default airframe limits by drone type, used where a scenario leaves them out."""

from __future__ import annotations

from dataclasses import dataclass

from trainer.scenario.model import DroneType, Performance


@dataclass(frozen=True)
class Limits:
    """Airframe limits in SI units; min_speed_mps > 0 means the airframe cannot hover."""

    max_speed_mps: float
    cruise_speed_mps: float
    min_speed_mps: float
    max_climb_mps: float
    max_turn_rate_dps: float
    max_accel_mps2: float
    endurance_s: float


# Typical figures for small commercial airframes (manufacturers' data sheets put multirotors at
# 15-23 m/s and 25-45 min, small fixed-wing mapping drones at 12-30 m/s); rounded, not one product.
DEFAULT_LIMITS: dict[DroneType, Limits] = {
    DroneType.MULTIROTOR: Limits(20.0, 10.0, 0.0, 5.0, 180.0, 4.0, 1800.0),
    DroneType.VTOL: Limits(30.0, 20.0, 0.0, 4.0, 45.0, 3.0, 3600.0),
    DroneType.FIXED_WING: Limits(30.0, 18.0, 12.0, 4.0, 25.0, 2.0, 3600.0),
}


def limits_for(drone_type: DroneType, performance: Performance) -> Limits:
    """The type's defaults with the scenario's own figures laid over them."""
    base = DEFAULT_LIMITS[drone_type]
    max_speed = performance.max_speed_mps or base.max_speed_mps
    cruise = performance.cruise_speed_mps or min(base.cruise_speed_mps, max_speed)
    return Limits(
        max_speed_mps=max_speed,
        cruise_speed_mps=min(cruise, max_speed),
        min_speed_mps=min(base.min_speed_mps, cruise),
        max_climb_mps=performance.max_climb_mps or base.max_climb_mps,
        max_turn_rate_dps=performance.max_turn_rate_dps or base.max_turn_rate_dps,
        max_accel_mps2=base.max_accel_mps2,
        endurance_s=performance.endurance_s or base.endurance_s,
    )
