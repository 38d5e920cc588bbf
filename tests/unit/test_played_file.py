"""A recorded run finds the scenario file it was played from: by the path recorded, which is
always absolute, or, when that file is gone or changed, by its content among the bundled ones."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import SCENARIOS
from trainer.export.sheet_data import played_scenario
from trainer.launch import Workspace
from trainer.played_file import locate_played_file
from trainer.records import Repository, open_database
from trainer.replay import ReplayError, load_replay
from trainer.scoring.bots import make_bot
from trainer.training_run import file_sha256, run_headless

HOBBY = "hobby-drone-approach-23.yaml"


def _record(workspace: Workspace, scenario: Path, db: Path) -> tuple[Repository, int]:
    repository = Repository(open_database(db))
    prepared = workspace.prepare(scenario)
    run_id = run_headless(prepared, make_bot("idle", prepared.scenario), recorder=repository).run_id
    assert run_id is not None
    return repository, run_id


def test_a_run_of_a_relative_path_is_recorded_with_the_absolute_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "class"
    folder.mkdir()
    shutil.copy(SCENARIOS / "two-drones.yaml", folder / "mine.yaml")
    monkeypatch.chdir(folder)  # `drone-trainer run mine.yaml` from the scenario's folder
    workspace = Workspace()
    assert workspace.prepare(Path("mine.yaml")).path == folder / "mine.yaml"
    repository, run_id = _record(workspace, Path("mine.yaml"), tmp_path / "r.sqlite")
    assert repository.run(run_id).scenario_file == str(folder / "mine.yaml")
    monkeypatch.chdir(tmp_path)  # the debrief, later, started from anywhere
    assert load_replay(repository, run_id, workspace).prepared.path == folder / "mine.yaml"


def test_a_run_whose_file_is_gone_replays_from_the_bundled_file_of_the_same_content(
    tmp_path: Path,
) -> None:
    """A reinstall moves the bundled scenarios; a copy of one is deleted after class."""
    copy = tmp_path / "copy-of-hobby.yaml"
    shutil.copy(SCENARIOS / HOBBY, copy)
    workspace = Workspace()
    repository, run_id = _record(workspace, copy, tmp_path / "r.sqlite")
    run = repository.run(run_id)
    copy.unlink()
    bundled = locate_played_file(run.scenario_file, run.file_sha256)
    assert bundled is not None and bundled.name == HOBBY
    replay = load_replay(repository, run_id, workspace)
    assert replay.prepared.path == bundled
    assert any(copy.name in w and HOBBY in w for w in replay.warnings)
    # The sheet's export reads the scenario's Dutch title and difficulty from it too.
    assert played_scenario(run.scenario_file, run.file_sha256)["difficulty"] == 2


def test_a_changed_file_is_replaced_by_a_bundled_one_as_played_else_it_is_an_error(
    tmp_path: Path,
) -> None:
    copy = tmp_path / "hobby.yaml"
    shutil.copy(SCENARIOS / HOBBY, copy)
    workspace = Workspace()
    repository, run_id = _record(workspace, copy, tmp_path / "r.sqlite")
    run = repository.run(run_id)
    copy.write_text(copy.read_text(encoding="utf-8") + "\n# edited after class\n", "utf-8")
    found = locate_played_file(run.scenario_file, run.file_sha256)
    assert found is not None and found.name == HOBBY
    assert load_replay(repository, run_id, workspace).prepared.path == found
    # A file of its own that is gone, with nothing of the same content: the error names it.
    unique = tmp_path / "unique.yaml"
    unique.write_text(copy.read_text(encoding="utf-8").replace("seed: 7", "seed: 9"), "utf-8")
    prepared = workspace.prepare(unique)
    repository2, run2 = _record(workspace, unique, tmp_path / "r2.sqlite")
    assert repository2.run(run2).file_sha256 == file_sha256(prepared)
    unique.unlink()
    assert locate_played_file(str(unique), repository2.run(run2).file_sha256) is None
    with pytest.raises(ReplayError, match=r"unique\.yaml"):
        load_replay(repository2, run2, workspace)
