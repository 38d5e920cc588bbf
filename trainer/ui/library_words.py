"""How the scenario library writes a scenario's facts: its columns, difficulty as stars and
words, duration, source, offender, problems, and the colours of good and bad."""

from __future__ import annotations

from PySide6.QtGui import QColor

from trainer.errors import Problem
from trainer.library import Source
from trainer.text import printable
from trainer.ui.translation import QT_TR_NOOP, tr

COLUMNS = (
    QT_TR_NOOP("Title"),
    QT_TR_NOOP("Difficulty"),
    QT_TR_NOOP("Duration"),
    QT_TR_NOOP("Tags"),
    QT_TR_NOOP("Source"),
    QT_TR_NOOP("Status"),
)

TITLE, DIFFICULTY, DURATION, TAGS, SOURCE, STATUS = range(len(COLUMNS))

GOOD = QColor("#1e8449")

BAD = QColor("#c0392b")

PENDING = QColor("#7f8c8d")

STARS = QColor("#d68910")

LEVELS = {
    1: QT_TR_NOOP("introductory"),
    2: QT_TR_NOOP("basic"),
    3: QT_TR_NOOP("intermediate"),
    4: QT_TR_NOOP("advanced"),
    5: QT_TR_NOOP("expert"),
}

SOURCES: dict[Source, str] = {"bundled": QT_TR_NOOP("Bundled"), "user": QT_TR_NOOP("My folder")}

OFFENDERS = {
    "none": QT_TR_NOOP("no offender"),
    "clueless": QT_TR_NOOP("clueless or careless"),
    "reckless": QT_TR_NOOP("reckless"),
    "criminal": QT_TR_NOOP("criminal or terrorist"),
}


def stars(difficulty: int | None) -> str:
    return "\u2013" if difficulty is None else "\u2605" * difficulty + "\u2606" * (5 - difficulty)


def minutes_seconds(seconds: float | None) -> str:
    if seconds is None:
        return "\u2013"
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def problem_text(problem: Problem) -> str:
    # as the editor's problem list writes it ("regel 5: ..." in Dutch)
    where = tr("line {line}: ").format(line=problem.line) if problem.line is not None else ""
    field = f"{problem.field}: " if problem.field else ""
    return printable(f"{where}{field}{problem.message}")  # may quote the file's own words
