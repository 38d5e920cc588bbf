"""The tracker's few-track forms (Python floats) match its array forms bit for bit."""

from __future__ import annotations

import copy

import numpy as np
import pytest

from trainer.scenario.sensors_model import TrackerSettings
from trainer.sim import association
from trainer.sim import tracker as tracker_module
from trainer.sim.detections import Detections, SensorKind, make_detections
from trainer.sim.tracker import Tracker


def heights(rng: np.random.Generator, n: int) -> np.ndarray:
    """Heights with some unknown (NaN): RF-less radars that do not measure height."""
    return np.where(rng.random(n) < 0.3, np.nan, rng.uniform(0, 150, n))


def batch(rng: np.random.Generator, t: float, n: int) -> Detections:
    return make_detections(
        t,
        0,
        SensorKind.RADAR,
        rng.uniform(-2000, 2000, n),
        rng.uniform(-2000, 2000, n),
        alt=heights(rng, n),
        sigma_h=rng.uniform(1, 40, n),
        sigma_v=rng.uniform(1, 20, n),
    )


def started(rng: np.random.Generator, tracks: int) -> Tracker:
    tracker = Tracker(TrackerSettings(accel_sigma_mps2=float(rng.uniform(1, 10))))
    tracker.update(batch(rng, 0.0, tracks))  # far apart: every detection starts a track
    return tracker


@pytest.mark.parametrize("size", range(1, tracker_module.FEW_UPDATES + 1))
def test_few_track_updates_match_the_array_form(size: int) -> None:
    rng = np.random.default_rng(size)
    for _ in range(100):
        tracker = started(rng, 6)
        twin = copy.deepcopy(tracker)
        t = 0.0
        for _ in range(8):  # several updates in a row, from where the last left them
            t += float(rng.choice([0.1, 1.0, 4.3]))
            update = batch(rng, t, size)
            det = rng.permutation(size)
            slot = rng.choice(6, size, replace=False)
            tracker._correct_few(update, det, slot, t)
            twin._correct_arrays(update, det, slot, t)
            tracker.t_update[slot] = twin.t_update[slot] = t
            assert tracker.slot_digest() == twin.slot_digest()


def test_one_track_named_twice_in_a_batch_is_updated_as_the_array_form_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rng = np.random.default_rng(7)
    tracker = started(rng, 3)
    twin = copy.deepcopy(tracker)
    update = batch(rng, 1.0, 2)
    det, slot = np.array([0, 1]), np.array([2, 2])  # e.g. two reports carrying one serial
    tracker._correct(update, det, slot, 1.0)
    monkeypatch.setattr(tracker_module, "FEW_UPDATES", 0)
    twin._correct(update, det, slot, 1.0)
    assert tracker.slot_digest() == twin.slot_digest()


def scene(rng: np.random.Generator, t: float, truth: np.ndarray) -> list[Detections]:
    """What a radar, a Remote ID receiver and an observer report of a few targets at `t`."""
    x, y = 400.0 * truth + 20.0 * t, 300.0 - 15.0 * t * (truth % 2)
    seen = rng.random(truth.size) < 0.8
    batches = [
        make_detections(
            t,
            0,
            SensorKind.RADAR,
            x[seen] + rng.normal(0, 15, seen.sum()),
            y[seen] + rng.normal(0, 15, seen.sum()),
            alt=np.where(rng.random(seen.sum()) < 0.2, np.nan, 80.0),
            sigma_h=15.0,
            sigma_v=10.0,
            truth=truth[seen],
        )
    ]
    broadcasting = truth[truth % 2 == 0]  # every other target sends Remote ID
    if rng.random() < 0.5 and broadcasting.size:
        batches.append(
            make_detections(
                t,
                1,
                SensorKind.REMOTE_ID,
                x[broadcasting] + rng.normal(0, 3, broadcasting.size),
                y[broadcasting] + rng.normal(0, 3, broadcasting.size),
                alt=np.full(broadcasting.size, 60.0),
                sigma_h=3.0,
                sigma_v=5.0,
                serial=np.array([f"SER-{k}" for k in broadcasting], dtype=object),
                operator=np.array([f"OP-{k}" for k in broadcasting], dtype=object),
                truth=broadcasting,
            )
        )
    if rng.random() < 0.05:
        batches.append(
            make_detections(
                t,
                2,
                SensorKind.SIGHTING,
                x[:1],
                y[:1],
                sigma_h=50.0,
                note=np.array(["a walker"], dtype=object),
                truth=truth[:1],
            )
        )
    return batches


@pytest.mark.parametrize("targets", [1, 2, 3, 6])
def test_tracking_a_few_targets_matches_the_array_form(
    targets: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = np.random.default_rng(targets)
    few, arrays = Tracker(TrackerSettings()), Tracker(TrackerSettings())
    truth = np.arange(targets)
    for tick in range(1, 120):
        t = tick * 1.0
        for update in scene(rng, t, truth):
            few.update(update)
            with monkeypatch.context() as patch:
                patch.setattr(tracker_module, "FEW_UPDATES", 0)
                patch.setattr(tracker_module, "FEW_PAIRS", 0)
                patch.setattr(association, "FEW_PAIRS", 0)
                arrays.update(update)
        few.maintain(t)
        arrays.maintain(t)
        assert few.take_changes() == arrays.take_changes()
        assert few.slot_digest() == arrays.slot_digest()
        assert few._serial_slot == arrays._serial_slot
    assert few.truth_map() == arrays.truth_map()
    assert len(few.truth_map()) >= targets  # tracks were confirmed (and some identified)


@pytest.mark.parametrize("size", [1, 2, 4])
def test_few_pair_gating_matches_the_array_form(size: int) -> None:
    rng = np.random.default_rng(100 + size)
    pairs = candidates = 0
    for _ in range(200):
        tracker = started(rng, 4)
        t = float(rng.choice([0.5, 1.0, 3.0]))
        tracker.number[: tracker._n] = rng.integers(0, 2, tracker._n)  # tentative and confirmed
        tracker.serial[0] = "SER-0"  # a track with a serial: a detection with one clashes
        # Detections near the tracks (inside, on and outside the gates), some with a serial.
        near = rng.integers(0, tracker._n, size)
        update = make_detections(
            t,
            0,
            SensorKind.RADAR,
            tracker.pos[near, 0] + rng.normal(0, 60, size),
            tracker.pos[near, 1] + rng.normal(0, 60, size),
            alt=heights(rng, size),
            sigma_h=rng.uniform(1, 40, size),
            sigma_v=rng.uniform(1, 20, size),
            serial=np.where(rng.random(size) < 0.3, "SER-X", None).astype(object),
        )
        rest = np.arange(size)
        live = tracker._live()[: int(rng.integers(1, 5))]
        few = tracker._gate_few(update, rest, live, t)
        arrays = tracker._gate_arrays(update, rest, live, t)
        assert [a.tobytes() for a in few] == [a.tobytes() for a in arrays]
        assert [a.dtype for a in few] == [a.dtype for a in arrays]
        pairs += few[0].size
        candidates += size * live.size
    assert 20 * size < pairs < candidates  # many pairs inside the gate, many not


def test_pairs_that_compete_for_nothing_are_all_taken_in_order() -> None:
    i, j = np.array([0, 1, 2]), np.array([2, 0, 1])
    taken = association.assign(i, j, np.array([1.0, 2.0, 3.0]), 3, 3)
    assert [a.tolist() for a in taken] == [[0, 1, 2], [2, 0, 1]]
    # Two detections wanting one track: the cheaper one has it (the general solver's answer).
    i, j = np.array([0, 1]), np.array([0, 0])
    taken = association.assign(i, j, np.array([5.0, 2.0]), 2, 1)
    assert [a.tolist() for a in taken] == [[1], [0]]
