"""A run from start to end in the training record: started by this process on this computer,
its actions and events recorded as they come, ended with its sheet, or found interrupted."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime

from trainer.i18n import Message, msg
from trainer.records import process, rows
from trainer.records.errors import RecordsError, describe, run_status
from trainer.records.models import RunStatus
from trainer.records.rows import short as _short
from trainer.records.sheet_store import SheetStore
from trainer.records.store import new_id
from trainer.scoring.protocol import Action
from trainer.scoring.sheet import ScoreSheet
from trainer.sim.events import Event

_INSERT_ACTION = """
    INSERT INTO actions
        (run_id, sequence, kind, sim_time_s, wall_time, track, params_json, corrects)
    SELECT ?, ?, ?, ?, ?, ?, ?, ?
    WHERE EXISTS (SELECT 1 FROM runs WHERE id = ? AND status = 'running')"""
_INSERT_LATE_ACTION = """
    INSERT INTO actions
        (run_id, sequence, kind, sim_time_s, wall_time, track, params_json, corrects)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)"""
_INSERT_EVENT = """
    INSERT INTO events
        (run_id, seq, tick, time_s, kind, drone, zone, other, detail, x_m, y_m, alt_agl_m)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""


class RunStore(SheetStore):
    """The runs part of the Repository (which supplies the clock, the computer and the process)."""

    _host: str
    _pid: int
    _now: Callable[[], datetime]

    def _now_stamp(self) -> str:
        raise NotImplementedError  # the Repository's clock

    # -- runs that are no longer running ---------------------------------------------------

    def _not_running(self, run_id: int, doing: Message) -> RecordsError:
        row = self._one("SELECT status FROM runs WHERE id = ?", [run_id])
        if row is None:
            return self._error(doing, msg("records.no_run", id=run_id))
        status = run_status(row["status"])
        return self._error(doing, msg("records.not_running", run=run_id, status=status))

    def _write_running(
        self, doing: Message, sql: str, params: Sequence[object], run_id: int
    ) -> None:
        """Like _write_once, for a statement that touches one row only while the run is running."""
        if self._write_once(doing, sql, params).rowcount != 1:
            raise self._not_running(run_id, doing)

    # -- starting, recording, ending ---------------------------------------------------------

    def start_run(
        self,
        *,
        scenario_id: str,
        scenario_title: str,
        scenario_file: str,
        file_sha256: str,
        seed: int,
        app_version: str,
        trainee_id: int | None = None,
        session_id: int | None = None,
    ) -> int:
        """A new run, status running, owned by this process on this computer. Returns its id."""
        doing = msg("records.doing.start_run", scenario=_short(scenario_id))
        with self._sql(doing), self._transaction(doing):
            if trainee_id is not None:
                self._require("trainees", trainee_id, doing)
            if session_id is not None:
                self._require("class_sessions", session_id, doing)
            cursor = self._db.execute(
                "INSERT INTO runs (session_id, trainee_id, scenario_id, scenario_title, "
                "scenario_file, file_sha256, seed, app_version, started_utc, status, pid, host) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'running', ?, ?)",
                [
                    session_id,
                    trainee_id,
                    scenario_id,
                    scenario_title,
                    str(scenario_file),
                    file_sha256,
                    int(seed),
                    app_version,
                    self._now_stamp(),
                    self._pid,
                    self._host,
                ],
            )
        return new_id(cursor)

    def record_action(self, run_id: int, action: Action) -> None:
        """Store one action in its own transaction, committed before this returns.

        This is the crash guarantee: once it returns, a killed process or a power cut cannot
        lose the action. Only a running run takes actions; a sequence number is used once.
        """
        doing = msg("records.doing.record_action", sequence=action.sequence, run=run_id)
        with self._sql(doing):
            values = rows.action_values(run_id, action)
            try:
                self._write_running(doing, _INSERT_ACTION, [*values, run_id], run_id)
            except sqlite3.IntegrityError as exc:
                raise self._action_conflict(run_id, action, doing, exc) from exc

    def _action_conflict(
        self, run_id: int, action: Action, doing: Message, exc: sqlite3.IntegrityError
    ) -> RecordsError:
        taken = "SELECT 1 FROM actions WHERE run_id = ? AND sequence = ?"
        if self._one(taken, [run_id, action.sequence]) is not None:
            taken_by = msg("records.action_taken", run=run_id, sequence=action.sequence)
            return self._error(doing, taken_by)
        if action.corrects is not None and self._one(taken, [run_id, action.corrects]) is None:
            missing = msg("records.corrects_missing", corrects=action.corrects, run=run_id)
            return self._error(doing, missing)
        return RecordsError(describe(self._file, exc, doing))

    def record_events(self, run_id: int, events: Sequence[Event]) -> None:
        """Append events to a running run's log, all in one transaction."""
        doing = msg("records.doing.record_events", count=len(events), run=run_id)
        if not events:
            return
        with self._sql(doing), self._transaction(doing):
            running = "SELECT 1 FROM runs WHERE id = ? AND status = 'running'"
            if self._one(running, [run_id]) is None:
                raise self._not_running(run_id, doing)
            last = self._one("SELECT MAX(seq) AS last FROM events WHERE run_id = ?", [run_id])
            first = int((last or {}).get("last") or 0) + 1
            values = [rows.event_values(run_id, first + i, e) for i, e in enumerate(events)]
            self._db.conn.executemany(_INSERT_EVENT, values)

    def record_batch(
        self,
        actions: Sequence[tuple[int, Action]],
        events: Mapping[int, Sequence[Event]],
        sim_time_s: Mapping[int, float] | None = None,
    ) -> None:
        """Many runs' new actions, events and sim times in one transaction, committed when this
        returns: a classroom console commits what a whole class did in a tick at once, so 30
        stations cost one fsync, not 30. All or nothing; only running runs take anything."""
        doing = msg("records.doing.record_batch", actions=len(actions), runs=len(events))
        runs = {run for run, _ in actions} | set(events) | set(sim_time_s or {})
        if not runs:
            return
        with self._sql(doing), self._transaction(doing):
            for run_id in sorted(runs):
                running = "SELECT 1 FROM runs WHERE id = ? AND status = 'running'"
                if self._one(running, [run_id]) is None:
                    raise self._not_running(run_id, doing)
            for run_id, action in actions:
                try:
                    self._db.conn.execute(
                        _INSERT_ACTION, [*rows.action_values(run_id, action), run_id]
                    )
                except sqlite3.IntegrityError as exc:
                    raise self._action_conflict(run_id, action, doing, exc) from exc
            for run_id, new in events.items():
                if not new:
                    continue
                last = self._one("SELECT MAX(seq) AS last FROM events WHERE run_id = ?", [run_id])
                first = int((last or {}).get("last") or 0) + 1
                values = [rows.event_values(run_id, first + i, e) for i, e in enumerate(new)]
                self._db.conn.executemany(_INSERT_EVENT, values)
            for run_id, time_s in (sim_time_s or {}).items():
                self._db.conn.execute(
                    "UPDATE runs SET sim_time_s = ? WHERE id = ?", [float(time_s), run_id]
                )

    def record_late_actions(
        self, run_id: int, actions: Sequence[Action], sheet: ScoreSheet | None
    ) -> None:
        """Actions a trainee made during a class exercise that reached the console only after
        the run had ended (their station was offline, or the console died and was started
        again), with the sheet scored again with them (None: the sheet, if any, stays): all or
        nothing. Only a run no longer running takes them (finished, aborted, or interrupted:
        they were made before its console died); its status, end and sim time stay as they
        were, the wall time of each action tells when it arrived."""
        doing = msg("records.doing.record_late", count=len(actions), run=run_id)
        with self._sql(doing), self._transaction(doing):
            row = self._one("SELECT status FROM runs WHERE id = ?", [run_id])
            if row is None:
                raise self._error(doing, msg("records.no_run", id=run_id))
            ended = (RunStatus.FINISHED.value, RunStatus.ABORTED.value, RunStatus.INTERRUPTED.value)
            if row["status"] not in ended:
                status = run_status(row["status"])
                raise self._error(doing, msg("records.not_ended", run=run_id, status=status))
            for action in actions:
                try:
                    self._db.conn.execute(_INSERT_LATE_ACTION, rows.action_values(run_id, action))
                except sqlite3.IntegrityError as exc:
                    raise self._action_conflict(run_id, action, doing, exc) from exc
            if sheet is not None:
                self._insert_sheet(run_id, sheet, replace=True, doing=doing)

    def update_sim_time(self, run_id: int, sim_time_s: float) -> None:
        """Note how far a running run has got in simulated time."""
        doing = msg("records.doing.update_time", run=run_id)
        with self._sql(doing):
            self._write_running(
                doing,
                "UPDATE runs SET sim_time_s = ? WHERE id = ? AND status = 'running'",
                [float(sim_time_s), run_id],
                run_id,
            )

    def finish_run(self, run_id: int, status: RunStatus | str = RunStatus.FINISHED) -> None:
        """End a running run as finished (ran to its end) or aborted (stopped by the instructor)."""
        ending = RunStatus(status)
        if ending not in (RunStatus.FINISHED, RunStatus.ABORTED):
            raise ValueError(f"a run ends finished or aborted, not {ending.value}")
        doing = msg("records.doing.end_run", run=run_id, status=run_status(ending.value))
        with self._sql(doing):
            self._write_running(
                doing,
                "UPDATE runs SET status = ?, ended_utc = ? WHERE id = ? AND status = 'running'",
                [ending.value, self._now_stamp(), run_id],
                run_id,
            )

    def close_run(
        self,
        run_id: int,
        status: RunStatus | str,
        sim_time_s: float,
        sheet: ScoreSheet | None = None,
    ) -> None:
        """End a running run with how far it got and, if scored, its sheet: all or nothing.

        One transaction: a crash part-way leaves the run running (then interrupted, and its
        sheet can be made with rescoring), never finished without the sheet it was given.
        """
        ending = RunStatus(status)
        if ending not in (RunStatus.FINISHED, RunStatus.ABORTED):
            raise ValueError(f"a run ends finished or aborted, not {ending.value}")
        doing = msg("records.doing.end_run", run=run_id, status=run_status(ending.value))
        with self._sql(doing), self._transaction(doing):
            cursor = self._db.execute(
                "UPDATE runs SET status = ?, ended_utc = ?, sim_time_s = ? "
                "WHERE id = ? AND status = 'running'",
                [ending.value, self._now_stamp(), float(sim_time_s), run_id],
            )
            if cursor.rowcount != 1:
                raise self._not_running(run_id, doing)
            if sheet is not None:
                self._insert_sheet(run_id, sheet, replace=False, doing=doing)

    def mark_interrupted_runs(self) -> list[int]:
        """Mark runs whose process died as interrupted; returns their ids. Call at app start.

        A run still 'running' is dead when it was started on this computer and its process is
        gone (or the computer has restarted since), or on another computer more than 24 h ago.
        """
        doing = msg("records.doing.find_interrupted")
        now = self._now()
        booted = process.boot_time_utc()
        marked = []
        with self._sql(doing):
            running = self._all(
                "SELECT id, pid, host, started_utc FROM runs WHERE status = 'running' ORDER BY id"
            )
            for row in running:
                same_host = row["host"] == self._host
                dead = process.run_is_dead(same_host, row["pid"], row["started_utc"], now, booted)
                if dead:
                    cursor = self._write_once(
                        doing,
                        "UPDATE runs SET status = 'interrupted' "
                        "WHERE id = ? AND status = 'running'",
                        [row["id"]],
                    )
                    if cursor.rowcount == 1:
                        marked.append(int(row["id"]))
        return marked
