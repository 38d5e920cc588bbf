"""The plumbing under the repository: one database file, its transactions and its errors."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from sqlite_utils import Database

from trainer.i18n import Message, msg
from trainer.records.db import RecordDatabase
from trainer.records.errors import RecordsError, describe, value_reason
from trainer.records.rows import Row

# What a missing row is called, by table.
_MISSING = {
    "runs": "records.no_run",
    "trainees": "records.no_trainee",
    "class_sessions": "records.no_session",
}


def new_id(cursor: sqlite3.Cursor) -> int:
    if cursor.lastrowid is None:  # pragma: no cover - SQLite always sets it after an INSERT
        raise RecordsError(msg("records.no_row_id"))
    return int(cursor.lastrowid)


class Store:
    """A sqlite-utils Database with RecordsError messages that name the file, and commits."""

    def __init__(self, db: Database) -> None:
        self._db = db
        try:
            files = [r["file"] for r in db.query("PRAGMA database_list") if r["name"] == "main"]
        except sqlite3.Error as exc:
            doing = msg("records.doing.use")
            raise RecordsError(describe(msg("records.the_record"), exc, doing)) from exc
        if files and files[0]:
            self._file = files[0]
        elif isinstance(db, RecordDatabase):  # an older record read through an upgraded copy
            self._file = os.path.abspath(db.path)
        else:
            self._file = ":memory:"

    @property
    def db(self) -> Database:
        return self._db

    @property
    def file(self) -> str:
        """The database file, for messages."""
        return self._file

    @contextmanager
    def _sql(self, doing: Message) -> Iterator[None]:
        """Turn every SQLite or value failure inside the block into a RecordsError."""
        try:
            yield
        except sqlite3.Error as exc:
            raise RecordsError(describe(self._file, exc, doing)) from exc
        except OverflowError as exc:
            raise self._error(doing, msg("records.too_large")) from exc  # Python's words: English
        except ValueError as exc:  # text SQLite cannot hold, an unknown kind read back, bad JSON
            raise self._error(doing, value_reason(exc)) from exc

    def _error(self, doing: Message, reason: Message | str) -> RecordsError:
        return RecordsError(msg("records.cannot", path=self._file, doing=doing, reason=reason))

    def _one(self, sql: str, params: Sequence[object]) -> Row | None:
        return next(self._db.query(sql, params), None)

    def _all(self, sql: str, params: Sequence[object] = ()) -> list[Row]:
        return list(self._db.query(sql, params))

    def _require(self, table: str, row_id: int, doing: Message) -> Row:
        # `table` is one of our constant table names, never user input.
        row = self._one(f"SELECT * FROM {table} WHERE id = ?", [row_id])
        if row is None:
            raise self._error(doing, msg(_MISSING[table], id=row_id))
        return row

    @contextmanager
    def _transaction(self, doing: Message) -> Iterator[None]:
        """A transaction of its own, committed (and on disk) when the block ends."""
        if self._db.conn.in_transaction:
            raise self._error(doing, msg("records.transaction_open"))
        with self._db.atomic():
            yield

    def _write_once(self, doing: Message, sql: str, params: Sequence[object]) -> sqlite3.Cursor:
        """One statement in its own transaction, committed when this returns.

        What atomic() does, without its layers: this is the path of every recorded action.
        """
        conn = self._db.conn
        if conn.in_transaction:
            raise self._error(doing, msg("records.transaction_open"))
        conn.execute("BEGIN")
        try:
            cursor = conn.execute(sql, params)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        return cursor
