"""How an instructor's override changes a window's outcome, and how an old sheet's items get
their windows from the same run scored again (only where the new sheet repeats them)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.i18n import msg
from trainer.scoring.due import DueWindow, Outcome, outcome_of, overridden
from trainer.scoring.due_resolve import fill_windows, lacks_windows
from trainer.scoring.sheet import Due, ItemCategory, ScoreItem, ScoreSheet

RADIO = Due(70.0, 60.0, msg("did.inform_radio"))
POLICE = Due(70.0, 120.0, msg("did.inform_radio"))


def window(points: float, of: float, time_s: float, sequence: int | None) -> DueWindow:
    item = ScoreItem(points, of, ItemCategory.EXPECTED, "r", "i", time_s, sequence, None, RADIO)
    return DueWindow(0, item, RADIO, outcome_of(item, RADIO))


@pytest.mark.parametrize(
    ("computed", "override", "ended_at_s", "outcome"),
    [
        (window(0, 20, 70.0, None), 20, None, Outcome.MET),  # not done, counted in full
        (window(0, 20, 70.0, None), 10, None, Outcome.MISSED),  # partly: still not done
        (window(13.3, 20, 160.0, 1), 20, None, Outcome.MET),  # late, forgiven
        (window(13.3, 20, 160.0, 1), 5, None, Outcome.LATE),  # late, fewer points
        (window(20, 20, 100.0, 1), 0, None, Outcome.MISSED),  # on time, voided
        (window(0, 20, 70.0, None), 20, 50.0, Outcome.MET),  # the instructor's call
        (window(0, 20, 70.0, None), 0, 50.0, Outcome.NOT_APPLICABLE),  # run ended first
        (window(0, 0, 70.0, None), 0, None, Outcome.NOT_APPLICABLE),  # worth nothing
    ],
)
def test_an_override_judges_the_window_by_the_instructors_points(
    computed: DueWindow, override: float, ended_at_s: float | None, outcome: Outcome
) -> None:
    judged = overridden(computed, override, ended_at_s)
    assert judged.outcome is outcome
    assert judged.item.points == override and judged.due == computed.due
    assert judged.done_s == computed.done_s  # what was done, when, is a fact


def item(reason: str, points: float = 0, due: Due | None = None, **kw: object) -> ScoreItem:
    category = kw.pop("category", ItemCategory.EXPECTED)
    return ScoreItem(points, 20, category, reason, "i", 70.0, None, None, due)  # type: ignore[arg-type]


def sheet(*items: ScoreItem) -> ScoreSheet:
    return ScoreSheet("s", 7, items, 0, 20 * len(items), 0, 70, False, 0, 0)


def without_windows(s: ScoreSheet) -> ScoreSheet:
    return replace(s, items=tuple(replace(i, due=None) for i in s.items))


def test_each_item_takes_the_window_of_its_twin_wherever_it_now_is() -> None:
    rescored = sheet(item("police", 0, POLICE), item("radio", 0, RADIO), item("more", 0, RADIO))
    stored = without_windows(sheet(item("radio"), item("police"), item("gone")))
    filled = fill_windows(stored, rescored)
    assert [i.due for i in filled.sheet.items] == [RADIO, POLICE, None]
    assert (filled.found, filled.unmatched) == (2, 1)
    assert [replace(i, due=None) for i in filled.sheet.items] == list(stored.items)


def test_two_items_of_the_same_words_take_one_twin_each() -> None:
    rescored = sheet(item("radio", 0, RADIO), item("radio", 0, POLICE))
    filled = fill_windows(without_windows(rescored), rescored)
    assert [i.due for i in filled.sheet.items] == [RADIO, POLICE]
    swapped = without_windows(sheet(item("other"), item("radio"), item("radio")))
    filled = fill_windows(swapped, rescored)
    assert [i.due for i in filled.sheet.items] == [None, POLICE, RADIO]  # own place first


def test_an_item_scored_otherwise_gets_no_window() -> None:
    rescored = sheet(item("radio", 20, RADIO))
    filled = fill_windows(without_windows(sheet(item("radio", 10))), rescored)
    assert filled.sheet.items[0].due is None and (filled.found, filled.unmatched) == (0, 1)


def test_which_sheets_lack_windows() -> None:
    assert lacks_windows(without_windows(sheet(item("radio", 0, RADIO))))
    assert not lacks_windows(sheet(item("radio", 0, RADIO)))
    assert not lacks_windows(sheet(item("bird", -5, category=ItemCategory.PENALTY)))


REASONS = st.sampled_from(["radio", "police", "suspend", "other"])


@given(
    stored=st.lists(REASONS, max_size=6),
    rescored=st.lists(st.tuples(REASONS, st.sampled_from([RADIO, POLICE, None])), max_size=6),
)
def test_filling_only_ever_adds_windows_of_identical_items(
    stored: list[str], rescored: list[tuple[str, Due | None]]
) -> None:
    old = sheet(*(item(r) for r in stored))
    new = sheet(*(item(r, 0, due) for r, due in rescored))
    filled = fill_windows(old, new)
    assert [replace(i, due=None) for i in filled.sheet.items] == list(old.items)
    taken = [i for i in filled.sheet.items if i.due is not None]
    assert len(taken) == filled.found <= len([d for _, d in rescored if d is not None])
    for got in taken:
        assert (got.reason, got.due) in [(r, d) for r, d in rescored]
