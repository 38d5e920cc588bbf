"""RF detector: hears active control links in range; reports a noisy bearing, optionally an area."""

from __future__ import annotations

import numpy as np

from trainer.scenario.sensors_model import RfDetector
from trainer.sim.detections import (
    Detections,
    Periodic,
    SensorKind,
    Targets,
    grid_bearing_deg,
    in_outage,
    make_detections,
)


class RfSensor:
    """One RF detector: every update interval, each linked drone in range is heard with Pd.

    The bearing carries Gaussian noise. With `reports_area` the range is also estimated (from
    signal strength) with a log-normal error, and the report becomes a position with a large
    uncertainty; otherwise x and y are NaN and only the bearing is known. Never a height.
    """

    kind = SensorKind.RF

    def __init__(
        self, index: int, config: RfDetector, site: tuple[float, float], rng: np.random.Generator
    ) -> None:
        self.index = index
        self.id = config.id
        self.config = config
        self.site = site
        self._schedule = Periodic(config.update_interval_s)
        self.outages = [(o.from_s, o.to_s) for o in config.outages]
        self._rng = rng

    @property
    def next_due_s(self) -> float:
        """Before this (time_s + 1e-9 < next_due_s) a step reports and changes nothing."""
        return self._schedule.next_s

    def step(self, time_s: float, targets: Targets) -> Detections | None:
        if not self._schedule.due(time_s) or in_outage(self.outages, time_s):
            return None
        config, rng = self.config, self._rng
        sx, sy = self.site
        dx, dy = targets.x - sx, targets.y - sy
        heard = (
            targets.airborne & targets.link & (dx * dx + dy * dy <= config.range_m**2)
        ).nonzero()[0]
        heard = heard[rng.random(heard.size) < config.detection_probability]
        if heard.size == 0:  # nothing heard: no batch (and no draws, so the same stream)
            return None
        noise = rng.standard_normal((2, heard.size))
        bearing = np.mod(
            grid_bearing_deg(dx[heard], dy[heard]) + config.bearing_sigma_deg * noise[0], 360.0
        )
        if config.reports_area:
            estimate = np.hypot(dx[heard], dy[heard]) * np.exp(
                config.range_sigma_fraction * noise[1]
            )
            rad = np.radians(bearing)
            x, y = sx + estimate * np.sin(rad), sy + estimate * np.cos(rad)
            spread = max(config.range_sigma_fraction, np.radians(config.bearing_sigma_deg))
            sigma_h = np.maximum(estimate * spread, 10.0)
        else:
            x = y = np.full(heard.size, np.nan)
            sigma_h = np.full(heard.size, np.nan)
        return make_detections(
            time_s,
            self.index,
            SensorKind.RF,
            x,
            y,
            sigma_h=sigma_h,
            origin=self.site,
            bearing_deg=bearing,
            bearing_sigma_deg=config.bearing_sigma_deg,
            truth=heard,
        )

    def state_bytes(self) -> bytes:
        return repr(self._rng.bit_generator.state).encode()
