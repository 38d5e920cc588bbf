"""A run's score as it counts (trainer.records.counted_score): the instructor's overrides in
place of the scorer's points, in the total, the percent and the pass; the one place that
arithmetic is done."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from trainer import i18n
from trainer.records.counted_score import (
    counted_points,
    counted_score,
    override_line,
    still_missed,
)
from trainer.records.models import ItemReview
from trainer.scoring.sheet import ItemCategory, ScoreItem, ScoreSheet, passes, percent_of

EXPECTED, PENALTY, MISSED = ItemCategory.EXPECTED, ItemCategory.PENALTY, ItemCategory.MISSED


def item(points: float, max_points: float, category: ItemCategory = EXPECTED) -> ScoreItem:
    return ScoreItem(points, max_points, category, f"{points:+g} something")


def sheet(
    *items: ScoreItem, pass_mark: float = 70.0, ended_at_s: float | None = None
) -> ScoreSheet:
    total = round(sum(i.points for i in items), 1)
    maximum = round(sum(i.max_points for i in items), 1)
    percent = percent_of(total, maximum)
    missed = any(i.category is MISSED for i in items)
    return ScoreSheet(
        "s", 1, tuple(items), total, maximum, percent, pass_mark,
        passes(percent, pass_mark, maximum, ended_at_s is not None, missed), 0.0, 0.0, ended_at_s,
    )  # fmt: skip


def review(position: int, override: float | None, note: str = "") -> ItemReview:
    return ItemReview(1, position, "r", override, note, "2026-01-01T00:00:00Z")


def test_nothing_overridden_is_the_sheets_own_score() -> None:
    scored = sheet(item(10, 20), item(-5, 0, PENALTY))
    counted = counted_score(scored, {0: review(0, None, "just a note")})
    assert (counted.total, counted.maximum, counted.percent, counted.passed) == (
        scored.total, scored.maximum, scored.percent, scored.passed,
    )  # fmt: skip
    assert not counted.overridden


def test_an_override_replaces_the_items_points_in_total_and_percent() -> None:
    scored = sheet(item(10, 20), item(20, 20), item(-5, 0, PENALTY))  # 25 of 40 = 62.5 %
    counted = counted_score(scored, {0: review(0, 20), 2: review(2, 0)})
    assert (counted.total, counted.percent, counted.overridden) == (40, 100.0, True)
    assert not scored.passed and counted.passed  # over the 70 % mark with the overrides
    assert counted_points(scored.items[0], review(0, 20)) == 20
    assert counted_points(scored.items[1], None) == 20


def test_a_missed_item_passes_only_with_its_full_points() -> None:
    scored = sheet(item(0, 10, MISSED), item(90, 90))  # 90 %, but a required action missed
    assert not scored.passed
    assert counted_score(scored, {0: review(0, 10)}).passed  # the instructor judged it done
    partly = counted_score(scored, {0: review(0, 5)})  # 95 %, still not done as required
    assert partly.percent == 95.0 and not partly.passed
    assert still_missed(scored.items[0], review(0, 5))
    assert not still_missed(scored.items[0], review(0, 10))


def test_an_ended_early_run_does_not_pass_whatever_the_overrides() -> None:
    scored = sheet(item(0, 10), ended_at_s=120.0)
    counted = counted_score(scored, {0: review(0, 10)})
    assert counted.percent == 100.0 and not counted.passed


def test_a_review_of_no_item_on_the_sheet_changes_nothing() -> None:
    scored = sheet(item(10, 20))
    counted = counted_score(scored, {3: review(3, 20)})  # kept past the end after a rescore
    assert (counted.total, counted.overridden) == (10, False)


points = st.integers(-40, 40).map(lambda n: n / 2)


@given(st.lists(st.tuples(points, points, st.booleans()), min_size=1, max_size=8))
def test_the_counted_total_is_the_sum_of_the_points_that_count(
    rows: list[tuple[float, float, bool]],
) -> None:
    items = [item(p, abs(m)) for p, m, _ in rows]
    scored = sheet(*items)
    reviews = {n: review(n, -p) for n, (p, _, overridden) in enumerate(rows) if overridden}
    counted = counted_score(scored, reviews)
    expected = round(sum(-p if n in reviews else p for n, (p, _, _) in enumerate(rows)), 1)
    assert counted.total == expected
    assert counted.percent == percent_of(expected, scored.maximum)
    assert 0.0 <= counted.percent <= 100.0
    assert counted.overridden == bool(reviews)
    if not reviews:
        assert counted.passed == scored.passed


def test_the_override_line_gives_total_percent_and_result_in_the_language_spoken() -> None:
    scored = sheet(item(10, 20), item(20, 20))  # 30 of 40 = 75 %, passed
    assert override_line(counted_score(scored, {})) is None
    counted = counted_score(scored, {1: review(1, 5)})  # 15 of 40
    assert override_line(counted) == (
        "With the instructor's overrides: 15 of 40 points, 37.5 %, failed"
    )
    i18n.use_language("nl")
    try:
        dutch = override_line(counted_score(scored, {0: review(0, 20)}))
    finally:
        i18n.use_language("en")
    assert dutch == "Met de aanpassingen van de instructeur: 40 van 40 punten, 100,0 %, geslaagd"
