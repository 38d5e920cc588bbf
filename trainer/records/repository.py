"""The training record's one door, `Repository`: its parts put together (trainees, runs from
start to end, score sheets, reviews), with class sessions and reading runs back."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime

from sqlite_utils import Database

from trainer.i18n import msg
from trainer.records import process, rows
from trainer.records.models import RunRecord, SessionRecord
from trainer.records.rows import short as _short
from trainer.records.rows import stamp as _stamp
from trainer.records.run_store import RunStore
from trainer.records.store import new_id
from trainer.records.trainee_store import TraineeStore
from trainer.scoring.protocol import Action
from trainer.scoring.sheet import ScoreSheet
from trainer.sim.events import Event


class Repository(TraineeStore, RunStore):
    """The one door to the training record's SQL.

    Every write commits before it returns. `host`, `pid` and `now` default to this computer,
    this process and the UTC clock; tests pass others to play a different process or time.
    """

    def __init__(
        self,
        db: Database,
        *,
        host: str | None = None,
        pid: int | None = None,
        now: Callable[[], datetime] = process.utc_now,
    ) -> None:
        super().__init__(db)
        self._host = process.this_host() if host is None else host
        self._pid = os.getpid() if pid is None else pid
        self._now = now

    def _now_stamp(self) -> str:  # the clock of every stamp, trainees and reviews included
        return _stamp(self._now())

    # -- class sessions (the rest: TraineeStore, RunStore, SheetStore, ReviewStore) -------

    def add_session(
        self, title: str, instructor: str | None = None, notes: str | None = None
    ) -> int:
        """A new class session, started now. Returns the session id."""
        with self._sql(msg("records.doing.add_session", title=_short(title))):
            cursor = self._write_once(
                msg("records.doing.add_a_session"),
                "INSERT INTO class_sessions (title, instructor, started_utc, notes) "
                "VALUES (?, ?, ?, ?)",
                [title, instructor, self._now_stamp(), notes],
            )
        return new_id(cursor)

    def session(self, session_id: int) -> SessionRecord:
        doing = msg("records.doing.read_session", session=session_id)
        with self._sql(doing):
            return rows.session(self._require("class_sessions", session_id, doing))

    def sessions(self) -> list[SessionRecord]:
        """Every class session, oldest first."""
        with self._sql(msg("records.doing.list_sessions")):
            found = self._all("SELECT * FROM class_sessions ORDER BY started_utc, id")
            return [rows.session(row) for row in found]

    # -- reading runs back -------------------------------------------------------------------

    def run(self, run_id: int) -> RunRecord:
        doing = msg("records.doing.read_run", run=run_id)
        with self._sql(doing):
            return rows.run(self._require("runs", run_id, doing))

    def runs(self, session_id: int | None = None, trainee_id: int | None = None) -> list[RunRecord]:
        """Runs, oldest first; only those of a class session and/or a trainee when given."""
        doing = msg("records.doing.list_runs")
        where, params = [], []
        with self._sql(doing):
            if session_id is not None:
                self._require("class_sessions", session_id, doing)
                where.append("session_id = ?")
                params.append(session_id)
            if trainee_id is not None:
                self._require("trainees", trainee_id, doing)
                where.append("trainee_id = ?")
                params.append(trainee_id)
            clause = f"WHERE {' AND '.join(where)}" if where else ""  # fixed fragments only
            found = self._all(f"SELECT * FROM runs {clause} ORDER BY started_utc, id", params)
            return [rows.run(row) for row in found]

    def actions(self, run_id: int) -> list[Action]:
        """The run's actions in sequence order, as they were recorded."""
        doing = msg("records.doing.read_actions", run=run_id)
        with self._sql(doing):
            self._require("runs", run_id, doing)
            found = self._all("SELECT * FROM actions WHERE run_id = ? ORDER BY sequence", [run_id])
            return [rows.action(row) for row in found]

    def events(self, run_id: int) -> list[Event]:
        """The run's event log in the order it was recorded."""
        doing = msg("records.doing.read_events", run=run_id)
        with self._sql(doing):
            self._require("runs", run_id, doing)
            found = self._all("SELECT * FROM events WHERE run_id = ? ORDER BY seq", [run_id])
            return [rows.event(row) for row in found]

    def trainee_history(self, trainee_id: int) -> list[tuple[RunRecord, ScoreSheet | None]]:
        """Every run of a trainee, oldest first, each with its score sheet if it has one."""
        doing = msg("records.doing.read_history", trainee=trainee_id)
        with self._sql(doing):
            self._require("trainees", trainee_id, doing)
            found = self._all(
                "SELECT * FROM runs WHERE trainee_id = ? ORDER BY started_utc, id", [trainee_id]
            )
            sheets = self._sheets(
                "s.run_id IN (SELECT id FROM runs WHERE trainee_id = ?)", [trainee_id]
            )
            return [(rows.run(row), sheets.get(row["id"])) for row in found]
