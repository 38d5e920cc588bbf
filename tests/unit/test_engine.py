"""The engine: determinism, limits, behaviours and the events it logs, checked against geometry."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest
import shapely

from tests.conftest import SCENARIOS
from tests.unit.scenario_factory import drone, prepare
from trainer.launch import Workspace
from trainer.sim.engine import Engine
from trainer.sim.events import EventKind
from trainer.sim.fleet import Mode

# Points near Twente used by several tests (WGS84).
NORTH_FIELD = (52.3300, 6.8700)  # outside the aerodrome zones, inside the map


def events_of(engine: Engine, kind: EventKind, drone_id: str | None = None) -> list:
    return [
        e for e in engine.events if e.kind == kind and (drone_id is None or e.drone == drone_id)
    ]


def test_same_seed_gives_the_same_state_at_every_tick(workspace: Workspace) -> None:
    run = workspace.prepare(SCENARIOS / "hobby-drone-approach-23.yaml")  # gusts draw random numbers
    first, second = run.engine(), run.engine()
    for _ in range(60):
        first.run_until(first.time_s + 10)
        second.run_until(second.time_s + 10)
        assert first.digest() == second.digest()
    assert first.events == second.events


def test_another_seed_gives_another_run(workspace: Workspace) -> None:
    run = workspace.prepare(SCENARIOS / "hobby-drone-approach-23.yaml")
    first, second = run.engine(seed=1), run.engine(seed=2)
    first.run_until(120)
    second.run_until(120)
    assert first.digest() != second.digest()


def test_run_until_lands_on_whole_ticks(workspace: Workspace) -> None:
    engine = workspace.prepare(SCENARIOS / "inspection-fence.yaml").engine()
    engine.run_until(30)
    assert (engine.clock.tick, engine.time_s) == (300, 30.0)
    engine.run_until(30.05)  # between ticks: the next whole tick
    assert engine.clock.tick == 301
    engine.run_until(10)  # the past: nothing happens
    assert engine.clock.tick == 301


def test_speed_climb_and_turn_limits_hold(workspace: Workspace, tmp_path: Path) -> None:
    zigzag = {
        "kind": "route",
        "loop": True,
        "waypoints": [
            {"lat": 52.3300, "lon": 6.8800, "alt_agl_m": 120},
            {"lat": 52.3350, "lon": 6.8700, "alt_agl_m": 20},
            {"lat": 52.3250, "lon": 6.8650, "alt_agl_m": 90, "speed_mps": 30},
        ],
    }
    drones = [
        drone("quad", *NORTH_FIELD, zigzag),
        drone("wing", *NORTH_FIELD, zigzag, type="fixed-wing"),
        drone("vtol", *NORTH_FIELD, zigzag, type="vtol"),
        drone("loiterer", *NORTH_FIELD, {"kind": "loiter", "radius_m": 400}),
        drone(
            "orbiter",
            *NORTH_FIELD,
            {"kind": "orbit", "centre": {"lat": 52.33, "lon": 6.87}, "radius_m": 200},
        ),
    ]
    run = prepare(
        workspace, tmp_path, drones, wind={"from_deg": 200, "speed_mps": 8, "gust_mps": 3}
    )
    engine = run.engine()
    fleet, dt = engine.fleet, engine.clock.dt_s
    for _ in range(3000):
        heading, airspeed = fleet.heading.copy(), fleet.airspeed.copy()
        engine.step()
        turn = np.abs(np.mod(fleet.heading - heading + np.pi, 2 * np.pi) - np.pi)
        assert np.all(turn <= fleet.max_turn_rate * dt + 1e-9)
        assert np.all(fleet.airspeed <= fleet.max_speed + 1e-9)
        assert np.all(np.abs(fleet.airspeed - airspeed) <= fleet.max_accel * dt + 1e-9)
        assert np.all(np.abs(fleet.vertical_speed) <= fleet.max_climb + 1e-9)
        wing = fleet.index_of("wing")
        assert fleet.airspeed[wing] >= fleet.min_speed[wing] - 1e-9  # a wing never hovers


def test_route_is_flown_in_order_and_ends_in_a_hover(workspace: Workspace, tmp_path: Path) -> None:
    waypoints = [
        {"lat": 52.3300, "lon": 6.8800, "alt_agl_m": 60},
        {"lat": 52.3350, "lon": 6.8800, "alt_agl_m": 80},
    ]
    run = prepare(
        workspace, tmp_path, [drone("d", *NORTH_FIELD, {"kind": "route", "waypoints": waypoints})]
    )
    engine = run.engine()
    engine.run_until(400)
    (done,) = events_of(engine, EventKind.ROUTE_COMPLETED)
    x, y = workspace.projector.to_rd(52.3350, 6.8800)
    assert math.hypot(done.x_m - x, done.y_m - y) < 10
    assert engine.fleet.mode[0] == Mode.HOVER
    assert engine.fleet.alt[0] == pytest.approx(80, abs=1)


def test_lost_link_returns_home_and_lands_there(workspace: Workspace, tmp_path: Path) -> None:
    out = {"kind": "route", "waypoints": [{"lat": 52.3400, "lon": 6.8900, "alt_agl_m": 70}]}
    run = prepare(
        workspace,
        tmp_path,
        [drone("d", *NORTH_FIELD, out)],
        events=[{"drone": "d", "at_s": 60, "action": "lost_link"}],
    )
    engine = run.engine()
    engine.run_until(600)
    kinds = [e.kind for e in engine.events if e.drone == "d"]
    assert (
        kinds.index(EventKind.LOST_LINK)
        < kinds.index(EventKind.RETURNING_HOME)
        < kinds.index(EventKind.LANDED)
    )
    home_x, home_y = workspace.projector.to_rd(*NORTH_FIELD)
    assert math.hypot(engine.fleet.x[0] - home_x, engine.fleet.y[0] - home_y) < 10
    assert engine.fleet.mode[0] == Mode.LANDED and not engine.fleet.link[0]


def test_flyaway_drifts_downwind_until_the_battery_is_empty(
    workspace: Workspace, tmp_path: Path
) -> None:
    hover = {"kind": "hover"}
    run = prepare(
        workspace,
        tmp_path,
        [drone("d", *NORTH_FIELD, hover, performance={"endurance_s": 300})],
        events=[{"drone": "d", "at_s": 10, "action": "flyaway"}],
        wind={"from_deg": 270, "speed_mps": 6},  # from the west: drifts east
    )
    engine = run.engine()
    x0 = engine.fleet.x[0]
    engine.run_until(600)
    (empty,) = events_of(engine, EventKind.BATTERY_EMPTY)
    assert empty.time_s == pytest.approx(300, abs=0.2)
    assert engine.fleet.mode[0] == Mode.LANDED
    # 290 s of flyaway: at least the wind's 6 m/s eastward, plus some of its own speed.
    assert engine.fleet.x[0] - x0 > 290 * 6 * 0.9


def test_flyaway_enters_the_atz_when_and_where_the_geometry_says(workspace: Workspace) -> None:
    run = workspace.prepare(SCENARIOS / "flyaway-test-area.yaml")
    engine = run.engine()
    atz = run.world.airspace.zone("atz-twente")
    inside = []
    times = []
    while not engine.finished:
        engine.step()
        times.append(engine.time_s)
        inside.append(bool(shapely.contains_xy(atz.polygon, engine.fleet.x[0], engine.fleet.y[0])))
    entries = [
        e for e in engine.events if e.kind == EventKind.ZONE_ENTERED and e.zone == "atz-twente"
    ]
    assert len(entries) == 1
    # The event falls on the first tick whose position lies inside the published polygon.
    first_inside = times[inside.index(True)]
    assert entries[0].time_s == pytest.approx(first_inside)
    # Where: on the edge, no farther inside than one tick of flight.
    entry = entries[0]
    one_tick = (
        speed := float(np.hypot(engine.fleet.ground_vx[0], engine.fleet.ground_vy[0]))
    ) * 0.1
    assert atz.polygon.exterior.distance(shapely.Point(entry.x_m, entry.y_m)) <= one_tick + 0.5
    # When: no sooner than the shortest way to the polygon at the highest possible ground speed
    # (the wind plus the airframe's own airspeed, which never exceeds cruise when orbiting or
    # drifting).
    (flyaway,) = events_of(engine, EventKind.FLYAWAY)
    wind = run.world.wind
    cruise = run.scenario.drones[0].performance.cruise_speed_mps or 0.0
    fastest = math.hypot(wind.vx, wind.vy) + cruise
    shortest = atz.polygon.distance(shapely.Point(flyaway.x_m, flyaway.y_m))
    assert entry.time_s >= flyaway.time_s + shortest / fastest
    # It is the wind that carries it in: the entry lies downwind of the flyaway point.
    drift = np.array([entry.x_m - flyaway.x_m, entry.y_m - flyaway.y_m])
    assert drift @ np.array([wind.vx, wind.vy]) > 0.7 * np.linalg.norm(drift) * math.hypot(
        wind.vx, wind.vy
    )
    assert speed > 0


def test_zone_events_match_brute_force_every_tick(workspace: Workspace, tmp_path: Path) -> None:
    rng = np.random.default_rng(5)
    drones = []
    for i in range(40):
        lat, lon = 52.27 + rng.uniform(-0.03, 0.03), 6.89 + rng.uniform(-0.05, 0.05)
        waypoints = [
            {
                "lat": 52.27 + rng.uniform(-0.03, 0.03),
                "lon": 6.89 + rng.uniform(-0.05, 0.05),
                "alt_agl_m": float(rng.uniform(5, 200)),
            }
            for _ in range(3)
        ]
        drones.append(
            drone(
                f"d{i}",
                lat,
                lon,
                {"kind": "route", "waypoints": waypoints, "loop": True},
                performance={"cruise_speed_mps": float(rng.uniform(5, 25))},
            )
        )
    run = prepare(workspace, tmp_path, drones, duration_s=300)
    engine = run.engine()
    zones = run.world.airspace.zones
    inside_before: set[tuple[int, int]] = set()
    seen = 0
    while not engine.finished:
        engine.step()
        fleet = engine.fleet
        inside_now = set()
        for z, zone in enumerate(zones):
            hits = shapely.contains_xy(zone.polygon, fleet.x, fleet.y) | shapely.intersects_xy(
                zone.polygon, fleet.x, fleet.y
            )
            for d in np.flatnonzero(hits & fleet.airborne()):
                if zone.lower.height_agl_m <= fleet.alt[d] <= zone.upper.height_agl_m:
                    inside_now.add((int(d), z))
        this_tick = [
            e
            for e in engine.events[seen:]
            if e.kind in (EventKind.ZONE_ENTERED, EventKind.ZONE_EXITED)
        ]
        seen = len(engine.events)
        entered = {
            (
                fleet.index_of(e.drone),
                run.world.airspace.zones.index(run.world.airspace.zone(e.zone)),
            )
            for e in this_tick
            if e.kind == EventKind.ZONE_ENTERED
        }
        exited = {
            (
                fleet.index_of(e.drone),
                run.world.airspace.zones.index(run.world.airspace.zone(e.zone)),
            )
            for e in this_tick
            if e.kind == EventKind.ZONE_EXITED
        }
        assert entered == inside_now - inside_before
        assert exited == inside_before - inside_now
        inside_before = inside_now


def test_zone_entry_can_trigger_a_scripted_event(workspace: Workspace, tmp_path: Path) -> None:
    into_core = {"kind": "route", "waypoints": [{"lat": 52.2790, "lon": 6.8900, "alt_agl_m": 60}]}
    run = prepare(
        workspace,
        tmp_path,
        [drone("d", 52.3000, 6.8800, into_core)],
        events=[{"drone": "d", "on_zone_entry": "uas-ehtw-core", "action": "land"}],
    )
    engine = run.engine()
    engine.run_until(600)
    (entry,) = [
        e for e in engine.events if e.kind == EventKind.ZONE_ENTERED and e.zone == "uas-ehtw-core"
    ]
    (landing,) = events_of(engine, EventKind.LANDING)
    assert landing.tick == entry.tick and "uas-ehtw-core" in landing.detail


def test_runway_alerts_at_each_distance_once(workspace: Workspace, tmp_path: Path) -> None:
    towards_runway = {
        "kind": "route",
        "waypoints": [{"lat": 52.2760, "lon": 6.8890, "alt_agl_m": 60}],
    }
    run = prepare(workspace, tmp_path, [drone("d", 52.3000, 6.8890, towards_runway)])
    engine = run.engine()
    engine.run_until(600)
    alerts = events_of(engine, EventKind.RUNWAY_APPROACHED)
    assert [a.detail for a in alerts] == [
        "within 1000 m of the runway",
        "within 500 m of the runway",
    ]
    snapshot = engine.snapshot()
    assert snapshot.runway_distance_m[0] < 500


def test_close_drones_raise_one_proximity_event(workspace: Workspace, tmp_path: Path) -> None:
    east = {"kind": "route", "waypoints": [{"lat": 52.3300, "lon": 6.8900, "alt_agl_m": 60}]}
    west = {"kind": "route", "waypoints": [{"lat": 52.3300, "lon": 6.8500, "alt_agl_m": 60}]}
    run = prepare(
        workspace,
        tmp_path,
        [
            drone("a", 52.3300, 6.8500, east, alt_agl_m=60),
            drone("b", 52.3300, 6.8900, west, alt_agl_m=60),
        ],
    )
    engine = run.engine()
    engine.run_until(400)
    (close,) = events_of(engine, EventKind.PROXIMITY)
    assert {close.drone, close.other} == {"a", "b"}


def test_zones_outside_their_schedule_raise_nothing(workspace: Workspace, tmp_path: Path) -> None:
    into_atz = {"kind": "route", "waypoints": [{"lat": 52.3000, "lon": 6.8800, "alt_agl_m": 60}]}
    start = (52.3700, 6.8800)  # north of the ATZ
    night = prepare(workspace, tmp_path, [drone("d", *start, into_atz)], start_time_local="23:30")
    engine = night.engine()
    engine.run_until(600)
    assert not [e for e in engine.events if e.zone == "atz-twente"]  # ATZ active 06:00-22:59
    day = prepare(workspace, tmp_path, [drone("d", *start, into_atz)], start_time_local="12:00")
    engine = day.engine()
    engine.run_until(600)
    assert [e.kind for e in engine.events if e.zone == "atz-twente"] == [EventKind.ZONE_ENTERED]


def test_snapshot_is_a_frozen_copy(workspace: Workspace) -> None:
    engine = workspace.prepare(SCENARIOS / "hobby-drone-approach-23.yaml").engine()
    engine.run_until(60)
    snapshot = engine.snapshot()
    x_then = snapshot.x.copy()
    engine.run_until(120)
    assert np.array_equal(snapshot.x, x_then)
    with pytest.raises(ValueError):
        snapshot.x[0] = 0.0
    assert snapshot.zones_of(0) == tuple(
        z
        for z in ("atz-twente", "rmz-ehtw", "approach-23", "uas-ehtw-atz-authorisation")
        if z in snapshot.zones_of(0)
    )
