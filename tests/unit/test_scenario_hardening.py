"""Scenario files that used to crash the loader or pass silently: control characters, duplicate
keys, bad inline zone shapes, and "did you mean" hints from the wrong section of the format."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SCENARIOS
from trainer import cli
from trainer.errors import Problem, ScenarioError
from trainer.launch import Workspace
from trainer.library import ScenarioLibrary

BASE_FILE = SCENARIOS / "inspection-fence.yaml"
ZONE_FILE = SCENARIOS / "flyaway-test-area.yaml"


def problems_of(path: Path, workspace: Workspace) -> list[Problem]:
    with pytest.raises(ScenarioError) as caught:
        workspace.prepare(path)
    assert all(p.file == str(path) for p in caught.value.problems)
    return caught.value.problems


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# -- 1. control characters -----------------------------------------------------------------------


@pytest.mark.parametrize("character", ["\x00", "\x01", "\x1b"])
def test_a_control_character_is_one_problem_with_line_and_byte(
    character: str, tmp_path: Path, workspace: Workspace
) -> None:
    text = BASE_FILE.read_text(encoding="utf-8").replace("seed: 1\n", f"seed: 1{character}\n")
    path = write(tmp_path, "control.yaml", text)
    (problem,) = problems_of(path, workspace)
    expected_line = text.splitlines().index(f"seed: 1{character}") + 1
    byte = len(text[: text.index(character)].encode("utf-8"))
    assert problem.line == expected_line
    assert f"line {expected_line}" in problem.message and f"byte {byte}" in problem.message
    assert f"U+{ord(character):04X}" in problem.message


def test_validate_reports_a_control_character_and_checks_the_other_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = write(tmp_path, "a-broken.yaml", "format: 1\nid: x\x00y\n")
    good = tmp_path / "b-good.yaml"
    good.write_bytes(BASE_FILE.read_bytes())
    code = cli.main(["validate", str(broken), str(good)])
    out, err = capsys.readouterr()
    assert code == 1
    assert f"{good}: ok" in out
    assert f"{broken}:2" in out and "U+0000" in out
    assert "Traceback" not in out + err and "1 valid, 1 broken" in err


def test_the_library_lists_a_file_with_a_control_character_as_broken(
    workspace: Workspace, tmp_path: Path
) -> None:
    user_folder = tmp_path / "mine"
    user_folder.mkdir()
    text = BASE_FILE.read_text(encoding="utf-8").replace("title: ", "title: \x01")
    write(user_folder, "control.yaml", text)
    library = ScenarioLibrary(workspace, user_folder)
    (entry,) = [e for e in library.entries if e.source == "user"]
    assert not entry.valid
    assert "U+0001" in entry.problems[0].message and entry.problems[0].line == 5


# -- 2. duplicate keys ---------------------------------------------------------------------------


def _line_of(text: str, start: str, after: int = 0) -> int:
    lines = text.splitlines()
    return next(i for i, line in enumerate(lines) if i >= after and line.startswith(start)) + 1


def test_a_second_top_level_section_is_a_duplicate_key(
    tmp_path: Path, workspace: Workspace
) -> None:
    text = (
        BASE_FILE.read_text(encoding="utf-8") + "events:\n  - {drone: x, at_s: 1, action: land}\n"
    )
    path = write(tmp_path, "events.yaml", text)
    (problem,) = problems_of(path, workspace)
    first = _line_of(text, "events:")
    second = _line_of(text, "events:", first)
    assert problem.message == f"duplicate key 'events' (line {second}, first at line {first})"
    assert problem.line == second


def test_an_appended_null_does_not_remove_the_answer_key(
    tmp_path: Path, workspace: Workspace
) -> None:
    text = BASE_FILE.read_text(encoding="utf-8") + "answer_key: null\n"
    (problem,) = problems_of(write(tmp_path, "key.yaml", text), workspace)
    assert "duplicate key 'answer_key'" in problem.message


def test_a_duplicate_key_inside_a_drone_is_found(tmp_path: Path, workspace: Workspace) -> None:
    text = BASE_FILE.read_text(encoding="utf-8").replace(
        "    start_s: 10\n", "    start_s: 10\n    start_s: 400\n"
    )
    (problem,) = problems_of(write(tmp_path, "drone.yaml", text), workspace)
    first = _line_of(text, "    start_s: 10")
    assert problem.message == f"duplicate key 'start_s' (line {first + 1}, first at line {first})"


def test_a_duplicate_key_in_a_flow_mapping_deep_down_is_found(
    tmp_path: Path, workspace: Workspace
) -> None:
    text = BASE_FILE.read_text(encoding="utf-8").replace(
        "alt_agl_m: 40, speed_mps: 2}", "alt_agl_m: 40, speed_mps: 2, lat: 52.0}"
    )
    (problem,) = problems_of(write(tmp_path, "flow.yaml", text), workspace)
    line = _line_of(text, "        - {lat: 52.26373")
    assert problem.message == f"duplicate key 'lat' (line {line}, first at line {line})"


# -- 3. inline zone shapes -----------------------------------------------------------------------

SQUARE = """      polygon:
        - {lat: 52.33760, lon: 6.85140}
        - {lat: 52.33760, lon: 6.86020}
        - {lat: 52.33220, lon: 6.86020}
        - {lat: 52.33220, lon: 6.85140}
"""


def _with_polygon(points: list[tuple[float, float]]) -> str:
    text = ZONE_FILE.read_text(encoding="utf-8")
    assert SQUARE in text
    written = "".join(f"        - {{lat: {lat}, lon: {lon}}}\n" for lat, lon in points)
    return text.replace(SQUARE, "      polygon:\n" + written)


ZONE_CASES = {
    "self-intersecting": (
        [(52.3376, 6.8514), (52.3322, 6.8602), (52.3376, 6.8602), (52.3322, 6.8514)],
        "airspace.zones[0].polygon",
        "invalid polygon",
    ),
    "zero area": (
        [(52.3376, 6.8514), (52.3376, 6.8514), (52.3376, 6.8514)],
        "airspace.zones[0].polygon",
        "no area",
    ),
    "collinear": (
        [(52.3300, 6.8500), (52.3350, 6.8550), (52.3400, 6.8600)],
        "airspace.zones[0].polygon",
        "no area",
    ),
    "9,000 km away": (
        [(-33.86, 151.20), (-33.86, 151.21), (-33.87, 151.21)],
        "airspace.zones[0].polygon[0]",
        "the map reaches 50 km",
    ),
}


@pytest.mark.parametrize("case", sorted(ZONE_CASES))
def test_inline_zone_shapes_are_checked_like_asset_zones(
    case: str, tmp_path: Path, workspace: Workspace
) -> None:
    points, field, words = ZONE_CASES[case]
    path = write(tmp_path, "zone.yaml", _with_polygon(points))
    problems = problems_of(path, workspace)
    assert any(p.field == field and words in p.message for p in problems), problems
    square_line = _line_of(path.read_text(encoding="utf-8"), "      polygon:")
    assert all(p.line is not None and p.line >= square_line for p in problems)


def test_an_inline_circle_far_away_is_refused(tmp_path: Path, workspace: Workspace) -> None:
    circle = "      circle: {centre: {lat: 40.0, lon: -74.0}, radius_m: 500}\n"
    text = ZONE_FILE.read_text(encoding="utf-8").replace(SQUARE, circle)
    problems = problems_of(write(tmp_path, "circle.yaml", text), workspace)
    assert [p.field for p in problems] == ["airspace.zones[0].circle.centre"]


# -- 11. "did you mean" from the right section ---------------------------------------------------

TYPOS = {
    "waypoint": ("alt_agl_m: 40, speed_mps: 2}", "alt_agl_m: 40, speeed: 2}", "speed_mps"),
    "start": ("alt_agl_m: 0}", "alt_agl_m: 0, speeed: 2}", "speed_mps"),
    "wind": ("speed_mps: 4}", "speed_mps: 4, gusst_mps: 6}", "gust_mps"),
    "remote id": ("operator_id: NLD", "operatr_id: NLD", "operator_id"),
    "answer key step": ("window_s: 30, points: 15", "windw_s: 30, points: 15", "window_s"),
}


@pytest.mark.parametrize("case", sorted(TYPOS))
def test_did_you_mean_offers_the_fields_of_the_right_section(
    case: str, tmp_path: Path, workspace: Workspace
) -> None:
    old, new, expected = TYPOS[case]
    text = BASE_FILE.read_text(encoding="utf-8")
    assert old in text
    path = write(tmp_path, "typo.yaml", text.replace(old, new, 1))
    (problem,) = [p for p in problems_of(path, workspace) if "unknown field" in p.message]
    assert problem.message.endswith(f"did you mean {expected!r}?"), problem


def test_a_typo_with_no_close_match_lists_the_waypoint_fields(
    tmp_path: Path, workspace: Workspace
) -> None:
    text = BASE_FILE.read_text(encoding="utf-8").replace(
        "alt_agl_m: 40, speed_mps: 2}", "alt_agl_m: 40, zzz: 2}"
    )
    (problem,) = problems_of(write(tmp_path, "typo.yaml", text), workspace)
    assert problem.message.endswith("allowed here: alt_agl_m, lat, lon, speed_mps")


def test_an_airspace_without_asset_sets_is_refused_by_the_file(tmp_path: Path) -> None:
    # Found by `tests/fuzz.py`: `assets: []` passed the loader and failed later, naming the
    # assets folder instead of the scenario file and field.
    source = (SCENARIOS / "hobby-drone-approach-23.yaml").read_text(encoding="utf-8")
    broken = tmp_path / "no-assets.yaml"
    broken.write_text(source.replace("  assets: [twente]", "  assets: []"), encoding="utf-8")
    with pytest.raises(ScenarioError) as caught:
        Workspace().prepare(broken)
    assert str(broken) in str(caught.value) and "airspace.assets" in str(caught.value)
