"""The scorer keeps when each expected response was due on its sheet item, the record keeps it
(older records read as items without one), and how the trainee met each window."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.conftest import SCENARIOS
from trainer.i18n import msg
from trainer.launch import Workspace
from trainer.records import Repository, open_database
from trainer.records import db as records_db
from trainer.scoring.action_file import PlannedAction, ScriptedTrainee
from trainer.scoring.due import Outcome, due_windows, outcome_of
from trainer.scoring.protocol import ActionKind
from trainer.scoring.sheet import Due, ItemCategory, ScoreItem, ScoreSheet
from trainer.sim.events import EventKind
from trainer.training_run import RunResult, run_headless

WALL = "2026-03-02T09:00:00.000+00:00"
RADIO = Due(70.0, 60.0, msg("did.inform_radio"))


@pytest.fixture(scope="module")
def hobby_run() -> RunResult:
    prepared = Workspace().prepare(SCENARIOS / "hobby-drone-approach-23.yaml")
    planned = [
        PlannedAction(1, 75.0, ActionKind.ACKNOWLEDGE, "T001"),
        PlannedAction(2, 160.0, ActionKind.INFORM_RADIO),
        PlannedAction(3, 240.0, ActionKind.SUSPEND_OPERATIONS),
    ]
    return run_headless(prepared, ScriptedTrainee(planned))


def test_each_expected_item_keeps_the_window_the_scorer_judged_it_by(hobby_run: RunResult) -> None:
    sheet = hobby_run.sheet
    assert sheet is not None
    seen = next(
        e.time_s
        for e in hobby_run.events
        if e.kind is EventKind.TRACK_STARTED and e.drone == "hobby-1"
    )
    entered = next(
        e.time_s
        for e in hobby_run.events
        if e.kind is EventKind.ZONE_ENTERED and e.zone == "approach-23"
    )
    landed = next(e.time_s for e in hobby_run.events if e.kind is EventKind.LANDED)
    found = {w.due.expected.text(): w for w in due_windows(sheet)}
    # The key's windows, each from the moment its clock started (see answer_key in the file).
    assert {name: (w.due.start_s, w.due.window_s) for name, w in found.items()} == {
        "acknowledged track T001 or T002": (seen, 30.0),
        "classified T001 or T002 as drone": (seen, 60.0),
        "identified T001 or T002 as unauthorised": (seen, 90.0),
        "informed Twente Radio": (seen, 60.0),
        "notified police about T001 or T002": (seen, 120.0),
        "closed the incident of T001 or T002": (landed, 30.0),
        "suspended runway operations": (entered, 60.0),
        "resumed runway operations": (landed, 30.0),
    }
    assert found["acknowledged track T001 or T002"].outcome is Outcome.MET
    assert found["informed Twente Radio"].outcome is Outcome.LATE
    assert found["informed Twente Radio"].done_s == 160.0
    assert found["classified T001 or T002 as drone"].outcome is Outcome.MISSED
    assert found["suspended runway operations"].outcome is Outcome.MET
    assert found["resumed runway operations"].outcome is Outcome.MISSED
    # Penalties and order faults judge no window.
    assert all(
        item.due is None
        for item in sheet.items
        if item.category in (ItemCategory.PENALTY, ItemCategory.ORDER)
    )


def item(points: float, of: float, time_s: float | None, sequence: int | None) -> ScoreItem:
    return ScoreItem(points, of, ItemCategory.EXPECTED, "r", "i", time_s, sequence, None, RADIO)


@pytest.mark.parametrize(
    ("scored", "ended_at_s", "outcome"),
    [
        (item(20, 20, 100.0, 1), None, Outcome.MET),
        (item(20, 20, 50.0, 1), None, Outcome.MET),  # early counts as on time
        (item(13.3, 20, 160.0, 1), None, Outcome.LATE),
        (item(0, 20, 400.0, 1), None, Outcome.LATE),  # far too late: done, no points
        (item(0, 20, 70.0, None), None, Outcome.MISSED),
        (item(0, 20, 100.0, 1), None, Outcome.MISSED),  # done inside, yet it did not count
        (item(0, 20, 70.0, None), 60.0, Outcome.NOT_APPLICABLE),  # due after the run ended
        (item(0, 20, 70.0, None), 100.0, Outcome.MISSED),  # open when it ended, not done
        (item(0, 0, 70.0, None), None, Outcome.NOT_APPLICABLE),
    ],
)
def test_how_a_window_was_met(
    scored: ScoreItem, ended_at_s: float | None, outcome: Outcome
) -> None:
    assert outcome_of(scored, RADIO, ended_at_s) is outcome


def start(repo: Repository) -> int:
    return repo.start_run(
        scenario_id="s",
        scenario_title="t",
        scenario_file="f.yaml",
        file_sha256="ab" * 32,
        seed=7,
        app_version="0",
    )


def sheet_of(*items: ScoreItem) -> ScoreSheet:
    return ScoreSheet("s", 7, items, 0, 20, 0, 70, False, 0, 0)


def test_the_record_keeps_each_items_window(repo: Repository) -> None:
    run_id = start(repo)
    sheet = sheet_of(item(13.3, 20, 160.0, 2), ScoreItem(-10, 0, ItemCategory.PENALTY, "p"))
    repo.save_sheet(run_id, sheet)
    back = repo.sheet(run_id)
    assert back == sheet
    assert back is not None and back.items[0].due == RADIO and back.items[1].due is None


def test_an_unreadable_window_reads_as_none(repo: Repository) -> None:
    run_id = start(repo)
    repo.save_sheet(run_id, sheet_of(item(0, 20, 70.0, None)))
    repo.db.execute('UPDATE score_items SET due_message = \'{"k": "no.such.key"}\'')
    repo.db.conn.commit()
    back = repo.sheet(run_id)
    assert back is not None and back.items[0].due is None and back.items[0].points == 0


def test_a_version_4_record_keeps_its_items_without_windows(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    with conn:
        for step in records_db.MIGRATIONS[:4]:
            step(conn)
        conn.execute("PRAGMA user_version = 4")
        conn.execute(
            "INSERT INTO runs (scenario_id, scenario_title, scenario_file, file_sha256, seed, "
            "app_version, started_utc, status) VALUES ('s', 't', 'f', 'h', 7, 'v', ?, 'finished')",
            [WALL],
        )
        conn.execute(
            "INSERT INTO score_sheets (run_id, scenario_id, seed, total, maximum, percent, "
            "pass_mark_percent, passed, disruption_minutes, disruption_eur, created_utc) "
            "VALUES (1, 's', 7, 0, 20, 0, 70, 0, 0, 0, ?)",
            [WALL],
        )
        conn.execute(
            "INSERT INTO score_items (sheet_id, position, points, max_points, category, reason, "
            "incident, time_s) VALUES (1, 0, 0, 20, 'missed', '0/20 never informed', 'i', 70)"
        )
    conn.close()
    db = open_database(db_path)
    try:
        sheet = Repository(db).sheet(1)
        assert sheet is not None and sheet.items[0].reason == "0/20 never informed"
        assert sheet.items[0].due is None and due_windows(sheet) == []
        assert db.execute("PRAGMA user_version").fetchone()[0] == records_db.SCHEMA_VERSION
    finally:
        db.close()


def test_a_sheet_opened_read_only_keeps_its_windows(db_path: Path) -> None:
    db = open_database(db_path)
    repo = Repository(db)
    run_id = start(repo)
    repo.save_sheet(run_id, sheet_of(item(20, 20, 100.0, 1)))
    db.close()
    reader = open_database(db_path, read_only=True)
    try:
        back = Repository(reader).sheet(run_id)
        assert back is not None and back.items[0].due == RADIO
    finally:
        reader.close()
