"""The tracker on scripted detections: association, confirmation, coasting, drop, fusion, truth."""

from __future__ import annotations

import numpy as np
import pytest

from trainer.scenario.sensors_model import TrackerSettings
from trainer.sim.detections import Detections, SensorKind, make_detections
from trainer.sim.tracker import TrackChange, Tracker

RADAR_SIGMA_M = 15.0
RADAR, RF, RID, SIGHTING = 0, 1, 2, 3  # sensor indices used in these tests


def radar(
    t: float,
    xy: list[tuple[float, float]],
    truth: list[int],
    rng: np.random.Generator | None = None,
    alt: float = 80.0,
) -> Detections:
    points = np.array(xy, dtype=float).reshape(-1, 2)
    if rng is not None:
        points = points + rng.normal(0.0, RADAR_SIGMA_M, points.shape)
    return make_detections(
        t,
        RADAR,
        SensorKind.RADAR,
        points[:, 0],
        points[:, 1],
        alt=np.full(len(points), alt),
        sigma_h=RADAR_SIGMA_M,
        sigma_v=10.0,
        truth=np.array(truth, dtype=np.int64),
    )


def remote_id(t: float, x: float, y: float, truth: int, serial: str = "SER-1") -> Detections:
    return make_detections(
        t,
        RID,
        SensorKind.REMOTE_ID,
        np.array([x]),
        np.array([y]),
        alt=np.array([60.0]),
        sigma_h=3.0,
        sigma_v=5.0,
        serial=np.array([serial], dtype=object),
        operator=np.array(["NLD-OP-1"], dtype=object),
        truth=np.array([truth]),
    )


def run(tracker: Tracker, t: float, *batches: Detections) -> list[TrackChange]:
    for batch in batches:
        tracker.update(batch)
    tracker.maintain(t)
    return tracker.take_changes()


def test_a_track_is_confirmed_after_m_hits_and_numbered_in_order() -> None:
    tracker = Tracker(TrackerSettings(confirm_hits=3, confirm_window_s=5.0))
    changes: list[TrackChange] = []
    for k in range(4):
        changes += run(tracker, k, radar(k, [(10.0 * k, 0.0), (5000.0, 20.0 * k)], [0, 1]))
        if k < 2:
            assert tracker.picture(k).size == 0  # tentative tracks are not shown
    assert [(c.kind, c.track_id, c.truth) for c in changes] == [
        ("started", "T001", 0),
        ("started", "T002", 1),
    ]
    assert changes[0].sensors == ("radar",)
    assert tracker.picture(3).ids == ("T001", "T002")


def test_a_lone_detection_never_becomes_a_track() -> None:
    tracker = Tracker(TrackerSettings())
    changes = run(tracker, 0, radar(0, [(0.0, 0.0)], [-1]))
    changes += run(tracker, 4, radar(4, [(30.0, 0.0)], [-1]))  # 2 hits in the window: not 3
    for t in range(5, 12):
        changes += run(tracker, t)
    assert changes == []
    assert tracker.truth_map() == {}


@pytest.mark.parametrize("seed", range(5))
def test_two_crossing_targets_keep_their_tracks(seed: int) -> None:
    """Two drones at 20 m/s cross at right angles through one point at the same moment."""
    rng = np.random.default_rng(seed)
    tracker = Tracker(TrackerSettings())
    speed = 20.0 / np.sqrt(2)
    for k in range(31):
        t = float(k)
        a = (-200.0 + speed * t, -200.0 + speed * t)  # north-east, through (0, 0) at t = 14.1 s
        b = (-200.0 + speed * t, 200.0 - speed * t)  # south-east, through (0, 0) too
        run(tracker, t, radar(t, [a, b], [0, 1], rng))
        picture = tracker.picture(t)
        if k >= 3:
            assert picture.ids == ("T001", "T002")
            # Each track stays on its own drone, before, during and after the crossing.
            for index, truth in ((0, a), (1, b)):
                miss = np.hypot(picture.x[index] - truth[0], picture.y[index] - truth[1])
                assert miss < 4 * RADAR_SIGMA_M, (k, index, miss)
    assert tracker.truth_map() == {"T001": 0, "T002": 1}


def test_a_track_coasts_through_missed_detections_and_keeps_its_id() -> None:
    s = TrackerSettings(coast_after_s=2.5, drop_after_s=15.0)
    tracker = Tracker(s)
    for k in range(30):
        x = 15.0 * k  # due east at 15 m/s
        if 10 <= k < 20:  # ten missed scans
            run(tracker, k)
        else:
            run(tracker, k, radar(k, [(x, 0.0)], [4]))
        picture = tracker.picture(k)
        if k < 2:  # confirmed on the third hit
            continue
        assert picture.ids == ("T001",)
        assert picture.coasting[0] == (12 <= k < 20), k
        if picture.coasting[0]:
            # Extrapolated along the last known velocity, and flagged as seen by no sensor.
            assert picture.x[0] == pytest.approx(x, abs=40)
            assert picture.sensors[0] == 0
        else:
            assert picture.sensors_of(0) == ("radar",)
    assert tracker.truth_map() == {"T001": 4}


def test_a_track_is_dropped_after_the_coast_time_and_remembered() -> None:
    tracker = Tracker(TrackerSettings(drop_after_s=15.0))
    for k in range(5):
        run(tracker, k, radar(k, [(0.0, 10.0 * k)], [2]))
    last = 4.0
    dropped: list[TrackChange] = []
    for tick in range(1, 200):
        t = last + tick * 0.1
        dropped += run(tracker, t)
        if t <= last + 15.0 - 1e-9:
            assert tracker.picture(t).ids == ("T001",)
    assert [(c.kind, c.track_id, c.truth) for c in dropped] == [("dropped", "T001", 2)]
    assert tracker.picture(last + 20).size == 0
    assert tracker.truth_map() == {"T001": 2}  # the scorer can still map actions on it


def test_radar_and_remote_id_fuse_into_one_track() -> None:
    tracker = Tracker(TrackerSettings())
    changes = []
    for k in range(10):
        t = float(k)
        x, y = 1000.0 + 8.0 * t, 2000.0
        batches = [radar(t, [(x + 12.0, y - 9.0)], [7])]
        if k >= 4:  # Remote ID heard from 4 s on, 0.3 s after each radar scan
            batches.append(remote_id(t + 0.3, x + 2.4, y, 7, serial="1581F5FHD"))
        changes += run(tracker, t + 0.3, *batches)
    # Confirmed by radar, then identified when its first Remote ID message joined it (at 4.3 s).
    assert [(c.kind, c.track_id) for c in changes] == [("started", "T001"), ("identified", "T001")]
    assert changes[1].note == "serial 1581F5FHD, operator NLD-OP-1"
    picture = tracker.picture(9.3)
    assert picture.ids == ("T001",)
    assert picture.sensors_of(0) == ("radar", "rid")
    assert (picture.serial[0], picture.operator[0]) == ("1581F5FHD", "NLD-OP-1")
    assert picture.alt[0] == pytest.approx(60, abs=15)
    assert tracker.truth_map() == {"T001": 7}


def test_remote_id_starts_a_track_at_once_and_its_serial_holds_it() -> None:
    tracker = Tracker(TrackerSettings(min_gate_m=30.0))
    changes = run(tracker, 0.0, remote_id(0.0, 0.0, 0.0, 1, serial="A"))
    assert [(c.kind, c.track_id, c.sensors) for c in changes] == [
        ("started", "T001", ("rid",)),
        ("identified", "T001", ("rid",)),  # confirmed by its broadcast: readable at once
    ]
    # A second broadcaster right beside it is another drone: its serial differs.
    changes = run(tracker, 0.5, remote_id(0.5, 5.0, 0.0, 2, serial="B"))
    assert [c.track_id for c in changes] == ["T002", "T002"]
    # After a long silence (coasting), the serial still finds the track, far outside any gate.
    run(tracker, 10.0, remote_id(10.0, 900.0, 0.0, 1, serial="A"))
    picture = tracker.picture(10.0)
    assert picture.serial == ("A", "B")
    assert picture.x[0] == pytest.approx(900, abs=5)


def test_track_ids_are_deterministic() -> None:
    def play(seed: int) -> tuple[list[TrackChange], dict[str, int]]:
        rng = np.random.default_rng(seed)
        tracker = Tracker(TrackerSettings())
        changes = []
        for k in range(40):
            spots = rng.uniform(-3000, 3000, (6, 2))  # clutter, all over the place
            xy = [(100.0 + 10 * k, 0.0), (0.0, -500.0 + 5 * k), *map(tuple, spots)]
            changes += run(tracker, k, radar(k, xy, [0, 1, -1, -1, -1, -1, -1, -1], rng))
        return changes, tracker.truth_map()

    first, second = play(3), play(3)
    assert first == second
    ids = [c.track_id for c in first[0] if c.kind == "started"]
    assert ids == [f"T{n:03d}" for n in range(1, len(ids) + 1)]


def test_truth_is_the_dominant_drone_of_recent_associations() -> None:
    tracker = Tracker(TrackerSettings())
    # Three scans labelled drone 5, then one clutter hit falls in the gate: still drone 5.
    for k, truth in enumerate([5, 5, 5, -1, 5, 5]):
        run(tracker, k, radar(k, [(0.0, 0.0)], [truth]))
    assert tracker.truth_map() == {"T001": 5}
    # A track made only of clutter maps to no drone.
    for k in range(6, 10):
        run(tracker, k, radar(k, [(0.0, 0.0), (4000.0, 4000.0)], [5, -1]))
    assert tracker.truth_map() == {"T001": 5, "T002": -1}


def test_rf_bearings_mark_the_track_they_point_at_and_the_rest_are_strobes() -> None:
    tracker = Tracker(TrackerSettings())
    for k in range(4):
        run(tracker, k, radar(k, [(0.0, 1000.0)], [0]))  # due north of the RF detector
    bearings = make_detections(
        3.0,
        RF,
        SensorKind.RF,
        np.full(2, np.nan),
        np.full(2, np.nan),
        bearing_deg=np.array([1.5, 90.0]),  # one at the track, one due east: nothing there
        bearing_sigma_deg=3.0,
        truth=np.array([0, 1]),
    )
    run(tracker, 3.0, bearings)
    picture = tracker.picture(3.0)
    assert picture.sensors_of(0) == ("radar", "rf")
    assert picture.strobe_bearing_deg.tolist() == [90.0]
    assert tracker.strobe_truth(3.0).tolist() == [1]
    assert tracker.picture(10.0).strobe_bearing_deg.size == 0  # strobes fade like tracks


def test_a_sighting_starts_a_track_that_lasts_its_hold_time() -> None:
    s = TrackerSettings(sighting_hold_s=60.0, drop_after_s=15.0)
    tracker = Tracker(s)
    report = make_detections(
        10.0,
        SIGHTING,
        SensorKind.SIGHTING,
        np.array([500.0]),
        np.array([500.0]),
        sigma_h=150.0,
        note=np.array(["tower"], dtype=object),
        truth=np.array([3]),
    )
    (started,) = run(tracker, 10.0, report)
    assert (started.track_id, started.sensors, started.note) == (
        "T001",
        ("sighting",),
        "reported by tower",
    )
    assert np.isnan(tracker.picture(10.0).alt[0])  # nobody measured its height
    assert tracker.picture(69.0).sensors_of(0) == ("sighting",)
    assert run(tracker, 69.9) == []
    (dropped,) = run(tracker, 70.1)
    assert dropped.kind == "dropped"


def test_dead_slots_are_compacted_without_losing_live_tracks() -> None:
    rng = np.random.default_rng(0)
    tracker = Tracker(TrackerSettings())
    for k in range(60):
        t = float(k)
        spots = [(float(x), float(y)) for x, y in rng.uniform(-50_000, 50_000, (40, 2))]
        keep = remote_id(t + 0.5, 10.0 * k, 0.0, 9, serial="KEEP")
        run(tracker, t + 0.5, radar(t, spots, [-1] * 40), keep)
    assert tracker._n < 1000  # of 2,400 tentative clutter tracks, most are gone for good
    picture = tracker.picture(59.5)
    assert picture.serial == ("KEEP",) and picture.x[0] == pytest.approx(590, abs=10)
    assert tracker.truth_map() == {"T001": 9}
