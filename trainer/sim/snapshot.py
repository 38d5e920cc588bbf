"""A frozen, self-contained copy of the engine's state at one tick, for the UI and for tests."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from trainer.sim.fleet import Mode
from trainer.sim.track_picture import TrackPicture
from trainer.sim.traffic_picture import BirdPicture, MannedPicture


@dataclass(frozen=True)
class Snapshot:
    """Arrays are read-only copies, one row per drone in `ids` order; units as in the Fleet."""

    tick: int
    time_s: float
    ids: tuple[str, ...]
    type_code: NDArray[np.int64]
    x: NDArray[np.float64]
    y: NDArray[np.float64]
    alt: NDArray[np.float64]
    heading_deg: NDArray[np.float64]  # where the nose points (grid), degrees
    course_deg: NDArray[np.float64]  # direction of travel over the ground (grid), degrees
    ground_speed: NDArray[np.float64]
    vertical_speed: NDArray[np.float64]
    mode: NDArray[np.int64]
    link: NDArray[np.bool_]
    battery_fraction: NDArray[np.float64]
    runway_distance_m: NDArray[np.float64]
    approach_distance_m: NDArray[np.float64]
    zone_ids: tuple[str, ...]
    member_drone: NDArray[np.int64]  # (drone, zone) index pairs of current zone memberships
    member_zone: NDArray[np.int64]
    event_count: int
    tracks: TrackPicture | None = None  # the perceived picture; None when the run has no sensors
    manned: MannedPicture | None = None  # manned traffic (cooperative: trainees see it); None: none
    birds: BirdPicture | None = None  # bird flocks' truth (instructor only); None: no flocks

    @property
    def airborne(self) -> NDArray[np.bool_]:
        return (self.mode != Mode.WAITING) & (self.mode != Mode.LANDED)

    def zones_of(self, index: int) -> tuple[str, ...]:
        """Ids of the zones drone `index` is in now."""
        lo, hi = np.searchsorted(self.member_drone, [index, index + 1])
        return tuple(self.zone_ids[z] for z in self.member_zone[lo:hi])

    def mode_name(self, index: int) -> str:
        return Mode(int(self.mode[index])).name.lower()


def frozen(array: NDArray) -> NDArray:
    """A read-only copy, so no viewer can change the engine's state or a shared snapshot."""
    copy = np.array(array, copy=True)
    copy.flags.writeable = False
    return copy
