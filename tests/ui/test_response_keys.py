"""The single response keys (A, P, U, 7, ...) act on the map and the panels, and nowhere else: an
open menu takes its Alt letters, a text field the letters typed into it, a dialog or another
window its own keys. Found under X: with the View menu open, a, p and u did nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QPushButton

from tests.ui.test_responses import HOBBY, db_path, recording_window, start, stored_actions
from tests.ui.test_station_window import WAIT_MS, Lesson, joined_window, lesson, recorded
from trainer.launch import Workspace
from trainer.scoring.protocol import ActionKind
from trainer.ui.main_window import TRAINEE, MainWindow

__all__ = ["db_path", "lesson", "recording_window"]  # the windows' fixtures


def open_menu(qtbot, window: MainWindow, alt_letter: Qt.Key) -> QMenu:  # type: ignore[no-untyped-def]
    """Alt and the menu's letter, as a person opens it."""
    qtbot.keyClick(window.canvas, alt_letter, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu)
    return menu


def triggered(action: QAction) -> list[bool]:
    """Every time the action is triggered, from now on."""
    seen: list[bool] = []
    action.triggered.connect(lambda checked=False: seen.append(checked))
    return seen


@pytest.fixture
def running(recording_window: MainWindow, qtbot) -> MainWindow:  # type: ignore[no-untyped-def]
    """The trainee view of a running run with T001 selected: a response key now records."""
    start(qtbot, recording_window, HOBBY, 80)
    recording_window.select_track("T001")
    recording_window.canvas.setFocus()
    return recording_window


@pytest.mark.parametrize(
    ("letter", "entry"),
    [
        (Qt.Key.Key_A, "aerodrome"),  # Zoom to &aerodrome; A acknowledges
        (Qt.Key.Key_P, "projector"),  # &Projector mode; P notifies the police
        (Qt.Key.Key_U, "full screen"),  # F&ull screen; U identifies as unauthorised
    ],
)
def test_an_open_menu_takes_its_alt_letter_and_no_response_is_made(
    running: MainWindow, qtbot, db_path: Path, letter: Qt.Key, entry: str
) -> None:  # type: ignore[no-untyped-def]
    window = running
    action = {
        "aerodrome": window.menus.aerodrome_action,
        "projector": window.projector.projector_action,
        "full screen": window.projector.full_screen_action,
    }[entry]
    seen = triggered(action)
    menu = open_menu(qtbot, window, Qt.Key.Key_V)
    assert action in menu.actions()
    qtbot.keyClick(menu, letter)
    assert seen == [action.isChecked()]  # the entry, once
    assert QApplication.activePopupWidget() is None  # and the menu closed
    assert stored_actions(db_path) == [] and window.responses.history.count() == 0
    # The menu is gone: the same key on the map is a response again, recorded once.
    window.projector.leave()
    window.activateWindow()
    window.canvas.setFocus()
    qtbot.keyClick(window.canvas, letter)
    assert len(stored_actions(db_path)) == 1 and window.responses.history.count() == 1


def open_menu_by_click(qtbot, window: MainWindow, title: str) -> QMenu:  # type: ignore[no-untyped-def]
    bar = window.menuBar()
    entry = next(a for a in bar.actions() if a.text() == title)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(entry).center())
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is entry.menu())
    menu = entry.menu()
    assert isinstance(menu, QMenu)
    return menu


@pytest.mark.parametrize("opened_by", ["Alt+V", "click"])
def test_after_esc_closes_a_menu_the_keys_respond(
    running: MainWindow, qtbot, db_path: Path, opened_by: str
) -> None:  # type: ignore[no-untyped-def]
    # Esc leaves the menu bar highlighted, with the keyboard (Qt's way); A still acknowledges.
    window = running
    if opened_by == "click":
        menu = open_menu_by_click(qtbot, window, "&View")
    else:
        menu = open_menu(qtbot, window, Qt.Key.Key_V)
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    assert QApplication.focusWidget() is window.menuBar()
    qtbot.keyClick(window.menuBar(), Qt.Key.Key_A)
    qtbot.keyClick(window.menuBar(), Qt.Key.Key_R)  # R, not the Run menu
    assert QApplication.activePopupWidget() is None
    assert [(r[1], r[2]) for r in stored_actions(db_path)] == [
        ("acknowledge", "T001"),
        ("inform_radio", None),
    ]


def test_after_a_menu_entry_and_a_click_on_the_map_the_keys_respond(
    running: MainWindow, qtbot, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = running
    menu = open_menu(qtbot, window, Qt.Key.Key_V)
    qtbot.keyClick(menu, Qt.Key.Key_F)  # &Fit scenario
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_D)
    # A click on the map (away from the track: no track is then selected) and R.
    qtbot.mouseClick(window.canvas.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_R)
    assert [r[1] for r in stored_actions(db_path)] == ["classify", "inform_radio"]


def test_alt_let_go_then_a_letter_opens_that_menu_not_a_response(
    running: MainWindow, qtbot, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    # Alt pressed and released alone hands the keyboard to the menu bar: R is the Run menu.
    window = running
    qtbot.keyPress(window.canvas, Qt.Key.Key_Alt, Qt.KeyboardModifier.AltModifier)
    qtbot.keyRelease(window.canvas, Qt.Key.Key_Alt)
    assert QApplication.focusWidget() is window.menuBar()
    qtbot.keyClick(window.menuBar(), Qt.Key.Key_R)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert isinstance(menu, QMenu) and menu.title() == "&Run"
    assert stored_actions(db_path) == []
    # Esc out of that menu: R is Twente Radio again (as after any menu).
    qtbot.keyClick(menu, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_R)
    assert QApplication.activePopupWidget() is None
    assert [r[1] for r in stored_actions(db_path)] == ["inform_radio"]


def test_letters_typed_in_the_name_field_are_text_with_the_roster_list_open(
    recording_window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    # Before the run (the field is locked during it): a response key would say "start first".
    window = recording_window
    assert window.repository is not None
    window.repository.add_trainee("Pauline Kramer")
    window.open_scenario(HOBBY)
    window.set_role(TRAINEE)
    asked: list[object] = []
    window.responses.response_requested.connect(lambda *args: asked.append(args))
    window.responses.refused.connect(asked.append)
    window.trainee_edit.setFocus()
    qtbot.keyClicks(window.trainee_edit, "Pau")
    completer = window.trainee_completer
    assert completer is not None
    qtbot.waitUntil(completer.popup().isVisible)  # the roster's names, offered as one types
    qtbot.keyClicks(window.trainee_edit, "k Dagmar 789")  # K, D, G, M, A, 7, 8, 9: responses
    assert window.trainee_edit.text() == "Pauk Dagmar 789"
    assert asked == []


def test_a_dialog_or_another_window_gets_its_own_keys(
    running: MainWindow, qtbot, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = running
    # F1's list (window-modal): A, P and the others are no responses while it is open.
    dialog = window.show_shortcuts()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    for key in (Qt.Key.Key_A, Qt.Key.Key_P, Qt.Key.Key_7):
        qtbot.keyClick(dialog.view, key)
    dialog.close()
    # Another of the app's windows (as the debrief is), in front and not modal.
    other = QMainWindow()
    qtbot.addWidget(other)
    button = QPushButton("Play", other)
    other.setCentralWidget(button)
    other.show()
    qtbot.waitExposed(other)
    other.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is other)
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_A)
    assert stored_actions(db_path) == []
    # Back in the live window the key responds.
    other.close()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.canvas, Qt.Key.Key_A)
    assert [r[1] for r in stored_actions(db_path)] == ["acknowledge"]


def test_the_keys_work_in_a_floating_panel(running: MainWindow, qtbot, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    # A panel pulled out of the window is a window of its own, still the live window's.
    window = running
    dock = window.docks["responses"]
    dock.setFloating(True)
    qtbot.waitExposed(dock)
    dock.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dock)
    button = next(iter(window.responses.buttons.values()))
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_A)
    assert [r[1] for r in stored_actions(db_path)] == ["acknowledge"]
    dock.setFloating(False)  # a floating panel would outlive the window's test


def test_the_keys_are_not_repeated_while_held(running: MainWindow, db_path: Path) -> None:
    # A key held down sends repeats (the system flags them); one press is one response, two
    # presses are two. Qt's test keys cannot say "repeat", so the events are made here.
    def key(kind: QEvent.Type, repeat: bool) -> None:
        event = QKeyEvent(kind, Qt.Key.Key_R, Qt.KeyboardModifier.NoModifier, "r", repeat)
        QApplication.sendEvent(running.canvas, event)

    key(QEvent.Type.KeyPress, False)
    for _ in range(5):  # held down
        key(QEvent.Type.KeyPress, True)
    key(QEvent.Type.KeyRelease, False)
    assert [r[1] for r in stored_actions(db_path)] == ["inform_radio"]
    key(QEvent.Type.KeyPress, False)  # pressed again
    key(QEvent.Type.KeyRelease, False)
    assert [r[1] for r in stored_actions(db_path)] == ["inform_radio", "inform_radio"]


def test_the_station_s_menus_take_their_letters_and_its_map_the_keys(
    qtbot, lesson: Lesson, workspace: Workspace, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = joined_window(qtbot, lesson, workspace, tmp_path)
    lesson.console.start()
    qtbot.waitUntil(lambda: window.track_table.model().rowCount() > 0, timeout=WAIT_MS)
    window.track_table.selectRow(0)
    seen = triggered(window.menus.aerodrome_action)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    # View (Alt+V), then a: Zoom to &aerodrome, and nothing is sent.
    qtbot.keyClick(window.canvas, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_A)
    assert seen == [False] and QApplication.activePopupWidget() is None
    # Alt let go, then v: the View menu again; Esc, and A acknowledges.
    qtbot.keyPress(window.canvas, Qt.Key.Key_Alt, Qt.KeyboardModifier.AltModifier)
    qtbot.keyRelease(window.canvas, Qt.Key.Key_Alt)
    qtbot.keyClick(window.menuBar(), Qt.Key.Key_V)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is window.menus.view_menu)
    assert window.link.outbox.last_seq() == 0
    qtbot.keyClick(window.menus.view_menu, Qt.Key.Key_Escape)
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: len(lesson.repository.actions(lesson.run_id())) == 1, timeout=WAIT_MS)
    assert recorded(lesson) == [(ActionKind.ACKNOWLEDGE, "T001")]


def test_alt_let_go_then_a_letter_of_no_menu_is_still_a_response(
    running: MainWindow, qtbot, db_path: Path
) -> None:  # type: ignore[no-untyped-def]
    # Alt pressed alone by mistake, then O and S, whose letters open no menu (File, Run,
    # View, Instructor, Help): found under X, both were lost, and every key after them until
    # Esc. They respond; R, a menu's letter, still opens the Run menu.
    window = running
    qtbot.keyPress(window.canvas, Qt.Key.Key_Alt, Qt.KeyboardModifier.AltModifier)
    qtbot.keyRelease(window.canvas, Qt.Key.Key_Alt)
    assert QApplication.focusWidget() is window.menuBar()
    qtbot.keyClick(window.menuBar(), Qt.Key.Key_O)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.canvas)  # the bar let go
    qtbot.keyClick(window.canvas, Qt.Key.Key_S)
    assert QApplication.activePopupWidget() is None
    assert [r[1] for r in stored_actions(db_path)] == ["resume_operations", "suspend_operations"]
    qtbot.keyPress(window.canvas, Qt.Key.Key_Alt, Qt.KeyboardModifier.AltModifier)
    qtbot.keyRelease(window.canvas, Qt.Key.Key_Alt)
    qtbot.keyClick(window.menuBar(), Qt.Key.Key_R)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    assert QApplication.activePopupWidget().title() == "&Run"  # type: ignore[union-attr]
    assert len(stored_actions(db_path)) == 2
