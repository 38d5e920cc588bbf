"""A drop-down list whose width does not follow its longest entry: a trainee's name or a session
title without spaces (hundreds of characters) widened its dialog past the screen."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

SHOWN_CHARS = 30  # the width the box asks for, in characters; longer entries are cut


def narrow(combo: QComboBox, chars: int = SHOWN_CHARS) -> QComboBox:
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    return combo
