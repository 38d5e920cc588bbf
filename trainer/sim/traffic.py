"""Manned traffic flown along its timed paths, all flights at once, and drones near it.

Flights are scripted (flight_plans.py): their position is a function of time, so stepping is one
vectorised look-up per tick. They are known cooperative traffic, shown to the trainee as they
are and not fed to the drone sensors (see docs/traffic.md).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from trainer.sim.detections import grid_bearing_deg
from trainer.sim.fleet import BoolArray, FloatArray, IntArray
from trainer.sim.flight_plans import PHASE_NAMES, PRESENT, FlightPlan, Phase
from trainer.sim.snapshot import frozen
from trainer.sim.traffic_picture import MannedPicture
from trainer.sim.ufuncs import clip

# A drone inside this volume around a manned aircraft raises `drone_near_manned`: 500 m is about
# 11 s of flight at 90 kt, less than the 12.5 s a pilot needs to see, decide and avoid; 150 m
# (about 500 ft) is the vertical margin light aircraft keep from obstacles. Training choices.
PROTECTION_HORIZONTAL_M = 500.0
PROTECTION_VERTICAL_M = 150.0
HYSTERESIS_FRACTION = 0.1  # out only beyond 550 m / 165 m: an encounter is one event
_KEY_SPAN_S = 1e6  # flight k's vertex times are keyed k * span + t: one searchsorted for all


@dataclass(frozen=True)
class Encounter:
    """A drone came into the protected volume of a manned flight."""

    drone: int
    flight: int
    horizontal_m: float
    vertical_m: float  # drone height minus aircraft height


@dataclass(frozen=True)
class _Pieces:
    """What the flights' current pieces of path (from vertex i to the next) give, worked out
    when a flight goes on to its next piece rather than every tick: a piece of up to 50 m lasts
    a dozen ticks and more at circuit speed, each of which repeated the same sums."""

    i: IntArray  # each flight's piece (its first vertex)
    t0: FloatArray  # the piece's start and length, s after the flight's start
    span: FloatArray  # (1 where the piece has no length)
    moving: BoolArray  # the piece has a length
    x0: FloatArray
    y0: FloatArray
    alt0: FloatArray
    dx: FloatArray
    dy: FloatArray
    dalt: FloatArray
    course_deg: FloatArray
    speed: FloatArray  # along the piece, whatever the phase
    phase: IntArray

    @classmethod
    def of(cls, traffic: MannedTraffic, i: IntArray) -> _Pieces:
        f = traffic
        j = np.minimum(i + 1, f._last)
        t0 = f._keys[i] - f._key_base
        span = f._keys[j] - f._key_base - t0
        moving = span > 0
        length = np.where(moving, span, 1.0)
        dx, dy = f._vx[j] - f._vx[i], f._vy[j] - f._vy[i]
        return cls(
            i,
            t0,
            length,
            moving,
            f._vx[i],
            f._vy[i],
            f._valt[i],
            dx,
            dy,
            f._valt[j] - f._valt[i],
            grid_bearing_deg(dx, dy),
            np.where(moving, np.hypot(dx, dy) / length, 0.0),
            f._vphase[i],
        )


class MannedTraffic:
    """Where every manned flight is at the current time; one row per flight (struct of arrays)."""

    def __init__(
        self,
        plans: tuple[FlightPlan, ...],
        protection_m: tuple[float, float] = (PROTECTION_HORIZONTAL_M, PROTECTION_VERTICAL_M),
    ) -> None:
        self.plans = plans
        self.protection_m = protection_m
        n = len(plans)
        counts = np.array([p.t.size for p in plans], dtype=np.int64)
        self._first = np.concatenate([[0], np.cumsum(counts)[:-1]]).astype(np.int64)
        self._last = self._first + counts - 1
        self._start_s = np.array([p.start_s for p in plans], dtype=np.float64)
        self._duration_s = np.array([p.duration_s for p in plans], dtype=np.float64)

        def flat(name: str) -> np.ndarray:
            return np.concatenate([getattr(p, name) for p in plans]) if n else np.zeros(0)

        self._vx, self._vy, self._valt = flat("x"), flat("y"), flat("alt")
        self._vphase = flat("phase").astype(np.int64)
        owner = np.repeat(np.arange(n), counts)
        self._keys = owner * _KEY_SPAN_S + flat("t")
        self._key_base = np.arange(n) * _KEY_SPAN_S  # of each flight's keys
        self.x, self.y, self.alt = np.zeros(n), np.zeros(n), np.zeros(n)
        self.course_deg, self.speed = np.zeros(n), np.zeros(n)
        self.phase = np.zeros(n, dtype=np.int64)
        self.present = np.zeros(n, dtype=np.bool_)
        self._inside = np.zeros((0, n), dtype=np.bool_)  # (drone, flight): in the volume now
        self._time_s = -1.0
        self._path = _shared_paths(plans)
        self._pieces: _Pieces | None = None  # of the latest update

    @property
    def size(self) -> int:
        return len(self.plans)

    def update(self, time_s: float) -> list[tuple[int, Phase]]:
        """Move every flight to `time_s`; returns (flight, LANDED|DEPARTED) for flights that just
        finished."""
        self._time_s = time_s
        if not self.plans:
            return []
        local = time_s - self._start_s
        clipped = clip(local, 0.0, self._duration_s)
        base = self._key_base
        k = np.searchsorted(self._keys, base + clipped, "right") - 1
        i = clip(k, self._first, np.maximum(self._first, self._last - 1))
        piece = self._pieces
        if piece is None or i.tobytes() != piece.i.tobytes():  # a flight is on its next piece
            piece = self._pieces = _Pieces.of(self, i)
        frac = np.where(piece.moving, clip((clipped - piece.t0) / piece.span, 0, 1), 0)
        self.x = piece.x0 + frac * piece.dx
        self.y = piece.y0 + frac * piece.dy
        self.alt = piece.alt0 + frac * piece.dalt
        self.course_deg = piece.course_deg
        phase = np.where(local < 0, int(Phase.WAITING), piece.phase)
        done = local >= self._duration_s
        phase = np.where(done, self._vphase[self._last], phase)
        finished = (done & (phase != self.phase)).nonzero()[0]
        self.phase = phase
        self.present = PRESENT[phase]
        self.speed = np.where(self.present, piece.speed, 0.0)
        return [(int(f), Phase(int(phase[f]))) for f in finished]

    def encounters(
        self, x: FloatArray, y: FloatArray, alt: FloatArray, airborne: BoolArray
    ) -> list[Encounter]:
        """Drones (airborne) that came into a flight's protected volume since the last call."""
        drones = x.size
        if self._inside.shape[0] != drones:  # a drone was added during the run
            grown = np.zeros((drones, self.size), dtype=np.bool_)
            grown[: self._inside.shape[0]] = self._inside[:drones]
            self._inside = grown
        flights = self.present.nonzero()[0]
        if flights.size == 0:
            self._inside[:] = False
            return []
        horizontal_m, vertical_m = self.protection_m
        reach_h = horizontal_m * (1 + HYSTERESIS_FRACTION)
        reach_v = vertical_m * (1 + HYSTERESIS_FRACTION)
        inside = np.zeros_like(self._inside)
        found = []
        for f in flights:
            # A cheap box first: of many drones, only the few near the aircraft are measured.
            dx, dy = x - self.x[f], y - self.y[f]
            near = (airborne & (np.abs(dx) <= reach_h) & (np.abs(dy) <= reach_h)).nonzero()[0]
            if near.size == 0:  # the usual tick: no drone near this flight, none inside
                continue
            h = np.hypot(dx[near], dy[near])
            v = alt[near] - self.alt[f]
            was = self._inside[near, f]
            now = ((h <= horizontal_m) & (np.abs(v) <= vertical_m)) | (
                was & (h <= reach_h) & (np.abs(v) <= reach_v)
            )
            inside[near, f] = now
            for k in (now & ~was).nonzero()[0]:
                found.append(Encounter(int(near[k]), int(f), float(h[k]), float(v[k])))
        self._inside = inside
        return sorted(found, key=lambda e: (e.drone, e.flight))

    def picture(self) -> MannedPicture:
        path_x, path_y, path_start, path_stop = self._path
        return MannedPicture(
            ids=tuple(p.id for p in self.plans),
            callsigns=tuple(p.callsign for p in self.plans),
            types=tuple(p.type for p in self.plans),
            x=frozen(self.x),
            y=frozen(self.y),
            alt=frozen(self.alt),
            course_deg=frozen(self.course_deg),
            speed=frozen(self.speed),
            phase=frozen(self.phase),
            present=frozen(self.present),
            phase_names=PHASE_NAMES,
            path_x=path_x,
            path_y=path_y,
            path_start=path_start,
            path_stop=path_stop,
            protection_m=self.protection_m,
        )

    def describe(self, flight: int) -> str:
        """'PH-ABC (C172, final)'."""
        plan = self.plans[flight]
        return f"{plan.callsign} ({plan.type}, {PHASE_NAMES[int(self.phase[flight])]})"

    def state_bytes(self) -> bytes:
        return (
            repr(self._time_s).encode()
            + self.phase.tobytes()
            + np.packbits(self._inside).tobytes()
            + self.x.tobytes()
            + self.alt.tobytes()
        )


def _shared_paths(
    plans: tuple[FlightPlan, ...],
) -> tuple[FloatArray, FloatArray, IntArray, IntArray]:
    """All planned paths in two read-only arrays, created once per run and shared by pictures."""
    counts = np.array([p.x.size for p in plans], dtype=np.int64)
    stop = np.cumsum(counts)
    start = stop - counts
    x = np.concatenate([p.x for p in plans]) if plans else np.zeros(0)
    y = np.concatenate([p.y for p in plans]) if plans else np.zeros(0)
    return frozen(x), frozen(y), frozen(start), frozen(stop)
