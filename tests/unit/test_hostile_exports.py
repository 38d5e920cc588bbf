"""Every export format with hostile text in every field, each file read back (issue 13.6).

A name pasted from Word (Shift+Enter is \\x0b), a bidi override, a very long title, a formula,
emoji: whatever the record holds, every file written must open in the program that reads it,
show the text cleaned by the one cleaning function (`printable`), and start no formula.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from trainer.export import export_session
from trainer.export.csv_export import ENCODING, neutralise
from trainer.export.sheet_data import printable
from trainer.export.xlsx_export import CELL_LIMIT
from trainer.i18n import msg
from trainer.records import Repository, RunStatus, open_database
from trainer.scoring.sheet import Due, ItemCategory, ScoreItem, ScoreSheet

HOSTILE = {
    "controls": "Anna\x0bde\x00Vries\x1b[31m\x07\x7f\x85\x0c\ufffe end",
    "bidi": "Anna \u202eseirV ed\u202c \u2066Jan\u2069 \u202dx\u202a\u202b",
    "long": "Lange titel van de les " * 1800,  # 41,400 characters: more than an XLSX cell holds
    "formula": '=HYPERLINK("http://x","klik")',
    "hidden formula": "\u200b\uff1dcmd|' /C calc'!A0",
    "emoji": "Drone 🚁 Daan 👩🏽‍✈️ \U0001f9ea",
}
# Characters no file may carry: XML 1.0 refuses the C0 controls but tab, line feed and
# carriage return, and the noncharacters; bidi overrides would make text read differently.
FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufffe]")


def sheet_with_reason(reason: str) -> ScoreSheet:
    """Two items with the hostile text as reason and incident; the first judged a window whose
    expected response the scenario's author named with it too."""
    expected = Due(120.0, 30.0, msg("words.authored", en=reason, nl=reason))
    items = (
        ScoreItem(20, 20, ItemCategory.EXPECTED, reason, reason, 146.0, 1, None, expected),
        ScoreItem(0, 15, ItemCategory.MISSED, reason, None, 75.0),
    )
    return ScoreSheet("hobby-drone-approach-23", 7, items, 20, 35, 57.1, 70, False, 0, 0)


@pytest.fixture(params=sorted(HOSTILE))
def hostile(request: pytest.FixtureRequest) -> str:
    return HOSTILE[request.param]


@pytest.fixture
def lesson(tmp_path: Path, hostile: str) -> Iterator[tuple[Repository, int]]:
    """A class session whose title, instructor, trainee, scenario title and reasons are hostile."""
    db = open_database(tmp_path / "records.sqlite")
    repo = Repository(db)
    session = repo.add_session(hostile, instructor=hostile)
    run = repo.start_run(
        scenario_id="hobby-drone-approach-23",
        scenario_title=hostile,
        scenario_file="hobby-drone-approach-23.yaml",
        file_sha256="0" * 64,
        seed=7,
        app_version="0.1.0",
        trainee_id=repo.add_trainee(hostile),
        session_id=session,
    )
    repo.close_run(run, RunStatus.FINISHED, 600.0, sheet_with_reason(hostile))
    yield repo, session
    db.close()


def export(lesson: tuple[Repository, int], fmt: str, out: Path) -> tuple[Path, Path]:
    repo, session = lesson
    sheet, summary = export_session(repo, session, fmt, out)
    assert summary.name.startswith("summary_session")
    return sheet, summary


def assert_clean(texts: list[str]) -> None:
    for text in texts:
        assert not FORBIDDEN.search(text), repr(text[:80])
        assert neutralise(text) == text, f"formula start: {text[:80]!r}"


def test_printable_leaves_nothing_a_file_cannot_hold(hostile: str) -> None:
    cleaned = printable(hostile)
    assert not FORBIDDEN.search(cleaned)
    assert len(cleaned) == len(hostile)  # replaced by spaces, never cut


def test_csv_reads_back_cleaned_and_formula_safe(
    lesson: tuple[Repository, int], hostile: str, tmp_path: Path
) -> None:
    sheet, summary = export(lesson, "csv", tmp_path)
    for path in (sheet, summary):
        with path.open(encoding=ENCODING, newline="") as file:
            rows = list(csv.reader(file))
        cells = [cell for row in rows[1:] for cell in row]
        assert_clean(cells)
        assert neutralise(printable(hostile)) in cells  # the trainee, and the reasons
    with sheet.open(encoding=ENCODING, newline="") as file:
        first_item = list(csv.reader(file))[1]
    assert first_item[-4:] == ["120", "150", "on time", "on time"]  # the window, whatever the text


def xlsx_texts(path: Path) -> tuple[list[str], str]:
    book = openpyxl.load_workbook(path)  # the issue: this raised on document properties
    texts = [
        cell
        for ws in book.worksheets
        for row in ws.iter_rows(values_only=True)
        for cell in row
        if isinstance(cell, str)
    ]
    return texts, book.properties.title or ""


def test_xlsx_reads_back_cleaned_formula_safe_and_within_excels_limit(
    lesson: tuple[Repository, int], hostile: str, tmp_path: Path
) -> None:
    sheet, summary = export(lesson, "xlsx", tmp_path)
    expected = neutralise(printable(hostile))
    if len(expected) > CELL_LIMIT:
        expected = expected[: CELL_LIMIT - 1] + "\u2026"
    for path in (sheet, summary):
        texts, title = xlsx_texts(path)
        assert_clean(texts)
        assert not FORBIDDEN.search(title)
        assert all(len(text) <= CELL_LIMIT for text in texts)
        assert expected in texts  # the trainee (both files), instructor and reasons (sheet)
    texts, title = xlsx_texts(summary)
    assert title.startswith(printable(hostile)[:100])  # the session title, as a property


@pytest.mark.slow  # the long text lays out as some hundred pages
def test_pdf_reads_back_with_the_text_and_title(
    lesson: tuple[Repository, int], hostile: str, tmp_path: Path, qapp: object
) -> None:
    pypdf = pytest.importorskip("pypdf")
    for path in export(lesson, "pdf", tmp_path):
        reader = pypdf.PdfReader(path)
        # Every page is there with its content; the text of the first and last pages is read
        # back (the header and the hostile text start on the first). Reading all ~190 pages of
        # the long case took pypdf 30-90 s and showed nothing the ends do not.
        assert all(page.get_contents() is not None for page in reader.pages)
        ends = [reader.pages[0], reader.pages[-1]] if len(reader.pages) > 1 else reader.pages
        text = "".join(page.extract_text() for page in ends)
        title = str(reader.metadata.title if reader.metadata else "")
        assert not FORBIDDEN.search(title)
        assert "drone" in text.lower()  # the header, read back
        # Latin words of the hostile text come back (emoji may print as boxes, bidi reorders).
        word = re.search(r"[A-Za-z]{4,}", hostile)
        assert word is not None and word.group() in re.sub(r"\s+", "", text) + title
