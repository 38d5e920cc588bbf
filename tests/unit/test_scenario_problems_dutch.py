"""A scenario's problems in Dutch, by pydantic's error type; English stays pydantic's words."""

from __future__ import annotations

import re
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, Literal

import pytest
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from tests.conftest import SCENARIOS
from trainer import i18n
from trainer.cli import main
from trainer.scenario.problem_text import (
    _BY_TYPE,
    _COUNTED,
    NO_INPUT_SHOWN,
    pydantic_message,
    short,
)


class Colour(StrEnum):
    RED = "red"
    BLUE = "blue"


class Inner(BaseModel):
    value: float = 0


class Circle(BaseModel):
    kind: Literal["circle"]


class Square(BaseModel):
    kind: Literal["square"]


class Sample(BaseModel):
    """A field of each constraint the scenario format uses."""

    model_config = ConfigDict(extra="forbid")
    number: float = 0
    positive: float = Field(0.5, gt=0)
    at_least: float = Field(0, ge=0.25)
    below: float = Field(0, lt=5)
    at_most: float = Field(0, le=5)
    whole: int = 0
    text: str = ""
    flag: bool = False
    items: list[int] = []
    two_or_more: list[int] = Field([1, 2], min_length=2)
    at_most_one: list[int] = Field([], max_length=1)
    named: str = Field("x", min_length=1)
    short_text: str = Field("", max_length=3)
    pattern: str = Field("a", pattern="^a+$")
    choice: Literal["x", "y", "z"] = "x"
    colour: Colour = Colour.RED
    finite: float = Field(0, allow_inf_nan=False)
    pair: tuple[float, float] = (0, 0)
    mapping: dict[str, int] = {}
    inner: Inner = Inner()
    shape: Annotated[Circle | Square, Field(discriminator="kind")] = Circle(kind="circle")
    required: int


WRONG: list[dict[str, Any]] = [
    {"number": "x"}, {"number": [1]}, {"positive": 0}, {"at_least": 0.1}, {"below": 9},
    {"at_most": 9}, {"whole": 1.5}, {"whole": "x"}, {"whole": [1]}, {"text": 1},
    {"flag": "maybe"}, {"flag": [1]}, {"items": 1}, {"two_or_more": [1]}, {"at_most_one": [1, 2]},
    {"named": ""}, {"short_text": "abcd"}, {"pattern": "b"}, {"choice": "w"}, {"colour": "green"},
    {"finite": float("inf")}, {"pair": 1}, {"mapping": 1}, {"inner": "x"}, {"shape": {}},
]  # fmt: skip


def errors() -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for wrong in WRONG:
        with pytest.raises(ValidationError) as raised:
            Sample.model_validate({"required": 1, **wrong})
        found.extend(dict(e) for e in raised.value.errors())
    with pytest.raises(ValidationError) as raised:
        Sample.model_validate({})
    found.extend(dict(e) for e in raised.value.errors())
    return found


def in_language(language: i18n.Language, error: dict[str, Any]) -> str:
    i18n.use_language(language)
    try:
        return pydantic_message(error)
    finally:
        i18n.use_language("en")


def test_the_samples_reach_every_type_we_translate() -> None:
    assert set(_BY_TYPE) | set(_COUNTED) <= {e["type"] for e in errors()}


@pytest.mark.parametrize("error", errors(), ids=lambda e: str(e["type"]))
def test_english_is_pydantics_own_words(error: dict[str, Any]) -> None:
    if error["type"] == "missing":
        assert in_language("en", error) == "required field is missing"  # the loader's words
        return
    expected = str(error["msg"])
    if error["type"] not in NO_INPUT_SHOWN:
        expected += f" (got {short(error['input'])})"
    assert in_language("en", error) == expected


@pytest.mark.parametrize("error", errors(), ids=lambda e: str(e["type"]))
def test_dutch_has_its_own_words_for_each_type(error: dict[str, Any]) -> None:
    dutch = in_language("nl", error)
    assert dutch != in_language("en", error)
    for english in ("should", "Input", "String", "valid", "required", "got", " or "):
        assert english not in dutch, dutch


def test_dutch_numbers_have_a_decimal_comma() -> None:
    [error] = [e for e in errors() if e["type"] == "greater_than_equal"]
    assert in_language("nl", error) == "moet 0,25 of groter zijn (ingevuld: 0.1)"


ENGLISH = re.compile(
    r"\b(should|Input|required|missing|unknown|field|allowed|did you mean|got|problems?|"
    r"after|duplicate|valid)\b"
)


def test_validate_in_dutch_names_file_line_and_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = (SCENARIOS / "two-drones.yaml").read_text(encoding="utf-8")
    for old, new in [
        ("format: 1\n", ""),  # missing
        ("seed: 21", "seed: 21\nsim: 3"),  # an unknown field
        ("duration_s: 600", "duration_s: -5"),  # greater_than
        ("difficulty: 3", "difficulty: hard"),  # int_parsing
        ("tags: [two-drones", "tags: two-drones\nx_tags: [two-drones"),  # list_type, a typo
        ("type: multirotor", "type: blimp"),  # enum
        ("speed_mps: 3}", "speed_mps: fast}"),  # float_parsing, deep in a list
    ]:
        assert old in text
        text = text.replace(old, new, 1)
    broken = tmp_path / "broken.yaml"
    broken.write_text(text, encoding="utf-8")
    monkeypatch.setenv(i18n.ENV_VAR, "nl")
    try:
        assert main(["--lang", "nl", "validate", str(broken)]) == 1
    finally:
        i18n.use_language("en")
    shown = capsys.readouterr()
    header, *problems = shown.out.splitlines()
    assert header == f"{broken}: 8 problemen" and len(problems) == 8
    assert "0 geldig, 1 kapot" in shown.err
    fields = []
    for line in problems:
        where = re.match(rf"  {re.escape(str(broken))}:(\d+): ([\w.\[\]]+): ", line)
        assert where, line
        fields.append(where.group(2))
        assert not ENGLISH.search(line[where.end() :]), line
    assert fields == ["format", "difficulty", "tags", "x_tags", "duration_s", "sim",
                      "drones[0].type", "drones[0].behaviour.waypoints[0].speed_mps"]  # fmt: skip
    assert "x_tags: onbekend veld 'x_tags'; bedoel je 'tags'?" in shown.out
    assert "duration_s: moet groter zijn dan 0 (ingevuld: -5)" in shown.out
