"""Child of test_record_crash: records actions (and event batches) one by one until killed.

python record_crash_child.py DB_FILE -- prints "run N", then "action N" after each action is
recorded and "events N" (the total so far) after each batch, flushing every line.
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from trainer.records import Repository, open_database
from trainer.scoring.protocol import Action, ActionKind
from trainer.sim.events import Event, EventKind

KINDS = list(ActionKind)
EVENT_BATCH = 50
ACTIONS_PER_BATCH = 5
GIVE_UP_S = 30.0  # never outlive a test that forgot to kill us


def action(sequence: int) -> Action:
    return Action(
        sequence,
        KINDS[sequence % len(KINDS)],
        sequence * 0.5,
        datetime.now(UTC).isoformat(timespec="milliseconds"),
        f"T{sequence % 3}",
        {"n": str(sequence), "note": "crash 🚁 'test'"},
        sequence - 1 if sequence % 7 == 0 else None,
    )


def main(path: Path) -> None:
    repo = Repository(open_database(path))
    run_id = repo.start_run(
        scenario_id="crash-test",
        scenario_title="Crash test",
        scenario_file="none.yaml",
        file_sha256="0" * 64,
        seed=1,
        app_version="test",
    )
    print(f"run {run_id}", flush=True)
    deadline = time.monotonic() + GIVE_UP_S
    sequence = events = 0
    while time.monotonic() < deadline:
        sequence += 1
        repo.record_action(run_id, action(sequence))
        print(f"action {sequence}", flush=True)
        if sequence % ACTIONS_PER_BATCH == 0:
            batch = [
                Event(events + i, (events + i) * 0.1, EventKind.LAUNCHED, f"D{i}")
                for i in range(EVENT_BATCH)
            ]
            repo.record_events(run_id, batch)
            events += EVENT_BATCH
            print(f"events {events}", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]))
