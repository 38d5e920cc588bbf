"""An error in a message box that does not block: the window stays usable behind it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

SHOWN_LINES = 8  # the message and the lines under it; all of them under Show Details


def open_error(parent: QWidget, title: str, text: str) -> QMessageBox:
    """The first line as the message, the next few below it, the whole text in the details."""
    lines = text.splitlines()
    dialog = QMessageBox(
        QMessageBox.Icon.Critical, title, lines[0], QMessageBox.StandardButton.Ok, parent
    )
    # As written: a scenario's title or a name in the problem ('<b>', '<img src=...>', a
    # link) was shown as markup. Set before the informative text, which takes this format.
    dialog.setTextFormat(Qt.TextFormat.PlainText)
    dialog.setDetailedText(text)
    dialog.setInformativeText("\n".join(lines[1:SHOWN_LINES]))
    dialog.open()
    return dialog
