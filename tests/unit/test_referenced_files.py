"""Files a scenario names, written on Windows with '\\' between folders, are found elsewhere;
a path that can only work on one Windows PC says so when its file is missing."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.unit.flightlog_writers import write_csv
from tests.unit.scenario_factory import drone, prepare
from tests.unit.test_airspace_imports import LOCAL_OPENAIR, NORTH_EAST, imports
from tests.unit.test_log_flight import circling_fixes, log_drone
from trainer.errors import ScenarioError
from trainer.launch import Workspace
from trainer.scenario.referenced_files import path_to_write, referenced_path, windows_path_hint


@pytest.fixture(scope="module")
def workspace() -> Workspace:
    return Workspace()


def test_a_backslash_path_is_found_when_its_folders_exist(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "nl.txt").write_text("x", encoding="utf-8")
    assert referenced_path("data\\nl.txt", tmp_path) == tmp_path / "data" / "nl.txt"
    assert referenced_path(".\\data\\nl.txt", tmp_path).resolve() == tmp_path / "data" / "nl.txt"
    assert referenced_path("data/nl.txt", tmp_path) == tmp_path / "data" / "nl.txt"


@pytest.mark.skipif(sys.platform == "win32", reason="'\\' cannot be in a Windows file name")
def test_a_file_whose_name_has_a_backslash_wins_over_the_folder_reading(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "nl.txt").write_text("folder", encoding="utf-8")
    (tmp_path / "data\\nl.txt").write_text("name", encoding="utf-8")
    assert referenced_path("data\\nl.txt", tmp_path) == tmp_path / "data\\nl.txt"


def test_a_missing_file_stays_as_written(tmp_path: Path) -> None:
    assert referenced_path("data\\nl.txt", tmp_path) == tmp_path / "data\\nl.txt"
    assert referenced_path("nl.txt", None) == Path("nl.txt")


@given(st.text(st.sampled_from("ab.\\/:~ C"), max_size=12))
def test_any_written_path_gives_a_path_and_never_raises(written: str) -> None:
    assert isinstance(referenced_path(written, Path("/nowhere-at-all")), Path)
    assert isinstance(windows_path_hint(written), str)


def test_hints_name_what_is_windows_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    assert "'/'" in windows_path_hint("data\\nl.txt")
    assert "drive letter" in windows_path_hint("C:\\Users\\anna\\nl.txt")
    assert "drive letter" in windows_path_hint("D:/logs/flight.csv")
    assert "drive letter" in windows_path_hint("\\\\school\\share\\nl.txt")
    assert windows_path_hint("data/nl.txt") == ""
    monkeypatch.setattr(sys, "platform", "win32")
    assert windows_path_hint("C:\\Users\\anna\\nl.txt") == ""  # there it is an ordinary path


def test_an_airspace_import_written_on_windows_loads(workspace: Workspace, tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "local.txt").write_text(LOCAL_OPENAIR, encoding="utf-8")
    start = drone("d1", 52.39, 7.00, NORTH_EAST, alt_agl_m=80)
    item = {"file": "data\\local.txt", "format": "openair", "kinds": ["restricted"]}
    run = prepare(workspace, tmp_path, [start], **imports(item))
    assert "ed-r37a-nordhorn-illustrative" in {z.id for z in run.world.airspace.zones}


def test_a_recorded_flight_written_on_windows_loads(workspace: Workspace, tmp_path: Path) -> None:
    (tmp_path / "logs").mkdir()
    write_csv(tmp_path / "logs" / "circle.csv", circling_fixes())
    run = prepare(workspace, tmp_path, [log_drone("logs\\circle.csv")], duration_s=60)
    assert run.engine() is not None


@pytest.mark.skipif(sys.platform == "win32", reason="the hints are for other systems")
def test_missing_windows_paths_say_why(workspace: Workspace, tmp_path: Path) -> None:
    start = drone("d1", 52.39, 7.00, NORTH_EAST, alt_agl_m=80)
    item = {"file": "C:\\Users\\anna\\nl.txt", "format": "openair"}
    drones = [start, log_drone("logs\\missing.csv")]
    with pytest.raises(ScenarioError) as caught:
        prepare(workspace, tmp_path, drones, **imports(item))
    by_field = {p.field: p.message for p in caught.value.problems}
    assert "cannot read" in by_field["airspace.imports[0].file"]
    assert "drive letter" in by_field["airspace.imports[0].file"]
    assert "missing.csv" in by_field["drones[1].behaviour.file"]
    assert "only on Windows" in by_field["drones[1].behaviour.file"]


def test_a_file_in_or_below_the_scenarios_folder_is_named_relative_to_it(tmp_path: Path) -> None:
    scenario = tmp_path / "lessons" / "week 3" / "flight.yaml"
    assert path_to_write(tmp_path / "lessons" / "week 3" / "f.ulg", scenario) == "f.ulg"
    below = tmp_path / "lessons" / "week 3" / "logs" / "f.ulg"
    assert path_to_write(below, scenario) == "logs/f.ulg"


def test_a_file_outside_the_scenarios_folder_is_named_by_its_full_path(tmp_path: Path) -> None:
    scenario = tmp_path / "lessons" / "week 3" / "flight.yaml"
    beside = tmp_path / "lessons" / "logs" / "f.ulg"  # was '../logs/f.ulg': lost when moved
    assert path_to_write(beside, scenario) == beside.as_posix()
    assert Path(path_to_write(tmp_path / "f.ulg", scenario)).is_absolute()


def test_relative_arguments_are_taken_from_the_working_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(tmp_path / "elsewhere")
    scenario = Path("../lesson/flight.yaml")
    assert path_to_write(Path("../lesson/logs/../logs/f.csv"), scenario) == "logs/f.csv"
    assert path_to_write(Path("f.csv"), scenario) == (tmp_path / "elsewhere" / "f.csv").as_posix()


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need rights on Windows")
def test_a_folder_reached_through_a_link_is_still_the_scenarios_folder(tmp_path: Path) -> None:
    real = tmp_path / "real"
    (real / "logs").mkdir(parents=True)
    (tmp_path / "link").symlink_to(real)
    scenario = tmp_path / "link" / "flight.yaml"
    assert path_to_write(real / "logs" / "f.ulg", scenario) == "logs/f.ulg"
    assert path_to_write(tmp_path / "link" / "logs" / "f.ulg", scenario) == "logs/f.ulg"


_PART = st.sampled_from(["a", "b", "logs", "week 3", "Ütrecht"])


@given(
    scenario_parts=st.lists(_PART, min_size=0, max_size=3),
    file_parts=st.lists(_PART, min_size=0, max_size=4),
)
def test_what_is_written_is_where_the_loader_looks(
    tmp_path_factory: pytest.TempPathFactory, scenario_parts: list[str], file_parts: list[str]
) -> None:
    root = tmp_path_factory.getbasetemp().resolve()
    scenario = root.joinpath(*scenario_parts, "s.yaml")
    target = root.joinpath(*file_parts, "f.ulg")
    written = path_to_write(target, scenario)
    assert referenced_path(written, scenario.parent).resolve() == target
    inside = target.is_relative_to(scenario.parent)
    assert Path(written).is_absolute() is not inside
    assert ".." not in Path(written).parts
