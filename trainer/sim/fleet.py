"""The state of all drones as parallel numpy arrays (struct of arrays), one row per drone.

Units: positions x, y in RD New metres (x east, y north); alt metres above ground; heading
radians, clockwise from grid north (near Twente within 1.2 deg of true north); speeds m/s; times s.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import IntEnum

import numpy as np
from numpy.typing import NDArray

from trainer.flightlogs.placement import PlacedTrack
from trainer.scenario.model import DroneType
from trainer.sim.performance import Limits

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]
BoolArray = NDArray[np.bool_]


class Mode(IntEnum):
    """What a drone is doing; behaviours are evaluated per mode on masks of the arrays."""

    WAITING = 0  # not yet in the air (before its start time)
    ROUTE = 1
    HOVER = 2
    LOITER = 3
    ORBIT = 4
    RETURN_HOME = 5
    FLYAWAY = 6
    LANDING = 7
    LANDED = 8  # on the ground again (landed, or fell when the battery ran out)
    LOG = 9  # flying a recorded flight (sim/log_flight.py sets its position, not kinematics)


AIRBORNE_MODES = (
    Mode.ROUTE,
    Mode.HOVER,
    Mode.LOITER,
    Mode.ORBIT,
    Mode.RETURN_HOME,
    Mode.FLYAWAY,
    Mode.LANDING,
    Mode.LOG,
)
CONTROLLED_MODES = (Mode.ROUTE, Mode.HOVER, Mode.LOITER, Mode.ORBIT, Mode.LOG)
# Lookup table mode -> airborne: one fancy-index per tick instead of np.isin over enum members.
IS_AIRBORNE = np.array([Mode(m) in AIRBORNE_MODES for m in range(len(Mode))], dtype=np.bool_)
DRONE_TYPES = tuple(DroneType)


@dataclass(frozen=True)
class DroneSpec:
    """One drone as the engine needs it: resolved to RD metres and SI units."""

    id: str
    type: DroneType
    limits: Limits
    start_s: float
    x: float
    y: float
    alt: float
    home_x: float
    home_y: float
    mode: Mode  # the behaviour it starts in
    route: tuple[tuple[float, float, float, float], ...] = ()  # x, y, alt, speed (m/s)
    route_loop: bool = False
    centre_x: float = 0.0  # orbit or loiter centre
    centre_y: float = 0.0
    radius_m: float = 0.0
    clockwise: bool = True
    link: bool = True
    log: PlacedTrack | None = None  # the recorded flight it flies (mode LOG)


@dataclass
class Fleet:
    """Mutable arrays owned by the engine; the UI only ever sees frozen copies (Snapshot)."""

    ids: tuple[str, ...]
    type_code: IntArray
    x: FloatArray
    y: FloatArray
    alt: FloatArray
    heading: FloatArray
    airspeed: FloatArray
    vertical_speed: FloatArray
    ground_vx: FloatArray
    ground_vy: FloatArray
    mode: IntArray
    start_mode: IntArray
    link: BoolArray
    battery_s: FloatArray
    battery_low_reported: BoolArray
    start_s: FloatArray
    max_speed: FloatArray
    cruise_speed: FloatArray
    min_speed: FloatArray
    max_climb: FloatArray
    max_turn_rate: FloatArray  # rad/s
    max_accel: FloatArray
    endurance_s: FloatArray
    home_x: FloatArray
    home_y: FloatArray
    target_x: FloatArray  # hover hold point, loiter goal, or home on the way back
    target_y: FloatArray
    target_alt: FloatArray
    centre_x: FloatArray
    centre_y: FloatArray
    radius: FloatArray
    orbit_sign: FloatArray  # +1 clockwise, -1 anticlockwise
    route_first: IntArray  # index of the drone's first waypoint in the flat route arrays
    route_count: IntArray
    route_index: IntArray  # absolute index of the waypoint being flown to
    route_loop: BoolArray
    route_x: FloatArray = field(default_factory=lambda: np.zeros(0))
    route_y: FloatArray = field(default_factory=lambda: np.zeros(0))
    route_alt: FloatArray = field(default_factory=lambda: np.zeros(0))
    route_speed: FloatArray = field(default_factory=lambda: np.zeros(0))

    @property
    def size(self) -> int:
        return len(self.ids)

    def index_of(self, drone_id: str) -> int:
        return self.ids.index(drone_id)

    @classmethod
    def from_specs(cls, specs: list[DroneSpec]) -> Fleet:
        n = len(specs)

        def column(values: list[float] | list[int] | list[bool], dtype: type) -> NDArray:
            return np.array(values, dtype=dtype).reshape(n)

        def floats(name: str) -> FloatArray:
            return column([float(getattr(s, name)) for s in specs], np.float64)

        def limit(name: str) -> FloatArray:
            return column([float(getattr(s.limits, name)) for s in specs], np.float64)

        firsts: list[int] = []
        counts: list[int] = []
        flat: list[tuple[float, float, float, float]] = []
        for spec in specs:
            firsts.append(len(flat))
            counts.append(len(spec.route))
            flat.extend(spec.route)
        route = np.array(flat, dtype=np.float64).reshape(len(flat), 4)
        x, y, alt = floats("x"), floats("y"), floats("alt")
        return cls(
            ids=tuple(s.id for s in specs),
            type_code=column([DRONE_TYPES.index(s.type) for s in specs], np.int64),
            x=x,
            y=y,
            alt=alt,
            heading=np.zeros(n),
            airspeed=np.zeros(n),
            vertical_speed=np.zeros(n),
            ground_vx=np.zeros(n),
            ground_vy=np.zeros(n),
            mode=np.full(n, Mode.WAITING, dtype=np.int64),
            start_mode=column([int(s.mode) for s in specs], np.int64),
            link=column([s.link for s in specs], np.bool_),
            battery_s=limit("endurance_s"),
            battery_low_reported=np.zeros(n, dtype=np.bool_),
            start_s=floats("start_s"),
            max_speed=limit("max_speed_mps"),
            cruise_speed=limit("cruise_speed_mps"),
            min_speed=limit("min_speed_mps"),
            max_climb=limit("max_climb_mps"),
            max_turn_rate=np.radians(limit("max_turn_rate_dps")),
            max_accel=limit("max_accel_mps2"),
            endurance_s=limit("endurance_s"),
            home_x=floats("home_x"),
            home_y=floats("home_y"),
            target_x=x.copy(),
            target_y=y.copy(),
            target_alt=alt.copy(),
            centre_x=floats("centre_x"),
            centre_y=floats("centre_y"),
            radius=floats("radius_m"),
            orbit_sign=column([1.0 if s.clockwise else -1.0 for s in specs], np.float64),
            route_first=column(firsts, np.int64),
            route_count=column(counts, np.int64),
            route_index=column(firsts, np.int64),
            route_loop=column([s.route_loop for s in specs], np.bool_),
            route_x=route[:, 0].copy(),
            route_y=route[:, 1].copy(),
            route_alt=route[:, 2].copy(),
            route_speed=route[:, 3].copy(),
        )

    def append(self, spec: DroneSpec) -> int:
        """Add a drone during a run (an instructor's inject); returns its index."""
        if spec.id in self.ids:
            raise ValueError(f"there is already a drone {spec.id!r}")
        extra = Fleet.from_specs([spec])
        offset = self.route_x.size
        for name, value in vars(self).items():
            if name == "ids":
                continue
            addition = getattr(extra, name)
            if name in ("route_first", "route_index"):
                addition = addition + offset
            setattr(self, name, np.concatenate([value, addition]))
        self.ids = (*self.ids, spec.id)
        return self.size - 1

    def airborne(self) -> BoolArray:
        return IS_AIRBORNE[self.mode]

    def state_arrays(self) -> dict[str, NDArray]:
        """The arrays that change during a run, by name (for digests and snapshots)."""
        names = (
            "x",
            "y",
            "alt",
            "heading",
            "airspeed",
            "vertical_speed",
            "ground_vx",
            "ground_vy",
            "mode",
            "link",
            "battery_s",
            "target_x",
            "target_y",
            "target_alt",
            "route_index",
        )
        return {name: getattr(self, name) for name in names}
