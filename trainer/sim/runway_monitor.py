"""Runway alerts: which drones came within each alert distance of the runway this tick."""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from trainer.sim.fleet import BoolArray, FloatArray
from trainer.sim.proximity import distance_to_segments


class RunwayMonitor:
    """Keeps each drone's alert band (how many alert distances it is inside), with hysteresis."""

    def __init__(self, runway: NDArray[np.float64], alert_m: tuple[float, ...], hysteresis_m: float,
                 drone_count: int) -> None:  # fmt: skip
        self._runway = runway
        self.distances = np.array(sorted(alert_m, reverse=True))
        self._hysteresis_m = hysteresis_m
        ends = runway.reshape(-1, 2)
        self._centre = ends.mean(axis=0) if ends.size else np.zeros(2)
        reach = float(np.hypot(*(ends - self._centre).T).max(initial=0.0))
        # Only drones within this radius of the runway's middle can be inside an alert distance.
        watch = reach + float(self.distances.max(initial=0.0)) + hysteresis_m
        self._watch_sq = watch**2
        self._band = np.zeros(drone_count, dtype=np.int64)

    def grow(self, drone_count: int) -> None:
        """Make room for drones added during a run."""
        self._band = np.append(self._band, np.zeros(drone_count - self._band.size, dtype=np.int64))

    def update(self, x: FloatArray, y: FloatArray, airborne: BoolArray) -> list[tuple[int, float]]:
        """(drone, alert distance) for every alert distance a drone came inside this tick."""
        near = np.flatnonzero(
            airborne & ((x - self._centre[0]) ** 2 + (y - self._centre[1]) ** 2 <= self._watch_sq)
        )
        band = np.zeros(x.size, dtype=np.int64)
        if near.size:
            d = distance_to_segments(x[near], y[near], self._runway)[:, None]
            inner = (d <= self.distances[None, :]).sum(axis=1)
            outer = (d <= self.distances[None, :] + self._hysteresis_m).sum(axis=1)
            band[near] = np.maximum(inner, np.minimum(self._band[near], outer))
        crossed = [
            (int(i), float(self.distances[level]))
            for i in np.flatnonzero(band > self._band)
            for level in range(self._band[i], band[i])
        ]
        self._band = band
        return crossed
