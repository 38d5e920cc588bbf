"""The perceived picture: confirmed tracks and RF bearings at one time, frozen, no truth in it."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from trainer.sim.detections import sensor_names

FloatArray = NDArray[np.float64]


def read_only(array: NDArray) -> NDArray:
    copy = np.array(array, copy=True)
    copy.flags.writeable = False
    return copy


@dataclass(frozen=True)
class TrackPicture:
    """One row per confirmed track, in order of track id (creation). RD metres, m AGL, m/s, s.

    Positions are extrapolated to `time_s` from the last update; `alt` is NaN while no sensor
    has measured a height. `sensors` is a bitmask of the sensor kinds that see the track now
    (bit 1 << SensorKind: 1 radar, 2 rf, 4 rid, 8 sighting). The strobe arrays are RF bearings
    that no track explains: a line from (strobe_x, strobe_y) along strobe_bearing_deg.
    """

    time_s: float
    ids: tuple[str, ...]
    x: FloatArray
    y: FloatArray
    alt: FloatArray
    sigma_m: FloatArray  # one standard deviation of the position, per axis
    speed: FloatArray  # ground speed, m/s
    course_deg: FloatArray  # grid course over the ground, degrees
    sensors: NDArray[np.int64]
    serial: tuple[str | None, ...]  # Remote ID serial, once received
    operator: tuple[str | None, ...]  # Remote ID operator id, once received
    age_s: FloatArray  # since the track's first detection
    last_update_s: FloatArray  # sim time of the last detection used
    coasting: NDArray[np.bool_]  # no update for a while: position is extrapolated
    strobe_x: FloatArray
    strobe_y: FloatArray
    strobe_bearing_deg: FloatArray
    strobe_sigma_deg: FloatArray
    strobe_time_s: FloatArray

    @property
    def size(self) -> int:
        return len(self.ids)

    def index_of(self, track_id: str) -> int:
        return self.ids.index(track_id)

    def sensors_of(self, index: int) -> tuple[str, ...]:
        """Names of the sensors that see track `index` now, e.g. ("radar", "rid")."""
        return sensor_names(int(self.sensors[index]))

    @classmethod
    def empty(cls, time_s: float = 0.0) -> TrackPicture:
        none = read_only(np.zeros(0))
        return cls(
            time_s,
            (),
            *(none,) * 6,
            read_only(np.zeros(0, dtype=np.int64)),
            (),
            (),
            none,
            none,
            read_only(np.zeros(0, dtype=np.bool_)),
            *(none,) * 5,
        )
