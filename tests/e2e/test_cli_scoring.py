"""`drone-trainer run --actions FILE` and `drone-trainer rescore`, as an instructor uses them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import SCENARIOS
from tests.e2e.runs import as_lines, bot_actions, scenario_path, simulated
from trainer import __version__
from trainer.cli import main
from trainer.records import Repository, RunStatus, open_database
from trainer.training_run import file_sha256

pytestmark = pytest.mark.slow  # each command runs a bundled scenario in fast time

HOBBY = "hobby-drone-approach-23"


def write_actions(path: Path, lines: list[dict[str, object]]) -> Path:
    path.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    return path


def test_a_file_of_actions_is_played_scored_and_recorded(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    actions = write_actions(tmp_path / "sanne.jsonl", as_lines(bot_actions(HOBBY, "perfect")))
    db = tmp_path / "record.sqlite"
    code = main(["run", str(SCENARIOS / f"{HOBBY}.yaml"), "--actions", str(actions),
                 "--db", str(db), "--trainee", "Sanne"])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0
    assert "Total: 100 of 100 points = 100.0 % (pass mark 70 %): PASSED" in out
    assert "actions sanne.jsonl" in out
    record = open_database(db)
    try:
        run = Repository(record).runs()[0]
        assert run.status is RunStatus.FINISHED
        assert len(Repository(record).actions(run.id)) == len(bot_actions(HOBBY, "perfect"))
    finally:
        record.close()


def test_the_trainee_is_recorded_as_one_clean_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # As the window and the class console take a name: a pasted line break or tab, or a
    # right-to-left override, went onto the roster (and the printed heading) as given.
    db = tmp_path / "record.sqlite"
    pasted = "Sanne\tde Vries\n\u202eB2\u202c"
    code = main(["run", HOBBY, "--bot", "idle", "--db", str(db), "--trainee", pasted])
    heading = capsys.readouterr().out.splitlines()[0]
    assert code == 0 and heading.endswith("trainee Sanne de Vries B2, bot idle (seed 7)")
    record = open_database(db)
    try:
        assert [t.name for t in Repository(record).trainees()] == ["Sanne de Vries B2"]
    finally:
        record.close()
    assert main(["run", HOBBY, "--bot", "idle", "--db", str(db), "--trainee", " \n "]) == 1
    assert "the name is empty" in capsys.readouterr().err


def test_end_run_ends_it_there_and_it_cannot_pass(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [x for x in as_lines(bot_actions(HOBBY, "perfect")) if x["at_s"] < 200]  # type: ignore[operator]
    actions = write_actions(tmp_path / "early.jsonl", [*lines, {"at_s": 200, "kind": "end_run"}])
    db = tmp_path / "record.sqlite"
    assert main(["run", str(SCENARIOS / f"{HOBBY}.yaml"), "--actions", str(actions),
                 "--db", str(db)]) == 0  # fmt: skip
    out = capsys.readouterr().out
    assert "FAILED (run ended early at 3:20)" in out
    assert "run ended at 3:20 before this was due (entry of the approach at 3:47)" in out
    record = open_database(db)
    try:
        run = Repository(record).runs()[0]
        assert (run.status, run.sim_time_s) == (RunStatus.ABORTED, 200)
    finally:
        record.close()


def test_a_broken_file_is_refused_before_anything_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    actions = write_actions(
        tmp_path / "bad.jsonl",
        [
            {"at_s": 80, "kind": "acknowledge", "track": "T001"},
            {"at_s": 90, "kind": "acknowledge", "track": "hobby-1"},  # the truth's id
            {"at_s": 95, "kind": "acknowledge", "track": "T077"},  # never appears
        ],
    )
    db = tmp_path / "record.sqlite"
    code = main(["run", str(SCENARIOS / f"{HOBBY}.yaml"), "--actions", str(actions),
                 "--db", str(db)])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 1
    assert "bad.jsonl:2: track: 'hobby-1' never appears in this run" in err
    assert "bad.jsonl:3: track: 'T077' never appears in this run" in err
    assert "bad.jsonl:1" not in err
    assert not db.exists()


def test_an_interrupted_run_is_rescored_as_ended_where_it_stopped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A run whose process died at about 4:10 (its last noted time), with the trainee's actions up
    # to then on the record, and no sheet.
    path = scenario_path(HOBBY)
    run = simulated(path)
    db_path = tmp_path / "record.sqlite"
    db = open_database(db_path)
    dead = Repository(db, pid=2**31 - 2)  # no such process
    run_id = dead.start_run(
        scenario_id=run.prepared.scenario.id,
        scenario_title=run.prepared.scenario.title,
        scenario_file=str(path),
        file_sha256=file_sha256(run.prepared),
        seed=run.seed,
        app_version=__version__,
    )
    perfect = [a for a in bot_actions(HOBBY, "perfect") if a.sim_time_s < 250]
    for action in perfect:
        dead.record_action(run_id, action)
    dead.record_events(run_id, [e for e in run.events if e.time_s <= 250])
    dead.update_sim_time(run_id, 250.0)
    db.close()

    assert main(["rescore", "--db", str(db_path), "--run", str(run_id)]) == 0
    out = capsys.readouterr().out
    assert "FAILED (run ended early at 4:10)" in out
    # What was due and done by then earns; the suspension from 3:47 was due and never made.
    assert "+10 acknowledged track T001" in out
    assert f"saved as the sheet of run {run_id}" in out
    db = open_database(db_path)
    try:
        repository = Repository(db)
        assert repository.run(run_id).status is RunStatus.INTERRUPTED
        sheet = repository.sheet(run_id)
        assert sheet is not None and sheet.ended_at_s == 250 and not sheet.passed
    finally:
        db.close()
    # Again: the sheet is replaced, not doubled.
    assert main(["rescore", "--db", str(db_path), "--run", str(run_id)]) == 0
    assert main(["rescore", "--db", str(db_path), "--run", "99"]) == 1
    assert "no run with id 99" in capsys.readouterr().err
