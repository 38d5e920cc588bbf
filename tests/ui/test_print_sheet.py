"""A printed score sheet says what its PDF says, footer included, in the language spoken."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QPdfWriter

from trainer.export import gather
from trainer.export.pdf_export import print_sheet
from trainer.records import Repository, open_database
from trainer.scoring.sheet import ItemCategory, ScoreItem, ScoreSheet

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
