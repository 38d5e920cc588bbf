"""Drones flying recorded flights: the engine puts them where the log was, at the log's own
times, and takes them off the recording when it ends or something happens to them."""

from __future__ import annotations

import math
import shutil
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from pyproj import Geod

from tests.unit.flightlog_writers import Fix, write_csv, write_gpx
from tests.unit.scenario_factory import prepare
from trainer.errors import ScenarioError
from trainer.flightlogs.formats import read_flight_log
from trainer.launch import PreparedRun, Workspace
from trainer.sim.events import EventKind
from trainer.sim.fleet import Mode

GEOD = Geod(ellps="WGS84")
PX4_SAMPLE = Path(__file__).resolve().parents[1] / "data" / "flightlogs" / "sample_log_small.ulg"


@pytest.fixture(scope="module")
def workspace() -> Workspace:
    return Workspace()


def circling_fixes(start_s: float = 0.0) -> list[Fix]:
    """A fast circle (radius 120 m, 15 m/s) south-west of the runway, climbing to 80 m, with
    fixes at uneven times that never fall on the engine's 0.1 s ticks."""
    rng = np.random.default_rng(4)
    times = start_s + np.cumsum(rng.uniform(0.21, 0.47, 160))
    times = np.concatenate([[start_s], times])
    centre_lat, centre_lon = 52.2620, 6.8650
    fixes = []
    for t in times - start_s:
        angle = 15.0 * t / 120.0
        lon, lat, _ = GEOD.fwd(centre_lon, centre_lat, math.degrees(angle), 120.0)
        fixes.append((float(t + start_s), float(lat), float(lon), float(min(80.0, 4.0 * t))))
    return fixes


def log_drone(file: str, **behaviour: Any) -> dict[str, Any]:
    extra = behaviour.pop("drone", {})
    return {
        "id": "rec",
        "type": "multirotor",
        "eu_class": "C2",
        "behaviour": {"kind": "log", "file": file, **behaviour},
        **extra,
    }


def sim_track(run: PreparedRun, until_s: float) -> tuple[np.ndarray, ...]:
    """Time, x, y and height of the first drone at every tick up to `until_s`."""
    engine = run.engine()
    index = engine.fleet.index_of(run.scenario.drones[0].id)
    rows = []
    while engine.time_s <= until_s + 1e-9:
        fleet = engine.fleet
        rows.append((engine.time_s, fleet.x[index], fleet.y[index], fleet.alt[index]))
        engine.step()
    return tuple(np.array(column) for column in zip(*rows, strict=True))


def follow_error_m(
    run: PreparedRun, times: np.ndarray, x: np.ndarray, y: np.ndarray, alt: np.ndarray
) -> tuple[float, float]:
    """Largest horizontal and vertical distance between the simulated drone (linear between
    ticks) and the expected positions at the given times."""
    tick_t, tick_x, tick_y, tick_alt = sim_track(run, float(times[-1]) + 0.2)
    sim_x, sim_y = np.interp(times, tick_t, tick_x), np.interp(times, tick_t, tick_y)
    sim_alt = np.interp(times, tick_t, tick_alt)
    return float(np.max(np.hypot(sim_x - x, sim_y - y))), float(np.max(np.abs(sim_alt - alt)))


def test_unmoved_log_is_followed_within_1_m_at_its_own_times(
    workspace: Workspace, tmp_path: Path
) -> None:
    fixes = circling_fixes()
    write_csv(tmp_path / "circle.csv", fixes)
    run = prepare(workspace, tmp_path, [log_drone("circle.csv")], duration_s=120)
    times, lat, lon, height = (np.array(c) for c in zip(*fixes, strict=True))
    x, y = workspace.projector.to_rd(lat, lon)
    horizontal, vertical = follow_error_m(run, times, x, y, height)
    assert horizontal < 1.0
    assert vertical < 1.0
    # Not trivially: the drone flew 15 m/s round a circle of 2 * 120 m across.
    assert np.ptp(x) > 200 and np.ptp(y) > 200


def test_shifted_rotated_late_started_log_keeps_its_shape_and_pace(
    workspace: Workspace, tmp_path: Path
) -> None:
    fixes = circling_fixes()
    write_gpx(tmp_path / "circle.gpx", fixes)
    to = {"lat": 52.2950, "lon": 6.9000}
    drone = log_drone(
        "circle.gpx", start_s=5.0, shift={"to": to}, rotate_deg=30.0, drone={"start_s": 20.0}
    )
    run = prepare(workspace, tmp_path, [drone], duration_s=120)
    flight = read_flight_log(tmp_path / "circle.gpx")
    later = flight.time_s > 5.0
    # Expected, independently of the code's projection: the log's geodesic bearing (+30 deg)
    # and distance from its position at 5 s, laid off from the target.
    lat5 = np.interp(5.0, flight.time_s, flight.lat)
    lon5 = np.interp(5.0, flight.time_s, flight.lon)
    n = int(later.sum())
    azimuth, _, distance = GEOD.inv(
        np.full(n, lon5), np.full(n, lat5), flight.lon[later], flight.lat[later]
    )
    lon, lat, _ = GEOD.fwd(np.full(n, to["lon"]), np.full(n, to["lat"]), azimuth + 30.0, distance)
    x, y = workspace.projector.to_rd(lat, lon)
    sim_times = 20.0 + flight.time_s[later] - 5.0
    horizontal, vertical = follow_error_m(run, sim_times, x, y, flight.height_m[later])
    assert horizontal < 1.0
    assert vertical < 1.0


def test_px4_sample_is_followed_within_1_m(workspace: Workspace, tmp_path: Path) -> None:
    shutil.copy(PX4_SAMPLE, tmp_path / "px4.ulg")
    to = {"lat": 52.2913, "lon": 6.8807}
    run = prepare(workspace, tmp_path, [log_drone("px4.ulg", shift={"to": to})], duration_s=30)
    flight = read_flight_log(PX4_SAMPLE)
    azimuth, _, distance = GEOD.inv(
        np.full(flight.count, flight.lon[0]), np.full(flight.count, flight.lat[0]),
        flight.lon, flight.lat,
    )  # fmt: skip
    lon, lat, _ = GEOD.fwd(
        np.full(flight.count, to["lon"]), np.full(flight.count, to["lat"]), azimuth, distance
    )
    x, y = workspace.projector.to_rd(lat, lon)
    horizontal, vertical = follow_error_m(
        run, flight.time_s, x, y, np.maximum(flight.height_m, 0.0)
    )
    assert horizontal < 1.0
    assert vertical < 1.0


def _events(run: PreparedRun, until_s: float) -> list[Any]:
    engine = run.engine()
    engine.run_until(until_s)
    return [e for e in engine.events if e.drone == "rec"]


def test_recording_that_ends_aloft_hovers_there(workspace: Workspace, tmp_path: Path) -> None:
    fixes = circling_fixes()[:60]  # ends at 80 m
    write_csv(tmp_path / "part.csv", fixes)
    run = prepare(workspace, tmp_path, [log_drone("part.csv")], duration_s=120)
    engine = run.engine()
    engine.run_until(fixes[-1][0] + 30.0)
    ended = [e for e in engine.events if e.kind is EventKind.ROUTE_COMPLETED]
    assert len(ended) == 1
    assert ended[0].time_s == pytest.approx(fixes[-1][0], abs=0.1 + 1e-9)
    assert engine.fleet.mode[0] == Mode.HOVER
    x, y = workspace.projector.to_rd(fixes[-1][1], fixes[-1][2])
    assert math.hypot(engine.fleet.x[0] - x, engine.fleet.y[0] - y) < 2.0


def test_recording_that_ends_on_the_ground_lands(workspace: Workspace, tmp_path: Path) -> None:
    fixes = [(t, 52.262 + t * 1e-5, 6.865, 30.0 if 0 < t < 20 else 0.0) for t in range(0, 25)]
    write_csv(tmp_path / "hop.csv", fixes)
    run = prepare(workspace, tmp_path, [log_drone("hop.csv")], duration_s=60)
    kinds = [e.kind for e in _events(run, 40.0)]
    assert EventKind.LANDED in kinds
    assert EventKind.ROUTE_COMPLETED not in kinds


def test_lost_link_takes_the_drone_off_its_recording(workspace: Workspace, tmp_path: Path) -> None:
    fixes = circling_fixes()
    write_csv(tmp_path / "circle.csv", fixes)
    events = [{"drone": "rec", "at_s": 10, "action": "lost_link"}]
    drone = log_drone("circle.csv", drone={"home": {"lat": 52.2700, "lon": 6.8800}})
    run = prepare(workspace, tmp_path, [drone], events=events, duration_s=120)
    engine = run.engine()
    engine.run_until(20.0)
    kinds = [e.kind for e in engine.events if e.drone == "rec"]
    assert EventKind.LOST_LINK in kinds and EventKind.RETURNING_HOME in kinds
    assert engine.fleet.mode[0] == Mode.RETURN_HOME
    on_log = run.world.drones[0].log
    assert on_log is not None
    x, y, _ = on_log.at(20.0)
    assert math.hypot(engine.fleet.x[0] - x, engine.fleet.y[0] - y) > 20.0


def test_log_problems_name_the_scenario_field_and_the_log(
    workspace: Workspace, tmp_path: Path
) -> None:
    write_csv(tmp_path / "ok.csv", circling_fixes())
    (tmp_path / "bad.csv").write_text("time,lat,lon,height\n0,52.26,6.86,0\n1,52.26,east,0\n")
    drones = [
        log_drone("missing.ulg") | {"id": "a"},
        log_drone("bad.csv") | {"id": "b"},
        log_drone("ok.csv", start_s=500.0) | {"id": "c"},
    ]
    with pytest.raises(ScenarioError) as caught:
        prepare(workspace, tmp_path, drones)
    text = str(caught.value)
    assert "drones[0].behaviour.file:" in text and "missing.ulg: cannot read file" in text
    assert (
        "drones[1].behaviour.file:" in text
        and "bad.csv: line 3: lon 'east' is not a number" in text
    )
    assert "drones[2].behaviour.start_s: start_s 500 s is not within the recording" in text


def test_a_log_drone_takes_no_start_and_others_need_one(
    workspace: Workspace, tmp_path: Path
) -> None:
    write_csv(tmp_path / "ok.csv", circling_fixes())
    with_start = log_drone("ok.csv") | {"start": {"lat": 52.26, "lon": 6.86, "alt_agl_m": 0}}
    with pytest.raises(ScenarioError, match=r"drones\[0\]: start: leave it out for a drone flying"):
        prepare(workspace, tmp_path, [with_start])
    hover = {"id": "h", "type": "multirotor", "eu_class": "C2", "behaviour": {"kind": "hover"}}
    with pytest.raises(
        ScenarioError, match=r"drones\[0\]: start: required for a drone with a hover"
    ):
        prepare(workspace, tmp_path, [hover])


def test_a_log_far_away_needs_a_shift(workspace: Workspace, tmp_path: Path) -> None:
    shutil.copy(PX4_SAMPLE, tmp_path / "px4.ulg")
    # Trondheim: 1258 km on the ellipsoid (RD New, stretched that far out, said 1262).
    with pytest.raises(ScenarioError, match=r"1258 km from the aerodrome.*give behaviour\.shift"):
        prepare(workspace, tmp_path, [log_drone("px4.ulg")])


def test_a_shift_off_the_map_names_the_true_distance(workspace: Workspace, tmp_path: Path) -> None:
    """Shifted to Sydney, the message once said 46411 km: an RD distance beyond the Earth's."""
    shutil.copy(PX4_SAMPLE, tmp_path / "px4.ulg")
    sydney = log_drone("px4.ulg", shift={"to": {"lat": -33.9, "lon": 151.2}})
    with pytest.raises(ScenarioError, match=r"16519 km from the aerodrome"):
        prepare(workspace, tmp_path, [sydney])


def test_an_imported_flight_dry_runs_for_its_author(workspace: Workspace, tmp_path: Path) -> None:
    from trainer.dry_run import dry_run
    from trainer.flightlogs.formats import read_flight_log as read
    from trainer.scenario.from_log import ImportChoices, scenario_for_log
    from trainer.scenario.loader import load_scenario

    log = write_csv(tmp_path / "circle.csv", circling_fixes())
    out = tmp_path / "circle.yaml"
    made = scenario_for_log(read(log), log, out, ImportChoices(), workspace.library)
    assert made.shifted_to is None  # recorded within the map: flown where it was
    out.write_text(made.text, encoding="utf-8")
    scenario = load_scenario(out, workspace.library)
    result = dry_run(scenario, out, workspace, bots=("perfect", "idle"))
    assert result.events[0].kind is EventKind.LAUNCHED
    assert result.score_of("perfect").passed
    assert not result.score_of("idle").passed


@pytest.mark.parametrize(
    ("name", "writer"),
    [
        pytest.param("circle.bin", "write_dataflash", id="dataflash"),
        pytest.param("circle.tlog", "write_tlog", id="tlog"),
        pytest.param("circle.gpx", "write_gpx", id="gpx"),
    ],
)
def test_every_format_imports_and_flies_within_1_m(
    workspace: Workspace, tmp_path: Path, name: str, writer: str
) -> None:
    if writer != "write_gpx":
        pytest.importorskip("pymavlink", reason="ArduPilot logs need pymavlink (the test extra)")
    from tests.unit import flightlog_writers
    from trainer.scenario.from_log import ImportChoices, scenario_for_log

    log = getattr(flightlog_writers, writer)(tmp_path / name, circling_fixes())
    out = tmp_path / f"{name}.yaml"
    flight = read_flight_log(log)
    made = scenario_for_log(flight, log, out, ImportChoices(), workspace.library)
    out.write_text(made.text, encoding="utf-8")
    run = workspace.prepare(out)
    x, y = workspace.projector.to_rd(flight.lat, flight.lon)
    horizontal, vertical = follow_error_m(run, flight.time_s, x, y, flight.height_m)
    assert horizontal < 1.0
    assert vertical < 1.0


def test_a_log_flight_run_is_the_same_every_time(workspace: Workspace, tmp_path: Path) -> None:
    write_csv(tmp_path / "circle.csv", circling_fixes())
    run = prepare(workspace, tmp_path, [log_drone("circle.csv")], duration_s=90)
    digests = []
    for _ in range(2):
        engine = run.engine()
        engine.run_until(90.0)
        digests.append(engine.digest())
    assert digests[0] == digests[1]


def test_import_hints_at_a_long_wait_on_the_ground(workspace: Workspace, tmp_path: Path) -> None:
    from trainer.scenario.from_log import ImportChoices, scenario_for_log

    fixes = [(float(t), 52.262, 6.865, 0.0 if t < 95 else 20.0) for t in range(0, 200, 5)]
    log = write_csv(tmp_path / "wait.csv", fixes)
    flight = read_flight_log(log)
    out = tmp_path / "wait.yaml"
    made = scenario_for_log(flight, log, out, ImportChoices(), workspace.library)
    assert "takes off about 95 s in (--start 85 skips the wait)" in made.note
    later = scenario_for_log(flight, log, out, ImportChoices(start_s=85), workspace.library)
    assert "takes off" not in later.note


def test_previews_give_an_editor_the_track_and_read_each_version_once(
    workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from trainer.scenario import log_flights

    log = write_csv(tmp_path / "circle.csv", circling_fixes())
    scenario = tmp_path / "draft.yaml"
    previews = log_flights.LogPreviews(workspace.projector)
    reads: list[Path] = []
    real_read = log_flights.read_flight_log
    monkeypatch.setattr(
        log_flights, "read_flight_log", lambda path, fmt: reads.append(path) or real_read(path, fmt)
    )
    behaviour = {"kind": "log", "file": "circle.csv", "rotate_deg": 90}
    track = previews.track(behaviour, scenario)
    assert track is not None and track.time_s.size == len(circling_fixes())
    assert previews.track(dict(behaviour), scenario) is track  # same file and placement: cached
    assert len(reads) == 1
    log.write_text(log.read_text(encoding="utf-8") + "99,52.26,6.865,0\n", encoding="utf-8")
    assert previews.track(behaviour, scenario) is not track  # the file changed: read again
    for half_typed in ({"kind": "log"}, {"kind": "log", "file": "nope.csv"}, "log", None):
        assert previews.track(half_typed, scenario) is None
