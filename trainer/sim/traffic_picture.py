"""Frozen pictures of the manned traffic and of the bird flocks at one tick, for snapshots."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from trainer.sim.flight_plans import phase_word

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]
BoolArray = NDArray[np.bool_]


@dataclass(frozen=True)
class MannedPicture:
    """Manned flights now, one row per flight of the scenario (read-only arrays).

    Known cooperative traffic (radio, transponder): the trainee sees it as it is. Positions RD
    New metres, alt metres above the aerodrome, course grid degrees, speed m/s over the ground.
    """

    ids: tuple[str, ...]
    callsigns: tuple[str, ...]
    types: tuple[str, ...]
    x: FloatArray
    y: FloatArray
    alt: FloatArray
    course_deg: FloatArray
    speed: FloatArray
    phase: IntArray  # flight_plans.Phase
    present: BoolArray  # on the runway or in the air (not waiting, not landed or gone)
    phase_names: tuple[str, ...]  # by phase code
    # Planned paths, shared by every picture of a run: path_x[path_start[i]:path_stop[i]].
    path_x: FloatArray
    path_y: FloatArray
    path_start: IntArray
    path_stop: IntArray
    protection_m: tuple[float, float]  # horizontal, vertical half-sizes of the protected volume

    @property
    def size(self) -> int:
        return len(self.ids)

    def phase_name(self, index: int) -> str:
        return self.phase_names[int(self.phase[index])]

    def phase_word(self, index: int) -> str:
        """The flight's phase in the language spoken ('downwind', 'start')."""
        return phase_word(self.phase_name(index))


@dataclass(frozen=True)
class BirdPicture:
    """Bird flocks now (truth, for the instructor: trainees see birds only as radar tracks)."""

    ids: tuple[str, ...]
    x: FloatArray  # flock centres, RD metres
    y: FloatArray
    alt: FloatArray  # m AGL
    course_deg: FloatArray
    speed: FloatArray
    count: IntArray
    active: BoolArray  # flying now (after its start, before its end)
    bird_x: FloatArray  # every bird, flock by flock
    bird_y: FloatArray
    bird_alt: FloatArray
    bird_flock: IntArray  # index of each bird's flock

    @property
    def size(self) -> int:
        return len(self.ids)
