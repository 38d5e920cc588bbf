"""`drone-trainer export --run 1 --run 1` wrote run 1's sheet twice ('run1 (2).csv') and listed
it twice in the summary."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SCENARIOS
from trainer.export import export_runs
from trainer.launch import Workspace
from trainer.records import Repository, open_database
from trainer.scoring.bots import make_bot
from trainer.training_run import run_headless


def test_a_run_named_twice_is_exported_once(tmp_path: Path) -> None:
    repository = Repository(open_database(tmp_path / "records.sqlite"))
    prepared = Workspace().prepare(SCENARIOS / "two-drones.yaml")
    run_id = run_headless(prepared, make_bot("idle", prepared.scenario), recorder=repository).run_id
    assert run_id is not None
    files = export_runs(repository, [run_id, run_id], "csv", tmp_path / "out")
    assert [f.name for f in files] == [f"(no-trainee)_two-drones_run{run_id}.csv"]
