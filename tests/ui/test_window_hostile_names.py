"""A trainee's name pasted into the single-PC window or the roster is taken as one clean line,
as the class console takes a station's: a name copied from a spreadsheet with its line break or
tab, or carrying a right-to-left override, went onto the roster as pasted (QLineEdit keeps
line breaks on paste). The roster and pick lists show such a name on one line, so a trainee
typing it again as shown got a second, identical-looking roster entry, and the override turned
round the status bar's text after it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from tests.conftest import SCENARIOS
from trainer.launch import Workspace
from trainer.records import Repository, open_database
from trainer.ui.main_window import MainWindow
from trainer.ui.roster_dialog import RosterDialog
from trainer.ui.sim_driver import RunState

PASTED = "  Anna\tde Vries\r\n\u202e2B\u202c \U0001f681\n"
CLEAN = "Anna de Vries 2B \U0001f681"


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[Repository]:
    db = open_database(tmp_path / "records.sqlite")
    yield Repository(db)
    db.close()


@pytest.fixture
def recording_window(qtbot: QtBot, settings: QSettings, repo: Repository) -> MainWindow:
    window = MainWindow(Workspace(), settings, repository=repo)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.open_scenario(SCENARIOS / "hobby-drone-approach-23.yaml")
    return window


def test_a_pasted_name_is_confirmed_and_recorded_as_one_clean_line(
    recording_window: MainWindow, repo: Repository, qtbot: QtBot
) -> None:
    window = recording_window
    window.trainee_edit.setText(PASTED)  # as a paste leaves it: the line breaks kept
    assert window.confirm_trainee()
    assert window.trainee_edit.text() == CLEAN  # the field shows who the run is for
    window.toggle_run()
    assert window.driver is not None and window.driver.state == RunState.RUNNING
    assert window.recorder.trainee == CLEAN
    assert [t.name for t in repo.trainees()] == [CLEAN]


def test_the_name_typed_again_as_shown_finds_the_same_roster_entry(
    recording_window: MainWindow, repo: Repository
) -> None:
    window = recording_window
    window.trainee_edit.setText(PASTED)
    assert window.confirm_trainee()
    window.toggle_run()
    window.restart()
    window.trainee_edit.setText(CLEAN)  # typed as the roster showed it
    assert window.confirm_trainee()
    window.toggle_run()
    assert len(repo.trainees()) == 1
    runs = repo.runs()
    assert len(runs) == 2 and runs[0].trainee_id == runs[1].trainee_id


def test_the_roster_adds_and_renames_with_one_clean_line(qtbot: QtBot, repo: Repository) -> None:
    dialog = RosterDialog(repo)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.setText(PASTED)
    dialog.group_edit.setText("Blue\nteam")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    (stored,) = repo.trainees()
    assert (stored.name, stored.group) == (CLEAN, "Blue team")


def test_a_changed_name_is_one_clean_line(qtbot: QtBot, repo: Repository) -> None:
    from trainer.ui.trainee_edit_dialog import TraineeEditDialog

    trainee = repo.trainee(repo.add_trainee("Anna"))
    dialog = TraineeEditDialog(trainee)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText(PASTED)
    dialog.id_edit.setText(" S1\n")
    assert dialog.fields().name == CLEAN and dialog.fields().external_id == "S1"
    dialog.name_edit.setText(" \n\u202e ")  # only blanks and an override: no name
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


def test_a_new_session_and_its_instructor_are_one_clean_line(
    qtbot: QtBot, repo: Repository
) -> None:
    dialog = RosterDialog(repo)
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Les 3\r\n\u202eBlauw\u202c\t")
    dialog.instructor_edit.setText(" J.\nJansen ")
    assert dialog.new_session() is not None
    (session,) = repo.sessions()
    assert (session.title, session.instructor) == ("Les 3 Blauw", "J. Jansen")
