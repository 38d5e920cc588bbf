"""Manned traffic: circuits, straight-ins and departures against their figures; drones near them."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from tests.unit.scenario_factory import drone, prepare
from trainer.errors import ScenarioError
from trainer.launch import PreparedRun, Workspace
from trainer.sim.engine import Engine
from trainer.sim.events import EventKind
from trainer.sim.flight_plans import (
    BANK_DEG,
    CIRCUIT_HEIGHT_M,
    DOWNWIND_OFFSET_M,
    FINAL_LENGTH_M,
    KT,
    NM,
    Phase,
)

FAR_AWAY = (52.3300, 6.8000)  # a field well clear of the aerodrome, for a drone that sits still
THRESHOLD_CROSSING_M = 15.24  # 50 ft: where a 3 degree path to the aiming point crosses it
GLIDE = math.tan(math.radians(3.0))


def flight(kind: str, **extra: Any) -> dict[str, Any]:
    return {"id": "f1", "callsign": "PH-ABC", "type": "C172", "runway": "23", "kind": kind, **extra}


def parked() -> dict[str, Any]:
    """A drone that stays on the ground, far away: a scenario needs one."""
    return drone("parked", *FAR_AWAY, {"kind": "hover"}, alt_agl_m=0, start_s=3000)


def run_with(
    workspace: Workspace, folder: Path, manned: list[dict[str, Any]], **fields: Any
) -> PreparedRun:
    drones = fields.pop("drones", [parked()])
    return prepare(workspace, folder, drones, manned=manned, duration_s=3600, **fields)


def fly(engine: Engine, until_s: float) -> dict[str, np.ndarray]:
    """The first flight's state every second until `until_s`."""
    rows: dict[str, list[float]] = {k: [] for k in ("t", "x", "y", "alt", "phase", "course")}
    while engine.time_s < until_s - 1e-9:
        engine.run_until(engine.time_s + 1.0)
        m = engine.others.manned
        for key, value in (
            ("t", engine.time_s),
            ("x", m.x[0]),
            ("y", m.y[0]),
            ("alt", m.alt[0]),
            ("phase", m.phase[0]),
            ("course", m.course_deg[0]),
        ):
            rows[key].append(float(value))
    return {k: np.array(v) for k, v in rows.items()}


def runway_frame(run: PreparedRun, designator: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Threshold of `designator`, unit vector of its landing direction, unit vector to its left."""
    runway = run.world.airspace.aerodrome.runway(designator)
    end = runway.designators.index(designator)
    threshold = np.array(runway.thresholds[end])
    along = np.array(runway.ends[1 - end]) - np.array(runway.ends[end])
    along /= np.linalg.norm(along)
    return threshold, along, np.array([-along[1], along[0]])


def test_a_circuit_comes_back_round_in_the_time_its_legs_and_speeds_give(
    workspace: Workspace, tmp_path: Path
) -> None:
    run = run_with(workspace, tmp_path, [flight("circuit", laps=2, direction="left")])
    state = fly(run.engine(), 800)
    threshold, along, left = runway_frame(run, "23")
    # Abeam the threshold on the downwind leg of a left-hand circuit: 1 NM to the left.
    abeam = threshold + DOWNWIND_OFFSET_M * left
    distance = np.hypot(state["x"] - abeam[0], state["y"] - abeam[1])
    closest = (distance[1:-1] <= distance[:-2]) & (distance[1:-1] < distance[2:])
    passes = [int(i) + 1 for i in np.flatnonzero(closest & (distance[1:-1] < 60))]
    assert len(passes) == 2
    assert state["alt"][passes[0]] == pytest.approx(CIRCUIT_HEIGHT_M, abs=1.0)  # 1,000 ft AAL
    lap_s = state["t"][passes[1]] - state["t"][passes[0]]
    # The same lap from its legs: a rectangle with quarter-circle corners (25 degree bank at
    # 90 kt), flown at the C172's figures: 90 kt in the circuit, 70 kt on final, 75 kt climbing.
    circuit, final, climb, rotate = 90 * KT, 70 * KT, 75 * KT, 55 * KT
    radius = circuit**2 / (9.80665 * math.tan(math.radians(BANK_DEG)))
    runway = run.world.airspace.aerodrome.runway("23")
    far_end = float((np.array(runway.ends[0]) - threshold) @ along)
    touchdown = THRESHOLD_CROSSING_M / GLIDE
    turns_and_short_legs = math.pi * radius + DOWNWIND_OFFSET_M - 2 * radius
    expected = (
        FINAL_LENGTH_M / circuit  # rest of the downwind leg
        + turns_and_short_legs / ((circuit + final) / 2)  # base
        + (FINAL_LENGTH_M + touchdown) / final
        + 290 / ((final + rotate) / 2)  # touch-and-go
        + (far_end - touchdown - 290) / climb  # upwind
        + turns_and_short_legs / ((climb + circuit) / 2)  # crosswind
        + far_end / circuit  # downwind to abeam the threshold
    )
    assert lap_s == pytest.approx(expected, rel=0.05)
    assert 300 < lap_s < 480  # light-aircraft circuits take 5-8 minutes


def test_a_left_hand_circuit_lies_left_of_the_landing_direction(
    workspace: Workspace, tmp_path: Path
) -> None:
    for direction, sign in (("left", 1.0), ("right", -1.0)):
        folder = tmp_path / direction
        folder.mkdir()
        run = run_with(workspace, folder, [flight("circuit", direction=direction)])
        state = fly(run.engine(), 300)
        threshold, _, left = runway_frame(run, "23")
        offsets = (np.column_stack([state["x"], state["y"]]) - threshold) @ left
        downwind = state["phase"] == Phase.DOWNWIND
        assert np.all(sign * offsets[downwind] == pytest.approx(DOWNWIND_OFFSET_M, abs=5))


def test_a_straight_in_crosses_the_threshold_at_the_height_of_a_3_degree_path(
    workspace: Workspace, tmp_path: Path
) -> None:
    run = run_with(workspace, tmp_path, [flight("straight_in", distance_nm=4, start_s=10)])
    engine = run.engine()
    threshold, along, _ = runway_frame(run, "23")
    heights, positions = [], []
    while engine.time_s < 400:
        engine.step()
        m = engine.others.manned
        positions.append(float((np.array([m.x[0], m.y[0]]) - threshold) @ along))
        heights.append(float(m.alt[0]))
    s, alt = np.array(positions), np.array(heights)
    assert s[0] == pytest.approx(-4 * NM, abs=5)
    # On the path all the way: height = (distance to the aiming point) x tan 3 deg.
    approach = s < 0
    expected = (THRESHOLD_CROSSING_M / GLIDE - s[approach]) * GLIDE
    assert np.max(np.abs(alt[approach] - expected)) < 1.0
    crossing = np.flatnonzero(s >= 0)[0]
    assert alt[crossing] == pytest.approx(THRESHOLD_CROSSING_M, abs=1.0)  # 50 ft
    (landed,) = [e for e in engine.events if e.kind is EventKind.MANNED_LANDED]
    assert landed.other == "f1" and "PH-ABC" in landed.detail and landed.drone == ""
    # 4 NM at 70 kt, plus the roll-out.
    on_final_s = (4 * NM + THRESHOLD_CROSSING_M / GLIDE) / (70 * KT)
    assert landed.time_s == pytest.approx(10 + on_final_s, abs=15)
    assert not engine.others.manned.present[0]
    assert engine.snapshot().manned is not None
    assert engine.snapshot().manned.phase_name(0) == "landed"  # type: ignore[union-attr]


def test_a_departure_climbs_on_the_runway_heading_to_1500_ft_and_leaves(
    workspace: Workspace, tmp_path: Path
) -> None:
    run = run_with(workspace, tmp_path, [flight("departure", runway="05")])
    engine = run.engine()
    state = fly(engine, 400)
    airborne = state["alt"] > 0
    assert np.all(np.diff(state["alt"]) >= -1e-9)  # never descends
    assert state["alt"].max() == pytest.approx(1500 * 0.3048, abs=0.5)
    climbing = (state["phase"] == Phase.CLIMB_OUT) & airborne
    rate = np.diff(state["alt"])[climbing[:-1]]
    assert np.median(rate) == pytest.approx(700 * 0.3048 / 60, rel=0.1)  # about 700 ft/min
    runway = run.world.airspace.aerodrome.runway("05")
    moving = state["phase"] != Phase.DEPARTED
    assert np.all(np.abs(state["course"][moving & airborne] - runway.grid_bearing_deg()) < 0.5)
    (gone,) = [e for e in engine.events if e.kind is EventKind.MANNED_DEPARTED]
    assert gone.other == "f1"
    assert not engine.others.manned.present[0]


def test_near_manned_fires_once_per_drone_and_encounter(
    workspace: Workspace, tmp_path: Path
) -> None:
    run = run_with(workspace, tmp_path, [flight("straight_in", distance_nm=3)])
    threshold, along, _ = runway_frame(run, "23")
    projector = workspace.projector
    # Hovering on the extended centreline 1.5 NM out at 100 m: the aircraft passes about 65 m
    # above. Another hovers there at 400 m, far above it, and a third 900 m to the side.
    spot = threshold - along * 1.5 * NM
    side = spot + np.array([-along[1], along[0]]) * 900
    lat, lon = projector.to_wgs84(*spot)
    lat2, lon2 = projector.to_wgs84(*side)
    hover = {"kind": "hover"}
    drones = [
        drone("below", lat, lon, hover, alt_agl_m=100),
        drone("above", lat, lon, hover, alt_agl_m=400),
        drone("aside", lat2, lon2, hover, alt_agl_m=100),
    ]
    run = run_with(workspace, tmp_path, [flight("straight_in", distance_nm=3)], drones=drones)
    engine = run.engine()
    engine.run_until(400)
    near = [e for e in engine.events if e.kind is EventKind.DRONE_NEAR_MANNED]
    assert [(e.drone, e.other) for e in near] == [("below", "f1")]
    assert "PH-ABC (C172, final)" in near[0].detail and "below" in near[0].detail
    # It fired as the aircraft came within 500 m, about 60 s after it started 3 NM out.
    eta = (3 - 1.5) * NM / (70 * KT)
    assert near[0].time_s == pytest.approx(eta - 500 / (70 * KT), abs=2)


def test_a_circuit_flown_twice_past_a_drone_is_two_encounters(
    workspace: Workspace, tmp_path: Path
) -> None:
    probe = run_with(workspace, tmp_path, [flight("circuit")])
    threshold, _, left = runway_frame(probe, "23")
    abeam = threshold + DOWNWIND_OFFSET_M * left  # on the downwind leg, at circuit height
    lat, lon = workspace.projector.to_wgs84(*abeam)
    drones = [drone("spotter", lat, lon, {"kind": "hover"}, alt_agl_m=250)]
    run = run_with(workspace, tmp_path, [flight("circuit", laps=2)], drones=drones)
    engine = run.engine()
    engine.run_until(900)
    near = [e for e in engine.events if e.kind is EventKind.DRONE_NEAR_MANNED]
    assert len(near) == 2
    assert near[1].time_s - near[0].time_s > 300  # one lap apart


def test_manned_traffic_is_deterministic_and_in_the_snapshot(
    workspace: Workspace, tmp_path: Path
) -> None:
    manned = [flight("circuit"), {**flight("departure", runway="05"), "id": "f2", "start_s": 30}]
    run = run_with(workspace, tmp_path, manned)
    first, second = run.engine(), run.engine()
    for _ in range(20):
        first.run_until(first.time_s + 15)
        second.run_until(second.time_s + 15)
        assert first.digest() == second.digest()
    picture = first.snapshot().manned
    assert picture is not None and picture.ids == ("f1", "f2")
    assert picture.callsigns == ("PH-ABC", "PH-ABC")
    assert not picture.x.flags.writeable
    assert picture.path_stop[-1] == picture.path_x.size


def test_traffic_leaves_the_drones_truth_alone(workspace: Workspace, tmp_path: Path) -> None:
    hobby = {"kind": "loiter", "radius_m": 300}
    drones = [drone("d", 52.30, 6.95, hobby, alt_agl_m=80)]
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    plain = prepare(workspace, tmp_path / "a", drones, duration_s=600)
    busy = run_with(workspace, tmp_path / "b", [flight("straight_in")], drones=drones)
    a, b = plain.engine(), busy.engine()
    a.run_until(300)
    b.run_until(300)
    for name, array in a.fleet.state_arrays().items():
        assert np.array_equal(array, b.fleet.state_arrays()[name]), name


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"runway": "09"}, "manned[0].runway", "'05' or '23'"),
        ({"kind": "overhead_join"}, "manned[0]", "unknown kind 'overhead_join'"),
        ({"callsign": "ph abc"}, "manned[0].callsign", "a callsign is 2 to 10 capital letters"),
        ({"speed_kt": 10}, "manned[0].speed_kt", "greater than or equal to 40"),
        ({"laps": 0}, "manned[0].laps", "greater than or equal to 1"),
    ],
)
def test_broken_flights_are_refused(
    workspace: Workspace, tmp_path: Path, change: dict[str, Any], field: str, words: str
) -> None:
    with pytest.raises(ScenarioError) as caught:
        run_with(workspace, tmp_path, [{**flight("circuit"), **change}])
    problems = [(p.field, p.message) for p in caught.value.problems]
    assert any(f == field and words in m for f, m in problems), problems


def test_flight_ids_are_unique(workspace: Workspace, tmp_path: Path) -> None:
    with pytest.raises(ScenarioError) as caught:
        run_with(workspace, tmp_path, [flight("circuit"), flight("departure")])
    assert "used more than once: f1" in str(caught.value)
