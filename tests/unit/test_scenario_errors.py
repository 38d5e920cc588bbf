"""Broken scenario files: each gives a ScenarioError naming the file, the field and the problem."""

from __future__ import annotations

import copy
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import SCENARIOS
from trainer.errors import ScenarioError
from trainer.launch import Workspace

BASE_FILE = SCENARIOS / "inspection-fence.yaml"


@cache  # read once for the module's twenty-odd cases, each of which edits a deep copy
def base() -> dict[str, Any]:
    return yaml.safe_load(BASE_FILE.read_text(encoding="utf-8"))


def edited(change: Callable[[dict[str, Any]], None]) -> str:
    data = copy.deepcopy(base())
    change(data)
    return yaml.safe_dump(data, sort_keys=False)


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        *parents, last = [int(p) if p.isdigit() else p for p in path.split(".")]
        target: Any = data
        for part in parents:
            target = target[part]
        target[last] = value

    return change


def _delete(path: str) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        *parents, last = [int(p) if p.isdigit() else p for p in path.split(".")]
        target: Any = data
        for part in parents:
            target = target[part]
        del target[last]

    return change


def _duplicate_drone(data: dict[str, Any]) -> None:
    data["drones"].append(copy.deepcopy(data["drones"][0]))


def _zone(lower: str = "GND", upper: str = "120 m AGL") -> dict[str, Any]:
    return {
        "id": "extra",
        "name": "Extra",
        "kind": "event_area",
        "lower": lower,
        "upper": upper,
        "circle": {"centre": {"lat": 52.29, "lon": 6.88}, "radius_m": 200},
    }


BILLION_LAUGHS = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)
)

# name -> (file text, expected field path (or "" for the whole file), words expected in the message)
CASES: dict[str, tuple[str, str, str]] = {
    "yaml syntax": ("format: 1\nid: x\ndrones: [\n  {id: a,\n", "", "not valid YAML"),
    "missing field": (edited(_delete("title")), "title", "required field is missing"),
    "wrong type": (edited(_set("duration_s", "ten minutes")), "duration_s", "valid number"),
    "unknown key": (
        edited(_set("drones.0.performance", {"cruise_sped_mps": 4})),
        "drones[0].performance.cruise_sped_mps",
        "did you mean 'cruise_speed_mps'",
    ),
    "unknown top-level key": (edited(_set("titel", "x")), "titel", "did you mean 'title'"),
    "unknown key, no near miss": (
        edited(_set("drones.0.colour", "red")),
        "drones[0].colour",
        "allowed here: authorisation, behaviour",
    ),
    "negative speed": (
        edited(_set("drones.0.behaviour.waypoints.1.speed_mps", -3)),
        "drones[0].behaviour.waypoints[1].speed_mps",
        "greater than 0",
    ),
    "far outside the map": (
        edited(_set("drones.0.behaviour.waypoints.1.lat", 48.85)),
        "drones[0].behaviour.waypoints[1]",
        "from the aerodrome",
    ),
    "unknown zone": (
        edited(_set("drones.0.authorisation.zones", ["atz-twnte"])),
        "drones[0].authorisation.zones[0]",
        "did you mean 'atz-twente'",
    ),
    "duplicate ids": (edited(_duplicate_drone), "drones[1].id", "duplicate drone id"),
    "python tag": (
        "!!python/object/apply:os.system ['echo owned']\n",
        "",
        "unknown tag !!python/object/apply:os.system",
    ),
    "alias bomb": (BILLION_LAUGHS, "", "aliases"),
    "unknown behaviour": (
        edited(_set("drones.0.behaviour.kind", "teleport")),
        "drones[0].behaviour",
        "route",
    ),
    "event for unknown drone": (
        edited(_set("events.0.drone", "ghost")),
        "events[0].drone",
        "unknown drone",
    ),
    "event with two triggers": (
        edited(_set("events.0.on_zone_entry", "atz-twente")),
        "events[0]",
        "exactly one trigger",
    ),
    "unreadable limit": (
        edited(lambda d: d["airspace"].update(zones=[_zone(lower="high")])),
        "airspace.zones[0].lower",
        "cannot read vertical limit",
    ),
    "limits upside down": (
        edited(lambda d: d["airspace"].update(zones=[_zone(lower="300 m AGL", upper="120 m AGL")])),
        "airspace.zones[0]",
        "not below upper",
    ),
    "not a mapping": ("- just\n- a list\n", "", "mapping"),
    "empty file": ("", "", "empty"),
    "unknown asset set": (
        edited(_set("airspace.assets", ["atlantis"])),
        "airspace.assets[0]",
        "atlantis",
    ),
    "future format": (edited(_set("format", 2)), "format", "1"),
    "latitude out of range": (edited(_set("drones.0.start.lat", 95)), "drones[0].start.lat", "90"),
    "remote id without serial": (
        edited(_set("drones.0.remote_id", {"broadcast": True})),
        "drones[0].remote_id",
        "serial",
    ),
    "starts after the end": (
        edited(_set("drones.0.start_s", 9000)),
        "drones[0].start_s",
        "after the scenario ends",
    ),
    "deep nesting": ("a: " + "[" * 5000 + "]" * 5000 + "\n", "", "nested"),
    "bad identifier": (edited(_set("id", "Has Spaces")), "id", "lower-case letters, digits"),
    "NUL in a file name": (
        edited(_set("airspace.imports", [{"file": "~\x00x.txt", "format": "openair"}])),
        "airspace.imports[0].file",
        "NUL character",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_broken_file_names_file_field_and_problem(
    case: str, tmp_path: Path, workspace: Workspace
) -> None:
    text, field, words = CASES[case]
    path = tmp_path / f"{case.replace(' ', '-')}.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ScenarioError) as caught:
        workspace.prepare(path)
    error = caught.value
    assert error.problems, "a ScenarioError must list at least one problem"
    assert all(p.file == str(path) for p in error.problems)
    matching = [
        p for p in error.problems if p.field == field and words.lower() in p.message.lower()
    ]
    assert matching, f"expected {field!r} with {words!r}, got:\n{error}"
    assert str(path) in str(error)


def test_syntax_error_carries_the_line(tmp_path: Path, workspace: Workspace) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("format: 1\nid: ok\ntitle: [unclosed\nsummary: x\n", encoding="utf-8")
    with pytest.raises(ScenarioError) as caught:
        workspace.prepare(path)
    assert caught.value.problems[0].line in (3, 4, 5)


def test_field_problems_carry_their_lines(tmp_path: Path, workspace: Workspace) -> None:
    text = BASE_FILE.read_text(encoding="utf-8").replace("eu_class: C2", "eu_class: C9")
    path = tmp_path / "class.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ScenarioError) as caught:
        workspace.prepare(path)
    (problem,) = caught.value.problems
    expected_line = text.splitlines().index("    eu_class: C9") + 1
    assert (problem.field, problem.line) == ("drones[0].eu_class", expected_line)


def test_all_problems_are_reported_at_once(tmp_path: Path, workspace: Workspace) -> None:
    def several(data: dict[str, Any]) -> None:
        del data["title"]
        data["duration_s"] = -5
        data["drones"][0]["type"] = "helicopter"

    path = tmp_path / "several.yaml"
    path.write_text(edited(several), encoding="utf-8")
    with pytest.raises(ScenarioError) as caught:
        workspace.prepare(path)
    fields = {p.field for p in caught.value.problems}
    assert {"title", "duration_s", "drones[0].type"} <= fields


def test_huge_file_is_refused_without_reading_it(tmp_path: Path, workspace: Workspace) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing on disk
    with pytest.raises(ScenarioError) as caught:
        workspace.prepare(path)
    assert "52.4 MB" in str(caught.value) and "limited" in str(caught.value)


def test_missing_file(tmp_path: Path, workspace: Workspace) -> None:
    with pytest.raises(ScenarioError, match="cannot read file"):
        workspace.prepare(tmp_path / "nowhere.yaml")


def test_non_utf8_file(tmp_path: Path, workspace: Workspace) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("title: Caf\xe9\n".encode("latin-1"))
    with pytest.raises(ScenarioError, match="UTF-8"):
        workspace.prepare(path)


def test_python_tag_is_never_executed(tmp_path: Path, workspace: Workspace) -> None:
    marker = tmp_path / "executed"
    path = tmp_path / "evil.yaml"
    path.write_text(f"!!python/object/apply:os.system ['touch {marker}']\n", encoding="utf-8")
    with pytest.raises(ScenarioError):
        workspace.prepare(path)
    assert not marker.exists()
