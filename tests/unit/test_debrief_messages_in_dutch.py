"""What goes wrong in a debrief or an export is said in the language spoken: a Dutch instructor
got 'run 16 ... has no score sheet to export' and 'its scenario file ... is not there any more'."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from tests.conftest import SCENARIOS
from trainer import i18n
from trainer.export import export_runs, export_session
from trainer.export.sheet_data import ExportError
from trainer.launch import Workspace
from trainer.records import Repository, open_database
from trainer.replay import ReplayError, load_replay
from trainer.scoring.bots import make_bot
from trainer.training_run import run_headless


@pytest.fixture
def repository(tmp_path: Path) -> Repository:
    return Repository(open_database(tmp_path / "records.sqlite"))


def _unscored_run(repository: Repository, session_id: int | None = None) -> int:
    run_id = repository.start_run(
        scenario_id="two-drones",
        scenario_title="Two drones",
        scenario_file=str(SCENARIOS / "two-drones.yaml"),
        file_sha256="0" * 64,
        seed=1,
        app_version="test",
        session_id=session_id,
    )
    repository.close_run(run_id, "aborted", 75.0)  # left by a restart: no sheet
    return run_id


def test_export_refusals_are_dutch(repository: Repository, tmp_path: Path) -> None:
    i18n.use_language("nl")
    run_id = _unscored_run(repository)
    with pytest.raises(ExportError) as refused:
        export_runs(repository, [run_id], "csv", tmp_path / "out")
    said = str(refused.value)
    assert "heeft geen scoreformulier om te exporteren" in said and "afgebroken" in said
    assert f"drone-trainer rescore --db {repository.file} --run {run_id}" in said
    session = repository.add_session("Les 3")
    _unscored_run(repository, session)
    with pytest.raises(ExportError, match=r"les .* heeft geen gescoorde oefeningen"):
        export_session(repository, session, "csv", tmp_path / "out")
    with pytest.raises(ExportError, match="geen oefeningen om te exporteren"):
        export_runs(repository, [], "csv", tmp_path / "out")
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    with pytest.raises(ExportError, match="kan de map niet maken"):
        _export_into(repository, blocked / "out")


def _export_into(repository: Repository, folder: Path) -> None:
    """A scored run exported into a folder that cannot be made."""
    prepared = Workspace().prepare(SCENARIOS / "two-drones.yaml")
    result = run_headless(prepared, make_bot("idle", prepared.scenario), recorder=repository)
    assert result.run_id is not None
    export_runs(repository, [result.run_id], "csv", folder)


def test_a_session_summary_is_titled_in_dutch(repository: Repository, tmp_path: Path) -> None:
    prepared = Workspace().prepare(SCENARIOS / "two-drones.yaml")
    session = repository.add_session("Ochtend")
    run_headless(
        prepared, make_bot("idle", prepared.scenario), recorder=repository, session_id=session
    )
    i18n.use_language("nl")
    files = export_session(repository, session, "xlsx", tmp_path)
    summary = load_workbook(files[-1])
    assert summary.properties.title == f"Ochtend (les {session})"
    sheet = export_session(repository, session, "csv", tmp_path)[0]
    with sheet.open(encoding="utf-8-sig", newline="") as file:
        assert next(csv.reader(file))[0] == "oefening_id"


def test_replay_warnings_and_refusals_are_dutch(repository: Repository, tmp_path: Path) -> None:
    own = tmp_path / "eigen.yaml"
    text = (SCENARIOS / "hobby-drone-approach-23.yaml").read_text(encoding="utf-8")
    own.write_text(
        text.replace("duration_s: 600", "duration_s: 60").replace("at_s: 520", "at_s: 50"),
        encoding="utf-8",
    )
    workspace = Workspace()
    prepared = workspace.prepare(own)
    run_id = run_headless(prepared, make_bot("idle", prepared.scenario), recorder=repository).run_id
    assert run_id is not None
    i18n.use_language("nl")
    own.write_text(own.read_text(encoding="utf-8") + "\n# later\n", encoding="utf-8")
    assert load_replay(repository, run_id, workspace).warnings == (
        f"eigen.yaml is gewijzigd sinds oefening {run_id} is gemaakt; de herhaling kan ervan "
        "afwijken",
    )
    own.unlink()
    with pytest.raises(ReplayError, match=f"oefening {run_id}: haar scenariobestand .* niet meer"):
        load_replay(repository, run_id, workspace)
    # A bundled scenario's copy that is gone replays from the bundled file, and says so.
    copy = tmp_path / "kopie.yaml"
    shutil.copy(SCENARIOS / "two-drones.yaml", copy)
    prepared = workspace.prepare(copy)
    run2 = run_headless(prepared, make_bot("idle", prepared.scenario), recorder=repository).run_id
    assert run2 is not None
    copy.unlink()
    (warning,) = load_replay(repository, run2, workspace).warnings
    assert "kopie.yaml" in warning and "two-drones.yaml" in warning and "meegeleverde" in warning


def test_the_dutch_class_summary_breaks_no_word(repository: Repository, tmp_path: Path) -> None:
    """'Oefe|ning', 'GESLAA|GD' and '100,0|%' were split over two lines in the Dutch summary."""
    prepared = Workspace().prepare(SCENARIOS / "two-drones.yaml")
    session = repository.add_session("Ochtend")
    for bot in ("perfect", "idle"):
        run_headless(
            prepared, make_bot(bot, prepared.scenario), recorder=repository, session_id=session
        )
    i18n.use_language("nl")
    summary = export_session(repository, session, "pdf", tmp_path)[-1]
    lines = PdfReader(summary).pages[0].extract_text().replace("\t", " ").splitlines()
    for heading in ("Oefening", "Resultaat", "Verstoring"):
        assert heading in lines
    assert "GESLAAGD" in lines and "NIET" in lines  # 'NIET GESLAAGD' may break at its space
    assert "100,0 %" in lines and "0,0 %" in lines
    # No instructor: a dash as everywhere on the sheets ('–'), not a hyphen.
    assert any(line.startswith("Instructeur: \u2013 ·") for line in lines), lines[:5]


def test_a_pdf_that_cannot_be_written_says_so_in_dutch(
    repository: Repository, tmp_path: Path
) -> None:
    from trainer.export import gather
    from trainer.export.pdf_export import write_sheet_pdf

    prepared = Workspace().prepare(SCENARIOS / "two-drones.yaml")
    run_id = run_headless(prepared, make_bot("idle", prepared.scenario), recorder=repository).run_id
    assert run_id is not None
    i18n.use_language("nl")
    with pytest.raises(ExportError, match="kan het pdf-bestand niet schrijven"):
        write_sheet_pdf(gather(repository, run_id), tmp_path / "no-such-folder" / "x.pdf")
