"""The editor's choices (zone kinds, responses, classifications) in words of the language in use,
while the file keeps its identifiers."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QGroupBox, QLineEdit, QListWidget, QWidget

from tests.ui.test_scenario_editor import SCENARIOS, editor, form_editor, press, type_into
from trainer import i18n
from trainer.i18n import en
from trainer.scenario.authoring import ScenarioDocument
from trainer.scenario.schema_walk import SchemaWalker
from trainer.ui.editor.choice_words import AS_WRITTEN, FIELD_WORDS, WORDS, choice_word
from trainer.ui.editor.editor_window import ScenarioEditor
from trainer.ui.editor.params_text import mapping_text, parse_mapping

__all__ = ["editor"]  # the fixture, shared with the editor's other tests

INCIDENT = ("answer_key", "incidents", 0)


def format_choices() -> set[tuple[str, str]]:
    """Every (field, choice) of the format: enum values and the kinds of each union."""
    walker = SchemaWalker()
    found: set[tuple[str, str]] = set()
    seen: set[str] = set()

    def walk(node: Any, name: str) -> None:
        key = repr(sorted(node.items())) if isinstance(node, dict) else ""
        if key in seen:
            return
        seen.add(key)
        kind = walker.kind_of(node)
        if kind == "enum":
            found.update((name, choice) for choice in walker.choices(node))
        elif kind == "union":
            tag = walker.discriminator(node)
            for choice in walker.choices(node):
                found.add((tag, choice))
                walk(walker.variant(node, choice), name)
        elif kind == "object":
            for spec in walker.fields(node):
                walk(spec.schema, spec.name)
        elif kind == "list":
            walk(walker.items(node), name)

    walk(walker.root, "")
    return found


def test_every_choice_of_the_format_has_words() -> None:
    choices = format_choices()
    assert len(choices) > 80  # the walk reached the whole format
    missing = sorted(
        (field, value)
        for field, value in choices
        if value not in AS_WRITTEN
        and value not in WORDS
        and (field, value) not in FIELD_WORDS
        and not (field == "event" and f"cli.kind.{value}" in en.MESSAGES)
    )
    assert missing == [], (
        f"give these choices words in trainer/ui/editor/choice_words.py: {missing}"
    )


@pytest.mark.usefixtures("dutch_windows")
def test_in_dutch_no_choice_is_shown_as_an_identifier() -> None:
    for field, value in format_choices():
        word = choice_word(field, value)
        assert "_" not in word, (field, value, word)
        same = ("multirotor", "route", "circuit", "vtol", "atz", "rmz", "ctr", "tmz")
        if value not in AS_WRITTEN and value not in same:
            assert word.casefold() != value.casefold(), (field, value)  # a Dutch word exists
    assert choice_word("kind", "suspend_operations") == "Baangebruik opschorten (ophouden)"
    assert choice_word("kind", "uas_prohibited") == "UAS-zone, verboden"  # as the map's legend
    assert choice_word("offender", "none") == "geen overtreder"
    assert choice_word("eu_class", "none").startswith("geen klasse")
    assert choice_word("event", "landed") == "geland"  # as `simulate` lists events


def combo_at(editor: ScenarioEditor, path: tuple[str | int, ...]) -> QComboBox:
    combo = form_editor(editor, path)
    assert isinstance(combo, QComboBox)
    return combo


def pick_text(combo: QComboBox, text: str) -> None:
    """Choose as an author does: by the words the list shows."""
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not among {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)


@pytest.mark.usefixtures("dutch_windows")
def test_dutch_responses_and_zone_kinds_are_chosen_in_words_and_saved_as_identifiers(
    qtbot, editor: ScenarioEditor, tmp_path: Path
) -> None:
    source = tmp_path / "hobby.yaml"
    shutil.copy(SCENARIOS / "hobby-drone-approach-23.yaml", source)
    assert editor.open_file(source)
    editor.select_section(("answer_key",))
    police = combo_at(editor, (*INCIDENT, "expected", 4, "kind"))
    assert police.currentText() == "Politie inschakelen" and police.currentData() == "notify_police"
    assert police.itemData(police.currentIndex(), Qt.ItemDataRole.ToolTipRole) == (
        "kind: notify_police"  # the file's identifier, for authors who also write YAML
    )
    assert combo_at(editor, (*INCIDENT, "clock", "kind")).currentText() == "eerste detectie"
    assert combo_at(editor, (*INCIDENT, "expected", 5, "clock", "event")).currentText() == "geland"
    pick_text(police, "Exploitant benaderen")
    assert editor.document.get((*INCIDENT, "expected", 4, "kind")) == "contact_operator"
    titles = [box.title() for box in editor.form.findChildren(QGroupBox)] if editor.form else []
    assert "verwachte handelingen 1: Bevestigen" in titles  # items named in words too
    assert "verwachte handelingen 4: Twente Radio informeren" in titles  # short: form's width

    editor.select_section(())
    offender = combo_at(editor, ("offender",))
    assert offender.currentText() == "onwetend of onvoorzichtig"  # as the library says it
    editor.select_section(("drones", 0))
    assert combo_at(editor, ("drones", 0, "eu_class")).currentText() == "C0"
    assert combo_at(editor, ("drones", 0, "behaviour", "kind")).currentText() == "route"
    assert editor.check_now().ok
    assert editor.save()
    text = source.read_text(encoding="utf-8")
    assert "- {kind: contact_operator, window_s: 120, points: 15}" in text  # flow style kept
    assert "# The drone lands about 30 s before the run ends: close promptly." in text
    assert "Exploitant" not in text and "offender: clueless" in text


@pytest.mark.usefixtures("dutch_windows")
def test_a_drawn_zones_kind_is_shown_and_chosen_in_dutch(
    qtbot, editor: ScenarioEditor, tmp_path: Path
) -> None:
    source = tmp_path / "flyaway.yaml"
    shutil.copy(SCENARIOS / "flyaway-test-area.yaml", source)
    assert editor.open_file(source)
    editor.select_section(("airspace",))
    kind = combo_at(editor, ("airspace", "zones", 0, "kind"))
    assert kind.currentText() == "Dronetestgebied"
    pick_text(kind, "Gevoelige locatie")
    assert editor.document.get(("airspace", "zones", 0, "kind")) == "sensitive_site"
    assert editor.check_now().ok
    sensors = editor.sensor_kind_box  # the Sensor tool's kinds, in words too
    pick_text(sensors, "RF-detectoren")
    assert editor.drawing.sensor_kind == "rf_detectors"


@pytest.mark.usefixtures("dutch_windows")
def test_classifications_in_an_answer_key_read_and_write_dutch_words(
    qtbot, editor: ScenarioEditor
) -> None:
    assert editor.open_file(SCENARIOS / "hobby-drone-approach-23.yaml")
    editor.select_section(("answer_key",))
    judged = form_editor(editor, (*INCIDENT, "penalised", 0, "params"))
    assert isinstance(judged, QLineEdit)
    assert judged.text() == "classificatie: vogel, bemand luchtvaartuig, valse track"
    type_into(qtbot, judged, "classificatie: Vogel, valse track")
    assert editor.document.plain()["answer_key"]["incidents"][0]["penalised"][0]["params"] == {
        "classification": ["bird", "false_track"]
    }
    type_into(qtbot, judged, "classification: manned")  # the file's own words are read too
    assert editor.document.get((*INCIDENT, "penalised", 0, "params", "classification")) == "manned"
    type_into(qtbot, judged, "classificatie: vliegtuig")  # no such classification
    problems = editor.check_now().problems
    assert any("'vliegtuig'" in p.message for p in problems), problems


def test_params_words_read_back_as_shown_in_both_languages() -> None:
    params = {"classification": ["drone", "bird", "manned", "false_track"]}
    for language in ("en", "nl"):
        i18n.use_language(language)  # type: ignore[arg-type]
        try:
            for value in (params, {"identity": "unauthorised"}, {"level": "medium"}):
                assert parse_mapping(mapping_text(value)) == value
        finally:
            i18n.use_language("en")


@pytest.mark.usefixtures("dutch_windows")
def test_an_imports_zone_kinds_are_ticked_in_words(
    qtbot, editor: ScenarioEditor, tmp_path: Path
) -> None:
    source = tmp_path / "hobby.yaml"
    shutil.copy(SCENARIOS / "hobby-drone-approach-23.yaml", source)
    assert editor.open_file(source)
    editor.select_section(("airspace",))
    press(qtbot, editor, ("airspace", "imports"))
    ticks = form_editor(editor, ("airspace", "imports", 0, "kinds"))
    assert isinstance(ticks, QListWidget)
    words = {ticks.item(row).text(): ticks.item(row) for row in range(ticks.count())}
    assert "UAS-zone, verboden" in words and "uas_prohibited" not in words
    words["UAS-zone, verboden"].setCheckState(Qt.CheckState.Checked)
    words["Verboden gebied"].setCheckState(Qt.CheckState.Checked)
    assert editor.document.get(("airspace", "imports", 0, "kinds")) == [
        "uas_prohibited",
        "prohibited",
    ]
    words["UAS-zone, verboden"].setCheckState(Qt.CheckState.Unchecked)
    words["Verboden gebied"].setCheckState(Qt.CheckState.Unchecked)
    assert editor.document.get(("airspace", "imports", 0, "kinds")) is None  # none: all kinds
    reread = ScenarioDocument.from_text(editor.document.to_text())
    assert reread.get(("airspace", "assets")) == ["twente"]


def wheel(widget: QWidget, steps: int) -> None:
    """Turn the mouse wheel over a widget (down for steps < 0)."""
    at = QPointF(widget.rect().center())
    event = QWheelEvent(
        at,
        QPointF(widget.mapToGlobal(at.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_scrolling_the_form_past_a_choice_leaves_it_alone(qtbot, editor: ScenarioEditor) -> None:
    assert editor.open_file(SCENARIOS / "hobby-drone-approach-23.yaml")
    editor.select_section(("answer_key",))
    first = combo_at(editor, (*INCIDENT, "expected", 0, "kind"))
    wheel(first, -3)
    assert first.currentData() == "acknowledge" and not editor.dirty
    first.setFocus()  # clicked: now the wheel is the author's way of choosing
    wheel(first, -1)
    assert first.currentData() == "classify"
    assert editor.document.get((*INCIDENT, "expected", 0, "kind")) == "classify"
