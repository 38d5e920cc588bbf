"""The scenario library's details pane: the selected scenario's title, facts, summary, tags,
problems and file, as HTML."""

from __future__ import annotations

from html import escape

from trainer.errors import PROBLEMS_SHOWN, first_problems, see_all
from trainer.library import ScenarioEntry
from trainer.text import printable, single_line
from trainer.ui.library_words import (
    BAD,
    LEVELS,
    OFFENDERS,
    SOURCES,
    minutes_seconds,
    problem_text,
    stars,
)
from trainer.ui.translation import tr


def details_html(entry: ScenarioEntry | None) -> str:
    """The pane's HTML for `entry`; None: no scenario matches the search."""
    if entry is None:
        return tr("<p style='color:#7f8c8d'>No scenario matches. Clear the search or filters.</p>")
    level = LEVELS.get(entry.difficulty or 0)
    facts = [single_line(entry.id), f"{stars(entry.difficulty)} {tr(level) if level else ''}"]
    facts.append(f"{minutes_seconds(entry.duration_s)} min")
    if entry.offender:
        offender = OFFENDERS.get(entry.offender)
        facts.append(
            tr("offender: {offender}").format(offender=tr(offender) if offender else entry.offender)
        )
    line = " &middot; ".join(escape(f).replace(" ", "&nbsp;") for f in facts)
    no_summary = tr("No summary.")  # outside the f-string: lupdate reads no code inside one
    parts = [
        f"<h3 style='margin-bottom:2px'>{escape(single_line(entry.title))}</h3>",
        f"<p style='color:#5d6d7e'>{line}</p>",
        f"<p>{escape(printable(entry.summary)) or '<i>' + no_summary + '</i>'}</p>",
    ]
    if entry.tags:
        chips = " ".join(
            f"<span style='background:#eaf2f8;color:#1b4f72'>&nbsp;{escape(t)}&nbsp;</span>"
            for t in map(single_line, entry.tags)
        )
        parts.append(f"<p>{chips}</p>")
    if entry.problems:
        count = len(entry.problems)  # the first ones: a generated file can have thousands
        problems, more = first_problems(entry.problems, PROBLEMS_SHOWN, see_all(entry.path))
        items = "".join(f"<li>{escape(problem_text(p))}</li>" for p in problems)
        items += f"<li>{escape(printable(more))}</li>" if more else ""
        parts.append(
            tr(
                "<p style='color:{name}'><b>Number of problems: {count}</b> — fix "
                "the file, then Refresh:</p><ul style='color:{name}'>{items}</ul>"
            ).format(name=BAD.name(), count=count, items=items)
        )
    source = tr(SOURCES[entry.source]).lower()
    where = escape(printable(str(entry.path)))
    parts.append(f"<p style='color:#7f8c8d'>{source}: {where}</p>")
    return "".join(parts)
