"""The training record: round trips, migrations, foreign keys, names, damaged files, dead runs."""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from trainer.records import (
    SCHEMA_VERSION,
    RecordsError,
    Repository,
    RunStatus,
    default_database_path,
    open_database,
    process,
)
from trainer.records import db as records_db
from trainer.scoring.protocol import Action, ActionKind
from trainer.scoring.sheet import ItemCategory, ScoreItem, ScoreSheet
from trainer.sim.events import Event, EventKind

WALL = "2026-03-02T09:15:00.250+00:00"
NAMES = [
    "Jan de Vries",
    "Sinéad O'Connor",
    'Piet "Piloot" Jansen',
    "Robert'); DROP TABLE trainees;--",
    "Drone 🚁 Daan 👩🏽‍✈️",
    "line\nbreak\tand tab",
    "  spaces kept  ",
    "Ünïcødé ñame — ŞĞ İ ß 中文 עברית",
    "x" * 500,
    "🚁" * 500,
]


def start(repo: Repository, **extra: object) -> int:
    fields: dict[str, object] = {
        "scenario_id": "flyaway-05",
        "scenario_title": "Flyaway near runway 05",
        "scenario_file": "scenarios/flyaway-05.yaml",
        "file_sha256": "ab" * 32,
        "seed": 7,
        "app_version": "0.1.0",
    }
    fields.update(extra)
    return repo.start_run(**fields)  # type: ignore[arg-type]


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def sample_actions() -> list[Action]:
    return [
        Action(1, ActionKind.ACKNOWLEDGE, 12.5, WALL, "T1"),
        Action(2, ActionKind.CLASSIFY, 14.0, WALL, "T1", {"classification": "bird"}),
        Action(3, ActionKind.CLASSIFY, 0.1 + 0.2, WALL, "T1", {"classification": "drone"}, 2),
        Action(4, ActionKind.IDENTIFY, 20.0, WALL, "T1", {"identity": "unauthorised"}),
        Action(5, ActionKind.SET_THREAT, 21.0, WALL, "T1", {"level": "high"}),
        Action(6, ActionKind.INFORM_RADIO, 1e-9, WALL),
        Action(7, ActionKind.SUSPEND_OPERATIONS, 30.0, WALL),
        Action(8, ActionKind.NOTIFY_POLICE, 31.0, WALL),
        Action(9, ActionKind.CONTACT_OPERATOR, 32.0, WALL, "T2"),
        Action(10, ActionKind.RESUME_OPERATIONS, 600.0, WALL),
        Action(
            11, ActionKind.CLOSE_INCIDENT, 601.0, WALL, None, {"log": "Drone gone 'N' of ATZ 🚁"}
        ),
    ]


def sample_sheet(total: float = 35.5) -> ScoreSheet:
    items = (
        ScoreItem(
            20,
            20,
            ItemCategory.EXPECTED,
            "+20 informed Twente Radio 14 s after ATZ entry",
            "inc-1",
            14.0,
            6,
        ),
        ScoreItem(15.5, 20, ItemCategory.EXPECTED, "+15.5 suspended operations late", "inc-1"),
        ScoreItem(-10, 0, ItemCategory.PENALTY, "-10 classified a bird as a drone", None, 0.3, 3),
        ScoreItem(0, 0, ItemCategory.ORDER, "0 order: resumed before the drone left"),
        ScoreItem(10, 10, ItemCategory.MISSED, "missed nothing", "inc-2", None, None),
    )
    return ScoreSheet(
        "flyaway-05", 7, items, total, 70, 50.714285714285715, 60, False, 12.5, 1250.0
    )


# -- opening, pragmas, migrations ----------------------------------------------------------------


def test_open_creates_folders_and_sets_the_pragmas(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "records.sqlite"
    db = open_database(path)
    try:
        assert path.is_file()
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert {
            "trainees",
            "class_sessions",
            "runs",
            "actions",
            "events",
            "score_sheets",
            "score_items",
        } <= set(db.table_names())
    finally:
        db.close()


def test_an_empty_file_is_migrated_and_reopening_keeps_the_data(db_path: Path) -> None:
    db_path.touch()
    db = open_database(db_path)
    trainee = Repository(db).add_trainee("Anna")
    db.close()
    db = open_database(db_path)
    try:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert Repository(db).trainee(trainee).name == "Anna"
    finally:
        db.close()


def test_migrations_run_in_order_from_the_stored_version(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_database(db_path).close()  # at the current version
    current = records_db.SCHEMA_VERSION
    steps = []

    def add_column(conn: sqlite3.Connection) -> None:
        steps.append("v2")
        conn.execute("ALTER TABLE trainees ADD COLUMN email TEXT")

    def add_index(conn: sqlite3.Connection) -> None:
        steps.append("v3")
        conn.execute("CREATE INDEX trainees_by_email ON trainees (email)")

    monkeypatch.setattr(records_db, "MIGRATIONS", (*records_db.MIGRATIONS, add_column, add_index))
    monkeypatch.setattr(records_db, "SCHEMA_VERSION", current + 2)
    db = open_database(db_path)
    try:
        assert steps == ["v2", "v3"]
        assert db.execute("PRAGMA user_version").fetchone()[0] == current + 2
        assert "email" in db["trainees"].columns_dict
    finally:
        db.close()
    open_database(db_path).close()
    assert steps == ["v2", "v3"]  # nothing to do the second time


def test_a_failing_migration_changes_nothing(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_database(db_path).close()

    def half_done(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE trainees ADD COLUMN email TEXT")
        raise sqlite3.OperationalError("step failed half-way")

    current = records_db.SCHEMA_VERSION
    monkeypatch.setattr(records_db, "MIGRATIONS", (*records_db.MIGRATIONS, half_done))
    monkeypatch.setattr(records_db, "SCHEMA_VERSION", current + 1)
    with pytest.raises(RecordsError, match="step failed half-way"):
        open_database(db_path)
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == current
        columns = [row[1] for row in conn.execute("PRAGMA table_info(trainees)")]
    assert "email" not in columns


def test_a_newer_schema_version_is_refused(db_path: Path) -> None:
    open_database(db_path).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(RecordsError) as caught:
        open_database(db_path)
    message = str(caught.value)
    assert str(db_path) in message
    assert f"schema version {SCHEMA_VERSION + 1} is newer" in message


def test_another_programs_database_is_refused(db_path: Path) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)")
    with pytest.raises(RecordsError, match=r"not a training record.*photos"):
        open_database(db_path)
    with sqlite3.connect(db_path) as conn:  # and left untouched
        names = [row[0] for row in conn.execute("SELECT name FROM sqlite_master")]
    assert names == ["photos"]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("read_only", [False, True])
def test_a_refused_foreign_database_keeps_every_byte(db_path: Path, read_only: bool) -> None:
    # Issue 13.8: it was switched to WAL (header bytes 18-19) before it was refused.
    with sqlite3.connect(db_path) as conn:
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)")
        conn.execute("INSERT INTO photos (path) VALUES ('holiday.jpg')")
    conn.close()
    before = sha256(db_path)
    with pytest.raises(RecordsError, match="not a training record"):
        open_database(db_path, read_only=read_only)
    assert sha256(db_path) == before
    assert not Path(f"{db_path}-wal").exists()


def test_a_refused_newer_record_keeps_every_byte(db_path: Path) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.execute("CREATE TABLE future (id INTEGER PRIMARY KEY)")
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = sha256(db_path)
    with pytest.raises(RecordsError, match="newer"):
        open_database(db_path)
    assert sha256(db_path) == before


def test_read_only_reads_a_record_and_changes_nothing(db_path: Path) -> None:
    db = open_database(db_path)
    repo = Repository(db)
    trainee = repo.add_trainee("Anna de Vries")
    db.close()
    before = sha256(db_path)
    reader = open_database(db_path, read_only=True)
    try:
        assert Repository(reader).trainee(trainee).name == "Anna de Vries"
        with pytest.raises(RecordsError, match="read-only"):
            Repository(reader).add_trainee("Jan")
    finally:
        reader.close()
    assert sha256(db_path) == before


def test_read_only_neither_creates_nor_migrates(db_path: Path) -> None:
    with pytest.raises(RecordsError, match="no training record there"):
        open_database(db_path, read_only=True)
    assert not db_path.exists()
    version_1_record(db_path)
    before = sha256(db_path)
    reader = open_database(db_path, read_only=True)  # read through an upgraded copy in memory
    try:
        sheet = Repository(reader).sheet(1)
        assert sheet is not None and (sheet.total, sheet.ended_at_s) == (10, None)
        assert reader.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        with pytest.raises(RecordsError, match="read-only"):
            Repository(reader).add_trainee("Jan")
    finally:
        reader.close()
    assert sha256(db_path) == before  # the file is still version 1, byte for byte
    with contextlib.closing(sqlite3.connect(db_path)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1


def test_an_older_record_read_through_its_copy_is_named_by_its_file(db_path: Path) -> None:
    version_1_record(db_path)
    reader = open_database(db_path, read_only=True)
    try:
        repo = Repository(reader)
        assert repo.file == str(db_path.absolute())
        with pytest.raises(RecordsError) as caught:
            repo.run(99)
        assert str(caught.value).startswith(f"{db_path.absolute()}: ")
    finally:
        reader.close()


def _truncated(path: Path) -> None:
    db = open_database(path)
    repo = Repository(db)
    run = start(repo)
    for action in sample_actions() * 1:
        repo.record_action(run, action)
    repo.record_events(run, [Event(i, i * 0.1, EventKind.LAUNCHED, "d" * 200) for i in range(2000)])
    db.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("text", "not an SQLite database"),
        ("random", "not an SQLite database"),
        ("header-only", "not an SQLite database"),
        ("truncated", "damaged"),
    ],
)
def test_a_damaged_file_raises_records_error_naming_it(
    db_path: Path, kind: str, expected: str
) -> None:
    if kind == "text":
        db_path.write_text("name,score\nAnna,80\n" * 50, encoding="utf-8")
    elif kind == "random":
        db_path.write_bytes(os.urandom(16384))
    elif kind == "header-only":
        db_path.write_bytes(b"SQLite format 3\x00")
    else:
        _truncated(db_path)
    with pytest.raises(RecordsError) as caught:
        open_database(db_path)
    assert str(db_path) in str(caught.value)
    assert expected in str(caught.value)


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(RecordsError, match="is a folder"):
        open_database(tmp_path)


def test_default_path_is_in_the_user_data_folder_unless_overridden(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import platformdirs

    monkeypatch.delenv("TWENTE_TRAINER_DB", raising=False)
    expected = platformdirs.user_data_path("twente-drone-trainer") / "records.sqlite"
    assert default_database_path() == expected
    monkeypatch.setenv("TWENTE_TRAINER_DB", str(tmp_path / "class.sqlite"))
    assert default_database_path() == tmp_path / "class.sqlite"


# -- trainees and sessions -----------------------------------------------------------------------


@pytest.mark.parametrize("name", NAMES, ids=range(len(NAMES)))
def test_names_are_stored_exactly_as_typed(repo: Repository, name: str) -> None:
    trainee_id = repo.add_trainee(name, external_id=f"ext-{name}", group=f"group {name}")
    stored = repo.trainee(trainee_id)
    assert stored.name == name
    assert stored.external_id == f"ext-{name}"
    assert stored.group == f"group {name}"
    assert repo.find_trainee(name) == stored
    assert [t.name for t in repo.trainees()] == [name]


def test_many_awkward_names_side_by_side(repo: Repository) -> None:
    ids = {repo.add_trainee(name): name for name in NAMES}
    assert {t.id: t.name for t in repo.trainees()} == ids
    assert repo.find_trainee("Jan de") is None  # exact match only, no LIKE


def test_trainee_rules(repo: Repository) -> None:
    with pytest.raises(RecordsError, match="name is empty"):
        repo.add_trainee("   ")
    first = repo.add_trainee("Anna", external_id="LMS-1")
    with pytest.raises(RecordsError, match=r"'LMS-1' already belongs to trainee 1 \('Anna'\)"):
        repo.add_trainee("Bert", external_id="LMS-1")
    blank_a, blank_b = repo.add_trainee("Cor", external_id=""), repo.add_trainee("Dirk", "")
    assert repo.trainee(blank_a).external_id is None and repo.trainee(blank_b).external_id is None
    repo.add_trainee("Anna")
    with pytest.raises(RecordsError, match="2 trainees have that name"):
        repo.find_trainee("Anna")
    with pytest.raises(RecordsError, match="no trainee with id 99"):
        repo.trainee(99)
    assert repo.trainee(first).created_utc.endswith("+00:00")
    with pytest.raises(RecordsError, match="cannot add trainee"):
        repo.add_trainee("bad \ud800 surrogate")


def test_sessions_round_trip(repo: Repository) -> None:
    first = repo.add_session(
        "Week 12 — 'night shift'", instructor="Marieke 👩‍🏫", notes="line1\nl2"
    )
    second = repo.add_session("Week 13")
    sessions = repo.sessions()
    assert [s.id for s in sessions] == [first, second]
    assert sessions[0].title == "Week 12 — 'night shift'"
    assert sessions[0].instructor == "Marieke 👩‍🏫" and sessions[0].notes == "line1\nl2"
    assert repo.session(second).instructor is None
    with pytest.raises(RecordsError, match="no class session with id 5"):
        repo.session(5)


# -- runs ----------------------------------------------------------------------------------------


def test_a_run_starts_running_owned_by_this_process(repo: Repository) -> None:
    trainee, session = repo.add_trainee("Anna"), repo.add_session("Week 1")
    run_id = start(repo, trainee_id=trainee, session_id=session, seed=2**63 - 1)
    run = repo.run(run_id)
    assert run.status is RunStatus.RUNNING and run.ended_utc is None
    assert (run.pid, run.host) == (os.getpid(), process.this_host())
    assert (run.trainee_id, run.session_id, run.seed) == (trainee, session, 2**63 - 1)
    assert (run.scenario_id, run.file_sha256, run.app_version) == ("flyaway-05", "ab" * 32, "0.1.0")
    repo.update_sim_time(run_id, 123.25)
    repo.finish_run(run_id)
    run = repo.run(run_id)
    assert run.status is RunStatus.FINISHED and run.sim_time_s == 123.25 and run.ended_utc
    with pytest.raises(RecordsError, match="run 1 is finished, no longer running"):
        repo.finish_run(run_id, "aborted")
    with pytest.raises(RecordsError, match="is finished"):
        repo.update_sim_time(run_id, 200)


def test_run_errors(repo: Repository) -> None:
    with pytest.raises(RecordsError, match="no trainee with id 4"):
        start(repo, trainee_id=4)
    with pytest.raises(RecordsError, match="no class session with id 8"):
        start(repo, session_id=8)
    with pytest.raises(RecordsError, match="number is too large"):
        start(repo, seed=2**64)
    assert repo.runs() == []  # none of them left a row
    with pytest.raises(RecordsError, match="no run with id 3"):
        repo.run(3)
    with pytest.raises(RecordsError, match="no run with id 3"):
        repo.finish_run(3)
    with pytest.raises(ValueError, match="finished or aborted"):
        repo.finish_run(start(repo), RunStatus.INTERRUPTED)


def test_runs_filter_by_session_and_trainee(repo: Repository) -> None:
    anna, bert = repo.add_trainee("Anna"), repo.add_trainee("Bert")
    week1, week2 = repo.add_session("Week 1"), repo.add_session("Week 2")
    a1 = start(repo, trainee_id=anna, session_id=week1)
    b1 = start(repo, trainee_id=bert, session_id=week1)
    a2 = start(repo, trainee_id=anna, session_id=week2)
    solo = start(repo)
    assert [r.id for r in repo.runs()] == [a1, b1, a2, solo]
    assert [r.id for r in repo.runs(session_id=week1)] == [a1, b1]
    assert [r.id for r in repo.runs(trainee_id=anna)] == [a1, a2]
    assert [r.id for r in repo.runs(session_id=week2, trainee_id=bert)] == []
    with pytest.raises(RecordsError, match="no class session with id 9"):
        repo.runs(session_id=9)


# -- actions and events --------------------------------------------------------------------------


def test_actions_round_trip_exactly(repo: Repository) -> None:
    run_id = start(repo)
    for action in sample_actions():
        repo.record_action(run_id, action)
    back = repo.actions(run_id)
    assert back == sample_actions()
    assert all(isinstance(a.kind, ActionKind) for a in back)
    assert back[2].sim_time_s == 0.1 + 0.2 and back[2].corrects == 2
    assert back[10].params["log"] == "Drone gone 'N' of ATZ 🚁"
    assert repo.actions(start(repo)) == []


def test_a_recorded_action_is_committed_at_once(repo: Repository, db_path: Path) -> None:
    run_id = start(repo)
    repo.record_action(run_id, sample_actions()[0])
    with sqlite3.connect(db_path) as other:  # a second connection sees it: it is committed
        assert other.execute("SELECT sequence, kind FROM actions").fetchall() == [
            (1, "acknowledge")
        ]


def test_action_rules(repo: Repository) -> None:
    run_id = start(repo)
    first, second = sample_actions()[:2]
    repo.record_action(run_id, first)
    with pytest.raises(RecordsError, match="already has an action 1; actions are never replaced"):
        repo.record_action(run_id, Action(1, ActionKind.NOTIFY_POLICE, 3.0, WALL))
    with pytest.raises(RecordsError, match="corrects action 4, which run 1 does not have"):
        repo.record_action(run_id, Action(7, ActionKind.CLASSIFY, 3.0, WALL, "T1", {}, 4))
    with pytest.raises(RecordsError, match="can only correct an earlier action"):
        repo.record_action(run_id, Action(8, ActionKind.CLASSIFY, 3.0, WALL, "T1", {}, 8))
    with pytest.raises(RecordsError, match="action number 0: it must be 1 or more"):
        repo.record_action(run_id, Action(0, ActionKind.CLASSIFY, 3.0, WALL))
    with pytest.raises(RecordsError, match="no run with id 42"):
        repo.record_action(42, second)
    repo.finish_run(run_id, "aborted")
    with pytest.raises(RecordsError, match="run 1 is aborted, no longer running"):
        repo.record_action(run_id, second)
    assert repo.actions(run_id) == [first]


def test_record_action_refuses_to_hide_inside_an_open_transaction(repo: Repository) -> None:
    run_id = start(repo)
    db = repo.db
    with db.atomic(), pytest.raises(RecordsError, match="another transaction is open"):
        repo.record_action(run_id, sample_actions()[0])


def test_events_round_trip_and_batches_continue(repo: Repository) -> None:
    run_id = start(repo)
    batch1 = [
        Event(0, 0.0, EventKind.LAUNCHED, "D1", x_m=257502.25, y_m=477487.125, alt_agl_m=30.5),
        Event(140, 14.000000001, EventKind.ZONE_ENTERED, "D1", "ATZ Twente", detail="at 45 m"),
    ]
    batch2 = [Event(200, 20.0, EventKind.PROXIMITY, "D1", None, "D2", "12 m apart")]
    repo.record_events(run_id, batch1)
    repo.record_events(run_id, [])
    repo.record_events(run_id, batch2)
    back = repo.events(run_id)
    assert back == batch1 + batch2
    assert all(isinstance(e.kind, EventKind) for e in back)


def test_an_event_batch_is_all_or_nothing(repo: Repository) -> None:
    run_id = start(repo)
    good = Event(1, 0.1, EventKind.LAUNCHED, "D1")
    repo.record_events(run_id, [good])
    with pytest.raises(RecordsError, match="number is too large"):
        repo.record_events(run_id, [good, Event(2**70, 0.2, EventKind.LANDED, "D1")])
    assert repo.events(run_id) == [good]
    repo.finish_run(run_id)
    with pytest.raises(RecordsError, match="is finished"):
        repo.record_events(run_id, [good])


def test_foreign_keys_are_enforced(repo: Repository) -> None:
    db = repo.db
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        db.execute(
            "INSERT INTO actions (run_id, sequence, kind, sim_time_s, wall_time) "
            "VALUES (99, 1, 'acknowledge', 0, ?)",
            [WALL],
        )
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        db.execute(
            "INSERT INTO score_items (sheet_id, position, points, max_points, category, reason) "
            "VALUES (5, 0, 1, 1, 'expected', 'r')"
        )
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"):
        db.execute(
            "INSERT INTO runs (trainee_id, scenario_id, scenario_title, scenario_file, "
            "file_sha256, seed, app_version, started_utc, status) "
            "VALUES (77, 's', 't', 'f', 'h', 1, 'v', ?, 'running')",
            [WALL],
        )
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


# -- score sheets --------------------------------------------------------------------------------


def test_score_sheets_round_trip(repo: Repository) -> None:
    run_id = start(repo)
    assert repo.sheet(run_id) is None
    sheet_id = repo.save_sheet(run_id, sample_sheet())
    assert sheet_id >= 1
    back = repo.sheet(run_id)
    assert back == sample_sheet()
    assert back is not None and all(isinstance(i.category, ItemCategory) for i in back.items)
    with pytest.raises(RecordsError, match="already has a score sheet"):
        repo.save_sheet(run_id, sample_sheet(10))
    repo.save_sheet(run_id, sample_sheet(10), replace=True)
    assert repo.sheet(run_id) == sample_sheet(10)
    items = repo.db.execute("SELECT COUNT(*) FROM score_items").fetchone()[0]
    assert items == len(sample_sheet().items)  # the replaced sheet's items are gone


def test_a_sheet_must_match_its_run(repo: Repository) -> None:
    run_id = start(repo, seed=8)
    with pytest.raises(RecordsError, match="sheet is for 'flyaway-05' seed 7, the run is"):
        repo.save_sheet(run_id, sample_sheet())
    with pytest.raises(RecordsError, match="no run with id 9"):
        repo.save_sheet(9, sample_sheet())
    with pytest.raises(RecordsError, match="no run with id 9"):
        repo.sheet(9)


def test_trainee_history(repo: Repository) -> None:
    anna, bert = repo.add_trainee("Anna"), repo.add_trainee("Bert")
    scored, unscored = start(repo, trainee_id=anna), start(repo, trainee_id=anna)
    other = start(repo, trainee_id=bert)
    repo.save_sheet(scored, sample_sheet())
    repo.save_sheet(other, sample_sheet(1))
    history = repo.trainee_history(anna)
    assert [(run.id, sheet) for run, sheet in history] == [
        (scored, sample_sheet()),
        (unscored, None),
    ]
    assert repo.trainee_history(repo.add_trainee("Cor")) == []
    with pytest.raises(RecordsError, match="no trainee with id 99"):
        repo.trainee_history(99)


# -- interrupted runs ----------------------------------------------------------------------------


def test_pid_alive() -> None:
    assert process.pid_alive(os.getpid())
    assert not process.pid_alive(dead_pid())
    for nonsense in (None, 0, -1, 2**40):
        assert not process.pid_alive(nonsense)


def test_a_run_whose_process_died_is_marked_interrupted(db_path: Path, repo: Repository) -> None:
    ghost = Repository(repo.db, pid=dead_pid())
    dead_run = start(ghost)
    ghost.record_action(dead_run, sample_actions()[0])
    live_run = start(repo)  # this process: alive
    done = start(ghost)
    ghost.finish_run(done)
    assert repo.mark_interrupted_runs() == [dead_run]
    assert repo.run(dead_run).status is RunStatus.INTERRUPTED
    assert repo.run(dead_run).ended_utc is None
    assert repo.run(live_run).status is RunStatus.RUNNING
    assert repo.run(done).status is RunStatus.FINISHED
    assert repo.actions(dead_run) == [sample_actions()[0]]  # its actions intact
    assert repo.mark_interrupted_runs() == []
    with pytest.raises(RecordsError, match="is interrupted, no longer running"):
        repo.record_action(dead_run, sample_actions()[1])


def test_runs_on_another_computer_are_interrupted_after_a_day(repo: Repository) -> None:
    now = datetime.now(UTC)
    old = Repository(
        repo.db, host="classroom-pc-2", pid=os.getpid(), now=lambda: now - timedelta(hours=25)
    )
    recent = Repository(
        repo.db, host="classroom-pc-2", pid=dead_pid(), now=lambda: now - timedelta(hours=23)
    )
    old_run, recent_run = start(old), start(recent)
    assert repo.mark_interrupted_runs() == [old_run]
    assert repo.run(recent_run).status is RunStatus.RUNNING


def test_a_run_from_before_the_last_boot_is_dead_even_if_its_pid_lives(
    repo: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = datetime.now(UTC)
    earlier = Repository(repo.db, pid=os.getpid(), now=lambda: now - timedelta(hours=3))
    before_boot, after_boot = start(earlier), start(repo)
    monkeypatch.setattr(process, "boot_time_utc", lambda: now - timedelta(hours=1))
    assert repo.mark_interrupted_runs() == [before_boot]
    assert repo.run(after_boot).status is RunStatus.RUNNING


def test_windows_gives_its_boot_time_too(repo: Repository, monkeypatch: pytest.MonkeyPatch) -> None:
    # Windows hands a dead run's pid to another process soon; the boot time catches a run
    # from before a restart whatever its pid is now. GetTickCount64 itself is faked here.
    now = datetime.now(UTC)
    earlier = Repository(repo.db, pid=os.getpid(), now=lambda: now - timedelta(hours=3))
    before_boot, after_boot = start(earlier), start(repo)
    monkeypatch.setattr(process.sys, "platform", "win32")
    monkeypatch.setattr(process, "_windows_uptime_s", lambda: 3600.0)
    monkeypatch.setattr(process, "_windows_pid_alive", lambda pid: True)  # the reused pid
    monkeypatch.setattr(process, "_windows_process_started_utc", lambda pid: None)
    booted = process.boot_time_utc()
    assert booted is not None and abs(booted - (now - timedelta(hours=1))) < timedelta(seconds=5)
    assert repo.mark_interrupted_runs() == [before_boot]
    assert repo.run(after_boot).status is RunStatus.RUNNING


class FakeKernel32:
    """Windows' process calls as _windows_pid_alive makes them, answered as told."""

    def __init__(self, handle: int, exit_code: int = 259, error: int = 0) -> None:
        self.handle, self.exit_code, self.error = handle, exit_code, error
        self.closed: list[int] = []

    def OpenProcess(self, access: int, inherit: bool, pid: int) -> int:
        return self.handle

    def GetExitCodeProcess(self, handle: int, code: Any) -> bool:
        code._obj.value = self.exit_code
        return True

    def CloseHandle(self, handle: int) -> bool:
        self.closed.append(handle)
        return True

    def GetProcessTimes(self, handle: int, created: Any, *_times: Any) -> bool:
        created._obj.value = self.created_filetime
        return True

    created_filetime = 0


@pytest.mark.parametrize(
    ("kernel", "alive"),
    [
        (FakeKernel32(handle=2**40, exit_code=259), True),  # still running (a 64-bit handle)
        (FakeKernel32(handle=2**40, exit_code=0), False),  # ended, its handle still held
        (FakeKernel32(handle=0, error=87), False),  # ERROR_INVALID_PARAMETER: no such pid
        (FakeKernel32(handle=0, error=5), True),  # access denied: another user's process
    ],
)
def test_windows_pid_check(
    kernel: FakeKernel32, alive: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(process, "_kernel32", lambda: (kernel, lambda: kernel.error))
    monkeypatch.setattr(process.sys, "platform", "win32")
    assert process.pid_alive(4242) is alive
    assert kernel.closed == ([kernel.handle] if kernel.handle else [])
    assert process.pid_alive(2**40) is False  # no DWORD: not asked (ctypes would raise)


def test_run_is_dead_rules() -> None:
    alive, gone = os.getpid(), dead_pid()
    now = datetime.now(UTC)
    stamp = (now - timedelta(seconds=1)).isoformat()  # after this process began
    assert not process.run_is_dead(True, alive, stamp, now, None)
    assert process.run_is_dead(True, gone, stamp, now, None)
    assert process.run_is_dead(True, None, stamp, now, None)
    an_hour_ago = (now - timedelta(hours=1)).isoformat()
    assert process.run_is_dead(True, alive, an_hour_ago, now, now - timedelta(minutes=30))
    assert not process.run_is_dead(False, gone, stamp, now, None)
    assert process.run_is_dead(False, alive, (now - timedelta(hours=25)).isoformat(), now, None)
    assert process.run_is_dead(False, alive, "not a time", now, None)


def test_a_pid_handed_to_a_newer_process_does_not_keep_a_dead_run_running() -> None:
    """The process now holding the run's pid began after the run: it is another process."""
    mine = process.process_started_utc(os.getpid())
    if mine is None:
        pytest.skip("this platform does not say when a process began")
    assert abs(mine - datetime.now(UTC)) < timedelta(days=1)
    now = datetime.now(UTC)
    before_me = (mine - timedelta(minutes=10)).isoformat()
    after_me = (mine + timedelta(seconds=1)).isoformat()
    assert process.run_is_dead(True, os.getpid(), before_me, now, None)
    assert not process.run_is_dead(True, os.getpid(), after_me, now, None)
    # Within the slack for clock adjustments the benefit of the doubt goes to the run.
    assert not process.run_is_dead(True, os.getpid(), (mine - timedelta(seconds=30)).isoformat(),
                                   now, None)  # fmt: skip
    assert process.process_started_utc(dead_pid()) is None
    assert process.process_started_utc(0) is None


def test_windows_says_when_a_process_began(monkeypatch: pytest.MonkeyPatch) -> None:
    kernel = FakeKernel32(handle=7)
    # 2026-12-01 10:00 UTC as a FILETIME: 100 ns steps since 1601.
    began = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)
    kernel.created_filetime = (
        int((began - datetime(1601, 1, 1, tzinfo=UTC)).total_seconds()) * 10**7
    )
    monkeypatch.setattr(process, "_kernel32", lambda: (kernel, lambda: kernel.error))
    monkeypatch.setattr(process.sys, "platform", "win32")
    assert process.process_started_utc(4242) == began
    assert kernel.closed == [7]
    run_began = began - timedelta(hours=1)  # a run from before: its process was another
    now = began + timedelta(hours=1)
    assert process.run_is_dead(True, 4242, run_began.isoformat(), now, None)
    assert not process.run_is_dead(True, 4242, (began + timedelta(minutes=1)).isoformat(), now,
                                   None)  # fmt: skip


# -- closing a run: status, time and sheet together ------------------------------------------


def test_a_run_is_closed_with_its_time_and_sheet_in_one_go(repo: Repository) -> None:
    run_id = start(repo)
    ended = ScoreSheet(**{**sample_sheet().__dict__, "ended_at_s": 200.0})
    repo.close_run(run_id, "aborted", 200.0, ended)
    run = repo.run(run_id)
    assert (run.status, run.sim_time_s) == (RunStatus.ABORTED, 200.0)
    assert run.ended_utc is not None
    assert repo.sheet(run_id) == ended  # ended_at_s comes back too
    with pytest.raises(RecordsError, match="no longer running"):
        repo.close_run(run_id, "finished", 300.0)


def test_a_failed_sheet_leaves_the_run_running(repo: Repository) -> None:
    run_id = start(repo, seed=8)  # the sample sheet is for seed 7: its insert fails
    with pytest.raises(RecordsError, match="sheet is for"):
        repo.close_run(run_id, "finished", 600.0, sample_sheet())
    run = repo.run(run_id)
    assert (run.status, run.sim_time_s, run.ended_utc) == (RunStatus.RUNNING, 0.0, None)
    assert repo.sheet(run_id) is None


def version_1_record(db_path: Path) -> None:
    """A record as the first trainer wrote it: one finished run with its sheet."""
    conn = sqlite3.connect(db_path)
    with conn:
        records_db.MIGRATIONS[0](conn)
        conn.execute("PRAGMA user_version = 1")
        conn.execute(
            "INSERT INTO runs (scenario_id, scenario_title, scenario_file, file_sha256, seed, "
            "app_version, started_utc, status) VALUES ('s', 't', 'f', 'h', 3, 'v', ?, 'finished')",
            [WALL],
        )
        conn.execute(
            "INSERT INTO score_sheets (run_id, scenario_id, seed, total, maximum, percent, "
            "pass_mark_percent, passed, disruption_minutes, disruption_eur, created_utc) "
            "VALUES (1, 's', 3, 10, 20, 50, 70, 0, 0, 0, ?)",
            [WALL],
        )
    conn.close()


def test_a_version_1_record_keeps_its_sheets_after_migration(db_path: Path) -> None:
    version_1_record(db_path)
    db = open_database(db_path)
    try:
        sheet = Repository(db).sheet(1)
        assert sheet is not None and (sheet.total, sheet.ended_at_s) == (10, None)
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        db.close()


def test_read_only_reads_a_record_in_a_folder_that_cannot_be_written(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # SQLite cannot create the -shm file there; root could, so the folder's answer is faked.
    db = open_database(db_path)
    Repository(db).add_trainee("Anna de Vries")
    db.close()
    before = sha256(db_path)
    monkeypatch.setattr(records_db, "folder_writable", lambda folder: False)
    assert records_db._read_only_uri(db_path).endswith("?immutable=1")
    reader = open_database(db_path, read_only=True)
    try:
        assert [t.name for t in Repository(reader).trainees()] == ["Anna de Vries"]
    finally:
        reader.close()
    assert sha256(db_path) == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == [db_path.name]
