"""The live window runs a scenario whose drone flies a recorded flight (mode 'log')."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import QSettings

from tests.ui.conftest import FakeClock
from tests.ui.test_main_window import run_for, table_rows
from tests.unit.flightlog_writers import write_csv
from tests.unit.test_log_flight import circling_fixes
from trainer.launch import Workspace
from trainer.ui.main_window import MainWindow

SCENARIO = {
    "format": 1, "id": "log-window", "title": "Log in the window", "summary": "A test.",
    "difficulty": 1, "offender": "none", "duration_s": 120, "seed": 2,
    "drones": [{"id": "rec", "type": "multirotor", "eu_class": "C1",
                "behaviour": {"kind": "log", "file": "circle.csv"}}],
}  # fmt: skip


def test_window_shows_a_drone_flying_a_log(
    window: MainWindow, clock: FakeClock, tmp_path: Path
) -> None:
    write_csv(tmp_path / "circle.csv", circling_fixes())
    path = tmp_path / "log-window.yaml"
    path.write_text(yaml.safe_dump(SCENARIO), encoding="utf-8")
    assert window.open_scenario(path)
    window.driver.start()
    run_for(window, clock, 10.0)
    engine = window.driver.engine
    assert engine.time_s == pytest.approx(10.0, abs=0.11)
    snapshot = engine.snapshot()
    row = table_rows(window)["rec"]
    assert row[2] == f"{snapshot.alt[0]:.0f}" and snapshot.alt[0] == pytest.approx(40.0, abs=1.0)
    assert row[3] == f"{snapshot.ground_speed[0]:.1f}"  # the recording's 15 m/s
    assert snapshot.ground_speed[0] == pytest.approx(15.0, abs=0.5)
    assert snapshot.mode_name(0) == "log"


def test_editor_draws_the_track_of_a_drone_flying_a_log(
    qtbot, workspace: Workspace, settings: QSettings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    import pyqtgraph as pg

    from trainer.ui.app import configure_pyqtgraph
    from trainer.ui.editor.editor_window import DISCARD, ScenarioEditor

    fixes = circling_fixes()
    write_csv(tmp_path / "circle.csv", fixes)
    path = tmp_path / "log-editor.yaml"
    path.write_text(yaml.safe_dump(SCENARIO), encoding="utf-8")
    configure_pyqtgraph()
    editor = ScenarioEditor(workspace, settings)
    qtbot.addWidget(editor)
    editor.ask_unsaved = lambda: DISCARD
    assert editor.open_file(path)
    curves = [item for item in editor.draft.items if isinstance(item, pg.PlotCurveItem)]
    track = [c for c in curves if len(c.getData()[0]) == len(fixes)]
    assert len(track) == 1  # the recorded flight, drawn where it flies
    x, y = workspace.projector.to_rd(fixes[0][1], fixes[0][2])
    assert track[0].getData()[0][0] == pytest.approx(x)
    assert (pytest.approx(x), pytest.approx(y)) in editor.draft.extent  # the drone's marker


def test_a_click_on_a_log_flying_drone_where_it_is_drawn_chooses_it(
    qtbot, workspace: Workspace, settings: QSettings, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.test_scenario_editor import click_map
    from trainer.ui.app import configure_pyqtgraph
    from trainer.ui.editor.drawing import Tool
    from trainer.ui.editor.editor_window import DISCARD, ScenarioEditor

    fixes = circling_fixes()
    write_csv(tmp_path / "circle.csv", fixes)
    # The log drone has no start in its file: only where it is drawn (the recording's first
    # fix) can find it. Another drone is chosen first, so the click has to change the choice.
    scenario = {**SCENARIO, "drones": [*SCENARIO["drones"], _far_drone()]}
    path = tmp_path / "log-click.yaml"
    path.write_text(yaml.safe_dump(scenario), encoding="utf-8")
    configure_pyqtgraph()
    editor = ScenarioEditor(workspace, settings)
    qtbot.addWidget(editor)
    editor.ask_unsaved = lambda: DISCARD
    editor.resize(1200, 800)
    editor.show()
    assert editor.open_file(path)
    editor.select_section(("drones", 1))
    editor.choose_tool(Tool.SELECT)
    click_map(qtbot, editor, fixes[0][1], fixes[0][2])
    assert editor.sections[editor.section_list.currentRow()].path == ("drones", 0)


def _far_drone() -> dict[str, object]:
    return {
        "id": "far", "type": "multirotor", "eu_class": "C1",
        "start": {"lat": 52.30, "lon": 6.80, "alt_agl_m": 0},
        "behaviour": {"kind": "hover", "duration_s": 60},
    }  # fmt: skip
