"""Score sheets in the training record: saved with their items (again on a rescore, the
instructor's reviews kept with their items), read back whole, or as each run's result."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from trainer.i18n import Message, msg
from trainer.records import rows
from trainer.records.counted_score import CountedScore, counted_score
from trainer.records.models import SheetSummary
from trainer.records.review_store import ReviewStore, aligned_to
from trainer.records.rows import short as _short
from trainer.records.store import new_id
from trainer.scoring.sheet import ScoreSheet

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


class SheetStore(ReviewStore):
    """The score-sheet part of the Repository (which supplies the clock)."""

    def _now_stamp(self) -> str:
        raise NotImplementedError  # the Repository's clock

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
