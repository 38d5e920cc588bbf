"""A drop-down list of the format's choices, shown in words, keeping the file's identifiers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QComboBox, QWidget

from trainer.ui.editor.choice_words import choice_word

COMBO_MIN_CHARS = 12


class ChoiceBox(QComboBox):
    """A list of choices that the mouse wheel changes only once it is clicked: scrolling the
    form past it changed the answer key without a word (Bevestigen became another action)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # the form scrolls instead


def add_choices(combo: QComboBox, name: str, choices: tuple[str, ...], current: str) -> None:
    """The choices in words, each keeping its identifier (what the file writes) as its data;
    a value the format does not have stays shown as written, so its error can say why."""
    # Long words ("Twente Radio informeren (verkeersinformatie aan piloten)") must not widen
    # the form past its panel: the list opens as wide as they need.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(COMBO_MIN_CHARS)
    for identifier in choices:
        combo.addItem(choice_word(name, identifier), identifier)
        combo.setItemData(combo.count() - 1, f"{name}: {identifier}", Qt.ItemDataRole.ToolTipRole)
    if current and current not in choices:
        combo.addItem(current, current)
    if current:
        combo.setCurrentIndex(combo.findData(current))
