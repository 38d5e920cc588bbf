"""What sensors see (Targets) and what they report (Detections), as parallel numpy arrays."""

from __future__ import annotations

import math
from dataclasses import dataclass, fields
from enum import IntEnum
from typing import Any

import numpy as np
from numpy.typing import NDArray

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]
BoolArray = NDArray[np.bool_]
ObjectArray = NDArray[np.object_]


class SensorKind(IntEnum):
    RADAR = 0
    RF = 1
    REMOTE_ID = 2
    SIGHTING = 3


SENSOR_NAMES = ("radar", "rf", "rid", "sighting")  # by SensorKind; bit 1 << kind in bitmasks


def sensor_names(mask: int) -> tuple[str, ...]:
    """Names of the sensor kinds set in a bitmask, e.g. 5 -> ("radar", "rid")."""
    return tuple(name for kind, name in enumerate(SENSOR_NAMES) if mask >> kind & 1)


@dataclass(frozen=True)
class Targets:
    """The truth as sensors may look at it: one row per drone, RD metres, m AGL, m/s (views)."""

    x: FloatArray
    y: FloatArray
    alt: FloatArray
    vx: FloatArray
    vy: FloatArray
    airborne: BoolArray
    link: BoolArray

    @property
    def size(self) -> int:
        return len(self.x)


@dataclass(frozen=True)
class Detections:
    """One sensor's reports at one time; one row per detection.

    Positions are RD New metres, heights metres AGL; NaN where the sensor does not measure it
    (an RF bearing has no x, y; only radar, Remote ID have a height). `truth` (drone index, -1
    for clutter) and `clutter` (clutter object id, -1 for drones) are for tests and the answer
    key only: trainees never see them.
    """

    time_s: FloatArray
    sensor: IntArray  # index into the suite's sensor ids
    kind: IntArray  # SensorKind
    x: FloatArray
    y: FloatArray
    alt: FloatArray
    sigma_h: FloatArray  # standard deviation of x and of y, m
    sigma_v: FloatArray  # of alt, m
    origin_x: FloatArray  # where the sensor stands
    origin_y: FloatArray
    bearing_deg: FloatArray  # RF: grid bearing from the sensor, degrees; NaN otherwise
    bearing_sigma_deg: FloatArray
    speed: FloatArray  # Remote ID: reported ground speed m/s and course deg; NaN otherwise
    course_deg: FloatArray
    serial: ObjectArray  # Remote ID serial (str) or None
    operator: ObjectArray  # Remote ID operator id (str) or None
    note: ObjectArray  # free text (a sighting's reporter) or None
    truth: IntArray
    clutter: IntArray

    @property
    def size(self) -> int:
        return len(self.time_s)

    def take(self, rows: IntArray | BoolArray) -> Detections:
        return Detections(**{name: getattr(self, name)[rows] for name in _DETECTION_FIELDS})

    @staticmethod
    def concat(batches: list[Detections]) -> Detections:
        if not batches:
            return make_detections(0.0, 0, SensorKind.RADAR, np.zeros(0), np.zeros(0))
        return Detections(
            **{
                f.name: np.concatenate([getattr(b, f.name) for b in batches])
                for f in fields(Detections)
            }
        )


_DETECTION_FIELDS = tuple(f.name for f in fields(Detections))


def make_detections(
    time_s: float,
    sensor: int,
    kind: SensorKind,
    x: FloatArray,
    y: FloatArray,
    *,
    alt: FloatArray | None = None,
    sigma_h: float | FloatArray = 0.0,
    sigma_v: float | FloatArray = 0.0,
    origin: tuple[float, float] = (0.0, 0.0),
    bearing_deg: FloatArray | None = None,
    bearing_sigma_deg: float = np.nan,
    speed: FloatArray | None = None,
    course_deg: FloatArray | None = None,
    serial: ObjectArray | None = None,
    operator: ObjectArray | None = None,
    note: ObjectArray | None = None,
    truth: IntArray | None = None,
    clutter: IntArray | None = None,
) -> Detections:
    """A batch of `len(x)` detections from one sensor at one time; unset fields are NaN/None/-1."""
    n = len(x)

    def floats(value: float | FloatArray | None) -> FloatArray:
        if value is None:
            return _filled(n, np.nan, np.float64)
        if isinstance(value, np.ndarray):
            return value.astype(float, copy=False)
        return _filled(n, float(value), np.float64)

    def objects(value: ObjectArray | None) -> ObjectArray:
        return _filled(n, None, np.object_) if value is None else np.asarray(value, dtype=object)

    def ints(value: IntArray | None) -> IntArray:
        return _filled(n, -1, np.int64) if value is None else value.astype(np.int64)

    return Detections(
        time_s=_filled(n, float(time_s), np.float64),
        sensor=_filled(n, sensor, np.int64),
        kind=_filled(n, int(kind), np.int64),
        x=np.asarray(x, dtype=float),
        y=np.asarray(y, dtype=float),
        alt=floats(alt),
        sigma_h=floats(sigma_h),
        sigma_v=floats(sigma_v),
        origin_x=_filled(n, float(origin[0]), np.float64),
        origin_y=_filled(n, float(origin[1]), np.float64),
        bearing_deg=floats(bearing_deg),
        bearing_sigma_deg=_filled(n, float(bearing_sigma_deg), np.float64),
        speed=floats(speed),
        course_deg=floats(course_deg),
        serial=objects(serial),
        operator=objects(operator),
        note=objects(note),
        truth=ints(truth),
        clutter=ints(clutter),
    )


def _filled(n: int, value: object, dtype: type) -> NDArray[Any]:
    """np.full(n, value, dtype) without np.full's Python layers (a batch is a few rows)."""
    array: NDArray[Any] = np.empty(n, dtype=dtype)
    array.fill(value)
    return array


def in_outage(outages: list[tuple[float, float]], time_s: float) -> bool:
    """Whether `time_s` falls in one of the [from, to) intervals."""
    return any(start <= time_s < end for start, end in outages)


def grid_bearing_deg(dx: FloatArray, dy: FloatArray) -> FloatArray:
    """Bearing of (dx, dy) clockwise from grid north, 0..360 degrees."""
    return np.mod(np.degrees(np.arctan2(dx, dy)), 360.0)


class Periodic:
    """Fires at 0, T, 2T, ... on the first tick at or after each (counted, so no drift)."""

    def __init__(self, interval_s: float) -> None:
        self.interval_s = interval_s
        self._next = 0  # index of the next firing

    @property
    def next_s(self) -> float:
        """The next firing: `due` is False for every time_s with time_s + 1e-9 < next_s."""
        return self._next * self.interval_s

    def due(self, time_s: float) -> bool:
        if time_s + 1e-9 < self._next * self.interval_s:
            return False
        self._next = math.floor(time_s / self.interval_s + 1e-9) + 1  # (an int, as np.floor's)
        return True
