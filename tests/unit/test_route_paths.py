"""Route steering of a few flyers (Python floats) gives the array form's intents bit for bit."""

from __future__ import annotations

import copy

import numpy as np
import pytest

from trainer.scenario.model import DroneType
from trainer.sim import behaviours, kinematics
from trainer.sim.fleet import DroneSpec, Fleet, Mode
from trainer.sim.performance import DEFAULT_LIMITS

TYPES = tuple(DroneType)


def route_fleet(rng: np.random.Generator, n: int) -> Fleet:
    specs = []
    for i in range(n):
        legs = int(rng.integers(1, 4))
        route = tuple(
            (
                float(rng.uniform(-300, 300)),
                float(rng.uniform(-300, 300)),
                float(rng.uniform(20, 120)),
                float(rng.choice([np.nan, rng.uniform(3, 25)])),  # NaN: cruise speed
            )
            for _ in range(legs)
        )
        kind = TYPES[int(rng.integers(len(TYPES)))]
        specs.append(
            DroneSpec(
                id=f"d{i}",
                type=kind,
                limits=DEFAULT_LIMITS[kind],
                start_s=0.0,
                x=float(rng.uniform(-300, 300)),
                y=float(rng.uniform(-300, 300)),
                alt=50.0,
                home_x=0.0,
                home_y=0.0,
                mode=Mode.ROUTE,
                route=route,
                route_loop=bool(rng.random() < 0.5),
            )
        )
    fleet = Fleet.from_specs(specs)
    fleet.mode[:] = Mode.ROUTE
    fleet.heading[:] = rng.uniform(0, 2 * np.pi, n)
    fleet.airspeed[:] = rng.uniform(0, 20, n)
    return fleet


def intent_bytes(intent: behaviours.Intent) -> bytes:
    return intent.vx.tobytes() + intent.vy.tobytes() + intent.alt.tobytes()


@pytest.mark.parametrize("n", range(1, behaviours.FEW_ROUTE_FLYERS + 1))
def test_few_route_flyers_steer_as_the_array_form(n: int, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = np.random.default_rng(10 + n)
    noise = np.random.default_rng(0)  # planning draws nothing for route flyers
    arrivals = 0
    for _ in range(20):
        fleet = route_fleet(rng, n)
        twin = copy.deepcopy(fleet)
        few_cache, array_cache = behaviours.PlanCache(), behaviours.PlanCache()
        for _ in range(400):  # long enough to reach waypoints, go round, finish routes
            few, few_changes = behaviours.plan(fleet, (2.0, -1.0), noise, 0.1, few_cache)
            with monkeypatch.context() as patch:
                patch.setattr(behaviours, "FEW_ROUTE_FLYERS", 0)
                arrays, array_changes = behaviours.plan(twin, (2.0, -1.0), noise, 0.1, array_cache)
            assert intent_bytes(few) == intent_bytes(arrays)
            assert few_changes == array_changes
            assert fleet.route_index.tobytes() == twin.route_index.tobytes()
            assert fleet.mode.tobytes() == twin.mode.tobytes()
            airborne = fleet.airborne()
            kinematics.advance(fleet, few, airborne, (2.0, -1.0), 0.1)
            kinematics.advance(twin, arrays, airborne, (2.0, -1.0), 0.1)
        arrivals += int(np.count_nonzero(fleet.mode == Mode.HOVER))
    assert arrivals  # some routes were flown to their end (the waypoint handling ran)
