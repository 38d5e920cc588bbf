"""The PDF's footer and document title are one line whatever the record holds: a trainee's
name with a line break (a record made before names were taken as one line, or written by
another program) broke the footer in two, and its second line was cut off at the page's edge."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.hobby_run import SCENARIO
from trainer.export import export_runs
from trainer.records import Repository, RunStatus
from trainer.scoring.sheet import ScoreSheet


def test_a_name_with_line_breaks_is_one_line_in_the_footer_and_title(
    repo: Repository, scored_sheet: ScoreSheet, tmp_path: Path, qapp: object
) -> None:
    pypdf = pytest.importorskip("pypdf")
    run = repo.start_run(
        scenario_id="hobby-drone-approach-23",
        scenario_title="Hobby drone\nin the approach",
        scenario_file=str(SCENARIO),
        file_sha256="0" * 64,
        seed=scored_sheet.seed,
        app_version="0.1.0",
        trainee_id=repo.add_trainee("Anna\nde Vries\r\n\tB2"),
    )
    repo.close_run(run, RunStatus.FINISHED, 600.0, scored_sheet)
    (path,) = export_runs(repo, [run], "pdf", tmp_path)
    reader = pypdf.PdfReader(path)
    footer = f"Score sheet · run {run} · Anna de Vries B2 · hobby-drone-approach-23"
    for page in reader.pages:
        assert footer in page.extract_text().replace("\t", " ")  # one line, each page
    assert reader.metadata is not None
    assert reader.metadata.title == "Score sheet: Anna de Vries B2, Hobby drone in the approach"
