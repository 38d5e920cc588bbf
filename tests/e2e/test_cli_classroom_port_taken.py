"""A headless class console whose port another program has: a clear line naming the port, exit
1, no traceback, and no empty session on the record."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SCENARIOS
from tests.e2e.test_cli_dutch import dutch  # noqa: F401 (a fixture)
from trainer.classroom.transport import ConsoleSocket
from trainer.cli import main
from trainer.records import Repository, open_database


def a_console_on_a_taken_port(tmp_path: Path) -> tuple[list[str], ConsoleSocket]:
    other = ConsoleSocket("tcp://*:0")  # another console on this PC has the port
    console = ["console", str(SCENARIOS / "two-drones.yaml"), "--headless", "--stations", "0",
               "--wait-s", "0", "--db", str(tmp_path / "class.sqlite"),
               "--port", str(other.port)]  # fmt: skip
    return console, other


def sessions_on(record: Path) -> list[str]:
    db = open_database(record)
    try:
        return [s.title for s in Repository(db).sessions()]
    finally:
        db.conn.close()


def test_a_taken_port_is_said_and_leaves_no_session(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    console, other = a_console_on_a_taken_port(tmp_path)
    try:
        assert main(console) == 1  # was a ZMQError traceback
    finally:
        other.close()
    said = capsys.readouterr().err
    assert f"cannot listen on port {other.port}: another console or program has it" in said
    assert "--port 0" in said and "Traceback" not in said
    assert sessions_on(tmp_path / "class.sqlite") == []


@pytest.mark.usefixtures("dutch")
def test_a_taken_port_is_said_in_dutch(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    console, other = a_console_on_a_taken_port(tmp_path)
    try:
        assert main(console) == 1
    finally:
        other.close()
    assert f"kan niet luisteren op poort {other.port}" in capsys.readouterr().err
