"""Remote ID receiver: cooperative drones broadcast id, operator, position, height and speed."""

from __future__ import annotations

import numpy as np

from trainer.scenario.sensors_model import RemoteIdReceiver
from trainer.sim.detections import (
    Detections,
    ObjectArray,
    SensorKind,
    Targets,
    grid_bearing_deg,
    in_outage,
    make_detections,
)


class RemoteIdSensor:
    """One receiver. Each broadcasting drone sends a message every `broadcast_interval_s` at its
    own phase (drawn once, uniform in the interval); while the drone is airborne and within
    range the receiver hears it with `reception_probability`. The message carries the GNSS
    position (Gaussian error), height, ground speed and course, serial and operator id.
    """

    kind = SensorKind.REMOTE_ID

    def __init__(
        self,
        index: int,
        config: RemoteIdReceiver,
        site: tuple[float, float],
        serial: ObjectArray,
        operator: ObjectArray,
        rng: np.random.Generator,
    ) -> None:
        self.index = index
        self.id = config.id
        self.config = config
        self.site = site
        self.outages = [(o.from_s, o.to_s) for o in config.outages]
        self._serial = serial
        self._operator = operator
        self._rng = rng
        self._broadcasters = np.flatnonzero(np.array([s is not None for s in serial], dtype=bool))
        self._next_s = rng.uniform(0.0, config.broadcast_interval_s, self._broadcasters.size)
        self._earliest_s = float(self._next_s.min(initial=np.inf))

    @property
    def next_due_s(self) -> float:
        """Before this (time_s + 1e-9 < next_due_s) a step reports and changes nothing."""
        return self._earliest_s

    def add_target(self, serial: str | None, operator: str | None, time_s: float) -> None:
        """A drone added during the run (an inject); it broadcasts from a random moment on."""
        index = self._serial.size
        self._serial = np.append(self._serial, np.array([serial], dtype=object))
        self._operator = np.append(self._operator, np.array([operator], dtype=object))
        if serial is not None:
            first = time_s + self._rng.uniform(0.0, self.config.broadcast_interval_s)
            self._broadcasters = np.append(self._broadcasters, index)
            self._next_s = np.append(self._next_s, first)
            self._earliest_s = min(self._earliest_s, first)

    def step(self, time_s: float, targets: Targets) -> Detections | None:
        if time_s + 1e-9 < self._earliest_s:
            return None
        due_mask = self._next_s <= time_s + 1e-9
        config, rng = self.config, self._rng
        interval = config.broadcast_interval_s
        late = self._next_s[due_mask]
        self._next_s[due_mask] = late + interval * (np.floor((time_s - late) / interval + 1e-9) + 1)
        self._earliest_s = float(self._next_s.min())
        if in_outage(self.outages, time_s):
            return None
        sent = self._broadcasters[due_mask]
        sx, sy = self.site
        dx, dy = targets.x[sent] - sx, targets.y[sent] - sy
        heard = sent[targets.airborne[sent] & (dx * dx + dy * dy <= config.range_m**2)]
        heard = heard[rng.random(heard.size) < config.reception_probability]
        if heard.size == 0:  # nothing heard: no batch (and no draws, so the same stream)
            return None
        noise = rng.standard_normal((3, heard.size))
        vx, vy = targets.vx[heard], targets.vy[heard]
        return make_detections(
            time_s,
            self.index,
            SensorKind.REMOTE_ID,
            targets.x[heard] + config.sigma_horizontal_m * noise[0],
            targets.y[heard] + config.sigma_horizontal_m * noise[1],
            alt=np.maximum(0.0, targets.alt[heard] + config.sigma_vertical_m * noise[2]),
            sigma_h=config.sigma_horizontal_m,
            sigma_v=config.sigma_vertical_m,
            origin=self.site,
            speed=np.hypot(vx, vy),
            course_deg=grid_bearing_deg(vx, vy),
            serial=self._serial[heard],
            operator=self._operator[heard],
            truth=heard,
        )

    def state_bytes(self) -> bytes:
        return repr(self._rng.bit_generator.state).encode() + self._next_s.tobytes()
