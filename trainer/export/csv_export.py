"""Score sheets as CSV: the items of a run, one file each, and a batch summary; formula-safe."""

from __future__ import annotations

import csv
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from trainer.export.sheet_data import ItemWindow, SheetData, printable
from trainer.i18n import message
from trainer.records.counted_score import override_of
from trainer.scoring.reasons import incident_text, reason_words

ENCODING = "utf-8-sig"  # with a byte-order mark: Excel then reads the file as UTF-8
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Look-alikes NFKC leaves alone: the minus sign and the heavy/fullwidth forms it does not map.
_SIGN_LOOKALIKES = str.maketrans({"\u2212": "-", "\u2796": "-", "\u2795": "+"})

Cell = str | int | float | None

ITEM_COLUMNS = (
    "run_id",
    "trainee",
    "scenario",
    "item",
    "category",
    "incident",
    "time_s",
    "points",
    "max_points",
    "reason",
    "status",  # the run's; added at the end so imports by column position keep working
    "ended_at",
    "override_points",  # the instructor's, beside the computed points (empty: none)
    "instructor_note",
    # When the item's response was due (sim seconds, as time_s) and how it was met, in words of
    # the sheet's language: the outcome that counts (the instructor's where they overrode the
    # points), then the scorer's. Empty for items without a window (penalties, order faults,
    # records scored before windows were kept).
    "due_start_s",
    "due_end_s",
    "outcome",
    "computed_outcome",
)
SUMMARY_COLUMNS = (
    "run_id",
    "trainee",
    "trainee_id",
    "trainee_record_id",
    "group",
    "scenario",
    "date",
    "total",
    "maximum",
    "percent",
    "passed",
    "disruption_min",
    "disruption_eur",
    "status",  # added at the end, as in ITEM_COLUMNS
    "ended_at",
    # total, percent and passed count the instructor's overrides (records.counted_score);
    # these keep the scorer's, equal to them where nothing was overridden.
    "computed_total",
    "computed_percent",
    "computed_passed",
)


def neutralise(text: str) -> str:
    """The text a spreadsheet shows as text: a leading ' when it could start a formula.

    CSV injection: a spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` (some
    also one that starts with a tab or a carriage return) as a formula, so a trainee named
    ``=HYPERLINK("http://x")`` could plant a link, or worse, in the instructor's spreadsheet.
    Every *text* cell whose first visible character is one of FORMULA_STARTS gets a leading
    apostrophe, which spreadsheets show as text. As OWASP advises, the check looks past
    leading whitespace (line feed, space, U+3000) and invisible characters (zero-width space,
    byte-order mark, bidi controls), which spreadsheets skip or users cannot see, and reads
    full-width forms (＝, ＋) as the ASCII they stand for. Numbers (points such as -30) are
    written as numbers and never pass through here; reasons are written without the points
    they start with on a sheet ("+20 informed Twente Radio ..."), which have columns of their
    own, so an ordinary reason needs no apostrophe.
    """
    return "'" + text if _starts_formula(text) else text


def _starts_formula(text: str) -> bool:
    if text.startswith(FORMULA_STARTS):
        return True
    for character in text:
        if character.isspace() or unicodedata.category(character) in ("Cc", "Cf", "Zs"):
            continue  # invisible: the spreadsheet (or the reader) sees what follows
        first = unicodedata.normalize("NFKC", character).translate(_SIGN_LOOKALIKES)
        return first.startswith(FORMULA_STARTS)
    return False


def number(value: float) -> int | float:
    """An integral value as an int (20, not 20.0); others unchanged."""
    return int(value) if float(value).is_integer() else float(value)


def text_cell(value: str | None) -> str:
    """A text cell as written: control characters out, formula starts neutralised."""
    return "" if value is None else neutralise(printable(value))


def item_rows(data: SheetData) -> list[list[Cell]]:
    """One row per score item, in ITEM_COLUMNS order."""
    rows: list[list[Cell]] = []
    for position, item in enumerate(data.sheet.items, start=1):
        review = data.reviews.get(position - 1)
        override = override_of(review)
        window = data.window(position - 1)
        rows.append(
            [
                data.run_id,
                text_cell(data.trainee_label),
                text_cell(data.scenario_id),
                position,
                text_cell(message(f"category.{item.category.value}")),
                text_cell(incident_text(item.incident) if item.incident else None),
                None if item.time_s is None else number(round(item.time_s, 3)),
                number(item.points),
                number(item.max_points),
                text_cell(reason_words(item)),
                text_cell(message(f"status.{data.status.value}")),
                text_cell(data.ended_at_text),
                None if override is None else number(override),
                text_cell(review.note if review is not None else None),
                *window_cells(window),
            ]
        )
    return rows


def window_cells(window: ItemWindow | None) -> list[Cell]:
    """due_start_s, due_end_s, outcome (the instructor's for an overridden item) and
    computed_outcome (the scorer's), in words of the sheet's language as the category is;
    empty for an item without a window."""
    if window is None:
        return [None, None, None, None]
    return [
        number(round(window.start_s, 3)),
        number(round(window.end_s, 3)),
        text_cell(message(f"sheet.due_outcome_{window.outcome.value}")),
        text_cell(message(f"sheet.due_outcome_{window.computed_outcome.value}")),
    ]


def summary_row(data: SheetData) -> list[Cell]:
    """One run's totals, in SUMMARY_COLUMNS order: those that count (with the instructor's
    overrides), and at the end the scorer's."""
    return [
        data.run_id,
        text_cell(data.trainee_label),
        text_cell(data.trainee_external_id),
        data.trainee_record_id,
        text_cell(data.trainee_group),
        text_cell(data.scenario_id),
        f"{data.started_local:%Y-%m-%d %H:%M}",
        number(data.counted.total),
        number(data.maximum),
        number(round(data.counted.percent, 2)),
        yes_no(data.counted.passed),
        number(round(data.disruption_minutes, 2)),
        number(round(data.disruption_eur, 2)),
        text_cell(message(f"status.{data.status.value}")),
        text_cell(data.ended_at_text),
        number(data.total),
        number(round(data.percent, 2)),
        yes_no(data.passed),
    ]


def yes_no(value: bool) -> str:
    return message("words.yes" if value else "words.no")


def headers(columns: Sequence[str]) -> list[str]:
    """The column names in the language in use (ITEM_COLUMNS and SUMMARY_COLUMNS are English)."""
    return [message(f"column.{name}") for name in columns]


def _write(path: Path, header: Sequence[str], rows: Sequence[Sequence[Cell]]) -> None:
    with path.open("w", encoding=ENCODING, newline="") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        writer.writerows(rows)


def write_sheet_csv(data: SheetData, path: Path) -> None:
    """The run's items, one row each, with a header row."""
    _write(path, headers(ITEM_COLUMNS), item_rows(data))


def write_summary_csv(runs: Sequence[SheetData], path: Path) -> None:
    """One row per run with its totals, in the order given."""
    _write(path, headers(SUMMARY_COLUMNS), [summary_row(data) for data in runs])
