"""The plumbing under the repository: one database file, its transactions and its errors."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from sqlite_utils import Database

from trainer.records.errors import RecordsError, describe
from trainer.records.rows import Row


def new_id(cursor: sqlite3.Cursor) -> int:
    if cursor.lastrowid is None:  # pragma: no cover - SQLite always sets it after an INSERT
        raise RecordsError("SQLite did not report the new row's id")
    return int(cursor.lastrowid)


class Store:
    """A sqlite-utils Database with RecordsError messages that name the file, and commits."""

    def __init__(self, db: Database) -> None:
        self._db = db
        try:
            files = [r["file"] for r in db.query("PRAGMA database_list") if r["name"] == "main"]
        except sqlite3.Error as exc:
            raise RecordsError(describe("training record", exc, "use the database")) from exc
        self._file = files[0] if files and files[0] else ":memory:"

    @property
    def db(self) -> Database:
        return self._db

    @property
    def file(self) -> str:
        """The database file, for messages."""
        return self._file

    @contextmanager
    def _sql(self, doing: str) -> Iterator[None]:
        """Turn every SQLite or value failure inside the block into a RecordsError."""
        try:
            yield
        except sqlite3.Error as exc:
            raise RecordsError(describe(self._file, exc, doing)) from exc
        except OverflowError as exc:
            raise RecordsError(
                f"{self._file}: cannot {doing}: a number is too large ({exc})"
            ) from exc
        except ValueError as exc:  # text SQLite cannot hold, an unknown kind read back, bad JSON
            raise RecordsError(f"{self._file}: cannot {doing}: {exc}") from exc

    def _error(self, doing: str, message: str) -> RecordsError:
        return RecordsError(f"{self._file}: cannot {doing}: {message}")

    def _one(self, sql: str, params: Sequence[object]) -> Row | None:
        return next(self._db.query(sql, params), None)

    def _all(self, sql: str, params: Sequence[object] = ()) -> list[Row]:
        return list(self._db.query(sql, params))

    def _require(self, table: str, what: str, row_id: int, doing: str) -> Row:
        # `table` is one of our constant table names, never user input.
        row = self._one(f"SELECT * FROM {table} WHERE id = ?", [row_id])
        if row is None:
            raise self._error(doing, f"there is no {what} with id {row_id}")
        return row

    @contextmanager
    def _transaction(self, doing: str) -> Iterator[None]:
        """A transaction of its own, committed (and on disk) when the block ends."""
        if self._db.conn.in_transaction:
            raise self._error(doing, "another transaction is open; this write would not commit")
        with self._db.atomic():
            yield

    def _write_once(self, doing: str, sql: str, params: Sequence[object]) -> sqlite3.Cursor:
        """One statement in its own transaction, committed when this returns.

        What atomic() does, without its layers: this is the path of every recorded action.
        """
        conn = self._db.conn
        if conn.in_transaction:
            raise self._error(doing, "another transaction is open; this write would not commit")
        conn.execute("BEGIN")
        try:
            cursor = conn.execute(sql, params)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        return cursor
