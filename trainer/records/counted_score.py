"""A run's score as it counts: the sheet's, with the instructor's overrides in place.

The one place that says what an override does to an item's points and to the run's total,
percent and pass (the debrief, the run picker, the progress over runs and the exports all ask
here). The computed sheet itself is never changed: a review only sits beside it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from trainer.i18n import message
from trainer.records.models import ItemReview
from trainer.scoring.sheet import (
    ItemCategory,
    ScoreItem,
    ScoreSheet,
    in_full,
    passes,
    percent_of,
)


@dataclass(frozen=True)
class CountedScore:
    """Total, percent and pass of a run with the instructor's overrides; a run nobody
    overrode has the sheet's own."""

    total: float
    maximum: float
    percent: float
    passed: bool
    overridden: bool  # some item's points are the instructor's


def override_of(review: ItemReview | None) -> float | None:
    """The points the instructor gave instead; None when the item was not overridden."""
    return None if review is None else review.override_points


def counted_points(item: ScoreItem, review: ItemReview | None) -> float:
    """An item's points as they count: the instructor's where they overrode it."""
    override = override_of(review)
    return item.points if override is None else override


def still_missed(item: ScoreItem, review: ItemReview | None) -> bool:
    """A required action left undone, unless the instructor gave the item its full points
    (they judged it done: trainer.scoring.due.overridden counts that as on time)."""
    if item.category is not ItemCategory.MISSED:
        return False
    override = override_of(review)
    return override is None or not in_full(override, item.max_points)


def counted_score(sheet: ScoreSheet, reviews: Mapping[int, ItemReview]) -> CountedScore:
    """The sheet's score with each overridden item's points replaced by the instructor's.
    `reviews` are by item position (aligned to this sheet: review_store.aligned_reviews); a
    review of no item on the sheet changes nothing."""
    items = list(enumerate(sheet.items))
    overridden = any(override_of(reviews.get(position)) is not None for position, _ in items)
    if not overridden:
        return CountedScore(sheet.total, sheet.maximum, sheet.percent, sheet.passed, False)
    total = round(sum(counted_points(item, reviews.get(position)) for position, item in items), 1)
    percent = percent_of(total, sheet.maximum)
    missed = any(still_missed(item, reviews.get(position)) for position, item in items)
    passed = passes(percent, sheet.pass_mark_percent, sheet.maximum, sheet.ended_early, missed)
    return CountedScore(total, sheet.maximum, percent, passed, True)


def override_score(counted: CountedScore) -> str | None:
    """'80 of 100 points, 80.0 %, passed' in the language spoken; None when nothing was
    overridden."""
    if not counted.overridden:
        return None
    result = message("result.passed" if counted.passed else "result.failed").lower()
    return message(
        "sheet.override_score",
        total=counted.total, maximum=counted.maximum, percent=counted.percent, result=result,
    )  # fmt: skip


def override_line(counted: CountedScore) -> str | None:
    """'With the instructor's overrides: 80 of 100 points, 80.0 %, passed', as the debrief's
    header and the PDF sheet say it; None when nothing was overridden."""
    score = override_score(counted)
    return None if score is None else message("sheet.override_total", score=score)
