"""The station's header: the exercise's state, its clocks, and the link to the console."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from trainer.text import printable
from trainer.ui.eliding_label import ElidingLabel
from trainer.ui.panels.alerts import run_clock_text
from trainer.ui.translation import tr

# Text on the light toolbar: darker than the map's colours of the same meaning, to be read.
GOOD = "#1e8449"
WAITING = "#b9770e"
BAD = "#c0392b"
QUIET = "#5d6d7e"
SILENT_AFTER_S = 2.0  # pictures come several times a second: this long without one is a gap


def exercise_text(state: str | None, sheet_released: bool) -> tuple[str, str]:
    """(text, colour) of the exercise's state as the trainee needs to know it."""
    if state is None or state == "ready":
        return tr("Waiting for the instructor to start the exercise"), WAITING
    if state == "running":
        return tr("Exercise running"), GOOD
    if state == "paused":
        return tr("Paused by the instructor"), WAITING
    over = tr("Exercise over") if state == "finished" else tr("Exercise ended by the instructor")
    if sheet_released:
        return tr("{over}: your score sheet is out").format(over=over), GOOD
    return tr("{over}: waiting for the instructor to release the sheets").format(over=over), QUIET


def connection_text(
    joined: bool, silent_s: float, waiting: int, sheet_in: bool = False
) -> tuple[str, str]:
    """(text, colour) of the link: connected or reconnecting, and actions not yet on record."""
    lost = not joined or silent_s > SILENT_AFTER_S
    if lost and sheet_in and not waiting:  # the lesson is over: the console may well be closed
        return tr("Console no longer reachable (your score sheet is in)"), QUIET
    if not joined:
        link, colour = tr("Reconnecting to the console…"), BAD
    elif silent_s > SILENT_AFTER_S:
        link, colour = (
            tr("No word from the console for {silent_s:.0f} s…").format(silent_s=silent_s),
            BAD,
        )
    else:
        link, colour = tr("Connected"), GOOD
    if waiting:
        plural = "s" if waiting != 1 else ""
        return tr("{link}  ·  {waiting} action{plural} waiting to be acknowledged").format(
            link=link, waiting=waiting, plural=plural
        ), (colour if colour == BAD else WAITING)
    return link, colour


class StationStatus(QWidget):
    """What the exercise is doing, its clock, who is joined to which class, and the link."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Plain text (words from the console, names) that gives way on a narrow screen
        # rather than widen the window past it; the class and the name give way first.
        self.exercise = ElidingLabel("")
        self.clock = QLabel("T+--:--:--")
        self.who = ElidingLabel("")
        self.who.setStyleSheet(f"color: {QUIET};")
        self.who.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.who.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.connection = QLabel("")  # never cut: 'Verbond…' would hide the one word that matters
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.setSpacing(24)
        layout.addWidget(self.exercise)
        layout.addWidget(self.clock)
        layout.addWidget(self.who, 1)
        layout.addWidget(self.connection)
        self.clock.setStyleSheet("font-size: 13pt; font-family: monospace;")

    def show_exercise(self, text: str, colour: str) -> None:
        self.exercise.setText(text)
        self.exercise.setStyleSheet(f"font-size: 13pt; font-weight: bold; color: {colour};")

    def show_who(self, exercise: str, trainee: str) -> None:
        # Without bidi overrides: one in the session's title turned the name around.
        self.who.setText(printable(f"{exercise}  \u00b7  {trainee}"))

    def show_clock(self, time_s: float, start_minute_of_day: int) -> None:
        self.clock.setText(run_clock_text(time_s, start_minute_of_day * 60))

    def show_connection(self, text: str, colour: str) -> None:
        self.connection.setText(text)
        self.connection.setStyleSheet(f"font-weight: bold; color: {colour};")
