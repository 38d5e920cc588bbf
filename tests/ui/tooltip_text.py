"""What a tooltip shows a person: its text once Qt has read it (rich text or plain)."""

from __future__ import annotations

from PySide6.QtGui import Qt, QTextDocument


def shown(tooltip: str) -> str:
    if not Qt.mightBeRichText(tooltip):
        return tooltip
    document = QTextDocument()
    document.setHtml(tooltip)
    return document.toPlainText()
