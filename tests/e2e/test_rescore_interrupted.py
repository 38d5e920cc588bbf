"""An interrupted run is scored on every action it recorded, also those after its last event:
the trainer died at 1:15 having acknowledged at 1:12, and the rescore said 'never acknowledged'."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.conftest import SCENARIOS
from trainer import __version__
from trainer.cli import main
from trainer.launch import Workspace
from trainer.records import Repository, open_database
from trainer.replay import load_replay
from trainer.scoring.protocol import Action, ActionKind
from trainer.training_run import file_sha256

STAMP = "2026-05-01T10:00:00.000+00:00"


def test_actions_after_the_last_event_count_in_the_rescore_and_the_replay(tmp_path: Path) -> None:
    path = tmp_path / "records.sqlite"
    workspace = Workspace()
    prepared = workspace.prepare(SCENARIOS / "hobby-drone-approach-23.yaml")
    day_ago = datetime.now(UTC) - timedelta(hours=25)  # on another PC: its process is gone
    repository = Repository(open_database(path), host="classroom-pc-2", now=lambda: day_ago)
    run_id = repository.start_run(
        scenario_id=prepared.scenario.id,
        scenario_title=prepared.scenario.title,
        scenario_file=str(prepared.path),
        file_sha256=file_sha256(prepared),
        seed=prepared.scenario.seed,
        app_version=__version__,
    )
    engine = prepared.engine()
    engine.run_until(72.0)  # T001 starts at 1:10: the last event the record got
    repository.record_events(run_id, engine.events)
    repository.update_sim_time(run_id, 60.0)  # noted every 30 s
    assert max(e.time_s for e in engine.events) < 72.0
    made = [
        (72.0, ActionKind.ACKNOWLEDGE, "T001", {}),
        (75.0, ActionKind.INFORM_RADIO, None, {}),
    ]
    for sequence, (at_s, kind, track, params) in enumerate(made, start=1):
        repository.record_action(
            run_id, Action(sequence, kind, at_s, STAMP, track=track, params=params)
        )
    repository.db.conn.close()

    assert main(["rescore", "--db", str(path), "--run", str(run_id)]) == 0
    repository = Repository(open_database(path))
    assert repository.run(run_id).status.value == "interrupted"
    sheet = repository.sheet(run_id)
    assert sheet is not None and sheet.ended_at_s == 75.0
    reasons = [item.reason for item in sheet.items]
    assert any(r.startswith("+10 acknowledged track T001") for r in reasons), reasons
    assert any(r.startswith("+20 informed Twente Radio") for r in reasons), reasons
    replay = load_replay(repository, run_id, workspace)
    assert replay.duration_s == 75.0  # the debrief reaches the last action
