"""Score sheets as A4 PDF with Qt's own PDF writer (QtGui only; works headless, offscreen)."""

from __future__ import annotations

import html
import os
import sys
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

from trainer import __version__
from trainer.export.sheet_data import ExportError, SheetData, printable
from trainer.i18n import clock_time, message
from trainer.i18n import number as decimal
from trainer.local_time import local_text
from trainer.scoring.due_text import clock_note
from trainer.scoring.reasons import incident_text, points, reason_text
from trainer.scoring.sheet import ItemCategory

DPI = 300
MARGINS_MM = QMarginsF(16.0, 14.0, 16.0, 12.0)
FOOTER_PT = 22.0  # room under the text for the footer line
FONTS = ["DejaVu Sans", "Segoe UI", "Helvetica Neue", "Arial", "Liberation Sans", "sans-serif"]
BODY_PT = 9.0
INK, MUTED, RULE, SHADE = "#1d2733", "#5b6876", "#b8c2cc", "#eef2f5"
GREEN, RED, AMBER = "#1e6b34", "#b00020", "#8a5a00"
PRODUCT = "Twente Drone Safety Trainer"


def _px(pt: float) -> int:
    """Points on paper as the CSS pixels of Qt's HTML (1/96 inch, scaled to the device)."""
    return max(1, round(pt * 96 / 72))


def _dev(pt: float, dpi: float = DPI) -> float:
    """Points on paper as device pixels of the writer (or printer), for the painter."""
    return pt * dpi / 72


def _e(text: str | None) -> str:
    """Text as HTML: control characters out, <, >, & and quotes escaped; empty as a dash."""
    return html.escape(printable(text)) if text else "&#8211;"


def gui_application() -> QGuiApplication:
    """The running QGuiApplication, or a new one (offscreen when there is no display).

    Fonts and the PDF writer need one. Qt allows one per process; PySide keeps the one made
    here until the process ends, so a batch of exports starts Qt once. In a process that has
    loaded Qt's widgets the one made here is a QApplication, so widgets made later still work.
    """
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if existing is not None:
        raise ExportError("cannot write PDF: a Qt application without a GUI is already running")
    no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    chosen = os.environ.get("QT_QPA_PLATFORM")
    if sys.platform.startswith("linux") and no_display and not chosen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    arguments = [sys.argv[0] if sys.argv else "drone-trainer"]
    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is not None:  # no widget can be made under a QGuiApplication later
        return widgets.QApplication(arguments)
    return QGuiApplication(arguments)


_CSS = f"""
body {{ color: {INK}; }}
.brand {{ color: {MUTED}; font-size: 7.5pt; letter-spacing: 1px; }}
h1 {{ font-size: 17pt; font-weight: 600; margin: 0; }}
.subtitle {{ font-size: 11pt; color: {MUTED}; }}
.label {{ color: {MUTED}; font-size: 7.5pt; }}
.value {{ font-size: 10pt; }}
.small {{ color: {MUTED}; font-size: 7.5pt; }}
h2 {{ font-size: 11pt; font-weight: 600; margin-top: {_px(10)}px; margin-bottom: {_px(4)}px; }}
th {{ background-color: {SHADE}; color: {INK}; font-size: 8pt; font-weight: 600;
      text-align: left; border-bottom: {_px(0.8)}px solid {MUTED}; }}
td.item {{ border-bottom: {_px(0.4)}px solid {RULE}; }}
.num {{ text-align: right; }}
.gain {{ color: {GREEN}; font-weight: 600; }}
.loss {{ color: {RED}; font-weight: 600; }}
.zero {{ color: {MUTED}; }}
.missed {{ background-color: #fbe9ec; }}
.penalty {{ background-color: #fdf3e1; }}
.due_met {{ color: {GREEN}; font-size: 7.5pt; }}
.due_late {{ color: {AMBER}; font-size: 7.5pt; }}
.due_missed {{ color: {RED}; font-size: 7.5pt; }}
.due_not_applicable {{ color: {MUTED}; font-size: 7.5pt; }}
"""


def _fact(label: str, value: str, note: str | None = None) -> str:
    extra = f"<br><span class='small'>{note}</span>" if note else ""
    return (
        f"<td width='25%' valign='top'><span class='label'>{label.upper()}</span><br>"
        f"<span class='value'>{value}</span>{extra}</td>"
    )


def _status(data: SheetData) -> str:
    return message(f"status.{data.status.value}")


def _status_line(data: SheetData) -> str:
    """'run aborted: ended by the instructor; items due after 3:20 count as missed'."""
    note = message(f"status_note.{data.status.value}")
    if data.ended_at_text:
        return _e(
            message(
                "sheet.status_line_ended", status=_status(data), note=note, at=data.ended_at_text
            )
        )
    return _e(message("sheet.status_line", status=_status(data), note=note))


def _verdict(data: SheetData) -> str:
    colour, tint = (GREEN, "#e7f2ea") if data.passed else (RED, "#fbe9ec")
    early = (
        f"<span style='font-size: 12pt; font-weight: 600; color: {colour};'> &#8212; "
        f"{_e(message('sheet.run_ended_early', at=data.ended_at_text))}</span>"
        if data.ended_at_text
        else ""
    )
    return (
        f"<table width='100%' cellspacing='0' cellpadding='{_px(7)}' "
        f"style='margin-top: {_px(10)}px; background-color: {tint};'><tr>"
        f"<td width='1%' style='background-color: {colour};'></td>"
        f"<td width='65%' valign='middle'><span class='label'>"
        f"{_e(message('label.result').upper())}</span><br>"
        f"<span style='font-size: 18pt; font-weight: 700; color: {colour};'>{data.result}</span>"
        f"{early}<br>"
        f"<span style='font-size: 12pt; font-weight: 600;'>"
        f"{_e(message('sheet.points_of', total=data.total, maximum=data.maximum))} &#183; "
        f"{message('sheet.percent', percent=data.percent)}</span>"
        f"<span class='small'> &#183; "
        f"{_e(message('sheet.pass_mark', pass_mark=data.pass_mark_percent))}</span><br>"
        f"{_override_line(data)}"
        f"<span class='small'>{_status_line(data)}</span></td>"
        f"<td width='34%' valign='middle'><span class='label'>"
        f"{_e(message('label.runway_suspended').upper())}</span><br><span class='value'>"
        f"{message('sheet.minutes', minutes=data.disruption_minutes)}</span><br>"
        f"<span class='small'>{_e(message('sheet.cost', cost=data.disruption_eur))}</span>"
        "</td></tr></table>"
    )


def _override_line(data: SheetData) -> str:
    """The total with the instructor's overrides, beside (never instead of) the computed one."""
    line = data.override_line
    if line is None:
        return ""
    return f"<span style='color: {AMBER};'>{_e(line)}</span><br>"


def _joined(*parts: str | None) -> str | None:
    """Escaped parts joined with a middle dot; None when all are empty."""
    text = " &#183; ".join(_e(part) for part in parts if part)
    return text or None


def _facts(data: SheetData) -> str:
    difficulty = data.scenario_difficulty
    return (
        f"<table width='100%' cellspacing='0' cellpadding='{_px(3)}' "
        f"style='margin-top: {_px(8)}px;'><tr>"
        + _fact(
            message("label.trainee"),
            _e(data.trainee_label),
            _joined(
                message("sheet.trainee_id", id=data.trainee_external_id)
                if data.trainee_external_id
                else None,
                message("sheet.group_of", group=data.trainee_group) if data.trainee_group else None,
            ),
        )
        + _fact(
            message("label.scenario"),
            _e(data.scenario_id),
            _joined(
                message("sheet.difficulty_of", difficulty=difficulty) if difficulty else None,
                message("sheet.seed", seed=data.seed),
            ),
        )
        + _fact(message("label.date"), _e(data.local_text), _e(data.utc_text))
        + _fact(message("label.instructor"), _e(data.instructor), _joined(data.session_title))
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
            f"<td class='item'>{_e(incident_text(item.incident))}<br><span class='small'>"
            f"{_e(message(f'category.{item.category.value}'))}</span></td>",
            f"<td class='item num'><span class='{tone}'>{_e(points(item.points))}</span>"
            f"<span class='small'> / {decimal(item.max_points)}</span></td>",
            f"<td class='item'>{_e(reason_text(item))}{_due(data, number - 1)}"
            f"{_review(data, number - 1)}</td>",
        ]
        rows.append(f"<tr class='{row_class}'>{''.join(cells)}</tr>")
    if not rows:
        rows.append(
            f"<tr><td colspan='5' class='item small'>{_e(message('sheet.no_items'))}</td></tr>"
        )
    return rows


def _due_clock_note(data: SheetData) -> str:
    """Which clock the 'due' lines read: the scenario's, which is not the date's (a run at 05:47
    may play an afternoon at the airport). Nothing when no item has a window, or when the
    lines give sim time (the played file is gone), as the Time column does."""
    if not data.windows or data.clock_start_s is None:
        return ""
    return f"<p class='small'>{_e(clock_note(data.clock_start_s))}</p>"


def _due(data: SheetData, position: int) -> str:
    """When the item's response was due and how it was met, under its reason: 'due
    10:01:10–10:02:10 · late (done 10:02:40)', in the colour of the outcome that counts (the
    instructor's for an overridden item, the computed one beside it); nothing without a window."""
    window = data.window(position)
    if window is None:
        return ""
    return f"<br><span class='due_{window.outcome.value}'>{_e(window.text())}</span>"


def _review(data: SheetData, position: int) -> str:
    """The instructor's override and note under the reason, never in place of the points."""
    text = data.review_text(position)
    return f"<br><span style='color: {AMBER};'><i>{_e(text)}</i></span>" if text else ""


def _items(data: SheetData, breaks: frozenset[int] = frozenset()) -> str:
    """The items in a table with its heading; a new table on a new page (its heading again)
    before each item whose position is in `breaks` (see _rows_cut_by_pages)."""
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
            f"<table width='100%' cellspacing='0' cellpadding='{_px(3.5)}'{new_page}>"
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows[start:end])}</tbody></table>"
        )
    return (
        f"<h2>{_e(message('sheet.items_heading'))}</h2>" + _due_clock_note(data) + "".join(tables)
    )


def _missed(data: SheetData) -> str:
    missed = [reason_text(i) for i in data.sheet.items if i.category is ItemCategory.MISSED]
    if not missed:
        return ""
    lines = "".join(f"<li>{_e(reason)}</li>" for reason in missed)
    return (
        f"<p style='color: {RED}; margin-top: {_px(8)}px;'>"
        f"<b>{_e(message('sheet.missed_heading'))}</b></p><ul style='color: {RED};'>{lines}</ul>"
    )


def _signatures(data: SheetData) -> str:
    def cell(label: str, name: str | None) -> str:
        who = f"<br><span class='value'>{_e(name)}</span>" if name else ""
        return (
            f"<td width='32%' valign='top' style='border-top: {_px(0.8)}px solid {INK};'>"
            f"<span class='label'>{label}</span>{who}</td>"
        )

    gap = "<td width='2%'></td>"
    return (
        f"<table width='100%' cellspacing='0' cellpadding='{_px(3)}' "
        f"style='margin-top: {_px(40)}px;'><tr>"
        + cell(_e(message("label.signature_trainee").upper()), data.trainee_name)
        + gap
        + cell(_e(message("label.signature_instructor").upper()), data.instructor)
        + gap
        + cell(_e(message("label.date").upper()), None)
        + "</tr></table>"
    )


def _record_line(data: SheetData) -> str:
    return message(
        "sheet.record_line",
        run=data.run_id,
        seed=data.seed,
        status=_status(data),
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
    record = _e(_record_line(data))
    return (
        f"<html><body><p class='brand'>{_e(PRODUCT.upper())} &#183; TWENTE AIRPORT (EHTW)</p>"
        f"<h1>{_e(message('sheet.title'))}</h1>"
        f"<p class='subtitle'>{_e(data.scenario_title)}</p>"
        + _facts(data)
        + _verdict(data)
        + _items(data, breaks)
        + _missed(data)
        + f"<p class='small' style='margin-top: {_px(8)}px;'>{record}</p>"
        + _signatures(data)
        + "</body></html>"
    )


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
            f"{_e(message('sheet.ended_early_short', at=data.ended_at_text))}</span>"
            if data.ended_at_text
            else ""
        )
        minutes = message("sheet.minutes", minutes=data.disruption_minutes)
        score = f"{decimal(counted.total)} / {decimal(data.maximum)}"
        if counted.overridden:
            computed = message("sheet.computed_score", total=data.total, percent=data.percent)
            score += f"<br><span class='small'>{_e(computed)}</span>"
        rows.append(
            "<tr>"
            f"<td class='item num'>{data.run_id}</td>"
            f"<td class='item'>{_e(data.trainee_label)}</td>"
            f"<td class='item'>{_e(data.trainee_group)}</td>"
            f"<td class='item'>{_e(data.scenario_id)}</td>"
            f"<td class='item'>{data.started_local:%Y-%m-%d %H:%M}</td>"
            f"<td class='item num'>{score}</td>"
            f"<td class='item num'>{message('sheet.percent', percent=counted.percent)}</td>"
            f"<td class='item'><span class='{tone}'>{data.counted_result}</span></td>"
            f"<td class='item'>{_e(_status(data))}{ended}</td>"
            f"<td class='item num'>{minutes}</td>"
            "</tr>"
        )
    return (
        f"<html><body><p class='brand'>{_e(PRODUCT.upper())} &#183; TWENTE AIRPORT (EHTW)</p>"
        f"<h1>{_e(message('summary.title'))}</h1><p class='subtitle'>{_e(title)}</p>"
        + "<p>"
        + _e(
            message(
                "summary.line",
                instructor=instructor or "\u2013",  # as every missing value on the sheets
                runs=len(runs),
                passed=passed,
                failed=len(runs) - passed,
            )
        )
        + "</p>"
        f"<table width='100%' cellspacing='0' cellpadding='{_px(3.5)}'>"
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        f"<p class='small' style='margin-top: {_px(8)}px;'>"
        + _e(
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


def render_pdf(
    page_html: str | Callable[[frozenset[int]], str],
    path: Path,
    title: str,
    footer: str,
    *,
    landscape: bool = False,
    keep_together: Sequence[tuple[str, str]] = (),
) -> int:
    """Lay the HTML out on A4 pages with a footer on each; returns the number of pages."""
    _app = gui_application()  # held until the file is written
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    if landscape:
        writer.setPageOrientation(QPageLayout.Orientation.Landscape)
    writer.setTitle(printable(title))
    writer.setCreator(f"{PRODUCT} {__version__}")
    refused = message("export.pdf_refused", path=str(path))
    return paint_pages(writer, page_html, footer, refused, keep_together)


def paint_pages(
    device: QPagedPaintDevice,
    page_html: str | Callable[[frozenset[int]], str],
    footer: str,
    refused: str,
    keep_together: Sequence[tuple[str, str]] = (),
) -> int:
    """The HTML on the pages of `device` (a PDF writer or a printer, margins set), a footer on
    each; returns the number of pages. `refused` is the error when painting cannot begin.
    `keep_together`: parts not to be split over two pages, each as the text of its first and
    of its last paragraph (see _keep_on_one_page). `page_html` may be the HTML with the item
    rows that start a new page (a sheet): rows a page would cut are moved to the next one."""
    dpi = device.logicalDpiY()
    page = device.pageLayout().paintRectPixels(dpi)
    width, height = float(page.width()), float(page.height())
    body_height = height - _dev(FOOTER_PT, dpi)

    font = QFont()
    font.setFamilies(FONTS)
    font.setPointSizeF(BODY_PT)
    for tag in ("liga", "clig"):  # no "fi" ligatures: text copied or searched in the PDF stays "fi"
        font.setFeature(QFont.Tag(tag), 0)

    def laid_out(html: str) -> QTextDocument:
        document = QTextDocument()
        document.documentLayout().setPaintDevice(device)
        document.setDefaultFont(font)
        document.setDocumentMargin(0)
        document.setDefaultStyleSheet(_CSS)
        document.setHtml(html)
        document.setPageSize(QSizeF(width, body_height))
        return document

    if isinstance(page_html, str):
        document = laid_out(page_html)
    else:  # one row at a time: moving one moves the rows after it
        breaks: frozenset[int] = frozenset()
        document = laid_out(page_html(breaks))
        while (cut := _row_cut_by_page(document, body_height)) is not None and cut not in breaks:
            breaks |= {cut}
            document = laid_out(page_html(breaks))
    for first, last in keep_together:
        _keep_on_one_page(document, body_height, first, last)
    pages = document.pageCount()

    painter = QPainter()
    if not painter.begin(device):
        raise ExportError(refused)
    try:
        for index in range(pages):
            if index:
                device.newPage()
            painter.save()
            painter.translate(0, -index * body_height)
            document.drawContents(painter, QRectF(0, index * body_height, width, body_height))
            painter.restore()
            numbered = message("sheet.page", page=index + 1, pages=pages)
            _footer(painter, font, width, height, footer, numbered, dpi)
    finally:
        painter.end()
    return pages


def _row_cut_by_page(document: QTextDocument, page_height: float) -> int | None:
    """The first body row (counted over the tables with a heading row, the sheet's items) that
    a page boundary cuts in two, when it would fit on one page. Qt's tables split a row whose
    first lines still fit: a reason on one page, its due line and kind on the next."""
    layout = document.documentLayout()
    row_number = 0
    for frame in document.rootFrame().childFrames():
        if not isinstance(frame, QTextTable) or frame.format().headerRowCount() < 1:
            continue
        for row in range(frame.format().headerRowCount(), frame.rows()):
            cells = [frame.cellAt(row, column) for column in range(frame.columns())]
            top = min(
                layout.blockBoundingRect(c.firstCursorPosition().block()).top() for c in cells
            )
            bottom = max(
                layout.blockBoundingRect(c.lastCursorPosition().block()).bottom() for c in cells
            )
            if bottom - top < page_height and int(top // page_height) != int(bottom // page_height):
                return row_number
            row_number += 1
    return None


def _keep_on_one_page(document: QTextDocument, page_height: float, first: str, last: str) -> None:
    """Start the part from the paragraph `first` to the paragraph `last` (the first of that
    text after it) on a new page when a page would end inside it. Qt's rich text has no
    'page-break-inside: avoid' (a one-cell table is split too); a part longer than a page, or
    one not found, is left as it is."""
    start = _paragraph(document.begin(), first)
    end = _paragraph(start, last) if start is not None else None
    if start is None or end is None:
        return
    layout = document.documentLayout()
    top, bottom = layout.blockBoundingRect(start).top(), layout.blockBoundingRect(end).bottom()
    if bottom - top < page_height and int(top // page_height) != int(bottom // page_height):
        new_page = QTextBlockFormat()
        new_page.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(start).mergeBlockFormat(new_page)


def _paragraph(block: QTextBlock, text: str) -> QTextBlock | None:
    """The first paragraph from `block` on whose text is `text`."""
    while block.isValid():
        if block.text().strip() == text:
            return block
        block = block.next()
    return None


def _footer(
    painter: QPainter, font: QFont, width: float, height: float, left: str, right: str, dpi: float
) -> None:
    small = QFont(font)
    small.setPointSizeF(7.0)
    painter.setFont(small)
    painter.setPen(QPen(QColor(RULE), _dev(0.5, dpi)))
    top = height - _dev(FOOTER_PT, dpi) + _dev(8, dpi)
    painter.drawLine(QPointF(0, top), QPointF(width, top))
    painter.setPen(QColor(MUTED))
    box = QRectF(0, top + _dev(3, dpi), width, _dev(12, dpi))
    left = QFontMetricsF(small, painter.device()).elidedText(
        left, Qt.TextElideMode.ElideRight, width * 0.8
    )
    painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), left)
    painter.drawText(box, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), right)


def _sheet_footer(data: SheetData) -> str:
    """The line under each page of a sheet, in the language spoken (PDF and printer alike)."""
    return printable(
        message(
            "sheet.footer", run=data.run_id, trainee=data.trainee_label, scenario=data.scenario_id
        )
    )


def write_sheet_pdf(data: SheetData, path: Path) -> int:
    """One run's score sheet; returns the number of pages."""
    footer = _sheet_footer(data)
    title = printable(
        message("sheet.document_title", trainee=data.trainee_label, title=data.scenario_title)
    )
    return render_pdf(
        lambda breaks: sheet_html(data, breaks),
        path,
        title,
        footer,
        keep_together=sheet_parts(data),
    )


def print_sheet(data: SheetData, device: QPagedPaintDevice) -> int:
    """One run's score sheet on a printer (margins set here, as on the PDF); returns pages."""
    _app = gui_application()
    device.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    device.setPageMargins(MARGINS_MM, QPageLayout.Unit.Millimeter)
    return paint_pages(
        device,
        lambda breaks: sheet_html(data, breaks),
        _sheet_footer(data),
        message("export.print_refused"),
        keep_together=sheet_parts(data),
    )


def write_summary_pdf(runs: Sequence[SheetData], path: Path, title: str = "Summary") -> int:
    """A batch summary; returns the number of pages. Names the instructor when all agree."""
    instructors = {data.instructor for data in runs}
    instructor = instructors.pop() if len(instructors) == 1 else None
    footer = printable(message("summary.footer", title=title))
    html_text = summary_html(runs, title, instructor)
    return render_pdf(html_text, path, title, footer, landscape=True)
