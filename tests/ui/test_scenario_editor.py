"""The scenario editor as an author uses it: clicks on the map, typing in forms, saving."""

from __future__ import annotations

import random
import shutil
import threading
import typing
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, QSettings, Qt
from PySide6.QtWidgets import QComboBox, QGroupBox, QLineEdit, QPushButton, QWidget

from tests.conftest import sampled
from trainer.cli import main as cli_main
from trainer.launch import Workspace
from trainer.scenario.authoring import ScenarioDocument
from trainer.scenario.loader import load_scenario
from trainer.scenario.model import Drone
from trainer.scoring.bots import make_bot
from trainer.training_run import run_headless
from trainer.ui.app import configure_pyqtgraph
from trainer.ui.editor.drawing import Tool
from trainer.ui.editor.editor_window import CANCEL, DISCARD, ScenarioEditor

SCENARIOS = Path(__file__).resolve().parents[2] / "scenarios"
# Map points near the aerodrome, well inside the format's distance limit (WGS84).
NORTH_EAST = (52.2990, 6.9270)


@pytest.fixture
def editor(qtbot, workspace: Workspace, settings: QSettings) -> ScenarioEditor:  # type: ignore[no-untyped-def]
    configure_pyqtgraph()
    window = ScenarioEditor(workspace, settings)
    qtbot.addWidget(window)
    window.resize(1500, 950)
    window.show()
    qtbot.waitExposed(window)
    window.ask_unsaved = lambda: DISCARD  # tests that care set their own answer
    return window


def click_map(qtbot, editor: ScenarioEditor, lat: float, lon: float) -> None:  # type: ignore[no-untyped-def]
    """A left click on the canvas at a place, through the view's own transform."""
    x, y = editor.workspace.projector.to_rd(lat, lon)
    scene = editor.canvas.view.mapViewToScene(QPointF(x, y))
    pixel = editor.canvas.mapFromScene(scene)
    qtbot.mouseClick(editor.canvas.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(pixel))


def type_into(qtbot, widget: QWidget, text: str) -> None:  # type: ignore[no-untyped-def]
    assert isinstance(widget, QLineEdit)
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def form_editor(editor: ScenarioEditor, path: tuple[str | int, ...]) -> QWidget:
    assert editor.form is not None
    return editor.form.editor(path)


def press(qtbot, editor: ScenarioEditor, path: tuple[str | int, ...]) -> None:  # type: ignore[no-untyped-def]
    button = form_editor(editor, path)
    assert isinstance(button, QPushButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def choose(editor: ScenarioEditor, path: tuple[str | int, ...], identifier: str) -> None:
    """Pick the choice the file writes as `identifier` (the list shows it in words)."""
    combo = form_editor(editor, path)
    assert isinstance(combo, QComboBox)
    index = combo.findData(identifier)
    assert index >= 0, f"{identifier!r} is not offered"
    combo.setCurrentIndex(index)


def test_a_scenario_from_nothing_by_clicks_and_typing_validates_and_scores(
    qtbot, editor: ScenarioEditor, tmp_path: Path, workspace: Workspace
) -> None:
    assert not editor.check_now().ok  # a new scenario has no drone yet
    editor.canvas.zoom_to_aerodrome()
    editor.choose_tool(Tool.DRONE)
    click_map(qtbot, editor, *NORTH_EAST)
    assert editor.document.get(("drones", 0, "id")) == "drone-1"
    assert editor.selected_drone() == 0

    editor.choose_tool(Tool.ROUTE)
    for lat, lon in ((52.2960, 6.9300), (52.2935, 6.9320), (52.2915, 6.9260)):
        click_map(qtbot, editor, lat, lon)
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Return)
    waypoints = editor.document.get(("drones", 0, "behaviour", "waypoints"))
    assert len(waypoints) == 3
    assert abs(waypoints[1]["lat"] - 52.2935) < 1e-4 and abs(waypoints[1]["lon"] - 6.9320) < 1e-4

    editor.select_section(())
    type_into(qtbot, form_editor(editor, ("id",)), "made-by-clicks")
    type_into(qtbot, form_editor(editor, ("title",)), "A drone north-east of the field")
    type_into(qtbot, form_editor(editor, ("duration_s",)), "400")
    assert editor.check_now().ok, editor.result

    # The answer key, entirely in forms.
    editor.select_section(("answer_key",))
    press(qtbot, editor, ("answer_key",))
    press(qtbot, editor, ("answer_key", "incidents"))
    type_into(qtbot, form_editor(editor, ("answer_key", "incidents", 0, "id")), "intruder")
    type_into(qtbot, form_editor(editor, ("answer_key", "incidents", 0, "drone")), "drone-1")
    press(qtbot, editor, ("answer_key", "incidents", 0, "expected"))
    expected = ("answer_key", "incidents", 0, "expected", 0)
    choose(editor, (*expected, "kind"), "acknowledge")
    type_into(qtbot, form_editor(editor, (*expected, "window_s")), "60")
    type_into(qtbot, form_editor(editor, (*expected, "points")), "10")
    result = editor.check_now()
    assert result.ok, result.problems

    target = tmp_path / "made.yaml"
    assert editor.save_to(target)
    assert not editor.dirty
    assert cli_main(["validate", str(target)]) == 0
    prepared = workspace.prepare(target)
    perfect = run_headless(prepared, make_bot("perfect", prepared.scenario)).sheet
    idle = run_headless(prepared, make_bot("idle", prepared.scenario)).sheet
    assert perfect.passed and perfect.total == 10
    assert not idle.passed and idle.total == 0


def test_editing_a_bundled_route_by_clicks_keeps_the_rest_and_validates(
    qtbot, editor: ScenarioEditor, tmp_path: Path, workspace: Workspace
) -> None:
    source = tmp_path / "hobby.yaml"
    shutil.copy(SCENARIOS / "hobby-drone-approach-23.yaml", source)
    assert editor.open_file(source)
    before = load_scenario(source, workspace.library)
    editor.select_section(("drones", 0))
    editor.choose_tool(Tool.ROUTE)
    click_map(qtbot, editor, 52.2990, 6.9250)
    click_map(qtbot, editor, 52.2960, 6.9320)
    editor.finish_shape()
    assert editor.dirty and editor.windowTitle().startswith("*")
    assert editor.save()
    after = load_scenario(source, workspace.library)
    assert len(after.drones[0].behaviour.waypoints) == 2  # type: ignore[union-attr]
    assert after.answer_key == before.answer_key and after.events == before.events
    text = source.read_text(encoding="utf-8")
    assert "# Scoring (hidden from the trainee)" in text  # the author's comments stay


def test_a_wrong_value_is_shown_next_to_its_field_with_the_loaders_message(
    qtbot, editor: ScenarioEditor
) -> None:
    assert editor.open_file(SCENARIOS / "hobby-drone-approach-23.yaml")
    editor.select_section(("drones", 0))
    field = form_editor(editor, ("drones", 0, "start", "alt_agl_m"))
    type_into(qtbot, field, "3500")  # a number, above the format's 3000 m
    result = editor.check_now()
    assert not result.ok
    problem = next(p for p in result.problems if p.field == "drones[0].start.alt_agl_m")
    assert "less than or equal to 3000" in problem.message
    assert editor.form is not None
    label = editor.form.errors["drones[0].start.alt_agl_m"]
    assert label.isVisible() and "less than or equal to 3000" in label.text()
    assert editor.status.text() == "1 problem"


def test_a_zone_with_two_corners_is_refused_and_a_route_needs_a_point(
    qtbot, editor: ScenarioEditor
) -> None:
    editor.canvas.zoom_to_aerodrome()
    editor.choose_tool(Tool.ROUTE)
    click_map(qtbot, editor, *NORTH_EAST)
    assert "Select a drone first" in editor.statusBar().currentMessage()
    editor.choose_tool(Tool.DRONE)
    click_map(qtbot, editor, *NORTH_EAST)
    editor.choose_tool(Tool.ROUTE)
    editor.finish_shape()
    assert "at least one waypoint" in editor.statusBar().currentMessage()
    assert editor.document.get(("drones", 0, "behaviour", "kind")) == "hover"

    editor.choose_tool(Tool.POLYGON)
    click_map(qtbot, editor, 52.2900, 6.9000)
    click_map(qtbot, editor, 52.2950, 6.9050)
    editor.finish_shape()
    assert "at least 3 corners" in editor.statusBar().currentMessage()
    assert editor.document.get(("airspace", "zones")) is None
    click_map(qtbot, editor, 52.2900, 6.9100)
    editor.finish_shape()
    zone = editor.document.get(("airspace", "zones", 0))
    assert len(zone["polygon"]) == 3 and zone["lower"] == "GND"
    assert editor.check_now().ok  # a drone and a zone: a valid (if unscored) scenario


def test_unsaved_changes_ask_before_they_are_lost(qtbot, editor: ScenarioEditor) -> None:
    editor.choose_tool(Tool.DRONE)
    editor.canvas.zoom_to_aerodrome()
    click_map(qtbot, editor, *NORTH_EAST)
    asked: list[str] = []
    editor.ask_unsaved = lambda: asked.append("asked") or CANCEL
    assert not editor.open_file(SCENARIOS / "two-drones.yaml")
    assert editor.document.get(("drones", 0, "id")) == "drone-1"  # nothing lost
    assert not editor.close_by_author()
    assert asked == ["asked", "asked"] and editor.isVisible()
    editor.ask_unsaved = lambda: DISCARD
    assert editor.open_file(SCENARIOS / "two-drones.yaml")
    assert not editor.dirty


def test_a_broken_file_is_refused_with_the_loaders_message(
    qtbot, editor: ScenarioEditor, tmp_path: Path
) -> None:
    hostile = tmp_path / "hostile.yaml"
    hostile.write_text("format: !!python/object/apply:os.system ['true']\n", encoding="utf-8")
    assert not editor.open_file(hostile)
    assert "hostile.yaml" in editor.error_box.text()
    aliases = tmp_path / "aliases.yaml"
    aliases.write_text("a: &x [1]\nb: *x\n", encoding="utf-8")
    assert not editor.open_file(aliases)
    assert "aliases" in editor.error_box.text()


@pytest.mark.parametrize("source", sampled(sorted(SCENARIOS.glob("*.yaml")), ids=lambda p: p.stem))
def test_every_section_of_a_bundled_scenario_has_a_form_without_errors(
    editor: ScenarioEditor, source: Path
) -> None:
    assert editor.open_file(source)
    assert editor.result is not None and editor.result.ok
    for row, section in enumerate(editor.sections):
        editor.section_list.setCurrentRow(row)
        assert editor.form is not None and editor.form.path == section.path
        assert not any(label.isVisible() for label in editor.form.errors.values())
    assert not editor.dirty  # looking changes nothing


def test_the_dry_run_shows_the_scripted_trainees_scores(qtbot, editor: ScenarioEditor) -> None:
    assert editor.open_file(SCENARIOS / "hobby-drone-approach-23.yaml")
    with qtbot.waitSignal(editor.dry_run_panel.done, timeout=120_000):
        assert editor.start_dry_run()
    table = editor.dry_run_panel.scores
    rows = {table.item(r, 0).text(): table.item(r, 3).text() for r in range(table.rowCount())}
    assert rows == {"perfect": "yes", "idle": "no", "panic": "no", "late": "no", "human": "yes"}
    assert "Fair" in editor.dry_run_panel.state.text()
    assert editor.dry_run_panel.timeline.happened  # what happened, on the timeline


def test_a_click_on_the_timeline_adds_a_scripted_event(qtbot, editor: ScenarioEditor) -> None:
    assert editor.open_file(SCENARIOS / "hobby-drone-approach-23.yaml")
    timeline = editor.dry_run_panel.timeline
    editor.tabs.setCurrentWidget(editor.dry_run_panel)
    x = int(timeline.x_of(300))
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=QPoint(x, int(timeline.axis_y())))
    event = editor.document.get(("events", 1))
    assert event["drone"] == "hobby-1" and abs(event["at_s"] - 300) <= 2
    assert editor.check_now().ok
    assert len(timeline.scripted) == 2


def test_the_instructor_menu_opens_the_editor_on_the_open_scenario(window) -> None:  # type: ignore[no-untyped-def]
    window.open_scenario(SCENARIOS / "two-drones.yaml")
    window.instructor.editor_action.trigger()
    editor = window.instructor.editor
    assert isinstance(editor, ScenarioEditor) and editor.isVisible()
    assert editor.document.path == SCENARIOS / "two-drones.yaml"
    editor.document.set(("title",), "Changed, not saved")
    editor.ask_unsaved = lambda: pytest.fail("trainee mode must not wait for the author")
    window.set_role("trainee")  # the trainee never sees the editor; the work is kept
    assert not editor.isVisible() and editor.dirty
    window.set_role("instructor")
    assert window.instructor.show_editor() is editor
    assert editor.document.get(("title",)) == "Changed, not saved"
    editor.ask_unsaved = lambda: DISCARD
    assert editor.close_by_author()


def test_fields_new_to_the_format_appear_in_the_forms_by_themselves(
    qtbot, editor: ScenarioEditor, tmp_path: Path
) -> None:
    # Airspace imports and recorded-flight behaviours were added to the format after the
    # editor was written: the forms offer them because they are read from the schema.
    source = tmp_path / "hobby.yaml"
    shutil.copy(SCENARIOS / "hobby-drone-approach-23.yaml", source)
    (tmp_path / "local.txt").write_text(
        "* A restricted area written for this test\n"
        "AC R\nAN TEST AREA R1\nAL GND\nAH 2000ft MSL\n"
        "DP 52:17:00 N 006:55:00 E\nDP 52:17:00 N 006:57:00 E\n"
        "DP 52:16:00 N 006:57:00 E\nDP 52:16:00 N 006:55:00 E\n",
        encoding="latin-1",
    )
    assert editor.open_file(source)
    assert editor.canvas.airspace is not None
    zones_before = len(editor.canvas.airspace.zones)
    editor.select_section(("airspace",))
    press(qtbot, editor, ("airspace", "imports"))
    item = ("airspace", "imports", 0)
    type_into(qtbot, form_editor(editor, (*item, "file")), "local.txt")
    choose(editor, (*item, "format"), "openair")
    result = editor.check_now()
    assert result.ok, result.problems
    assert len(editor.canvas.airspace.zones) == zones_before + 1  # drawn behind the draft

    editor.select_section(("drones", 0))
    combo = form_editor(editor, ("drones", 0, "behaviour", "kind"))
    assert isinstance(combo, QComboBox)
    offered = {combo.itemData(i) for i in range(combo.count())}
    annotation = Drone.model_fields["behaviour"].annotation
    kinds = {
        typing.get_args(member.model_fields["kind"].annotation)[0]
        for member in typing.get_args(annotation)
    }
    assert "log" in kinds and offered == kinds


def test_a_sensor_placed_by_a_click_keeps_the_default_one(
    qtbot, editor: ScenarioEditor, workspace: Workspace, tmp_path: Path
) -> None:
    source = tmp_path / "hobby.yaml"
    shutil.copy(SCENARIOS / "hobby-drone-approach-23.yaml", source)
    assert editor.open_file(source)  # no sensors section: a radar and a Remote ID receiver
    editor.canvas.zoom_to_aerodrome()
    editor.choose_tool(Tool.SENSOR)
    editor.sensor_kind_box.setCurrentIndex(editor.sensor_kind_box.findData("radars"))
    click_map(qtbot, editor, 52.2850, 6.9100)
    radars = editor.document.get(("sensors", "radars"))
    assert [r["id"] for r in radars] == ["radar", "radar-2"]
    assert abs(radars[1]["position"]["lat"] - 52.2850) < 1e-4
    assert editor.sections[editor.section_list.currentRow()].path == ("sensors",)
    assert editor.save()
    scenario = load_scenario(source, workspace.library)
    assert [r.id for r in scenario.sensors.radars] == ["radar", "radar-2"]
    assert [r.id for r in scenario.sensors.remote_id] == ["remote-id"]  # still the default


def test_a_click_in_a_drawn_zone_opens_its_form(qtbot, editor: ScenarioEditor) -> None:
    assert editor.open_file(SCENARIOS / "flyaway-test-area.yaml")
    editor.select_section(("drones", 0))
    editor.choose_tool(Tool.SELECT)
    click_map(qtbot, editor, 52.3372, 6.8597)  # inside the test field north, off its drone
    assert editor.sections[editor.section_list.currentRow()].path == ("airspace",)
    assert form_editor(editor, ("airspace", "zones", 0, "id")).hasFocus()


HOSTILE = ["", " ", "-1e309", "nan", "{a: 1}", "[1, 2", "*alias", "&anchor x", "!!python/object"]


def test_hostile_text_in_every_field_of_a_drone_is_reported_never_run(
    qtbot, editor: ScenarioEditor
) -> None:
    assert editor.open_file(SCENARIOS / "two-drones.yaml")
    editor.select_section(("drones", 0))
    assert editor.form is not None
    lines = [widget for widget in editor.form.editors.values() if isinstance(widget, QLineEdit)]
    assert len(lines) > 10
    for number, widget in enumerate(lines):
        type_into(qtbot, widget, HOSTILE[number % len(HOSTILE)] + "'\"\\")
    result = editor.check_now()
    assert not result.ok and result.problems
    reread = ScenarioDocument.from_text(editor.document.to_text())  # still data, still safe
    assert reread.get(("drones", 1)) == editor.document.get(("drones", 1))


def test_the_check_runs_while_the_author_types(qtbot, editor: ScenarioEditor) -> None:
    assert editor.open_file(SCENARIOS / "hobby-drone-approach-23.yaml")
    editor.select_section(())
    field = form_editor(editor, ("duration_s",))
    assert isinstance(field, QLineEdit)
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "10 minutes")  # no Enter, no leaving the field
    qtbot.waitUntil(lambda: editor.status.text() != "valid", timeout=3000)
    assert editor.form is not None and editor.form.errors["duration_s"].isVisible()
    assert field.hasFocus()  # the form was not rebuilt under the author's fingers


def test_a_waypoint_moved_by_two_clicks_changes_only_that_point(
    qtbot, editor: ScenarioEditor, tmp_path: Path, workspace: Workspace
) -> None:
    source = tmp_path / "hobby.yaml"
    shutil.copy(SCENARIOS / "hobby-drone-approach-23.yaml", source)
    assert editor.open_file(source)
    before = load_scenario(source, workspace.library)
    editor.choose_tool(Tool.MOVE)
    click_map(qtbot, editor, 52.29350, 6.93200)  # waypoint 3 of hobby-1
    assert "waypoints[2]" in editor.statusBar().currentMessage()
    click_map(qtbot, editor, 52.29400, 6.93600)
    assert editor.save()
    after = load_scenario(source, workspace.library)
    moved = after.drones[0].behaviour.waypoints  # type: ignore[union-attr]
    kept = before.drones[0].behaviour.waypoints  # type: ignore[union-attr]
    assert abs(moved[2].lat - 52.294) < 2e-4 and abs(moved[2].lon - 6.936) < 2e-4
    assert moved[2].alt_agl_m == kept[2].alt_agl_m and moved[2].speed_mps == kept[2].speed_mps
    assert [w for i, w in enumerate(moved) if i != 2] == [w for i, w in enumerate(kept) if i != 2]
    assert after.answer_key == before.answer_key


def test_a_scripted_event_dragged_on_the_timeline_changes_its_time(
    qtbot, editor: ScenarioEditor
) -> None:
    assert editor.open_file(SCENARIOS / "hobby-drone-approach-23.yaml")  # land at 520 s
    editor.tabs.setCurrentWidget(editor.dry_run_panel)
    timeline = editor.dry_run_panel.timeline
    y = int(timeline.axis_y()) - 8
    start, end = QPoint(int(timeline.x_of(520)), y), QPoint(int(timeline.x_of(400)), y)
    qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(timeline, end)
    qtbot.mouseRelease(timeline, Qt.MouseButton.LeftButton, pos=end)
    assert abs(editor.document.get(("events", 0, "at_s")) - 400) <= 2
    assert len(editor.document.get(("events",))) == 1  # moved, not added
    assert editor.check_now().ok


def test_closing_the_app_asks_about_the_editors_unsaved_work(window) -> None:  # type: ignore[no-untyped-def]
    editor = window.instructor.show_editor()
    editor.document.set(("title",), "Not saved yet")
    asked: list[str] = []
    editor.ask_unsaved = lambda: asked.append("asked") or CANCEL
    assert not window.close()
    assert asked == ["asked"] and window.isVisible() and editor.isVisible()
    editor.ask_unsaved = lambda: DISCARD
    assert window.close()


def test_ctrl_z_takes_back_a_placed_drone_and_its_route(qtbot, editor: ScenarioEditor) -> None:
    editor.canvas.zoom_to_aerodrome()
    editor.choose_tool(Tool.DRONE)
    click_map(qtbot, editor, *NORTH_EAST)
    qtbot.wait(100)  # a separate action
    editor.choose_tool(Tool.ROUTE)
    click_map(qtbot, editor, 52.2960, 6.9300)
    editor.finish_shape()
    assert editor.document.get(("drones", 0, "behaviour", "kind")) == "route"
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.document.get(("drones", 0, "behaviour", "kind")) == "hover"
    editor.undo()
    assert editor.document.get(("drones",)) == []
    assert not editor.undo_action.isEnabled()
    editor.redo()
    assert editor.document.get(("drones", 0, "id")) == "drone-1"
    assert [s.title for s in editor.sections].count("Drone drone-1") == 1


CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.mark.parametrize(
    ("key", "modifiers"), [(Qt.Key.Key_Z, CTRL | SHIFT), (Qt.Key.Key_Y, CTRL)], ids=["shift-z", "y"]
)
def test_a_change_taken_back_comes_back_with_either_redo_key(  # type: ignore[no-untyped-def]
    qtbot, editor: ScenarioEditor, key: Qt.Key, modifiers: Qt.KeyboardModifier
) -> None:
    editor.document.set(("title",), "Changed")
    editor.after_edit()
    editor.canvas.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert editor.document.get(("title",)) != "Changed"
    qtbot.keyClick(editor, key, modifiers)
    assert editor.document.get(("title",)) == "Changed"


def test_reference_fields_offer_the_scenarios_drones_and_zones(
    qtbot, editor: ScenarioEditor
) -> None:
    assert editor.open_file(SCENARIOS / "two-drones.yaml")
    editor.select_section(("events",))
    press(qtbot, editor, ("events",))
    field = form_editor(editor, ("events", 0, "drone"))
    assert isinstance(field, QLineEdit) and field.completer() is not None
    model = field.completer().model()
    offered = {model.index(row, 0).data() for row in range(model.rowCount())}
    assert offered == {"survey-1", "hobby-2"}
    zone_field = form_editor(editor, ("events", 0, "on_zone_entry"))
    assert isinstance(zone_field, QLineEdit)
    zone_model = zone_field.completer().model()
    zones = {zone_model.index(row, 0).data() for row in range(zone_model.rowCount())}
    assert {"atz-twente", "approach-23"} <= zones


@pytest.mark.parametrize("seed", [1, 2])
def test_a_monkey_on_the_map_and_the_forms_never_breaks_the_editor(
    qtbot, editor: ScenarioEditor, seed: int
) -> None:
    """Random tools, clicks, Enter, Esc, undo and redo; every state checks without a crash and
    the text always reads back as the document holds it."""
    rng = random.Random(seed)
    assert editor.open_file(SCENARIOS / "two-drones.yaml")
    editor.canvas.zoom_to_aerodrome()
    viewport = editor.canvas.viewport()
    for _ in range(120):
        doing = rng.random()
        if doing < 0.15:
            editor.choose_tool(rng.choice(list(Tool)))
        elif doing < 0.6:
            point = QPoint(rng.randrange(viewport.width()), rng.randrange(viewport.height()))
            qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=point)
        elif doing < 0.7:
            editor.finish_shape()
        elif doing < 0.75:
            editor.cancel_shape()
        elif doing < 0.85:
            editor.undo() if rng.random() < 0.7 else editor.redo()
        elif doing < 0.95:
            editor.section_list.setCurrentRow(rng.randrange(editor.section_list.count()))
        else:
            editor.delete_selected_drone()
    result = editor.check_now()
    assert ScenarioDocument.from_text(editor.document.to_text()).plain() == editor.document.plain()
    assert result.ok or result.problems  # a verdict either way, never an exception


def test_the_editor_opens_where_it_was_left(
    qtbot, workspace: Workspace, settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    first = ScenarioEditor(workspace, settings)
    qtbot.addWidget(first)
    first.resize(700, 520)  # within the offscreen screen, which restoreGeometry respects
    first.show()
    assert first.close_by_author()
    second = ScenarioEditor(workspace, settings)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 520)


def test_closing_the_editor_during_a_dry_run_is_safe(
    qtbot, workspace: Workspace, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    failures: list[object] = []
    monkeypatch.setattr(threading, "excepthook", failures.append)
    window = ScenarioEditor(workspace, settings)
    window.show()
    assert window.open_file(SCENARIOS / "two-drones.yaml")
    assert window.start_dry_run()
    window.close_by_author()
    window.deleteLater()
    qtbot.waitUntil(
        lambda: not any(t.name == "dry-run" for t in threading.enumerate()), timeout=60_000
    )
    qtbot.wait(50)  # the finished signal, had it been delivered, would have come by now
    assert failures == []


def test_a_drone_renamed_in_its_form_takes_its_references_along(
    qtbot, editor: ScenarioEditor, workspace: Workspace
) -> None:
    assert editor.open_file(SCENARIOS / "intruder-threshold-23.yaml")
    ids = [d["id"] for d in editor.document.get(("drones",))]
    index = ids.index("intruder-3")
    editor.select_section(("drones", index))
    # Typed a key at a time, the id is 'intruder-1' (another drone's) on the way to 'intruder-12'.
    type_into(qtbot, form_editor(editor, ("drones", index, "id")), "intruder-12")
    assert "intruder-3 renamed to intruder-12" in editor.statusBar().currentMessage()
    result = editor.document.check(workspace.library)
    assert result.problems == () and result.scenario is not None
    assert result.scenario.answer_key is not None
    owners = [i.drone for i in result.scenario.answer_key.incidents]
    assert "intruder-12" in owners and "intruder-3" not in owners
    assert owners.count("intruder-1") == 1  # the other drone's incident is its own still


def test_a_name_typed_without_yaml_is_saved_as_a_yaml_file(
    editor: ScenarioEditor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An author types 'mijn-oefening' in the save dialog; a file without .yaml would be missing
    # from the open dialog's list and from `validate` of the folder.
    from PySide6.QtWidgets import QFileDialog

    typed = str(tmp_path / "mijn-oefening")
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (typed, "Scenarios (*.yaml)"))
    )
    assert editor.choose_save_path()
    assert editor.document.path == tmp_path / "mijn-oefening.yaml"
    assert (tmp_path / "mijn-oefening.yaml").is_file() and not (tmp_path / "mijn-oefening").exists()
    assert "mijn-oefening.yaml" in editor.windowTitle()


def test_saving_a_bundled_scenario_asks_where_and_leaves_the_bundled_file_as_shipped(
    editor: ScenarioEditor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Installed, the bundled scenarios sit inside the package: saved in place, the author's
    # work would go at the next update (or be refused on a system-wide install).
    from PySide6.QtWidgets import QFileDialog

    import trainer.ui.editor.editor_file as editor_file

    own = tmp_path / "own-scenarios"
    monkeypatch.setattr(editor_file, "default_user_folder", lambda: own)
    asked: list[str] = []

    def save_name(_parent: object, _title: str, suggested: str, _filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return suggested, _filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    bundled = SCENARIOS / "two-drones.yaml"
    shipped = bundled.read_bytes()
    assert editor.open_file(bundled)
    editor.document.set(("title",), "Two drones, my version")
    assert editor.save()
    assert asked == [str(own / "two-drones.yaml")]  # in the author's own folder
    assert bundled.read_bytes() == shipped
    assert editor.document.path == own / "two-drones.yaml"
    assert "my version" in (own / "two-drones.yaml").read_text(encoding="utf-8")
    assert editor.save() and len(asked) == 1  # from then on in place, without asking


@pytest.fixture
def dutch(qapp):  # type: ignore[no-untyped-def]
    """The program speaking Dutch, as under DRONE_TRAINER_LANG=nl."""
    from PySide6.QtCore import QCoreApplication

    from trainer import i18n
    from trainer.ui.translation import install_translators

    translators = install_translators(qapp, "nl")
    i18n.use_language("nl")
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)
    i18n.use_language("en")


@pytest.mark.usefixtures("dutch")
def test_the_editors_own_words_are_dutch_under_nl(
    qtbot, editor: ScenarioEditor, tmp_path: Path
) -> None:
    source = tmp_path / "hobby.yaml"
    shutil.copy(SCENARIOS / "hobby-drone-approach-23.yaml", source)
    assert editor.open_file(source)
    editor.choose_tool(Tool.MOVE)
    click_map(qtbot, editor, 52.29350, 6.93200)  # waypoint 3 of hobby-1
    click_map(qtbot, editor, 52.29400, 6.93600)
    assert editor.statusBar().currentMessage().startswith("Verplaatst: drones[0]")
    editor.select_section(("drones", 0))
    choose(editor, ("drones", 0, "behaviour", "kind"), "orbit")
    editor.choose_tool(Tool.ORBIT)
    click_map(qtbot, editor, 52.2950, 6.9300)
    click_map(qtbot, editor, 52.2950, 6.9350)
    assert editor.statusBar().currentMessage().startswith("Cirkelbaan van ")
    assert editor.save()
    assert editor.statusBar().currentMessage() == "hobby.yaml opgeslagen."
    # The problem list says where in Dutch; the events' items are named as events.
    editor.select_section(("drones", 0))
    type_into(qtbot, form_editor(editor, ("drones", 0, "start", "alt_agl_m")), "hoog")
    editor.check_now()
    assert editor.problem_list.item(0).text().startswith("regel ")
    editor.select_section(("events",))
    assert editor.form is not None
    titles = [box.title() for box in editor.form.findChildren(QGroupBox)]
    assert "gebeurtenissen 1" in titles and not any(t.startswith("item") for t in titles)
    editor.document.remove(("answer_key",))  # no key: a button adds one
    editor.select_section(())
    editor.select_section(("answer_key",))
    button = form_editor(editor, ("answer_key",))
    assert isinstance(button, QPushButton) and button.text() == "antwoordsleutel toevoegen"


@pytest.mark.usefixtures("dutch")
def test_the_dry_run_speaks_dutch_under_nl(qtbot, editor: ScenarioEditor) -> None:
    from trainer.dry_run import BotScore, DryRun

    assert editor.open_file(SCENARIOS / "hobby-drone-approach-23.yaml")
    with qtbot.waitSignal(editor.dry_run_panel.done, timeout=120_000):
        assert editor.start_dry_run()
    panel = editor.dry_run_panel
    table = panel.scores
    rows = {table.item(r, 0).text(): table.item(r, 3).text() for r in range(table.rowCount())}
    assert rows["passief"] == "nee" and rows["perfect"] == "ja"
    marks = [mark.text for mark in panel.timeline.happened]
    assert any(text.startswith("opgestegen ") for text in marks), marks
    assert not any(text.startswith(("launched", "zone_entered")) for text in marks), marks
    assert "Eerlijk" in panel.state.text()
    # An unfair key is explained in Dutch too, and a score's decimals with a comma.
    unfair = DryRun(
        (), (BotScore("perfect", 13.4, 20, 67, False), BotScore("idle", 20, 20, 100, True)), 0.4
    )
    panel._on_finished(unfair)
    assert "De perfecte cursist zakt (67 %)" in panel.state.text()
    assert "Niets doen" in panel.state.text() and "0,4 s" in panel.state.text()
    assert table.item(0, 1).text() == "13,4 / 20"
    panel._on_finished(DryRun((), (), 0.1))
    assert "Geen antwoordsleutel" in panel.state.text()


def test_an_event_placed_or_dragged_on_the_timeline_has_whole_seconds(
    qtbot, editor: ScenarioEditor
) -> None:
    # A click is at a whole second; the form and the file showed 119.0, as if a tenth mattered.
    assert editor.open_file(SCENARIOS / "hobby-drone-approach-23.yaml")
    editor.tabs.setCurrentWidget(editor.dry_run_panel)
    timeline = editor.dry_run_panel.timeline
    x = int(timeline.x_of(300))
    qtbot.mouseClick(timeline, Qt.MouseButton.LeftButton, pos=QPoint(x, int(timeline.axis_y())))
    placed = editor.document.get(("events", 1, "at_s"))
    assert isinstance(placed, int)
    field = form_editor(editor, ("events", 1, "at_s"))
    assert isinstance(field, QLineEdit) and "." not in field.text()
    y = int(timeline.axis_y()) - 8
    start, end = QPoint(int(timeline.x_of(520)), y), QPoint(int(timeline.x_of(400)), y)
    qtbot.mousePress(timeline, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(timeline, end)
    qtbot.mouseRelease(timeline, Qt.MouseButton.LeftButton, pos=end)
    assert isinstance(editor.document.get(("events", 0, "at_s")), int)
    assert ".0}" not in editor.document.to_text() and "at_s: 400.0" not in editor.document.to_text()


@pytest.mark.usefixtures("dutch")
def test_every_tool_fits_the_window_at_its_first_size(
    qtbot, workspace: Workspace, settings: QSettings
) -> None:
    # In Dutch the one toolbar was wider than the 1500 px window: the waypoint height and the
    # dry run sat behind the overflow arrow, where an author does not look for them.
    from PySide6.QtWidgets import QToolBar

    configure_pyqtgraph()
    window = ScenarioEditor(workspace, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.width() <= 1500
    qtbot.wait(20)
    for toolbar in window.findChildren(QToolBar):
        for action in toolbar.actions():
            widget = toolbar.widgetForAction(action)
            if widget is not None and not action.isSeparator():
                assert widget.isVisible(), action.text() or widget
                assert widget.geometry().right() <= toolbar.width(), action.text() or widget
    assert window.height_box.isVisible()


def test_a_dry_runs_scores_are_marked_outdated_by_a_later_change(
    qtbot, editor: ScenarioEditor
) -> None:
    # After a change the old scores and 'Fair: ...' stood as if they were about the new key.
    assert editor.open_file(SCENARIOS / "hobby-drone-approach-23.yaml")
    with qtbot.waitSignal(editor.dry_run_panel.done, timeout=120_000):
        assert editor.start_dry_run()
    panel = editor.dry_run_panel
    assert "Fair" in panel.state.text() and panel.scores.isEnabled()
    editor.select_section(())
    type_into(qtbot, form_editor(editor, ("seed",)), "22")
    assert "Changed since this dry run" in panel.state.text()
    assert not panel.scores.isEnabled()
    with qtbot.waitSignal(panel.done, timeout=120_000):
        assert editor.start_dry_run()
    assert panel.scores.isEnabled() and "Changed since" not in panel.state.text()


def test_a_new_zone_or_sensor_shows_its_own_form_fields(qtbot, editor: ScenarioEditor) -> None:
    # The airspace form opened at its top, so the second zone drawn (its limits to set) was
    # below the fold and the author saw the first zone's fields instead.
    editor.canvas.zoom_to_aerodrome()
    editor.choose_tool(Tool.CIRCLE)
    for lat in (52.2950, 52.2850, 52.2750):
        click_map(qtbot, editor, lat, 6.9000)
        click_map(qtbot, editor, lat, 6.9040)
    assert len(editor.document.get(("airspace", "zones"))) == 3
    qtbot.wait(20)
    newest = form_editor(editor, ("airspace", "zones", 2, "upper"))
    assert not newest.visibleRegion().isEmpty()
    editor.choose_tool(Tool.SENSOR)
    for lon in (6.8800, 6.8900, 6.9000, 6.9100):
        click_map(qtbot, editor, 52.2700, lon)
    qtbot.wait(20)
    kind = editor.drawing.sensor_kind
    sensors = editor.document.get(("sensors", kind))
    placed = form_editor(editor, ("sensors", kind, len(sensors) - 1, "id"))
    assert not placed.visibleRegion().isEmpty()


def test_deleting_a_drone_says_so_and_how_to_take_it_back(qtbot, editor: ScenarioEditor) -> None:
    # Ctrl+Delete removed the drone without a word; the status bar kept an older message.
    assert editor.open_file(SCENARIOS / "two-drones.yaml")
    editor.select_section(("drones", 1))
    editor.statusBar().showMessage("something earlier")
    qtbot.keyClick(editor, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert [d["id"] for d in editor.document.get(("drones",))] == ["survey-1"]
    said = editor.statusBar().currentMessage()
    assert "hobby-2" in said and "Ctrl+Z" in said
    editor.undo()
    assert len(editor.document.get(("drones",))) == 2


def test_a_long_list_field_shows_its_beginning(qtbot, editor: ScenarioEditor) -> None:
    assert editor.open_file(SCENARIOS / "two-drones.yaml")
    editor.select_section(())
    tags = form_editor(editor, ("tags",))
    assert isinstance(tags, QLineEdit) and len(tags.text()) > 40
    assert tags.cursorPosition() == 0  # 'two-drones, authorised, ...', not its end
