"""The command line on real scenario files, as a user runs it (subprocesses)."""

from __future__ import annotations

import gzip
import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, SCENARIOS
from trainer.records import Repository, open_database

GOLDEN = REPO / "tests" / "data" / "golden"


def cli(*args: str | Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "trainer", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_validate_accepts_the_bundled_scenarios() -> None:
    result = cli("validate", SCENARIOS)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count(": ok") == len(list(SCENARIOS.glob("*.yaml")))


def test_validate_reports_broken_files_without_a_traceback(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("format: 1\nid: x\ntitle: [\n", encoding="utf-8")
    typo = tmp_path / "typo.yaml"
    typo.write_text(
        (SCENARIOS / "inspection-fence.yaml").read_text(encoding="utf-8").replace("seed:", "sede:"),
        encoding="utf-8",
    )
    result = cli("validate", broken, typo, SCENARIOS / "inspection-fence.yaml")
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert f"{broken}:" in result.stdout and "not valid YAML" in result.stdout
    assert f"{typo}:" in result.stdout and "did you mean 'seed'" in result.stdout
    assert "1 valid, 2 broken" in result.stderr


def test_validate_of_a_file_with_thousands_of_problems_prints_a_screenful(tmp_path: Path) -> None:
    from tests.unit.test_validate_many_problems import generated
    from trainer.errors import PROBLEMS_SHOWN

    path = generated(tmp_path, 1_500)  # 3,000 problems, two a drone
    result = cli("validate", path)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0] == f"{path}: 3000 problems"
    assert len(lines) == PROBLEMS_SHOWN + 2
    assert (
        lines[-1] == f"  ... and {3000 - PROBLEMS_SHOWN} more problems: give --all to see them all"
    )
    assert result.stderr.splitlines()[-1] == "0 valid, 1 broken"
    every = cli("validate", path, "--all")
    assert every.returncode == 1 and len(every.stdout.splitlines()) == 3001
    assert every.stdout.splitlines()[: PROBLEMS_SHOWN + 1] == lines[:-1]


def test_simulate_json_is_byte_identical_for_the_same_seed() -> None:
    # The same as another process printed before (the recordings of tests/unit/test_golden_runs),
    # with the seed asked for, not the file's own (21).
    scenario = SCENARIOS / "two-drones.yaml"
    first = cli("simulate", scenario, "--json", "--seed", "7")
    assert first.returncode == 0, first.stderr
    assert (
        first.stdout
        == gzip.decompress((GOLDEN / "two-drones.seed-7.jsonl.gz").read_bytes()).decode()
    )
    assert (
        first.stdout
        != gzip.decompress((GOLDEN / "two-drones.seed-own.jsonl.gz").read_bytes()).decode()
    )
    lines = [json.loads(line) for line in first.stdout.splitlines()]
    assert lines[-1]["kind"] == "end" and lines[-1]["seed"] == 7
    assert {"tick", "time_s", "kind", "drone", "zone"} <= set(lines[0])
    assert "x real time" in first.stderr


def test_simulate_until_stops_early_and_prints_a_table() -> None:
    result = cli("simulate", SCENARIOS / "flyaway-test-area.yaml", "--until", "90")
    assert result.returncode == 0, result.stderr
    assert "flyaway" in result.stdout and "test-wing-1" in result.stdout
    assert "entered zone" in result.stdout and "atz-twente" not in result.stdout  # too early
    assert "simulated 90.0 s" in result.stderr


def test_simulate_a_broken_file_exits_1_with_the_message(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("- not a scenario\n", encoding="utf-8")
    result = cli("simulate", path)
    assert result.returncode == 1
    assert "mapping" in result.stderr and "Traceback" not in result.stderr


def test_schema_is_json_schema_of_the_format() -> None:
    result = cli("schema")
    schema = json.loads(result.stdout)
    assert schema["$schema"].startswith("https://json-schema.org/")
    assert {"format", "id", "drones", "duration_s", "seed"} <= set(schema["required"])
    assert schema["additionalProperties"] is False


# -- argument checks (issue 13.4): argparse refuses, before anything runs or is recorded --------

BAD_SEEDS = ["-1", str(2**63), "1.5", "seven"]


@pytest.mark.parametrize("seed", BAD_SEEDS)
def test_simulate_refuses_a_seed_outside_the_formats_range(seed: str) -> None:
    result = cli("simulate", SCENARIOS / "hobby-drone-approach-23.yaml", "--seed", seed)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "argument --seed" in result.stderr and seed in result.stderr


@pytest.mark.parametrize("until", ["nan", "inf", "-inf", "-5", "soon"])
def test_simulate_refuses_an_until_that_is_not_a_time(until: str) -> None:
    result = cli("simulate", SCENARIOS / "hobby-drone-approach-23.yaml", "--until", until)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "argument --until" in result.stderr


@pytest.mark.parametrize("seed", BAD_SEEDS)
def test_run_with_a_bad_seed_writes_no_record(seed: str, tmp_path: Path) -> None:
    db = tmp_path / "records.sqlite"
    scenario = SCENARIOS / "hobby-drone-approach-23.yaml"
    args = ("run", scenario, "--bot", "perfect", "--db", db, "--trainee", "X", "--seed", seed)
    result = cli(*args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "argument --seed" in result.stderr
    assert not db.exists()


def test_run_with_a_bad_seed_leaves_an_existing_record_unchanged(tmp_path: Path) -> None:
    db = tmp_path / "records.sqlite"
    open_database(db).conn.close()
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    scenario = SCENARIOS / "hobby-drone-approach-23.yaml"
    result = cli("run", scenario, "--bot", "perfect", "--db", db, "--trainee", "X", "--seed", "-1")
    assert result.returncode == 2
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before
    repository = Repository(open_database(db))
    assert repository.trainees() == []


def test_the_highest_seed_of_the_format_is_accepted() -> None:
    result = cli(
        "simulate",
        SCENARIOS / "hobby-drone-approach-23.yaml",
        "--json",
        "--until",
        "5",
        "--seed",
        str(2**63 - 1),
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[-1])["seed"] == 2**63 - 1


def test_run_prints_a_trainee_name_without_its_control_characters(tmp_path: Path) -> None:
    # An escape sequence in a name (pasted, or from a script) must not drive the terminal.
    name = "Anna\x1b[31m \u202eevil\x07"
    scenario = SCENARIOS / "hobby-drone-approach-23.yaml"
    result = cli("run", scenario, "--bot", "idle", "--db", tmp_path / "r.sqlite", "--trainee", name)
    assert result.returncode == 0, result.stderr
    heading = result.stdout.splitlines()[0]
    assert "Anna [31m" in heading and "evil" in heading
    assert not any(c in result.stdout for c in "\x1b\u202e\x07")
