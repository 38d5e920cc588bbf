"""What a person does at the window, for tests: type into the focused widget, answer dialogs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from trainer.ui.main_window import MainWindow
from trainer.ui.trainee_mode import TraineeMode

PIN = "4711"
Step = Callable[[QDialog], None]


def focused() -> QWidget:
    """Where a key goes: the focused widget, else (after a dialog closed, offscreen has no
    window manager to hand the focus back) the active or the visible main window."""
    widget = QApplication.focusWidget()
    if widget is None or not widget.window().isVisible():
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        window = next((w for w in shown if w.isVisible()), None)
        assert window is not None, "nothing has the keyboard focus"
        window.activateWindow()
        QApplication.processEvents()
        widget = QApplication.focusWidget() or window
    return widget


def type_text(qtbot, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(focused(), text)


def press(
    qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(focused(), key, modifier)


def answer_dialogs(qtbot, *answers: Step) -> list[str]:  # type: ignore[no-untyped-def]
    """Answer the next modal dialogs in turn, each with one step, as they open.

    Returns the titles of the dialogs answered (filled in as they come). A dialog still open
    after its step is rejected, so a failing step cannot leave the test waiting forever.
    """
    titles: list[str] = []
    pending = list(answers)

    def answer_next() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(10, answer_next)  # not open yet
            return
        step = pending.pop(0)
        titles.append(dialog.windowTitle())
        try:
            step(dialog)
        finally:
            if dialog.isVisible() and not pending:
                dialog.reject()
            if pending:
                QTimer.singleShot(0, answer_next)

    QTimer.singleShot(0, answer_next)
    return titles


def keys(qtbot, text: str = "", *then: Qt.Key) -> Step:  # type: ignore[no-untyped-def]
    """A step that types `text` into the dialog's focused widget, then presses keys."""

    def step(dialog: QDialog) -> None:
        if not dialog.focusWidget():
            dialog.activateWindow()
        widget = dialog.focusWidget()
        assert widget is not None, f"nothing in {dialog.windowTitle()!r} has the focus"
        if text:
            qtbot.keyClicks(widget, text)
        for key in then:
            qtbot.keyClick(dialog.focusWidget() or widget, key)

    return step


def set_pin(window: MainWindow, pin: str = PIN) -> None:
    """The instructor set a PIN earlier (another session)."""
    TraineeMode(window.settings).pins.set(pin)


def confirm_name(qtbot, window: MainWindow, name: str) -> None:  # type: ignore[no-untyped-def]
    """Click into the name field, type the name, press Enter."""
    window.trainee_edit.setFocus()
    window.trainee_edit.selectAll()
    type_text(qtbot, name)
    press(qtbot, Qt.Key.Key_Return)
