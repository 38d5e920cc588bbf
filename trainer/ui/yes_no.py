"""A yes/no question in a message box, No the default: for confirmations before a step that
cannot be undone (quitting or leaving mid-run, ending a run, closing the class console)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    Buttons = QMessageBox.StandardButton
    box = QMessageBox(QMessageBox.Icon.Question, title, text, Buttons.Yes | Buttons.No, parent)
    box.setDefaultButton(Buttons.No)
    # Plain text: a question names trainees as they typed their names ("<b>Eve</b>" is not
    # to be shown in bold, nor "<img ...>" as a picture).
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box.exec() == Buttons.Yes
