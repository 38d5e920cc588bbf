"""Distances that matter for safety: drone to runway, drone to approach path, drone to drone."""

from __future__ import annotations

import functools

import numpy as np
from numpy.typing import NDArray

from trainer.geo.aerodrome import Runway
from trainer.sim.fleet import BoolArray, FloatArray
from trainer.sim.ufuncs import clip

APPROACH_PATH_LENGTH_M = 5_000.0  # extended centreline followed by aircraft on final
# Pair keys are first * this + second: fixed, not the fleet size, so a key stays the same when
# injects add drones (drone indices are far below it; keys keep the pairs' sorted order).
PAIR_KEY_BASE = 1 << 32
ALL_PAIRS_MAX = 64  # airborne drones up to which close_pairs measures all pairs, no k-d tree


def distance_to_segments(x: FloatArray, y: FloatArray, segments: NDArray[np.float64]) -> FloatArray:
    """Shortest distance from each point to any of the segments (rows x1, y1, x2, y2)."""
    if segments.shape[0] == 0:
        return np.full(x.shape, np.inf)
    x1, y1, x2, y2 = (segments[:, k][None, :] for k in range(4))
    dx, dy = x2 - x1, y2 - y1
    px, py = x[:, None] - x1, y[:, None] - y1
    t = clip((px * dx + py * dy) / (dx * dx + dy * dy), 0.0, 1.0)
    return np.hypot(px - t * dx, py - t * dy).min(axis=1)


def runway_segments(runways: tuple[Runway, ...]) -> NDArray[np.float64]:
    return np.array([[*r.ends[0], *r.ends[1]] for r in runways], dtype=np.float64).reshape(-1, 4)


def approach_segments(runways: tuple[Runway, ...]) -> NDArray[np.float64]:
    """The extended centreline beyond each runway end, where arriving aircraft fly final."""
    rows = []
    for runway in runways:
        (x0, y0), (x1, y1) = runway.ends
        length = float(np.hypot(x1 - x0, y1 - y0))
        ux, uy = (x1 - x0) / length, (y1 - y0) / length
        reach = APPROACH_PATH_LENGTH_M
        rows.append([x0, y0, x0 - ux * reach, y0 - uy * reach])  # final for the runway from end 0
        rows.append([x1, y1, x1 + ux * reach, y1 + uy * reach])
    return np.array(rows, dtype=np.float64).reshape(-1, 4)


class ProximityMonitor:
    """Pairs of drones within the proximity limits, exact at every tick, with few tree builds.

    Every `refresh_ticks` it collects candidate pairs within the limits plus the distance two
    drones can close in that time; in between only those candidates need measuring.
    """

    def __init__(self, horizontal_m: float, vertical_m: float, refresh_ticks: int = 10) -> None:
        self.horizontal_m = horizontal_m
        self.vertical_m = vertical_m
        self.refresh_ticks = refresh_ticks
        self._age = refresh_ticks
        self._candidates = np.zeros((0, 2), dtype=np.int64)
        self._airborne = b""  # the airborne mask at the last refresh, as bytes (cheap to compare)

    def update(
        self,
        x: FloatArray,
        y: FloatArray,
        alt: FloatArray,
        airborne: BoolArray,
        max_speed_mps: float,
        max_climb_mps: float,
        dt: float,
    ) -> NDArray[np.int64]:
        """Sorted pairs (i < j) of airborne drones within both limits now."""
        mask = airborne.tobytes()
        if self._age >= self.refresh_ticks or mask != self._airborne:
            horizon = self.refresh_ticks * dt
            self._candidates = close_pairs(
                x,
                y,
                alt,
                airborne,
                self.horizontal_m + 2.0 * max_speed_mps * horizon,
                self.vertical_m + 2.0 * max_climb_mps * horizon,
            )
            self._airborne = mask
            self._age = 0
        self._age += 1
        if self._candidates.size == 0:  # the usual tick of a small fleet: nobody near anybody
            return self._candidates
        first, second = self._candidates[:, 0], self._candidates[:, 1]
        near = np.hypot(x[first] - x[second], y[first] - y[second]) <= self.horizontal_m
        near &= np.abs(alt[first] - alt[second]) <= self.vertical_m
        return self._candidates[near]


def pair_keys(pairs: NDArray[np.int64]) -> NDArray[np.int64]:
    """One integer per pair (i, j), the same for as long as the pair exists."""
    return pairs[:, 0] * PAIR_KEY_BASE + pairs[:, 1]


def pair_of(key: int) -> tuple[int, int]:
    first, second = divmod(key, PAIR_KEY_BASE)
    return first, second


def close_pairs(
    x: FloatArray,
    y: FloatArray,
    alt: FloatArray,
    airborne: BoolArray,
    horizontal_m: float,
    vertical_m: float,
) -> NDArray[np.int64]:
    """Pairs (i < j) of airborne drones within both limits, sorted; a k-d tree, not all pairs
    (up to ALL_PAIRS_MAX drones, all pairs, with a hair to spare: candidates for the monitor)."""
    idx = airborne.nonzero()[0]
    if idx.size < 2:
        return np.zeros((0, 2), dtype=np.int64)
    if idx.size <= ALL_PAIRS_MAX:
        # A few drones: all pairs cost less than a tree (and need no scipy). A hair wider than
        # the limit, so that rounding cannot drop a pair the tree would keep; the monitor
        # measures its candidates exactly.
        local = _all_pairs(idx.size)
        dx = x[idx[local[:, 0]]] - x[idx[local[:, 1]]]
        dy = y[idx[local[:, 0]]] - y[idx[local[:, 1]]]
        local = local[dx * dx + dy * dy <= (horizontal_m + 1e-6) ** 2]
    else:
        from scipy.spatial import cKDTree  # here, not at the top: scipy slows the window's start

        tree = cKDTree(np.column_stack([x[idx], y[idx]]))
        local = tree.query_pairs(horizontal_m, output_type="ndarray")
    if local.size == 0:
        return np.zeros((0, 2), dtype=np.int64)
    pairs = idx[local]
    pairs = pairs[np.abs(alt[pairs[:, 0]] - alt[pairs[:, 1]]) <= vertical_m]
    pairs.sort(axis=1)
    order = np.lexsort((pairs[:, 1], pairs[:, 0]))
    return pairs[order]


@functools.cache
def _all_pairs(count: int) -> NDArray[np.intp]:
    """Every pair (i < j) of `count` things, in order; read-only, made once per count (the
    monitor asks for the same few counts every refresh)."""
    pairs = np.column_stack(np.triu_indices(count, 1))
    pairs.setflags(write=False)
    return pairs
