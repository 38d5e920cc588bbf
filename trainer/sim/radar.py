"""Radar: detection probability by range and size class, position noise, clutter false targets."""

from __future__ import annotations

import math
from typing import Any

import numpy as np
from numpy.typing import NDArray

from trainer.scenario.sensors_model import Radar
from trainer.sim.birds import BirdTargets, flock_truth
from trainer.sim.detections import (
    Detections,
    FloatArray,
    Periodic,
    SensorKind,
    Targets,
    in_outage,
    make_detections,
)
from trainer.sim.ufuncs import clip

CLUTTER_MIN_ALT_M = 10.0  # birds and clutter are seen between these heights
CLUTTER_MAX_ALT_M = 150.0


def detection_probability(
    range_m: FloatArray, radar: Radar, factor: float | FloatArray = 1.0
) -> FloatArray:
    """Pd per target at horizontal `range_m`, whose size scales the radar's ranges by `factor`.

    Pd = Pd_ref * (1 - u^2) with u = clip((r / factor - r_ref) / (r_max - r_ref), 0, 1): the
    reference probability out to the (scaled) reference range, then falling to zero at the
    (scaled) maximum range; nothing beyond the radar's instrumented maximum range.
    """
    r_ref, r_max = radar.reference_range_m, radar.max_range_m
    u = clip((range_m / factor - r_ref) / (r_max - r_ref), 0.0, 1.0)
    pd = radar.detection_probability * (1.0 - u * u)
    return np.where(range_m <= r_max, pd, 0.0)


def _joined(first: NDArray[Any], second: NDArray[Any]) -> NDArray[Any]:
    """np.concatenate of two arrays of one dtype; the first itself (a fresh array, here) when
    there is nothing to add, which is the usual scan of a small fleet (no clutter, no flock)."""
    return np.concatenate([first, second]) if second.size else first


class RadarSensor:
    """One radar: scans every update interval; reports drones and clutter targets it detects."""

    kind = SensorKind.RADAR

    def __init__(
        self,
        index: int,
        config: Radar,
        site: tuple[float, float],
        size_factor: FloatArray,
        rng: np.random.Generator,
        bird_rng: np.random.Generator | None = None,
    ) -> None:
        self.index = index
        self.id = config.id
        self.config = config
        self.site = site
        reference = config.size_range_factor.of(config.reference_size)
        self._factor = np.asarray(size_factor, dtype=float) / reference  # per drone
        self._clutter_factor = config.size_range_factor.of(config.clutter_size) / reference
        self._schedule = Periodic(config.update_interval_s)
        self.outages = [(o.from_s, o.to_s) for o in config.outages]
        self._rng = rng
        # Bird flocks draw from their own generator: drone and clutter reports stay the same.
        self._bird_rng = bird_rng if bird_rng is not None else np.random.default_rng(0)
        self._bird_factor = config.size_range_factor.medium / reference  # flocks: medium units
        self._last_scan_s: float | None = None
        coverage_km2 = math.pi * config.max_range_m**2 / 1e6
        self.clutter_rate_per_s = config.clutter_per_km2_per_h * coverage_km2 / 3600.0
        self.clutter_spawned = 0
        empty = np.zeros(0)
        self._cx, self._cy, self._calt, self._cvx, self._cvy, self._cdeath = (empty,) * 6
        self._cid = np.zeros(0, dtype=np.int64)

    @property
    def next_due_s(self) -> float:
        """Before this (time_s + 1e-9 < next_due_s) a step reports and changes nothing."""
        return self._schedule.next_s

    def add_target(self, size_factor: float) -> None:
        """A drone added during the run (an inject)."""
        reference = self.config.size_range_factor.of(self.config.reference_size)
        self._factor = np.append(self._factor, size_factor / reference)

    def step(
        self, time_s: float, targets: Targets, birds: BirdTargets | None = None
    ) -> Detections | None:
        """A scan if one is due (and the radar is not out): its detections; None if there are
        none."""
        if not self._schedule.due(time_s):
            return None
        self._advance_clutter(time_s)
        if in_outage(self.outages, time_s):
            return None
        config, rng = self.config, self._rng
        sx, sy = self.site
        dx, dy = targets.x - sx, targets.y - sy
        seen = (targets.airborne & (dx * dx + dy * dy <= config.max_range_m**2)).nonzero()[0]
        pd = detection_probability(np.hypot(dx[seen], dy[seen]), config, self._factor[seen])
        drones = seen[rng.random(seen.size) < pd]
        cr = np.hypot(self._cx - sx, self._cy - sy)
        pd_clutter = detection_probability(cr, config, self._clutter_factor)
        clutter = (rng.random(cr.size) < pd_clutter).nonzero()[0]
        x = _joined(targets.x[drones], self._cx[clutter])
        y = _joined(targets.y[drones], self._cy[clutter])
        alt = _joined(targets.alt[drones], self._calt[clutter])
        noise = rng.standard_normal((3, x.size))
        x = x + config.sigma_horizontal_m * noise[0]
        y = y + config.sigma_horizontal_m * noise[1]
        if config.measures_height:
            alt = np.maximum(0.0, alt + config.sigma_vertical_m * noise[2])
        else:
            alt = np.full(x.size, np.nan)
        truth = _joined(drones, np.full(clutter.size, -1))
        clutter_ids = _joined(np.full(drones.size, -1), self._cid[clutter])
        if birds is not None:
            bx, by, balt, btruth = self._flock_echoes(birds)
            x, y = _joined(x, bx), _joined(y, by)
            alt = _joined(alt, balt)
            truth = _joined(truth, btruth)
            clutter_ids = _joined(clutter_ids, np.full(btruth.size, -1))
        if x.size == 0:  # an empty scan: no batch (the tracker would take nothing from it)
            return None
        return make_detections(
            time_s,
            self.index,
            SensorKind.RADAR,
            x,
            y,
            alt=alt,
            sigma_h=config.sigma_horizontal_m,
            sigma_v=config.sigma_vertical_m if config.measures_height else np.nan,
            origin=self.site,
            truth=truth,
            clutter=clutter_ids,
        )

    def _flock_echoes(self, birds: BirdTargets) -> tuple[FloatArray, ...]:
        """Flocks detected this scan, each as one echo (x, y, alt, truth code), with the radar's
        noise. The echo comes from the power-weighted centre of the flock's birds, each bird's
        power fluctuating from scan to scan (exponentially, as a Swerling target), so it wanders
        within the flock: little in a big flock, much in a small one."""
        config, rng = self.config, self._bird_rng
        sx, sy = self.site
        dx, dy = birds.centre_x - sx, birds.centre_y - sy
        seen = (birds.active & (dx * dx + dy * dy <= config.max_range_m**2)).nonzero()[0]
        factor = birds.size_factor[seen] * self._bird_factor
        pd = detection_probability(np.hypot(dx[seen], dy[seen]), config, factor)
        flocks = seen[rng.random(seen.size) < pd]
        if flocks.size == 0:
            empty = np.zeros(0)
            return empty, empty, empty, np.zeros(0, dtype=np.int64)
        counts = birds.count[flocks]
        starts = np.cumsum(counts) - counts  # of each flock's birds in `members`
        members = np.repeat(birds.first[flocks] - starts, counts) + np.arange(counts.sum())
        power = rng.exponential(size=members.size)
        total = np.add.reduceat(power, starts)

        def centre(values: FloatArray) -> FloatArray:
            return np.add.reduceat(power * values[members], starts) / total

        noise = rng.standard_normal((3, flocks.size))
        x = centre(birds.x) + config.sigma_horizontal_m * noise[0]
        y = centre(birds.y) + config.sigma_horizontal_m * noise[1]
        if config.measures_height:
            alt = np.maximum(0.0, centre(birds.alt) + config.sigma_vertical_m * noise[2])
        else:
            alt = np.full(flocks.size, np.nan)
        return x, y, alt, np.array([flock_truth(int(k)) for k in flocks], dtype=np.int64)

    def _advance_clutter(self, time_s: float) -> None:
        """Move clutter targets, let expired ones go, and make new ones (Poisson in time/area)."""
        config, rng = self.config, self._rng
        if self._last_scan_s is None:  # start in the steady state: rate x mean lifetime of them
            expected = self.clutter_rate_per_s * config.clutter_lifetime_s
        else:
            elapsed = time_s - self._last_scan_s
            self._cx = self._cx + self._cvx * elapsed
            self._cy = self._cy + self._cvy * elapsed
            expected = self.clutter_rate_per_s * elapsed
        self._last_scan_s = time_s
        keep = self._cdeath > time_s
        if not keep.all():
            self._cx, self._cy, self._calt = self._cx[keep], self._cy[keep], self._calt[keep]
            self._cvx, self._cvy = self._cvx[keep], self._cvy[keep]
            self._cdeath, self._cid = self._cdeath[keep], self._cid[keep]
        n = int(rng.poisson(expected)) if expected > 0 else 0
        if n == 0:
            return
        draw = rng.random((6, n))
        r = config.max_range_m * np.sqrt(draw[0])
        angle = 2 * np.pi * draw[1]
        speed = config.clutter_max_speed_mps * draw[2]
        heading = 2 * np.pi * draw[3]
        lifetime = -config.clutter_lifetime_s * np.log1p(-draw[4])  # exponential
        sx, sy = self.site
        self._cx = np.concatenate([self._cx, sx + r * np.sin(angle)])
        self._cy = np.concatenate([self._cy, sy + r * np.cos(angle)])
        self._calt = np.concatenate(
            [self._calt, CLUTTER_MIN_ALT_M + (CLUTTER_MAX_ALT_M - CLUTTER_MIN_ALT_M) * draw[5]]
        )
        self._cvx = np.concatenate([self._cvx, speed * np.sin(heading)])
        self._cvy = np.concatenate([self._cvy, speed * np.cos(heading)])
        self._cdeath = np.concatenate([self._cdeath, time_s + lifetime])
        self._cid = np.concatenate([self._cid, self.clutter_spawned + np.arange(n)])
        self.clutter_spawned += n

    def state_bytes(self) -> bytes:
        rngs = (self._rng, self._bird_rng)
        return repr([r.bit_generator.state for r in rngs]).encode() + self._cx.tobytes()
