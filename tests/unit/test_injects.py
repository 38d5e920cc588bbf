"""Injects: applied between ticks, logged, and repeated exactly by a replay of the log."""

from __future__ import annotations

import pytest

from tests.conftest import SCENARIOS
from trainer.launch import Workspace
from trainer.sim.events import EventKind
from trainer.sim.fleet import Mode
from trainer.sim.injects import Inject, InjectKind


def injects_of(events: list) -> list[tuple[int, Inject]]:
    return [(e.tick, Inject.from_json(e.detail)) for e in events if e.kind == EventKind.INJECTED]


def test_an_added_drone_flies_is_sensed_and_replays_identically(workspace: Workspace) -> None:
    run = workspace.prepare(SCENARIOS / "hobby-drone-approach-23.yaml")
    x, y = run.world.airspace.aerodrome.reference_point
    live = run.engine()
    live.run_until(20)
    live.inject(
        Inject(InjectKind.ADD_DRONE, drone="inject-1", template="hobby", x_m=x + 2000, y_m=y)
    )
    live.run_until(60)
    live.inject(Inject(InjectKind.FLYAWAY, drone="inject-1"))
    live.run_until(120)
    assert (
        "inject-1" in live.fleet.ids
        and live.fleet.mode[live.fleet.index_of("inject-1")] == Mode.FLYAWAY
    )
    kinds = [e.kind for e in live.events if e.drone == "inject-1"]
    assert EventKind.LAUNCHED in kinds and EventKind.FLYAWAY in kinds
    assert any(e.kind == EventKind.TRACK_STARTED and e.drone == "inject-1" for e in live.events)
    # A replay that applies the logged injects at their ticks is the same run.
    replay = run.engine()
    for tick, inject in injects_of(live.events):
        replay.run_until(tick * replay.clock.dt_s)
        replay.inject(inject)
    replay.run_until(120)
    assert replay.digest() == live.digest()
    assert [e.to_json_dict() for e in replay.events] == [e.to_json_dict() for e in live.events]


def test_an_outage_silences_the_radar(workspace: Workspace) -> None:
    engine = workspace.prepare(SCENARIOS / "inspection-fence.yaml").engine()
    engine.run_until(30)
    radar = engine.sensing.suite.sensors[0]
    engine.inject(Inject(InjectKind.SENSOR_OUTAGE, sensor=radar.id, duration_s=60))
    during, after = 0, 0
    while engine.time_s < 150:
        engine.step()
        radar_reports = sum(int((b.sensor == 0).sum()) for b in engine.sensing.last_batches)
        if engine.time_s < 90:
            during += radar_reports
        else:
            after += radar_reports
    assert during == 0 and after > 0
    logged = [e for e in engine.events if e.kind == EventKind.INJECTED]
    assert logged[0].zone == radar.id and Inject.from_json(logged[0].detail).duration_s == 60


def test_bad_injects_are_refused(workspace: Workspace) -> None:
    engine = workspace.prepare(SCENARIOS / "inspection-fence.yaml").engine()
    with pytest.raises(ValueError, match="no drone"):
        engine.inject(Inject(InjectKind.LOST_LINK, drone="ghost"))
    with pytest.raises(ValueError, match="template"):
        engine.inject(Inject(InjectKind.ADD_DRONE, drone="x", template="zeppelin"))
    assert not [e for e in engine.events if e.kind == EventKind.INJECTED]
