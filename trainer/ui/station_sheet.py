"""A score sheet as the console releases it, made into the sheet the score dialog shows."""

from __future__ import annotations

import math

from trainer.classroom import messages as msg
from trainer.i18n import Message
from trainer.scoring.sheet import Due, ItemCategory, ScoreItem, ScoreSheet


def _message(stored: str | None) -> Message | None:
    """The reason as a message, if the console sent one we can read (else its English stands)."""
    if stored is None:
        return None
    try:
        return Message.from_json(stored)
    except ValueError:
        return None


def sheet_of(released: msg.Sheet, seed: int) -> ScoreSheet:
    """The trainee's sheet; the station never learns the scenario, so its id stays empty."""
    items = tuple(
        ScoreItem(
            points=item.points,
            max_points=item.max_points,
            category=_category(item.category),
            reason=item.reason,
            time_s=_time(item.time_s),
            message=_message(item.reason_message),
            action_sequence=item.action_sequence,
            due=_due(item),
        )
        for item in released.items
    )
    return ScoreSheet(
        scenario_id="",
        seed=seed,
        items=items,
        total=released.total,
        maximum=released.maximum,
        percent=released.percent,
        pass_mark_percent=released.pass_mark_percent,
        passed=released.passed,
        disruption_minutes=released.disruption_minutes,
        disruption_eur=released.disruption_eur,
        ended_at_s=released.ended_at_s,
    )


def _time(value: float | None) -> float | None:
    """A sim time the sheet can show: no infinity or NaN (a console's bug must not stop the
    trainee's sheet from opening)."""
    return value if value is not None and math.isfinite(value) else None


def _due(item: msg.SheetItem) -> Due | None:
    """When the item's response was due, if the console said it whole and readably (a console
    of an older protocol, or an item without a window, says nothing: no due line)."""
    start, window = _time(item.due_start_s), _time(item.due_window_s)
    if start is None or window is None or start < 0 or window < 0:
        return None
    expected = _message(item.due_expected)
    if expected is None:
        return None
    return Due(start, window, expected)


def _category(value: str) -> ItemCategory:
    try:
        return ItemCategory(value)
    except ValueError:  # a newer console's kind of item: shown, as the nearest kind
        return ItemCategory.PENALTY
