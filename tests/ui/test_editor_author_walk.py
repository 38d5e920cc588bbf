"""What a scenario author ran into building a scenario from nothing in the editor (in Dutch):
each test is one rough edge found by clicking through it, kept from coming back."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.conftest import sampled
from tests.ui.test_scenario_editor import (
    NORTH_EAST,
    SCENARIOS,
    click_map,
    editor,
    form_editor,
    press,
    type_into,
)
from trainer.launch import Workspace
from trainer.ui.editor.drawing import Tool
from trainer.ui.editor.editor_window import ScenarioEditor

__all__ = ["editor"]  # the fixture, shared with the editor's other tests

DATA = Path(__file__).resolve().parents[1] / "data"


def test_a_long_problem_of_a_list_item_wraps_inside_the_form(qtbot, editor: ScenarioEditor) -> None:
    # An event with no trigger puts its (long) message under the whole item. That line did not
    # wrap: the form grew wider than its pane, and as the pane never scrolls sideways, the
    # fields and the Remove buttons were cut off at the right.
    assert editor.open_file(SCENARIOS / "two-drones.yaml")
    editor.select_section(("events",))
    press(qtbot, editor, ("events",))
    index = len(editor.document.get(("events",))) - 1
    type_into(qtbot, form_editor(editor, ("events", index, "drone")), "survey-1")
    editor.check_now()
    assert editor.form is not None
    line = editor.form.errors[f"events[{index}]"]
    qtbot.wait(20)
    assert isinstance(line, QLabel) and line.isVisible() and line.text()
    room = editor.form_area.viewport().width()
    assert editor.form.minimumSizeHint().width() <= room
    assert line.geometry().right() <= room


@pytest.mark.usefixtures("dutch_windows")
@pytest.mark.parametrize("path", sampled(sorted(SCENARIOS.glob("*.yaml")), ids=lambda p: p.stem))
def test_every_bundled_section_fits_the_form_pane_at_the_first_size(
    qtbot, editor: ScenarioEditor, path: Path
) -> None:
    # An answer key's responses and a radar's settings, nested four deep, needed some 460 px
    # in Dutch; the pane gave 400 and never scrolled sideways: their fields were cut off.
    assert editor.open_file(path)
    for section in editor.sections:
        editor.select_section(section.path)
        qtbot.wait(1)
        assert editor.form is not None
        room = editor.form_area.viewport().width()
        assert editor.form.minimumSizeHint().width() <= room, (path.name, section.path)


@pytest.mark.usefixtures("dutch_windows")
def test_a_scripted_event_on_the_timeline_says_what_happens_in_words(
    qtbot, editor: ScenarioEditor
) -> None:
    # The timeline showed the file's identifier, 'lost_link drone-1', in the Dutch editor
    # whose form offers the same action as 'besturingsverbinding verliezen'.
    assert editor.open_file(SCENARIOS / "flyaway-test-area.yaml")
    editor.check_now()
    assert [mark.text for mark in editor.dry_run_panel.timeline.scripted] == [
        "wegvliegen test-wing-1"
    ]


@pytest.mark.usefixtures("dutch_windows")
def test_a_save_the_system_refuses_says_so_in_dutch(
    qtbot, editor: ScenarioEditor, tmp_path: Path
) -> None:
    # Saving into a read-only folder showed only '<path>: Operation not permitted': the
    # system's English, and no word of what failed (the title sits in the frame, if any).
    in_the_way = tmp_path / "a-file"
    in_the_way.write_text("", encoding="utf-8")
    target = in_the_way / "mijn scenario é.yaml"  # its folder is a file: the system refuses
    assert not editor.save_to(target)
    said = editor.error_box.text()
    assert said.startswith("Het scenario kon niet worden opgeslagen als ")
    assert str(target) in said and "is geen map" in said
    assert "Not a directory" not in said
    assert editor.document.path is None  # still the new scenario, not that file


def test_airspace_an_import_leaves_out_is_named_in_the_editor(
    qtbot, editor: ScenarioEditor, tmp_path: Path
) -> None:
    # An ED-269 file of Swiss zones imported into a Twente scenario gave nothing, and the
    # editor said nothing ('geldig'); only `validate` warned. The status bar now keeps the note
    # the live window keeps, and it goes when the import is taken out.
    shutil.copy(DATA / "ed269" / "cis_source_sample_ed269.json", tmp_path / "zones.json")
    target = tmp_path / "imports.yaml"
    shutil.copy(SCENARIOS / "two-drones.yaml", target)
    assert editor.open_file(target)
    editor.document.set(("airspace", "imports"), [{"file": "zones.json", "format": "ed269"}])
    assert editor.check_now().ok
    assert editor.left_out.isVisible()
    assert len(editor.left_out.warnings) == 1
    assert "zones.json" in editor.left_out.warnings[0]
    editor.document.set(("duration_s",), -5)  # half-typed: the note stays while it is fixed
    assert not editor.check_now().ok and editor.left_out.isVisible()
    editor.document.set(("duration_s",), 600)
    editor.document.remove(("airspace", "imports"))
    editor.check_now()
    assert not editor.left_out.isVisible()


def test_an_orbit_drawn_for_a_drone_on_the_ground_is_flown_in_the_air(
    qtbot, editor: ScenarioEditor, workspace: Workspace, tmp_path: Path
) -> None:
    # A drone placed by a click starts on the ground (0 m), and an orbit is flown at the
    # start's height: the drawn orbit went round at 0 m and 10 m/s, through the fields.
    editor.canvas.zoom_to_aerodrome()
    editor.choose_tool(Tool.DRONE)
    click_map(qtbot, editor, *NORTH_EAST)
    qtbot.wait(100)  # a separate action
    editor.choose_tool(Tool.ORBIT)
    click_map(qtbot, editor, 52.2990, 6.9200)
    click_map(qtbot, editor, 52.2990, 6.9260)
    assert editor.document.get(("drones", 0, "behaviour", "kind")) == "orbit"
    assert editor.document.get(("drones", 0, "start", "alt_agl_m")) == 60
    assert "60 m" in editor.statusBar().currentMessage()
    editor.undo()  # one step takes back the orbit and the height it gave the start
    assert editor.document.get(("drones", 0, "behaviour", "kind")) == "hover"
    assert editor.document.get(("drones", 0, "start", "alt_agl_m")) == 0
    editor.redo()
    assert editor.check_now().ok
    assert editor.save_to(tmp_path / "orbit.yaml")
    engine = workspace.prepare(tmp_path / "orbit.yaml").engine()
    engine.run_until(120)
    assert engine.snapshot().alt[0] > 50  # circling at 60 m, not through the fields

    # A height the author set stays theirs.
    editor.document.set(("drones", 0, "start", "alt_agl_m"), 30)
    editor.choose_tool(Tool.LOITER)
    click_map(qtbot, editor, 52.2990, 6.9200)
    click_map(qtbot, editor, 52.2990, 6.9260)
    assert editor.document.get(("drones", 0, "behaviour", "kind")) == "loiter"
    assert editor.document.get(("drones", 0, "start", "alt_agl_m")) == 30


def test_saving_in_the_editor_reloads_the_scenario_the_window_has_open(
    window, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    # The author changed the open scenario in the editor, saved, went back and pressed Start
    # (or Restart): the run was the version loaded before the edit.
    target = tmp_path / "mine.yaml"
    shutil.copy(SCENARIOS / "two-drones.yaml", target)
    assert window.open_scenario(target)
    editor = window.instructor.show_editor()
    assert isinstance(editor, ScenarioEditor) and editor.document.path == target
    editor.document.set(("duration_s",), 621)
    assert editor.save()
    assert window.run.scenario.duration_s == 621
    assert "mine.yaml" in window.statusBar().currentMessage()
    editor.document.set(("duration_s",), 300)  # events at 470 s: a problem, saved anyway
    assert editor.save() and not editor.result.ok
    assert (
        window.run.scenario.duration_s == 621 and "problems" in window.statusBar().currentMessage()
    )

    window.toggle_run()  # a run under way keeps its version, and the author is told
    assert window.run_under_way()
    started = window.run
    editor.document.set(("duration_s",), 700)
    assert editor.save()
    assert window.run is started and window.run.scenario.duration_s == 621
    assert "under way" in window.statusBar().currentMessage()
    editor.close_by_author()


@pytest.mark.usefixtures("dutch_windows")
def test_the_dutch_problem_list_names_fields_as_the_forms_label_them(
    qtbot, editor: ScenarioEditor
) -> None:
    # 'regel 68: answer_key.incidents[1].drone: onbekende drone ...': the file's keys in the
    # Dutch list, where the form says 'antwoordsleutel', 'incidenten 2', 'drone'.
    assert editor.open_file(SCENARIOS / "two-drones.yaml")
    editor.document.set(("answer_key", "incidents", 1, "drone"), "nobody")
    editor.check_now()
    shown = [editor.problem_list.item(i) for i in range(editor.problem_list.count())]
    texts = [item.text() for item in shown]
    assert any("antwoordsleutel \u203a incidenten 2 \u203a drone: " in t for t in texts), texts
    assert not any("answer_key" in t for t in texts), texts
    incident = next(item for item in shown if "incidenten 2" in item.text())
    assert incident.toolTip() == "answer_key.incidents[1].drone"  # the file's path, on hover
    editor.problem_list.itemClicked.emit(incident)  # a click still goes to the field
    assert editor.section_list.currentItem().text() == "Antwoordsleutel"
    editor.document.set(("duration_s",), -5)
    editor.check_now()
    assert re.match(r"regel \d+: duur \(s\): ", editor.problem_list.item(0).text())


def test_the_english_problem_list_keeps_the_files_paths(qtbot, editor: ScenarioEditor) -> None:
    assert editor.open_file(SCENARIOS / "two-drones.yaml")
    editor.document.set(("duration_s",), -5)
    editor.check_now()
    assert "duration_s: " in editor.problem_list.item(0).text()


def test_a_broken_file_in_the_library_opens_in_the_editor_to_be_fixed(
    window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    # The library said what was wrong with a file and offered nothing to do about it: Open is
    # (rightly) off for a broken file, and the author had to find it again in the editor.
    import trainer.library

    mine = tmp_path / "mine"
    mine.mkdir()
    broken = mine / "te fixen.yaml"
    text = (SCENARIOS / "two-drones.yaml").read_text(encoding="utf-8")
    broken.write_text(text.replace("difficulty: 3", "difficulty: 9"), encoding="utf-8")
    monkeypatch.setattr(trainer.library, "default_user_folder", lambda: mine)
    dialog = window.instructor.show_library()
    dialog.select_path(broken)
    assert not dialog.open_button.isEnabled() and dialog.edit_button.isEnabled()
    dialog.edit_button.click()
    editor = window.instructor.editor
    assert isinstance(editor, ScenarioEditor) and editor.isVisible()
    assert editor.document.path == broken
    assert any(p.field == "difficulty" for p in editor.check_now().problems)
    editor.close_by_author()


def test_undoing_back_to_the_saved_file_leaves_nothing_unsaved(
    qtbot, editor: ScenarioEditor, tmp_path: Path
) -> None:
    # After undoing every change (or redoing back to the saved state) the title kept its '*'
    # and closing asked to save a file that had not changed.
    target = tmp_path / "two.yaml"
    shutil.copy(SCENARIOS / "two-drones.yaml", target)
    assert editor.open_file(target)
    editor.select_section(())
    type_into(qtbot, form_editor(editor, ("title",)), "Changed")
    assert editor.dirty and editor.windowTitle().startswith("*")
    editor.undo()
    assert editor.document.get(("title",)) != "Changed"
    assert not editor.dirty and not editor.windowTitle().startswith("*")
    editor.redo()
    assert editor.dirty
    assert editor.save()
    editor.undo()
    assert editor.dirty  # the saved file has the change: undoing it is unsaved work
    editor.redo()
    assert not editor.dirty


def test_an_item_added_in_a_form_starts_with_an_id_a_drone_and_a_place(
    qtbot, editor: ScenarioEditor
) -> None:
    # 'Add to manned traffic' gave an empty id (refused at once), 'Add to birds' a flock at
    # latitude -90, longitude -180, 'Add to events' an event for drone ''.
    assert editor.open_file(SCENARIOS / "two-drones.yaml")
    for section in (("manned",), ("birds",), ("events",)):
        editor.select_section(section)
        press(qtbot, editor, section)
    manned = editor.document.get(("manned", 0))
    assert manned["id"] == "flight-1"
    flock = editor.document.get(("birds", 0))
    assert flock["id"] == "flock-1"
    assert (
        abs(flock["start"]["lat"] - 52.2758) < 0.01 and abs(flock["start"]["lon"] - 6.8892) < 0.01
    )
    event = editor.document.get(("events", len(editor.document.get(("events",))) - 1))
    assert event["drone"] == "survey-1"
    problems = [p.field for p in editor.check_now().problems]
    assert not any(f.startswith(("manned[0].id", "birds[0]")) for f in problems), problems
    assert not any(f.endswith(".drone") for f in problems), problems


def test_an_airspace_file_to_import_is_chosen_with_a_button(
    qtbot, editor: ScenarioEditor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The import's 'file' was a bare line: the author typed a path relative to the scenario
    # by hand. The '…' beside it chooses the file and writes it as the format reads it.
    from PySide6.QtWidgets import QToolButton

    from trainer.ui.editor import file_field

    (tmp_path / "data").mkdir()
    chosen = tmp_path / "data" / "zones nl.json"
    shutil.copy(DATA / "ed269" / "cis_source_sample_ed269.json", chosen)
    target = tmp_path / "scenario.yaml"
    shutil.copy(SCENARIOS / "two-drones.yaml", target)
    assert editor.open_file(target)
    editor.select_section(("airspace",))
    press(qtbot, editor, ("airspace", "imports"))
    asked: list[str] = []

    def ask(_parent: object, _caption: str, folder: str) -> str:
        asked.append(folder)
        return str(chosen)

    monkeypatch.setattr(file_field, "ask_file", ask)
    line = form_editor(editor, ("airspace", "imports", 0, "file"))
    qtbot.wait(20)
    chooser = line.parentWidget().findChild(QToolButton)
    assert chooser is not None and chooser.isVisible()
    qtbot.mouseClick(chooser, Qt.MouseButton.LeftButton)
    assert asked == [str(tmp_path)]  # it opens where the scenario is
    assert editor.document.get(("airspace", "imports", 0, "file")) == "data/zones nl.json"
    editor.document.set(("airspace", "imports", 0, "format"), "ed269")
    assert editor.check_now().ok


def test_a_chosen_file_is_written_relative_to_the_scenario_only_when_in_its_folder(
    tmp_path: Path,
) -> None:
    from trainer.ui.editor.file_field import as_written

    scenario = tmp_path / "lessons" / "week 3" / "scenario.yaml"
    below = tmp_path / "lessons" / "week 3" / "logs" / "f.ulg"
    assert as_written(below, scenario) == "logs/f.ulg"
    # Beside the scenario's folder: '../shared/nl.txt' would break when the scenario moved alone.
    beside = tmp_path / "lessons" / "shared" / "nl.txt"
    assert as_written(beside, scenario) == beside.resolve().as_posix()
    assert as_written(Path("/data/nl.txt"), None) == "/data/nl.txt"  # not saved yet
