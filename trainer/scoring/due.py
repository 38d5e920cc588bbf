"""When each expected response was due, as its score item keeps it, and how the trainee met it."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from trainer.scoring.rules import EPSILON_S
from trainer.scoring.sheet import Due, ScoreItem, ScoreSheet, in_full


class Outcome(StrEnum):
    MET = "met"  # done within the window (or before it opened): full points
    LATE = "late"  # done after the window closed: fewer points, or none when far too late
    MISSED = "missed"  # not done (or not done right) in the run
    NOT_APPLICABLE = "not_applicable"  # due after the run ended, or worth nothing


@dataclass(frozen=True)
class DueWindow:
    """One expected response's window beside the sheet item that judged it."""

    position: int  # the item's place on the sheet (what reviews are keyed by)
    item: ScoreItem
    due: Due
    outcome: Outcome

    @property
    def done_s(self) -> float | None:
        """When the trainee's action that the item judged was taken; None when there was none."""
        return self.item.time_s if self.item.action_sequence is not None else None


def due_after_the_end(due: Due, ended_at_s: float | None) -> bool:
    """Whether the run ended (early) before the window opened: no chance to act was given."""
    return ended_at_s is not None and due.start_s > ended_at_s + EPSILON_S


def outcome_of(item: ScoreItem, due: Due, ended_at_s: float | None = None) -> Outcome:
    """How the item met its window. A run ended before the window opened gave no chance to
    act (the sheet still counts the item as missed: the run was not seen through)."""
    if due_after_the_end(due, ended_at_s):
        return Outcome.NOT_APPLICABLE
    if item.max_points <= 0:
        return Outcome.NOT_APPLICABLE
    if item.points >= item.max_points:
        return Outcome.MET
    done = item.time_s if item.action_sequence is not None else None
    if done is not None and done > due.end_s + EPSILON_S:
        return Outcome.LATE
    return Outcome.MISSED  # never done, or done wrong (a runway reopened before it was safe)


def overridden(window: DueWindow, override_points: float, ended_at_s: float | None) -> DueWindow:
    """The window as the instructor judged it: the item's points are the override, and the
    outcome follows them as it follows the scorer's. Full points are on time (the instructor
    counted it in full); fewer leave it late when the action came after the window closed,
    else missed; an item worth nothing stays not applicable."""
    item = replace(window.item, points=override_points)
    if in_full(override_points, item.max_points):
        outcome = Outcome.MET  # also for a window the run never reached: the instructor's call
    else:
        outcome = outcome_of(item, window.due, ended_at_s)
    return replace(window, item=item, outcome=outcome)


def judged(window: DueWindow, override_points: float | None, ended_at_s: float | None) -> DueWindow:
    """The window as it counts: the instructor's judgement (`overridden`) when they overrode
    the item's points, else the scorer's, unchanged (the same object)."""
    if override_points is None:
        return window
    return overridden(window, override_points, ended_at_s)


def due_windows(sheet: ScoreSheet | None) -> list[DueWindow]:
    """The windows of the sheet's items, in the sheet's order; items without one (penalties,
    order faults, responses that never fell due, sheets scored before windows were kept)
    have none."""
    if sheet is None:
        return []
    return [
        DueWindow(position, item, item.due, outcome_of(item, item.due, sheet.ended_at_s))
        for position, item in enumerate(sheet.items)
        if item.due is not None
    ]
