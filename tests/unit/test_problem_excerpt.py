"""What was written, shown in a problem: cut to fit a line, never inside an escape."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import SCENARIOS
from trainer.cli import main
from trainer.scenario.problem_text import SHORT_LENGTH, short

# Controls, bidi overrides and marks, a quote and a backslash: what repr escapes, or quotes.
TRICKY = st.sampled_from(
    ["\u202e", "\u2066", "\u200f", "\x00", "\x1b", "\n", "\\", "'", '"', "\x85"]
)
TEXT = st.lists(st.one_of(TRICKY, st.characters(blacklist_categories=("Cs",))), min_size=40).map(
    "".join
)


@given(TEXT)
def test_an_excerpt_is_whole_characters_and_no_longer_than_stated(value: str) -> None:
    shown = short(value)
    assert len(shown) <= SHORT_LENGTH
    if shown == repr(value):
        return
    assert shown.endswith("...")
    body = shown.removesuffix("...")
    # Closed with its quote, the excerpt reads back as the start of the value: a cut inside
    # "\u202e" or after the first "\" of "\\" would not read at all.
    assert value.startswith(ast.literal_eval(body + body[0]))
    assert len(body) > SHORT_LENGTH - len("...") - len("\\U0001f600")


def test_a_long_title_with_a_bidi_override_is_cut_before_its_escape(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (SCENARIOS / "two-drones.yaml").read_text(encoding="utf-8")
    title = "<b>Evil</b> " + "x" * 42 + "\u202e" + "y" * 100
    broken = tmp_path / "long-title.yaml"
    lines = [
        f'title: "{title}"' if line.startswith("title:") else line for line in text.splitlines()
    ]
    broken.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert main(["validate", str(broken)]) == 1
    out = capsys.readouterr().out
    assert "String should have at most 120 characters (got '<b>Evil</b> " in out
    assert "x...)" in out and "\\u20" not in out
