"""The command line on real scenario files, as a user runs it (subprocesses)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import SCENARIOS


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


def test_simulate_json_is_byte_identical_for_the_same_seed() -> None:
    scenario = SCENARIOS / "hobby-drone-approach-23.yaml"
    first = cli("simulate", scenario, "--json", "--seed", "5")
    second = cli("simulate", scenario, "--json", "--seed", "5")
    other = cli("simulate", scenario, "--json", "--seed", "6")
    assert first.returncode == 0, first.stderr
    assert first.stdout == second.stdout
    assert first.stdout != other.stdout
    lines = [json.loads(line) for line in first.stdout.splitlines()]
    assert lines[-1]["kind"] == "end" and lines[-1]["seed"] == 5
    assert {"tick", "time_s", "kind", "drone", "zone"} <= set(lines[0])
    assert "x real time" in first.stderr


def test_simulate_until_stops_early_and_prints_a_table() -> None:
    result = cli("simulate", SCENARIOS / "flyaway-test-area.yaml", "--until", "90")
    assert result.returncode == 0, result.stderr
    assert "flyaway" in result.stdout and "test-wing-1" in result.stdout
    assert "zone_entered" in result.stdout and "atz-twente" not in result.stdout  # too early
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
