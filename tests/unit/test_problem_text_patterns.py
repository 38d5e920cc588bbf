"""A text field's rule is said in words, never shown to an author as a regular expression."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.conftest import SCENARIOS
from trainer import i18n
from trainer.errors import ScenarioError
from trainer.launch import Workspace
from trainer.scenario import problem_text
from trainer.scenario.loader import load_scenario_text
from trainer.scenario.model import Scenario

SOURCE = SCENARIOS / "drone-near-manned-final.yaml"


def patterns(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        if isinstance(node.get("pattern"), str):
            yield node["pattern"]
        for value in node.values():
            yield from patterns(value)
    elif isinstance(node, list):
        for value in node:
            yield from patterns(value)


def test_every_pattern_of_the_scenario_format_has_its_rule_in_words() -> None:
    found = set(patterns(Scenario.model_json_schema()))
    assert len(found) >= 5
    assert found <= set(problem_text._PATTERN_WORDS)


def problems(workspace: Workspace, old: str, new: str) -> list[str]:
    text = SOURCE.read_text(encoding="utf-8")
    assert old in text
    with pytest.raises(ScenarioError) as raised:
        load_scenario_text(text.replace(old, new, 1), SOURCE, workspace.library)
    return [p.message for p in raised.value.problems]


@pytest.mark.parametrize(
    ("old", "new", "english", "dutch"),
    [
        ("callsign: PH-ABC", "callsign: ph abc", "a callsign is 2 to 10", "een roepnaam bestaat"),
        ('start_time_local: "', 'start_time_local: "25', "a time of day is", "een tijd is uren"),
    ],
)
def test_a_field_that_breaks_its_rule_says_the_rule(
    workspace: Workspace, old: str, new: str, english: str, dutch: str
) -> None:
    said = problems(workspace, old, new)
    assert any(english in m for m in said) and not any("pattern" in m for m in said)
    i18n.use_language("nl")
    try:
        said = problems(workspace, old, new)
    finally:
        i18n.use_language("en")
    assert any(dutch in m for m in said) and not any("patroon" in m for m in said)
