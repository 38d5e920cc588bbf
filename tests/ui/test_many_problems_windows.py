"""A scenario file with hundreds of problems (a generated one making a mistake per drone), as
the windows show it: the first PROBLEMS_SHOWN in file order, then one line with the exact count
of the rest and the `drone-trainer validate --all FILE` that lists them, as the command line
does; a file with few problems shows them all and no such line. The live window's error box,
the class console's setup (from the command line, a modal dialog, and when chosen in it) and
the scenario library's details pane."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.label_text import label_shows
from tests.ui.people import answer_dialogs
from tests.unit.test_validate_many_problems import generated
from trainer.errors import PROBLEMS_SHOWN
from trainer.launch import Workspace
from trainer.library import ScenarioLibrary
from trainer.records import Repository, open_database
from trainer.ui.console_app import open_console
from trainer.ui.console_setup import ConsoleSetupDialog
from trainer.ui.library_dialog import ScenarioLibraryDialog
from trainer.ui.main_window import MainWindow

MANY = 500  # problems: two a drone (no behaviour, a misspelt field)
FEW = PROBLEMS_SHOWN  # all shown, the most that are


def broken(folder: Path, problems: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return generated(folder, problems // 2)


def problem_lines(text: str, path: Path) -> list[str]:
    return [line for line in text.splitlines() if line.startswith(f"  {path}:")]


def assert_first_and_more(text: str, path: Path, total: int) -> None:
    """The header with the exact total, the first problems in file order, the 'more' line."""
    lines = problem_lines(text, path)
    assert f"{path}: {total} problems" in text
    assert len(lines) == min(total, PROBLEMS_SHOWN)
    assert lines[0].startswith(f"  {path}:12: drones[0]")  # the first drone's, first
    assert all("drones[" in line for line in lines)  # the file, the field, what is wrong
    assert "Field required" in text or "required field is missing" in text
    if total > PROBLEMS_SHOWN:
        hint = f"`drone-trainer validate --all {path}` shows them all"
        assert f"... and {total - PROBLEMS_SHOWN} more problems: {hint}" in text
    else:
        assert "more problem" not in text and "validate --all" not in text


@pytest.mark.parametrize("total", [MANY, FEW])
def test_the_live_window_shows_the_first_problems_and_how_many_more(
    window: MainWindow, tmp_path: Path, total: int
) -> None:
    path = broken(tmp_path / "mine", total)
    assert not window.open_scenario(path)
    dialog = window.error_dialog
    assert isinstance(dialog, QMessageBox) and dialog.isVisible()
    assert dialog.windowTitle() == "Cannot open generated.yaml"
    assert dialog.text() == f"{path}: {total} problems"
    details = dialog.detailedText()
    assert_first_and_more(details, path, total)
    assert len(details.splitlines()) == 1 + min(total, PROBLEMS_SHOWN) + (total > PROBLEMS_SHOWN)
    dialog.close()


def test_the_live_window_says_it_in_dutch(
    window: MainWindow, tmp_path: Path, dutch_windows: None
) -> None:
    path = broken(tmp_path / "mine", MANY)
    assert not window.open_scenario(path)
    dialog = window.error_dialog
    assert dialog is not None and dialog.windowTitle() == "Kan generated.yaml niet openen"
    details = dialog.detailedText()
    assert len(problem_lines(details, path)) == PROBLEMS_SHOWN
    hint = f"`drone-trainer validate --all {path}` toont ze allemaal"
    assert details.splitlines()[-1] == f"  ... en nog {MANY - PROBLEMS_SHOWN} problemen: {hint}"
    dialog.close()


@pytest.fixture
def record(tmp_path: Path) -> Iterator[Repository]:
    repository = Repository(open_database(tmp_path / "record.sqlite"))
    yield repository
    repository.db.close()


@pytest.mark.parametrize("total", [MANY, FEW])
def test_the_console_started_on_a_broken_file_shows_the_first_problems(
    qtbot: QtBot, record: Repository, tmp_path: Path, total: int
) -> None:
    path = broken(tmp_path / "mine", total)
    said: list[str] = []

    def read_and_cancel(dialog: QDialog) -> None:  # the setup, modal, says why
        assert isinstance(dialog, ConsoleSetupDialog)
        said.append(label_shows(dialog.problem))
        dialog.reject()

    answer_dialogs(qtbot, read_and_cancel)
    assert open_console(record, Workspace(), path, "Group C", 0) is None
    assert len(said) == 1
    assert said[0].startswith(f"{path}: {total} problems\n  {path}:12: drones[0]")  # a line each
    assert_first_and_more(said[0], path, total)
    assert record.sessions() == []


def test_a_broken_file_chosen_in_the_console_setup_shows_the_first_problems(
    qtbot: QtBot, record: Repository, tmp_path: Path
) -> None:
    path = broken(tmp_path / "mine", MANY)
    library = ScenarioLibrary(Workspace(), tmp_path / "user")
    dialog = ConsoleSetupDialog(record, library, scenario=path)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Group C")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted  # still asking
    text = label_shows(dialog.problem)
    assert text.startswith(f"generated.yaml cannot be run: {path}: {MANY} problems\n")
    assert text.count(f"{path}:") == 1 + PROBLEMS_SHOWN  # the header's, each problem's
    assert_first_and_more(text, path, MANY)


@pytest.mark.parametrize("total", [MANY, FEW])
def test_the_library_shows_a_broken_files_first_problems(
    qtbot: QtBot, tmp_path: Path, total: int
) -> None:
    path = broken(tmp_path / "user", total)
    dialog = ScenarioLibraryDialog(ScenarioLibrary(Workspace(), tmp_path / "user"))
    qtbot.addWidget(dialog)
    dialog.select_path(path)
    text = dialog.details.toPlainText()
    assert f"Number of problems: {total}" in text
    listed = [line for line in text.splitlines() if line.strip().startswith("line ")]
    assert len(listed) == min(total, PROBLEMS_SHOWN)
    assert listed[0].strip().startswith("line 12: drones[0]")
    if total > PROBLEMS_SHOWN:
        hint = f"`drone-trainer validate --all {path}` shows them all"
        assert f"... and {total - PROBLEMS_SHOWN} more problems: {hint}" in text
    else:
        assert "more problem" not in text
