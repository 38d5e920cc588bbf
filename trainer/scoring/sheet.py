"""The score sheet: every point gained or lost, with its reason, and the totals."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from trainer.i18n import Message


class ItemCategory(StrEnum):
    EXPECTED = "expected"  # an expected action: full, partial or no points
    PENALTY = "penalty"  # over-reaction, wrong classification, needless suspension
    ORDER = "order"  # actions out of the required order
    MISSED = "missed"  # a threat never responded to


@dataclass(frozen=True)
class Due:
    """When an expected response was due, as the scorer resolved it: its clock started at
    `start_s` (never before the trainee could see the drone) and full points lasted `window_s`.
    `expected` says what was expected, in the words of the sheet ('informed Twente Radio')."""

    start_s: float
    window_s: float
    expected: Message

    @property
    def end_s(self) -> float:
        return self.start_s + self.window_s


@dataclass(frozen=True)
class ScoreItem:
    points: float  # gained (> 0) or lost (< 0)
    max_points: float  # what the item could have given; 0 for penalties
    category: ItemCategory
    reason: str  # e.g. "+20 informed Twente Radio 14 s after ATZ entry, window 30 s"
    incident: str | None = None
    time_s: float | None = None  # sim time of the action or event the item is about
    action_sequence: int | None = None
    # The reason as a message, to be put in any language; None for reasons stored as text only
    # (records from before reasons were messages). `reason` is its English text.
    message: Message | None = None
    # When the response this item judges was due; None for penalties, order faults, items
    # that never fell due, and sheets scored before windows were kept (schema 4 and older).
    due: Due | None = None


def scored(
    points: float,
    max_points: float,
    category: ItemCategory,
    reason: Message,
    incident: str | None = None,
    time_s: float | None = None,
    action_sequence: int | None = None,
    due: Due | None = None,
) -> ScoreItem:
    """An item whose reason is a message; its text is kept in English, as the record keeps it."""
    return ScoreItem(
        points, max_points, category, reason.text("en"), incident, time_s, action_sequence,
        reason, due,
    )  # fmt: skip


def percent_of(total: float, maximum: float) -> float:
    """The total as a percentage of the maximum, 0 to 100 to one decimal (0 with nothing due)."""
    return 0.0 if maximum <= 0 else round(min(100.0, max(0.0, 100 * total / maximum)), 1)


def in_full(points: float, max_points: float) -> bool:
    """Whether `points` are all an item worth something can give: the instructor counted it
    done (an override's meaning for the item's outcome and for the run's pass)."""
    return 0 < max_points <= points


def passes(
    percent: float, pass_mark_percent: float, maximum: float, ended_early: bool, missed: bool
) -> bool:
    """Whether a run passes. Nothing due is nothing shown: no pass. A required action left
    undone (`missed`) and a run ended early (not seen through) fail it, whatever the percent."""
    return maximum > 0 and percent >= pass_mark_percent and not ended_early and not missed


@dataclass(frozen=True)
class ScoreSheet:
    scenario_id: str
    seed: int
    items: tuple[ScoreItem, ...]
    total: float
    maximum: float
    percent: float
    pass_mark_percent: float
    passed: bool
    disruption_minutes: float  # runway operations suspended
    disruption_eur: float
    # Sim time at which the run was ended before the scenario's end (None: it ran to the end).
    # An ended-early run is scored on everything its scenario would have asked and cannot pass.
    ended_at_s: float | None = None

    @property
    def ended_early(self) -> bool:
        return self.ended_at_s is not None
