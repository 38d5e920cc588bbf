"""Numbers as the editor reads and shows them: written the way the language in use writes them.

Dutch writes fifteen hundred as 1.500 and one and a half as 1,5; English writes 1,500 and 1.5.
What an author types is read by the rules of the language the editor speaks (Qt's QLocale, which
also checks that thousands separators stand every three digits), so "1.500" is 1500 in Dutch and
1.5 in English. What fits neither rule ("1.5.0"; "1.5" in Dutch, "1,5" in English) is refused
with a sentence that says how to write it: a number is never guessed. Numbers are shown without
thousands separators ("1500", "1,5"), which no reader of either language can take for another.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QKeyEvent, QValidator
from PySide6.QtWidgets import QDoubleSpinBox, QWidget

from trainer.i18n import Language, current
from trainer.ui.translation import tr

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


@dataclass(frozen=True)
class Reading:
    """What a typed text says as a number; `problem` says why it is none ("" when it is one)."""

    value: int | float | None
    problem: str = ""


def locale_of(language: Language | None = None) -> QLocale:
    """The way of writing numbers of the language (not of the computer: a Dutch window on an
    English Windows still reads 1.500 as fifteen hundred), without thousands separators shown."""
    lang = language or current()
    if lang == "nl":
        locale = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    else:
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)
    return locale


def show_number(value: float, language: Language | None = None) -> str:
    """60, 1500, 0,1 (Dutch) or 0.1 (English): as short as reads back to the same number."""
    if value == 0:
        return "0"  # not -0
    # Python's repr is the shortest text that reads back as the same float (and exact for an
    # int however long, where QLocale stops at 64 bits); only the decimal point differs.
    text = repr(value) if isinstance(value, int) else repr(float(value)).removesuffix(".0")
    return text.replace(".", locale_of(language).decimalPoint())


def read_number(text: str, integer: bool = False, language: Language | None = None) -> Reading:
    """The number `text` means in the language, or why it means none.

    A whole number typed without a decimal separator stays whole (1500, not 1500.0, in the
    file); an integer field takes "60,0" as 60, and keeps 1.5 as 1.5 for the loader to refuse.
    """
    locale = locale_of(language)
    stripped = text.strip()
    number, ok = locale.toDouble(stripped)
    if not ok or not math.isfinite(number):
        return Reading(None, refusal(stripped, language))
    decimal_point = locale.decimalPoint()
    if decimal_point not in stripped and "e" not in stripped.lower():
        whole = stripped.replace(locale.groupSeparator(), "")
        if whole.startswith(locale.negativeSign()):  # Python's int() wants "-"
            whole = "-" + whole[len(locale.negativeSign()) :]
        try:
            return Reading(int(whole))  # exact beyond a float's 53 bits
        except ValueError:
            pass
    if integer and number.is_integer():
        return Reading(int(number))
    return Reading(number)


def refusal(text: str, language: Language | None = None) -> str:
    """Why `text` is not a number here, with the language's way of writing one."""
    return tr(
        "“{text}” is not a number. Write one and a half as {half}, fifteen hundred as "
        "{plain} or {grouped}."
    ).format(
        text=text,
        half=show_number(1.5, language),
        plain="1500",
        grouped="1.500" if (language or current()) == "nl" else "1,500",
    )


class NumberBox(QDoubleSpinBox):
    """A spin box that reads and shows numbers as read_number and show_number do (Qt's own
    reads "1.5" in Dutch as 15 and "1.5.0" as 150). A text that is no number, or is outside the
    range, is refused on Enter: the box keeps its value and `refused` says why."""

    refused = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setKeyboardTracking(False)  # the value changes on Enter, not at each keystroke
        self.setLocale(locale_of())

    def event(self, event: QEvent) -> bool:
        # Enter here takes the number, even where a toolbar's action (Finish shape) has Enter
        # as its shortcut: otherwise the action took it and the typed number was never read.
        overridden = event.type() == QEvent.Type.ShortcutOverride
        if overridden and isinstance(event, QKeyEvent) and event.key() in ENTER_KEYS:
            event.accept()
            return True
        return super().event(event)

    def _body(self, text: str) -> str:
        return text.removeprefix(self.prefix()).removesuffix(self.suffix()).strip()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        body = self._body(text)
        if any(not (c.isdigit() or c in ".,+-eE ") for c in body):
            return QValidator.State.Invalid, text, pos
        reading = read_number(body)
        fits = reading.value is not None and self.minimum() <= reading.value <= self.maximum()
        state = QValidator.State.Acceptable if fits else QValidator.State.Intermediate
        return state, text, pos

    def valueFromText(self, text: str) -> float:
        reading = read_number(self._body(text))
        return float(reading.value) if reading.value is not None else self.value()

    def textFromValue(self, value: float) -> str:
        return show_number(round(value, self.decimals()))

    def fixup(self, text: str) -> str:
        body = self._body(text)
        if body:
            reading = read_number(body)
            if reading.problem:
                self.refused.emit(reading.problem)
            else:
                self.refused.emit(
                    tr("{value} is outside {low} to {high}; kept {kept}.").format(
                        value=body,
                        low=show_number(self.minimum()),
                        high=show_number(self.maximum()),
                        kept=show_number(self.value()),
                    )
                )
        return text


# A zone's limit with a number ('120 m AGL', '2200 ft AMSL'); GND, UNL and FL65 have none.
LIMIT_WITH_NUMBER = re.compile(r"\s*([-+]?[0-9][0-9.,]*)\s*((?:m|ft)\s+(?:agl|amsl|msl))\s*", re.I)


def show_limit(text: str, language: Language | None = None) -> str:
    """'120.5 m AGL' from the file as the language writes it: '120,5 m AGL' in Dutch."""
    match = LIMIT_WITH_NUMBER.fullmatch(text)
    if match is None:
        return text
    reading = read_number(match.group(1), language="en")  # the file's way, in any language
    if reading.value is None:
        return text
    return f"{show_number(reading.value, language)} {match.group(2)}"


def read_limit(text: str, language: Language | None = None) -> Reading | str:
    """A typed limit as the file writes it ('1.500 ft AMSL' in Dutch -> '1500 ft AMSL'), or the
    Reading that says why its number is none. Text without a number (GND, FL65, a typo) is
    returned as typed: the loader says what is allowed."""
    match = LIMIT_WITH_NUMBER.fullmatch(text)
    if match is None:
        return text
    reading = read_number(match.group(1), language=language)
    if reading.value is None:
        return reading
    return f"{show_number(reading.value, 'en')} {match.group(2)}"
