"""F1: the keyboard shortcuts, keys and what they do in columns that line up."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont, QFontDatabase, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPlainTextEdit, QVBoxLayout, QWidget

from trainer.ui.panels.responses import GROUPS as RESPONSE_GROUPS
from trainer.ui.translation import tr

MAX_WIDTH, MAX_HEIGHT = 900, 800  # beyond this the list scrolls (projector mode, long lists)
# Fonts whose every letter is as wide as the next; the system's own fixed font comes last, as
# fontconfig may name one that is not (Noto Sans Mono measured otherwise here).
FIXED_WIDTH = ["DejaVu Sans Mono", "Consolas", "Menlo", "Liberation Mono", "Courier New"]


def key_text(action: QAction) -> str:
    """The action's key as its menu shows it, in the language in use ('Spatiebalk', not the
    portable 'Space')."""
    return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)


def shortcut_text(actions: Iterable[QAction], trainee: bool) -> str:
    """What F1 lists: the menus' keys (short ones first; for the trainee only those enabled),
    the keys of the fields and the map, then the response keys in the protocol's order (the
    panel's own shortcuts, not menu actions, and the trainee's most used keys). Keys are
    right-aligned in one column."""
    shown = [a for a in actions if not a.shortcut().isEmpty() and (a.isEnabled() or not trainee)]
    menus = sorted(
        ((key_text(a), a.text().replace("&", "")) for a in shown),
        key=lambda pair: (len(pair[0]), pair[0]),
    )
    menus += [
        (tr("Enter"), tr("Name field: confirm the trainee; log line: close the incident")),
        (tr("Arrows"), tr("Pan the map (click it first)")),
        ("+ -", tr("Zoom the map")),
    ]
    responses = [
        (response.key, f"{tr(group)}: {tr(response.label)}")
        for group, group_responses in RESPONSE_GROUPS
        for response in group_responses
    ]
    width = max(len(key) for key, _ in menus + responses)
    lines = [f"{key:>{width}}  {what}" for key, what in menus]
    lines += ["", tr("Responses (in the trainee view):")]
    lines += [f"{key:>{width}}  {what}" for key, what in responses]
    return "\n".join(lines)


def fixed_width_font() -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setFamilies([*FIXED_WIDTH, font.family()])
    font.setStyleHint(QFont.StyleHint.TypeWriter)
    return font


class ShortcutsDialog(QDialog):
    """The list in a fixed-width font: its keys are padded with spaces to one column, which a
    proportional font (a message box's) left ragged."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A new one for every F1: closed, it goes, instead of piling up in its window.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(tr("Keyboard shortcuts"))
        self.view = QPlainTextEdit(text)
        self.view.setReadOnly(True)
        self.view.setFont(fixed_width_font())
        self.view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        metrics = self.view.fontMetrics()
        lines = text.splitlines() or [""]
        width = max(metrics.horizontalAdvance(line) for line in lines) + 64
        height = metrics.lineSpacing() * (len(lines) + 1) + 80
        self.resize(min(width, MAX_WIDTH), min(height, MAX_HEIGHT))
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)
        close.setFocus()  # Enter, Space or Esc closes it, as the message box did
