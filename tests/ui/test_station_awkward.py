"""A station used as people do in class: the instructor ends the exercise while a trainee is
still choosing a track, a selected track leaves the picture."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog

from tests.ui import test_station_window as station_tests
from tests.ui.people import answer_dialogs, keys
from tests.ui.test_station_window import WAIT_MS, Lesson, joined_window, press
from trainer.classroom.console import ClassConsole
from trainer.classroom.transport import ConsoleSocket
from trainer.launch import Workspace
from trainer.scoring.protocol import ActionKind
from trainer.ui.station_window import StationWindow

lesson = station_tests.lesson  # a class console pumped by a Qt timer


def running_with_a_track(qtbot, lesson: Lesson, window: StationWindow) -> None:  # type: ignore[no-untyped-def]
    lesson.console.start()
    qtbot.waitUntil(lambda: window.track_table.model().rowCount() > 0, timeout=WAIT_MS)


def test_a_track_chosen_after_the_instructor_ended_the_exercise_is_no_response(
    qtbot, lesson: Lesson, workspace: Workspace, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = joined_window(qtbot, lesson, workspace, tmp_path)
    running_with_a_track(qtbot, lesson, window)
    window.select_track("")

    def end_then_choose(dialog: QDialog) -> None:
        # The trainee is still reading the list when the instructor ends the exercise; the
        # station hears of it, and only then does the trainee press Enter.
        lesson.console.end()
        qtbot.waitUntil(lambda: window.state == "ended", timeout=WAIT_MS)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    titles = answer_dialogs(qtbot, end_then_choose)
    press(qtbot, window, Qt.Key.Key_D)
    assert titles == ["Which track?"]
    assert window.link.outbox.last_seq() == 0  # nothing sent, nothing waiting
    assert window.responses.history.count() == 0
    assert window.statusBar().currentMessage() == "The exercise is over"
    qtbot.wait(200)  # what the console would have taken in by now
    assert lesson.repository.actions(lesson.run_id()) == []
    (station,) = lesson.console.stations.values()
    assert station.late_actions == 0


def test_a_track_chosen_while_the_exercise_was_paused_waits_for_the_instructor(
    qtbot, lesson: Lesson, workspace: Workspace, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = joined_window(qtbot, lesson, workspace, tmp_path)
    running_with_a_track(qtbot, lesson, window)
    window.select_track("")

    def pause_then_choose(dialog: QDialog) -> None:
        lesson.console.pause()
        qtbot.waitUntil(lambda: window.state == "paused", timeout=WAIT_MS)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    answer_dialogs(qtbot, pause_then_choose)
    press(qtbot, window, Qt.Key.Key_D)
    assert window.link.outbox.last_seq() == 0
    assert window.statusBar().currentMessage() == (
        "The instructor has paused the exercise: you can respond again when it goes on"
    )  # not queued: nothing waits to be sent
    # Going on, the same key works as before, on the track chosen.
    lesson.console.resume()
    qtbot.waitUntil(lambda: window.state == "running", timeout=WAIT_MS)
    drone = next(b for r, b in window.responses.buttons.items() if r.key == "D")
    qtbot.mouseClick(drone, Qt.MouseButton.LeftButton)  # the button: offscreen, the keys
    # would need the window made active again after the dialog (a window manager's job)
    qtbot.waitUntil(lambda: len(lesson.repository.actions(lesson.run_id())) == 1, timeout=WAIT_MS)
    assert lesson.repository.actions(lesson.run_id())[0].track == window.selected


def test_a_selected_track_off_the_picture_is_called_lost_until_it_is_back(
    qtbot, lesson: Lesson, workspace: Workspace, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = joined_window(qtbot, lesson, workspace, tmp_path)
    running_with_a_track(qtbot, lesson, window)
    label = window.responses.track_label
    assert window.picture is not None and "T002" not in window.picture.ids
    # An alert of a track no longer (or not yet) in view, clicked: the keys would act on a
    # track the trainee cannot see, and the panel says so, as the single-PC window does.
    window.alerts.track_chosen.emit("T002")
    assert window.selected == "T002"
    assert label.text() == "Track T002 (lost: no longer on the map)"
    qtbot.waitUntil(lambda: "T002" in window.picture.ids, timeout=WAIT_MS)  # the second drone
    assert label.text() == "Track T002"
    window.select_track("T001")
    assert label.text() == "Track T001"


def test_a_roster_entry_picked_after_the_start_gets_the_run(
    qtbot, lesson: Lesson, workspace: Workspace, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    chris = lesson.repository.add_trainee("Chris Bakker", group="DO-12")
    dialog = station_tests.connect_dialog(qtbot, lesson)
    station_tests.fill_in(qtbot, dialog, lesson.address, lesson.console.code, "chris bakker")
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=WAIT_MS)
    # While the trainee reads the list, the instructor starts: the station's run begins under
    # the name typed (a roster entry is made for it, as for any name not on the roster).
    lesson.console.start()
    run_id = lesson.run_id()
    typed = lesson.repository.run(run_id).trainee_id
    assert typed != chris
    labels = [dialog.roster.item(i).text() for i in range(dialog.roster.count())]
    dialog.roster.setCurrentRow(labels.index("Chris Bakker  (group DO-12)"))
    qtbot.mouseClick(dialog.pick_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=WAIT_MS)
    assert dialog.link is not None
    dialog.link.close()
    # The pick's run, not a stranger's: the same run (one seat), now Chris Bakker's, and the
    # entry made for "chris bakker" gone from the roster (it would make the name ambiguous).
    (station,) = lesson.console.stations.values()
    assert station.run_id == run_id and station.trainee == "Chris Bakker"
    assert lesson.repository.run(run_id).trainee_id == chris
    assert [t.name for t in lesson.repository.trainees()] == ["Chris Bakker"]


def test_a_station_removed_while_its_trainee_chooses_a_track_sends_nothing_and_says_so(
    qtbot, lesson: Lesson, workspace: Workspace, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = joined_window(qtbot, lesson, workspace, tmp_path)
    running_with_a_track(qtbot, lesson, window)
    window.select_track("")

    def remove_then_choose(dialog: QDialog) -> None:
        (station,) = lesson.console.stations.values()
        lesson.console.remove(station.station)
        qtbot.waitUntil(lambda: window.stopped is not None, timeout=WAIT_MS)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    answer_dialogs(qtbot, remove_then_choose)
    press(qtbot, window, Qt.Key.Key_A)
    assert window.link.outbox.last_seq() == 0
    assert window.statusBar().currentMessage() == "This station has left the exercise"
    assert window.message_box is not None
    qtbot.waitUntil(lambda: window.message_box.isVisible(), timeout=WAIT_MS)


def test_a_station_let_go_with_actions_still_on_their_way_does_not_say_all_are_recorded(
    qtbot, lesson: Lesson, workspace: Workspace, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = joined_window(qtbot, lesson, workspace, tmp_path)
    running_with_a_track(qtbot, lesson, window)
    (station,) = lesson.console.stations.values()
    recorded = window.link.act(ActionKind.INFORM_RADIO, 1.0)
    qtbot.waitUntil(lambda: window.link.outbox.acked == recorded, timeout=WAIT_MS)
    window.link.act(ActionKind.SUSPEND_OPERATIONS, 2.0)  # on its way as the instructor removes
    lesson.console.remove(station.station)
    qtbot.waitUntil(lambda: window.stopped is not None, timeout=WAIT_MS)
    assert window.link.unacknowledged == 1
    assert [a.kind for a in lesson.repository.actions(lesson.run_id())] == [ActionKind.INFORM_RADIO]
    box = window.message_box
    assert box is not None
    assert box.informativeText().startswith("1 of your actions had not reached the record")


def test_a_console_started_again_leaves_no_alerts_or_selection_of_the_exercise_before(
    qtbot, lesson: Lesson, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    window = joined_window(qtbot, lesson, workspace, tmp_path)
    running_with_a_track(qtbot, lesson, window)
    qtbot.waitUntil(lambda: window.alerts.rowCount() > 0, timeout=WAIT_MS)
    window.select_track("T001")
    old = lesson.console
    monkeypatch.setattr(old, "pump", lambda *_args: [])  # the lesson's timer pumps it
    old.socket.close()  # the console's PC restarts; the instructor starts the console again
    radio = next(b for r, b in window.responses.buttons.items() if r.key == "R")
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton)  # made while the console is away
    assert window.link.unacknowledged == 1
    socket = ConsoleSocket(f"tcp://127.0.0.1:{old.socket.port}")
    again = ClassConsole(old.prepared, lesson.repository, old.session_id, socket, code=old.code)
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: again.pump(0))
    timer.start()
    try:
        # The station hears nothing for 5 s (its clock is moved on past them), joins again,
        # and gets the new exercise's picture (waiting for the start): its time from 0, no
        # track on it yet.
        while window.link.pump(50):
            pass  # what the dead console had sent is in first (heard after the jump: silence anew)
        link_clock = window.link.clock
        monkeypatch.setattr(window.link, "clock", lambda: link_clock() + 6)
        qtbot.waitUntil(lambda: window.state == "ready", timeout=3 * WAIT_MS)
        assert window.alerts.rowCount() == 0  # no "track lost" at 0:00, none of before
        assert window.selected is None
        assert window.responses.track_label.text() == "No track selected"
        # The action made meanwhile belongs to the exercise before: never taken into the new
        # one. Its run is still running on this record (the console of before is this test's
        # process), so no run takes it: the station keeps it on the PC and says so, in words
        # that fit (not "after the exercise had ended").
        qtbot.waitUntil(lambda: window.link.unacknowledged == 0, timeout=WAIT_MS)
        assert window.kept_box is not None and window.kept_box.isVisible()
        assert window.kept_box.text().startswith(
            "1 of your actions from the exercise before the console was started again could "
            "not be recorded"
        )
        assert window.responses.history.count() == 0
        assert all(lesson.repository.actions(r.id) == [] for r in lesson.repository.runs())
    finally:
        timer.stop()
        again.socket.close()


def test_a_double_click_on_join_joins(qtbot, lesson: Lesson) -> None:  # type: ignore[no-untyped-def]
    dialog = station_tests.connect_dialog(qtbot, lesson)
    qtbot.keyClicks(dialog.address_edit, lesson.address)
    qtbot.keyClicks(dialog.code_edit, lesson.console.code)
    qtbot.keyClicks(dialog.name_edit, "Sanne")
    # Join becomes Stop at the first click: the second click of a double-click stopped the
    # joining ("Stopped trying") where the console was a moment slow to answer.
    for _click in range(2):  # a double-click: two clicks in the double-click interval
        qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    assert dialog.link is not None, dialog.message.text()
    assert "Stopped" not in dialog.message.text()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=WAIT_MS)
    dialog.link.close()


def test_the_roster_list_shows_names_as_one_line_that_reads_as_typed(qtbot, lesson: Lesson) -> None:  # type: ignore[no-untyped-def]
    lesson.repository.add_trainee("Eve \u202eevil\u202c\nJansen", group="Blue")
    dialog = station_tests.connect_dialog(qtbot, lesson)
    dialog.address_edit.setText(lesson.address)
    dialog.code_edit.setText(lesson.console.code)
    dialog.name_edit.setText("Eve \u202ex")  # pasted: QTest cannot type a U+202E
    qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=WAIT_MS)
    labels = [dialog.roster.item(i).text() for i in range(dialog.roster.count())]
    # A right-to-left override in a name turned round what follows it: "(group Blue)" too.
    assert labels == ["Eve evil Jansen  (group Blue)", "Not on the list: join as “Eve x”"]
    dialog.reject()


def test_the_roster_list_says_group_in_dutch(qtbot, lesson: Lesson, dutch_windows: None) -> None:  # type: ignore[no-untyped-def]
    lesson.repository.add_trainee("Anna Bakker", group="Blauw")
    lesson.repository.add_trainee("Anna Bakker", group="Rood")
    dialog = station_tests.connect_dialog(qtbot, lesson)
    station_tests.fill_in(qtbot, dialog, lesson.address, lesson.console.code, "Anna Bakker")
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=WAIT_MS)
    assert dialog.roster.item(0).text() == "Anna Bakker  (groep Blauw)"
    dialog.reject()


def test_a_late_joiner_whose_name_is_not_on_the_roster_as_typed_is_asked_too(
    qtbot, lesson: Lesson
) -> None:  # type: ignore[no-untyped-def]
    chris = lesson.repository.add_trainee("Chris Bakker", group="DO-12")
    lesson.console.start()  # the exercise runs: a joining station's run starts at once
    dialog = station_tests.connect_dialog(qtbot, lesson)
    station_tests.fill_in(qtbot, dialog, lesson.address, lesson.console.code, "chris bakker")
    # The run began under the typed name, on a roster entry made for it; the list the station
    # gets leaves that entry out, so it asks as before the start (it took the new entry as
    # the one namesake, joined as a stranger and left "chris bakker" on the roster).
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=WAIT_MS)
    labels = [dialog.roster.item(i).text() for i in range(dialog.roster.count())]
    assert labels == ["Chris Bakker  (group DO-12)", "Not on the list: join as “chris bakker”"]
    dialog.roster.setCurrentRow(0)
    qtbot.mouseClick(dialog.pick_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=WAIT_MS)
    assert dialog.link is not None
    dialog.link.close()
    assert lesson.repository.run(lesson.run_id()).trainee_id == chris
    assert [t.name for t in lesson.repository.trainees()] == ["Chris Bakker"]


def test_a_key_with_the_selected_track_lost_asks_which_track_as_the_window_does(
    qtbot, lesson: Lesson, workspace: Workspace, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = joined_window(qtbot, lesson, workspace, tmp_path)
    running_with_a_track(qtbot, lesson, window)
    lesson.console.set_speed(1.0)  # T002 stays off the picture while the test presses keys
    window.alerts.track_chosen.emit("T002")  # an alert of a track not in view: lost
    assert window.responses.track_label.text() == "Track T002 (lost: no longer on the map)"
    offered: list[list[str]] = []

    def seen(dialog: QDialog) -> None:
        offered.append([dialog.list.item(r).text() for r in range(dialog.list.count())])

    titles = answer_dialogs(qtbot, seen)  # cancelled
    press(qtbot, window, Qt.Key.Key_D)
    assert titles == ["Which track?"]
    assert offered == [["T001", "T002 (lost: no longer on the map)"]]
    assert window.link.outbox.last_seq() == 0 and window.selected == "T002"
    # The aerodrome's actions go as before, whatever is selected; twice S says so.
    press(qtbot, window, Qt.Key.Key_S, Qt.Key.Key_S)
    history = window.responses.history
    qtbot.waitUntil(lambda: len(lesson.repository.actions(lesson.run_id())) == 2, timeout=WAIT_MS)
    assert [(a.kind, a.track) for a in lesson.repository.actions(lesson.run_id())] == [
        (ActionKind.SUSPEND_OPERATIONS, None),
        (ActionKind.SUSPEND_OPERATIONS, None),
    ]
    qtbot.waitUntil(lambda: "sending" not in history.item(1).text(), timeout=WAIT_MS)
    assert history.item(1).text().endswith("  (already suspended: no change)")
    assert not history.item(0).text().endswith("no change)")
    # Enter in the question takes the live track, on the record under it.
    answer_dialogs(qtbot, keys(qtbot, "", Qt.Key.Key_Return))
    press(qtbot, window, Qt.Key.Key_D)
    qtbot.waitUntil(lambda: len(lesson.repository.actions(lesson.run_id())) == 3, timeout=WAIT_MS)
    last = lesson.repository.actions(lesson.run_id())[-1]
    assert (last.kind, last.track) == (ActionKind.CLASSIFY, "T001")
    assert window.responses.track_label.text() == "Track T001"
