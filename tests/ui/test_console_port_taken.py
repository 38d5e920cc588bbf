"""The class console's setup when its port is taken (another console on this PC has it): the
instructor is told which port, can choose another, and no empty session is left on the
record."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.e2e.runs import scenario_path
from trainer.classroom.transport import ConsoleSocket
from trainer.launch import Workspace
from trainer.library import ScenarioLibrary
from trainer.records import Repository, open_database
from trainer.ui import console_app
from trainer.ui.console_app import listen_on, open_console
from trainer.ui.console_setup import ConsoleSetupDialog


@pytest.fixture
def record(tmp_path: Path) -> Repository:
    repository = Repository(open_database(tmp_path / "record.sqlite"))
    yield repository  # type: ignore[misc]
    repository.db.close()


@pytest.fixture
def taken() -> ConsoleSocket:
    other = ConsoleSocket("tcp://*:0")
    yield other  # type: ignore[misc]
    other.close()


def test_a_taken_port_from_the_command_line_makes_no_session(
    record: Repository, taken: ConsoleSocket, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    class Cancelled:  # the setup shown with the problem; the instructor gives up
        def __init__(self, *_: object, problem: str = "", **__: object) -> None:
            asked.append(problem)

        def exec(self) -> bool:
            return False

    monkeypatch.setattr(console_app, "ConsoleSetupDialog", Cancelled)
    console = open_console(record, Workspace(), scenario_path("two-drones"), "Group C",
                           taken.port)  # fmt: skip
    assert console is None
    assert len(asked) == 1 and f"Cannot listen on port {taken.port}" in asked[0]
    assert record.sessions() == []  # was an empty 'Group C', made before the port was tried


def test_the_setup_opens_the_port_before_it_makes_the_new_session(
    qtbot: QtBot, record: Repository, taken: ConsoleSocket, tmp_path: Path
) -> None:
    library = ScenarioLibrary(Workspace(), tmp_path / "mine")
    dialog = ConsoleSetupDialog(record, library, scenario=scenario_path("two-drones"),
                                listen=listen_on)  # fmt: skip
    qtbot.addWidget(dialog)
    dialog.title_edit.setText("Group C")
    dialog.port_spin.setValue(taken.port)
    dialog.accept()
    assert dialog.result() != ConsoleSetupDialog.DialogCode.Accepted  # still asking
    said = dialog.problem.text()
    assert f"Cannot listen on port {taken.port}: another console or program" in said
    assert "tcp://" not in said and "Address already in use" not in said  # not ZeroMQ's words
    assert record.sessions() == [] and dialog.socket is None

    dialog.port_spin.setValue(0)  # any free port
    dialog.accept()
    assert dialog.result() == ConsoleSetupDialog.DialogCode.Accepted
    assert dialog.socket is not None and dialog.socket.port not in (0, taken.port)
    assert [s.title for s in record.sessions()] == ["Group C"]
    assert dialog.session_id == record.sessions()[0].id
    dialog.socket.close()
