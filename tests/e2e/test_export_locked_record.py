"""Export only reads: a record another program is writing to (locked) is still exported."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.conftest import SCENARIOS
from trainer.cli import main
from trainer.launch import Workspace
from trainer.records import Repository, db, open_database
from trainer.scoring.bots import make_bot
from trainer.training_run import run_headless


def test_a_locked_record_is_exported_with_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "records.sqlite"
    record = open_database(path)
    prepared = Workspace().prepare(SCENARIOS / "two-drones.yaml")
    result = run_headless(
        prepared, make_bot("idle", prepared.scenario), recorder=Repository(record)
    )
    # A run left 'running' on another PC a day ago: export would mark it interrupted, a write.
    day_ago = datetime.now(UTC) - timedelta(hours=25)
    Repository(record, host="classroom-pc-2", now=lambda: day_ago).start_run(
        scenario_id="two-drones", scenario_title="Two drones", scenario_file="x.yaml",
        file_sha256="0" * 64, seed=1, app_version="test",
    )  # fmt: skip
    record.conn.close()
    writer = sqlite3.connect(path, isolation_level=None)  # the console, mid-write
    writer.execute("BEGIN EXCLUSIVE")
    writer.execute("UPDATE runs SET seed = seed")
    monkeypatch.setattr(db, "BUSY_TIMEOUT_S", 0.2)  # the lock is not let go while we wait
    try:
        status = main(
            [
                "export",
                "--db",
                str(path),
                "--run",
                str(result.run_id),
                "--format",
                "csv",
                "-o",
                str(tmp_path / "out"),
            ]
        )
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    said = capsys.readouterr()
    assert status == 0, said.err
    assert "locked" in said.err and "without marking" in said.err
    assert len(list((tmp_path / "out").glob("*.csv"))) == 1
