"""Runs put in the record as the window leaves them, for the tests of what lists runs (the run
picker, the trainee's progress)."""

from __future__ import annotations

from pathlib import Path

from trainer.launch import Workspace
from trainer.records import Repository
from trainer.scenario.model import Scenario


def finished_run(
    repository: Repository, trainee_id: int, file: Path, workspace: Workspace
) -> tuple[int, Scenario]:
    """A run of the scenario in `file` for the trainee, recorded and finished, not yet scored:
    its id and the scenario (whose id and seed a sheet for it must carry)."""
    scenario = workspace.prepare(file).scenario
    run = repository.start_run(
        scenario_id=scenario.id,
        scenario_title=scenario.title,
        scenario_file=str(file),
        file_sha256="0" * 64,
        seed=scenario.seed,
        app_version="test",
        trainee_id=trainee_id,
    )
    repository.finish_run(run)
    return run, scenario
