"""Responding in the live window: keys and buttons become recorded actions; runs end in a sheet."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from tests.conftest import SCENARIOS
from tests.ui.conftest import FakeClock
from trainer.launch import Workspace
from trainer.records import Repository, open_database
from trainer.ui.main_window import MainWindow
from trainer.ui.sim_driver import RunState

HOBBY = SCENARIOS / "hobby-drone-approach-23.yaml"
INSPECTION = SCENARIOS / "inspection-fence.yaml"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "records.sqlite"


@pytest.fixture
def recording_window(
    qtbot, workspace: Workspace, settings: QSettings, clock: FakeClock, db_path: Path
) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(
        workspace, settings, clock=clock, repository=Repository(open_database(db_path))
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def stored_actions(db_path: Path) -> list[tuple[int, str, str | None, str]]:
    """Read the record through a connection of its own, as another process would."""
    with sqlite3.connect(db_path) as connection:
        return connection.execute(
            "SELECT sequence, kind, track, params_json FROM actions ORDER BY sequence"
        ).fetchall()


def start(
    window: MainWindow, scenario: Path, until_s: float, trainee: str = "Test trainee"
) -> None:
    window.open_scenario(scenario)
    window.trainee_edit.setText(trainee)
    window.driver.engine.run_until(until_s)
    window.toggle_run()
    window.driver.publish()


def test_keys_on_a_selected_track_are_committed_at_once(
    recording_window: MainWindow, qtbot, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = recording_window
    start(window, HOBBY, 60)
    window.select_track("hobby-1")
    for key in (Qt.Key.Key_A, Qt.Key.Key_D, Qt.Key.Key_U, Qt.Key.Key_R):
        qtbot.keyClick(window.canvas, key)
    rows = stored_actions(db_path)
    assert [(r[0], r[1], r[2]) for r in rows] == [
        (1, "acknowledge", "hobby-1"),
        (2, "classify", "hobby-1"),
        (3, "identify", "hobby-1"),
        (4, "inform_radio", "hobby-1"),
    ]
    assert '"drone"' in rows[1][3] and '"unauthorised"' in rows[2][3]
    assert window.responses.history.count() == 4
    assert "Classified hobby-1 as drone" in window.responses.history.item(1).text()
    assert window._identity["hobby-1"] == "unauthorised"  # the map shows the trainee's judgement


def test_a_track_action_without_a_track_is_refused(
    recording_window: MainWindow, qtbot, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = recording_window
    start(window, HOBBY, 60)
    window.select_track("")
    qtbot.keyClick(window.canvas, Qt.Key.Key_A)
    assert stored_actions(db_path) == []
    assert "Select a track first" in window.statusBar().currentMessage()
    qtbot.keyClick(window.canvas, Qt.Key.Key_S)  # suspending needs no track
    assert [r[1] for r in stored_actions(db_path)] == ["suspend_operations"]


def test_reclassifying_corrects_and_strikes_out(
    recording_window: MainWindow, qtbot, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = recording_window
    start(window, HOBBY, 60)
    window.select_track("hobby-1")
    qtbot.keyClick(window.canvas, Qt.Key.Key_B)
    qtbot.keyClick(window.canvas, Qt.Key.Key_D)
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT sequence, corrects FROM actions").fetchall() == [
            (1, None),
            (2, 1),
        ]
    assert window.responses.history.item(0).font().strikeOut()
    assert not window.responses.history.item(1).font().strikeOut()


@pytest.mark.parametrize("name", ['Jan "de Vlieger" O\'Neil', "Ayşe 🚁 Doğan", "x" * 500])
def test_trainee_names_are_stored_and_shown_as_typed(
    recording_window: MainWindow, db_path: Path, name: str
) -> None:
    window = recording_window
    start(window, INSPECTION, 0, trainee=name)
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT name FROM trainees").fetchall() == [(name,)]
    assert name in window.state_label.text()
    assert not window.trainee_edit.isEnabled()  # no changing who trains in the middle of a run


def test_the_end_of_the_run_shows_and_stores_the_sheet(
    recording_window: MainWindow, qtbot, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = recording_window
    start(window, INSPECTION, 30)
    window.select_track("inspection-1")
    for key in (Qt.Key.Key_A, Qt.Key.Key_D, Qt.Key.Key_Y):
        qtbot.keyClick(window.canvas, key)
    qtbot.keyClick(
        window.canvas, Qt.Key.Key_S
    )  # over-reaction: the runway closed for an authorised drone
    window.driver.engine.run_until(599.9)
    window.set_speed(8)
    for _ in range(20):
        window.clock.advance(0.1)
        window.driver.pump()
    assert window.driver.state == RunState.FINISHED
    dialog = window.score_dialog
    assert dialog is not None and dialog.isVisible()
    reasons = [dialog.table.item(row, 3).text() for row in range(dialog.table.rowCount())]
    assert any("suspended runway operations" in r for r in reasons)
    assert "FAILED" in dialog.summary.text() or "PASSED" in dialog.summary.text()
    repository = Repository(open_database(db_path))
    (run,) = repository.runs()
    assert run.status == "finished"
    sheet = repository.sheet(run.id)
    assert sheet is not None and [i.reason for i in sheet.items] == reasons
    assert sheet.disruption_minutes > 0


def test_restart_keeps_the_abandoned_run_as_aborted(
    recording_window: MainWindow, qtbot, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = recording_window
    start(window, HOBBY, 60)
    window.select_track("hobby-1")
    qtbot.keyClick(window.canvas, Qt.Key.Key_A)
    window.restart()
    window.toggle_run()
    repository = Repository(open_database(db_path))
    runs = repository.runs()
    assert [r.status for r in runs] == ["aborted", "running"]
    assert [a.kind.value for a in repository.actions(runs[0].id)] == ["acknowledge"]


def test_responses_are_refused_before_the_run_starts(
    recording_window: MainWindow, qtbot, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = recording_window
    window.open_scenario(HOBBY)
    window.select_track("hobby-1")
    qtbot.keyClick(window.canvas, Qt.Key.Key_A)
    assert stored_actions(db_path) == []
    assert "Start the run" in window.statusBar().currentMessage()


def test_the_instructor_sees_the_live_score(recording_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = recording_window
    start(window, HOBBY, 45)
    window.select_track("hobby-1")
    qtbot.keyClick(window.canvas, Qt.Key.Key_A)
    texts = [
        window.live_score.items.item(row).text() for row in range(window.live_score.items.count())
    ]
    assert any("+10 acknowledged track hobby-1" in text for text in texts)
    assert "points" in window.live_score.total.text()
