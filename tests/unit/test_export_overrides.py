"""An item the instructor overrode exports with the outcome of their points (trainer.scoring.
due.overridden), the scorer's beside it: the PDF's due line, the CSV's and XLSX's `outcome`
(the result that counts) and `computed_outcome` columns."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest

from tests.unit.hobby_run import (
    ACKNOWLEDGED,
    CLASSIFIED,
    RADIO,
    pdf_text,
    position_of,
    record,
)
from tests.unit.test_export import NOW, items_table, read_csv
from trainer import i18n
from trainer.export import export_runs, gather
from trainer.export.csv_export import ITEM_COLUMNS
from trainer.export.pdf_export import sheet_html, write_sheet_pdf
from trainer.records import Repository
from trainer.scoring.due import Outcome, due_windows, judged
from trainer.scoring.sheet import ScoreSheet

pytestmark = pytest.mark.record_clock(NOW)

# The instructor gives the late radio call its full points (on time), and takes the on-time
# acknowledgement's away (done within its window, so missed); the classification stays missed.
RADIO_LINE = (
    "due 14:11:10–14:12:10 · on time, the instructor's judgement (computed: late, done 14:12:40)"
)
ACKNOWLEDGED_LINE = (
    "due 14:11:10–14:11:40 · missed, the instructor's judgement (computed: on time, done 14:11:15)"
)
CLASSIFIED_LINE = "due 14:11:10–14:12:10 · missed"
RADIO_DUTCH = (
    "te doen 14:11:10–14:12:10 · op tijd, oordeel van de instructeur "
    "(berekend: te laat, gedaan 14:12:40)"
)


def overridden_run(repo: Repository, sheet: ScoreSheet) -> int:
    run = record(repo, sheet)
    radio = sheet.items[position_of(sheet, RADIO)]
    assert radio.points < radio.max_points  # the scorer found it late
    repo.review_item(run, position_of(sheet, RADIO), override_points=radio.max_points)
    repo.review_item(
        run, position_of(sheet, ACKNOWLEDGED), override_points=0, note="Saw it on the camera."
    )
    return run


def test_judged_is_the_scorers_window_unless_overridden(scored_sheet: ScoreSheet) -> None:
    [window, *_] = due_windows(scored_sheet)
    assert judged(window, None, None) is window
    full = judged(window, window.item.max_points, None)
    assert full.outcome is Outcome.MET and full.item.points == window.item.max_points


def test_the_sheet_data_counts_the_instructors_outcome_and_keeps_the_scorers(
    repo: Repository, scored_sheet: ScoreSheet
) -> None:
    data = gather(repo, overridden_run(repo, scored_sheet))
    radio = data.window(position_of(scored_sheet, RADIO))
    acknowledged = data.window(position_of(scored_sheet, ACKNOWLEDGED))
    classified = data.window(position_of(scored_sheet, CLASSIFIED))
    assert radio is not None and acknowledged is not None and classified is not None
    assert (radio.outcome, radio.computed_outcome, radio.overridden) == (
        Outcome.MET,
        Outcome.LATE,
        True,
    )
    assert (acknowledged.outcome, acknowledged.computed_outcome) == (Outcome.MISSED, Outcome.MET)
    assert (classified.outcome, classified.computed_outcome, classified.overridden) == (
        Outcome.MISSED,
        Outcome.MISSED,
        False,
    )
    assert [radio.text(), acknowledged.text(), classified.text()] == [
        RADIO_LINE,
        ACKNOWLEDGED_LINE,
        CLASSIFIED_LINE,
    ]


def test_csv_and_xlsx_outcome_is_the_one_that_counts_computed_beside_it(
    repo: Repository, scored_sheet: ScoreSheet, tmp_path: Path
) -> None:
    run = overridden_run(repo, scored_sheet)
    [csv_file] = export_runs(repo, [run], "csv", tmp_path / "csv")
    [xlsx_file] = export_runs(repo, [run], "xlsx", tmp_path / "xlsx")
    rows = [dict(zip(ITEM_COLUMNS, row, strict=True)) for row in read_csv(csv_file)[1:]]
    header, xlsx_rows = items_table(openpyxl.load_workbook(xlsx_file)["Score"])
    expected = {  # reason -> (override_points, outcome, computed_outcome)
        RADIO: ("20", "on time", "late"),
        ACKNOWLEDGED: ("0", "missed", "on time"),
        CLASSIFIED: ("", "missed", "missed"),
    }
    for start, (override, outcome, computed) in expected.items():
        position = position_of(scored_sheet, start)
        row = rows[position]
        assert (row["override_points"], row["outcome"], row["computed_outcome"]) == (
            override,
            outcome,
            computed,
        ), start
        cells = dict(zip(header, xlsx_rows[position], strict=True))
        assert (cells["Outcome"], cells["Computed outcome"]) == (outcome, computed), start
    # The points stay the scorer's, with the override beside them, as before.
    radio = scored_sheet.items[position_of(scored_sheet, RADIO)]
    assert rows[position_of(scored_sheet, RADIO)]["points"] == f"{radio.points:g}"


def test_the_pdf_prints_the_instructors_outcome_in_its_colour_and_the_computed_one(
    repo: Repository, scored_sheet: ScoreSheet, tmp_path: Path, qapp: object
) -> None:
    run = overridden_run(repo, scored_sheet)
    data = gather(repo, run)
    write_sheet_pdf(data, tmp_path / "sheet.pdf")
    text = pdf_text(tmp_path / "sheet.pdf")
    for line in (RADIO_LINE, ACKNOWLEDGED_LINE, CLASSIFIED_LINE):
        assert line in text
    assert "due 14:11:10–14:12:10 · late (done" not in text  # no computed-only line left
    # The instructor's line stays under it; the line is coloured as the outcome that counts.
    assert "Instructor: 20 points instead of" in text
    assert "Instructor: 0 points instead of 10. Saw it on the camera." in text
    page = sheet_html(data)
    classes = re.findall(r"<span class='due_(\w+)'>due 14:11:10–14:12:10 · (\w+)", page)
    assert ("met", "on") in classes and ("missed", "missed") in classes
    assert ("late", "late") not in classes
    i18n.use_language("nl")
    try:
        write_sheet_pdf(gather(repo, run), tmp_path / "blad.pdf")
    finally:
        i18n.use_language("en")
    assert RADIO_DUTCH in pdf_text(tmp_path / "blad.pdf")


def test_every_summary_column_of_the_workbook_has_its_width() -> None:
    from trainer.export.csv_export import SUMMARY_COLUMNS
    from trainer.export.xlsx_export import SUMMARY_WIDTHS

    assert len(SUMMARY_WIDTHS) == len(SUMMARY_COLUMNS)
