"""Responding in the live window: keys and buttons in the trainee view become recorded actions
on tracks; runs end in a sheet that says whether the run is in the record."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from tests.conftest import SCENARIOS
from tests.ui.conftest import FakeClock
from tests.ui.label_text import label_shows
from tests.ui.people import answer_dialogs, confirm_name, keys, press, type_text
from trainer.errors import TrainerError
from trainer.launch import Workspace
from trainer.records import Repository, open_database
from trainer.scoring.due import due_windows
from trainer.scoring.due_text import due_line
from trainer.ui.main_window import INSTRUCTOR, TRAINEE, MainWindow
from trainer.ui.score_dialog import DUE
from trainer.ui.sim_driver import RunState

HOBBY = SCENARIOS / "hobby-drone-approach-23.yaml"  # track T001 from 70 s
INSPECTION = SCENARIOS / "inspection-fence.yaml"  # track T001 from 10.6 s


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
    qtbot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    scenario: Path,
    until_s: float,
    trainee: str = "Test trainee",
) -> None:
    """The trainee view at `until_s` of the scenario; the trainee confirms the name and starts."""
    window.open_scenario(scenario)
    window.set_role(TRAINEE)
    window.driver.engine.run_until(until_s)
    window.driver.publish()
    confirm_name(qtbot, window, trainee)
    press(qtbot, Qt.Key.Key_Space)
    assert window.driver.state == RunState.RUNNING


def test_keys_on_a_selected_track_are_committed_at_once(
    recording_window: MainWindow, qtbot, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = recording_window
    start(qtbot, window, HOBBY, 80)
    window.select_track("T001")
    assert window.responses.track_label.text() == "Track T001"
    for key in (Qt.Key.Key_A, Qt.Key.Key_D, Qt.Key.Key_U, Qt.Key.Key_R):
        press(qtbot, key)
    rows = stored_actions(db_path)
    assert [(r[0], r[1], r[2]) for r in rows] == [
        (1, "acknowledge", "T001"),
        (2, "classify", "T001"),
        (3, "identify", "T001"),
        (4, "inform_radio", None),  # about the aerodrome, whatever is selected
    ]
    assert '"drone"' in rows[1][3] and '"unauthorised"' in rows[2][3]
    assert window.responses.history.count() == 4
    assert "Classified T001 as drone" in window.responses.history.item(1).text()
    assert (
        window.identifications.judged["T001"] == "unauthorised"
    )  # the map shows the trainee's judgement


def test_aerodrome_actions_never_name_the_selected_track(
    recording_window: MainWindow, qtbot, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = recording_window
    start(qtbot, window, HOBBY, 80)
    window.select_track("T001")
    for key in (Qt.Key.Key_R, Qt.Key.Key_S, Qt.Key.Key_O, Qt.Key.Key_X):
        press(qtbot, key)
    # X with no log entry asks for one (the cursor goes to the line); Enter there closes.
    assert len(stored_actions(db_path)) == 3 and window.responses.log_line.hasFocus()
    qtbot.keyClicks(window.responses.log_line, "Drone gone, police informed")
    qtbot.keyClick(window.responses.log_line, Qt.Key.Key_Return)
    assert [(r[1], r[2]) for r in stored_actions(db_path)] == [
        ("inform_radio", None),
        ("suspend_operations", None),
        ("resume_operations", None),
        ("close_incident", "T001"),  # closing keeps the track selected
    ]
    assert "Drone gone, police informed" in stored_actions(db_path)[-1][3]
    # Enter on an empty line is a deliberate close without an entry.
    press(qtbot, Qt.Key.Key_X)
    qtbot.keyClick(window.responses.log_line, Qt.Key.Key_Return)
    assert [r[1] for r in stored_actions(db_path)][-1] == "close_incident"
    assert len(stored_actions(db_path)) == 5


def test_a_track_action_without_a_track_asks_which_and_never_guesses(
    recording_window: MainWindow, qtbot, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = recording_window
    start(qtbot, window, INSPECTION, 140)  # T001 (the inspection drone) and T002 (clutter)
    window.select_track("")
    offered: list[list[str]] = []

    def seen(dialog) -> None:  # type: ignore[no-untyped-def]
        offered.append([dialog.list.item(r).text() for r in range(dialog.list.count())])

    # Esc: nothing is recorded.
    answer_dialogs(qtbot, seen, keys(qtbot, "", Qt.Key.Key_Escape))
    press(qtbot, Qt.Key.Key_P)
    assert offered == [["T001", "T002"]]
    assert stored_actions(db_path) == [] and window.selected is None
    # Down, Enter: the second track, and it is selected from then on.
    titles = answer_dialogs(qtbot, keys(qtbot, "", Qt.Key.Key_Down, Qt.Key.Key_Return))
    press(qtbot, Qt.Key.Key_P)
    assert titles == ["Which track?"]
    assert [(r[1], r[2]) for r in stored_actions(db_path)] == [("notify_police", "T002")]
    assert window.selected == "T002" and window.responses.track_label.text() == "Track T002"
    # Aerodrome actions ask nothing.
    window.select_track("")
    press(qtbot, Qt.Key.Key_S)
    assert [(r[1], r[2]) for r in stored_actions(db_path)][-1] == ("suspend_operations", None)


def test_reclassifying_corrects_and_strikes_out(
    recording_window: MainWindow, qtbot, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = recording_window
    start(qtbot, window, HOBBY, 80)
    window.select_track("T001")
    press(qtbot, Qt.Key.Key_B)
    press(qtbot, Qt.Key.Key_D)
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT sequence, corrects FROM actions").fetchall() == [
            (1, None),
            (2, 1),
        ]
    assert window.responses.history.item(0).font().strikeOut()
    assert not window.responses.history.item(1).font().strikeOut()


def test_pressing_a_judgement_again_is_recorded_and_changes_nothing(
    recording_window: MainWindow, qtbot, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    # Every key press is on the record; the second D is no correction and says so.
    window = recording_window
    start(qtbot, window, HOBBY, 80)
    window.select_track("T001")
    press(qtbot, Qt.Key.Key_D)
    press(qtbot, Qt.Key.Key_D)
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT sequence, corrects FROM actions").fetchall() == [
            (1, None),
            (2, None),
        ]
    history = window.responses.history
    assert not history.item(0).font().strikeOut()
    assert history.item(1).text().endswith("Classified T001 as drone  (again: no change)")


def test_enter_in_the_log_line_closes_the_incident(
    recording_window: MainWindow, qtbot, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = recording_window
    start(qtbot, window, HOBBY, 80)
    window.responses.log_line.setFocus()
    type_text(qtbot, "Drone gone; runway open again")  # its letters are no commands here
    press(qtbot, Qt.Key.Key_Return)
    rows = stored_actions(db_path)
    assert [(r[1], r[2]) for r in rows] == [("close_incident", None)]
    assert "Drone gone; runway open again" in rows[0][3]
    assert window.responses.log_line.text() == "" and not window.responses.log_line.hasFocus()


@pytest.mark.parametrize(
    "name", ['Jan "de Vlieger" O\'Neil', "Ayşe 🚁 Doğan", "x" * 500, "<b>Sanne</b> שלום"]
)
def test_trainee_names_are_stored_and_shown_as_typed(
    recording_window: MainWindow, qtbot, db_path: Path, name: str
) -> None:  # type: ignore[no-untyped-def]
    window = recording_window
    window.open_scenario(INSPECTION)
    window.trainee_edit.setText(name)  # pasted: key clicks cannot type the helicopter
    window.trainee_edit.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Space)
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("SELECT name FROM trainees").fetchall() == [(name,)]
    assert name in label_shows(window.state_label)  # markup in a name is shown as typed
    assert not window.trainee_edit.isEnabled()  # no changing who trains in the middle of a run


def test_the_end_of_the_run_shows_and_stores_the_sheet(
    recording_window: MainWindow, qtbot, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = recording_window
    start(qtbot, window, INSPECTION, 30)
    window.select_track("T001")
    for key in (Qt.Key.Key_A, Qt.Key.Key_D, Qt.Key.Key_Y):
        press(qtbot, key)
    press(qtbot, Qt.Key.Key_S)  # over-reaction: the runway closed for an authorised drone
    window.driver.engine.run_until(599.9)
    for _ in range(20):
        window.clock.advance(0.1)
        window.driver.pump()
    assert window.driver.state == RunState.FINISHED
    dialog = window.score_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Score sheet \u2014 Exercise"  # the title tells the answer
    assert not dialog.record_warning.isVisible()  # it is in the record
    reasons = [dialog.table.item(row, 3).text() for row in range(dialog.table.rowCount())]
    assert any("suspended runway operations" in r for r in reasons)
    assert "FAILED" in dialog.summary.text() or "PASSED" in dialog.summary.text()
    repository = Repository(open_database(db_path))
    (run,) = repository.runs()
    assert run.status == "finished"
    # Over, so no longer 'recording': it said 'finished  recording run 1 for ...'.
    assert window.state_label.text() == f"finished  recorded as run {run.id} for Test trainee"
    sheet = repository.sheet(run.id)
    assert sheet is not None and [i.reason for i in sheet.items] == reasons
    assert sheet.disruption_minutes > 0
    # When each response was due, on the scenario's clock (start_time_local 10:30), as the PDF.
    windows = due_windows(sheet)
    assert windows
    for window_ in windows:
        line = dialog.table.item(window_.position, DUE).text()
        assert line == due_line(window_, (10 * 60 + 30) * 60) and line.startswith("due 10:3")
    assert "(10:30 at the run's start)" in dialog.clock_note.text()


def test_restart_keeps_the_abandoned_run_as_aborted(
    recording_window: MainWindow, qtbot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window = recording_window
    start(qtbot, window, HOBBY, 80)
    window.select_track("T001")
    press(qtbot, Qt.Key.Key_A)
    window.set_role(INSTRUCTOR)
    asked: list[str] = []
    monkeypatch.setattr(window, "ask_to_end_run", lambda q: asked.append(q) or True)
    window.restart_action.trigger()  # the instructor confirms ending the run under way
    assert len(asked) == 1
    assert window.responses.history.count() == 0
    confirm_name(qtbot, window, "Test trainee")
    press(qtbot, Qt.Key.Key_Space)
    repository = Repository(open_database(db_path))
    runs = repository.runs()
    assert [r.status for r in runs] == ["aborted", "running"]
    assert [a.kind.value for a in repository.actions(runs[0].id)] == ["acknowledge"]


def test_responses_are_refused_before_the_run_starts(
    recording_window: MainWindow, qtbot, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = recording_window
    window.open_scenario(HOBBY)
    window.set_role(TRAINEE)
    window.canvas.setFocus()
    press(qtbot, Qt.Key.Key_S)
    assert stored_actions(db_path) == []
    assert "Start the run" in window.statusBar().currentMessage()


def test_the_instructor_view_takes_no_responses(
    recording_window: MainWindow, qtbot, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = recording_window
    start(qtbot, window, HOBBY, 80)
    window.set_role(INSTRUCTOR)
    window.select_track("hobby-1")  # the instructor selects drones
    press(qtbot, Qt.Key.Key_A)
    press(qtbot, Qt.Key.Key_S)
    assert stored_actions(db_path) == []
    panel = window.responses
    assert panel.note_label.isVisible() and "trainee view" in panel.note_label.text()
    assert not any(button.isEnabled() for button in panel.buttons.values())
    assert "trainee view" in window.statusBar().currentMessage()
    window.set_role(TRAINEE)
    assert not panel.note_label.isVisible() and all(b.isEnabled() for b in panel.buttons.values())


def test_the_instructor_sees_the_live_score(recording_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = recording_window
    start(qtbot, window, HOBBY, 80)
    window.select_track("T001")
    press(qtbot, Qt.Key.Key_A)
    window.set_role(INSTRUCTOR)
    texts = [
        window.live_score.items.item(row).text() for row in range(window.live_score.items.count())
    ]
    assert any(text.split()[:3] == ["+10", "acknowledged", "track"] for text in texts)
    assert "points" in window.live_score.total.text()


# -- who is training, and whether the run is on the record ---------------------------------


def test_the_instructors_end_of_run_sheet_exports_and_prints(
    recording_window: MainWindow, qtbot, db_path: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    window = recording_window
    start(qtbot, window, INSPECTION, 30)
    window.set_role(INSTRUCTOR)  # the instructor watches this run to its end
    window.driver.engine.run_until(599.9)
    for _ in range(20):
        window.clock.advance(0.1)
        window.driver.pump()
    dialog = window.score_dialog
    assert dialog is not None and dialog.export_button is not None
    (run,) = Repository(open_database(db_path)).runs()

    out = tmp_path / "out"
    monkeypatch.setattr(QInputDialog, "getItem", lambda *_args: ("csv", True))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_args: str(out))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in out.iterdir()] == [f"Test-trainee_inspection-fence_run{run.id}.csv"]

    printed = tmp_path / "printed.pdf"

    def print_to_file(self: QPrintDialog) -> int:
        self.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer().setOutputFileName(str(printed))
        return 1

    monkeypatch.setattr(QPrintDialog, "exec", print_to_file)
    assert dialog.print_button is not None
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert printed.read_bytes().startswith(b"%PDF")
    assert f"run {run.id} sent to the printer" in window.statusBar().currentMessage()


def test_the_trainees_end_of_run_sheet_has_no_export_or_print(
    recording_window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = recording_window
    start(qtbot, window, INSPECTION, 30)
    window.driver.engine.run_until(599.9)
    for _ in range(20):
        window.clock.advance(0.1)
        window.driver.pump()
    dialog = window.score_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.export_button is None and dialog.print_button is None


def test_namesakes_on_the_roster_are_asked_apart(
    recording_window: MainWindow, qtbot, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = recording_window
    repository = window.repository
    repository.add_trainee("Anna Jansen", external_id="2024-017", group="Blue")
    second = repository.add_trainee("Anna Jansen", external_id="2024-031", group="Red")
    window.open_scenario(HOBBY)
    window.set_role(TRAINEE)
    offered: list[str] = []

    def seen(dialog) -> None:  # type: ignore[no-untyped-def]
        offered.extend(dialog.list.item(r).text() for r in range(dialog.list.count()))

    answer_dialogs(qtbot, seen, keys(qtbot, "", Qt.Key.Key_Down, Qt.Key.Key_Return))
    confirm_name(qtbot, window, "Anna Jansen")
    assert offered == [
        "Anna Jansen (roster id 2024-017, group Blue; trainee 1)",
        "Anna Jansen (roster id 2024-031, group Red; trainee 2)",
    ]
    press(qtbot, Qt.Key.Key_Space)
    window.driver.engine.run_until(80)
    window.driver.publish()
    window.select_track("T001")
    press(qtbot, Qt.Key.Key_A)
    (run,) = repository.runs()
    assert run.trainee_id == second
    assert [a.kind.value for a in repository.actions(run.id)] == ["acknowledge"]
    assert window.recorder.stored and window.recorder.last_error is None


def test_the_name_field_offers_the_roster_as_you_type(recording_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = recording_window
    repository = window.repository
    repository.add_trainee("Anna Jansen")
    repository.add_trainee("Joris de Jong")
    retired = repository.add_trainee("Jan Oud")
    repository.retire_trainee(retired)
    window.open_scenario(HOBBY)
    window.trainee_edit.setFocus()  # the list is read again on focus: the roster just changed
    qtbot.keyClicks(window.trainee_edit, "jan")
    completer = window.trainee_completer
    offered = [
        completer.completionModel().index(row, 0).data()
        for row in range(completer.completionCount())
    ]
    assert offered == ["Anna Jansen"]  # any part of a name, any case; the retired are not offered
    completer.popup().setCurrentIndex(completer.completionModel().index(0, 0))
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert window.trainee_edit.text() == "Anna Jansen"


def test_cancelling_the_namesake_question_starts_nothing(
    recording_window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = recording_window
    window.repository.add_trainee("Anna Jansen")
    window.repository.add_trainee("Anna Jansen")
    window.open_scenario(HOBBY)
    window.set_role(TRAINEE)
    answer_dialogs(qtbot, keys(qtbot, "", Qt.Key.Key_Escape))
    confirm_name(qtbot, window, "Anna Jansen")
    assert window.trainee is None and window.focusWidget() is window.trainee_edit
    press(qtbot, Qt.Key.Key_Space)  # typed into the name field: no start without a name
    assert window.driver.state == RunState.READY


def test_a_run_the_record_refuses_says_so_on_its_sheet(
    recording_window: MainWindow, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window = recording_window

    def locked(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise TrainerError("database is locked")

    monkeypatch.setattr(window.repository, "start_run", locked)
    start(qtbot, window, INSPECTION, 30)
    window.error_dialog.close()  # said at once, too
    window.select_track("T001")
    press(qtbot, Qt.Key.Key_A)
    assert not window.recorder.stored
    assert window.recorder.last_error == "database is locked"
    window.set_role(INSTRUCTOR)
    window.end_action.trigger()
    dialog = window.score_dialog
    assert dialog is not None and dialog.record_warning.isVisible()
    assert dialog.record_warning.text() == "NOT in the training record: database is locked"
    assert window.responses.history.count() == 1  # still kept in memory, and scored


def test_a_window_without_a_record_says_so_on_the_sheet(
    window: MainWindow, qtbot, clock: FakeClock
) -> None:  # type: ignore[no-untyped-def]
    start(qtbot, window, INSPECTION, 30)
    window.set_role(INSTRUCTOR)
    window.end_action.trigger()
    assert window.score_dialog.record_warning.text() == (
        "NOT in the training record: no training record is open"
    )
    assert window.score_dialog.windowTitle() == "Score sheet \u2014 Authorised fence inspection"


def test_an_ended_early_sheet_says_so_at_the_top(qtbot) -> None:  # type: ignore[no-untyped-def]
    from trainer.scoring.sheet import ScoreSheet
    from trainer.ui.score_dialog import ScoreSheetDialog

    sheet = ScoreSheet("s", 1, (), 10, 50, 20, 70, False, 0, 0, ended_at_s=200)
    dialog = ScoreSheetDialog(sheet, "Exercise", "Sanne")
    qtbot.addWidget(dialog)
    assert dialog.result_label.text().startswith("FAILED \u2014 run ended early at 3:20")


def test_a_selected_track_that_is_lost_says_so(
    recording_window: MainWindow, qtbot, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    # What its keys do then: tests/ui/test_lost_track_responses.py (they ask which track).
    window = recording_window
    start(qtbot, window, HOBBY, 80)
    window.select_track("T001")
    assert window.responses.track_label.text() == "Track T001"
    window.driver.engine.run_until(190)  # T001 is dropped at 170 s, the drone is T002 from 184 s
    window.driver.publish()
    # Was "Track T001" with the track gone from map and table, while T002 was on show.
    assert window.responses.track_label.text() == "Track T001 (lost: no longer on the map)"
    window.select_track("T002")
    assert window.responses.track_label.text() == "Track T002"
    window.select_track("T001")  # e.g. by clicking its alert: lost at once
    assert window.responses.track_label.text().endswith("(lost: no longer on the map)")
