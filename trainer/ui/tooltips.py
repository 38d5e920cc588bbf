"""Tooltips that show text exactly as it is.

Qt shows a tooltip as rich text when it looks like markup: a trainee named "<b>Jan</b>" would
show in bold, "<img src=...>" would load a file. Text from people and files (names, titles,
reasons, paths) goes through plain_tip.
"""

from __future__ import annotations

from PySide6.QtGui import Qt


def plain_tip(text: str) -> str:
    """`text` as a tooltip that shows it literally ('' stays '': no tooltip)."""
    return Qt.convertFromPlainText(text) if text else ""
