"""Sensors against their configured statistics over many seeded scans; the scenario section and
the engine's tracks. Tolerances are about 4 standard errors of each estimate unless stated."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pytest

from tests.conftest import SCENARIOS
from tests.unit.scenario_factory import drone, prepare
from trainer.errors import ScenarioError
from trainer.launch import Workspace
from trainer.scenario.sensors_model import (
    Outage,
    Radar,
    RemoteIdReceiver,
    RfDetector,
    SensorSetup,
    SizeClass,
)
from trainer.sim.detections import Detections, Targets
from trainer.sim.engine import Engine
from trainer.sim.events import EventKind
from trainer.sim.radar import RadarSensor
from trainer.sim.remote_id import RemoteIdSensor
from trainer.sim.rf import RfSensor

SITE = (0.0, 0.0)
SEEDS = range(5)
ARP = (52.27583, 6.88917)  # Twente's aerodrome reference point, WGS84


def ring(count: int, range_m: float, alt: float = 100.0) -> tuple[np.ndarray, ...]:
    """Targets evenly spread on a circle around the site: x, y, alt."""
    angle = np.linspace(0.0, 2 * np.pi, count, endpoint=False)
    return range_m * np.sin(angle), range_m * np.cos(angle), np.full(count, alt)


def targets(
    x: np.ndarray,
    y: np.ndarray,
    alt: np.ndarray,
    airborne: np.ndarray | None = None,
    link: np.ndarray | None = None,
) -> Targets:
    n = len(x)
    yes = np.ones(n, dtype=np.bool_)
    return Targets(
        x, y, alt, np.zeros(n), np.full(n, 5.0), yes if airborne is None else airborne,
        yes if link is None else link,
    )  # fmt: skip


def scans(
    sensor: RadarSensor | RfSensor | RemoteIdSensor, seen: Targets, times: np.ndarray
) -> Detections:
    return Detections.concat([b for t in times if (b := sensor.step(float(t), seen)) is not None])


# -- radar ----------------------------------------------------------------------------------

RADAR = Radar(
    detection_probability=0.9, reference_range_m=4000, max_range_m=8000, clutter_per_km2_per_h=0
)
# Range, size class, and Pd from the documented model: Pd_ref * (1 - u^2) beyond the reference.
PD_CASES = [
    (2000.0, SizeClass.MEDIUM, 0.9),
    (5000.0, SizeClass.MEDIUM, 0.9 * (1 - 0.25**2)),
    (6000.0, SizeClass.MEDIUM, 0.9 * (1 - 0.5**2)),
    (7000.0, SizeClass.MEDIUM, 0.9 * (1 - 0.75**2)),
    (3000.0, SizeClass.TINY, 0.9 * (1 - 0.5**2)),  # a C0 drone: ranges scaled by 0.5
    (6000.0, SizeClass.LARGE, 0.9 * (1 - (6000 / 1.4 / 4000 - 1) ** 2)),
    (8100.0, SizeClass.LARGE, 0.0),  # beyond the radar's instrumented range: never
]
PER_CASE = 300


def radar_runs(radar: Radar) -> tuple[Detections, Targets]:
    """PER_CASE targets per Pd case, 20 scans for each of 5 seeds."""
    parts = [ring(PER_CASE, r) for r, _, _ in PD_CASES]
    seen = targets(*(np.concatenate(column) for column in zip(*parts, strict=True)))
    sizes = np.repeat([radar.size_range_factor.of(s) for _, s, _ in PD_CASES], PER_CASE)
    batches = [
        scans(RadarSensor(0, radar, SITE, sizes, np.random.default_rng(seed)), seen, np.arange(20))
        for seed in SEEDS
    ]
    return Detections.concat(batches), seen


def test_radar_detection_probability_follows_range_and_size() -> None:
    found, _ = radar_runs(RADAR)
    trials = 20 * len(SEEDS) * PER_CASE  # 30,000 per case: standard error at most 0.003
    for case, (range_m, size, expected) in enumerate(PD_CASES):
        hits = np.count_nonzero(found.truth // PER_CASE == case)
        assert hits / trials == pytest.approx(expected, abs=0.012), (range_m, size)


def test_radar_position_noise_matches_its_sigma() -> None:
    found, seen = radar_runs(RADAR)
    dx, dy = found.x - seen.x[found.truth], found.y - seen.y[found.truth]
    dz = found.alt - seen.alt[found.truth]
    # About 80,000 detections: the standard error of a sigma estimate is below 0.3 %.
    assert np.std(dx) == pytest.approx(RADAR.sigma_horizontal_m, rel=0.02)
    assert np.std(dy) == pytest.approx(RADAR.sigma_horizontal_m, rel=0.02)
    assert np.std(dz) == pytest.approx(RADAR.sigma_vertical_m, rel=0.02)
    assert abs(np.mean(dx)) < 0.5 and abs(np.mean(dy)) < 0.5


def test_radar_sees_nothing_on_the_ground_and_a_2d_radar_no_height() -> None:
    x, y, alt = ring(50, 1000.0)
    grounded = targets(x, y, alt, airborne=np.zeros(50, dtype=np.bool_))
    radar = RadarSensor(0, RADAR, SITE, np.ones(50), np.random.default_rng(1))
    assert scans(radar, grounded, np.arange(10)).size == 0
    flat = RadarSensor(
        0, RADAR.model_copy(update={"measures_height": False}), SITE, np.ones(50),
        np.random.default_rng(1),
    )  # fmt: skip
    found = scans(flat, targets(x, y, alt), np.arange(3))
    assert found.size > 100 and np.isnan(found.alt).all()


def test_clutter_appears_at_its_rate_per_area_and_hour() -> None:
    rate = 2.0  # per km2 per hour
    radar = Radar(
        max_range_m=3000,
        reference_range_m=2900,
        detection_probability=1.0,  # with large clutter every target is seen on its first scan
        clutter_size=SizeClass.LARGE,
        clutter_per_km2_per_h=rate,
        clutter_lifetime_s=30,
        update_interval_s=10,
    )
    sensor = RadarSensor(0, radar, SITE, np.zeros(0), np.random.default_rng(8))
    nothing = targets(np.zeros(0), np.zeros(0), np.zeros(0))
    hours = 20
    found = scans(sensor, nothing, np.arange(0, hours * 3600, 10))
    assert (found.truth == -1).all()
    area_km2 = np.pi * 3.0**2
    # About 1,130 expected: the count's standard error is 3 %.
    measured = np.unique(found.clutter).size / hours / area_km2
    assert measured == pytest.approx(rate, rel=0.12)
    assert np.hypot(found.x, found.y).max() < 3000 + 4 * radar.sigma_horizontal_m


# -- RF detector ----------------------------------------------------------------------------


def rf_targets() -> Targets:
    linked = ring(400, 1500.0)
    silent = ring(100, 1500.0)  # flying without an active control link
    far = ring(100, 3500.0)  # beyond the detector's range
    x, y, alt = (np.concatenate(c) for c in zip(linked, silent, far, strict=True))
    link = np.r_[np.ones(400, dtype=np.bool_), np.zeros(100, dtype=np.bool_), np.ones(100, bool)]
    return targets(x, y, alt, link=link)


def test_rf_detects_linked_drones_in_range_with_its_bearing_error() -> None:
    config = RfDetector(range_m=3000, detection_probability=0.95, bearing_sigma_deg=3.0)
    seen = rf_targets()
    found = Detections.concat(
        [
            scans(RfSensor(0, config, SITE, np.random.default_rng(s)), seen, np.arange(10))
            for s in SEEDS
        ]
    )
    assert found.truth.max() < 400  # neither silent nor far drones are ever heard
    assert found.size / (400 * 10 * len(SEEDS)) == pytest.approx(0.95, abs=0.01)
    true_bearing = np.degrees(np.arctan2(seen.x, seen.y))[found.truth]
    error = (found.bearing_deg - true_bearing + 180.0) % 360.0 - 180.0
    assert np.std(error) == pytest.approx(3.0, rel=0.03)
    assert abs(np.mean(error)) < 0.1
    assert np.isnan(found.x).all() and np.isnan(found.alt).all()  # a bearing: no place, no height


def test_rf_area_reports_range_with_its_log_normal_error() -> None:
    config = RfDetector(reports_area=True, range_sigma_fraction=0.3)
    seen = rf_targets()
    found = scans(RfSensor(0, config, SITE, np.random.default_rng(4)), seen, np.arange(30))
    ratio = np.log(np.hypot(found.x, found.y) / 1500.0)
    assert np.std(ratio) == pytest.approx(0.3, rel=0.05)
    assert abs(np.median(ratio)) < 0.02
    assert np.isnan(found.alt).all()


# -- Remote ID ------------------------------------------------------------------------------


def rid_setup(reception: float, seed: int = 0) -> tuple[RemoteIdSensor, Targets]:
    near, far, quiet, grounded = (
        ring(30, 1500.0),
        ring(30, 2500.0),
        ring(10, 1000.0),
        ring(10, 900.0),
    )
    x, y, alt = (np.concatenate(c) for c in zip(near, far, quiet, grounded, strict=True))
    airborne = np.r_[np.ones(70, dtype=np.bool_), np.zeros(10, dtype=np.bool_)]
    serial = np.array([f"SN{i}" for i in range(60)] + [None] * 10 + ["SN-G"] * 10, dtype=object)
    operator = np.array([None if s is None else f"OP-{s}" for s in serial], dtype=object)
    config = RemoteIdReceiver(range_m=2000, reception_probability=reception)
    sensor = RemoteIdSensor(0, config, SITE, serial, operator, np.random.default_rng(seed))
    return sensor, targets(x, y, alt, airborne=airborne)


def test_remote_id_is_heard_about_once_a_second_within_range_only() -> None:
    sensor, seen = rid_setup(reception=1.0)
    times = np.round(np.arange(0, 1001) * 0.1, 9)  # 100 s in engine ticks
    found = scans(sensor, seen, times)
    assert set(np.unique(found.truth)) == set(range(30))  # not far, quiet, nor grounded drones
    for index in range(30):
        heard = np.sort(found.time_s[found.truth == index])
        assert heard.size in (100, 101)
        assert np.all(np.abs(np.diff(heard) - 1.0) <= 0.1 + 1e-9)
    assert all(s == f"SN{t}" for s, t in zip(found.serial, found.truth, strict=True))
    assert all(o == f"OP-SN{t}" for o, t in zip(found.operator, found.truth, strict=True))
    assert np.std(found.x - seen.x[found.truth]) == pytest.approx(3.0, rel=0.05)
    assert np.allclose(found.speed, 5.0) and np.allclose(found.course_deg % 360, 0.0)


def test_remote_id_reception_probability() -> None:
    heard = 0
    for seed in SEEDS:
        sensor, seen = rid_setup(reception=0.95, seed=seed)
        heard += scans(sensor, seen, np.round(np.arange(0, 1000) * 0.1, 9)).size
    # 15,000 broadcasts within range: standard error 0.0018.
    assert heard / (30 * 100 * len(SEEDS)) == pytest.approx(0.95, abs=0.008)


# -- outages --------------------------------------------------------------------------------


def test_an_outage_silences_each_kind_of_sensor() -> None:
    outage = [Outage(from_s=10, to_s=20)]
    x, y, alt = ring(20, 1000.0)
    seen = targets(x, y, alt)
    serial = np.array([f"S{i}" for i in range(20)], dtype=object)
    sensors = [
        RadarSensor(0, Radar(outages=outage), SITE, np.ones(20), np.random.default_rng(1)),
        RfSensor(1, RfDetector(outages=outage), SITE, np.random.default_rng(2)),
        RemoteIdSensor(
            2, RemoteIdReceiver(outages=outage), SITE, serial, serial, np.random.default_rng(3)
        ),
    ]
    for sensor in sensors:
        found = scans(sensor, seen, np.round(np.arange(0, 301) * 0.1, 9))
        assert not ((found.time_s >= 10) & (found.time_s < 20)).any(), sensor.id
        assert (found.time_s < 10).any() and (found.time_s >= 20).any(), sensor.id


# -- the scenario section and the engine ----------------------------------------------------


def test_default_setup_is_a_radar_and_a_remote_id_receiver() -> None:
    setup = SensorSetup()
    assert setup.sensor_ids() == ["radar", "remote-id"]
    assert setup.radars[0].position is None  # at the aerodrome reference point


@pytest.mark.parametrize(
    ("sensors", "field", "words"),
    [
        ({"radars": [{"reference_range_m": 9000}]}, "sensors.radars[0]", "shorter than max"),
        ({"radars": [{"id": "a"}], "remote_id": [{"id": "a"}]}, "sensors", "unique"),
        (
            {"radars": [{"outages": [{"from_s": 5, "to_s": 1}]}]},
            "sensors.radars[0].outages[0]",
            "later",
        ),
        (
            {"sightings": [{"at_s": 5, "drone": "ghost"}]},
            "sensors.sightings[0].drone",
            "unknown drone 'ghost'",
        ),
        ({"radar": []}, "sensors.radar", "did you mean 'radars'"),
    ],
)
def test_sensor_section_problems_are_reported(
    workspace: Workspace, tmp_path: Path, sensors: dict, field: str, words: str
) -> None:
    hover = drone("d", *ARP, {"kind": "hover"})
    with pytest.raises(ScenarioError) as caught:
        prepare(workspace, tmp_path, [hover], sensors=sensors)
    assert any(p.field == field and words in p.message for p in caught.value.problems), (
        caught.value.problems
    )


def sensor_run(workspace: Workspace, tmp_path: Path, **sensors: object) -> Engine:
    coop = drone(
        "coop", 52.2848, 6.8892, {"kind": "hover"}, alt_agl_m=60,
        remote_id={"broadcast": True, "serial": "SER-COOP", "operator_id": "NLD-OP-COOP"},
    )  # fmt: skip
    quiet = drone("quiet", 52.2700, 6.9000, {"kind": "hover"}, alt_agl_m=40)
    run = prepare(workspace, tmp_path, [coop, quiet], sensors=sensors)
    engine = run.engine()
    engine.run_until(40)
    return engine


def test_the_engine_tracks_drones_and_logs_track_events(
    workspace: Workspace, tmp_path: Path
) -> None:
    sightings = [{"at_s": 30, "drone": "quiet", "position_error_m": 200, "reporter": "fire crew"}]
    engine = sensor_run(
        workspace, tmp_path, radars=[{"clutter_per_km2_per_h": 0}], sightings=sightings
    )
    started = [e for e in engine.events if e.kind is EventKind.TRACK_STARTED]
    assert [(e.drone, e.other) for e in started] == [("coop", "T001"), ("quiet", "T002")]
    assert "rid" in started[0].detail and started[0].time_s < 1.5  # Remote ID: at once
    assert started[1].detail == "radar" and 2.0 <= started[1].time_s <= 5.0  # 3 hits (Pd 0.9)
    assert engine.track_truth() == {"T001": "coop", "T002": "quiet"}
    snapshot = engine.snapshot()
    assert snapshot.tracks is not None and snapshot.tracks.ids == ("T001", "T002")
    tracks = snapshot.tracks
    assert tracks.sensors_of(0) == ("radar", "rid")
    assert (tracks.serial[0], tracks.operator[0]) == ("SER-COOP", "NLD-OP-COOP")
    assert tracks.sensors_of(1) == ("radar", "sighting")  # the report joined the radar track
    assert tracks.serial[1] is None and not tracks.coasting.any()
    for index, name in enumerate(("coop", "quiet")):
        i = engine.fleet.index_of(name)
        miss = np.hypot(tracks.x[index] - engine.fleet.x[i], tracks.y[index] - engine.fleet.y[i])
        assert miss < 40
        assert tracks.alt[index] == pytest.approx(engine.fleet.alt[i], abs=20)


def test_a_sighting_alone_gives_a_track_as_far_off_as_reported(
    workspace: Workspace, tmp_path: Path
) -> None:
    sightings = [{"at_s": 30, "drone": "quiet", "position_error_m": 200, "reporter": "fire crew"}]
    engine = sensor_run(workspace, tmp_path, radars=[], remote_id=[], sightings=sightings)
    (event,) = [e for e in engine.events if e.kind is EventKind.TRACK_STARTED]
    assert (event.drone, event.other, event.time_s) == ("quiet", "T001", 30.0)
    assert event.detail == "sighting; reported by fire crew"
    i = engine.fleet.index_of("quiet")
    assert np.hypot(event.x_m - engine.fleet.x[i], event.y_m - engine.fleet.y[i]) == (
        pytest.approx(200, abs=1)
    )


def test_sensors_change_nothing_of_the_truth(workspace: Workspace) -> None:
    run = workspace.prepare(SCENARIOS / "hobby-drone-approach-23.yaml")  # gusts: random draws
    with_sensors = run.engine()
    without = Engine(dataclasses.replace(run.world, sensors=None))
    with_sensors.run_until(300)
    without.run_until(300)
    for name, array in without.fleet.state_arrays().items():
        assert np.array_equal(array, with_sensors.fleet.state_arrays()[name]), name
    tracked = (EventKind.TRACK_STARTED, EventKind.TRACK_DROPPED)
    assert [e for e in with_sensors.events if e.kind not in tracked] == without.events
    assert any(e.kind is EventKind.TRACK_STARTED for e in with_sensors.events)
    assert without.snapshot().tracks is None
    assert without.tracks().size == 0 and without.track_truth() == {}


def test_tracks_are_the_same_for_the_same_seed(workspace: Workspace) -> None:
    run = workspace.prepare(SCENARIOS / "flyaway-test-area.yaml")
    first, second = run.engine(), run.engine()
    first.run_until(200)
    second.run_until(200)
    assert first.events == second.events
    assert first.track_truth() == second.track_truth()
    a, b = first.tracks(), second.tracks()
    assert a.ids == b.ids and np.array_equal(a.x, b.x) and np.array_equal(a.alt, b.alt)
