"""Responses where a trainee can be misled: the selected track has left the picture, a key
pressed twice, a log entry with a right-to-left override. A response goes where the trainee
means it, and the list says what each one did."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from tests.ui import test_responses as responses_tests
from tests.ui.people import answer_dialogs, keys, press, type_text
from tests.ui.test_responses import HOBBY, start, stored_actions
from trainer.scoring.protocol import Action, ActionKind
from trainer.ui.choice_dialog import ChoiceDialog
from trainer.ui.main_window import MainWindow
from trainer.ui.panels.responses import describe

db_path = responses_tests.db_path  # the record's file
recording_window = responses_tests.recording_window  # a window writing to it

LOST = "T001 (lost: no longer on the map)"


def lost_t001(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """T001 selected, then dropped (170 s); the drone is T002 on the map from 184 s."""
    start(qtbot, window, HOBBY, 80)
    window.select_track("T001")
    window.driver.engine.run_until(190)
    window.driver.publish()
    assert window.responses.track_label.text() == "Track T001 (lost: no longer on the map)"


def offered(into: list[list[str]]):  # type: ignore[no-untyped-def]
    """A dialog step that notes the options listed (then the dialog is cancelled)."""

    def step(dialog: QDialog) -> None:
        into.append([dialog.list.item(r).text() for r in range(dialog.list.count())])

    return step


def test_a_track_action_on_a_lost_selection_asks_and_sends_nothing_to_it(
    recording_window: MainWindow, qtbot, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = recording_window
    lost_t001(qtbot, window)
    seen: list[list[str]] = []
    titles = answer_dialogs(qtbot, offered(seen))  # then cancelled
    press(qtbot, Qt.Key.Key_D)
    # Was: recorded at once as "Classified T001", about a track no longer to be seen.
    assert titles == ["Which track?"]
    assert seen == [["T002", LOST]]  # the live track first, the lost one still choosable
    assert stored_actions(db_path) == []
    assert window.selected == "T001"  # cancelled: the lost note stays
    assert window.responses.track_label.text().endswith("(lost: no longer on the map)")
    # Enter takes the live track, which is selected from then on; the next key asks nothing.
    answer_dialogs(qtbot, keys(qtbot, "", Qt.Key.Key_Return))
    press(qtbot, Qt.Key.Key_D)
    assert [(r[1], r[2]) for r in stored_actions(db_path)] == [("classify", "T002")]
    assert window.responses.track_label.text() == "Track T002"
    press(qtbot, Qt.Key.Key_A)
    assert [(r[1], r[2]) for r in stored_actions(db_path)][-1] == ("acknowledge", "T002")


def test_the_lost_track_is_acted_on_only_when_picked(
    recording_window: MainWindow, qtbot, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    # The scorer still credits an action on a lost track to its drone (police called after it
    # vanished): picking it is a deliberate choice, and it stays selected and called lost.
    window = recording_window
    lost_t001(qtbot, window)
    answer_dialogs(qtbot, keys(qtbot, "", Qt.Key.Key_Down, Qt.Key.Key_Return))
    press(qtbot, Qt.Key.Key_P)
    assert [(r[1], r[2]) for r in stored_actions(db_path)] == [("notify_police", "T001")]
    assert window.responses.track_label.text() == "Track T001 (lost: no longer on the map)"


def test_a_log_line_with_a_lost_selection_asks_which_incident_it_closes(
    recording_window: MainWindow, qtbot, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = recording_window
    lost_t001(qtbot, window)
    seen: list[list[str]] = []
    answer_dialogs(qtbot, offered(seen))  # cancelled: the entry is kept to send again
    window.responses.log_line.setFocus()
    type_text(qtbot, "Drone landed, owner found")
    press(qtbot, Qt.Key.Key_Return)
    assert seen == [["T002", LOST, "No particular track (any incident)"]]
    assert stored_actions(db_path) == []
    assert window.responses.log_line.text() == "Drone landed, owner found"
    answer_dialogs(qtbot, keys(qtbot, "", Qt.Key.Key_Return))  # the live track
    window.responses.log_line.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    rows = stored_actions(db_path)
    assert [(r[1], r[2]) for r in rows] == [("close_incident", "T002")]
    assert json.loads(rows[0][3]) == {"log": "Drone landed, owner found"}
    assert window.responses.log_line.text() == ""
    # "No particular track" closes any incident, as a close with nothing selected does.
    window.select_track("T001")
    answer_dialogs(qtbot, keys(qtbot, "", Qt.Key.Key_End, Qt.Key.Key_Return))
    window.responses.log_line.setFocus()
    type_text(qtbot, "All clear")
    press(qtbot, Qt.Key.Key_Return)
    assert [(r[1], r[2]) for r in stored_actions(db_path)][-1] == ("close_incident", None)


def test_aerodrome_actions_with_a_lost_selection_ask_nothing(
    recording_window: MainWindow, qtbot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window = recording_window
    lost_t001(qtbot, window)
    asked: list[object] = []
    monkeypatch.setattr(ChoiceDialog, "ask", classmethod(lambda _cls, *args: asked.append(args)))
    for key in (Qt.Key.Key_R, Qt.Key.Key_S, Qt.Key.Key_O):
        press(qtbot, key)
    assert [(r[1], r[2]) for r in stored_actions(db_path)] == [
        ("inform_radio", None),
        ("suspend_operations", None),
        ("resume_operations", None),
    ]
    assert asked == []
    assert window.selected == "T001"


def test_suspending_twice_says_the_second_changed_nothing(
    recording_window: MainWindow, qtbot, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = recording_window
    start(qtbot, window, HOBBY, 80)
    for key in (Qt.Key.Key_O, Qt.Key.Key_S, Qt.Key.Key_S, Qt.Key.Key_O, Qt.Key.Key_O):
        press(qtbot, key)
    assert [r[1] for r in stored_actions(db_path)] == [
        "resume_operations",
        "suspend_operations",
        "suspend_operations",
        "resume_operations",
        "resume_operations",
    ]  # every key press is on the record
    history = window.responses.history
    texts = [history.item(r).text() for r in range(history.count())]
    assert texts[0].endswith("Resumed runway operations  (already running: no change)")
    assert texts[1].endswith("Suspended runway operations")
    assert texts[2].endswith("Suspended runway operations  (already suspended: no change)")
    assert texts[3].endswith("Resumed runway operations")
    assert texts[4].endswith("(already running: no change)")
    assert history.item(2).toolTip().startswith("runway operations were suspended already")
    assert history.item(2).foreground().color().name() == "#7f8c8d"
    assert history.item(1).toolTip() == ""


def test_a_right_to_left_override_in_the_log_is_shown_cleaned_and_kept_on_record(
    recording_window: MainWindow, qtbot, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = recording_window
    start(qtbot, window, HOBBY, 80)
    typed = "\u202edrone gone\u202c, bird"
    window.responses.log_line.setFocus()
    window.responses.log_line.setText(typed)  # pasted (QTest cannot type a format character)
    press(qtbot, Qt.Key.Key_Return)
    assert json.loads(stored_actions(db_path)[0][3]) == {"log": typed}
    shown = window.responses.history.item(0).text()
    assert shown.endswith("Closed the incident: drone gone , bird")
    assert "\u202e" not in shown


def test_a_log_is_the_trainees_own_words_never_a_value_translated() -> None:
    # A log entry reading "false_track" is what was typed, not the judgement's words.
    action = Action(1, ActionKind.CLOSE_INCIDENT, 5.0, "", None, {"log": "false_track\n\u2066x"})
    assert describe(action) == "Closed the incident: false_track x"


def test_a_track_chosen_after_the_run_ended_is_no_response_and_says_so(
    recording_window: MainWindow, qtbot, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    # The run ends while the trainee is still choosing: nothing is recorded, and the window
    # says why (it dropped the choice without a word).
    window = recording_window
    lost_t001(qtbot, window)

    def end_then_choose(dialog: QDialog) -> None:
        window.driver.end()
        assert not window.recorder.active  # the run is closed
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)

    answer_dialogs(qtbot, end_then_choose)
    press(qtbot, Qt.Key.Key_D)
    assert stored_actions(db_path) == []
    shown = window.statusBar().currentMessage()
    assert shown == "The run has ended: that response was not recorded"
