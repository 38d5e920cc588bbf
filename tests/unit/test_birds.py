"""Bird flocks: how they fly, how the radar and tracker see them, and how keys name them."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from tests.conftest import SCENARIOS
from tests.unit.scenario_factory import drone, prepare
from trainer.errors import ScenarioError
from trainer.launch import PreparedRun, Workspace
from trainer.scenario.answer_key import FirstDetection
from trainer.scoring.run_facts import Timeline
from trainer.sim.birds import MAX_SPEED_MPS, MIN_SPEED_MPS, flock_truth, size_factor, truth_name
from trainer.sim.events import EventKind

NEAR_ARP = (52.2900, 6.9000)  # about 1.7 km north-east of the radar at the reference point
FAR_AWAY = (52.3600, 6.7600)  # beyond the radar: a drone that need not be seen


def flock(flock_id: str = "flock-1", **extra: Any) -> dict[str, Any]:
    start = {"lat": NEAR_ARP[0], "lon": NEAR_ARP[1], "alt_agl_m": 80}
    return {"id": flock_id, "start": start, "course_deg": 90, **extra}


def run_with(
    workspace: Workspace, folder: Path, birds: list[dict[str, Any]], **fields: Any
) -> PreparedRun:
    parked = drone("parked", *FAR_AWAY, {"kind": "hover"}, alt_agl_m=0, start_s=290)
    drones = fields.pop("drones", [parked])
    fields.setdefault("duration_s", 3600)
    return prepare(workspace, folder, drones, birds=birds, **fields)


def test_flocks_fly_like_birds(workspace: Workspace, tmp_path: Path) -> None:
    birds = [
        flock("slow-low", speed_mps=10, start={"lat": 52.29, "lon": 6.90, "alt_agl_m": 22}),
        flock("fast-high", speed_mps=20, start={"lat": 52.29, "lon": 6.90, "alt_agl_m": 295}),
        flock("wandering", course_deg=200, wander_deg=30, spread_m=60),
    ]
    engine = run_with(workspace, tmp_path, birds, sensors={"radars": [], "remote_id": []}).engine()
    flocks = engine.others.birds
    speed, alt, off_course, spread = [], [], [], []
    last = np.column_stack([flocks.x, flocks.y])
    while engine.time_s < 1200:
        engine.run_until(engine.time_s + 1.0)
        here = np.column_stack([flocks.x, flocks.y])
        speed.append(np.hypot(*(here - last).T))  # m per s over the last second
        last = here
        alt.append(flocks.alt.copy())
        off_course.append(np.angle(np.exp(1j * (flocks.heading - flocks.course))))
        bx, by, _ = flocks.bird_positions()
        spread.append(np.hypot(bx - flocks.x[flocks.flock_of], by - flocks.y[flocks.flock_of]))
    speed_, alt_, off = np.array(speed), np.array(alt), np.degrees(np.array(off_course))
    assert speed_.min() >= MIN_SPEED_MPS - 0.5 and speed_.max() <= MAX_SPEED_MPS + 0.5
    assert speed_[:, 0].mean() == pytest.approx(10.5, abs=1.0)  # clipped at 10 m/s from below
    assert speed_[:, 2].std() > 0.3  # the speed wanders
    assert alt_.min() >= 20 and alt_.max() <= 300
    assert alt_[:, 2].std() > 3  # and so does the height
    # Heading: about the course, spread near the asked-for 30 deg (the spread is a random
    # process's: a 20-minute sample is within a factor of two of it).
    assert abs(off[:, 2].mean()) < 15
    assert 15 < off[:, 2].std() < 60
    assert off[:, 0].std() > 5  # the default 20 deg wander
    # Birds spread over tens of metres about their flock's centre (30 m default, 60 m asked).
    radius = np.array(spread)
    wide = flocks.flock_of == 2
    assert 20 < np.median(radius[:, wide]) < 80
    assert 10 < np.median(radius[:, ~wide]) < 40
    picture = engine.snapshot().birds
    assert picture is not None and picture.ids == ("slow-low", "fast-high", "wandering")
    assert picture.bird_x.size == 60 and not picture.bird_x.flags.writeable


def test_a_flock_waits_for_its_start_and_goes_at_its_end(
    workspace: Workspace, tmp_path: Path
) -> None:
    engine = run_with(workspace, tmp_path, [flock(start_s=30, end_s=90)]).engine()
    flocks = engine.others.birds
    x0 = float(flocks.x[0])
    engine.run_until(29)
    assert not flocks.active[0] and flocks.x[0] == x0
    engine.run_until(60)
    assert flocks.active[0] and flocks.x[0] > x0 + 250  # flying east at 10-20 m/s
    engine.run_until(90)
    assert not flocks.active[0]
    picture = engine.snapshot().birds
    assert picture is not None and picture.speed[0] == 0


def test_the_radar_tracks_a_flock_and_its_truth_is_the_flock(
    workspace: Workspace, tmp_path: Path
) -> None:
    engine = run_with(workspace, tmp_path, [flock(count=30)], duration_s=300).engine()
    engine.run_until(300)
    started = [e for e in engine.events if e.kind is EventKind.TRACK_STARTED]
    birds = [e for e in started if e.drone == "bird:flock-1"]
    assert birds, [(e.other, e.drone) for e in started]
    assert birds[0].time_s < 10  # seen within a few scans
    assert birds[0].detail == "radar"  # no Remote ID, no RF, no sighting: radar only
    assert len(birds) == 1  # a flock makes one track, not one per bird
    truth = engine.track_truth()
    assert truth[birds[0].other or ""] == "bird:flock-1"
    assert all(v is None for k, v in truth.items() if k != birds[0].other)  # clutter: none


def test_an_answer_key_can_name_a_flock(workspace: Workspace, tmp_path: Path) -> None:
    key = {
        "incidents": [
            {
                "id": "birds",
                "drone": "bird:flock-1",
                "expected": [
                    {
                        "kind": "classify",
                        "params": {"classification": "bird"},
                        "window_s": 60,
                        "points": 10,
                    }
                ],
            }
        ]
    }
    engine = run_with(workspace, tmp_path, [flock()], duration_s=300, answer_key=key).engine()
    engine.run_until(60)
    first = next(e for e in engine.events if e.kind is EventKind.TRACK_STARTED and e.drone)
    timeline = Timeline(engine.events)
    assert (
        timeline.clock_start(FirstDetection(kind="first_detection"), "bird:flock-1") == first.time_s
    )


@pytest.mark.parametrize(
    ("subject", "words"),
    [
        ("bird:geese", "unknown bird flock 'geese' (birds: flock-1)"),
        ("bird:Flock", "or bird: and a flock's id"),
    ],
)
def test_a_key_naming_an_unknown_flock_is_refused(
    workspace: Workspace, tmp_path: Path, subject: str, words: str
) -> None:
    expected = [{"kind": "acknowledge", "window_s": 30, "points": 10}]
    key = {"incidents": [{"id": "birds", "drone": subject, "expected": expected}]}
    with pytest.raises(ScenarioError) as caught:
        run_with(workspace, tmp_path, [flock()], answer_key=key)
    problems = [(p.field, p.message) for p in caught.value.problems]
    assert any(f == "answer_key.incidents[0].drone" and words in m for f, m in problems), problems


def test_birds_change_neither_the_drones_nor_their_detections(
    workspace: Workspace, tmp_path: Path
) -> None:
    hobby = {"kind": "loiter", "radius_m": 300}
    drones = [drone("d", 52.30, 6.86, hobby, alt_agl_m=80)]
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    plain = prepare(workspace, tmp_path / "a", drones, duration_s=600)
    flocked = run_with(workspace, tmp_path / "b", [flock(count=50)], drones=drones, duration_s=600)
    a, b = plain.engine(), flocked.engine()
    for _ in range(120):
        a.step()
        b.step()
        for name, array in a.fleet.state_arrays().items():
            assert np.array_equal(array, b.fleet.state_arrays()[name]), name
        assert a.sensing is not None and b.sensing is not None
        # The drone and clutter reports of each sensor, not the flock's (a sensor that detected
        # nothing reports no batch).
        reports_a = {int(batch.sensor[0]): batch.x for batch in a.sensing.last_batches}
        for batch in b.sensing.last_batches:
            drone_rows = batch.x[batch.truth >= -1]
            assert np.array_equal(reports_a.pop(int(batch.sensor[0]), np.zeros(0)), drone_rows)
        assert not reports_a


def test_truth_codes_and_size() -> None:
    assert truth_name(flock_truth(1), ("d",), ("a", "b")) == "bird:b"
    assert truth_name(0, ("d",), ("a",)) == "d"
    assert truth_name(-1, ("d",), ("a",)) == ""
    # 10 pigeon-size birds echo like one medium (0.1 m2) target; 160 like twice its range.
    assert size_factor(10, 0.01) == pytest.approx(1.0)
    assert size_factor(160, 0.01) == pytest.approx(2.0)


def test_the_bundled_bird_scenario_tracks_the_flock_once(workspace: Workspace) -> None:
    run = workspace.prepare(SCENARIOS / "bird-flock-false-alarm.yaml")
    engine = run.engine()
    engine.run_until(run.scenario.duration_s)
    flock_tracks = {e.other for e in engine.events if e.drone == "bird:lapwings"}
    assert len(flock_tracks) == 1
    assert math.isfinite(engine.time_s)
