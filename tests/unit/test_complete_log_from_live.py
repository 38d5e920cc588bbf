"""A run ended early is completed from its own engine (a fork, from where it stopped) with the
same log a fresh re-simulation from tick 0 gives, and the engine that ran it is left as it was."""

from __future__ import annotations

import json

import pytest

from tests.conftest import sampled
from trainer.launch import PreparedRun, Workspace
from trainer.replay import complete_log
from trainer.sim.engine import Engine
from trainer.sim.events import Event
from trainer.sim.injects import Inject, InjectKind

WORKSPACE = Workspace()


def as_json(events: list[Event]) -> list[str]:
    return [json.dumps(e.to_json_dict(), sort_keys=True) for e in events]


def stopped_at(prepared: PreparedRun, seed: int, end_s: float, injects: bool) -> Engine:
    """The engine of a run ended at `end_s`; with injects, the instructor added a drone, lost
    the first drone's link and took a sensor out on the way."""
    engine = prepared.engine(seed=seed)
    engine.run_until(end_s / 3)
    if injects:
        x, y = prepared.world.airspace.aerodrome.reference_point
        engine.inject(Inject(InjectKind.ADD_DRONE, drone="added", template="racer", x_m=x, y_m=y))
        engine.run_until(end_s / 2)
        engine.inject(Inject(InjectKind.LOST_LINK, drone=engine.fleet.ids[0]))
        sensors = prepared.scenario.sensors
        if engine.sensing is not None and sensors is not None:
            ids = [r.id for r in sensors.radars] + [r.id for r in sensors.remote_id]
            engine.inject(Inject(InjectKind.SENSOR_OUTAGE, sensor=ids[0], duration_s=40.0))
    engine.run_until(end_s)
    return engine


def completed_both_ways(prepared: PreparedRun, seed: int, end_s: float, injects: bool) -> None:
    engine = stopped_at(prepared, seed, end_s, injects)
    recorded = list(engine.events)
    state = engine.digest()
    from_live = complete_log(prepared, seed, recorded, live=engine)
    assert as_json(from_live) == as_json(complete_log(prepared, seed, recorded)), end_s
    assert engine.digest() == state and as_json(engine.events) == as_json(recorded)


# The bundled scenarios that between them bring every part of the engine: RF and birds,
# sightings, manned traffic, a scripted sensor outage, a swarm. Each is forked mid-run, after
# injects (an added drone, a lost link, an outage).
ENGINE_PARTS = [
    "bird-flock-false-alarm",
    "event-crowd-campus",
    "drone-near-manned-final",
    "radar-outage",
    "swarm-24",
]


@pytest.mark.parametrize("name", sampled(ENGINE_PARTS))
def test_a_run_ended_early_is_completed_from_its_engine_as_from_the_start(name: str) -> None:
    prepared = WORKSPACE.prepare(name)
    completed_both_ways(prepared, 11, prepared.scenario.duration_s * 0.4, injects=True)


def test_a_fork_and_its_engine_go_on_alike_and_apart() -> None:
    prepared = WORKSPACE.prepare("swarm-24")
    engine = prepared.engine()
    engine.run_until(60.0)
    fork = engine.fork()
    assert fork.world is engine.world  # shared: no engine changes its world
    fork.run_until(120.0)
    assert engine.time_s == pytest.approx(60.0)
    engine.run_until(120.0)
    assert fork.digest() == engine.digest()
    assert as_json(fork.events) == as_json(engine.events)
    fork.inject(Inject(InjectKind.FLYAWAY, drone=fork.fleet.ids[0]))
    assert fork.digest() != engine.digest()  # what happens to one is not the other's
