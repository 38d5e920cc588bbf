"""The typed error of the training record, and its messages."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from trainer.errors import TrainerError
from trainer.i18n import Message, msg
from trainer.sqlite_reasons import sqlite_reason


class RecordsError(TrainerError):
    """The training record cannot be opened, read or written; the message names the file and why.

    `said` is the message (a catalog key and its fields, or plain text); the error reads in
    the language in use when it is shown."""

    def __init__(self, said: Message | str) -> None:
        self.said = said
        super().__init__(str(said))

    def __str__(self) -> str:
        return str(self.said)


class RecordValueError(ValueError):
    """A value the record refuses to store or cannot read back, said as a message (the store
    turns it into a RecordsError naming the file and the step)."""

    def __init__(self, said: Message) -> None:
        self.said = said
        super().__init__(said.key)

    def __str__(self) -> str:
        return str(self.said)


def value_reason(exc: ValueError) -> Message:
    """Why a value could not be stored or read, in the language in use: Python's own words for
    the failures a user can cause (text with a lone surrogate, e.g. a name from a command line
    in another encoding) or a damaged file holds (bad JSON) are English."""
    if isinstance(exc, RecordValueError):
        return exc.said
    if isinstance(exc, UnicodeEncodeError):
        bad = exc.object[exc.start : exc.end]
        return msg("records.text_not_storable", characters=" ".join(f"U+{ord(c):04X}" for c in bad))
    if isinstance(exc, json.JSONDecodeError):
        return msg("records.bad_json", line=exc.lineno, column=exc.colno)
    return msg("records.bad_value", detail=str(exc))


def describe(
    path: str | Path | Message, exc: sqlite3.Error, doing: Message | None = None
) -> Message:
    """A one-line message naming the file, what was being done and what went wrong."""
    reason = sqlite_reason(exc)
    where = path if isinstance(path, Message) else str(path)
    if doing is None:
        return msg("records.failed", path=where, reason=reason)
    return msg("records.cannot", path=where, doing=doing, reason=reason)


def run_status(status: str) -> Message | str:
    """A run's stored status in words ('finished' -> voltooid in Dutch)."""
    known = ("running", "finished", "aborted", "interrupted")
    return msg(f"status.{status}") if status in known else status
