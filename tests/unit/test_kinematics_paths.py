"""The small-fleet kinematics (Python floats) gives the array path's results bit for bit."""

from __future__ import annotations

import numpy as np
import pytest

from trainer.scenario.model import DroneType
from trainer.sim import kinematics
from trainer.sim.behaviours import Intent
from trainer.sim.fleet import DroneSpec, Fleet, Mode
from trainer.sim.performance import DEFAULT_LIMITS

TYPES = tuple(DroneType)


def random_fleet(rng: np.random.Generator, n: int) -> Fleet:
    specs = [
        DroneSpec(
            id=f"d{i}",
            type=TYPES[i % len(TYPES)],
            limits=DEFAULT_LIMITS[TYPES[i % len(TYPES)]],
            start_s=0.0,
            x=float(rng.uniform(-500, 500)),
            y=float(rng.uniform(-500, 500)),
            alt=float(rng.choice([0.0, rng.uniform(0, 120)])),
            home_x=0.0,
            home_y=0.0,
            mode=Mode.ROUTE,
        )
        for i in range(n)
    ]
    fleet = Fleet.from_specs(specs)
    fleet.heading[:] = rng.uniform(0, 2 * np.pi, n)
    fleet.airspeed[:] = rng.uniform(0, 25, n)
    return fleet


def random_intent(rng: np.random.Generator, fleet: Fleet, landing: bool) -> Intent:
    n = fleet.size
    # Some drones want to stand still (below the threshold), some want exactly nothing.
    scale = rng.choice([0.0, 0.01, 5.0, 40.0], n)
    intent = Intent(
        rng.normal(0, 1, n) * scale,
        rng.normal(0, 1, n) * scale,
        np.where(rng.random(n) < 0.3, fleet.alt, rng.uniform(0, 150, n)),
        fleet.max_climb,
    )
    if landing:
        intent.climb_limit = np.minimum(fleet.max_climb, 2.0)
    return intent


def state(fleet: Fleet) -> bytes:
    return b"".join(a.tobytes() for a in fleet.state_arrays().values())


@pytest.mark.parametrize("n", range(1, kinematics.SMALL_FLEET + 1))
def test_small_fleet_path_matches_the_array_path(n: int) -> None:
    rng = np.random.default_rng(n)
    for trial in range(200):
        fleet = random_fleet(rng, n)
        twin = random_fleet(np.random.default_rng(0), n)
        for name, value in vars(fleet).items():
            setattr(twin, name, value.copy() if isinstance(value, np.ndarray) else value)
        intent = random_intent(rng, fleet, landing=trial % 3 == 0)
        twin_intent = Intent(
            intent.vx,
            intent.vy,
            intent.alt,
            twin.max_climb if intent.climb_limit is fleet.max_climb else intent.climb_limit,
        )
        airborne = rng.random(n) < 0.8 if trial % 2 else np.ones(n, dtype=np.bool_)
        wind = (float(rng.normal(0, 5)), float(rng.normal(0, 5))) if trial % 4 else (0.0, 0.0)
        limits = kinematics.TickLimits.of(fleet, 0.1)
        for _ in range(5):  # a few ticks, each from where the last left off
            kinematics._advance_few(fleet, intent, airborne, wind, limits)
            kinematics._advance_arrays(twin, twin_intent, airborne, wind, limits)
            assert state(fleet) == state(twin)


def test_advance_takes_the_small_path_only_for_a_few_drones(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    taken: list[str] = []
    monkeypatch.setattr(kinematics, "_advance_few", lambda *a: taken.append("few"))
    monkeypatch.setattr(kinematics, "_advance_arrays", lambda *a: taken.append("arrays"))
    rng = np.random.default_rng(1)
    for n in (1, kinematics.SMALL_FLEET, kinematics.SMALL_FLEET + 1, 50):
        fleet = random_fleet(rng, n)
        intent = random_intent(rng, fleet, landing=False)
        kinematics.advance(fleet, intent, np.ones(n, dtype=np.bool_), (1.0, 2.0), 0.1)
    assert taken == ["few", "few", "arrays", "arrays"]
