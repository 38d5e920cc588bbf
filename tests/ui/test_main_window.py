"""The live window, offscreen: loading, running, the table against the engine, controls, layers."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QMessageBox

from tests.conftest import SCENARIOS
from tests.ui.conftest import FakeClock
from tests.ui.people import confirm_name, press, set_pin
from trainer.ui.main_window import TRAINEE, MainWindow
from trainer.ui.sim_driver import RunState

HOBBY = SCENARIOS / "hobby-drone-approach-23.yaml"
INSPECTION = SCENARIOS / "inspection-fence.yaml"


def run_for(
    window: MainWindow, clock: FakeClock, wall_seconds: float, frame_s: float = 0.2
) -> None:
    """Let fake wall time pass in frames, pumping the driver as its timer would."""
    assert window.driver is not None
    elapsed = 0.0
    while elapsed < wall_seconds - 1e-9:
        clock.advance(frame_s)
        window.driver.pump()
        elapsed += frame_s


def table_rows(window: MainWindow) -> dict[str, list[str]]:
    model = window.track_table.model()
    rows = {}
    for row in range(model.rowCount()):
        values = [str(model.index(row, column).data()) for column in range(model.columnCount())]
        rows[values[0]] = values
    return rows


def test_table_matches_the_engine_after_30_sim_seconds(
    window: MainWindow, clock: FakeClock
) -> None:
    assert window.open_scenario(INSPECTION)
    window.driver.start()
    window.set_speed(2)
    run_for(window, clock, 15.0)
    engine = window.driver.engine
    assert engine.time_s == pytest.approx(30.0, abs=0.11)
    snapshot = engine.snapshot()
    rows = table_rows(window)
    assert set(rows) == {"inspection-1"}
    i = snapshot.ids.index("inspection-1")
    _, kind, alt, speed, heading, zone, seen, *_ = rows["inspection-1"]
    assert kind == "multirotor"
    assert alt == f"{snapshot.alt[i]:.0f}" and speed == f"{snapshot.ground_speed[i]:.1f}"
    assert heading == f"{snapshot.heading_deg[i]:03.0f}\u00b0"
    assert zone.startswith("EHTW runway core") and "(+" in zone
    assert seen == "0:20"  # launched at 10 s
    assert "T+00:00:30" in window.clock_label.text()


def test_selection_follows_map_clicks_and_table_rows(
    window: MainWindow, clock: FakeClock, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window.open_scenario(INSPECTION)
    window.driver.start()
    run_for(window, clock, 20.0)
    snapshot = window.canvas.tracks.last_snapshot
    i = snapshot.ids.index("inspection-1")
    window.canvas.centre_on(float(snapshot.x[i]), float(snapshot.y[i]))
    # A real click on the track's spot on the screen selects its row.
    scene_point = window.canvas.view.mapViewToScene(
        QPointF(float(snapshot.x[i]), float(snapshot.y[i]))
    )
    widget_point = window.canvas.mapFromScene(scene_point)
    qtbot.mouseClick(window.canvas.viewport(), Qt.MouseButton.LeftButton, pos=widget_point)
    assert window.track_table.selected_track() == "inspection-1"
    assert window.selected == "inspection-1"
    # A click on empty map clears it.
    qtbot.mouseClick(
        window.canvas.viewport(),
        Qt.MouseButton.LeftButton,
        pos=widget_point + type(widget_point)(200, 200),
    )
    assert window.track_table.selected_track() is None and window.selected is None
    # Choosing the row selects the track on the map.
    window.track_table.selectRow(0)
    assert window.selected == "inspection-1"
    selection = window.canvas.tracks.selection.getData()
    assert selection[0][0] == pytest.approx(snapshot.x[i])


def test_pause_stops_the_clock_and_resume_goes_on(window: MainWindow, clock: FakeClock) -> None:
    window.open_scenario(HOBBY)
    window.toggle_run()
    run_for(window, clock, 2.0)
    window.toggle_run()
    assert window.driver.state == RunState.PAUSED
    paused_at = window.driver.engine.time_s
    assert paused_at == pytest.approx(2.0, abs=0.11)
    run_for(window, clock, 5.0)
    assert window.driver.engine.time_s == paused_at
    window.toggle_run()
    run_for(window, clock, 1.0)
    assert window.driver.engine.time_s == pytest.approx(paused_at + 1.0, abs=0.11)


@pytest.mark.parametrize("speed", [1, 2, 4, 8])
def test_speed_sets_sim_seconds_per_wall_second(
    window: MainWindow, clock: FakeClock, speed: int
) -> None:
    window.open_scenario(HOBBY)
    window.driver.start()
    window.set_speed(speed)
    run_for(window, clock, 3.0, frame_s=0.1)
    assert window.driver.engine.time_s == pytest.approx(3.0 * speed, abs=0.11)
    assert window.speed_label.text() == f"{speed}\u00d7"


def test_the_real_timer_paces_the_run(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.clock = __import__("time").monotonic
    window.open_scenario(HOBBY)
    window.set_speed(8)
    window.driver.start()
    qtbot.waitUntil(lambda: window.driver.engine.time_s >= 2.0, timeout=5000)
    window.driver.pause()
    assert window.driver.state == RunState.PAUSED


def test_layer_toggles_hide_their_items(window: MainWindow, clock: FakeClock) -> None:
    window.open_scenario(HOBBY)
    for key in ("airspace", "orientation", "aerodrome", "rings", "tracks"):
        layer = window.canvas.layers[key]
        assert layer.items and all(item.isVisible() for item in layer.items)
        window.layer_actions[key].trigger()
        assert not any(item.isVisible() for item in layer.items), key
        window.layer_actions[key].trigger()
        assert layer.visible


def test_broken_file_shows_the_messages_and_keeps_the_window(
    window: MainWindow, tmp_path: Path
) -> None:
    assert window.open_scenario(HOBBY)
    broken = tmp_path / "broken.yaml"
    broken.write_text(
        HOBBY.read_text(encoding="utf-8").replace("eu_class: C0", "eu_class: C9"), encoding="utf-8"
    )
    assert not window.open_scenario(broken)
    dialog = window.error_dialog
    assert isinstance(dialog, QMessageBox) and dialog.isVisible()
    assert "drones[0].eu_class" in dialog.detailedText() and str(broken) in dialog.detailedText()
    dialog.close()
    # The earlier scenario is still loaded and runs.
    assert window.run is not None and window.run.scenario.id == "hobby-drone-approach-23"
    window.toggle_run()
    assert window.driver.state == RunState.RUNNING


def test_alert_click_selects_and_centres_on_the_track(window: MainWindow, clock: FakeClock) -> None:
    window.open_scenario(HOBBY)
    window.driver.engine.run_until(240)  # past the entry into the approach
    window.driver.publish()
    texts = [window.alerts.item(row, 2).text() for row in range(window.alerts.rowCount())]
    assert "New track" in texts and any(t.startswith("Entered Approach") for t in texts)
    window.canvas.zoom_to_aerodrome()
    window.alerts.cellClicked.emit(0, 1)
    assert window.selected == "hobby-1"
    (x0, x1), (y0, y1) = window.canvas.view.viewRange()
    snapshot = window.canvas.tracks.last_snapshot
    i = snapshot.ids.index("hobby-1")
    assert (x0 + x1) / 2 == pytest.approx(snapshot.x[i], abs=5) and (y0 + y1) / 2 == pytest.approx(
        snapshot.y[i], abs=5
    )


def test_restart_and_end(window: MainWindow, clock: FakeClock) -> None:
    window.open_scenario(HOBBY)
    window.driver.start()
    run_for(window, clock, 3.0)
    window.restart()
    assert window.driver.engine.time_s == 0 and window.driver.state == RunState.READY
    assert window.alerts.rowCount() == 0
    window.driver.start()
    run_for(window, clock, 1.0)
    window.end_run()
    assert window.driver.state == RunState.ENDED and not window.start_action.isEnabled()


def test_recent_files_and_layers_survive_a_restart_of_the_app(
    window: MainWindow, settings, workspace, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window.open_scenario(HOBBY)
    window.open_scenario(INSPECTION)
    window.layer_actions["rings"].trigger()
    window.close()
    again = MainWindow(workspace, settings)
    qtbot.addWidget(again)
    assert again.recent.paths()[:2] == [str(INSPECTION.resolve()), str(HOBBY.resolve())]
    assert [a.text() for a in again.recent.menu.actions()][:2] == [
        "&1 inspection-fence.yaml",
        "&2 hobby-drone-approach-23.yaml",
    ]
    assert not again.layer_actions["rings"].isChecked()


def test_labels_do_not_overlap(
    window: MainWindow, clock: FakeClock, tmp_path: Path, workspace
) -> None:  # type: ignore[no-untyped-def]
    from tests.unit.scenario_factory import drone, prepare

    crowd = [
        drone(f"d{i:02d}", 52.300 + 0.0003 * (i % 6), 6.880 + 0.0005 * (i // 6), {"kind": "hover"})
        for i in range(36)
    ]
    run = prepare(workspace, tmp_path, crowd)
    window.open_scenario(run.path)
    window.canvas.zoom_to_aerodrome()
    window.driver.start()
    run_for(window, clock, 2.0)
    rects = window.canvas.tracks.labels.scene_rects(window.canvas.view)
    assert rects
    for a in range(len(rects)):
        for b in range(a + 1, len(rects)):
            assert not rects[a].intersects(rects[b])
    assert np.isfinite(window.canvas.metres_per_pixel())


def test_tooltips_name_the_track_and_the_zones(window: MainWindow, clock: FakeClock) -> None:
    window.open_scenario(HOBBY)
    window.driver.engine.run_until(240)
    window.driver.publish()
    snapshot = window.canvas.tracks.last_snapshot
    i = snapshot.ids.index("hobby-1")
    over_track = window.canvas.tooltip_at(float(snapshot.x[i]), float(snapshot.y[i]))
    assert over_track.startswith("hobby-1:") and "Approach RWY 23" in over_track  # zone names
    x, y = window.run.world.airspace.aerodrome.reference_point
    over_runway = window.canvas.tooltip_at(x, y)
    assert "EHTW runway core" in over_runway and "training construct" in over_runway
    assert "ATZ Twente" in over_runway and "2200 ft AMSL" in over_runway
    window.set_layer_visible("airspace", False)
    assert window.canvas.tooltip_at(x, y) == ""


def test_bundled_scenarios_are_on_the_file_menu(window: MainWindow) -> None:
    names = [a.text() for a in window.bundled_menu.actions()]
    assert "hobby drone approach 23" in names
    window.bundled_menu.actions()[names.index("inspection fence")].trigger()
    assert window.run is not None and window.run.scenario.id == "inspection-fence"


def test_bundled_scenarios_and_recent_files_are_hidden_from_the_trainee(
    window: MainWindow,
) -> None:
    window.open_scenario(HOBBY)
    assert window.bundled_menu.menuAction().isVisible()
    assert window.bundled_menu.actions()[0].toolTip().endswith(".yaml")  # the instructor's help
    window.set_role(TRAINEE)
    assert not window.bundled_menu.menuAction().isVisible()  # "bird flock false alarm"
    assert not window.recent.menu.menuAction().isVisible()
    assert not window.open_action.isVisible() and not window.open_action.isEnabled()
    window.choose_scenario()  # Ctrl+O: nothing opens
    assert window.run is not None and window.run.scenario.id == "hobby-drone-approach-23"


def test_enter_confirms_the_name_and_space_then_starts(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.open_scenario(HOBBY)
    window.set_role(TRAINEE)
    assert window.focusWidget() is window.trainee_edit  # a new run asks for the name first
    press(qtbot, Qt.Key.Key_Space)  # typed into the field: no start before the name is confirmed
    assert window.driver.state == RunState.READY and window.trainee is None
    window.trainee_edit.clear()
    confirm_name(qtbot, window, "Sanne de Vries")
    assert window.trainee is not None and window.trainee.name == "Sanne de Vries"
    assert not window.trainee_edit.hasFocus() and "confirmed" in window.trainee_state.text()
    press(qtbot, Qt.Key.Key_Space)
    assert window.driver.state == RunState.RUNNING
    assert window.recorder.trainee == "Sanne de Vries"


def test_space_without_a_confirmed_name_asks_for_it(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.open_scenario(HOBBY)
    window.set_role(TRAINEE)
    window.trainee_edit.setText("Sanne")
    window.canvas.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert window.driver.state == RunState.READY
    assert window.focusWidget() is window.trainee_edit
    assert "press Enter" in window.statusBar().currentMessage()


def test_opening_another_scenario_leaves_nothing_of_the_previous_run(
    window: MainWindow, clock: FakeClock, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window.open_scenario(HOBBY)
    window.set_speed(4)
    set_pin(window)
    window.trainee_view_action.trigger()
    confirm_name(qtbot, window, "Sanne")
    press(qtbot, Qt.Key.Key_Space)
    window.driver.engine.run_until(80)
    window.driver.publish()
    window.select_track("T001")
    press(qtbot, Qt.Key.Key_A)
    assert window.responses.history.count() == 1 and window.alerts.rowCount() > 0
    window.set_role("instructor")
    window.open_scenario(INSPECTION)
    assert window.responses.history.count() == 0
    assert window.responses.track_label.text() == "No track selected" and window.selected is None
    assert window.alerts.rowCount() == 0
    speed = window.driver.speed
    assert window.speed_label.text() == f"{speed}\u00d7" and window.speed_actions[speed].isChecked()
    assert window.trainee is None and "Enter to confirm" in window.trainee_state.text()
    window.set_role(TRAINEE)
    window.canvas.setFocus()
    press(qtbot, Qt.Key.Key_Space)  # the name was Sanne's: it must be confirmed again
    assert window.driver.state == RunState.READY


def test_a_start_scenario_that_will_not_open_leaves_the_default_behind_its_error(
    window: MainWindow, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("title: [unclosed\n", encoding="utf-8")
    assert not window.open_first(broken)
    assert window.error_dialog is not None and "broken.yaml" in window.error_dialog.windowTitle()
    assert window.run is not None
    assert window.run.scenario.id == "hobby-drone-approach-23"  # a working map and run behind it
    assert window.canvas.airspace is not None


def test_a_bundled_scenario_opened_by_name_is_remembered_as_its_file(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `drone-trainer open two-drones` from another folder: the recent list kept
    # '<that folder>/two-drones', a file that is not there, beside '.../two-drones.yaml'.
    monkeypatch.chdir(tmp_path)
    assert window.open_scenario(Path("two-drones"))
    bundled = (SCENARIOS / "two-drones.yaml").resolve()
    assert window.recent.paths()[0] == str(bundled)
    assert window.open_scenario(bundled)
    assert window.recent.paths().count(str(bundled)) == 1


def test_a_recent_file_that_is_gone_leaves_the_list(window: MainWindow, tmp_path: Path) -> None:
    moved = tmp_path / "mine.yaml"
    moved.write_bytes(INSPECTION.read_bytes())
    assert window.open_scenario(moved) and window.open_scenario(HOBBY)
    moved.unlink()  # moved or deleted since
    gone = [a for a in window.recent.menu.actions() if a.text().endswith("mine.yaml")]
    gone[0].trigger()
    assert window.error_dialog is not None and "mine.yaml" in window.error_dialog.windowTitle()
    assert str(moved.resolve()) not in window.recent.paths()
    assert window.recent.paths()[0] == str(HOBBY.resolve())  # the rest stays
