"""Slips a scenario author makes by hand, found walking the author's path: each gives a message
that names the field and what was written, or reads as the author meant, never a silent change."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SCENARIOS
from trainer.errors import Problem, ScenarioError
from trainer.launch import Workspace

BASE_FILE = SCENARIOS / "inspection-fence.yaml"
BASE = BASE_FILE.read_text(encoding="utf-8")


def write(tmp_path: Path, text: str, name: str = "slip.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def problems_of(path: Path, workspace: Workspace) -> list[Problem]:
    with pytest.raises(ScenarioError) as caught:
        workspace.prepare(path)
    return caught.value.problems


def line_of(text: str, start: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if line.startswith(start))


# -- YAML 1.1's plain scalars: 10:00 is not 600, yes is not 1 -------------------------------------


def test_an_unquoted_start_time_is_the_time_written(tmp_path: Path, workspace: Workspace) -> None:
    assert 'start_time_local: "' in BASE
    text = BASE.replace('start_time_local: "10:30"', "start_time_local: 10:30")
    assert "start_time_local: 10:30\n" in text
    run = workspace.prepare(write(tmp_path, text))
    assert run.scenario.start_time_local == "10:30"


@pytest.mark.parametrize("written", ["yes", "on", "no", "10:00", "off"])
def test_a_word_or_clock_time_for_a_number_is_refused_as_written(
    written: str, tmp_path: Path, workspace: Workspace
) -> None:
    text = BASE.replace("duration_s: 600", f"duration_s: {written}")
    assert f"duration_s: {written}\n" in text
    (problem,) = problems_of(write(tmp_path, text), workspace)
    assert problem.field == "duration_s"
    assert problem.line == line_of(text, "duration_s")
    assert repr(written) in problem.message  # what the author wrote, not 1, 0 or 600


def test_yes_and_no_still_answer_a_yes_no_field(tmp_path: Path, workspace: Workspace) -> None:
    assert "broadcast: true" in BASE
    for written, meant in (("yes", True), ("no", False), ("On", True), ("OFF", False)):
        text = BASE.replace("broadcast: true", f"broadcast: {written}")
        run = workspace.prepare(write(tmp_path, text))
        (drone,) = run.scenario.drones
        assert drone.remote_id.broadcast is meant
