"""Why an SQLite call failed, in plain words: for the training record and map archives."""

from __future__ import annotations

import sqlite3

from trainer.i18n import Message, msg

# SQLite result codes (extended codes share the prefix) and what they mean to a user.
_REASONS = {
    "SQLITE_NOTADB": "records.sqlite.not_a_database",
    "SQLITE_CORRUPT": "records.sqlite.corrupt",
    "SQLITE_CANTOPEN": "records.sqlite.cannot_open",
    "SQLITE_BUSY": "records.sqlite.locked",
    "SQLITE_LOCKED": "records.sqlite.locked",
    "SQLITE_READONLY": "records.sqlite.read_only",
    "SQLITE_FULL": "records.sqlite.disk_full",
    "SQLITE_IOERR": "records.sqlite.io_error",
    "SQLITE_PERM": "records.sqlite.permission",
}


def sqlite_reason(exc: sqlite3.Error) -> Message | str:
    """What went wrong, in the user's language for the usual failures (SQLite's own words,
    which are English, for the rare rest)."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    key = _REASONS.get("_".join(name.split("_")[:2]))
    return msg(key) if key else str(exc)
