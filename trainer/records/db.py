"""Open the training record: SQLite in WAL mode, schema versioned by PRAGMA user_version."""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

import platformdirs
from sqlite_utils import Database

from trainer.i18n import msg
from trainer.i18n.os_words import os_reason
from trainer.records.errors import RecordsError, describe
from trainer.sqlite_uri import sqlite_uri
from trainer.writable import folder_writable

log = logging.getLogger(__name__)

APP_NAME = "twente-drone-trainer"
FILE_NAME = "records.sqlite"
ENV_VAR = "TWENTE_TRAINER_DB"
BUSY_TIMEOUT_S = 10.0  # wait this long for another program's write lock before giving up


def default_database_path() -> Path:
    """$TWENTE_TRAINER_DB if set, else records.sqlite in the user's data folder."""
    override = os.environ.get(ENV_VAR, "").strip()
    if override:
        return Path(override).expanduser()
    return platformdirs.user_data_path(APP_NAME) / FILE_NAME


# Version 1: everything. *_utc columns hold ISO 8601 UTC text; *_s columns seconds of sim time.
_SCHEMA_V1 = (
    """CREATE TABLE trainees (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(name) > 0),
        external_id TEXT UNIQUE,
        group_name TEXT,
        created_utc TEXT NOT NULL
    )""",
    "CREATE INDEX trainees_by_name ON trainees (name)",
    """CREATE TABLE class_sessions (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        instructor TEXT,
        started_utc TEXT NOT NULL,
        notes TEXT
    )""",
    """CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        session_id INTEGER REFERENCES class_sessions (id),
        trainee_id INTEGER REFERENCES trainees (id),
        scenario_id TEXT NOT NULL,
        scenario_title TEXT NOT NULL,
        scenario_file TEXT NOT NULL,
        file_sha256 TEXT NOT NULL,
        seed INTEGER NOT NULL,
        app_version TEXT NOT NULL,
        started_utc TEXT NOT NULL,
        ended_utc TEXT,
        status TEXT NOT NULL
            CHECK (status IN ('running', 'finished', 'aborted', 'interrupted')),
        sim_time_s REAL NOT NULL DEFAULT 0,
        pid INTEGER,
        host TEXT
    )""",
    "CREATE INDEX runs_by_session ON runs (session_id, started_utc)",
    "CREATE INDEX runs_by_trainee ON runs (trainee_id, started_utc)",
    "CREATE INDEX runs_running ON runs (status) WHERE status = 'running'",
    # A correction names an earlier action of its run: (run_id, corrects) -> (run_id, sequence).
    """CREATE TABLE actions (
        id INTEGER PRIMARY KEY,
        run_id INTEGER NOT NULL REFERENCES runs (id),
        sequence INTEGER NOT NULL CHECK (sequence >= 1),
        kind TEXT NOT NULL,
        sim_time_s REAL NOT NULL,
        wall_time TEXT NOT NULL,
        track TEXT,
        params_json TEXT NOT NULL DEFAULT '{}',
        corrects INTEGER CHECK (corrects IS NULL OR corrects < sequence),
        UNIQUE (run_id, sequence),
        FOREIGN KEY (run_id, corrects) REFERENCES actions (run_id, sequence)
    )""",
    """CREATE TABLE events (
        run_id INTEGER NOT NULL REFERENCES runs (id),
        seq INTEGER NOT NULL,
        tick INTEGER NOT NULL,
        time_s REAL NOT NULL,
        kind TEXT NOT NULL,
        drone TEXT NOT NULL,
        zone TEXT,
        other TEXT,
        detail TEXT NOT NULL DEFAULT '',
        x_m REAL NOT NULL,
        y_m REAL NOT NULL,
        alt_agl_m REAL NOT NULL,
        PRIMARY KEY (run_id, seq)
    )""",
    """CREATE TABLE score_sheets (
        id INTEGER PRIMARY KEY,
        run_id INTEGER NOT NULL UNIQUE REFERENCES runs (id),
        scenario_id TEXT NOT NULL,
        seed INTEGER NOT NULL,
        total REAL NOT NULL,
        maximum REAL NOT NULL,
        percent REAL NOT NULL,
        pass_mark_percent REAL NOT NULL,
        passed INTEGER NOT NULL CHECK (passed IN (0, 1)),
        disruption_minutes REAL NOT NULL,
        disruption_eur REAL NOT NULL,
        created_utc TEXT NOT NULL
    )""",
    """CREATE TABLE score_items (
        sheet_id INTEGER NOT NULL REFERENCES score_sheets (id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        points REAL NOT NULL,
        max_points REAL NOT NULL,
        category TEXT NOT NULL,
        reason TEXT NOT NULL,
        incident TEXT,
        time_s REAL,
        action_sequence INTEGER,
        PRIMARY KEY (sheet_id, position)
    )""",
)


def _create_v1(conn: sqlite3.Connection) -> None:
    for statement in _SCHEMA_V1:
        conn.execute(statement)


def _add_sheet_end(conn: sqlite3.Connection) -> None:
    """Version 2: a sheet says when its run was ended early (NULL: it ran to the end)."""
    conn.execute("ALTER TABLE score_sheets ADD COLUMN ended_at_s REAL")


def _add_roster_care_and_reviews(conn: sqlite3.Connection) -> None:
    """Version 3: trainees can be retired (kept for their history, gone from every pick list)
    or merged into another; the instructor's note and override per sheet item, kept beside
    the computed score and never replacing it."""
    conn.execute("ALTER TABLE trainees ADD COLUMN retired_utc TEXT")
    conn.execute("ALTER TABLE trainees ADD COLUMN merged_into INTEGER REFERENCES trainees (id)")
    conn.execute(
        """CREATE TABLE item_reviews (
            run_id INTEGER NOT NULL REFERENCES runs (id),
            position INTEGER NOT NULL CHECK (position >= 0),
            item_reason TEXT NOT NULL,
            override_points REAL,
            note TEXT NOT NULL DEFAULT '',
            updated_utc TEXT NOT NULL,
            PRIMARY KEY (run_id, position)
        )"""
    )


def _add_reason_message(conn: sqlite3.Connection) -> None:
    """Version 4: an item keeps its reason as a message (JSON: key and fields) beside its
    English text, so a sheet can be shown and exported in any language later."""
    conn.execute("ALTER TABLE score_items ADD COLUMN reason_message TEXT")


def _add_due_windows(conn: sqlite3.Connection) -> None:
    """Version 5: an item keeps when its expected response was due, as the scorer resolved it
    (the window's start and length in sim seconds, and what was expected as a message), so the
    debrief can draw it. Older sheets keep NULLs: they read as items without a window."""
    conn.execute("ALTER TABLE score_items ADD COLUMN due_s REAL")
    conn.execute("ALTER TABLE score_items ADD COLUMN window_s REAL")
    conn.execute("ALTER TABLE score_items ADD COLUMN due_message TEXT")


# MIGRATIONS[n] takes the schema from version n to n + 1, inside the caller's transaction.
# Append new steps; never edit one that has shipped.
MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (
    _create_v1,
    _add_sheet_end,
    _add_roster_care_and_reviews,
    _add_reason_message,
    _add_due_windows,
)
SCHEMA_VERSION = len(MIGRATIONS)


class RecordDatabase(Database):
    """A training record as sqlite-utils opens it, with the file it was opened from: messages
    name that file, also when an older record is read through an upgraded copy."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        super().__init__(conn, execute_plugins=False)
        self.path = path


def open_database(path: Path, *, check: bool = True, read_only: bool = False) -> RecordDatabase:
    """Open (creating if need be) and migrate the training record at `path`.

    WAL journal, foreign keys on, synchronous=FULL: a commit is on disk when it returns, so
    neither a killed process nor a power cut loses it. `check` runs PRAGMA quick_check first,
    so a damaged file is refused now instead of failing half-way through a class.
    `read_only` opens an existing record only to read (SQLite's mode=ro): nothing is created,
    configured or migrated on disk, so a file the user may not write can still be exported (an
    older record is read through an upgraded copy in memory).
    Raises RecordsError naming the file for anything that is not a usable record.
    """
    path = Path(path)
    if path.is_dir():
        raise RecordsError(msg("records.is_folder", path=str(path)))
    if read_only and not path.is_file():
        raise RecordsError(msg("records.none_there", path=str(path)))
    if not read_only:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            said = msg("records.no_folder", path=str(path), reason=os_reason(exc))
            raise RecordsError(said) from exc
    try:
        if read_only:
            conn = sqlite3.connect(_read_only_uri(path), timeout=BUSY_TIMEOUT_S, uri=True)
        else:
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S)
    except sqlite3.Error as exc:
        raise RecordsError(describe(path, exc)) from exc
    try:
        if check:
            _check(conn, path)
        # Refuse before configuring: switching to WAL rewrites the header of a file that is
        # not ours (or is a newer trainer's), and a refused file must stay byte for byte.
        _refuse_unusable(conn, path)
        if read_only:
            conn = _current_for_reading(conn, path)
            conn.execute("PRAGMA foreign_keys = ON")
        else:
            _configure(conn, path)
            _migrate(conn, path)
        return RecordDatabase(conn, path)
    except sqlite3.Error as exc:
        conn.close()
        raise RecordsError(describe(path, exc)) from exc
    except BaseException:
        conn.close()
        raise


def _read_only_uri(path: Path) -> str:
    """SQLite's URI for reading `path` without writing it.

    Reading a WAL record needs its -shm file, which SQLite cannot create in a folder the user
    may not write (a read-only share). There, when no -wal file holds commits not yet in the
    main file, the file is opened as immutable: nothing is written, not even the -shm.
    """
    has_wal = Path(f"{path}-wal").exists() or Path(f"{path}-shm").exists()
    if not folder_writable(path.parent) and not has_wal:
        return sqlite_uri(path.resolve(), "immutable=1")
    return sqlite_uri(path.resolve(), "mode=ro")


def _configure(conn: sqlite3.Connection, path: Path) -> None:
    conn.execute("PRAGMA foreign_keys = ON")
    (mode,) = conn.execute("PRAGMA journal_mode = WAL").fetchone()
    if str(mode).lower() != "wal":
        log.warning("%s: WAL journal not available, using %s", path, mode)
    conn.execute("PRAGMA synchronous = FULL")
    (foreign_keys,) = conn.execute("PRAGMA foreign_keys").fetchone()
    if foreign_keys != 1:
        raise RecordsError(msg("records.no_foreign_keys", path=str(path)))


def _check(conn: sqlite3.Connection, path: Path) -> None:
    problems = [str(row[0]) for row in conn.execute("PRAGMA quick_check(5)")]
    if problems != ["ok"]:
        said = msg("records.damaged", path=str(path), problems="; ".join(problems))
        raise RecordsError(said)


def _user_version(conn: sqlite3.Connection) -> int:
    (version,) = conn.execute("PRAGMA user_version").fetchone()
    return int(version)


def _refuse_newer(version: int, path: Path) -> None:
    if version > SCHEMA_VERSION:
        said = msg("records.newer", path=str(path), version=version, known=SCHEMA_VERSION)
        raise RecordsError(said)


def _refuse_unusable(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse a newer trainer's record, and an SQLite database that is not a record at all."""
    version = _user_version(conn)
    _refuse_newer(version, path)
    if version == 0:
        _refuse_foreign(conn, path)


def _current_for_reading(conn: sqlite3.Connection, path: Path) -> sqlite3.Connection:
    """The record opened read-only, at this trainer's version. An older one cannot be migrated
    in place, so it is read through a copy brought up to date; the file itself is never
    written (an archived record on a read-only share still exports). The copy is SQLite's
    private temporary database: on disk once it outgrows its cache (a year's record can hold
    hundreds of MB of event logs), and gone when the connection closes."""
    version = _user_version(conn)
    if version == 0:
        raise RecordsError(msg("records.empty", path=str(path)))
    if version == SCHEMA_VERSION:
        return conn
    copy = sqlite3.connect("")  # "": a private temporary database
    try:
        conn.backup(copy)
        _migrate(copy, path)
        copy.execute("PRAGMA query_only = ON")  # read-only as the file is: a write is refused
    except BaseException:
        copy.close()
        raise
    conn.close()
    return copy


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    """Bring the schema to SCHEMA_VERSION in one transaction; a failed step changes nothing."""
    _refuse_newer(_user_version(conn), path)
    if _user_version(conn) == SCHEMA_VERSION:
        return
    conn.execute("BEGIN IMMEDIATE")  # take the write lock, then look again: another process
    try:  # may have migrated between our first look and now
        version = _user_version(conn)
        _refuse_newer(version, path)
        if version == 0:
            _refuse_foreign(conn, path)
        for step in range(version, SCHEMA_VERSION):
            MIGRATIONS[step](conn)
            conn.execute(f"PRAGMA user_version = {int(step) + 1}")  # PRAGMA takes no parameters
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _refuse_foreign(conn: sqlite3.Connection, path: Path) -> None:
    """A version-0 file must be empty: never add our tables to somebody else's database."""
    names = [
        str(row[0])
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    if names:
        shown = ", ".join(sorted(names)[:5])
        raise RecordsError(msg("records.foreign", path=str(path), tables=shown))
