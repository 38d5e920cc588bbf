"""The instructor's review of a sheet in the debrief: a note and an override per item, kept
beside the computed score, written as typed, and printed on every export."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from tests.e2e.test_export import pdf_text, squeeze
from tests.ui.tooltip_text import shown
from tests.unit.test_export import SHEET, scored_run
from trainer.errors import TrainerError
from trainer.export import export_runs
from trainer.records import Repository, open_database
from trainer.ui.review_panel import OVERRIDE, ReviewPanel, parse_points


@pytest.fixture
def repo(tmp_path: Path) -> Repository:
    return Repository(open_database(tmp_path / "records.sqlite"))


@pytest.fixture
def panel(qtbot: QtBot, repo: Repository) -> ReviewPanel:
    run = scored_run(repo)
    sheet = repo.sheet(run)
    assert sheet is not None
    panel = ReviewPanel(repo, run, sheet)
    qtbot.addWidget(panel)
    panel.show()
    return panel


@pytest.mark.parametrize(
    ("text", "value"), [("5", 5.0), ("-2.5", -2.5), ("+10", 10.0), ("5,5", 5.5), ("  ", None)]
)
def test_points_as_people_type_them(text: str, value: float | None) -> None:
    assert parse_points(text) == value


@pytest.mark.parametrize("text", ["five", "nan", "inf", "1e999", "5 points"])
def test_what_is_not_points_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_points(text)


def test_a_review_is_written_as_typed_and_never_changes_the_computed_score(
    panel: ReviewPanel, repo: Repository, qtbot: QtBot
) -> None:
    run = panel.run_id
    computed = repo.sheet(run)
    # Typed into the table as a person does: select the cell, type, Enter.
    panel.table.setCurrentCell(1, OVERRIDE)
    qtbot.keyClicks(panel.table, "7")  # any key opens the cell's editor with that key in it
    editor = panel.table.findChild(QLineEdit)
    assert editor is not None and editor.text() == "7"
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # Qt commits the edit from its event loop
    qtbot.waitUntil(lambda: 1 in repo.item_reviews(run), timeout=2000)
    assert panel.set_review(1, note="Called Twente Radio on the phone; the log missed it.")
    reviews = repo.item_reviews(run)
    assert reviews[1].override_points == 7.0
    assert reviews[1].note.startswith("Called Twente Radio")
    assert reviews[1].item_reason == SHEET.items[1].reason
    assert repo.sheet(run) == computed  # the computed sheet stays as it was
    assert "with the instructor's overrides" in panel.total_label.text()

    # A wrong override is refused with the item named; the stored one stays.
    assert not panel.set_review(1, override="seven")
    assert "Item 2: 'seven' is not a number of points" in panel.message.text()
    assert repo.item_reviews(run)[1].override_points == 7.0
    # A note typed while the override is wrong is kept all the same.
    assert not panel.set_review(1, note="Phone call confirmed.")
    assert repo.item_reviews(run)[1].note == "Phone call confirmed."
    assert repo.item_reviews(run)[1].override_points == 7.0
    # Clearing both removes the review.
    assert panel.set_review(1, override="", note="")
    assert 1 not in repo.item_reviews(run)


def test_hostile_notes_are_kept_as_text(panel: ReviewPanel, repo: Repository) -> None:
    hostile = '=HYPERLINK("http://x")<b>bold</b>\u202e\x00 end'
    panel.set_review(0, note=hostile)
    assert repo.item_reviews(panel.run_id)[0].note == hostile.strip()
    assert not panel.set_review(0, note="x" * 2001)
    assert "at most 2000" in panel.message.text()


def test_every_export_shows_the_review_beside_the_computed_points(
    repo: Repository, tmp_path: Path
) -> None:
    run = scored_run(repo)
    computed = SHEET.items[0].points
    repo.review_item(run, 0, note="=cmd|' /C calc'!A0 good call", override_points=computed - 5)
    [pdf] = export_runs(repo, [run], "pdf", tmp_path)
    text = pdf_text(pdf)
    assert squeeze(f"Instructor: {computed - 5:g} points instead of {computed:g}.") in text
    assert squeeze(f"With the instructor's overrides: {SHEET.total - 5:g}") in text
    assert squeeze(f"{SHEET.total:g} of {SHEET.maximum:g} points") in text  # still there

    [csv_path] = export_runs(repo, [run], "csv", tmp_path)
    with csv_path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert float(rows[0]["points"]) == computed
    assert float(rows[0]["override_points"]) == computed - 5
    assert rows[0]["instructor_note"].startswith("'=cmd")  # a formula start, neutralised
    assert rows[1]["override_points"] == "" and rows[1]["instructor_note"] == ""

    [xlsx] = export_runs(repo, [run], "xlsx", tmp_path)
    ws = openpyxl.load_workbook(xlsx)["Score"]
    notes = [row[8] for row in ws.iter_rows(values_only=True) if len(row) > 8 and row[8]]
    assert notes[0] == "Instructor"
    assert notes[1].startswith(f"Instructor: {computed - 5:g} points instead of {computed:g}.")


@pytest.mark.parametrize(
    ("row", "typed", "low", "high"),
    [(1, "55", "0", "20"), (1, "-1", "0", "20"), (2, "15.5", "0", "15"), (3, "-31", "-30", "0"),
     (3, "5", "-30", "0")],
)  # fmt: skip
def test_an_override_past_what_the_item_can_give_is_refused_and_the_note_kept(
    panel: ReviewPanel, repo: Repository, row: int, typed: str, low: str, high: str
) -> None:
    # 55 typed for 5.5 would lift the total past the sheet's maximum.
    assert panel.set_review(row, override=low)  # the bounds themselves are taken
    assert panel.set_review(row, override=high)
    assert not panel.set_review(row, override=typed, note="seen on the camera")
    shown = panel.message.text()
    assert f"Item {row + 1}: {typed} is outside what this item can give, {low} to {high}" in shown
    stored = repo.item_reviews(panel.run_id)[row]
    assert stored.override_points == float(high) and stored.note == "seen on the camera"
    # The record refuses it too, whoever asks, in the language of the one asking.
    with pytest.raises(TrainerError, match=f"outside what this item can give, {low} to {high}"):
        repo.review_item(panel.run_id, row, override_points=float(typed))


def test_an_override_out_of_range_is_said_in_dutch(
    panel: ReviewPanel, repo: Repository, dutch_windows: None
) -> None:
    assert not panel.set_review(2, override="15,5")
    assert "Regel 3: 15,5 valt buiten wat deze regel kan geven, 0 tot 15" in panel.message.text()
    with pytest.raises(TrainerError, match="valt buiten wat deze regel kan geven, 0 tot 15"):
        repo.review_item(panel.run_id, 2, override_points=15.5)


def test_a_refused_override_stays_marked_after_the_message_moves_on(
    panel: ReviewPanel, repo: Repository
) -> None:
    # 'abc' stayed in its cell looking like an override once the message under the table
    # spoke of another item: the cell itself now says it was not saved.
    assert not panel.set_review(0, override="abc")
    assert not panel.set_review(1, override="99999")
    assert "Item 2" in panel.message.text()
    cell = panel.table.item(0, OVERRIDE)
    assert cell is not None and cell.text() == "abc"
    assert cell.foreground().color().name() == "#c0392b"
    assert "not a number of points; override not saved" in shown(cell.toolTip())
    assert all(r.override_points is None for r in repo.item_reviews(panel.run_id))
