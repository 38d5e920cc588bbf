"""A file that is not valid YAML is refused in the language in use, naming the line; Dutch holds
none of PyYAML's English."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import examples
from trainer import i18n
from trainer.cli import main
from trainer.errors import ScenarioError
from trainer.i18n import msg
from trainer.launch import bundled_scenarios
from trainer.scenario import yaml_source
from trainer.scenario.authoring import ScenarioDocument
from trainer.scenario.yaml_source import YamlProblem, read_in_python, read_yaml
from trainer.scenario.yaml_syntax_text import not_yaml, syntax_message

PYYAML_SOURCES = ("scanner.py", "parser.py", "composer.py", "constructor.py", "reader.py")


def pyyaml_phrases() -> set[str]:
    """The fixed words of every message PyYAML raises (read from its installed source), split
    where it puts a found character or name: none of them may show in Dutch."""
    phrases: set[str] = set()
    folder = Path(yaml.__file__).parent
    for name in PYYAML_SOURCES:
        tree = ast.parse((folder / name).read_text(encoding="utf-8"))
        for raised in ast.walk(tree):
            if not (isinstance(raised, ast.Raise) and isinstance(raised.exc, ast.Call)):
                continue
            for argument in ast.walk(raised.exc):
                if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                    for part in re.split(r"%[rsd]|'[^']*'|\(.*?\)", argument.value):
                        part = part.strip(" ,;:")
                        if len(part.split()) >= 2:
                            phrases.add(part)
    return phrases


PHRASES = pyyaml_phrases()
SCENARIO_TEXTS = [path.read_text(encoding="utf-8") for path in bundled_scenarios()]


def english_in(text: str) -> list[str]:
    return sorted(phrase for phrase in PHRASES if phrase in text)


def test_the_phrases_are_found_in_pyyaml() -> None:
    assert {"while scanning a quoted scalar", "found unexpected end of stream"} <= PHRASES
    assert "expected the node content, but found" in PHRASES
    assert "could not determine a constructor for the tag" in PHRASES
    assert len(PHRASES) > 40


# name, file text, line named, words of the English message, words of the Dutch one
BROKEN = [
    ("unclosed [", "format: 1\nid: broken\ntitle: [\n", 4,
     "a '[' list opened on line 3 is not closed before the end of the file",
     "een lijst met '[' die op regel 3 begint, wordt niet gesloten"),
    ("unclosed [ before a key", "format: 1\ntitle: [a, b\nid: x\n", 3,
     "in the '[' list opened on line 2, a ',' or the closing ']' is expected here, not ':'",
     "in de lijst met '[' die op regel 2 begint"),
    ("unclosed {", "format: 1\nid: broken\nstart: {lat: 52.27\n", 4,
     "a '{' mapping opened on line 3 is not closed before the end of the file",
     "een mapping met '{' die op regel 3 begint, wordt niet gesloten"),
    ("bad indentation", "format: 1\ndrones:\n  - id: a\n   type: multirotor\n", 4,
     "does not fit the block that starts on line 3 (found a key)",
     "past niet bij het blok dat op regel 3 begint (gevonden: een sleutel)"),
    ("a tab", "format: 1\n\tid: broken\n", 2,
     "a tab is not allowed here", "een tab mag hier niet staan"),
    ("a stray ':'", "format: 1\ntitle: Drone: near the runway\n", 2,
     "a ':' is not allowed here", "een ':' mag hier niet staan"),
    ("an unterminated quote", "format: 1\ntitle: \"Drone near\nid: broken\n", 4,
     "the quoted text opened on line 2 is not closed before the end of the file",
     "de tekst tussen aanhalingstekens die op regel 2 begint, wordt niet gesloten"),
    ("a second document", "format: 1\nid: a\n---\nformat: 1\nid: b\n", 3,
     "a second YAML document starts here", "hier begint een tweede YAML-document"),
    ("a stray '%' directive", "format: 1\n%YAML 1.1\nid: broken\n", 3,
     "after a '%' directive or a '...' line only '---' may follow",
     "na een '%'-directive of een regel '...' mag alleen '---' volgen"),
    ("a '%' directive at the top", "%TAG ! tag:example.com,2000:\nformat: 1\n", 2,
     "a value cannot come here", "een waarde kan hier niet staan"),
    ("a value starting with '%'", "format: 1\ntitle: %100 safe\n", 2,
     "a value cannot start with '%'", "een waarde kan niet met '%' beginnen"),
    ("an unknown tag", "format: 1\ntitle: !python/object x\n", 2,
     "unknown tag !python/object", "onbekende tag !python/object"),
    ("an unknown escape", 'format: 1\ntitle: "C:\\drones"\n', 2,
     "\\d is not an escape YAML knows", "is \\d geen escape die YAML kent"),
    ("text without ':'", "format: 1\njust some words\nid: broken\n", 3,
     "the text on line 2 has no ':' after it", "na de tekst op regel 2 staat geen ':'"),
    ("a date that is not one", "format: 1\ntitle: 2026-13-01\n", 2,
     "'2026-13-01' is written like a date but is not one",
     "'2026-13-01' is geschreven als een datum, maar is geen bestaande datum"),
    ("an empty !!int", "format: 1\nduration_s: !!int ''\n", 2,
     "'' cannot be read as !!int", "'' is niet te lezen als !!int"),
    ("a duplicate anchor", "format: 1\na: &x 1\nb: &x 2\n", 3,
     "anchor &x is defined twice (first on line 2)", "anker &x staat er twee keer"),
    ("an alias", "format: 1\nid: &name broken\ntitle: *name\n", 3,
     "YAML aliases (*name) are not allowed", "YAML-aliassen (*naam) zijn niet toegestaan"),
    ("an escape past Unicode", 'format: 1\ntitle: "\\U00110000"\n', 2,
     "\\U00110000 names no character", "staat \\U00110000 voor geen enkel teken"),
    ("an escape past a C int", 'format: 1\ntitle: "a \\U99999999"\n', 2,
     "\\U99999999 names no character", "staat \\U99999999 voor geen enkel teken"),
    ("a !!timestamp that is no date", "format: 1\ntitle: !!timestamp 9999\n", 2,
     "'9999' cannot be read as !!timestamp", "'9999' is niet te lezen als !!timestamp"),
    ("a duplicate key", "format: 1\nid: a\nid: b\n", 3,
     "duplicate key 'id' (line 3, first at line 2)", "sleutel 'id' staat er twee keer"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "line", "english", "dutch"),
    [case[1:] for case in BROKEN],
    ids=[case[0] for case in BROKEN],
)
def test_validate_names_the_line_in_either_language(
    text: str,
    line: int,
    english: str,
    dutch: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(text, encoding="utf-8")
    shown = {}
    try:
        for language in ("en", "nl"):
            assert main(["--lang", language, "validate", str(broken)]) == 1
            shown[language] = capsys.readouterr().out.splitlines()
    finally:
        i18n.use_language("en")
    for language, words in (("en", english), ("nl", dutch)):
        _header, problem = shown[language]
        assert problem.startswith(f"  {broken}:{line}: "), problem
        assert words in problem
    assert english_in(shown["nl"][1]) == [], shown["nl"][1]


def test_the_editor_and_library_reader_say_the_same_as_validate() -> None:
    # read_yaml is what the library dialog and the editor call; libyaml's refusal is read again
    # in Python, whose words people get.
    text = "format: 1\nid: broken\ntitle: [\n"
    i18n.use_language("nl")
    with pytest.raises(YamlProblem) as refused:
        read_yaml(text)
    assert refused.value.line == 4
    assert refused.value.message.startswith(
        "geen geldige YAML: een lijst met '[' die op regel 3 begint"
    )


def test_an_unknown_pyyaml_problem_gets_a_general_sentence_with_only_its_found_character() -> None:
    mark = yaml.Mark("file", 0, 4, 2, "", 0)
    newer = yaml.MarkedYAMLError(
        "while doing something new", mark, "expected something new, but found '@'", mark
    )
    assert syntax_message(newer) == "not valid YAML: reading stopped here, at '@'"
    i18n.use_language("nl")
    assert syntax_message(newer) == "geen geldige YAML: hier loopt het lezen vast, bij '@'"
    # ruamel.yaml (the editor's round-trip reader) words one problem in its own way
    ruamel = yaml.MarkedYAMLError(None, None, "expected '<document start>', but found ('-',)", mark)
    assert syntax_message(ruamel) == (
        "geen geldige YAML: een lijstelement met '-' kan hier niet staan: na een '%'-directive of "
        "een regel '...' mag alleen '---' volgen; een scenariobestand heeft geen van beide nodig: "
        "verwijder ze"
    )
    bare = yaml.MarkedYAMLError(None, None, "something else entirely", mark)
    assert syntax_message(bare) == "geen geldige YAML: hier loopt het lezen vast"


# Characters that change what YAML means (as in test_yaml_readers.py), and some values with a type.
SIGNIFICANT = [*":-?[]{},#&*!|>'\"%@`\t\n\r\\ ", "  ", "\n  ", "- ", ": ", "x", "é", "---", "..."]
SIGNIFICANT += ["\ufeff", "\u2028", "\x85", "\r\n", '"\\', "!!int ", "<<: ", "2026-13-01", "%YAML"]


@settings(max_examples=examples(300), deadline=None)
@given(
    text=st.sampled_from(SCENARIO_TEXTS),
    at=st.floats(0, 1),
    cut=st.integers(0, 40),
    insert=st.lists(st.sampled_from(SIGNIFICANT), max_size=4).map("".join),
)
def test_a_damaged_scenario_is_refused_in_dutch_without_pyyamls_english(
    text: str, at: float, cut: int, insert: str
) -> None:
    start = int(at * len(text))
    damaged = text[:start] + insert + text[start + cut :]
    i18n.use_language("nl")
    try:
        read_in_python(damaged)
    except YamlProblem as refused:
        assert english_in(refused.message) == [], refused.message
        assert "hier loopt het lezen vast" not in refused.message  # every one is known


def test_the_editor_refuses_what_only_ruamel_cannot_read_in_the_same_words() -> None:
    # U+2028 ends a line for PyYAML (YAML 1.1), not for ruamel (YAML 1.2): read_yaml takes this
    # text, the editor's round-trip reader finds a second ':' on one line.
    text = "format: 1\nid: a\u2028title: b\n"
    read_yaml(text)
    i18n.use_language("nl")
    with pytest.raises(ScenarioError) as refused:
        ScenarioDocument.from_text(text)
    (problem,) = refused.value.problems
    assert problem.line == 2
    assert problem.message.startswith("geen geldige YAML: een ':' mag hier niet staan")


@settings(max_examples=examples(40), deadline=None)
@given(
    text=st.sampled_from(SCENARIO_TEXTS),
    at=st.floats(0, 1),
    line_break=st.sampled_from(["\x85", "\u2028", "\u2029"]),
)
def test_the_editor_refuses_a_yaml_1_1_line_break_in_dutch_without_yaml_english(
    text: str, at: float, line_break: str
) -> None:
    # A line ended by NEL, LS or PS instead of "\n": one line more for read_yaml, the next line
    # run on for ruamel (mostly a ':' where it cannot be).
    ends = [index for index, character in enumerate(text) if character == "\n"]
    end = ends[int(at * (len(ends) - 1))]
    i18n.use_language("nl")
    try:
        ScenarioDocument.from_text(text[:end] + line_break + text[end + 1 :])
    except ScenarioError as refused:
        for problem in refused.problems:
            assert english_in(problem.message) == [], problem.message


def test_a_value_python_cannot_make_elsewhere_is_refused_in_general_words(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Only an escape past U+10FFFF is known to fail this way; anything else that does is not
    # said to be one.
    def fails(loader: object) -> None:
        raise ValueError("chr() arg not in range(0x110000)")

    monkeypatch.setattr(yaml_source, "_read", fails)
    with pytest.raises(YamlProblem) as refused:
        read_in_python('format: 1\ntitle: "\\U0010FFFF"\n')
    assert refused.value.message == not_yaml(msg("yaml.unrecognised"))
