"""A trainee's station window against a real class console on loopback: joining, the picture,
responses by key onto the record, the sheet; and nothing of the truth on the screen."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
)

from tests.conftest import SCENARIOS
from tests.ui.people import answer_dialogs, keys
from tests.ui.test_trainee_sees_no_truth import action_texts, leaks, widget_texts
from trainer.classroom.console import ClassConsole
from trainer.classroom.discovery import ConsoleFound
from trainer.classroom.transport import ConsoleSocket
from trainer.launch import Workspace
from trainer.records import Repository, open_database
from trainer.scoring.due import Outcome, due_windows
from trainer.scoring.due_text import due_line
from trainer.scoring.protocol import ActionKind
from trainer.ui.app import configure_pyqtgraph
from trainer.ui.score_dialog import DUE
from trainer.ui.station_connect import ConnectDialog
from trainer.ui.station_exercise import exercise_airspace
from trainer.ui.station_state import LastJoin, StationState, endpoint_of
from trainer.ui.station_window import StationWindow

SESSION = "Drone incidents, group A"
SPEED = 40.0  # the survey drone's track (T001) is up about 40 s in: a second of wall time
WAIT_MS = 8000


@dataclass
class Lesson:
    """A class console on loopback, pumped by a Qt timer as the instructor's window would."""

    console: ClassConsole
    repository: Repository
    address: str  # host:port, as the trainee types it
    folder: Path

    def station_dir(self, name: str = "station") -> Path:
        return self.folder / name

    def run_id(self) -> int:
        (station,) = self.console.stations.values()
        assert station.run_id is not None
        return station.run_id


@pytest.fixture
def lesson(qtbot, workspace: Workspace, tmp_path: Path) -> Iterator[Lesson]:  # type: ignore[no-untyped-def]
    configure_pyqtgraph()
    prepared = workspace.prepare(SCENARIOS / "two-drones.yaml")
    repository = Repository(open_database(tmp_path / "record.sqlite"))
    session = repository.add_session(SESSION, instructor="Instructor")
    socket = ConsoleSocket("tcp://127.0.0.1:0")
    console = ClassConsole(prepared, repository, session, socket, picture_hz=20.0)
    console.set_speed(SPEED)
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: console.pump(0))
    timer.start()
    yield Lesson(console, repository, f"127.0.0.1:{socket.port}", tmp_path)
    timer.stop()
    socket.close()
    repository.db.close()


def connect_dialog(qtbot, lesson: Lesson, folder: str = "station") -> ConnectDialog:  # type: ignore[no-untyped-def]
    dialog = ConnectDialog(StationState(lesson.station_dir(folder)), find=lambda _s: [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def fill_in(qtbot, dialog: ConnectDialog, address: str, code: str, name: str) -> None:  # type: ignore[no-untyped-def]
    for edit, text in ((dialog.address_edit, address), (dialog.code_edit, code),
                       (dialog.name_edit, name)):  # fmt: skip
        edit.clear()
        qtbot.keyClicks(edit, text)
    qtbot.mouseClick(dialog.join_button, Qt.MouseButton.LeftButton)


def open_window(
    qtbot, dialog: ConnectDialog, workspace: Workspace, tmp_path: Path
) -> StationWindow:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=WAIT_MS)
    link = dialog.link
    assert link is not None and link.welcome is not None
    settings = QSettings(str(tmp_path / "station.ini"), QSettings.Format.IniFormat)
    window = StationWindow(link, exercise_airspace(link.welcome, workspace), workspace, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def joined_window(
    qtbot, lesson: Lesson, workspace: Workspace, tmp_path: Path, name: str = "Pieter Jansen"
) -> StationWindow:  # type: ignore[no-untyped-def]
    """A station joined by typing the console's address, code and a name, its window open."""
    dialog = connect_dialog(qtbot, lesson)
    fill_in(qtbot, dialog, lesson.address, lesson.console.code, name)
    return open_window(qtbot, dialog, workspace, tmp_path)


def press(qtbot, window: StationWindow, *pressed: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    # The response keys are the window's: after a dialog, a window manager makes the window
    # active again; offscreen has none, so the test does.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for key in pressed:
        qtbot.keyClick(window.canvas, key)


def recorded(lesson: Lesson) -> list[tuple[ActionKind, str | None]]:
    return [(a.kind, a.track) for a in lesson.repository.actions(lesson.run_id())]


def screen_texts(window: StationWindow) -> list[tuple[str, str]]:
    texts: list[tuple[str, str]] = [("status", window.statusBar().currentMessage())]
    for top in QApplication.topLevelWidgets():
        if top.isVisible():
            texts += widget_texts(top)
    texts += [("menu", text) for text in action_texts(window.menuBar().actions())]
    texts += [
        ("map label", item.toPlainText() if isinstance(item, QGraphicsTextItem) else item.text())
        for item in window.canvas.scene().items()
        if isinstance(item, QGraphicsTextItem | QGraphicsSimpleTextItem) and item.isVisible()
    ]
    return texts


def test_a_trainee_joins_acts_by_key_onto_the_record_and_gets_the_sheet(
    qtbot, lesson: Lesson, workspace: Workspace, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = connect_dialog(qtbot, lesson)
    fill_in(qtbot, dialog, lesson.address, lesson.console.code.lower(), "Sanne de Vries")
    window = open_window(qtbot, dialog, workspace, tmp_path)
    assert window.windowTitle() == f"Exercise \u2014 {SESSION} \u2014 Twente Drone Safety Trainer"
    qtbot.waitUntil(lambda: "Waiting for the instructor" in window.status.exercise.text())
    assert window.status.connection.text() == "Connected"
    press(qtbot, window, Qt.Key.Key_A)  # before the start: nothing is sent
    assert window.link.outbox.last_seq() == 0

    lesson.console.start()
    qtbot.waitUntil(lambda: window.track_table.model().rowCount() > 0, timeout=WAIT_MS)
    assert window.status.exercise.text() == "Exercise running"
    assert window.track_table.source.drone_id(0) == "T001"
    window.track_table.selectRow(0)
    assert window.selected == "T001"
    press(qtbot, window, Qt.Key.Key_A, Qt.Key.Key_D, Qt.Key.Key_Y, Qt.Key.Key_R)
    qtbot.waitUntil(lambda: len(lesson.repository.actions(lesson.run_id())) == 4, timeout=WAIT_MS)
    assert recorded(lesson) == [
        (ActionKind.ACKNOWLEDGE, "T001"),
        (ActionKind.CLASSIFY, "T001"),
        (ActionKind.IDENTIFY, "T001"),
        (ActionKind.INFORM_RADIO, None),  # about the aerodrome, whatever is selected
    ]
    # A track action with nothing selected asks which track, and guesses nothing.
    window.select_track("")
    answer_dialogs(qtbot, keys(qtbot, "", Qt.Key.Key_Return))
    press(qtbot, window, Qt.Key.Key_7)
    qtbot.waitUntil(lambda: len(lesson.repository.actions(lesson.run_id())) == 5, timeout=WAIT_MS)
    assert recorded(lesson)[-1] == (ActionKind.SET_THREAT, "T001")
    # A new judgement corrects the earlier one: struck through, never removed.
    press(qtbot, window, Qt.Key.Key_U)
    qtbot.waitUntil(lambda: window.link.unacknowledged == 0, timeout=WAIT_MS)
    history = window.responses.history
    assert history.count() == 6
    assert history.item(2).font().strikeOut() and not history.item(5).font().strikeOut()
    assert "sending" not in history.item(5).text()

    lesson.console.end()
    qtbot.waitUntil(lambda: "release the sheets" in window.status.exercise.text(), timeout=WAIT_MS)
    assert not window.responses.enabled_for_run
    assert lesson.console.release_sheets() == 1
    qtbot.waitUntil(lambda: window.sheet_dialog is not None, timeout=WAIT_MS)
    dialog_shown = window.sheet_dialog
    assert dialog_shown is not None and dialog_shown.isVisible()
    sheet = lesson.repository.sheet(lesson.run_id())
    assert sheet is not None
    assert dialog_shown.table.rowCount() == len(sheet.items)
    assert "your score sheet is out" in window.status.exercise.text()
    # Each window came over the protocol: the line the exported sheet prints, on the clock the
    # station's status bar showed (the welcome's start of the exercise).
    start_s = lesson.console.prepared.scenario.start_minute_of_day * 60
    windows = due_windows(sheet)
    assert {w.outcome for w in windows} >= {Outcome.MET, Outcome.MISSED}
    for shown in windows:
        line = dialog_shown.table.item(shown.position, DUE).text()
        assert line == due_line(shown, start_s) and line.startswith("due 13:")  # not 0:40

    # Nothing on screen names a drone of the scenario, its id or its title.
    scenario = lesson.console.prepared.scenario
    secrets = {d.id for d in scenario.drones} | {d.label for d in scenario.drones if d.label}
    secrets |= {scenario.title, scenario.id}
    texts = screen_texts(window)
    assert len(texts) > 300  # the walk did find the screen's text: the tracks too
    assert any(text.startswith("T001") for where, text in texts if where == "TrackTable")
    reasons = {item.reason for item in sheet.items}
    found = leaks(iter(texts), secrets)
    assert [(where, text) for where, text in found if text not in reasons] == []


def test_a_wrong_code_is_refused_and_the_trainee_tries_again(
    qtbot, lesson: Lesson, workspace: Workspace, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = connect_dialog(qtbot, lesson)
    fill_in(qtbot, dialog, lesson.address, "WRONG1", "Sanne de Vries")
    qtbot.waitUntil(lambda: "Wrong session code" in dialog.message.text(), timeout=WAIT_MS)
    assert dialog.isVisible() and dialog.code_edit.isEnabled() and dialog.link is None
    assert lesson.console.stations == {}
    fill_in(qtbot, dialog, lesson.address, lesson.console.code, "Sanne de Vries")
    window = open_window(qtbot, dialog, workspace, tmp_path)
    assert window.link.joined and len(lesson.console.stations) == 1


def test_a_second_station_under_the_same_name_is_told_so_at_its_name(
    qtbot, lesson: Lesson, workspace: Workspace, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    first = connect_dialog(qtbot, lesson, "pc-1")
    fill_in(qtbot, first, lesson.address, lesson.console.code, "Sanne de Vries")
    window = open_window(qtbot, first, workspace, tmp_path)
    second = connect_dialog(qtbot, lesson, "pc-2")
    fill_in(qtbot, second, lesson.address, lesson.console.code, "Sanne de Vries")
    qtbot.waitUntil(lambda: "already in this class" in second.message.text(), timeout=WAIT_MS)
    assert "Sanne de Vries" in second.message.text()
    assert second.focusWidget() is second.name_edit and second.link is None
    fill_in(qtbot, second, lesson.address, lesson.console.code, "Sanne de Vries B.")
    qtbot.waitUntil(lambda: second.result() == QDialog.DialogCode.Accepted, timeout=WAIT_MS)
    assert second.link is not None
    second.link.close()
    window.close()
    names = sorted(s.trainee for s in lesson.console.stations.values())
    assert names == ["Sanne de Vries", "Sanne de Vries B."]


def test_the_roster_lets_the_trainee_pick_their_own_entry(
    qtbot, lesson: Lesson, workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    blue = lesson.repository.add_trainee("Anna Bakker", group="Blue")
    red = lesson.repository.add_trainee("Anna Bakker", group="Red")
    dialog = connect_dialog(qtbot, lesson)
    fill_in(qtbot, dialog, lesson.address, lesson.console.code, "Anna Bakker")
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == 1, timeout=WAIT_MS)
    labels = [dialog.roster.item(i).text() for i in range(dialog.roster.count())]
    assert "Anna Bakker  (group Blue)" in labels and "Anna Bakker  (group Red)" in labels
    assert labels[-1].startswith("Not on the list")
    dialog.roster.setCurrentRow(labels.index("Anna Bakker  (group Red)"))
    qtbot.mouseClick(dialog.pick_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=WAIT_MS)
    link = dialog.link
    assert link is not None
    link.close()  # no window takes it over here (an open ZeroMQ socket would hang the exit)
    assert link.trainee_id == red != blue
    assert len(lesson.console.stations) == 1  # joined again as the same station
    (station,) = lesson.console.stations.values()
    assert station.trainee_id == red  # the pick is the run's trainee, not the first namesake


def test_a_restarted_station_rejoins_as_itself_and_a_removed_one_stops(
    qtbot, lesson: Lesson, workspace: Workspace, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = joined_window(qtbot, lesson, workspace, tmp_path)
    lesson.console.start()
    qtbot.waitUntil(lambda: window.state == "running", timeout=WAIT_MS)
    press(qtbot, window, Qt.Key.Key_R, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: window.link.unacknowledged == 0, timeout=WAIT_MS)
    station_id = window.link.station_id
    window.close()

    again = connect_dialog(qtbot, lesson)  # the same state folder: what was typed is still there
    assert again.code_edit.text() == lesson.console.code
    qtbot.mouseClick(again.join_button, Qt.MouseButton.LeftButton)
    window = open_window(qtbot, again, workspace, tmp_path)
    assert window.link.station_id == station_id and list(lesson.console.stations) == [station_id]
    assert window.responses.history.count() == 2  # the actions made before the restart

    lesson.console.pause()
    qtbot.waitUntil(lambda: window.status.exercise.text() == "Paused by the instructor")
    assert not window.responses.enabled_for_run
    press(qtbot, window, Qt.Key.Key_R)  # nothing goes out while paused
    assert window.link.outbox.last_seq() == 2
    lesson.console.resume()
    qtbot.waitUntil(lambda: window.responses.enabled_for_run)

    lesson.console.remove(station_id)
    qtbot.waitUntil(lambda: window.stopped is not None, timeout=WAIT_MS)
    assert "removed" in window.status.exercise.text()
    assert window.responses.closed_note is not None
    assert not window.pump_timer.isActive()
    assert window.message_box is not None and window.message_box.isVisible()
    window.close()  # the message goes with the window: it must not keep the app running alone
    assert not window.message_box.isVisible()


def test_actions_no_record_takes_after_a_console_restart_are_kept_and_the_trainee_told(
    qtbot, lesson: Lesson, workspace: Workspace, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The console's PC dies and the instructor starts it again on another record: what the
    trainee did that the dead console never had is not put into the new exercise; the
    station says how many actions were not recorded and the file they are kept in."""
    window = joined_window(qtbot, lesson, workspace, tmp_path)
    lesson.console.start()
    qtbot.waitUntil(lambda: window.state == "running", timeout=WAIT_MS)
    port, code = lesson.console.socket.port, lesson.console.code
    lesson.console.pump = lambda timeout_ms=0: None  # type: ignore[method-assign]
    lesson.console.socket.close()  # the console's PC dies
    press(qtbot, window, Qt.Key.Key_R)
    assert window.link.unacknowledged == 1
    other = Repository(open_database(tmp_path / "another.sqlite"))
    session = other.add_session(SESSION)
    again = ClassConsole(lesson.console.prepared, other, session,
                         ConsoleSocket(f"tcp://127.0.0.1:{port}"), code=code)  # fmt: skip
    timer = QTimer()
    timer.timeout.connect(lambda: again.pump(0))
    timer.start(5)
    link = window.link
    while link.pump(50):
        pass  # what the dead console had sent is in first (heard after the jump: silence anew)
    link.clock = lambda: time.monotonic() + 6  # silent 5 s: the station joins again
    try:
        qtbot.waitUntil(lambda: window.kept_box is not None, timeout=WAIT_MS)
        assert window.kept_box is not None and window.kept_box.isVisible()
        text = window.kept_box.text()
        assert (
            text.startswith("1 of your actions from the exercise before")
            and str(link.outbox.kept_path) in text
        )
        assert link.unacknowledged == 0 and link.outbox.kept_path is not None
        assert link.outbox.kept_path.is_file()
        assert all(other.actions(run.id) == [] for run in other.runs())
    finally:
        timer.stop()
        again.socket.close()
        other.db.close()


def test_a_station_back_in_the_middle_raises_no_alerts_for_what_was_already_there(
    qtbot, lesson: Lesson, workspace: Workspace, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Alerts stamped with the time of coming back ('New track' for a track minutes old)
    would mislead the trainee: the picture it comes back to is where its alerts start."""
    window = joined_window(qtbot, lesson, workspace, tmp_path)
    lesson.console.start()
    qtbot.waitUntil(lambda: window.track_table.model().rowCount() > 0, timeout=WAIT_MS)
    assert window.alerts.rowCount() > 0  # 'New track' as it appeared
    window.close()

    again = connect_dialog(qtbot, lesson)
    qtbot.mouseClick(again.join_button, Qt.MouseButton.LeftButton)
    window = open_window(qtbot, again, workspace, tmp_path)
    qtbot.waitUntil(lambda: window.track_table.model().rowCount() > 0, timeout=WAIT_MS)
    assert window.alerts.rowCount() == 0
    assert "already in view" in window.statusBar().currentMessage()


def test_ctrl_q_during_the_exercise_asks_before_the_station_leaves(
    qtbot, lesson: Lesson, workspace: Workspace, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = joined_window(qtbot, lesson, workspace, tmp_path)
    answers = [False, True]
    asked: list[bool] = []

    def answer() -> bool:
        asked.append(answers[len(asked)])
        return asked[-1]

    window.ask_to_leave = answer  # type: ignore[method-assign]
    lesson.console.start()
    qtbot.waitUntil(lambda: window.state == "running", timeout=WAIT_MS)
    qtbot.keyClick(window.canvas, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert asked == [False] and window.isVisible()  # "No": the trainee stays in
    window.menus.quit_action.trigger()
    assert asked == [False, True] and not window.isVisible()


def test_ctrl_q_before_the_start_leaves_without_a_question(
    qtbot, lesson: Lesson, workspace: Workspace, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = joined_window(qtbot, lesson, workspace, tmp_path)
    window.ask_to_leave = lambda: pytest.fail("asked before the exercise started")  # type: ignore[method-assign]
    window.menus.quit_action.trigger()
    assert not window.isVisible()


def test_a_station_keeps_its_id_and_outbox_for_its_class_and_starts_afresh_for_another(
    tmp_path: Path,
) -> None:
    state = StationState(tmp_path / "station")
    first, known = state.station_for("kt4mxa")
    assert not known
    state.remember(first, LastJoin("tcp://10.0.0.5:47650", "KT4MXA", "Sanne", 3))
    assert state.station_for(" KT4MXA ") == (first, True)
    state.outbox.write_text('{"seq": 1, "kind": "acknowledge", "sim_time_s": 5}\n')
    # A try at another class (refused, say) puts the outbox aside and changes nothing else...
    other, known = state.station_for("OTHER1")
    assert other != first and not known and not state.outbox.exists()
    # ...so the station still comes back to its own class as itself, with its actions.
    assert state.station_for("KT4MXA") == (first, True)
    assert "acknowledge" in state.outbox.read_text()
    assert state.last_join() == LastJoin("tcp://10.0.0.5:47650", "KT4MXA", "Sanne", 3)


@pytest.mark.parametrize(
    ("typed", "endpoint"),
    [
        ("10.0.0.5:47650", "tcp://10.0.0.5:47650"),
        (" console-pc ", "tcp://console-pc:47650"),
        ("tcp://10.0.0.5:5555", "tcp://10.0.0.5:5555"),
        ("[fe80::1]:5555", "tcp://[fe80::1]:5555"),
        ("10.0.0.5:0", None),
        ("10.0.0.5:port", None),
        ("", None),
        ("two words", None),
    ],
)
def test_a_typed_console_address_becomes_an_endpoint(typed: str, endpoint: str | None) -> None:
    assert endpoint_of(typed) == endpoint


def test_the_consoles_found_name_their_session_once(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    found = [
        ConsoleFound(
            "Duty officers week 12 (pc-7)", "10.0.0.7", 47650, "Duty officers week 12", "1"
        ),
        ConsoleFound("Twente console 4 (pc-9)", "10.0.0.9", 47650, "Police drone unit", "1"),
    ]
    dialog = ConnectDialog(StationState(tmp_path / "station"), find=lambda _s: found)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.consoles.count() == 2, timeout=WAIT_MS)
    labels = [dialog.consoles.item(i).text() for i in range(2)]
    assert labels == [
        "Duty officers week 12 (pc-7)   (10.0.0.7:47650)",
        "Police drone unit \u2014 Twente console 4 (pc-9)   (10.0.0.9:47650)",
    ]
    dialog.reject()
