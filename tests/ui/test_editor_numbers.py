"""Numbers typed into the scenario editor are read the way the language in use writes them.

Dutch writes fifteen hundred as 1.500 and one and a half as 1,5; English as 1,500 and 1.5. A text
that is no number in the language is refused beside its field and never read as something else.
"""

from __future__ import annotations

import math
import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from tests.conftest import examples
from tests.ui.test_scenario_editor import SCENARIOS, editor, form_editor, type_into
from trainer import i18n
from trainer.i18n import Language
from trainer.ui.editor.editor_window import ScenarioEditor
from trainer.ui.editor.number_entry import (
    Reading,
    read_limit,
    read_number,
    show_limit,
    show_number,
)

__all__ = ["editor"]  # the fixture, shared with the editor's other tests

ALTITUDE = ("drones", 0, "start", "alt_agl_m")
READINGS: list[tuple[Language, str, float | None]] = [
    ("nl", "1.500", 1500),
    ("nl", "1,5", 1.5),
    ("nl", "1500", 1500),
    ("nl", "1.500,25", 1500.25),
    ("nl", "1.000.000", 1_000_000),
    ("nl", "-1.500", -1500),
    ("nl", " 60 ", 60),
    ("nl", "1,500", 1.5),  # Dutch for one and a half, written with three decimals
    ("nl", "1.5.0", None),
    ("nl", "1.5", None),  # English for one and a half: in Dutch no number, so refused
    ("nl", "1000.000", None),  # a thousands separator in the wrong place
    ("nl", "1,5,0", None),
    ("en", "1,500", 1500),
    ("en", "1.5", 1.5),
    ("en", "1500", 1500),
    ("en", "1,500.25", 1500.25),
    ("en", "1.500", 1.5),
    ("en", "1,5", None),
    ("en", "1.5.0", None),
    ("en", "1.500,25", None),
]


@pytest.mark.parametrize(("language", "text", "expected"), READINGS)
def test_a_typed_number_is_read_as_its_language_writes_it(
    language: Language, text: str, expected: float | None
) -> None:
    reading = read_number(text, language=language)
    assert reading.value == expected
    assert bool(reading.problem) == (expected is None)
    if expected is None:  # the refusal names the text and how to write a number instead
        assert f"“{text}”" in reading.problem
        assert ("1,5" if language == "nl" else "1.5") in reading.problem


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("text", ["nan", "inf", "-inf", "1e999", "", "  ", "abc", "0x10", "1_000"])
def test_what_is_no_finite_number_is_refused(language: Language, text: str) -> None:
    assert read_number(text, language=language).value is None


def test_whole_numbers_stay_whole_and_exact() -> None:
    assert read_number("1.500", language="nl").value == 1500
    assert isinstance(read_number("1.500", language="nl").value, int)
    assert isinstance(read_number("60,0", language="nl").value, float)
    assert read_number("60,0", integer=True, language="nl").value == 60
    seed = 2**62 + 1  # beyond a float's 53 bits: read digit for digit
    assert read_number(str(seed), integer=True, language="nl").value == seed


finite = st.floats(allow_nan=False, allow_infinity=False)
whole = st.integers(min_value=-(2**70), max_value=2**70)


@settings(max_examples=examples(300), deadline=None)
@given(value=st.one_of(finite, whole), language=st.sampled_from(["nl", "en"]))
def test_a_number_shown_reads_back_as_the_same_number(value: float, language: Language) -> None:
    shown = show_number(value, language)
    assert read_number(shown, language=language).value == value, shown
    other = "." if language == "nl" else ","  # the other language's decimal point
    assert other not in shown  # no thousands separator: nothing a reader could misread


@settings(max_examples=examples(300), deadline=None)
@given(
    text=st.text(alphabet="0123456789.,-+eE ", max_size=14), language=st.sampled_from(["nl", "en"])
)
def test_any_typed_text_is_a_finite_number_or_refused_with_words(
    text: str, language: Language
) -> None:
    reading = read_number(text, language=language)
    if reading.value is None:
        assert reading.problem
    else:
        assert math.isfinite(reading.value) and not reading.problem


# -- in the editor's forms ---------------------------------------------------------------------


def open_copy(editor: ScenarioEditor, tmp_path: Path) -> Path:
    source = tmp_path / "hobby.yaml"
    shutil.copy(SCENARIOS / "hobby-drone-approach-23.yaml", source)
    assert editor.open_file(source)
    editor.select_section(("drones", 0))
    return source


@pytest.mark.usefixtures("dutch_windows")
def test_dutch_1_500_in_a_form_is_fifteen_hundred_and_shown_back_as_read(
    qtbot, editor: ScenarioEditor, tmp_path: Path
) -> None:
    source = open_copy(editor, tmp_path)
    field = form_editor(editor, ALTITUDE)
    type_into(qtbot, field, "1.500")
    assert editor.document.get(ALTITUDE) == 1500
    assert isinstance(field, QLineEdit) and field.text() == "1500"  # as read: no doubt left
    type_into(qtbot, field, "12,5")
    assert editor.document.get(ALTITUDE) == 12.5 and field.text() == "12,5"
    assert editor.check_now().ok
    assert editor.save()
    text = source.read_text(encoding="utf-8")
    assert "alt_agl_m: 12.5" in text  # the file writes numbers as YAML does, in any language
    assert "# Scoring (hidden from the trainee)" in text  # comments kept


@pytest.mark.usefixtures("dutch_windows")
def test_dutch_forms_show_the_files_decimals_with_a_comma(
    qtbot, editor: ScenarioEditor, tmp_path: Path
) -> None:
    open_copy(editor, tmp_path)
    editor.document.set(ALTITUDE, 0.75)
    editor.select_section(())
    editor.select_section(("drones", 0))
    field = form_editor(editor, ALTITUDE)
    assert isinstance(field, QLineEdit) and field.text() == "0,75"


@pytest.mark.usefixtures("dutch_windows")
def test_an_entry_that_is_no_dutch_number_is_refused_beside_its_field(
    qtbot, editor: ScenarioEditor, tmp_path: Path
) -> None:
    open_copy(editor, tmp_path)
    before = editor.document.get(ALTITUDE)
    field = form_editor(editor, ALTITUDE)
    type_into(qtbot, field, "1.5.0")
    result = editor.check_now()
    assert editor.document.get(ALTITUDE) == before
    assert not result.ok and not editor.dry_run_action.isEnabled()
    problem = next(p for p in result.problems if p.field == "drones[0].start.alt_agl_m")
    assert problem.message.startswith("“1.5.0” is geen getal") and problem.line is not None
    assert editor.form is not None
    label = editor.form.errors["drones[0].start.alt_agl_m"]
    assert label.isVisible() and "Schrijf anderhalf als 1,5" in label.text()
    assert editor.status.text() == "1 probleem"
    assert isinstance(field, QLineEdit) and field.text() == "1.5.0"  # left to be put right
    assert editor.save()  # the file as it is (valid), and what was not saved in it
    assert editor.statusBar().currentMessage() == (
        "hobby.yaml opgeslagen. 1 ingetypte waarde(n) die geen getal zijn, zijn niet opgeslagen: "
        "het bestand houdt de waarde(n) van daarvoor."
    )
    type_into(qtbot, field, "1.5")  # English habit: refused, not read as 15 or 1.5
    assert editor.document.get(ALTITUDE) == before
    type_into(qtbot, field, "1,5")
    assert editor.document.get(ALTITUDE) == 1.5
    assert editor.check_now().ok and not label.isVisible()


def test_english_1_500_with_a_comma_is_fifteen_hundred(
    qtbot, editor: ScenarioEditor, tmp_path: Path
) -> None:
    open_copy(editor, tmp_path)
    field = form_editor(editor, ALTITUDE)
    type_into(qtbot, field, "1,500")
    assert editor.document.get(ALTITUDE) == 1500
    type_into(qtbot, field, "1,5")
    assert editor.document.get(ALTITUDE) == 1500  # refused: not 15, not 1.5, nor the 1 of it
    assert not editor.check_now().ok


def test_while_a_typed_text_is_no_number_the_file_keeps_the_value_before_it(
    qtbot, editor: ScenarioEditor, tmp_path: Path
) -> None:
    # Each keystroke is read (the check runs while the author types): "2.5" is 2.5 on the
    # way; "2.5." is none, and the file has what it had before this entry began, not 2.5.
    open_copy(editor, tmp_path)
    before = editor.document.get(ALTITUDE)
    field = form_editor(editor, ALTITUDE)
    assert isinstance(field, QLineEdit)
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "2.5")
    assert editor.document.get(ALTITUDE) == 2.5
    qtbot.keyClicks(field, ".")
    assert editor.document.get(ALTITUDE) == before
    qtbot.waitUntil(lambda: editor.status.text() == "1 problem", timeout=3000)
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    assert editor.document.get(ALTITUDE) == 2.5
    qtbot.waitUntil(lambda: editor.status.text() == "valid", timeout=3000)


@pytest.mark.usefixtures("dutch_windows")
def test_the_height_of_new_waypoints_reads_dutch_numbers_and_refuses_the_rest(
    qtbot, editor: ScenarioEditor
) -> None:
    box = editor.height_box
    assert box.text().startswith("60")

    def enter(text: str) -> None:
        box.setFocus()
        box.lineEdit().selectAll()
        qtbot.keyClicks(box, text)
        qtbot.keyClick(box, Qt.Key.Key_Return)

    enter("2.500")
    assert box.value() == 2500 and editor.drawing.height_m == 2500
    enter("12,5")
    assert editor.drawing.height_m == 12.5 and box.text().startswith("12,5")
    for refused in ("1.5", "1.5.0"):  # Qt's own spin box made these 15 and 150
        enter(refused)
        assert editor.drawing.height_m == 12.5
        assert "is geen getal" in editor.statusBar().currentMessage()
    enter("5000")
    assert editor.drawing.height_m == 12.5
    assert "valt buiten 0 tot 3000" in editor.statusBar().currentMessage()


def test_numbers_follow_the_language_not_the_computer() -> None:
    # A Dutch window on an English system (and the reverse) reads by the window's language.
    i18n.use_language("nl")
    try:
        assert read_number("1.500").value == 1500 and show_number(0.5) == "0,5"
    finally:
        i18n.use_language("en")
    assert read_number("1.500").value == 1.5 and show_number(0.5) == "0.5"


# -- a zone's limits: text with a number in it --------------------------------------------------

UPPER = ("airspace", "zones", 0, "upper")


@pytest.mark.parametrize(
    ("language", "typed", "written"),
    [
        ("nl", "1.500 ft AMSL", "1500 ft AMSL"),
        ("nl", "120,5 m AGL", "120.5 m AGL"),
        ("nl", "2200ft AMSL", "2200 ft AMSL"),
        ("en", "1,500 ft AMSL", "1500 ft AMSL"),
        ("en", "1.5 m AGL", "1.5 m AGL"),
        ("nl", "GND", "GND"),  # no number: as typed, for the loader to judge
        ("nl", "FL65", "FL65"),
        ("nl", "high", "high"),
    ],
)
def test_a_limits_number_is_read_as_its_language_writes_it(
    language: Language, typed: str, written: str
) -> None:
    assert read_limit(typed, language) == written


@pytest.mark.parametrize(("language", "typed"), [("nl", "1.5 ft AMSL"), ("en", "1,5 m AGL")])
def test_a_limit_whose_number_is_none_is_refused(language: Language, typed: str) -> None:
    reading = read_limit(typed, language)
    assert isinstance(reading, Reading) and reading.value is None and reading.problem


@settings(max_examples=examples(200), deadline=None)
@given(
    value=st.one_of(st.integers(0, 10**6), st.floats(0, 1e6, allow_nan=False)),
    unit=st.sampled_from(["m AGL", "ft AMSL", "ft MSL"]),
    language=st.sampled_from(["nl", "en"]),
)
def test_a_limit_shown_reads_back_as_the_files_text(
    value: float, unit: str, language: Language
) -> None:
    in_file = f"{show_number(value, 'en')} {unit}"
    assert read_limit(show_limit(in_file, language), language) == in_file


@pytest.mark.usefixtures("dutch_windows")
def test_dutch_1_500_ft_as_a_zones_upper_limit_is_fifteen_hundred_feet(
    qtbot, editor: ScenarioEditor, tmp_path: Path
) -> None:
    source = tmp_path / "flyaway.yaml"
    shutil.copy(SCENARIOS / "flyaway-test-area.yaml", source)
    assert editor.open_file(source)
    editor.select_section(("airspace",))
    upper = form_editor(editor, UPPER)
    assert isinstance(upper, QLineEdit) and upper.text() == "120 m AGL"
    type_into(qtbot, upper, "1.500 ft AMSL")
    assert editor.document.get(UPPER) == "1500 ft AMSL"  # not 1.5 ft, as the loader reads 1.500
    assert upper.text() == "1500 ft AMSL" and editor.check_now().ok
    type_into(qtbot, upper, "1.5 ft AMSL")
    assert editor.document.get(UPPER) == "1500 ft AMSL"
    assert not editor.check_now().ok and editor.form is not None
    assert "“1.5” is geen getal" in editor.form.errors["airspace.zones[0].upper"].text()
    type_into(qtbot, upper, "hoog")  # no number: written as typed, the loader says why
    assert editor.document.get(UPPER) == "hoog"
    assert any(p.field == "airspace.zones[0].upper" for p in editor.check_now().problems)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_number_a_form_shows_reads_back_unchanged(
    qtbot, editor: ScenarioEditor, tmp_path: Path, language: Language
) -> None:
    # The property through the form itself: a value of the file, shown in its field, taken
    # again by Enter, leaves the file as it was (no 0,75 read as 75, no 1500.0 as 1.5).
    open_copy(editor, tmp_path)
    i18n.use_language(language)
    values = st.one_of(
        st.floats(0, 3000, allow_nan=False), st.integers(0, 3000), st.sampled_from([1500, 0.75])
    )

    @settings(max_examples=examples(40), deadline=None)
    @given(value=values)
    def shown_and_taken_again(value: float) -> None:
        editor.document.set(ALTITUDE, value)
        assert editor.form is not None
        editor.form.rebuild()
        field = form_editor(editor, ALTITUDE)
        assert isinstance(field, QLineEdit) and field.text() == show_number(value, language)
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_Return)
        assert editor.document.get(ALTITUDE) == value and not editor.form.refused

    try:
        shown_and_taken_again()
    finally:
        i18n.use_language("en")
