"""A list of runs gives each run's result as it counts, with the instructor's overrides: the
record's summaries (run picker, progress) and the CSV/XLSX/PDF summaries, whose `total`,
`percent` and `passed` count the overrides while `computed_total`, `computed_percent` and
`computed_passed` (the last columns) keep the scorer's."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from tests.unit.hobby_run import (
    ACKNOWLEDGED,
    RADIO,
    pdf_text,
    position_of,
    record,
)
from tests.unit.test_export import NOW, facts, read_csv
from tests.unit.test_export_overrides import overridden_run
from trainer import i18n
from trainer.export import export_runs
from trainer.export.csv_export import SUMMARY_COLUMNS
from trainer.records import Repository
from trainer.scoring.sheet import ScoreSheet, percent_of

pytestmark = pytest.mark.record_clock(NOW)


def counted_by_hand(sheet: ScoreSheet) -> float:
    """overridden_run's overrides: the radio call its full points, the acknowledgement 0."""
    radio, acknowledged = position_of(sheet, RADIO), position_of(sheet, ACKNOWLEDGED)
    points = [item.points for item in sheet.items]
    points[radio], points[acknowledged] = sheet.items[radio].max_points, 0.0
    return round(sum(points), 1)


def test_the_records_summaries_count_the_overrides_and_keep_the_scorers(
    repo: Repository, scored_sheet: ScoreSheet
) -> None:
    plain, overridden = record(repo, scored_sheet), overridden_run(repo, scored_sheet)
    summaries = repo.sheet_summaries()
    expected = counted_by_hand(scored_sheet)
    assert expected != scored_sheet.total
    counted = summaries[overridden]
    assert (counted.total, counted.percent) == (expected, percent_of(expected, counted.maximum))
    assert counted.computed is not None
    assert (counted.computed.total, counted.computed.percent, counted.computed.passed) == (
        scored_sheet.total, scored_sheet.percent, scored_sheet.passed,
    )  # fmt: skip
    assert summaries[plain].total == scored_sheet.total and summaries[plain].computed is None
    scores = repo.counted_scores({overridden: scored_sheet, plain: scored_sheet})
    assert scores[overridden].total == expected and scores[overridden].overridden
    assert not scores[plain].overridden
    # Cleared, the run is the scorer's again.
    for position in (position_of(scored_sheet, RADIO), position_of(scored_sheet, ACKNOWLEDGED)):
        repo.review_item(overridden, position)
    assert repo.sheet_summaries()[overridden].computed is None


def test_csv_and_xlsx_summaries_count_the_overrides_with_the_computed_at_the_end(
    repo: Repository, scored_sheet: ScoreSheet, tmp_path: Path
) -> None:
    runs = [record(repo, scored_sheet), overridden_run(repo, scored_sheet)]
    csv_files = export_runs(repo, runs, "csv", tmp_path / "csv", summary=True)
    xlsx_files = export_runs(repo, runs, "xlsx", tmp_path / "xlsx", summary=True)
    summary = read_csv(csv_files[-1])
    assert tuple(summary[0]) == SUMMARY_COLUMNS
    assert SUMMARY_COLUMNS[-3:] == ("computed_total", "computed_percent", "computed_passed")
    plain, overridden = (dict(zip(SUMMARY_COLUMNS, row, strict=True)) for row in summary[1:])
    expected = counted_by_hand(scored_sheet)
    percent = percent_of(expected, scored_sheet.maximum)
    assert (float(overridden["total"]), float(overridden["percent"])) == (expected, percent)
    assert float(overridden["computed_total"]) == scored_sheet.total
    assert float(overridden["computed_percent"]) == scored_sheet.percent
    assert overridden["computed_passed"] == ("yes" if scored_sheet.passed else "no")
    assert plain["total"] == plain["computed_total"] == f"{scored_sheet.total:g}"
    assert plain["passed"] == plain["computed_passed"]
    sheet = openpyxl.load_workbook(xlsx_files[-1])["Summary"]
    header, *rows = list(sheet.iter_rows(values_only=True))
    assert header == SUMMARY_COLUMNS
    cells = dict(zip(header, rows[1], strict=True))
    assert (cells["total"], cells["computed_total"]) == (expected, scored_sheet.total)
    assert (cells["percent"], cells["computed_percent"]) == (percent, scored_sheet.percent)
    assert sheet.auto_filter.ref == f"A1:R{len(runs) + 1}"  # the filter takes the new columns


def test_the_dutch_summary_names_the_computed_columns_in_dutch(
    repo: Repository, scored_sheet: ScoreSheet, tmp_path: Path
) -> None:
    run = overridden_run(repo, scored_sheet)
    i18n.use_language("nl")
    try:
        files = export_runs(repo, [run, record(repo, scored_sheet)], "csv", tmp_path, summary=True)
    finally:
        i18n.use_language("en")
    header = read_csv(files[-1])[0]
    assert header[-3:] == ["berekend_totaal", "berekend_percentage", "berekend_geslaagd"]


def test_the_pdf_summary_gives_the_total_that_counts_and_the_computed_under_it(
    repo: Repository, scored_sheet: ScoreSheet, tmp_path: Path, qapp: object
) -> None:
    runs = [overridden_run(repo, scored_sheet), record(repo, scored_sheet)]
    files = export_runs(repo, runs, "pdf", tmp_path, summary=True)
    text = pdf_text(files[-1])
    expected = counted_by_hand(scored_sheet)
    assert f"{expected:g} / {scored_sheet.maximum:g}" in text
    assert f"with overrides; computed {scored_sheet.total:g}, {scored_sheet.percent:.1f} %" in text
    assert text.count("with overrides") == 1  # the plain run has none


def test_the_pdf_sheet_says_the_result_with_the_overrides_under_the_computed_one(
    repo: Repository, scored_sheet: ScoreSheet, tmp_path: Path, qapp: object
) -> None:
    run = overridden_run(repo, scored_sheet)
    [path] = export_runs(repo, [run], "pdf", tmp_path)
    expected = counted_by_hand(scored_sheet)
    percent = percent_of(expected, scored_sheet.maximum)
    passed = "passed" if counted_score_passed(repo, run) else "failed"
    line = (
        f"With the instructor's overrides: {expected:g} of {scored_sheet.maximum:g} points, "
        f"{percent:.1f} %, {passed}"
    )
    assert line in pdf_text(path)


def counted_score_passed(repo: Repository, run: int) -> bool:
    return repo.sheet_summaries()[run].passed


def test_the_xlsx_sheet_gives_the_result_with_the_overrides_in_its_facts(
    repo: Repository, scored_sheet: ScoreSheet, tmp_path: Path
) -> None:
    runs = [overridden_run(repo, scored_sheet), record(repo, scored_sheet)]
    overridden, plain = (
        facts(openpyxl.load_workbook(path)["Score"])
        for path in export_runs(repo, runs, "xlsx", tmp_path, summary=False)
    )
    expected = counted_by_hand(scored_sheet)
    percent = percent_of(expected, scored_sheet.maximum)
    passed = "passed" if counted_score_passed(repo, runs[0]) else "failed"
    assert overridden["With the instructor's overrides"] == (
        f"{expected:g} of {scored_sheet.maximum:g} points, {percent:.1f} %, {passed}"
    )
    assert overridden["Total"] == scored_sheet.total  # the computed total stays at the top
    assert plain["With the instructor's overrides"] is None


def test_the_pdf_summary_counts_a_run_passed_by_the_overrides_as_passed(
    repo: Repository, scored_sheet: ScoreSheet, tmp_path: Path, qapp: object
) -> None:
    assert not scored_sheet.passed
    run = record(repo, scored_sheet)
    for position, item in enumerate(scored_sheet.items):  # the instructor gives it all
        repo.review_item(run, position, override_points=max(item.max_points, 0.0))
    assert repo.sheet_summaries()[run].passed
    files = export_runs(repo, [run, record(repo, scored_sheet)], "pdf", tmp_path, summary=True)
    text = pdf_text(files[-1])
    assert "1 passed · 1 failed" in text
