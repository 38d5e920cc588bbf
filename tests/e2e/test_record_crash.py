"""A run killed with SIGKILL loses no recorded action, shows as interrupted, leaves a sound file."""

from __future__ import annotations

import os
import queue
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import IO

import pytest

from trainer.records import Repository, RunStatus, open_database

CHILD = Path(__file__).with_name("record_crash_child.py")
TIMEOUT_S = 8.0

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")


def _pump(stream: IO[str], lines: queue.Queue[str | None]) -> None:
    for line in stream:
        lines.put(line.strip())
    lines.put(None)  # end of output


@pytest.mark.parametrize("kill_after", [20, 41])
def test_sigkill_mid_run_loses_no_recorded_action(tmp_path: Path, kill_after: int) -> None:
    db_path = tmp_path / "records.sqlite"
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(db_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    lines: queue.Queue[str | None] = queue.Queue()
    reader = threading.Thread(target=_pump, args=(child.stdout, lines), daemon=True)
    reader.start()
    run_id = reported_actions = reported_events = 0

    def take(line: str) -> None:
        nonlocal run_id, reported_actions, reported_events
        word, number = line.split()
        if word == "run":
            run_id = int(number)
        elif word == "action":
            reported_actions = int(number)
        elif word == "events":
            reported_events = int(number)

    try:
        deadline = time.monotonic() + TIMEOUT_S
        while reported_actions < kill_after:
            remaining = deadline - time.monotonic()
            line = lines.get(timeout=max(remaining, 0.01))
            if line is None:
                _, errors = child.communicate(timeout=5)
                pytest.fail(f"child ended early ({child.returncode}): {errors}")
            take(line)
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=5)
    except queue.Empty:
        pytest.fail(f"child reported only {reported_actions} actions in {TIMEOUT_S} s")
    finally:
        if child.poll() is None:
            child.kill()
        child.wait(timeout=5)
    reader.join(timeout=5)
    while not lines.empty():  # lines printed before the kill but not yet read
        if (line := lines.get_nowait()) is not None:
            take(line)
    assert child.returncode == -signal.SIGKILL

    db = open_database(db_path)
    try:
        repo = Repository(db)
        assert repo.mark_interrupted_runs() == [run_id]
        run = repo.run(run_id)
        assert run.status is RunStatus.INTERRUPTED
        sequences = [a.sequence for a in repo.actions(run_id)]
        # Every reported action is there; at most one more was committed but not yet reported.
        assert sequences[:reported_actions] == list(range(1, reported_actions + 1))
        assert len(sequences) - reported_actions in (0, 1)
        actions = repo.actions(run_id)
        assert actions[6].corrects == 6 and actions[6].params["note"] == "crash 🚁 'test'"
        # Event batches are all or nothing.
        events = len(repo.events(run_id))
        assert events % 50 == 0 and events >= reported_events
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        db.close()
    with sqlite3.connect(db_path) as fresh:  # and a plain connection agrees
        assert fresh.execute("PRAGMA integrity_check").fetchone() == ("ok",)
