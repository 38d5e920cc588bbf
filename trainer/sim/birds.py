"""Bird flocks: wandering heading, speed and height, birds spread about the flock; radar targets.

Each flock's heading, speed and height follow slow random processes about the scenario's mean
course, speed and height; each bird wanders about the flock's centre. Flocks draw from their own
generator, default_rng([seed, BIRD_STREAM]): the drones' truth and the sensors' draws are the same
with or without birds. Figures and sources: docs/traffic.md.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from trainer.scenario.traffic_model import bird_subject
from trainer.sim.fleet import BoolArray, FloatArray, IntArray
from trainer.sim.snapshot import frozen
from trainer.sim.traffic_picture import BirdPicture
from trainer.sim.ufuncs import clip

BIRD_STREAM = 2  # the engine draws from default_rng(seed), the sensors from [seed, 1, n]
MIN_SPEED_MPS, MAX_SPEED_MPS = 10.0, 20.0
MIN_ALT_M, MAX_ALT_M = 20.0, 300.0
HEADING_RELAX_S = 30.0  # the heading drifts back to the mean course over about this long
TURN_RATE_MEMORY_S = 5.0  # a turn, once begun, lasts a few seconds
SPEED_SIGMA = 0.08  # of the mean speed
SPEED_MEMORY_S = 10.0
ALT_SIGMA_M = 15.0
ALT_MEMORY_S = 60.0
PLACE_MEMORY_S = 10.0  # a bird's place in the flock changes over about this long
MEDIUM_RCS_M2 = 0.1  # the radar's `medium` size class (docs/sensors.md)
# Truth codes: detections and tracks carry a drone index (>= 0), -1 for clutter, -2 is the
# tracker's empty slot; flock k is -3 - k.
FIRST_FLOCK_TRUTH = -3


def flock_truth(flock: int) -> int:
    return FIRST_FLOCK_TRUTH - flock


def truth_name(truth: int, drone_ids: tuple[str, ...], flock_ids: tuple[str, ...]) -> str:
    """What a truth code stands for in the event log: a drone id, 'bird:<flock>', or ''."""
    if truth >= 0:
        return drone_ids[truth]
    if truth <= FIRST_FLOCK_TRUTH:
        return bird_subject(flock_ids[FIRST_FLOCK_TRUTH - truth])
    return ""


def size_factor(count: int, rcs_per_bird_m2: float) -> float:
    """Radar range scale of a flock in units of the `medium` class: the flock is one echo whose
    cross-section is the sum of its birds', and range goes with its fourth root."""
    return float((count * rcs_per_bird_m2 / MEDIUM_RCS_M2) ** 0.25)


@dataclass(frozen=True)
class FlockSpec:
    """A flock as the engine needs it: RD metres, m AGL, radians (grid), m/s, seconds."""

    id: str
    count: int
    x: float
    y: float
    alt: float
    course_rad: float
    speed_mps: float
    wander_rad: float
    spread_m: float
    start_s: float
    end_s: float  # inf: it never leaves
    rcs_per_bird_m2: float


@dataclass(frozen=True)
class BirdTargets:
    """The flocks as a radar may see them; each is one echo, from one of its birds (views)."""

    centre_x: FloatArray  # per flock
    centre_y: FloatArray
    active: BoolArray
    size_factor: FloatArray  # range scale in units of the radar's `medium` class
    first: IntArray  # the flock's first bird
    count: IntArray
    x: FloatArray  # per bird
    y: FloatArray
    alt: FloatArray


@dataclass(frozen=True)
class _OuSteps:
    """One tick of every Ornstein-Uhlenbeck process, with stationary spread sigma and memory
    tau: value * keep + noise * z, where keep = exp(-dt / tau) and noise = sigma * sqrt(1 -
    keep^2). Worked out once per tick length (the engine's is fixed). The flocks' three (turn
    rate, speed, height) and the birds' three (place x, y, z) are each stacked in one array, so
    a tick is two sums, not six; each element is the same operations on the same operands."""

    flock_keep: FloatArray  # (3, 1)
    flock_noise: FloatArray  # (3, flocks)
    place_keep: float  # the three places share one memory
    place_noise: FloatArray  # (3, birds)

    @classmethod
    def of(cls, turn_sigma: FloatArray, spread: FloatArray, dt: float) -> _OuSteps:
        def keep(memory_s: float) -> float:
            return math.exp(-dt / memory_s)

        def root(keep: float) -> float:
            return math.sqrt(1.0 - keep * keep)

        turn, speed, height = keep(TURN_RATE_MEMORY_S), keep(SPEED_MEMORY_S), keep(ALT_MEMORY_S)
        flock_noise = np.empty((3, turn_sigma.size))
        flock_noise[0] = turn_sigma * root(turn)
        flock_noise[1] = SPEED_SIGMA * root(speed)
        flock_noise[2] = ALT_SIGMA_M * root(height)
        place = keep(PLACE_MEMORY_S)
        place_noise = np.array(
            [spread / 2 * root(place), spread / 2 * root(place), spread / 6 * root(place)]
        )
        return cls(np.array([[turn], [speed], [height]]), flock_noise, place, place_noise)


class BirdFlocks:
    """All flocks (one row each) and all birds (one row each, flock by flock)."""

    def __init__(self, specs: tuple[FlockSpec, ...], seed: int) -> None:
        self.specs = specs
        self.ids = tuple(s.id for s in specs)
        self._rng = np.random.default_rng([seed, BIRD_STREAM])

        def column(name: str) -> FloatArray:
            return np.array([float(getattr(s, name)) for s in specs], dtype=np.float64)

        self.x, self.y, self.alt = column("x"), column("y"), column("alt")
        self._alt_mean = self.alt.copy()
        self.course = column("course_rad")
        self.heading = self.course.copy()
        self._speed_mean = column("speed_mps")
        self.speed = self._speed_mean.copy()
        self._wander = column("wander_rad")
        # Turn-rate spread that gives the wanted spread of the heading about the course.
        tau_h, tau_w = HEADING_RELAX_S, TURN_RATE_MEMORY_S
        self._turn_sigma = self._wander / (tau_h * math.sqrt(tau_w / (tau_h + tau_w)))
        # Each flock's turn rate, and its speed and height off their means (rows).
        self._deviation = np.zeros((3, len(specs)))
        self._start_s, self._end_s = column("start_s"), column("end_s")
        self.active = np.zeros(len(specs), dtype=np.bool_)
        self.count = np.array([s.count for s in specs], dtype=np.int64)
        self.first = np.concatenate([[0], np.cumsum(self.count)[:-1]]).astype(np.int64)
        self.flock_of = np.repeat(np.arange(len(specs)), self.count)
        self._spread = np.repeat(column("spread_m"), self.count)
        self.size_factor = np.array([size_factor(s.count, s.rcs_per_bird_m2) for s in specs])
        birds = int(self.count.sum())
        # Each bird's offset from the flock centre, from the process's steady state.
        draws = self._rng.standard_normal((3, birds))
        self._offsets = np.array(
            [self._spread / 2 * draws[0], self._spread / 2 * draws[1], self._spread / 6 * draws[2]]
        )
        self._time_s = 0.0
        self._steps_dt = math.nan  # the tick length _steps are for
        self._steps: _OuSteps | None = None
        # While every flock flies (from the latest start to the earliest end) `active` stays
        # all true and need not be worked out again each tick.
        self._all_from_s = float(self._start_s.max(initial=-math.inf))
        self._all_until_s = float(self._end_s.min(initial=math.inf))
        self._everyone = False
        self._update_active(0.0)

    @property
    def size(self) -> int:
        return len(self.specs)

    def _update_active(self, time_s: float) -> None:
        everyone = self._all_from_s <= time_s + 1e-9 and time_s < self._all_until_s - 1e-9
        if everyone and self._everyone:
            return
        self.active = (self._start_s <= time_s + 1e-9) & (time_s < self._end_s - 1e-9)
        self._everyone = everyone

    def advance(self, time_s: float, dt: float) -> None:
        """Move the flocks flying now by one tick of `dt` ending at `time_s`."""
        self._time_s = time_s
        if not self.specs:
            return
        steps = self._ou_steps(dt)
        # One call for the tick's draws: the same numbers, in the same order, as the flocks'
        # three rows and then the birds' three.
        flocks, birds = self.size, self._offsets.shape[1]
        draws = self._rng.standard_normal(3 * (flocks + birds))
        z, w = draws[: 3 * flocks].reshape(3, flocks), draws[3 * flocks :].reshape(3, birds)
        self._deviation = self._deviation * steps.flock_keep + steps.flock_noise * z
        turn, speed_dev, alt_dev = self._deviation
        turned = np.exp(1j * (self.heading - self.course))
        off = np.arctan2(turned.imag, turned.real)  # off course, wrapped (np.angle's sum)
        flying = self.active
        heading = self.heading + (turn - off / HEADING_RELAX_S) * dt
        speed = clip(self._speed_mean * (1 + speed_dev), MIN_SPEED_MPS, MAX_SPEED_MPS)
        alt = clip(self._alt_mean + alt_dev, MIN_ALT_M, MAX_ALT_M)
        if self._everyone:  # the usual tick: np.where would pick every new value
            self.heading = heading % (2 * math.pi)
            self.speed = speed
            self.alt = alt
            self.x = self.x + self.speed * np.sin(self.heading) * dt
            self.y = self.y + self.speed * np.cos(self.heading) * dt
        else:
            self.heading = np.where(flying, heading % (2 * math.pi), self.heading)
            self.speed = np.where(flying, speed, self.speed)
            self.alt = np.where(flying, alt, self.alt)
            self.x = self.x + np.where(flying, self.speed * np.sin(self.heading) * dt, 0.0)
            self.y = self.y + np.where(flying, self.speed * np.cos(self.heading) * dt, 0.0)
        self._offsets = self._offsets * steps.place_keep + steps.place_noise * w
        self._update_active(time_s)

    def _ou_steps(self, dt: float) -> _OuSteps:
        if self._steps is None or self._steps_dt != dt:
            self._steps_dt = dt
            self._steps = _OuSteps.of(self._turn_sigma, self._spread, dt)
        return self._steps

    def bird_positions(self) -> tuple[FloatArray, FloatArray, FloatArray]:
        """Every bird's x, y (RD metres) and height (m AGL, never below 1 m)."""
        f = self.flock_of
        ox, oy, oz = self._offsets
        return self.x[f] + ox, self.y[f] + oy, np.maximum(1.0, self.alt[f] + oz)

    def targets(self) -> BirdTargets | None:
        if not self.specs:
            return None
        bx, by, balt = self.bird_positions()
        return BirdTargets(
            self.x, self.y, self.active, self.size_factor, self.first, self.count, bx, by, balt
        )

    def picture(self) -> BirdPicture:
        bx, by, balt = self.bird_positions()
        return BirdPicture(
            ids=self.ids,
            x=frozen(self.x),
            y=frozen(self.y),
            alt=frozen(self.alt),
            course_deg=frozen(np.degrees(self.heading) % 360.0),
            speed=frozen(np.where(self.active, self.speed, 0.0)),
            count=frozen(self.count),
            active=frozen(self.active),
            bird_x=frozen(bx),
            bird_y=frozen(by),
            bird_alt=frozen(balt),
            bird_flock=frozen(self.flock_of),
        )

    def state_bytes(self) -> bytes:
        return (
            repr(self._rng.bit_generator.state).encode()
            + self.x.tobytes()
            + self.y.tobytes()
            + self.alt.tobytes()
            + self._offsets[0].tobytes()
        )
