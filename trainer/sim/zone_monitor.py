"""Which drones are in which zones, every tick, without testing all drone-zone pairs each tick.

The horizontal part uses an STRtree of zone areas. After a drone's check it knows a lower bound
of its distance to the nearest boundary; it cannot cross any boundary before it has flown that
far, so it is only looked up again once its flown distance uses that margin up. The bound comes
from a k-d tree of points spaced along every boundary (nearest point minus half the spacing, a
cheap query) when many drones are looked up at once; for a few drones the exact distance (an
STRtree of boundary pieces) costs less.
The vertical limits and zone schedules are applied every tick to the (few) horizontal
memberships, which are kept sorted by key so that no tick has to sort them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import shapely
from numpy.typing import NDArray

from trainer.geo.zones import Zone
from trainer.sim.fleet import BoolArray, FloatArray, IntArray


@dataclass(frozen=True)
class ZoneChanges:
    """Memberships that began or ended this tick, as (drone, zone) index pairs."""

    entered: NDArray[np.int64]  # shape (k, 2)
    exited: NDArray[np.int64]


def _boundary_pieces(polygons: list[shapely.Geometry]) -> list[shapely.Geometry]:
    """Zone outlines cut into short lines: nearest-boundary searches then prune far better."""
    pieces = []
    for polygon in polygons:
        for part in shapely.get_parts(polygon):
            for ring in [part.exterior, *part.interiors]:
                coords = np.asarray(ring.coords)
                for start in range(0, len(coords) - 1, 2):
                    pieces.append(shapely.LineString(coords[start : start + 3]))
    return pieces


# Boundary points this far apart: a point's distance to a boundary is at least its distance to
# the nearest point less half of this. Smaller: closer bounds (fewer look-ups), a bigger tree.
BOUNDARY_SPACING_M = 10.0
BOUND_BATCH = 32  # look-ups at once from which the k-d tree bound is used
# Up to this many drones (margins) or memberships a tick's checks run over Python values: the
# same comparisons on the same numbers, without the fixed cost of a dozen numpy calls.
FEW = 4


def _boundary_points(polygons: list[shapely.Geometry], spacing: float) -> FloatArray:
    """Points along every zone outline, at most `spacing` apart along each edge."""
    chunks = [np.zeros((0, 2))]
    for polygon in polygons:
        for part in shapely.get_parts(polygon):
            for ring in [part.exterior, *part.interiors]:
                coords = np.asarray(ring.coords)[:, :2]
                if len(coords) < 2:
                    chunks.append(coords)
                    continue
                start, step = coords[:-1], np.diff(coords, axis=0)
                count = np.maximum(np.ceil(np.hypot(step[:, 0], step[:, 1]) / spacing), 1)
                edge = np.repeat(np.arange(len(start)), count.astype(np.int64))
                first = np.repeat(np.cumsum(count) - count, count.astype(np.int64))
                t = (np.arange(edge.size) - first) / count[edge]
                chunks.append(start[edge] + step[edge] * t[:, None])
                chunks.append(coords[-1:])
    return np.concatenate(chunks)


def _member(values: NDArray[np.int64], sorted_keys: NDArray[np.int64]) -> BoolArray:
    """Which of `values` are in `sorted_keys` (sorted, unique)."""
    if sorted_keys.size == 0:
        return np.zeros(values.size, dtype=np.bool_)
    at = np.minimum(np.searchsorted(sorted_keys, values), sorted_keys.size - 1)
    return sorted_keys[at] == values


_NO_CHANGES = ZoneChanges(np.zeros((0, 2), np.int64), np.zeros((0, 2), np.int64))


class ZoneMonitor:
    def __init__(self, zones: tuple[Zone, ...], drone_count: int) -> None:
        self.zones = zones
        self._zone_count = len(zones)
        polygons = [z.polygon for z in zones]
        for polygon in polygons:
            shapely.prepare(polygon)
        self._areas = shapely.STRtree(polygons)
        self._boundaries = shapely.STRtree(_boundary_pieces(polygons))
        self._polygons = polygons
        self._boundary_points: Any = None  # a k-d tree, built for the first big batch of look-ups
        self.lower = np.array([z.lower.height_agl_m for z in zones], dtype=np.float64)
        self.upper = np.array([z.upper.height_agl_m for z in zones], dtype=np.float64)
        self._margin = np.zeros(drone_count)  # metres a drone may fly before its next look-up
        # Horizontal memberships, sorted by key (drone * Z + zone), with their zones' limits.
        self._pair_key = np.zeros(0, dtype=np.int64)
        self._pair_drone = np.zeros(0, dtype=np.int64)
        self._pair_zone = np.zeros(0, dtype=np.int64)
        self._pair_lower = np.zeros(0)
        self._pair_upper = np.zeros(0)
        self._inside_keys = np.zeros(0, dtype=np.int64)  # drone * Z + zone, sorted
        # The same as Python values, for the few-membership check: (key, drone, zone, lower,
        # upper) per pair, and the keys inside.
        self._pair_rows: list[tuple[int, int, int, float, float]] = []
        self._inside_list: list[int] = []
        self.lookups = 0  # drones looked up so far (for benchmarks)

    def update(
        self,
        x: FloatArray,
        y: FloatArray,
        alt: FloatArray,
        moved: FloatArray,
        airborne: BoolArray,
        zone_active: BoolArray | None,
    ) -> ZoneChanges:
        """Advance one tick: `moved` is how far each drone flew since the last update;
        `zone_active` None means every zone is active."""
        margin = self._margin
        if margin.size <= FEW:
            stale_few = []
            for k, (left, flown, flying) in enumerate(
                zip(margin.tolist(), moved.tolist(), airborne.tolist(), strict=True)
            ):
                left = left - flown
                margin[k] = left
                if flying and left <= 0.0:
                    stale_few.append(k)
            stale = np.array(stale_few, dtype=np.intp)
        else:
            margin -= moved
            stale = (airborne & (margin <= 0.0)).nonzero()[0]
        if self._zone_count == 0:
            return _NO_CHANGES
        if stale.size:
            self._look_up(stale, x, y)
        if self._pair_key.size == 0 and self._inside_keys.size == 0:
            return _NO_CHANGES  # nobody over any zone, before or now: nothing to measure
        if self._pair_key.size <= FEW:
            keys_few = self._inside_few(alt, airborne, zone_active)
            if keys_few == self._inside_list:  # the usual tick: nothing changed
                return _NO_CHANGES
            keys = np.array(keys_few, dtype=np.int64)
        else:
            drone = self._pair_drone
            height = alt[drone]
            keep = airborne[drone] & (height >= self._pair_lower) & (height <= self._pair_upper)
            if zone_active is not None:
                keep &= zone_active[self._pair_zone]
            keys = self._pair_key[keep]  # sorted, as the pairs are
        old = self._inside_keys
        if keys.tobytes() == old.tobytes():  # the usual tick: nothing changed (int64 keys)
            return _NO_CHANGES
        entered = keys[~_member(keys, old)]
        exited = old[~_member(old, keys)]
        self._inside_keys = keys
        self._inside_list = keys.tolist()
        return ZoneChanges(self._split(entered), self._split(exited))

    def _inside_few(
        self, alt: FloatArray, airborne: BoolArray, zone_active: BoolArray | None
    ) -> list[int]:
        """The keys of the memberships that hold now (the array form's `keep`, pair by pair)."""
        return [
            key
            for key, drone, zone, lower, upper in self._pair_rows
            if airborne[drone]
            and alt[drone] >= lower
            and alt[drone] <= upper
            and (zone_active is None or zone_active[zone])
        ]

    def _look_up(self, drones: IntArray, x: FloatArray, y: FloatArray) -> None:
        self.lookups += drones.size
        px, py = x[drones], y[drones]
        points = shapely.points(px, py)
        hits = self._areas.query(points, predicate="intersects")
        if drones.size < BOUND_BATCH:  # a few drones: exact distances cost less than a tree
            nearest, distance = self._boundaries.query_nearest(
                points, return_distance=True, all_matches=False
            )
            margins = np.full(drones.size, np.inf)
            margins[nearest[0]] = distance
        else:
            # A bound only: near a boundary (bound <= 0) the drone is simply looked up again
            # next tick, which costs less than an exact distance would.
            bound, _ = self._boundary_tree().query(np.column_stack([px, py]))
            margins = bound - BOUNDARY_SPACING_M / 2
        self._margin[drones] = margins
        stale = np.zeros(self._margin.size, dtype=np.bool_)
        stale[drones] = True
        keep = ~stale[self._pair_drone]
        new_drone, new_zone = drones[hits[0]], hits[1].astype(np.int64)
        new_key = new_drone * self._zone_count + new_zone
        # The kept pairs are sorted; a stable sort of them followed by the new ones is a merge.
        key = np.concatenate([self._pair_key[keep], new_key])
        order = np.argsort(key, kind="stable")
        self._pair_key = key[order]
        self._pair_drone = np.concatenate([self._pair_drone[keep], new_drone])[order]
        self._pair_zone = np.concatenate([self._pair_zone[keep], new_zone])[order]
        self._pair_lower = self.lower[self._pair_zone]
        self._pair_upper = self.upper[self._pair_zone]
        self._pair_rows = []  # (only a few pairs are checked one by one; see update)
        if self._pair_key.size <= FEW:
            self._pair_rows = list(
                zip(
                    self._pair_key.tolist(),
                    self._pair_drone.tolist(),
                    self._pair_zone.tolist(),
                    self._pair_lower.tolist(),
                    self._pair_upper.tolist(),
                    strict=True,
                )
            )

    def _boundary_tree(self) -> Any:
        if self._boundary_points is None:
            # scipy here, not at the top: the window starts (and small runs go) without it
            from scipy.spatial import cKDTree

            self._boundary_points = cKDTree(_boundary_points(self._polygons, BOUNDARY_SPACING_M))
        return self._boundary_points

    def _split(self, keys: NDArray[np.int64]) -> NDArray[np.int64]:
        return np.stack([keys // self._zone_count, keys % self._zone_count], axis=1)

    def memberships(self) -> tuple[NDArray[np.int64], NDArray[np.int64]]:
        """Current (drone index, zone index) pairs, sorted by drone then zone."""
        if self._zone_count == 0:
            return np.zeros(0, np.int64), np.zeros(0, np.int64)
        pairs = self._split(self._inside_keys)
        return pairs[:, 0].copy(), pairs[:, 1].copy()

    def grow(self, drone_count: int) -> None:
        """Make room for drones added during a run (they are looked up on their first tick)."""
        extra = drone_count - self._margin.size
        if extra > 0:
            self._margin = np.concatenate([self._margin, np.zeros(extra)])
