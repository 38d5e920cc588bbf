"""The instructor's review of a sheet: a note and an override per item, beside the score.

The computed sheet is never changed by a review. An override is the points the instructor
would give instead, within what the item can give (0 to its maximum; a penalty's between
itself and 0); the sheet shows both, and the review says who wrote it when.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from trainer.i18n import message, msg
from trainer.records.models import ItemReview
from trainer.records.rows import Row
from trainer.records.store import Store
from trainer.scoring.sheet import ScoreSheet

MAX_NOTE_CHARS = 2000


def override_range(points: float, max_points: float) -> tuple[float, float]:
    """What an override of an item may be: 0 to what it can give, a penalty between itself and
    0. A slip of the keyboard (55 for 5.5) cannot lift a total past the sheet's maximum."""
    return min(0.0, points), max(0.0, max_points)


def review_text(review: ItemReview, computed_points: float) -> str:
    """'Instructor: 5 points instead of 0. Saw it on the camera.', in the language spoken: how
    the sheets and the debrief show a review, beside (never instead of) the computed points."""
    parts = []
    if review.override_points is not None:
        parts.append(
            message(
                "sheet.review_override", override=review.override_points, computed=computed_points
            )
        )
    if review.note:
        parts.append(review.note)
    return message("sheet.review", text=" ".join(parts))


class ReviewStore(Store):
    """The review part of the Repository (which supplies the clock)."""

    def _now_stamp(self) -> str:
        raise NotImplementedError  # the Repository's clock

    def review_item(
        self, run_id: int, position: int, *, note: str = "", override_points: float | None = None
    ) -> ItemReview | None:
        """Set the note and override of item `position` of the run's sheet.

        An empty note with no override removes the review. Returns what is stored now.
        """
        doing = msg("records.doing.review_item", item=position + 1, run=run_id)
        note = note.strip()
        if len(note) > MAX_NOTE_CHARS:
            too_long = msg("records.note_too_long", count=len(note), limit=MAX_NOTE_CHARS)
            raise self._error(doing, too_long)
        if override_points is not None and not math.isfinite(override_points):
            not_points = msg("records.override_not_points", value=str(override_points))
            raise self._error(doing, not_points)
        with self._sql(doing), self._transaction(doing):
            item = self._one(
                "SELECT i.reason, i.points, i.max_points FROM score_items i "
                "JOIN score_sheets s ON s.id = i.sheet_id WHERE s.run_id = ? AND i.position = ?",
                [run_id, position],
            )
            if item is None:
                raise self._error(doing, msg("records.no_item", run=run_id, item=position + 1))
            low, high = override_range(item["points"], item["max_points"])
            if override_points is not None and not low <= override_points <= high:
                outside = msg(
                    "records.override_out_of_range", value=override_points, low=low, high=high
                )
                raise self._error(doing, outside)
            self._db.execute(
                "DELETE FROM item_reviews WHERE run_id = ? AND position = ?", [run_id, position]
            )
            if note or override_points is not None:
                self._db.execute(
                    "INSERT INTO item_reviews (run_id, position, item_reason, override_points, "
                    "note, updated_utc) VALUES (?, ?, ?, ?, ?, ?)",
                    [run_id, position, item["reason"], override_points, note, self._now_stamp()],
                )
        return self.item_reviews(run_id).get(position)

    def _rehome_reviews(self, run_id: int, reasons: Sequence[str]) -> None:
        """After a rescore, inside its transaction: each review moves to its item's position
        on the new sheet (see aligned_reviews); one whose item is gone is kept past the sheet's
        end, where it applies to no item and no later review of another item replaces it."""
        stored = self.item_reviews(run_id)
        aligned = aligned_reviews(reasons, stored)
        placed = {id(review) for review in aligned.values()}
        beyond = max([len(reasons) - 1, *stored]) + 1
        gone = [review for review in stored.values() if id(review) not in placed]
        homes = {**aligned, **{beyond + n: review for n, review in enumerate(gone)}}
        if all(stored.get(position) is review for position, review in homes.items()):
            return  # nothing moved
        self._db.execute("DELETE FROM item_reviews WHERE run_id = ?", [run_id])
        self._db.conn.executemany(
            "INSERT INTO item_reviews (run_id, position, item_reason, override_points, note, "
            "updated_utc) VALUES (?, ?, ?, ?, ?, ?)",
            [
                (run_id, position, r.item_reason, r.override_points, r.note, r.updated_utc)
                for position, r in homes.items()
            ],
        )

    def item_reviews(self, run_id: int) -> dict[int, ItemReview]:
        """The run's reviews by item position; a review whose item changed on a rescore is
        kept under its position with the reason it was written for (`item_reason`)."""
        with self._sql(msg("records.doing.read_reviews", run=run_id)):
            found = self._all(
                "SELECT * FROM item_reviews WHERE run_id = ? ORDER BY position", [run_id]
            )
        return {int(row["position"]): _review(row) for row in found}

    def overridden_reviews(self) -> dict[int, dict[int, ItemReview]]:
        """The reviews of every run in which some item was overridden, by run id and then by
        position as stored (see item_reviews): what the totals of a list of runs need."""
        with self._sql(msg("records.doing.read_overrides")):
            found = self._all(
                "SELECT * FROM item_reviews WHERE run_id IN (SELECT run_id FROM item_reviews "
                "WHERE override_points IS NOT NULL) ORDER BY run_id, position"
            )
        by_run: dict[int, dict[int, ItemReview]] = {}
        for row in found:
            by_run.setdefault(int(row["run_id"]), {})[int(row["position"])] = _review(row)
        return by_run


def _review(row: Row) -> ItemReview:
    override = row["override_points"]
    return ItemReview(
        run_id=int(row["run_id"]),
        position=int(row["position"]),
        item_reason=row["item_reason"],
        override_points=None if override is None else float(override),
        note=row["note"],
        updated_utc=row["updated_utc"],
    )


def aligned_reviews(
    reasons: Sequence[str], reviews: Mapping[int, ItemReview]
) -> dict[int, ItemReview]:
    """The reviews by the position of the item each was written for, on a sheet whose items'
    (English) reasons are `reasons`. A rescore may reorder or change the items: a review stays
    with its item when the item is still there (at its old position or another), and applies to
    none when it is gone, never to whatever item now sits at its old position."""
    aligned: dict[int, ItemReview] = {}
    moved = []
    for position, review in reviews.items():
        if position < len(reasons) and reasons[position] == review.item_reason:
            aligned[position] = review
        else:
            moved.append(review)
    for review in moved:
        free = (
            p
            for p, reason in enumerate(reasons)
            if reason == review.item_reason and p not in aligned
        )
        found = next(free, None)
        if found is not None:
            aligned[found] = review
    return aligned


def aligned_to(sheet: ScoreSheet, reviews: Mapping[int, ItemReview]) -> dict[int, ItemReview]:
    """The reviews by the position of the item on `sheet` each was written for."""
    return aligned_reviews([item.reason for item in sheet.items], reviews)
