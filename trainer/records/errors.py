"""The typed error of the training record, and its messages."""

from __future__ import annotations

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
