"""Runway alerts: which drones came within each alert distance of the runway this tick."""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray

from trainer.sim.fleet import BoolArray, FloatArray
from trainer.sim.proximity import distance_to_segments

# Margins are shortened by this, so that rounding in distances and flown distances can never
# let a drone cross an alert distance unmeasured.
MARGIN_SLACK_M = 1e-3


class RunwayMonitor:
    """Keeps each drone's alert band (how many alert distances it is inside), with hysteresis.

    A band changes only when the drone's distance to the runway crosses an alert distance (or
    one plus the hysteresis), or when the drone lands or takes off. So each measurement also
    keeps how far the drone is from the nearest of those distances, its margin; it is measured
    again only once the farthest any drone has flown since then (a scalar, counted once a tick)
    has used that margin up. An ordinary tick of a small fleet then costs no array work at all.
    """

    def __init__(self, runway: NDArray[np.float64], alert_m: tuple[float, ...], hysteresis_m: float,
                 drone_count: int) -> None:  # fmt: skip
        self._runway = runway
        self.distances = np.array(sorted(alert_m, reverse=True))
        self._hysteresis_m = hysteresis_m
        self._edges = np.concatenate([self.distances, self.distances + hysteresis_m])
        ends = runway.reshape(-1, 2)
        self._centre = ends.mean(axis=0) if ends.size else np.zeros(2)
        reach = float(np.hypot(*(ends - self._centre).T).max(initial=0.0))
        # Only drones within this radius of the runway's middle can be inside an alert distance.
        self._watch = reach + float(self.distances.max(initial=0.0)) + hysteresis_m
        self._watch_sq = self._watch**2
        self._band = np.zeros(drone_count, dtype=np.int64)
        self._flown_m = 0.0  # the farthest any drone has flown, summed over the ticks so far
        self._due_m = np.full(drone_count, -np.inf)  # per drone: _flown_m at which to measure
        self._soonest_m = -np.inf  # the smallest of _due_m
        self._airborne = b""  # the airborne mask at the last measurement

    def grow(self, drone_count: int) -> None:
        """Make room for drones added during a run."""
        extra = drone_count - self._band.size
        self._band = np.append(self._band, np.zeros(extra, dtype=np.int64))
        self._due_m = np.append(self._due_m, np.full(extra, -np.inf))
        self._soonest_m = -np.inf

    def update(
        self, x: FloatArray, y: FloatArray, airborne: BoolArray, moved_max_m: float = np.inf
    ) -> list[tuple[int, float]]:
        """(drone, alert distance) for every alert distance a drone came inside this tick;
        `moved_max_m` is the farthest any drone flew since the last update."""
        self._flown_m += moved_max_m
        mask = airborne.tobytes()
        if mask == self._airborne and self._soonest_m > self._flown_m:
            return []  # nobody can have crossed an alert distance
        if mask != self._airborne:
            self._due_m[:] = -np.inf  # a take-off or a landing: measure everyone
            self._airborne = mask
        stale = (self._due_m <= self._flown_m).nonzero()[0]
        sx, sy = x[stale], y[stale]
        centre_sq = (sx - self._centre[0]) ** 2 + (sy - self._centre[1]) ** 2
        flying = airborne[stale]
        near = flying & (centre_sq <= self._watch_sq)
        old = self._band[stale]
        band = np.zeros(stale.size, dtype=np.int64)
        # Out of the watch circle: safe until it is reached; on the ground: until take-off.
        margin = np.where(flying, np.sqrt(centre_sq) - self._watch, np.inf)
        if near.any():
            d = distance_to_segments(sx[near], sy[near], self._runway)[:, None]
            inner = (d <= self.distances[None, :]).sum(axis=1)
            outer = (d <= self.distances[None, :] + self._hysteresis_m).sum(axis=1)
            band[near] = np.maximum(inner, np.minimum(old[near], outer))
            margin[near] = np.abs(d - self._edges[None, :]).min(axis=1)
        self._band[stale] = band
        self._due_m[stale] = self._flown_m + margin - MARGIN_SLACK_M
        self._soonest_m = float(self._due_m.min(initial=np.inf))
        return [
            (int(stale[k]), float(self.distances[level]))
            for k in np.flatnonzero(band > old)
            for level in range(old[k], band[k])
        ]
