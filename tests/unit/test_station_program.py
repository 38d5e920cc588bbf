"""The station program for trainee PCs (packaging/build.py makes it): the build without the
scenarios, marked by trainer/_bundled/station-only.txt. It starts as a station and says what it
is when asked for a scenario; the full program is unchanged."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

import trainer.bundled
import trainer.cli
from trainer.bundled import ASSETS, SCENARIOS, STATION_ONLY, bundled_dir, station_only
from trainer.cli import EXIT_INVALID, main
from trainer.doctor import check_assets
from trainer.errors import TrainerError


@pytest.fixture
def station_program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This process as the station program: the package's _bundled holds the marker and assets
    but no scenarios."""
    package = tmp_path / "trainer"
    (package / "_bundled").mkdir(parents=True)
    (package / "_bundled" / STATION_ONLY).write_text("station", encoding="utf-8")
    (package / "_bundled" / ASSETS).symlink_to(bundled_dir(ASSETS), target_is_directory=True)
    monkeypatch.setattr(trainer.bundled, "PACKAGE", package)
    return package


def test_the_full_program_is_no_station_program() -> None:
    assert not station_only()
    assert bundled_dir(SCENARIOS).is_dir()


def test_the_station_program_has_no_scenarios_and_says_why(station_program: Path) -> None:
    assert station_only()
    assert bundled_dir(ASSETS) == station_program / "_bundled" / ASSETS  # its maps are there
    with pytest.raises(TrainerError, match="station program for trainee PCs"):
        bundled_dir(SCENARIOS)


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["validate"], "station program for trainee PCs"),
        (["run", "two-drones", "--bot", "perfect"], "station program for trainee PCs"),
        (["--lang", "nl", "validate"], "stationsprogramma voor cursist-pc's"),
    ],
)
def test_asking_the_station_program_for_a_bundled_scenario_says_what_it_is(
    station_program: Path, argv: list[str], words: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == EXIT_INVALID
    assert words in capsys.readouterr().err


def test_the_station_program_started_without_a_command_joins_a_class(
    station_program: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[argparse.Namespace] = []
    monkeypatch.setattr(trainer.cli, "station_command", lambda args: started.append(args) or 0)
    assert main([]) == 0
    assert main(["--lang", "nl"]) == 0
    assert [a.command for a in started] == ["station", "station"]
    assert trainer.cli.build_parser().prog == "drone-trainer-station"  # as its usage says
    assert started[0].connect is None and started[0].bot is None  # found on the LAN, asked for
    assert started[1].lang == "nl"


def test_the_full_program_started_without_a_command_opens_the_window(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[argparse.Namespace] = []
    monkeypatch.setattr(trainer.cli, "open_command", lambda args: opened.append(args) or 0)
    assert main([]) == 0
    assert opened[0].command == "open"


def test_doctor_finds_the_station_program_well(station_program: Path) -> None:
    finding = check_assets()
    assert finding.ok, finding
    assert "station program" in finding.detail
