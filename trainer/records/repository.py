"""All SQL of the training record: trainees, class sessions, runs, actions, events, score sheets."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime

from sqlite_utils import Database

from trainer.i18n import Message, msg
from trainer.records import process, rows
from trainer.records.counted_score import CountedScore, counted_score
from trainer.records.errors import RecordsError, describe, run_status
from trainer.records.models import RunRecord, RunStatus, SessionRecord, SheetSummary
from trainer.records.review_store import ReviewStore, aligned_to
from trainer.records.rows import short as _short
from trainer.records.rows import stamp as _stamp
from trainer.records.store import new_id
from trainer.records.trainee_store import TraineeStore
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
_INSERT_SHEET = """
    INSERT INTO score_sheets
        (run_id, scenario_id, seed, total, maximum, percent, pass_mark_percent, passed,
         disruption_minutes, disruption_eur, created_utc, ended_at_s)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""
_INSERT_ITEM = """
    INSERT INTO score_items
        (sheet_id, position, points, max_points, category, reason, incident, time_s,
         action_sequence, reason_message, due_s, window_s, due_message)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"""


class Repository(TraineeStore, ReviewStore):
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

    # -- class sessions (trainees: TraineeStore; item reviews: ReviewStore) ----------------

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

    # -- runs --------------------------------------------------------------------------------

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
        the run had ended (their station was offline), with the sheet scored again with them:
        all or nothing. Only an ended run (finished or aborted) takes them; its status, end
        and sim time stay as they were, the wall time of each action tells when it arrived."""
        doing = msg("records.doing.record_late", count=len(actions), run=run_id)
        with self._sql(doing), self._transaction(doing):
            row = self._one("SELECT status FROM runs WHERE id = ?", [run_id])
            if row is None:
                raise self._error(doing, msg("records.no_run", id=run_id))
            if row["status"] not in (RunStatus.FINISHED.value, RunStatus.ABORTED.value):
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

    # -- reading a run back ------------------------------------------------------------------

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

    # -- score sheets ------------------------------------------------------------------------

    def save_sheet(self, run_id: int, sheet: ScoreSheet, *, replace: bool = False) -> int:
        """Store the run's score sheet with its items; `replace` swaps an earlier one (rescoring).

        Returns the sheet id. The sheet must be for the run's scenario and seed.
        """
        doing = msg("records.doing.save_sheet", run=run_id)
        with self._sql(doing), self._transaction(doing):
            return self._insert_sheet(run_id, sheet, replace=replace, doing=doing)

    def _insert_sheet(
        self, run_id: int, sheet: ScoreSheet, *, replace: bool, doing: Message
    ) -> int:
        """The sheet's rows, inside the caller's transaction."""
        run = self._require("runs", run_id, doing)
        if (sheet.scenario_id, sheet.seed) != (run["scenario_id"], run["seed"]):
            mismatch = msg(
                "records.sheet_mismatch",
                scenario=_short(sheet.scenario_id),
                seed=sheet.seed,
                run_scenario=_short(run["scenario_id"]),
                run_seed=run["seed"],
            )
            raise self._error(doing, mismatch)
        old = self._one("SELECT id FROM score_sheets WHERE run_id = ?", [run_id])
        if old is not None:
            if not replace:
                raise self._error(doing, msg("records.sheet_exists", run=run_id))
            self._db.execute("DELETE FROM score_sheets WHERE id = ?", [old["id"]])
        cursor = self._db.execute(
            _INSERT_SHEET, rows.sheet_values(run_id, sheet, self._now_stamp())
        )
        sheet_id = new_id(cursor)
        self._db.conn.executemany(
            _INSERT_ITEM,
            [rows.item_values(sheet_id, i, item) for i, item in enumerate(sheet.items)],
        )
        if old is not None:  # a rescore: the instructor's reviews stay with their items
            self._rehome_reviews(run_id, [item.reason for item in sheet.items])
        return sheet_id

    def sheet(self, run_id: int) -> ScoreSheet | None:
        """The run's score sheet, or None when it has not been scored."""
        doing = msg("records.doing.read_sheet", run=run_id)
        with self._sql(doing):
            self._require("runs", run_id, doing)
            return self._sheets("s.run_id = ?", [run_id]).get(run_id)

    def sheet_summaries(self) -> dict[int, SheetSummary]:
        """Every scored run's result by run id, without its items: a year's record holds
        thousands of sheets, and reading every item of each made the run picker take seconds.
        The result counts the instructor's overrides; `computed` keeps the scorer's."""
        with self._sql(msg("records.doing.list_sheets")):
            found = self._all(
                "SELECT run_id, total, maximum, percent, passed, ended_at_s FROM score_sheets"
            )
            computed = {int(row["run_id"]): rows.sheet_summary(row) for row in found}
        overridden = self.overridden_reviews()
        if not overridden:
            return computed
        with self._sql(msg("records.doing.list_sheets")):
            # Only the few runs the instructor overrode are read whole, for their items.
            sheets = self._sheets(
                "s.run_id IN (SELECT run_id FROM item_reviews WHERE override_points IS NOT NULL)",
                [],
            )
        for run_id, sheet in sheets.items():
            score = counted_score(sheet, aligned_to(sheet, overridden.get(run_id, {})))
            if score.overridden:
                summary = computed[run_id]
                computed[run_id] = replace(
                    summary, total=score.total, percent=score.percent, passed=score.passed,
                    computed=summary,
                )  # fmt: skip
        return computed

    def counted_scores(self, sheets: Mapping[int, ScoreSheet]) -> dict[int, CountedScore]:
        """Each sheet's score as it counts, with the instructor's overrides, by run id."""
        overridden = self.overridden_reviews()
        return {
            run_id: counted_score(sheet, aligned_to(sheet, overridden.get(run_id, {})))
            for run_id, sheet in sheets.items()
        }

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

    def _sheets(self, where: str, params: Sequence[object]) -> dict[int, ScoreSheet]:
        """Sheets by run id, for a fixed WHERE fragment over score_sheets s (no values in it)."""
        heads = self._all(f"SELECT s.* FROM score_sheets s WHERE {where}", params)
        items = self._all(
            "SELECT i.* FROM score_items i JOIN score_sheets s ON s.id = i.sheet_id "
            f"WHERE {where} ORDER BY i.sheet_id, i.position",
            params,
        )
        by_sheet: dict[int, list[rows.Row]] = {}
        for item in items:
            by_sheet.setdefault(int(item["sheet_id"]), []).append(item)
        return {int(h["run_id"]): rows.sheet(h, by_sheet.get(int(h["id"]), [])) for h in heads}
