"""One run's score sheet as the HTML Qt lays out on A4, for the PDF and the printer (no Qt)."""

from __future__ import annotations

from trainer.export.pdf_style import AMBER, GREEN, INK, PRODUCT, RED, css_px, escaped
from trainer.export.sheet_data import SheetData, printable
from trainer.i18n import clock_time, message
from trainer.i18n import number as decimal
from trainer.scoring.due_text import clock_note
from trainer.scoring.reasons import incident_text, points, reason_text
from trainer.scoring.sheet import ItemCategory


def _fact(label: str, value: str, note: str | None = None) -> str:
    extra = f"<br><span class='small'>{note}</span>" if note else ""
    return (
        f"<td width='25%' valign='top'><span class='label'>{label.upper()}</span><br>"
        f"<span class='value'>{value}</span>{extra}</td>"
    )


def status_text(data: SheetData) -> str:
    """How the run ended, in a word ('finished', 'aborted'); the summary's Status column too."""
    return message(f"status.{data.status.value}")


def _status_line(data: SheetData) -> str:
    """'run aborted: ended by the instructor; items due after 3:20 count as missed'."""
    note = message(f"status_note.{data.status.value}")
    if data.ended_at_text:
        return escaped(
            message(
                "sheet.status_line_ended",
                status=status_text(data),
                note=note,
                at=data.ended_at_text,
            )
        )
    return escaped(message("sheet.status_line", status=status_text(data), note=note))


def _verdict(data: SheetData) -> str:
    colour, tint = (GREEN, "#e7f2ea") if data.passed else (RED, "#fbe9ec")
    early = (
        f"<span style='font-size: 12pt; font-weight: 600; color: {colour};'> &#8212; "
        f"{escaped(message('sheet.run_ended_early', at=data.ended_at_text))}</span>"
        if data.ended_at_text
        else ""
    )
    return (
        f"<table width='100%' cellspacing='0' cellpadding='{css_px(7)}' "
        f"style='margin-top: {css_px(10)}px; background-color: {tint};'><tr>"
        f"<td width='1%' style='background-color: {colour};'></td>"
        f"<td width='65%' valign='middle'><span class='label'>"
        f"{escaped(message('label.result').upper())}</span><br>"
        f"<span style='font-size: 18pt; font-weight: 700; color: {colour};'>{data.result}</span>"
        f"{early}<br>"
        f"<span style='font-size: 12pt; font-weight: 600;'>"
        f"{escaped(message('sheet.points_of', total=data.total, maximum=data.maximum))} &#183; "
        f"{message('sheet.percent', percent=data.percent)}</span>"
        f"<span class='small'> &#183; "
        f"{escaped(message('sheet.pass_mark', pass_mark=data.pass_mark_percent))}</span><br>"
        f"{_override_line(data)}"
        f"<span class='small'>{_status_line(data)}</span></td>"
        f"<td width='34%' valign='middle'><span class='label'>"
        f"{escaped(message('label.runway_suspended').upper())}</span><br><span class='value'>"
        f"{message('sheet.minutes', minutes=data.disruption_minutes)}</span><br>"
        f"<span class='small'>{escaped(message('sheet.cost', cost=data.disruption_eur))}</span>"
        "</td></tr></table>"
    )


def _override_line(data: SheetData) -> str:
    """The total with the instructor's overrides, beside (never instead of) the computed one."""
    line = data.override_line
    if line is None:
        return ""
    return f"<span style='color: {AMBER};'>{escaped(line)}</span><br>"


def _joined(*parts: str | None) -> str | None:
    """Escaped parts joined with a middle dot; None when all are empty."""
    text = " &#183; ".join(escaped(part) for part in parts if part)
    return text or None


def _facts(data: SheetData) -> str:
    difficulty = data.scenario_difficulty
    return (
        f"<table width='100%' cellspacing='0' cellpadding='{css_px(3)}' "
        f"style='margin-top: {css_px(8)}px;'><tr>"
        + _fact(
            message("label.trainee"),
            escaped(data.trainee_label),
            _joined(
                message("sheet.trainee_id", id=data.trainee_external_id)
                if data.trainee_external_id
                else None,
                message("sheet.group_of", group=data.trainee_group) if data.trainee_group else None,
            ),
        )
        + _fact(
            message("label.scenario"),
            escaped(data.scenario_id),
            _joined(
                message("sheet.difficulty_of", difficulty=difficulty) if difficulty else None,
                message("sheet.seed", seed=data.seed),
            ),
        )
        + _fact(message("label.date"), escaped(data.local_text), escaped(data.utc_text))
        + _fact(message("label.instructor"), escaped(data.instructor), _joined(data.session_title))
        + "</tr></table>"
    )


def _item_rows(data: SheetData) -> list[str]:
    rows = []
    for number, item in enumerate(data.sheet.items, start=1):
        shade = {ItemCategory.MISSED: "missed", ItemCategory.PENALTY: "penalty"}
        row_class = shade.get(item.category, "")
        tone = "gain" if item.points > 0 else "loss" if item.points < 0 else "zero"
        at = clock_time(item.time_s) if item.time_s is not None else "&#8211;"
        cells = [
            f"<td class='item num'>{number}</td>",
            f"<td class='item num'>{at}</td>",
            f"<td class='item'>{escaped(incident_text(item.incident))}<br><span class='small'>"
            f"{escaped(message(f'category.{item.category.value}'))}</span></td>",
            f"<td class='item num'><span class='{tone}'>{escaped(points(item.points))}</span>"
            f"<span class='small'> / {decimal(item.max_points)}</span></td>",
            f"<td class='item'>{escaped(reason_text(item))}{_due(data, number - 1)}"
            f"{_review(data, number - 1)}</td>",
        ]
        rows.append(f"<tr class='{row_class}'>{''.join(cells)}</tr>")
    if not rows:
        rows.append(
            f"<tr><td colspan='5' class='item small'>{escaped(message('sheet.no_items'))}</td></tr>"
        )
    return rows


def _due_clock_note(data: SheetData) -> str:
    """Which clock the 'due' lines read: the scenario's, which is not the date's (a run at 05:47
    may play an afternoon at the airport). Nothing when no item has a window, or when the
    lines give sim time (the played file is gone), as the Time column does."""
    if not data.windows or data.clock_start_s is None:
        return ""
    return f"<p class='small'>{escaped(clock_note(data.clock_start_s))}</p>"


def _due(data: SheetData, position: int) -> str:
    """When the item's response was due and how it was met, under its reason: 'due
    10:01:10–10:02:10 · late (done 10:02:40)', in the colour of the outcome that counts (the
    instructor's for an overridden item, the computed one beside it); nothing without a window."""
    window = data.window(position)
    if window is None:
        return ""
    return f"<br><span class='due_{window.outcome.value}'>{escaped(window.text())}</span>"


def _review(data: SheetData, position: int) -> str:
    """The instructor's override and note under the reason, never in place of the points."""
    text = data.review_text(position)
    return f"<br><span style='color: {AMBER};'><i>{escaped(text)}</i></span>" if text else ""


def _items(data: SheetData, breaks: frozenset[int] = frozenset()) -> str:
    """The items in a table with its heading; a new table on a new page (its heading again)
    before each item whose position is in `breaks` (pdf_pages.paint_pages finds them)."""
    head = "".join(
        f"<th width='{w}' class='{c}'>{t}</th>"
        for t, w, c in (
            ("#", "4%", "num"),
            (message("label.time"), "7%", "num"),
            (message("label.incident"), "19%", ""),
            (message("label.points"), "11%", "num"),
            (message("label.reason"), "59%", ""),
        )
    )
    tables, rows = [], _item_rows(data)
    starts = sorted({0, *(b for b in breaks if 0 < b < len(rows))})
    for start, end in zip(starts, [*starts[1:], len(rows)], strict=True):
        new_page = " style='page-break-before: always'" if start else ""
        tables.append(
            f"<table width='100%' cellspacing='0' cellpadding='{css_px(3.5)}'{new_page}>"
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows[start:end])}</tbody></table>"
        )
    return (
        f"<h2>{escaped(message('sheet.items_heading'))}</h2>"
        + _due_clock_note(data)
        + "".join(tables)
    )


def _missed(data: SheetData) -> str:
    missed = [reason_text(i) for i in data.sheet.items if i.category is ItemCategory.MISSED]
    if not missed:
        return ""
    lines = "".join(f"<li>{escaped(reason)}</li>" for reason in missed)
    return (
        f"<p style='color: {RED}; margin-top: {css_px(8)}px;'>"
        f"<b>{escaped(message('sheet.missed_heading'))}</b></p>"
        f"<ul style='color: {RED};'>{lines}</ul>"
    )


def _signatures(data: SheetData) -> str:
    def cell(label: str, name: str | None) -> str:
        who = f"<br><span class='value'>{escaped(name)}</span>" if name else ""
        return (
            f"<td width='32%' valign='top' style='border-top: {css_px(0.8)}px solid {INK};'>"
            f"<span class='label'>{label}</span>{who}</td>"
        )

    gap = "<td width='2%'></td>"
    return (
        f"<table width='100%' cellspacing='0' cellpadding='{css_px(3)}' "
        f"style='margin-top: {css_px(40)}px;'><tr>"
        + cell(escaped(message("label.signature_trainee").upper()), data.trainee_name)
        + gap
        + cell(escaped(message("label.signature_instructor").upper()), data.instructor)
        + gap
        + cell(escaped(message("label.date").upper()), None)
        + "</tr></table>"
    )


def _record_line(data: SheetData) -> str:
    return message(
        "sheet.record_line",
        run=data.run_id,
        seed=data.seed,
        status=status_text(data),
        product=PRODUCT,
        version=data.app_version,
        sha=data.file_sha256[:16],
    )


def sheet_parts(data: SheetData) -> list[tuple[str, str]]:
    """The parts of a sheet that a page break must not split, by their first and last
    paragraphs: the missed required actions under their heading, and the record line with
    the signatures (they landed alone on a last page, nothing there saying what was signed)."""
    parts = [(printable(_record_line(data)), printable(message("label.date").upper()))]
    missed = [i for i in data.sheet.items if i.category is ItemCategory.MISSED]
    if missed:
        heading = printable(message("sheet.missed_heading"))
        parts.insert(0, (heading, printable(reason_text(missed[-1])).strip()))
    return parts


def sheet_html(data: SheetData, breaks: frozenset[int] = frozenset()) -> str:
    """The score sheet of one run as the HTML Qt lays out on A4; the items at `breaks` start a
    new page."""
    record = escaped(_record_line(data))
    return (
        f"<html><body><p class='brand'>{escaped(PRODUCT.upper())} &#183; TWENTE AIRPORT (EHTW)</p>"
        f"<h1>{escaped(message('sheet.title'))}</h1>"
        f"<p class='subtitle'>{escaped(data.scenario_title)}</p>"
        + _facts(data)
        + _verdict(data)
        + _items(data, breaks)
        + _missed(data)
        + f"<p class='small' style='margin-top: {css_px(8)}px;'>{record}</p>"
        + _signatures(data)
        + "</body></html>"
    )


def sheet_footer(data: SheetData) -> str:
    """The line under each page of a sheet, in the language spoken (PDF and printer alike)."""
    return printable(
        message(
            "sheet.footer", run=data.run_id, trainee=data.trainee_label, scenario=data.scenario_id
        )
    )
