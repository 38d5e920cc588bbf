"""A score sheet as the console releases it, made into the sheet the score dialog shows."""

from __future__ import annotations

from trainer.classroom import messages as msg
from trainer.i18n import Message
from trainer.scoring.sheet import ItemCategory, ScoreItem, ScoreSheet


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
            time_s=item.time_s,
            message=_message(item.reason_message),
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


def _category(value: str) -> ItemCategory:
    try:
        return ItemCategory(value)
    except ValueError:  # a newer console's kind of item: shown, as the nearest kind
        return ItemCategory.PENALTY
