"""Windows for a sheet scored before they were kept: taken from the same run scored again.

A record of schema 4 or older keeps its items without the `Due` the scorer judged them by.
Scoring the run again from its scenario file gives the windows; each is taken only for the
stored item the new sheet repeats exactly, so a window never lands on an item it did not judge.
The stored sheet (points, reasons, order) is never changed otherwise, nor written back.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from trainer.scoring.sheet import ItemCategory, ScoreItem, ScoreSheet


@dataclass(frozen=True)
class FilledWindows:
    sheet: ScoreSheet  # the stored sheet, its items' windows filled in where found
    found: int  # items that got a window
    unmatched: int  # stored items that may judge a window but the new sheet does not repeat


def may_have_window(item: ScoreItem) -> bool:
    """An expected response worth points: the scorer keeps its window (if it fell due)."""
    return item.category in (ItemCategory.EXPECTED, ItemCategory.MISSED) and item.max_points > 0


def _same(stored: ScoreItem, rescored: ScoreItem) -> bool:
    """The same judgement: the reason's text carries the points, times and what was done."""
    return (stored.reason, stored.category, stored.points, stored.max_points, stored.time_s) == (
        rescored.reason,
        rescored.category,
        rescored.points,
        rescored.max_points,
        rescored.time_s,
    )


def fill_windows(stored: ScoreSheet, rescored: ScoreSheet) -> FilledWindows:
    """`stored` with each item's window taken from its twin on `rescored`: the item at the same
    position when it is the same, else the first unused one that is."""
    used: set[int] = set()
    items = []
    found = unmatched = 0
    for position, item in enumerate(stored.items):
        candidates = [position, *range(len(rescored.items))]  # its own place first
        twin = next(
            (
                p
                for p in candidates
                if p < len(rescored.items) and p not in used and _same(item, rescored.items[p])
            ),
            None,
        )
        if twin is None:
            if may_have_window(item) and item.due is None:
                unmatched += 1
            items.append(item)
            continue
        used.add(twin)
        due = item.due or rescored.items[twin].due
        if due is not None:
            found += 1
        items.append(replace(item, due=due))
    return FilledWindows(replace(stored, items=tuple(items)), found, unmatched)


def lacks_windows(sheet: ScoreSheet) -> bool:
    """A sheet that keeps no window though some item may judge one: scored before they were
    kept (schema 4 and older)."""
    return all(i.due is None for i in sheet.items) and any(map(may_have_window, sheet.items))
