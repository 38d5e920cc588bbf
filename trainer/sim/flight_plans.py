"""Manned flights as timed 4D paths: VFR circuits, straight-in approaches and departures.

Figures and their sources are in docs/traffic.md. Geometry is worked out in runway coordinates
(s metres along the landing direction from the threshold, c metres to its right), then turned
into RD New metres. Heights are metres above the aerodrome (flat ground: AAL = AGL).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from enum import IntEnum

import numpy as np

from trainer.geo.aerodrome import Runway
from trainer.i18n import message
from trainer.scenario import traffic_model as tm
from trainer.sim.fleet import FloatArray, IntArray

KT = 1852.0 / 3600.0  # m/s per knot
FT = 0.3048
NM = 1852.0
FPM = FT / 60.0  # m/s per foot per minute
G = 9.80665

CIRCUIT_HEIGHT_M = 1000 * FT  # circuit height, AAL (the usual 1,000 ft for light aircraft)
DOWNWIND_OFFSET_M = 1.0 * NM  # downwind leg about 1 NM abeam the runway
CROSSWIND_MIN_HEIGHT_M = 500 * FT  # no turn off the climb-out below 500 ft ...
FINAL_LENGTH_M = 2500.0  # ... and the final turn ends 1.35 NM out, at about 480 ft
GLIDE_PATH_DEG = 3.0
THRESHOLD_CROSSING_M = 50 * FT  # ICAO reference datum height: the 3 deg path touches 291 m in
BANK_DEG = 25.0  # circuit turns: radius v^2 / (g tan bank), about 470 m at 90 kt
DEPARTURE_HEIGHT_M = 1500 * FT
DEPARTURE_LEAVES_M = 14_000.0  # from the start of the roll: out of the ATZ (12.5 / 13.9 km)
TAXI_KT = 10.0  # at the end of the landing roll it turns off the runway
SAMPLE_M = 50.0  # the longest straight piece of a path; speed and height change smoothly
ARC_STEP_DEG = 10.0


class Phase(IntEnum):
    """What a manned flight is doing; the phase of a path vertex is that of the piece after it."""

    WAITING = 0
    TAKE_OFF = 1
    UPWIND = 2
    CROSSWIND = 3
    DOWNWIND = 4
    BASE = 5
    FINAL = 6
    LANDING_ROLL = 7
    TOUCH_AND_GO = 8
    CLIMB_OUT = 9
    LEAVING = 10
    LANDED = 11
    DEPARTED = 12


PHASE_NAMES = tuple(p.name.lower().replace("_", " ") for p in Phase)


def phase_word(name: str) -> str:
    """A phase as PHASE_NAMES names it, in the language spoken (a name this version does not
    know, from a newer console, is shown as it came)."""
    try:
        return message("phase." + name.replace(" ", "_"))
    except KeyError:
        return name


# On the runway or in the air: where a drone can endanger it.
PRESENT = np.array([Phase.TAKE_OFF <= p <= Phase.LEAVING for p in Phase], dtype=np.bool_)


@dataclass(frozen=True)
class AircraftFigures:
    """Speeds in knots, rate of climb in ft/min, runs in metres (see docs/traffic.md)."""

    circuit_kt: float
    climb_kt: float  # best rate of climb, Vy
    final_kt: float
    rotate_kt: float
    cruise_kt: float
    climb_fpm: float
    take_off_roll_m: float
    landing_roll_m: float


# Rounded handbook figures at sea level, maximum weight; other types fly as a C172.
AIRCRAFT = {
    "C172": AircraftFigures(90, 75, 70, 55, 110, 700, 290, 180),
    "PA28": AircraftFigures(95, 76, 70, 55, 115, 650, 300, 280),
}


def figures_of(flight_type: str) -> AircraftFigures:
    return AIRCRAFT.get(flight_type, AIRCRAFT["C172"])


@dataclass(frozen=True)
class FlightPlan:
    """One flight resolved to a path: vertices in RD metres, m AAL, seconds after `start_s`."""

    id: str
    callsign: str
    type: str
    kind: str
    runway: str
    start_s: float
    x: FloatArray
    y: FloatArray
    alt: FloatArray
    t: FloatArray
    phase: IntArray  # of the piece that starts at each vertex; the last one: LANDED or DEPARTED

    @property
    def duration_s(self) -> float:
        return float(self.t[-1])

    @property
    def outcome(self) -> Phase:
        return Phase(int(self.phase[-1]))


class _Path:
    """A path under construction in runway coordinates: a turtle with speed and height marks."""

    def __init__(self, s: float) -> None:
        self.s, self.c, self.heading = [s], [0.0], 0.0  # heading: degrees right of the runway
        self.d = [0.0]
        self.height: list[tuple[float, float]] = []  # (distance along the path, height)
        self.speed: list[tuple[float, float]] = []  # (distance, m/s)
        self.phases: list[tuple[float, Phase]] = []  # (distance from which, phase)

    @property
    def here(self) -> float:
        return self.d[-1]

    def mark(self, phase: Phase) -> None:
        self.phases.append((self.here, phase))

    def _to(self, s: float, c: float) -> None:
        self.d.append(self.d[-1] + math.hypot(s - self.s[-1], c - self.c[-1]))
        self.s.append(s)
        self.c.append(c)

    def straight(self, length: float) -> None:
        h = math.radians(self.heading)
        self._to(self.s[-1] + length * math.cos(h), self.c[-1] + length * math.sin(h))

    def turn(self, degrees: float, radius: float) -> None:
        """Turn right (positive) or left (negative) on an arc of `radius`."""
        sign = math.copysign(1.0, degrees)
        h0 = math.radians(self.heading)
        cs = self.s[-1] - sign * radius * math.sin(h0)
        cc = self.c[-1] + sign * radius * math.cos(h0)
        steps = max(2, math.ceil(abs(degrees) / ARC_STEP_DEG))
        for k in range(1, steps + 1):
            h = h0 + math.radians(degrees) * k / steps
            self._to(cs + sign * radius * math.sin(h), cc - sign * radius * math.cos(h))
        self.heading += degrees


def _turn_radius(speed_mps: float) -> float:
    return speed_mps**2 / (G * math.tan(math.radians(BANK_DEG)))


def _glide_height(s: float) -> float:
    """Height of the 3 degree path at `s` metres along the landing direction from the threshold."""
    touchdown = THRESHOLD_CROSSING_M / math.tan(math.radians(GLIDE_PATH_DEG))
    return max(0.0, (touchdown - s) * math.tan(math.radians(GLIDE_PATH_DEG)))


def _touchdown_s() -> float:
    return THRESHOLD_CROSSING_M / math.tan(math.radians(GLIDE_PATH_DEG))


def _take_off(path: _Path, f: AircraftFigures, v0: float, phase: Phase) -> float:
    """Ground run from speed `v0` to lift-off; returns the climb gradient."""
    path.mark(phase)
    path.speed.append((path.here, v0))
    path.height.append((path.here, 0.0))
    path.straight(f.take_off_roll_m)
    path.speed.append((path.here, f.rotate_kt * KT))
    path.height.append((path.here, 0.0))
    path.speed.append((path.here + 100.0, f.climb_kt * KT))  # accelerates to Vy once off
    return f.climb_fpm * FPM / (f.climb_kt * KT)


def _land(path: _Path, f: AircraftFigures, last: bool) -> None:
    """Final straight from here to touchdown on the glide path; then roll out (if `last`)."""
    path.mark(Phase.FINAL)
    path.speed.append((path.here, f.final_kt * KT))
    path.height.append((path.here, _glide_height(path.s[-1])))
    path.straight(_touchdown_s() - path.s[-1])
    path.speed.append((path.here, f.final_kt * KT))
    path.height.append((path.here, 0.0))
    if last:
        path.mark(Phase.LANDING_ROLL)
        path.straight(f.landing_roll_m)
        path.speed.append((path.here, TAXI_KT * KT))
        path.height.append((path.here, 0.0))


def _circuit(path: _Path, f: AircraftFigures, flight: tm.CircuitFlight, far_end_s: float) -> None:
    side = -1.0 if flight.direction == "left" else 1.0  # left-hand: turns left, pattern on the left
    circuit_v = (flight.speed_kt or f.circuit_kt) * KT
    radius = min(_turn_radius(circuit_v), DOWNWIND_OFFSET_M / 2)  # a fast one banks harder
    for lap in range(flight.laps):
        phase = Phase.TAKE_OFF if lap == 0 else Phase.TOUCH_AND_GO
        gradient = _take_off(path, f, 0.0 if lap == 0 else f.final_kt * KT, phase)
        lift_off_s, lift_off_d = path.s[-1], path.here
        path.mark(Phase.UPWIND)
        # Turn crosswind over the end of the runway, and not below 500 ft.
        turn_s = max(far_end_s, lift_off_s + CROSSWIND_MIN_HEIGHT_M / gradient)
        path.straight(turn_s - lift_off_s)
        path.height.append((lift_off_d + CIRCUIT_HEIGHT_M / gradient, CIRCUIT_HEIGHT_M))
        path.speed.append((path.here, f.climb_kt * KT))
        path.mark(Phase.CROSSWIND)
        path.turn(side * 90, radius)
        path.straight(DOWNWIND_OFFSET_M - 2 * radius)
        path.turn(side * 90, radius)
        path.mark(Phase.DOWNWIND)
        path.speed.append((path.here, circuit_v))
        path.straight(path.s[-1])  # to abeam the threshold: the descent starts there
        path.height.append((path.here, CIRCUIT_HEIGHT_M))
        path.straight(FINAL_LENGTH_M)
        path.mark(Phase.BASE)
        path.speed.append((path.here, circuit_v))
        path.turn(side * 90, radius)
        path.straight(DOWNWIND_OFFSET_M - 2 * radius)
        path.turn(side * 90, radius)
        _land(path, f, last=lap == flight.laps - 1)


def _departure(path: _Path, f: AircraftFigures, flight: tm.DepartureFlight) -> None:
    climb_v = (flight.speed_kt or f.climb_kt) * KT
    figures = replace(f, climb_kt=climb_v / KT)
    gradient = _take_off(path, figures, 0.0, Phase.TAKE_OFF)
    path.mark(Phase.CLIMB_OUT)
    climb = DEPARTURE_HEIGHT_M / gradient
    path.straight(climb)
    path.height.append((path.here, DEPARTURE_HEIGHT_M))
    path.speed.append((path.here, climb_v))
    path.mark(Phase.LEAVING)
    path.speed.append((path.here + 1000.0, f.cruise_kt * KT))
    path.straight(max(SAMPLE_M, DEPARTURE_LEAVES_M - path.here))
    path.height.append((path.here, DEPARTURE_HEIGHT_M))


def flight_plan(flight: tm.MannedFlight, runway: Runway) -> FlightPlan:
    """The timed path of a scenario's manned flight on `runway` (one of whose ends it uses)."""
    end = runway.designators.index(flight.runway)  # landing on `flight.runway` goes from this end
    threshold = np.array(runway.thresholds[end])
    start_end = np.array(runway.ends[end])
    far_end = np.array(runway.ends[1 - end])
    along = (far_end - start_end) / np.linalg.norm(far_end - start_end)
    right = np.array([along[1], -along[0]])
    start_s = float((start_end - threshold) @ along)  # the displaced part: negative
    far_end_s = float((far_end - threshold) @ along)
    f = figures_of(flight.type)
    if isinstance(flight, tm.StraightInFlight):
        f = replace(f, final_kt=flight.speed_kt or f.final_kt)
        path = _Path(-flight.distance_nm * NM)
        _land(path, f, last=True)
        outcome = Phase.LANDED
    elif isinstance(flight, tm.CircuitFlight):
        path = _Path(start_s)
        _circuit(path, f, flight, far_end_s)
        outcome = Phase.LANDED
    else:
        path = _Path(start_s)
        _departure(path, f, flight)
        outcome = Phase.DEPARTED
    return _resolve(flight, path, threshold, along, right, outcome)


def _resolve(
    flight: tm.MannedFlight,
    path: _Path,
    origin: np.ndarray,
    along: np.ndarray,
    right: np.ndarray,
    outcome: Phase,
) -> FlightPlan:
    """Sample the path (every vertex, every mark, at most SAMPLE_M apart) and time it."""
    d_vertex = np.array(path.d)
    marks = [d for d, _ in (*path.height, *path.speed, *path.phases)]
    total = d_vertex[-1]
    d = np.concatenate([d_vertex, np.clip(marks, 0, total), np.arange(0, total, SAMPLE_M)])
    d = np.unique(d)
    s = np.interp(d, d_vertex, path.s)
    c = np.interp(d, d_vertex, path.c)
    height_d, height = zip(*sorted(path.height), strict=True)
    speed_d, speed = zip(*sorted(path.speed), strict=True)
    alt = np.interp(d, height_d, height)
    v = np.interp(d, speed_d, speed)
    # Speed changes evenly in time along each piece: it takes 2 l / (v0 + v1).
    pieces = np.diff(d) * 2.0 / np.maximum(v[:-1] + v[1:], 1e-6)
    t = np.concatenate([[0.0], np.cumsum(pieces)])
    phase_d = np.array([p[0] for p in path.phases])
    phase_of = np.array([int(p[1]) for p in path.phases], dtype=np.int64)
    phase = phase_of[np.clip(np.searchsorted(phase_d, d, side="right") - 1, 0, None)]
    phase[-1] = int(outcome)
    x = origin[0] + s * along[0] + c * right[0]
    y = origin[1] + s * along[1] + c * right[1]
    return FlightPlan(
        flight.id,
        flight.callsign,
        flight.type,
        flight.kind,
        flight.runway,
        float(flight.start_s),
        x,
        y,
        alt,
        t,
        phase,
    )
