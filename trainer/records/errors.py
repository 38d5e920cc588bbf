"""The typed error of the training record, and plain-language reasons for SQLite failures."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from trainer.errors import TrainerError


class RecordsError(TrainerError):
    """The training record cannot be opened, read or written; the message names the file and why."""


# SQLite result codes (extended codes share the prefix) and what they mean to a user.
_REASONS = {
    "SQLITE_NOTADB": "not an SQLite database (another kind of file, or encrypted)",
    "SQLITE_CORRUPT": "the database is damaged (disk image is malformed); restore a backup",
    "SQLITE_CANTOPEN": "cannot open the file (does its folder exist, and may it be written?)",
    "SQLITE_BUSY": "the database is locked by another program; close it and try again",
    "SQLITE_LOCKED": "the database is locked by another program; close it and try again",
    "SQLITE_READONLY": "the file is read-only",
    "SQLITE_FULL": "the disk is full",
    "SQLITE_IOERR": "disk input/output error",
    "SQLITE_PERM": "permission denied",
}


def describe(path: str | Path, exc: sqlite3.Error, doing: str = "") -> str:
    """A one-line message naming the file, what was being done and what went wrong."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    reason = _REASONS.get("_".join(name.split("_")[:2]), str(exc))
    return f"{path}: cannot {doing}: {reason}" if doing else f"{path}: {reason}"
