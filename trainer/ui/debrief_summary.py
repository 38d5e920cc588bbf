"""The debrief's header: the run, its score (with the instructor's overrides, as the exported
sheet says it), its disruption, and the replay's warnings."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from trainer.i18n import clock_time, message
from trainer.local_time import local_text
from trainer.records.counted_score import counted_score, override_line
from trainer.records.models import ItemReview
from trainer.replay import Replay
from trainer.text import single_line
from trainer.ui.translation import fill, tr

WARNING = "#b9770e"  # the replay may differ from the run: said above the moments, in amber


def run_summary_html(replay: Replay, reviews: Mapping[int, ItemReview] | None = None) -> str:
    """The run and its score; with the instructor's `reviews`, the total their overrides
    make, as the exported sheet says it."""
    run, sheet = replay.run, replay.sheet
    lines = [
        # No bidi override in a title turning the lines under it around (as score_dialog).
        f"<b>{escape(single_line(replay.prepared.scenario.shown_title()))}</b>",
        tr("Run {id}, seed {seed}, {status}, {true}").format(
            id=run.id,
            seed=run.seed,
            status=message(f"status.{run.status.value}"),
            true=local_text(run.started_utc, zone=True),
        ),
    ]
    if sheet is not None:
        result = message("result.passed" if sheet.passed else "result.failed").lower()
        lines.append(
            fill(
                tr("{total:g} of {maximum:g} points, {percent:.1f} % ({result})"),
                total=sheet.total,
                maximum=sheet.maximum,
                percent=sheet.percent,
                result=result,
            )
        )
        overrides = override_line(counted_score(sheet, reviews or {}))
        if overrides is not None:
            lines.append(escape(overrides))
        lines.append(
            fill(
                tr("Runway suspended {disruption_minutes:.1f} min, EUR {disruption_eur:,.0f}"),
                disruption_minutes=sheet.disruption_minutes,
                disruption_eur=sheet.disruption_eur,
            )
        )
        if sheet.ended_at_s is not None:
            lines.append(
                tr("Ended early at {ended_at}: items due after it count as missed").format(
                    ended_at=clock_time(sheet.ended_at_s)
                )
            )
    else:
        lines.append(tr("Not scored: no score sheet for this run"))
    lines += [f"<span style='color:{WARNING}'>{escape(w)}</span>" for w in replay.warnings]
    return "<br>".join(lines)
