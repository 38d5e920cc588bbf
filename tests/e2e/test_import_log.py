"""`drone-trainer import-log` on real logs, as a user runs it: the scenario it writes validates,
simulates, and its drone flies the log within 1 m at the log's own timestamps."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import yaml
from pyproj import Geod

from tests.e2e.test_cli import cli
from tests.unit.flightlog_writers import twente_fixes, write_csv
from trainer.flightlogs.formats import read_flight_log
from trainer.launch import Workspace

PX4_SAMPLE = Path(__file__).resolve().parents[1] / "data" / "flightlogs" / "sample_log_small.ulg"
GEOD = Geod(ellps="WGS84")


def cli_in(folder: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
    """The command run from `folder`, as a user in a terminal there would."""
    return subprocess.run(
        [sys.executable, "-m", "trainer", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=folder,
    )


def test_px4_sample_becomes_a_scenario_that_validates_simulates_and_follows_the_log(
    tmp_path: Path,
) -> None:
    logs = tmp_path / "logs"
    logs.mkdir()
    log = logs / "flight.ulg"
    shutil.copy(PX4_SAMPLE, log)
    out = tmp_path / "scenarios" / "px4-sample.yaml"
    out.parent.mkdir()
    made = cli("import-log", log, "-o", out, "--title", "PX4 sample flight")
    assert made.returncode == 0, made.stderr
    assert "moved to the drone test area" in made.stdout

    text = out.read_text(encoding="utf-8")
    # For the author: what the flight does, as comments under the answer key to build on.
    assert "# What the flight does (simulated, seed 1):" in text
    assert "0:00.0 recorded-1 enters Drone test area Twente (test-area-twente)" in text
    assert "recorded-1 lands" in text
    data = yaml.safe_load(text)
    assert data["title"] == "PX4 sample flight"
    behaviour = data["drones"][0]["behaviour"]
    # The log is outside the scenario's folder: named in full, so the scenario can move alone.
    assert behaviour["kind"] == "log" and behaviour["file"] == log.resolve().as_posix()
    assert "outside the scenario's folder" in made.stderr
    assert data["answer_key"]["incidents"][0]["drone"] == data["drones"][0]["id"]
    assert data["airspace"]["assets"] == ["twente"]
    assert data["drones"][0]["type"] == "vtol"  # as the log's vehicle_status says

    checked = cli("validate", out)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    simulated = cli("simulate", out, "--json")
    assert simulated.returncode == 0, simulated.stderr
    kinds = [json.loads(line)["kind"] for line in simulated.stdout.splitlines()]
    assert kinds[0] == "launched" and "track_started" in kinds and kinds[-1] == "end"
    # The run is as long as the recording and two minutes more.
    assert json.loads(simulated.stdout.splitlines()[-1])["time_s"] == data["duration_s"]

    # The drone follows the log: each GPS fix's geodesic bearing and distance from the first
    # fix, laid off from where import-log put the flight, at the fix's own time.
    workspace = Workspace()
    run = workspace.prepare(out)
    flight = read_flight_log(PX4_SAMPLE)
    to = behaviour["shift"]["to"]
    azimuth, _, distance = GEOD.inv(
        np.full(flight.count, flight.lon[0]), np.full(flight.count, flight.lat[0]),
        flight.lon, flight.lat,
    )  # fmt: skip
    lon, lat, _ = GEOD.fwd(
        np.full(flight.count, to["lon"]), np.full(flight.count, to["lat"]), azimuth, distance
    )
    expected_x, expected_y = workspace.projector.to_rd(lat, lon)
    engine = run.engine()
    ticks: list[tuple[float, float, float, float]] = []
    while engine.time_s <= flight.duration_s + 0.2:
        fleet = engine.fleet
        ticks.append((engine.time_s, fleet.x[0], fleet.y[0], fleet.alt[0]))
        engine.step()
    t, x, y, alt = (np.array(c) for c in zip(*ticks, strict=True))
    sim_x = np.interp(flight.time_s, t, x)
    sim_y = np.interp(flight.time_s, t, y)
    assert np.max(np.hypot(sim_x - expected_x, sim_y - expected_y)) < 1.0
    heights = np.maximum(flight.height_m, 0.0)
    assert np.max(np.abs(np.interp(flight.time_s, t, alt) - heights)) < 1.0


def test_a_flight_recorded_at_twente_stays_where_it_was(tmp_path: Path) -> None:
    fixes = twente_fixes()
    log = write_csv(tmp_path / "local.csv", fixes)
    out = tmp_path / "local.yaml"
    made = cli("import-log", log, "-o", out)
    assert made.returncode == 0, made.stderr
    assert "flown where it was recorded" in made.stdout
    behaviour = yaml.safe_load(out.read_text(encoding="utf-8"))["drones"][0]["behaviour"]
    assert behaviour == {"kind": "log", "file": "local.csv"}
    again = cli("import-log", log, "-o", out)
    assert again.returncode == 1 and "give --force" in again.stderr
    moved = cli("import-log", log, "-o", out, "--force", "--to", "52.30,6.90", "--rotate", "45")
    assert moved.returncode == 0, moved.stderr
    behaviour = yaml.safe_load(out.read_text(encoding="utf-8"))["drones"][0]["behaviour"]
    assert behaviour["shift"] == {"to": {"lat": 52.3, "lon": 6.9}}
    assert behaviour["rotate_deg"] == 45.0
    assert cli("validate", out).returncode == 0


def test_a_log_in_the_scenarios_folder_moves_with_it(tmp_path: Path) -> None:
    lesson = tmp_path / "lesson"
    (lesson / "logs").mkdir(parents=True)
    write_csv(lesson / "logs" / "local.csv", twente_fixes())
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    # Run from another folder, with paths relative to it, as an author in a terminal might.
    made = cli_in(elsewhere, "import-log", "../lesson/logs/local.csv", "-o", "../lesson/s.yaml")
    assert made.returncode == 0, made.stderr
    assert "outside" not in made.stderr
    text = (lesson / "s.yaml").read_text(encoding="utf-8")
    assert yaml.safe_load(text)["drones"][0]["behaviour"]["file"] == "logs/local.csv"
    assert "import-log` from logs/local.csv." in text  # not from '../lesson/...'
    moved = shutil.move(lesson, tmp_path / "archive" / "lesson 2")
    checked = cli_in(elsewhere, "validate", Path(moved) / "s.yaml")
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_a_scenario_beside_its_logs_folder_can_move_alone(tmp_path: Path) -> None:
    (tmp_path / "logs").mkdir()
    (tmp_path / "scenarios").mkdir()
    log = write_csv(tmp_path / "logs" / "local.csv", twente_fixes())
    made = cli_in(tmp_path / "logs", "import-log", "local.csv", "-o", "../scenarios/s.yaml")
    assert made.returncode == 0, made.stderr
    assert f"{log.resolve().as_posix()}: outside the scenario's folder" in made.stderr
    written = tmp_path / "scenarios" / "s.yaml"
    file = yaml.safe_load(written.read_text(encoding="utf-8"))["drones"][0]["behaviour"]["file"]
    assert file == log.resolve().as_posix()  # was '../logs/local.csv'
    (tmp_path / "shared").mkdir()
    moved = shutil.move(written, tmp_path / "shared" / "s.yaml")
    checked = cli("validate", moved)
    assert checked.returncode == 0, checked.stdout + checked.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the file is empty"),
        (b"time,lat,lon\n0,52.2,6.8\n", "line 1: no height column"),
        (b"\x89PNG\r\n\x1a\n", "not UTF-8"),
    ],
)
def test_a_bad_log_is_refused_with_its_name_and_fault(
    tmp_path: Path, content: bytes, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from trainer.cli import main

    log = tmp_path / "bad.csv"
    log.write_bytes(content)
    out = tmp_path / "bad.yaml"
    assert main(["import-log", str(log), "-o", str(out)]) == 1  # in-process: a raise would fail
    stderr = capsys.readouterr().err
    assert f"{log}:" in stderr and message in stderr
    assert not out.exists()


def test_an_output_folder_that_is_not_there_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from trainer.cli import main

    out = tmp_path / "nope" / "dir" / "x.yaml"
    assert main(["import-log", str(PX4_SAMPLE), "-o", str(out)]) == 1
    stderr = capsys.readouterr().err
    assert f"the folder {out.parent} does not exist" in stderr
    assert not out.parent.exists()
