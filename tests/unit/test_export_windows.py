"""The exports show when each item's response was due and how it was met (trainer.scoring.due):
a line under the reason on the PDF, four columns at the end of the CSV and XLSX item rows.
Records scored before windows were kept export as before, the new columns empty."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import openpyxl
import pytest

from tests.unit.hobby_run import (
    ACKNOWLEDGED,
    EXPECTED,
    RADIO,
    pdf_text,
    position_of,
    record,
)
from tests.unit.test_export import ITEMS, NOW, is_number, items_table, read_csv, scored_run
from trainer import i18n
from trainer.export import export_runs, gather
from trainer.export.csv_export import ITEM_COLUMNS, neutralise
from trainer.export.pdf_export import sheet_html, write_sheet_pdf
from trainer.export.sheet_data import ItemWindow
from trainer.i18n import message, msg
from trainer.records import Repository
from trainer.scoring.due import DueWindow, Outcome
from trainer.scoring.sheet import Due, ItemCategory, ScoreItem, ScoreSheet

pytestmark = pytest.mark.record_clock(NOW)

# -- what the sheet data carries ---------------------------------------------------------------


def test_the_sheet_data_carries_each_window_on_the_scenarios_clock(
    repo: Repository, scored_sheet: ScoreSheet
) -> None:
    data = gather(repo, record(repo, scored_sheet))
    assert data.clock_start_s == (14 * 60 + 10) * 60
    for start, (due_s, end_s, outcome, line, _) in EXPECTED.items():
        window = data.window(position_of(scored_sheet, start))
        assert window is not None, start
        assert (window.start_s, window.end_s, window.outcome.value) == (due_s, end_s, outcome)
        assert window.text() == line
    # Every expected item has a window; the scorer's own outcome, not one of the export's.
    assert set(data.windows) == {
        n for n, item in enumerate(scored_sheet.items) if item.due is not None
    }


def test_without_the_played_file_the_window_is_in_sim_time_as_the_time_column(
    repo: Repository, scored_sheet: ScoreSheet
) -> None:
    data = gather(repo, record(repo, scored_sheet, scenario_sha="cd" * 32))  # file changed
    assert data.clock_start_s is None
    window = data.window(position_of(scored_sheet, RADIO))
    assert window is not None and window.text() == "due 1:10–2:10 · late (done 2:40)"
    assert "scenario's local clock" not in sheet_html(data)  # no note about a clock not used


def due_window(outcome: Outcome, done: float | None, clock_start_s: int | None) -> ItemWindow:
    points = 20.0 if outcome is Outcome.MET else 0.0
    item = ScoreItem(
        points, 20, ItemCategory.EXPECTED, "r", None, done or 70.0, None if done is None else 1
    )
    return ItemWindow(
        DueWindow(0, item, Due(70.0, 60.0, msg("did.inform_radio")), outcome), clock_start_s
    )


@pytest.mark.parametrize(
    ("window", "line"),
    [
        (due_window(Outcome.MET, None, 0), "due 00:01:10–00:02:10 · on time"),
        (due_window(Outcome.MISSED, 100.0, 0),
         "due 00:01:10–00:02:10 · missed (done 00:01:40, did not count)"),
        (due_window(Outcome.NOT_APPLICABLE, None, 0), "due 00:01:10–00:02:10 · not applicable"),
        # The scenario's clock runs over midnight as a clock does.
        (due_window(Outcome.MET, 90.0, 23 * 3600 + 59 * 60),
         "due 00:00:10–00:01:10 · on time (done 00:00:30)"),
    ],
)  # fmt: skip
def test_each_outcome_in_a_line(window: ItemWindow, line: str) -> None:
    assert window.text() == line


# -- CSV and XLSX -------------------------------------------------------------------------------


def test_csv_and_xlsx_end_each_item_row_with_its_window_and_outcome(
    repo: Repository, scored_sheet: ScoreSheet, tmp_path: Path
) -> None:
    run = record(repo, scored_sheet)
    [csv_file] = export_runs(repo, [run], "csv", tmp_path / "csv")
    [xlsx_file] = export_runs(repo, [run], "xlsx", tmp_path / "xlsx")
    rows = read_csv(csv_file)
    assert tuple(rows[0][-4:]) == ("due_start_s", "due_end_s", "outcome", "computed_outcome")
    header, xlsx_rows = items_table(openpyxl.load_workbook(xlsx_file)["Score"])
    assert header[-4:] == ["Due from (s)", "Due until (s)", "Outcome", "Computed outcome"]
    for start, (due_s, end_s, outcome, _, _) in EXPECTED.items():
        position = position_of(scored_sheet, start)
        cells = dict(zip(ITEM_COLUMNS, rows[1 + position], strict=True))
        words = message(f"sheet.due_outcome_{outcome}")  # as the category: a word, not a code
        assert (cells["due_start_s"], cells["due_end_s"], cells["outcome"]) == (
            f"{due_s:g}",
            f"{end_s:g}",
            words,
        ), start
        assert cells["computed_outcome"] == words  # nothing overridden: the same
        assert xlsx_rows[position][-4:] == (due_s, end_s, words, words), start
    # A Dutch export says it in Dutch, headers and outcomes, as it does the category.
    i18n.use_language("nl")
    try:
        [dutch] = export_runs(repo, [run], "csv", tmp_path / "nl")
    finally:
        i18n.use_language("en")
    dutch_rows = read_csv(dutch)
    assert tuple(dutch_rows[0][-4:]) == (
        "termijn_begin_s",
        "termijn_eind_s",
        "uitkomst",
        "berekende_uitkomst",
    )
    english = {"on time": "op tijd", "late": "te laat", "missed": "gemist", "": ""}
    assert [row[-1] for row in dutch_rows[1:]] == [english[row[-1]] for row in rows[1:]]


# What the exports wrote for a record without windows (ITEMS of test_export) before windows
# were shown, column for column; the only change allowed is four empty columns at the end.
OLD_CSV = [
    ["1", "Anna de Vries", "hobby-drone-approach-23", "1", "expected", "i1", "146", "20", "20",
     "informed Twente Radio 14 s after ATZ entry", "finished", "", "", ""],
    ["1", "Anna de Vries", "hobby-drone-approach-23", "2", "expected", "i1", "200.25", "13.5", "20",
     "notified police 40 s late", "finished", "", "", ""],
    ["1", "Anna de Vries", "hobby-drone-approach-23", "3", "missed", "i1", "75", "0", "15",
     "never contacted the operator", "finished", "", "", ""],
    ["1", "Anna de Vries", "hobby-drone-approach-23", "4", "penalty", "", "", "-30", "0",
     "suspended runway operations needlessly", "finished", "", "", ""],
    ["1", "Anna de Vries", "hobby-drone-approach-23", "5", "order", "", "", "-10", "0",
     "'=cmd|' /C calc'!A0 (a reason that looks like a formula)", "finished", "", "", ""],
]  # fmt: skip
OLD_XLSX = [
    (1, "2:26", 146, "expected", "i1", 20, 20, "informed Twente Radio 14 s after ATZ entry", None),
    (2, "3:20", 200.25, "expected", "i1", 13.5, 20, "notified police 40 s late", None),
    (3, "1:15", 75, "missed", "i1", 0, 15, "never contacted the operator", None),
    (4, None, None, "penalty", None, -30, 0, "suspended runway operations needlessly", None),
    (5, None, None, "order", None, -10, 0,
     "'=cmd|' /C calc'!A0 (a reason that looks like a formula)", None),
]  # fmt: skip


def test_an_older_record_exports_as_before_with_the_new_columns_empty(
    repo: Repository, tmp_path: Path, qapp: object
) -> None:
    assert all(item.due is None for item in ITEMS)  # as a record of schema 4 reads
    run = scored_run(repo)
    [csv_file] = export_runs(repo, [run], "csv", tmp_path / "csv")
    assert read_csv(csv_file)[1:] == [[*row, "", "", "", ""] for row in OLD_CSV]
    [xlsx_file] = export_runs(repo, [run], "xlsx", tmp_path / "xlsx")
    _, rows = items_table(openpyxl.load_workbook(xlsx_file)["Score"])
    assert rows == [(*row, None, None, None, None) for row in OLD_XLSX]
    data = gather(repo, run)
    assert data.windows == {}
    page = sheet_html(data)
    assert "due_" not in page and "local clock" not in page
    write_sheet_pdf(data, tmp_path / "sheet.pdf")
    text = pdf_text(tmp_path / "sheet.pdf")
    assert "never contacted the operator" in text and "due " not in text


# -- PDF ----------------------------------------------------------------------------------------


def test_the_pdf_says_under_each_reason_when_it_was_due_and_how_it_was_met(
    repo: Repository, scored_sheet: ScoreSheet, tmp_path: Path, qapp: object
) -> None:
    data = gather(repo, record(repo, scored_sheet))
    assert write_sheet_pdf(data, tmp_path / "sheet.pdf") == 1
    text = pdf_text(tmp_path / "sheet.pdf")
    assert "Due times are on the scenario's local clock" in text and "(14:10 at" in text
    for start, (_, _, _, line, _) in EXPECTED.items():
        assert line in text, start
    # Each line sits under its own item's reason, in the sheet's order.
    places = [text.index(EXPECTED[s][3]) for s in (ACKNOWLEDGED, RADIO)]
    radio_reason = text.index("informed Twente Radio 90 s after first detection")
    assert places[0] < radio_reason < places[1]


def test_a_dutch_pdf_says_it_in_dutch(
    repo: Repository, scored_sheet: ScoreSheet, tmp_path: Path, qapp: object
) -> None:
    run = record(repo, scored_sheet)
    i18n.use_language("nl")
    write_sheet_pdf(gather(repo, run), tmp_path / "blad.pdf")
    text = pdf_text(tmp_path / "blad.pdf")
    for start, (_, _, _, _, dutch) in EXPECTED.items():
        assert dutch in text, start
    assert "lokale klok van het scenario" in text
    assert "due " not in text and "on time" not in text and "late (" not in text


# -- hostile text -------------------------------------------------------------------------------

HOSTILE = '=HYPERLINK("http://x")<b>bold</b> & \u202eevil'


def test_hostile_text_around_a_window_stays_escaped_and_neutralised(
    repo: Repository, tmp_path: Path, qapp: object
) -> None:
    """An expected response named by the scenario's author (and a reason) holding a formula,
    markup and a bidi override: nothing of it runs in a spreadsheet or renders as markup."""
    expected = msg("words.authored", en=HOSTILE, nl=HOSTILE)
    items = (
        ScoreItem(0, 20, ItemCategory.EXPECTED, HOSTILE, HOSTILE, 160.0, 1, None,
                  Due(70.0, 60.0, expected)),
        ScoreItem(-10, 0, ItemCategory.PENALTY, "-" + HOSTILE),
    )  # fmt: skip
    sheet = ScoreSheet("hobby-drone-approach-23", 7, items, -10, 20, 0, 70, False, 0, 0)
    run = record(repo, sheet)
    [csv_file] = export_runs(repo, [run], "csv", tmp_path / "csv")
    rows = read_csv(csv_file)
    cells = dict(zip(ITEM_COLUMNS, rows[1], strict=True))
    assert (cells["due_start_s"], cells["due_end_s"], cells["outcome"]) == (
        "70",
        "130",
        "late",
    )  # (the word)
    for row in rows[1:]:
        for cell in row:
            assert neutralise(cell) == cell or is_number(cell), cell  # 'quoted where it must be
            assert "\u202e" not in cell
    [xlsx_file] = export_runs(repo, [run], "xlsx", tmp_path / "xlsx")
    ws = openpyxl.load_workbook(xlsx_file)["Score"]
    assert all(cell.data_type != "f" for row in ws.iter_rows() for cell in row)
    _, xlsx_rows = items_table(ws)
    assert xlsx_rows[0][-4:] == (70, 130, "late", "late")
    assert xlsx_rows[1][-4:] == (None, None, None, None)
    page = sheet_html(gather(repo, run))
    assert "<b>bold</b>" not in page and "&lt;b&gt;bold&lt;/b&gt;" in page
    assert "due 14:11:10–14:12:10 · late (done 14:12:40)" in page


def test_no_item_row_is_cut_in_two_by_a_page_break(
    repo: Repository, scored_sheet: ScoreSheet, tmp_path: Path, qapp: object
) -> None:
    # Qt's tables split a row whose first lines still fit on the page: the reason at the foot
    # of one page, its kind and 'due' line at the top of the next. Each row now moves whole.
    pypdf = pytest.importorskip("pypdf")
    with_due = [item for item in scored_sheet.items if item.due is not None]
    items = tuple(
        dataclasses.replace(
            item,
            message=None,
            reason=f"Reason-{n} " + "a rather long reason that wraps " * (1 + n % 4),
        )
        for n, item in enumerate(with_due * 12)
    )
    sheet = dataclasses.replace(scored_sheet, items=items)
    data = gather(repo, record(repo, sheet))
    pages = write_sheet_pdf(data, tmp_path / "sheet.pdf")
    assert pages >= 3
    for number, page in enumerate(pypdf.PdfReader(tmp_path / "sheet.pdf").pages, start=1):
        text = page.extract_text()
        reasons, due_lines = text.count("Reason-"), len(re.findall(r"\bdue\s+\d", text))
        assert reasons == due_lines, f"page {number}: {reasons} reasons, {due_lines} due lines"
