"""Score sheets as Excel workbooks (openpyxl): one per run, and a summary of a batch."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell as XlCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from trainer import __version__
from trainer.export.csv_export import SUMMARY_COLUMNS, headers, number, text_cell, yes_no
from trainer.export.sheet_data import SheetData, printable
from trainer.i18n import clock_time, message
from trainer.records.counted_score import override_score
from trainer.scoring.reasons import incident_text, reason_words

CELL_LIMIT = 32_767  # characters Excel keeps in one cell; a longer cell makes it repair the file
ITEM_HEADERS = (  # catalog keys of the item columns' headers
    "",
    "label.time",
    "label.time_s",
    "label.category",
    "label.incident",
    "label.points",
    "label.max_points",
    "label.reason",
    "label.instructor",
    "label.due_start_s",  # the due window and its outcome last, as in the CSV
    "label.due_end_s",
    "label.outcome",  # the instructor's for an overridden item, as the CSV's
    "label.computed_outcome",
)
ITEM_WIDTHS = (6, 8, 9, 11, 24, 18, 22, 100, 40, 13, 13, 15, 18)
SUMMARY_WIDTHS = (8, 28, 14, 10, 14, 28, 17, 8, 9, 9, 8, 14, 14, 12, 10, 16, 18, 17)

_BOLD = Font(bold=True)
_TITLE = Font(bold=True, size=14)
_HEAD_FILL = PatternFill("solid", fgColor="DCE3EA")
_HEAD_BORDER = Border(bottom=Side(style="thin", color="5A6B7B"))
_GAIN, _LOSS = Font(color="1E6B34"), Font(color="B00020")
_TOP = Alignment(vertical="top")
_WRAP = Alignment(vertical="top", wrap_text=True)
_LEFT = Alignment(horizontal="left", vertical="top")


def _text(ws: Worksheet, row: int, column: int, value: str | None) -> XlCell:
    """A text cell that no spreadsheet evaluates: neutralised, and typed as a string."""
    text = text_cell(value)
    if len(text) > CELL_LIMIT:
        text = text[: CELL_LIMIT - 1] + "\u2026"
    cell = ws.cell(row=row, column=column, value=text)
    cell.data_type = "s"
    return cell


def _num(
    ws: Worksheet,
    row: int,
    column: int,
    value: float | None,
    fmt: str = "General",
    align: Alignment = _TOP,
) -> XlCell:
    """A number cell (None leaves it empty)."""
    cell = ws.cell(row=row, column=column, value=None if value is None else number(value))
    cell.number_format = fmt
    cell.alignment = align
    return cell


def _label(ws: Worksheet, row: int, column: int, label: str) -> None:
    ws.cell(row=row, column=column, value=label).font = _BOLD


def _ended_early(data: SheetData) -> str:
    """'at 3:20 (sim time)', or 'no' for a run that ran to its scenario's end."""
    if data.ended_at_text:
        return message("sheet.ended_at_sim", at=data.ended_at_text)
    return message("words.no")


def _header_block(ws: Worksheet, data: SheetData) -> int:
    """The run's facts above the items, as label/value pairs in columns A/D and F/G.

    Returns the next free row.
    """
    title = message("sheet.scenario_title", title=data.scenario_title)
    _text(ws, 1, 1, title).font = _TITLE
    difficulty = None if data.scenario_difficulty is None else float(data.scenario_difficulty)
    left: list[tuple[str, str | float | None]] = [
        ("label.trainee", data.trainee_label),
        ("label.trainee_id", data.trainee_external_id),
        ("label.group", data.trainee_group),
        ("label.scenario", data.scenario_id),
        ("label.difficulty", difficulty),
        ("label.date_local", data.local_text),
        ("label.date_utc", data.utc_text),
        ("label.instructor", data.instructor),
        ("label.class_session", data.session_title),
        ("label.run", float(data.run_id)),
    ]
    right: list[tuple[str, str | float | None, str]] = [
        ("label.result", data.result, "General"),
        ("label.total", data.total, "General"),
        ("label.maximum", data.maximum, "General"),
        ("label.percent", data.percent, "0.0"),
        ("label.pass_mark", data.pass_mark_percent, "General"),
        ("label.disruption_min", data.disruption_minutes, "0.0"),
        ("label.disruption_eur", data.disruption_eur, "#,##0"),
        ("label.seed", float(data.seed), "0"),
        ("label.status", message(f"status.{data.status.value}"), "General"),
        ("label.ended_early", _ended_early(data), "General"),
        ("label.app_version", data.app_version, "General"),
        # Empty when nothing was overridden; the computed result stays at the top.
        ("label.with_overrides", override_score(data.counted), "General"),
    ]
    for offset, (label, value) in enumerate(left):
        row = 2 + offset
        _label(ws, row, 1, message(label))
        if isinstance(value, float):
            _num(ws, row, 4, value, align=_LEFT)
        else:
            _text(ws, row, 4, value)
    for offset, (label, value, fmt) in enumerate(right):
        row = 2 + offset
        _label(ws, row, 6, message(label))
        if isinstance(value, float):
            _num(ws, row, 7, value, fmt, _LEFT)
        else:
            cell = _text(ws, row, 7, value)
            if label == "label.result":
                cell.font = Font(bold=True, color=_GAIN.color if data.passed else _LOSS.color)
            elif label == "label.with_overrides" and value:
                passed = data.counted.passed
                cell.font = Font(bold=True, color=_GAIN.color if passed else _LOSS.color)
            elif label == "label.ended_early" and data.ended_at_text:
                cell.font = _LOSS
    row = 2 + max(len(left), len(right))
    _label(ws, row, 1, message("label.scenario_sha"))
    _text(ws, row, 4, data.file_sha256)
    return row + 2


def _header_row(ws: Worksheet, row: int, headers: Sequence[str]) -> None:
    for column, header in enumerate(headers, start=1):
        cell = ws.cell(row=row, column=column, value=header)
        cell.font, cell.fill, cell.border = _BOLD, _HEAD_FILL, _HEAD_BORDER
    ws.freeze_panes = f"A{row + 1}"


def _widths(ws: Worksheet, widths: Sequence[float]) -> None:
    for column, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(column)].width = width


def _new_workbook(title: str, sheet_title: str) -> tuple[Workbook, Worksheet]:
    book = Workbook()
    book.properties.title = printable(title)  # document properties are XML too
    book.properties.creator = f"Twente Drone Safety Trainer {__version__}"
    ws = book.active
    assert isinstance(ws, Worksheet)  # a new workbook's one sheet
    ws.title = sheet_title
    return book, ws


def write_sheet_xlsx(data: SheetData, path: Path) -> None:
    """One run: sheet "Score" with the facts of the run, then one row per item."""
    book, ws = _new_workbook(
        message("sheet.workbook_title", run=data.run_id), message("label.score_sheet_tab")
    )
    first = _header_block(ws, data)
    _header_row(ws, first, [message(key) if key else "#" for key in ITEM_HEADERS])
    for position, item in enumerate(data.sheet.items, start=1):
        row = first + position
        _num(ws, row, 1, position)
        if item.time_s is not None:
            _text(ws, row, 2, clock_time(item.time_s)).alignment = _TOP
            _num(ws, row, 3, round(item.time_s, 3), "0.0")
        _text(ws, row, 4, message(f"category.{item.category.value}")).alignment = _TOP
        _text(ws, row, 5, incident_text(item.incident) if item.incident else None).alignment = _TOP
        _num(ws, row, 6, item.points)
        if item.points:
            ws.cell(row=row, column=6).font = _GAIN if item.points > 0 else _LOSS
        _num(ws, row, 7, item.max_points)
        _text(ws, row, 8, reason_words(item)).alignment = _WRAP
        if data.review_text(position - 1):
            _text(ws, row, 9, data.review_text(position - 1)).alignment = _WRAP
        window = data.window(position - 1)
        if window is not None:  # empty cells for an item without one
            _num(ws, row, 10, round(window.start_s, 3), "0.0")
            _num(ws, row, 11, round(window.end_s, 3), "0.0")
            outcome = message(f"sheet.due_outcome_{window.outcome.value}")
            _text(ws, row, 12, outcome).alignment = _TOP
            computed = message(f"sheet.due_outcome_{window.computed_outcome.value}")
            _text(ws, row, 13, computed).alignment = _TOP
    _widths(ws, ITEM_WIDTHS)
    ws.print_options.gridLines = False
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.print_title_rows = f"{first}:{first}"
    book.save(path)


def write_summary_xlsx(runs: Sequence[SheetData], path: Path, title: str = "Summary") -> None:
    """One row per run, with the same columns as the CSV summary; dates as real dates."""
    book, ws = _new_workbook(title, message("summary.sheet_name"))
    _header_row(ws, 1, headers(SUMMARY_COLUMNS))
    for row, data in enumerate(runs, start=2):
        _num(ws, row, 1, data.run_id)
        _text(ws, row, 2, data.trainee_label)
        _text(ws, row, 3, data.trainee_external_id)
        _num(ws, row, 4, data.trainee_record_id)
        _text(ws, row, 5, data.trainee_group)
        _text(ws, row, 6, data.scenario_id)
        when = ws.cell(row=row, column=7, value=data.started_local.replace(tzinfo=None))
        when.number_format = "yyyy-mm-dd hh:mm"
        _num(ws, row, 8, data.counted.total)  # with the instructor's overrides, as the CSV
        _num(ws, row, 9, data.maximum)
        _num(ws, row, 10, round(data.counted.percent, 2), "0.0")
        _text(ws, row, 11, yes_no(data.counted.passed))
        _num(ws, row, 12, round(data.disruption_minutes, 2), "0.0")
        _num(ws, row, 13, round(data.disruption_eur, 2), "#,##0")
        _text(ws, row, 14, message(f"status.{data.status.value}"))
        if data.ended_at_text:  # m:ss as text, so no spreadsheet reads it as a time of day
            _text(ws, row, 15, data.ended_at_text)
        _num(ws, row, 16, data.total)  # the scorer's
        _num(ws, row, 17, round(data.percent, 2), "0.0")
        _text(ws, row, 18, yes_no(data.passed))
    last = get_column_letter(len(SUMMARY_COLUMNS))
    ws.auto_filter.ref = f"A1:{last}{max(1, len(runs)) + 1}"
    _widths(ws, SUMMARY_WIDTHS)
    book.save(path)
