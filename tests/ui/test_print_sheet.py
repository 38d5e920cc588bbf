"""A printed score sheet says what its PDF says, footer included, in the language spoken."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtGui import QPdfWriter

from trainer.export import gather
from trainer.export.pdf_export import print_sheet, write_sheet_pdf
from trainer.i18n import msg
from trainer.records import Repository, open_database
from trainer.scoring.sheet import Due, ItemCategory, ScoreItem, ScoreSheet

ITEM = ScoreItem(20, 20, ItemCategory.EXPECTED, "+20 informed Twente Radio", "i1", 146.0)
SHEET = ScoreSheet("hobby-drone-approach-23", 7, (ITEM,), 20, 20, 100.0, 70, True, 0, 0)


def printed_text(tmp_path: Path) -> str:
    """One recorded run printed on a PDF writer standing in for the printer; its text."""
    pypdf = pytest.importorskip("pypdf")
    db = open_database(tmp_path / "records.sqlite")
    repo = Repository(db)
    run = repo.start_run(
        scenario_id="hobby-drone-approach-23",
        scenario_title="Hobby drone in the approach to runway 23",
        scenario_file="hobby-drone-approach-23.yaml",
        file_sha256="0" * 64,
        seed=7,
        app_version="0.1.0",
        trainee_id=repo.add_trainee("Anna de Vries"),
    )
    repo.close_run(run, "finished", 600.0, SHEET)
    printer = QPdfWriter(str(tmp_path / "printed.pdf"))
    pages = print_sheet(gather(repo, run), printer)
    del printer  # the file is complete once the writer is gone
    db.close()
    assert pages == 1
    text = "\n".join(p.extract_text() for p in pypdf.PdfReader(tmp_path / "printed.pdf").pages)
    return re.sub(r"\s+", " ", text)


def test_a_sheet_printed_in_dutch_has_a_dutch_footer(tmp_path: Path, dutch_windows: None) -> None:
    text = printed_text(tmp_path)
    assert "Scoreformulier · oefening 1 · Anna de Vries · hobby-drone-approach-23" in text
    assert "Pagina 1 van 1" in text
    assert "Score sheet" not in text  # the footer was English whatever the language


def test_a_sheet_printed_in_english_has_the_pdfs_footer(tmp_path: Path, qapp: object) -> None:
    text = printed_text(tmp_path)
    assert "Score sheet · run 1 · Anna de Vries · hobby-drone-approach-23" in text
    assert "Page 1 of 1" in text


def sheet_with(items: int, missed: int, windows: bool = False) -> ScoreSheet:
    """`items` expected items, then `missed` missed required ones (their reasons run long);
    with `windows`, each item has the line saying when it was due under its reason."""

    def due(i: int) -> Due | None:
        return Due(float(i), 30.0, msg("did.inform_radio")) if windows else None

    done = tuple(
        ScoreItem(
            5, 5, ItemCategory.EXPECTED, f"+5 step {i} done in time (window 30 s)", "i", i,
            i + 1, None, due(i),
        )
        for i in range(items)
    )  # fmt: skip
    late = tuple(
        ScoreItem(
            0, 10, ItemCategory.MISSED, f"0/10 required step {i} never done " * 3, "i", None,
            None, None, due(i),
        )
        for i in range(missed)
    )  # fmt: skip
    total, maximum = 5 * items, 5 * items + 10 * missed
    return ScoreSheet("long", 1, done + late, total, maximum, 50.0, 70, False, 0, 0)


def pages_of(tmp_path: Path, sheet: ScoreSheet) -> list[str]:
    """Each page's text of the sheet as a PDF, whitespace squeezed."""
    db = open_database(tmp_path / "records.sqlite")
    repo = Repository(db)
    run = repo.start_run(
        scenario_id="long",
        scenario_title="A long one",
        scenario_file="long.yaml",
        file_sha256="0" * 64,
        seed=1,
        app_version="0.1.0",
        trainee_id=repo.add_trainee("Anna de Vries"),
    )
    repo.close_run(run, "finished", 600.0, sheet)
    path = tmp_path / "sheet.pdf"
    write_sheet_pdf(gather(repo, run), path)
    db.close()
    return [re.sub(r"\s+", " ", text) for text in page_texts(path)]


def page_texts(path: Path) -> list[str]:
    """Each page's text, by poppler's pdftotext where there is one (pypdf took ~0.13 s a page,
    most of the page-break tests' time), else by pypdf."""
    if shutil.which("pdftotext"):
        out = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"],
                             capture_output=True, check=True).stdout.decode("utf-8")  # fmt: skip
        return out.split("\f")[:-1]  # each page ends with a form feed
    pypdf = pytest.importorskip("pypdf", reason="needs pdftotext or pypdf to read a PDF")
    return [page.extract_text() for page in pypdf.PdfReader(path).pages]


def test_a_page_break_never_leaves_the_signatures_or_the_missed_list_on_their_own(
    tmp_path: Path, qapp: object
) -> None:
    """Sheets of every length round the end of the first page: the signatures share their page
    with the record line (run, seed, status), the missed actions with their heading. Before,
    the signatures could stand alone on the last page, and the heading end page 1."""
    for items in range(10, 26):
        for missed in (0, 2):
            folder = tmp_path / f"{items}-{missed}"
            folder.mkdir()
            pages = pages_of(folder, sheet_with(items, missed))
            [signed] = [p for p in pages if "SIGNATURE TRAINEE" in p]
            assert "Run 1 · seed 1 ·" in signed, (items, missed, len(pages))
            if missed:
                [heading] = [p for p in pages if "Required actions missed" in p]
                listed = heading.split("Required actions missed", 1)[1]
                assert listed.count("never done") == 3 * missed, (items, missed, len(pages))


def test_the_due_lines_keep_the_page_rules(tmp_path: Path, qapp: object) -> None:
    """With a 'due ... · on time' line under each reason the rows are taller and the page ends
    after fewer items; the signatures and the missed list still never stand alone."""
    for items in range(6, 19):
        folder = tmp_path / str(items)
        folder.mkdir()
        pages = pages_of(folder, sheet_with(items, 2, windows=True))
        assert sum(p.count("· on time (done") for p in pages) == items, items
        [signed] = [p for p in pages if "SIGNATURE TRAINEE" in p]
        assert "Run 1 · seed 1 ·" in signed, (items, len(pages))
        [heading] = [p for p in pages if "Required actions missed" in p]
        assert heading.split("Required actions missed", 1)[1].count("never done") == 6, items
