"""A batch of runs as one landscape table of HTML: who ran what, and how it went (no Qt)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from trainer import __version__
from trainer.export.pdf_sheet import status_text
from trainer.export.pdf_style import PRODUCT, css_px, escaped
from trainer.export.sheet_data import SheetData
from trainer.i18n import message
from trainer.i18n import number as decimal
from trainer.local_time import local_text


def summary_html(runs: Sequence[SheetData], title: str, instructor: str | None) -> str:
    """A batch of runs as one table: who ran what, and how it went."""
    passed = sum(1 for data in runs if data.counted.passed)  # as each row counts it
    # Wide enough for the longest word of each heading and figure in Dutch too ("Oefening",
    # "GESLAAGD", "100,0 %"): Qt breaks a word that does not fit anywhere ("GESLAA|GD").
    head = "".join(
        f"<th width='{w}%' class='{c}'>{t}</th>"
        for t, w, c in (
            (message("label.run"), 7, "num"),
            (message("label.trainee"), 16, ""),
            (message("label.group"), 8, ""),
            (message("label.scenario"), 15, ""),
            (message("label.date"), 9, ""),
            (message("label.points"), 8, "num"),
            ("%", 7, "num"),
            (message("label.result"), 9, ""),
            (message("label.status"), 12, ""),
            (message("label.disruption"), 9, "num"),
        )
    )
    rows = []
    for data in runs:
        counted = data.counted  # the result that counts: with the instructor's overrides
        tone = "gain" if counted.passed else "loss"
        ended = (
            f"<br><span class='small'>"
            f"{escaped(message('sheet.ended_early_short', at=data.ended_at_text))}</span>"
            if data.ended_at_text
            else ""
        )
        minutes = message("sheet.minutes", minutes=data.disruption_minutes)
        score = f"{decimal(counted.total)} / {decimal(data.maximum)}"
        if counted.overridden:
            computed = message("sheet.computed_score", total=data.total, percent=data.percent)
            score += f"<br><span class='small'>{escaped(computed)}</span>"
        rows.append(
            "<tr>"
            f"<td class='item num'>{data.run_id}</td>"
            f"<td class='item'>{escaped(data.trainee_label)}</td>"
            f"<td class='item'>{escaped(data.trainee_group)}</td>"
            f"<td class='item'>{escaped(data.scenario_id)}</td>"
            f"<td class='item'>{data.started_local:%Y-%m-%d %H:%M}</td>"
            f"<td class='item num'>{score}</td>"
            f"<td class='item num'>{message('sheet.percent', percent=counted.percent)}</td>"
            f"<td class='item'><span class='{tone}'>{data.counted_result}</span></td>"
            f"<td class='item'>{escaped(status_text(data))}{ended}</td>"
            f"<td class='item num'>{minutes}</td>"
            "</tr>"
        )
    return (
        f"<html><body><p class='brand'>{escaped(PRODUCT.upper())} &#183; TWENTE AIRPORT (EHTW)</p>"
        f"<h1>{escaped(message('summary.title'))}</h1><p class='subtitle'>{escaped(title)}</p>"
        + "<p>"
        + escaped(
            message(
                "summary.line",
                instructor=instructor or "\u2013",  # as every missing value on the sheets
                runs=len(runs),
                passed=passed,
                failed=len(runs) - passed,
            )
        )
        + "</p>"
        f"<table width='100%' cellspacing='0' cellpadding='{css_px(3.5)}'>"
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        f"<p class='small' style='margin-top: {css_px(8)}px;'>"
        + escaped(
            message(
                "summary.exported",
                when=local_text(datetime.now(UTC), zone=True),
                product=PRODUCT,
                version=__version__,
            )
        )
        + "</p>"
        "</body></html>"
    )
