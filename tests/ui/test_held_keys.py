"""A key held down is one press: the system's auto-repeat makes no second response, no
start-pause-start, no second inject. Keys that move (the map's arrows, the debrief's steps)
go on while held. Two presses are two. (The live window's response keys:
test_response_keys.test_the_keys_are_not_repeated_while_held.)

Qt's test keys cannot say "repeat", so the key events are made here, as the system sends them:
a press, repeats flagged as such, a release (`hold`). Under X11 Qt leaves some repeats
unflagged; trainer/ui/key_repeat.py flags them (`x11_hold`)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui.test_console_window import Asked, Class, classroom
from tests.ui.test_debrief import recorded, replay
from tests.ui.test_response_keys import running, triggered
from tests.ui.test_responses import HOBBY, db_path, recording_window, stored_actions
from tests.ui.test_station_window import WAIT_MS, Lesson, joined_window, lesson, press
from trainer.launch import Workspace
from trainer.replay import Replay
from trainer.scoring.protocol import ActionKind
from trainer.ui.console_window import ConsoleWindow
from trainer.ui.debrief_window import DebriefWindow
from trainer.ui.key_repeat import KeyRepeatFlags, flag_key_repeats
from trainer.ui.main_window import MainWindow
from trainer.ui.sim_driver import RunState

__all__ = ["classroom", "db_path", "lesson", "recorded", "recording_window", "replay", "running"]

REPEATS = 5
TEXTS = {Qt.Key.Key_R: "r", Qt.Key.Key_Space: " ", Qt.Key.Key_Period: "."}


NO_MODIFIER = Qt.KeyboardModifier.NoModifier


def key_event(
    kind: QEvent.Type, key: Qt.Key, modifiers: Qt.KeyboardModifier, repeat: bool = False
) -> QKeyEvent:
    text = TEXTS.get(key, "") if modifiers == NO_MODIFIER else ""
    return QKeyEvent(kind, key, modifiers, text, repeat)


def tap(widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = NO_MODIFIER) -> None:
    """One real press: down and up."""
    QApplication.sendEvent(widget, key_event(QEvent.Type.KeyPress, key, modifiers))
    QApplication.sendEvent(widget, key_event(QEvent.Type.KeyRelease, key, modifiers))


def hold(widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = NO_MODIFIER) -> None:
    """Held down: the press, the system's repeats (flagged, as Qt shows them), the release.
    A key press sent to a widget goes to Qt's shortcut map first, as the system's do."""
    QApplication.sendEvent(widget, key_event(QEvent.Type.KeyPress, key, modifiers))
    for _ in range(REPEATS):
        repeat = key_event(QEvent.Type.KeyPress, key, modifiers, repeat=True)
        QApplication.sendEvent(widget, repeat)
    QApplication.sendEvent(widget, key_event(QEvent.Type.KeyRelease, key, modifiers))


def test_a_held_response_key_at_a_station_sends_one_action(
    qtbot, lesson: Lesson, workspace: Workspace, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = joined_window(qtbot, lesson, workspace, tmp_path)
    lesson.console.start()
    qtbot.waitUntil(lambda: window.track_table.model().rowCount() > 0, timeout=WAIT_MS)
    window.track_table.selectRow(0)
    press(qtbot, window)  # the window active, as a window manager leaves it
    hold(window.canvas, Qt.Key.Key_R)
    assert window.link.outbox.last_seq() == 1
    tap(window.canvas, Qt.Key.Key_R)
    assert window.link.outbox.last_seq() == 2
    qtbot.waitUntil(lambda: len(lesson.repository.actions(lesson.run_id())) == 2, timeout=WAIT_MS)
    assert [a.kind for a in lesson.repository.actions(lesson.run_id())] == [
        ActionKind.INFORM_RADIO,
        ActionKind.INFORM_RADIO,
    ]


def test_space_held_in_the_live_window_starts_and_does_not_pause(
    recording_window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = recording_window  # the instructor's view: Space starts, pauses and resumes
    window.open_scenario(HOBBY)
    seen = triggered(window.menus.start_action)
    window.canvas.setFocus()
    hold(window.canvas, Qt.Key.Key_Space)
    assert len(seen) == 1
    assert window.driver is not None and window.driver.state == RunState.RUNNING
    tap(window.canvas, Qt.Key.Key_Space)  # a second press pauses
    assert len(seen) == 2 and window.driver.state == RunState.PAUSED


def test_space_held_in_the_debrief_plays_and_the_steps_go_on(replay: Replay, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = DebriefWindow(replay, "Sanne")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    target = window.canvas
    target.setFocus()
    hold(target, Qt.Key.Key_Space)
    assert window.playing
    tap(target, Qt.Key.Key_Space)
    assert not window.playing
    # "." steps a second on: held down, it goes on stepping, as an arrow key would.
    window.seek(10.0)
    hold(target, Qt.Key.Key_Period)
    assert window.time_s == pytest.approx(10.0 + 1 + REPEATS)


def test_the_class_console_s_keys_and_its_projector_s_f11_are_one_press_held(
    classroom: tuple[ConsoleWindow, Class, Asked], qtbot
) -> None:  # type: ignore[no-untyped-def]
    window, _group, _asked = classroom
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    # Ctrl+P held: the projector window opens (and does not open, close, open, ...).
    seen = triggered(window.projector_action)
    hold(QApplication.focusWidget() or window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(seen) == 1
    projector = window.projector
    assert projector.isVisible()
    qtbot.waitExposed(projector)
    hold(projector, Qt.Key.Key_F11)
    assert projector.isFullScreen()
    tap(projector, Qt.Key.Key_F11)
    assert not projector.isFullScreen()


# -- X11's unflagged repeats -----------------------------------------------------------------

SCAN_R = 27  # X11's key code of R on a US layout; any nonzero code will do


@pytest.fixture
def flags(qapp: QApplication) -> Iterator[KeyRepeatFlags]:
    """The filter every window of the trainer has (trainer/ui/qt_start.py), gone after."""
    made = flag_key_repeats(qapp)
    yield made
    made.setParent(None)
    made.deleteLater()


def x11_key(kind: QEvent.Type, time_ms: int, key: Qt.Key = Qt.Key.Key_R) -> QKeyEvent:
    event = QKeyEvent(
        kind, key, Qt.KeyboardModifier.NoModifier, SCAN_R, 0, 0, TEXTS.get(key, ""), False
    )
    event.setTimestamp(time_ms)
    event.ignore()  # as Qt hands a ShortcutOverride round: nobody has taken it yet
    return event


def x11_press(window: QWidget, time_ms: int) -> bool:
    """What Qt does with a press from X11: the ShortcutOverride to the window (taken, the
    shortcut map is not asked), then the press, which a window hands to its focus widget.
    Returns whether the override was taken."""
    handle = window.windowHandle()
    override = x11_key(QEvent.Type.ShortcutOverride, time_ms)
    QApplication.sendEvent(handle, override)
    QApplication.sendEvent(handle, x11_key(QEvent.Type.KeyPress, time_ms))
    return override.isAccepted()


def x11_hold(window: QWidget, down_ms: int) -> list[bool]:
    """Held down under X11: each repeat a release and a press at the same time, none of them
    flagged (as Qt's xcb plugin lets them through when the press is not queued yet)."""
    taken = [x11_press(window, down_ms)]
    time_ms = down_ms + 660  # X's repeat delay, then its rate
    for _ in range(REPEATS):
        QApplication.sendEvent(window.windowHandle(), x11_key(QEvent.Type.KeyRelease, time_ms))
        taken.append(x11_press(window, time_ms))
        time_ms += 40
    QApplication.sendEvent(window.windowHandle(), x11_key(QEvent.Type.KeyRelease, time_ms + 15))
    return taken


def test_x11_repeats_qt_left_unflagged_are_no_second_response(
    running: MainWindow, qtbot, db_path: Path, flags: KeyRepeatFlags
) -> None:  # type: ignore[no-untyped-def]
    window = running
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWindow() is window.windowHandle())
    taken = x11_hold(window, 100_000)
    assert taken == [False] + [True] * REPEATS  # the repeats do not reach the shortcuts
    assert [r[1] for r in stored_actions(db_path)] == ["inform_radio"]
    # Pressed again a moment later: a second response (that release and press are apart).
    x11_press(window, 102_000)
    QApplication.sendEvent(window.windowHandle(), x11_key(QEvent.Type.KeyRelease, 102_090))
    assert [r[1] for r in stored_actions(db_path)] == ["inform_radio", "inform_radio"]


def test_x11_repeats_reach_the_map_as_repeats_so_its_arrows_go_on(
    recording_window: MainWindow, qtbot, flags: KeyRepeatFlags
) -> None:  # type: ignore[no-untyped-def]
    window = recording_window
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWindow() is window.windowHandle())
    window.canvas.setFocus()
    seen: list[bool] = []
    original = window.canvas.keyPressEvent

    def watched(event: QKeyEvent) -> None:
        seen.append(event.isAutoRepeat())
        original(event)

    window.canvas.keyPressEvent = watched  # type: ignore[method-assign]
    (x0, _x1), _ = window.canvas.view.viewRange()
    handle = window.windowHandle()
    right = Qt.Key.Key_Right
    QApplication.sendEvent(handle, x11_key(QEvent.Type.KeyPress, 5_000, right))
    for time_ms in (5_660, 5_700):
        QApplication.sendEvent(handle, x11_key(QEvent.Type.KeyRelease, time_ms, right))
        QApplication.sendEvent(handle, x11_key(QEvent.Type.KeyPress, time_ms, right))
    QApplication.sendEvent(handle, x11_key(QEvent.Type.KeyRelease, 5_720, right))
    assert seen == [False, True, True]
    (moved_x0, _x1), _ = window.canvas.view.viewRange()
    assert moved_x0 > x0  # panned east, three steps
