"""The debrief's score items as they count: the points the instructor gave where they overrode
an item (and, for an item with a due window, the outcome of those points by the one rule,
trainer.scoring.due.judged), with the scorer's result kept beside it; and their dots on the
timeline."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPen

from trainer.records.counted_score import counted_points, override_of
from trainer.records.models import ItemReview
from trainer.records.review_store import review_text
from trainer.scoring.due import DueWindow, judged
from trainer.scoring.reasons import points, reason_text, reason_words
from trainer.scoring.sheet import ScoreItem, ScoreSheet
from trainer.ui.debrief_due import OUTCOME_NAMES, outcome_text
from trainer.ui.tooltips import plain_tip
from trainer.ui.translation import fill, tr

DOT_COLOURS = {"gain": QColor("#58d68d"), "loss": QColor("#ec7063"), "none": QColor("#7f8c8d")}
OVERRIDDEN_RING = QColor("#ffffff")  # a dot whose points the instructor overrode is ringed


@dataclass(frozen=True)
class ScoreResult:
    """One score item as the debrief shows it."""

    position: int  # on the sheet (what reviews are keyed by)
    item: ScoreItem  # as the scorer judged it
    review: ItemReview | None
    window: DueWindow | None  # the item's due window as it counts, if it has one
    computed_window: DueWindow | None  # the scorer's judgement of it
    ended_at_s: float | None

    @property
    def overridden(self) -> bool:
        return override_of(self.review) is not None

    @property
    def points(self) -> float:
        """The points that count: the instructor's where they overrode the item."""
        return counted_points(self.item, self.review)

    @property
    def tone(self) -> str:
        return "gain" if self.points > 0 else "loss" if self.points < 0 else "none"

    def text(self) -> str:
        """The moments list's line: the sheet's reason with its points ('+10 acknowledged ...'),
        or for an overridden item the instructor's points and what the scorer gave."""
        if not self.overridden:
            return reason_text(self.item)
        if self.window is None or self.computed_window is None:
            return fill(
                tr("{points} {reason} · overridden by the instructor (computed: {computed})"),
                points=points(self.points),
                reason=reason_words(self.item),
                computed=points(self.item.points),
            )
        return fill(
            tr(
                "{points} {reason} · overridden by the instructor: {outcome} "
                "(computed: {computed}, {computed_outcome})"
            ),
            points=points(self.points),
            reason=reason_words(self.item),
            outcome=tr(OUTCOME_NAMES[self.window.outcome]),
            computed=points(self.item.points),
            computed_outcome=tr(OUTCOME_NAMES[self.computed_window.outcome]),
        )

    def tip_lines(self) -> list[str]:
        """The hover text, line by line: the line, the instructor's review in the sheet's words
        and, for an overridden item, the scorer's result."""
        lines = [self.text()]
        if self.review is not None:
            lines.append(review_text(self.review, self.item.points))
        if self.overridden:
            lines.append(tr("Computed: {result}").format(result=reason_text(self.item)))
            if self.computed_window is not None:
                lines.append(
                    tr("Computed: {outcome}").format(
                        outcome=outcome_text(self.computed_window, self.ended_at_s)
                    )
                )
        return lines


def score_results(
    sheet: ScoreSheet | None,
    windows: Sequence[DueWindow],
    reviews: Mapping[int, ItemReview],
) -> list[ScoreResult]:
    """The sheet's items in its order, each as it counts under the instructor's `reviews` (by
    sheet position); `windows` are the scorer's (trainer.scoring.due.due_windows)."""
    if sheet is None:
        return []
    by_position = {w.position: w for w in windows}
    results = []
    for position, item in enumerate(sheet.items):
        review = reviews.get(position)
        computed = by_position.get(position)
        override = override_of(review)
        counted = None if computed is None else judged(computed, override, sheet.ended_at_s)
        results.append(ScoreResult(position, item, review, counted, computed, sheet.ended_at_s))
    return results


class ScoreMarks(pg.ScatterPlotItem):
    """The score items' dots on the timeline: green for points gained, red for points lost, as
    they count; a dot the instructor overrode is ringed in white. Each dot's data is its sheet
    position; hovering shows the item's text."""

    def __init__(self, results: Sequence[ScoreResult], height: float) -> None:
        super().__init__(symbol="o", size=9, hoverable=True, tip=self._tip)
        self.height = height
        self.times: dict[int, float] = {
            r.position: r.item.time_s for r in results if r.item.time_s is not None
        }
        self.results: dict[int, ScoreResult] = {}
        self.show_results(results)

    def show_results(self, results: Sequence[ScoreResult]) -> None:
        """Colour the dots by the results (after an override was typed or cleared); overridden
        dots are drawn last, so one among several at the same time is not hidden."""
        shown = sorted((r for r in results if r.position in self.times), key=lambda r: r.overridden)
        self.results = {r.position: r for r in shown}
        no_pen = QPen(Qt.PenStyle.NoPen)
        self.setData(
            x=[self.times[r.position] for r in shown],
            y=[self.height] * len(shown),
            data=[r.position for r in shown],
            brush=[pg.mkBrush(DOT_COLOURS[r.tone]) for r in shown],
            pen=[pg.mkPen(OVERRIDDEN_RING, width=2) if r.overridden else no_pen for r in shown],
        )

    def time_of(self, position: int) -> float:
        return self.times[position]

    def tip_text(self, position: int) -> str:
        return "\n".join(self.results[position].tip_lines())

    def _tip(self, x: float, y: float, data: int) -> str:
        """pyqtgraph's hover text for one dot, shown as the plot's tooltip: literally, as a
        reason or a note may look like markup."""
        return plain_tip(self.tip_text(int(data)))
