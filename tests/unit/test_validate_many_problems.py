"""`validate` of a file with thousands of problems (a generated scenario making one mistake per
drone) prints the first few in file order and how many more, with the exact count and exit
code; `--all` prints every one; a file with few problems reads as before."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from trainer.cli import main
from trainer.errors import PROBLEMS_SHOWN, Problem, ScenarioError

DRONES = 2_000  # each without a behaviour and with a misspelt field: two problems a drone
FIRST_DRONE_LINE = 12

HEAD = """\
format: 1
id: generated
title: Generated swarm
summary: one mistake a drone
difficulty: 1
offender: none
duration_s: 600
seed: 1
airspace:
  assets: [twente]
drones:
"""


def generated(folder: Path, drones: int) -> Path:
    path = folder / "generated.yaml"
    rows = (
        f"  - {{id: d{i}, type: multirotor, eu_class: none, start_s: 0, speeed: 3}}\n"
        for i in range(drones)
    )
    path.write_text(HEAD + "".join(rows), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generated(tmp_path_factory.mktemp("big"), DRONES)


def problem_lines(out: str) -> list[str]:
    return [line for line in out.splitlines() if re.match(r"  \S+\.yaml:\d+: ", line)]


def test_thousands_of_problems_print_the_first_and_the_exact_total(
    big_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", str(big_file)]) == 1
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert lines[0] == f"{big_file}: {2 * DRONES} problems"
    shown = problem_lines(out)
    assert len(shown) == PROBLEMS_SHOWN
    assert len(lines) == 1 + PROBLEMS_SHOWN + 1  # the header, the first ones, how many more
    # In file order: the first drones' problems, both of each.
    rows = [int(line.split(":")[1]) for line in shown]
    assert rows == sorted(rows) and rows[0] == FIRST_DRONE_LINE
    assert "drones[0].behaviour: required field is missing" in shown[0]
    assert "drones[0].speeed: unknown field 'speeed'" in shown[1]
    more = 2 * DRONES - PROBLEMS_SHOWN
    assert lines[-1] == f"  ... and {more} more problems: give --all to see them all"
    assert err.splitlines()[-1] == "0 valid, 1 broken"


def test_all_prints_every_problem(big_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--all", str(big_file)]) == 1
    out, err = capsys.readouterr()
    shown = problem_lines(out)
    assert len(shown) == 2 * DRONES == len(out.splitlines()) - 1
    assert f"drones[{DRONES - 1}].speeed" in shown[-1]
    assert "more problems" not in out
    assert err.splitlines()[-1] == "0 valid, 1 broken"


def test_the_line_about_the_rest_is_in_dutch(
    big_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--lang", "nl", "validate", str(big_file)]) == 1
    out, err = capsys.readouterr()
    assert out.splitlines()[0] == f"{big_file}: {2 * DRONES} problemen"
    more = 2 * DRONES - PROBLEMS_SHOWN
    assert (
        out.splitlines()[-1] == f"  ... en nog {more} problemen: geef --all om ze allemaal te zien"
    )
    assert err.splitlines()[-1] == "0 geldig, 1 kapot"


def test_a_file_with_few_problems_prints_them_all_as_before(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = generated(tmp_path, 3)
    assert main(["validate", str(path)]) == 1
    out, _ = capsys.readouterr()
    lines = out.splitlines()
    assert lines[0] == f"{path}: 6 problems"
    assert len(lines) == 7 and len(problem_lines(out)) == 6
    assert "more" not in out


def test_other_commands_show_the_first_problems_and_name_validate_all(
    big_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["simulate", str(big_file)]) == 1
    _, err = capsys.readouterr()
    assert len(problem_lines(err)) == PROBLEMS_SHOWN
    more = 2 * DRONES - PROBLEMS_SHOWN
    hint = f"`drone-trainer validate --all {big_file}` shows them all"
    assert err.splitlines()[-1] == f"  ... and {more} more problems: {hint}"


@pytest.mark.parametrize("count", [0, 1, PROBLEMS_SHOWN, PROBLEMS_SHOWN + 1, 500])
def test_shown_keeps_the_count_and_the_order(count: int) -> None:
    problems = [Problem("f.yaml", f"drones[{i}].id", "bad", i + 1) for i in range(count)]
    error = ScenarioError("f.yaml", problems)
    assert error.shown() == str(error)
    capped = error.shown(PROBLEMS_SHOWN, "see all").splitlines()
    assert capped[0] == str(error).splitlines()[0]
    listed = capped[1 : 1 + min(count, PROBLEMS_SHOWN)]
    assert listed == [f"  {p}" for p in problems[:PROBLEMS_SHOWN]]
    hidden = count - PROBLEMS_SHOWN
    if hidden <= 0:
        assert capped == str(error).splitlines()
    elif hidden == 1:
        assert capped[-1] == "  ... and 1 more problem: see all"
    else:
        assert capped[-1] == f"  ... and {hidden} more problems: see all"


def test_a_file_name_with_a_space_is_quoted_in_the_hint(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "week 3"
    folder.mkdir()
    path = generated(folder, PROBLEMS_SHOWN)
    assert main(["simulate", str(path)]) == 1
    _, err = capsys.readouterr()
    assert f'`drone-trainer validate --all "{path}"` shows them all' in err
