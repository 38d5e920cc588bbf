"""The console's banner: the session code and the address to join, large enough for the back row."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from trainer.text import printable
from trainer.ui.panels.alerts import run_clock_text
from trainer.ui.translation import QT_TR_NOOP, tr

CODE_COLOUR = "#f7dc6f"
ADDRESS_COLOUR = "#85c1e9"
CAPTION_COLOUR = "#aab7c4"
STATE_COLOURS = {
    "ready": "#aab7c4",
    "running": "#58d68d",
    "paused": "#f5b041",
    "finished": "#85c1e9",
    "ended": "#ec7063",
}
STATE_WORDS = {
    "ready": QT_TR_NOOP("Waiting to start"),
    "running": QT_TR_NOOP("Running"),
    "paused": QT_TR_NOOP("Paused"),
    "finished": QT_TR_NOOP("Finished"),
    "ended": QT_TR_NOOP("Ended early"),
}


def spaced_code(code: str) -> str:
    """'K7M4TA' as 'K7M 4TA': three and three are easier to read out and to type."""
    middle = len(code) // 2
    return f"{code[:middle]} {code[middle:]}" if len(code) > 4 else code


class ConsoleBanner(QWidget):
    """Code, address, and the exercise's state and clock; `scale` enlarges it for a projector."""

    def __init__(self, scale: float = 1.0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("console-banner")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#console-banner { background: #1c2833; border-radius: 6px; }")
        caption = f"color: {CAPTION_COLOUR}; font-size: {round(11 * scale)}pt;"
        self.code_caption = QLabel(tr("Session code"), self)
        self.address_caption = QLabel(tr("Stations connect to"), self)
        self.exercise_caption = QLabel("", self)
        self.exercise_caption.setTextFormat(Qt.TextFormat.PlainText)  # titles as typed
        for label in (self.code_caption, self.address_caption, self.exercise_caption):
            label.setStyleSheet(caption)
        self.code = QLabel("", self)
        self.code.setStyleSheet(
            f"color: {CODE_COLOUR}; font-size: {round(44 * scale)}pt; font-weight: bold;"
            "font-family: 'DejaVu Sans Mono', 'Consolas', monospace;"
        )
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address = QLabel("", self)
        self.address.setStyleSheet(
            f"color: {ADDRESS_COLOUR}; font-size: {round(30 * scale)}pt; font-weight: bold;"
            "font-family: 'DejaVu Sans Mono', 'Consolas', monospace;"
        )
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.other_addresses = QLabel("", self)
        self.other_addresses.setStyleSheet(caption)
        self.state = QLabel("", self)
        self.state.setTextFormat(Qt.TextFormat.RichText)
        self._state_size = round(20 * scale)
        self.clock = QLabel("", self)
        self.clock.setStyleSheet(
            f"color: #e5e8e8; font-size: {round(20 * scale)}pt;"
            "font-family: 'DejaVu Sans Mono', 'Consolas', monospace;"
        )
        for label in (self.exercise_caption, self.state, self.clock):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.exercise_caption.setSizePolicy(
            QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred
        )  # a long title is cut, never pushes the code off the screen
        grid = QGridLayout(self)
        grid.setContentsMargins(round(18 * scale), 8, round(18 * scale), 8)
        grid.setHorizontalSpacing(round(40 * scale))
        grid.setVerticalSpacing(0)
        grid.addWidget(self.code_caption, 0, 0)
        grid.addWidget(self.code, 1, 0, 2, 1)
        grid.addWidget(self.address_caption, 0, 1)
        grid.addWidget(self.address, 1, 1)
        grid.addWidget(self.other_addresses, 2, 1)
        grid.addWidget(self.exercise_caption, 0, 2)
        grid.addWidget(self.state, 1, 2)
        grid.addWidget(self.clock, 2, 2)
        grid.setColumnStretch(2, 1)

    def set_join(self, code: str, address: str, others: list[str]) -> None:
        self.code.setText(spaced_code(code))
        self.code.setToolTip(
            tr("Trainees type this code at their station: {code}").format(code=code)
        )
        self.address.setText(address)
        self.other_addresses.setText(
            tr("or {others}").format(others=", ".join(others)) if others else ""
        )

    def set_exercise(self, session: str, scenario: str) -> None:
        """Titles for the instructor's screen; the projector passes no scenario title."""
        # Without bidi overrides: one in the session's title turned the scenario's around.
        parts = [printable(part) for part in (session, scenario) if part]
        self.exercise_caption.setText("  \u00b7  ".join(parts))
        self.exercise_caption.setToolTip("\n".join(parts))

    def set_state(self, state: str, time_s: float, speed: float, start_minute_of_day: int) -> None:
        colour = STATE_COLOURS.get(state, "#e5e8e8")
        words = tr(STATE_WORDS[state]) if state in STATE_WORDS else state
        speed_text = f"  {speed:g}\u00d7" if state in ("running", "paused") else ""
        self.state.setText(
            f"<span style='color:{colour}; font-size:{self._state_size}pt; font-weight:bold'>"
            f"{escape(words)}{speed_text}</span>"
        )
        self.clock.setText(run_clock_text(time_s, start_minute_of_day * 60))
