"""The libyaml reader must accept, refuse and place lines exactly as the pure-Python one does."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import examples
from trainer.launch import bundled_scenarios
from trainer.scenario import yaml_source
from trainer.scenario.yaml_source import YamlDocument, YamlProblem, read_in_python, read_yaml

pytestmark = pytest.mark.skipif(not yaml_source.LIBYAML, reason="PyYAML without libyaml")

SCENARIO_TEXTS = {path.name: path.read_text(encoding="utf-8") for path in bundled_scenarios()}


def outcome(read: object, text: str) -> tuple[object, ...]:
    try:
        document = read(text)  # type: ignore[operator]
    except YamlProblem as problem:
        return ("refused", problem.message, problem.line)
    assert isinstance(document, YamlDocument)
    return ("read", document.data, document.lines)


@pytest.mark.parametrize("name", sorted(SCENARIO_TEXTS))
def test_every_bundled_scenario_reads_the_same_through_libyaml(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = SCENARIO_TEXTS[name]
    expected = outcome(read_in_python, text)
    assert expected[0] == "read"

    def not_python(text: str) -> YamlDocument:
        raise AssertionError("a good file should not need the Python reader")

    monkeypatch.setattr(yaml_source, "read_in_python", not_python)
    assert outcome(read_yaml, text) == expected


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("a: &x [1, 2]\nb: *x\n", 2),  # an alias
        ("a: 1\nb: 2\na: 3\n", 3),  # a repeated key
        ("a: [1, 2\nb: 3\n", 2),  # not YAML
        ("a: 1\n---\nb: 2\n", 2),  # two documents
        ("a: 1\x07\n", 1),  # a control character
        ("", 1),  # nothing at all
    ],
)
def test_a_refusal_has_the_python_readers_message_and_line(text: str, line: int) -> None:
    refused = outcome(read_yaml, text)
    assert refused == outcome(read_in_python, text)
    assert refused[0] == "refused" and refused[2] == line


def test_nesting_too_deep_for_python_is_refused_not_a_crash() -> None:
    text = "[" * 5000 + "]" * 5000
    refused = outcome(read_yaml, text)
    assert refused[0] == "refused"
    assert refused == outcome(read_in_python, text)


scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=20),
)
keys = st.one_of(st.text(max_size=12), st.integers())
data = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(keys, inner, max_size=4)),
    max_leaves=25,
)


@settings(max_examples=examples(150))
@given(
    value=data,
    flow=st.sampled_from([None, True, False]),
    width=st.sampled_from([20, 80, 1000]),
    unicode=st.booleans(),
)
def test_written_yaml_reads_the_same_both_ways(
    value: object, flow: bool | None, width: int, unicode: bool
) -> None:
    text = yaml.safe_dump(value, default_flow_style=flow, width=width, allow_unicode=unicode)
    assert outcome(read_yaml, text) == outcome(read_in_python, text)


# Characters that change what YAML means, and some that do not.
SIGNIFICANT = [*":-?[]{},#&*!|>'\"%@`\t\n\r ", "  ", "\n  ", "- ", ": ", "x", "é", "---", "..."]
SIGNIFICANT += ["\ufeff", "\u2028", "\x85", "\r\n"]


@settings(max_examples=examples(300))
@given(
    name=st.sampled_from(sorted(SCENARIO_TEXTS)),
    at=st.floats(0, 1),
    cut=st.integers(0, 40),
    insert=st.lists(st.sampled_from(SIGNIFICANT), max_size=4).map("".join),
)
def test_a_damaged_scenario_is_judged_the_same_both_ways(
    name: str, at: float, cut: int, insert: str
) -> None:
    text = SCENARIO_TEXTS[name]
    start = int(at * len(text))
    damaged = text[:start] + insert + text[start + cut :]
    assert outcome(read_yaml, damaged) == outcome(read_in_python, damaged)


def test_the_python_reader_is_what_a_pyyaml_without_libyaml_uses(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    text = SCENARIO_TEXTS["two-drones.yaml"]
    expected = outcome(read_in_python, text)
    monkeypatch.setattr(yaml_source, "LIBYAML", False)
    assert outcome(read_yaml, text) == expected
