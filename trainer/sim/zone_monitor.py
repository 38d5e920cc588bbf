"""Which drones are in which zones, every tick, without testing all drone-zone pairs each tick.

The horizontal part uses two STRtrees (zone areas and zone boundaries). After a drone's check it
knows how far it is from the nearest boundary; it cannot cross any boundary before it has flown
that far, so it is only looked up again once its flown distance uses that margin up. The vertical
limits and zone schedules are applied every tick to the (few) horizontal memberships.
"""

from __future__ import annotations

from dataclasses import dataclass

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
        self.lower = np.array([z.lower.height_agl_m for z in zones], dtype=np.float64)
        self.upper = np.array([z.upper.height_agl_m for z in zones], dtype=np.float64)
        self._margin = np.zeros(drone_count)  # metres a drone may fly before its next look-up
        self._pair_drone = np.zeros(0, dtype=np.int64)  # horizontal memberships
        self._pair_zone = np.zeros(0, dtype=np.int64)
        self._inside_keys = np.zeros(0, dtype=np.int64)  # drone * Z + zone, sorted
        self.lookups = 0  # drones looked up so far (for benchmarks)

    def update(
        self,
        x: FloatArray,
        y: FloatArray,
        alt: FloatArray,
        moved: FloatArray,
        airborne: BoolArray,
        zone_active: BoolArray,
    ) -> ZoneChanges:
        """Advance one tick: `moved` is how far each drone flew since the last update."""
        self._margin -= moved
        if self._zone_count == 0:
            return _NO_CHANGES
        stale = np.flatnonzero(airborne & (self._margin <= 0.0))
        if stale.size:
            self._look_up(stale, x, y)
        keep = airborne[self._pair_drone] & zone_active[self._pair_zone]
        height = alt[self._pair_drone]
        keep &= (height >= self.lower[self._pair_zone]) & (height <= self.upper[self._pair_zone])
        keys = np.sort(self._pair_drone[keep] * self._zone_count + self._pair_zone[keep])
        if np.array_equal(keys, self._inside_keys):  # the usual tick: nothing changed
            return _NO_CHANGES
        entered = np.setdiff1d(keys, self._inside_keys, assume_unique=True)
        exited = np.setdiff1d(self._inside_keys, keys, assume_unique=True)
        self._inside_keys = keys
        return ZoneChanges(self._split(entered), self._split(exited))

    def _look_up(self, drones: IntArray, x: FloatArray, y: FloatArray) -> None:
        self.lookups += drones.size
        points = shapely.points(x[drones], y[drones])
        hits = self._areas.query(points, predicate="intersects")
        nearest, distance = self._boundaries.query_nearest(
            points, return_distance=True, all_matches=False
        )
        margins = np.full(drones.size, np.inf)
        margins[nearest[0]] = distance
        self._margin[drones] = margins
        stale = np.zeros(self._margin.size, dtype=np.bool_)
        stale[drones] = True
        keep = ~stale[self._pair_drone]
        self._pair_drone = np.concatenate([self._pair_drone[keep], drones[hits[0]]])
        self._pair_zone = np.concatenate([self._pair_zone[keep], hits[1].astype(np.int64)])

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
