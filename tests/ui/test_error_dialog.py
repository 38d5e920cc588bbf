"""An error in a message box shows the problem as written: what a file or a person typed in it
is no markup (a scenario's title with '<b>', '<img src=...>' or a link was rendered)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from tests.ui.label_text import label_shows
from trainer.ui.error_dialog import open_error

PROBLEM = (
    "/tmp/evil.yaml: 1 problem\n"
    "  /tmp/evil.yaml:5: title: String should have at most 120 characters (got "
    "\"<b>Evil</b> <img src=x> <a href='http://x'>link</a>...\")"
)


def test_the_problem_is_shown_as_written(qtbot) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = open_error(parent, "Cannot open evil.yaml", PROBLEM)
    shown = {label.objectName(): label_shows(label) for label in dialog.findChildren(QLabel)}
    assert shown["qt_msgbox_label"] == "/tmp/evil.yaml: 1 problem"
    assert shown["qt_msgbox_informativelabel"] == PROBLEM.splitlines()[1]
    dialog.close()
