"""Answer keys: the bundled ones load, and broken ones give problems with field paths and lines."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import SCENARIOS
from trainer.errors import ScenarioError
from trainer.launch import Workspace, bundled_scenarios
from trainer.scenario.answer_key import AnswerKey, Suspension

BASE_FILE = SCENARIOS / "hobby-drone-approach-23.yaml"
Change = Callable[[dict[str, Any]], None]


def edited(change: Change) -> str:
    data = yaml.safe_load(BASE_FILE.read_text(encoding="utf-8"))
    data = copy.deepcopy(data)
    change(data)
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


def in_incident(path: str, value: Any) -> Change:
    """Set a field under answer_key.incidents[0], e.g. 'expected.3.clock.zone'."""

    def change(data: dict[str, Any]) -> None:
        *parents, last = [int(p) if p.isdigit() else p for p in path.split(".")]
        target: Any = data["answer_key"]["incidents"][0]
        for part in parents:
            target = target[part]
        target[last] = value

    return change


def second_incident(**fields: Any) -> Change:
    def change(data: dict[str, Any]) -> None:
        incidents = data["answer_key"]["incidents"]
        incidents.append({**copy.deepcopy(incidents[0]), **fields})

    return change


INC = "answer_key.incidents[0]"
# name -> (change, expected field path, words expected in the message)
CASES: dict[str, tuple[Change, str, str]] = {
    "unknown drone": (in_incident("drone", "hobby-2"), f"{INC}.drone", "unknown drone 'hobby-2'"),
    "unknown zone in a clock": (
        in_incident("expected.3.clock", {"kind": "zone_entry", "zone": "atz-twnte"}),
        f"{INC}.expected[3].clock.zone",
        "did you mean 'atz-twente'",
    ),
    "unknown zone in the suspension": (
        in_incident("suspension.warranted_from.zone", "approach-32"),
        f"{INC}.suspension.warranted_from.zone",
        "unknown zone 'approach-32'",
    ),
    "unknown clock kind": (
        in_incident("clock", {"kind": "sunrise"}),
        f"{INC}.clock",
        "first_detection",
    ),
    "zone event as an event clock": (
        in_incident("expected.5.clock", {"kind": "drone_event", "event": "zone_entered"}),
        f"{INC}.expected[5].clock.event",
        "zone_entry",
    ),
    "time clock after the end": (
        in_incident("clock", {"kind": "time", "at_s": 900}),
        f"{INC}.clock.at_s",
        "not before the scenario ends",
    ),
    "unknown classification": (
        in_incident("expected.1.params", {"classification": "helicopter"}),
        f"{INC}.expected[1].params",
        "unknown classification 'helicopter'",
    ),
    "param of another action": (
        in_incident("expected.1.params", {"identity": "authorised"}),
        f"{INC}.expected[1].params",
        "judged on 'classification' only",
    ),
    "params on an unjudged action": (
        in_incident("expected.3.params", {"level": "high"}),
        f"{INC}.expected[3].params",
        "without params",
    ),
    "suspension as an expected action": (
        in_incident("expected.0.kind", "suspend_operations"),
        f"{INC}.expected[0].kind",
        "suspension",
    ),
    "suspension as a penalised action": (
        in_incident("penalised.0", {"kind": "suspend_operations", "points": 5}),
        f"{INC}.penalised[0].kind",
        "suspension.penalty",
    ),
    "unknown action kind": (
        in_incident("expected.0.kind", "panic"),
        f"{INC}.expected[0].kind",
        "acknowledge",
    ),
    "typo in a field": (
        in_incident("expected.0.windw_s", 30),
        f"{INC}.expected[0].windw_s",
        "did you mean 'window_s'",
    ),
    "negative points": (
        in_incident("expected.0.points", -5),
        f"{INC}.expected[0].points",
        "greater than 0",
    ),
    "warranted without a start": (
        in_incident("suspension", {"warranted": True, "window_s": 60, "points": 10}),
        f"{INC}.suspension",
        "needs warranted_from",
    ),
    "unwarranted with points": (
        in_incident("suspension", {"warranted": False, "points": 10}),
        f"{INC}.suspension",
        "takes only `penalty`",
    ),
    "order rule on itself": (
        in_incident("order.0", {"first": "acknowledge", "then": "acknowledge", "points": 5}),
        f"{INC}.order[0]",
        "different",
    ),
    "pass mark over 100": (
        lambda d: d["answer_key"].update(pass_percent=120),
        "answer_key.pass_percent",
        "less than or equal to 100",
    ),
    "no incidents": (
        lambda d: d["answer_key"].update(incidents=[]),
        "answer_key.incidents",
        "at least 1",
    ),
    "duplicate incident id": (
        second_incident(),
        "answer_key.incidents[1].id",
        "duplicate incident id",
    ),
    "one drone, two incidents": (
        second_incident(id="again"),
        "answer_key.incidents[1].drone",
        "already has incident 'hobby-in-approach'",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_broken_key_names_field_and_problem(
    case: str, tmp_path: Path, workspace: Workspace
) -> None:
    change, field, words = CASES[case]
    path = tmp_path / f"{case.replace(' ', '-')}.yaml"
    path.write_text(edited(change), encoding="utf-8")
    with pytest.raises(ScenarioError) as caught:
        workspace.prepare(path)
    matching = [p for p in caught.value.problems if p.field == field and words in p.message]
    assert matching, f"expected {field!r} with {words!r}, got:\n{caught.value}"
    assert all(p.line is not None for p in caught.value.problems)


def test_problem_carries_the_line_of_the_field(tmp_path: Path, workspace: Workspace) -> None:
    text = BASE_FILE.read_text(encoding="utf-8").replace(
        "      drone: hobby-1", "      drone: hobby-9"
    )
    path = tmp_path / "line.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ScenarioError) as caught:
        workspace.prepare(path)
    (problem,) = caught.value.problems
    assert problem.line == text.splitlines().index("      drone: hobby-9") + 1


@pytest.mark.parametrize("path", bundled_scenarios(), ids=lambda p: p.stem)
def test_bundled_scenarios_have_valid_keys(path: Path, workspace: Workspace) -> None:
    key = workspace.prepare(path).scenario.answer_key
    assert key is not None and key.incidents
    for incident in key.incidents:
        assert any(e.required for e in incident.expected)


def test_defaults() -> None:
    key = AnswerKey.model_validate({"incidents": [{"id": "a", "drone": "d", "expected": [_ack()]}]})
    assert key.pass_percent == 70
    assert key.disruption.eur_per_minute == 100  # EUROCONTROL: over EUR 100 a minute of delay
    incident = key.incidents[0]
    assert incident.clock.kind == "first_detection"
    assert incident.suspension == Suspension(warranted=False, penalty=30)
    assert incident.expected[0].required is False


def test_param_lists_mean_any_of() -> None:
    rule = {"kind": "classify", "params": {"classification": ["bird", "manned"]}, "points": 5}
    key = AnswerKey.model_validate(
        {"incidents": [{"id": "a", "drone": "d", "expected": [_ack()], "penalised": [rule]}]}
    )
    assert key.incidents[0].penalised[0].params == {"classification": ["bird", "manned"]}


def _ack() -> dict[str, Any]:
    return {"kind": "acknowledge", "window_s": 30, "points": 10}
