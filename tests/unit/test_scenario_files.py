"""Every place that reads a folder of scenarios takes the same files: *.yaml and *.yml."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import SCENARIOS
from trainer.cli import main as cli_main
from trainer.launch import Workspace
from trainer.library import ScenarioLibrary
from trainer.scenario.files import scenario_files

HOBBY = SCENARIOS / "hobby-drone-approach-23.yaml"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Scenarios saved with each ending an author may use, and what is not a scenario."""
    folder = tmp_path / "mine"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(HOBBY, folder / "a.yaml")
    shutil.copy(HOBBY, folder / "b.yml")
    shutil.copy(HOBBY, folder / "C.YML")  # saved by a Windows tool in capitals
    (folder / "broken.yml").write_text("format: 1\ntitle: [\n", encoding="utf-8")
    (folder / "notes.txt").write_text("not a scenario", encoding="utf-8")
    (folder / "folder.yaml").mkdir()  # a folder, whatever its name
    shutil.copy(HOBBY, folder / "sub" / "d.yml")
    return folder


def test_scenario_files_are_yaml_and_yml_in_any_case(folder: Path) -> None:
    names = [p.name for p in scenario_files(folder)]
    assert names == ["C.YML", "a.yaml", "b.yml", "broken.yml"]
    assert [p.name for p in scenario_files(folder, recursive=True)][-1] == "d.yml"


def test_validate_of_a_folder_checks_its_yml_files(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli_main(["validate", str(folder)]) == 1  # broken.yml is checked, not skipped
    out, err = capsys.readouterr()
    assert f"{folder / 'b.yml'}: ok" in out and f"{folder / 'C.YML'}: ok" in out
    assert f"{folder / 'broken.yml'}:" in out and "not valid YAML" in out
    assert "3 valid, 1 broken" in err
    assert "notes.txt" not in out and "folder.yaml" not in out


def test_the_library_and_validate_list_the_same_files(
    folder: Path, workspace: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    library = ScenarioLibrary(workspace, folder)
    listed = {e.path for e in library.entries if e.source == "user"}
    cli_main(["validate", str(folder)])
    checked = {
        Path(line.rsplit(": ok", 1)[0])
        for line in capsys.readouterr().out.splitlines()
        if line.endswith(": ok")
    }
    assert checked | {folder / "broken.yml"} == {p for p in listed if p.parent == folder}
