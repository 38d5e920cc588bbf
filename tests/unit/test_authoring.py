"""Round-trip editing of scenario files (no Qt): comments and order kept, meaning unchanged."""

from __future__ import annotations

import difflib
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import examples
from trainer.dry_run import dry_run, fairness_problems
from trainer.errors import ScenarioError
from trainer.launch import Workspace, bundled_scenarios
from trainer.scenario.authoring import (
    ScenarioDocument,
    add_missing_incidents,
    clean_text,
    path_text,
    rename_references,
)
from trainer.scenario.loader import load_scenario
from trainer.scenario.model import Scenario
from trainer.scenario.schema_walk import SchemaWalker
from trainer.scenario.yaml_source import read_yaml
from trainer.scoring.bots import make_bot
from trainer.training_run import run_headless

BUNDLED = bundled_scenarios()


def comments(text: str) -> list[str]:
    return [match.strip() for match in re.findall(r"#[^\n]*", text)]


@pytest.mark.parametrize("source", BUNDLED, ids=lambda p: p.stem)
def test_opening_and_saving_a_bundled_scenario_keeps_its_meaning_and_comments(
    source: Path, tmp_path: Path, workspace: Workspace
) -> None:
    document = ScenarioDocument.open(source)
    saved = document.save(tmp_path / source.name)
    assert load_scenario(saved, workspace.library) == load_scenario(source, workspace.library)
    original, written = source.read_text(encoding="utf-8"), saved.read_text(encoding="utf-8")
    assert comments(written) == comments(original)
    keys = re.compile(r"^\s*-?\s*([a-z_]+):", re.MULTILINE)
    assert keys.findall(written) == keys.findall(original)  # the author's key order


def test_a_scenario_written_on_windows_saves_with_one_kind_of_line_break(
    tmp_path: Path, workspace: Workspace
) -> None:
    source = Path(BUNDLED[0]).parent / "two-drones.yaml"
    crlf = tmp_path / "from-windows.yaml"
    crlf.write_bytes(source.read_bytes().replace(b"\n", b"\r\n"))
    document = ScenarioDocument.open(crlf)
    # No '\r' left in the text: saving on Windows turns each '\n' into '\r\n', and a '\r'
    # kept in a comment would end that line '\r\r\n'.
    assert "\r" not in document.to_text()
    saved = document.save(tmp_path / "saved.yaml")
    assert comments(saved.read_text(encoding="utf-8")) == comments(
        source.read_text(encoding="utf-8")
    )
    assert load_scenario(saved, workspace.library) == load_scenario(source, workspace.library)


def test_an_edit_changes_only_its_value(tmp_path: Path, workspace: Workspace) -> None:
    source = Path(BUNDLED[0]).parent / "hobby-drone-approach-23.yaml"
    document = ScenarioDocument.open(source)
    document.set(("drones", 0, "behaviour", "waypoints", 1, "alt_agl_m"), 100)
    document.append(("events",), {"drone": "hobby-1", "at_s": 300, "action": "lost_link"})
    before = source.read_text(encoding="utf-8").splitlines()
    after = document.to_text().splitlines()
    diff = [line for line in difflib.ndiff(before, after) if line[:2] in ("- ", "+ ")]
    assert diff == [
        "-         - {lat: 52.29700, lon: 6.92900, alt_agl_m: 90, speed_mps: 4}",
        "+         - {lat: 52.29700, lon: 6.92900, alt_agl_m: 100, speed_mps: 4}",
        "+   - {drone: hobby-1, at_s: 300, action: lost_link}",
    ]
    result = document.check(workspace.library)
    assert result.scenario is not None
    assert result.scenario.events[-1].at_s == 300


def test_unsafe_text_is_refused_with_the_loaders_messages() -> None:
    with pytest.raises(ScenarioError, match="aliases"):
        ScenarioDocument.from_text("a: &x [1]\nb: *x\n")
    with pytest.raises(ScenarioError, match="python/object"):
        ScenarioDocument.from_text("a: !!python/object/apply:os.system ['true']\n")
    with pytest.raises(ScenarioError, match="duplicate key"):
        ScenarioDocument.from_text("a: 1\na: 2\n")
    with pytest.raises(ScenarioError, match="mapping"):
        ScenarioDocument.from_text("- just a list\n")


def test_a_new_scenario_says_what_it_still_needs(workspace: Workspace) -> None:
    result = ScenarioDocument.new().check(workspace.library)
    assert not result.ok
    assert [p.field for p in result.problems] == ["drones"]


@settings(max_examples=examples(100), deadline=None)
@given(st.text(max_size=80))
def test_any_text_in_a_field_is_saved_as_data_and_checked(text: str) -> None:
    document = ScenarioDocument.new()
    document.set(("title",), text)
    document.set(("drones", 0), {"id": "x"})
    reread = ScenarioDocument.from_text(document.to_text())
    assert reread.get(("title",)) == clean_text(text)  # data, never code; only controls go
    assert reread.get(("title",)) == document.get(("title",))
    assert read_yaml(document.to_text()).data["title"] == clean_text(text)  # as the loader reads


@pytest.mark.parametrize("text", ["yes", "No", "on", "OFF", "1:30", "null", "~", "0x1F", "1e3"])
def test_text_that_yaml_1_1_would_read_as_another_type_stays_text(
    text: str, workspace: Workspace
) -> None:
    document = ScenarioDocument.open(BUNDLED[0])
    document.set(("title",), text)
    assert read_yaml(document.to_text()).data["title"] == text
    result = document.check(workspace.library)
    assert result.scenario is not None and result.scenario.title == text


def test_the_schema_walker_offers_every_field_of_the_format() -> None:
    walker = SchemaWalker()
    assert [f.name for f in walker.fields(walker.root)] == list(Scenario.model_fields)
    drone = walker.at(("drones", 0), {"drones": [{}]})
    assert drone is not None
    fields = {f.name: f for f in walker.fields(drone)}
    assert fields["type"].choices == ("multirotor", "fixed-wing", "vtol")
    assert fields["behaviour"].choices[0] == "route" and "orbit" in fields["behaviour"].choices
    assert fields["id"].required and not fields["label"].required
    waypoint = walker.at(
        ("drones", 0, "behaviour", "waypoints", 0), {"drones": [{"behaviour": {"kind": "route"}}]}
    )
    assert waypoint is not None and set(waypoint["required"]) == {"lat", "lon", "alt_agl_m"}
    incident = walker.at(("answer_key", "incidents", 0), {})
    assert incident is not None
    assert walker.skeleton(incident) == {"id": "", "drone": "", "expected": []}
    assert path_text(("drones", 1, "behaviour", "waypoints", 0, "lat")) == (
        "drones[1].behaviour.waypoints[0].lat"
    )


def test_a_dry_run_shows_events_and_whether_the_key_is_fair(workspace: Workspace) -> None:
    source = Path(BUNDLED[0]).parent / "hobby-drone-approach-23.yaml"
    scenario = load_scenario(source, workspace.library)
    result = dry_run(scenario, source, workspace, bots=("perfect", "idle"))
    kinds = {event.kind.value for event in result.events}
    assert {"launched", "zone_entered", "landed"} <= kinds
    assert result.score_of("perfect").passed and not result.score_of("idle").passed
    assert fairness_problems(result) == []


def test_a_dry_run_scores_a_trainee_as_a_real_run_would(workspace: Workspace) -> None:
    bot = "human"  # the one that corrects itself: its actions' numbering must match a run's
    source = Path(BUNDLED[0]).parent / "hobby-drone-approach-23.yaml"
    prepared = workspace.prepare(source)
    real = run_headless(prepared, make_bot(bot, prepared.scenario)).sheet
    dry = dry_run(prepared.scenario, source, workspace, bots=(bot,)).score_of(bot)
    assert (dry.total, dry.maximum, dry.passed) == (real.total, real.maximum, real.passed)


def test_incidents_are_added_only_for_drones_without_one(workspace: Workspace) -> None:
    source = Path(BUNDLED[0]).parent / "two-drones.yaml"
    document = ScenarioDocument.open(source)
    assert add_missing_incidents(document) == []  # the key covers both already
    document.append(
        ("drones",),
        {
            "id": "extra",
            "type": "vtol",
            "eu_class": "C3",
            "start": {"lat": 52.28, "lon": 6.90, "alt_agl_m": 0},
            "behaviour": {"kind": "hover"},
        },
    )
    assert add_missing_incidents(document) == ["extra"]
    result = document.check(workspace.library)
    assert result.scenario is not None and result.scenario.answer_key is not None
    assert result.scenario.answer_key.incidents[-1].drone == "extra"


def _drone_index(document: ScenarioDocument, drone_id: str) -> int:
    return [d["id"] for d in document.get(("drones",))].index(drone_id)


def test_renaming_a_drone_renames_what_names_it(workspace: Workspace) -> None:
    document = ScenarioDocument.open(Path(BUNDLED[0]).parent / "flyaway-test-area.yaml")
    document.set(("drones", _drone_index(document, "test-wing-1"), "id"), "wing-a")
    assert document.check(workspace.library).problems  # the event and the incident dangle
    assert rename_references(document, "drone", "test-wing-1", "wing-a") == 2
    result = document.check(workspace.library)
    assert result.problems == () and result.scenario is not None
    assert result.scenario.events[0].drone == "wing-a"
    assert result.scenario.answer_key is not None
    assert [i.drone for i in result.scenario.answer_key.incidents] == ["wing-a"]
    assert "test-wing-1" not in document.to_text()


def test_renaming_a_drawn_zone_renames_clocks_and_authorisations(workspace: Workspace) -> None:
    document = ScenarioDocument.open(Path(BUNDLED[0]).parent / "flyaway-test-area.yaml")
    zones = document.get(("airspace", "zones"))
    index = [z["id"] for z in zones].index("test-field-north")
    document.set(("airspace", "zones", index, "id"), "field-n")
    assert rename_references(document, "zone", "test-field-north", "field-n") == 2
    result = document.check(workspace.library)
    assert result.problems == (), result.problems
    assert "test-field-north" not in document.to_text()


def test_a_rename_onto_another_drones_id_changes_no_reference(workspace: Workspace) -> None:
    document = ScenarioDocument.open(Path(BUNDLED[0]).parent / "intruder-threshold-23.yaml")
    before = document.to_text()
    document.set(("drones", _drone_index(document, "intruder-2"), "id"), "intruder-1")
    # Two drones called intruder-1 now: merging their references could not be taken back.
    assert rename_references(document, "drone", "intruder-2", "intruder-1") == 0
    assert document.to_text().count("drone: intruder-2") == before.count("drone: intruder-2")
    assert document.check(workspace.library).problems  # the duplicate is shown
    # Named apart again, the references follow.
    document.set(("drones", 2, "id"), "intruder-two")
    assert rename_references(document, "drone", "intruder-1", "intruder-two") == 0  # ambiguous
    assert rename_references(document, "drone", "", "x") == 0


def test_undo_takes_back_one_action_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    clock = [100.0]
    monkeypatch.setattr("trainer.scenario.undo_history.time.monotonic", lambda: clock[0])
    document = ScenarioDocument.open(BUNDLED[0])
    original = document.to_text()
    document.set(("title",), "A")
    clock[0] += 0.5
    document.set(("title",), "AB")  # typing on in the same field: the same step
    clock[0] += 5
    document.set(("drones", 0, "start", "lat"), 52.3)
    document.set(("drones", 0, "start", "lon"), 6.9)  # the same click: the same step
    clock[0] += 5
    assert document.undo()
    assert document.get(("drones", 0, "start", "lat")) != 52.3
    assert document.get(("title",)) == "AB"
    assert document.undo() and document.to_text() == original  # comments and all
    assert not document.undo()
    assert document.redo() and document.get(("title",)) == "AB"
    document.set(("seed",), 3)  # a new change ends the redo history
    assert not document.redo()


def test_a_changed_text_keeps_the_style_it_was_written_in(workspace: Workspace) -> None:
    document = ScenarioDocument.open(Path(BUNDLED[0]).parent / "hobby-drone-approach-23.yaml")
    document.set(("summary",), "A shorter summary.")
    document.set(("start_time_local",), "09:30")
    text = document.to_text()
    assert "summary: >" in text and 'start_time_local: "09:30"' in text
    result = document.check(workspace.library)
    assert result.scenario is not None and result.scenario.summary.strip() == "A shorter summary."


def _leaf_paths(value: object, path: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    if isinstance(value, dict):
        return [p for key, item in value.items() for p in _leaf_paths(item, (*path, key))]
    if isinstance(value, list):
        return [p for index, item in enumerate(value) for p in _leaf_paths(item, (*path, index))]
    return [path]


EDITED = ScenarioDocument.open(Path(BUNDLED[0]).parent / "hobby-drone-approach-23.yaml")
LEAVES = _leaf_paths(EDITED.plain())
VALUES = st.one_of(
    st.text(max_size=40),
    st.integers(min_value=-(2**53), max_value=2**53),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.none(),
    st.lists(st.text(max_size=10), max_size=3),
    st.dictionaries(st.sampled_from(["lat", "lon", "kind", "x"]), st.text(max_size=8), max_size=3),
)


# PROPERTY_EXAMPLES raises the count for a longer run on demand (each example writes YAML 3 times).
@settings(max_examples=examples(20), deadline=None)
@given(st.lists(st.tuples(st.sampled_from(LEAVES), VALUES), min_size=1, max_size=6))
def test_any_edits_are_written_so_that_the_loader_reads_back_what_was_set(
    edits: list[tuple[tuple[str | int, ...], object]],
) -> None:
    document = ScenarioDocument.from_text(EDITED.to_text())
    for path, value in edits:
        if document.get(path[:-1]) is not None:
            document.set(path, value)
    text = document.to_text()
    assert read_yaml(text).data == document.plain()  # as the loader reads it
    assert ScenarioDocument.from_text(text).plain() == document.plain()
