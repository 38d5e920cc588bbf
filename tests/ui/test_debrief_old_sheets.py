"""A run recorded at schema 4 (before sheets kept when each response was due): its debrief
works the windows out from the scenario file without touching the record, and says in one line
why there are none when the file has changed since."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.ui.test_debrief_due import band_named, scenario_copy
from trainer.errors import TrainerError
from trainer.launch import Workspace
from trainer.records import Repository, open_database
from trainer.records import db as records_db
from trainer.replay import Replay, load_replay
from trainer.scoring.action_file import PlannedAction, ScriptedTrainee
from trainer.scoring.due import Outcome, due_windows
from trainer.scoring.protocol import ActionKind
from trainer.training_run import run_headless
from trainer.ui.debrief_window import DebriefWindow
from trainer.ui.debrief_windows import Absence, lane_sheet

PLANNED = [
    PlannedAction(1, 75.0, ActionKind.ACKNOWLEDGE, "T001"),
    PlannedAction(2, 90.0, ActionKind.CLASSIFY, "T001", {"classification": "bird"}),
    PlannedAction(3, 160.0, ActionKind.INFORM_RADIO),
]


def as_schema_4(current: Path, old: Path) -> None:
    """`old`: the record `current` as the trainer of schema 4 wrote it (its tables, its columns,
    user_version 4), every row copied; opening it migrates it, its items without windows."""
    conn = sqlite3.connect(old)
    with conn:
        for step in records_db.MIGRATIONS[:4]:
            step(conn)
        conn.execute("PRAGMA user_version = 4")
    conn.execute("ATTACH DATABASE ? AS current", [str(current)])
    with conn:
        tables = [
            name
            for (name,) in conn.execute("SELECT name FROM main.sqlite_master WHERE type='table'")
        ]
        for table in tables:
            columns = ", ".join(row[1] for row in conn.execute(f"PRAGMA main.table_info({table})"))
            conn.execute(
                f"INSERT INTO main.{table} ({columns}) SELECT {columns} FROM current.{table}"
            )
    conn.execute("DETACH DATABASE current")
    conn.close()


@dataclass(frozen=True)
class Recorded:
    scored_today: Replay  # the run as today's record keeps it, windows and all
    old_record: Path  # the same run as the trainer of schema 4 wrote it
    workspace: Workspace


@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory) -> Recorded:
    """The run played and scored today, then its record as schema 4 kept it."""
    folder = tmp_path_factory.mktemp("schema4")
    workspace = Workspace()
    prepared = workspace.prepare(scenario_copy(folder))
    today = Repository(open_database(folder / "today.sqlite"))
    run_id = run_headless(prepared, ScriptedTrainee(PLANNED), recorder=today).run_id
    assert run_id == 1
    scored_today = load_replay(today, run_id, workspace)
    today.db.close()
    as_schema_4(folder / "today.sqlite", folder / "old.sqlite")
    return Recorded(scored_today, folder / "old.sqlite", workspace)


def old_record(recorded: Recorded, folder: Path, *, edit_scenario: bool = False) -> Path:
    """A copy of the schema-4 record for one test; `edit_scenario`: its run was played from a
    file that has been edited since (a copy of the scenario, changed after class)."""
    copy = folder / "old.sqlite"
    shutil.copyfile(recorded.old_record, copy)
    if edit_scenario:
        played = Path(recorded.scored_today.run.scenario_file)
        edited = folder / played.name
        edited.write_text(played.read_text(encoding="utf-8") + "\n# edited after class\n")
        conn = sqlite3.connect(copy)
        with conn:
            conn.execute("UPDATE runs SET scenario_file = ?", [str(edited)])
        conn.close()
    return copy


def stored_windows(path: Path) -> list[tuple[object, object, object]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT due_s, window_s, due_message FROM score_items").fetchall()
    finally:
        conn.close()


def test_an_old_records_debrief_works_out_the_windows_and_leaves_the_record_as_it_was(
    recorded: Recorded, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    old = old_record(recorded, tmp_path)
    repository = Repository(open_database(old))
    replay = load_replay(repository, 1, recorded.workspace)
    assert replay.sheet is not None and due_windows(replay.sheet) == []  # kept no windows
    assert replay.warnings == ()

    window = DebriefWindow(replay, "Sanne", repository=repository)
    qtbot.addWidget(window)
    assert window.due_lanes is not None
    # The very windows and outcomes the sheet scored today keeps.
    assert [(w.position, w.due, w.outcome) for w in window.windows] == [
        (w.position, w.due, w.outcome) for w in due_windows(recorded.scored_today.sheet)
    ]
    assert band_named(window, "informed Twente Radio").due_window.outcome is Outcome.LATE
    assert window.lane_sheet.worked_out and not window.lanes_note.text()
    assert "worked out from the scenario file" in window.lanes_legend.text()
    # Overrides work on worked-out bands as on kept ones.
    assert window.review is not None
    missed = band_named(window, "classified T001 or T002 as drone")
    assert window.review.set_review(missed.due_window.position, override="10")
    assert missed.due_window.outcome is Outcome.MET
    # The record is as it was: no window written, the sheet the same.
    assert all(row == (None, None, None) for row in stored_windows(old))
    assert repository.sheet(1) == replay.sheet


def test_an_old_record_whose_scenario_changed_says_why_it_has_no_bands(
    recorded: Recorded, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    old = old_record(recorded, tmp_path, edit_scenario=True)
    repository = Repository(open_database(old))
    replay = load_replay(repository, 1, recorded.workspace)
    assert replay.warnings and "has changed" in replay.warnings[0]

    window = DebriefWindow(replay, "Sanne", repository=repository)
    qtbot.addWidget(window)
    assert window.due_lanes is None and window.windows == []
    note = window.lanes_note.text()
    assert note == (
        "No band shows when each response was due: this run was scored before they were kept, "
        "and its scenario file has changed since, so they cannot be worked out from it"
    )
    assert not window.lanes_note.isHidden() and "\n" not in note
    assert all(row == (None, None, None) for row in stored_windows(old))


def test_the_note_speaks_dutch(recorded: Recorded, tmp_path: Path, qtbot, dutch_windows) -> None:  # type: ignore[no-untyped-def]
    old = old_record(recorded, tmp_path, edit_scenario=True)
    replay = load_replay(Repository(open_database(old)), 1, recorded.workspace)
    window = DebriefWindow(replay, "Sanne")
    qtbot.addWidget(window)
    assert window.lanes_note.text().startswith(
        "Geen balk toont wanneer elke handeling verwacht werd: deze oefening is gescoord"
    )


def test_a_sheet_the_scorer_now_judges_otherwise_is_said_to_be_so(
    recorded: Recorded, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """Scoring again gives none of the stored items (another scorer wrote them): no window is
    put on an item it did not judge."""
    old = old_record(recorded, tmp_path)
    replay = load_replay(Repository(open_database(old)), 1, recorded.workspace)
    assert replay.sheet is not None
    other = replace(
        replay.sheet,
        items=tuple(replace(i, reason=i.reason + " (old wording)") for i in replay.sheet.items),
    )
    found = lane_sheet(replace(replay, sheet=other))
    assert found.absent is Absence.SCORED_OTHERWISE and found.sheet == other
    window = DebriefWindow(replace(replay, sheet=other), "Sanne")
    qtbot.addWidget(window)
    assert window.due_lanes is None
    assert "drone-trainer rescore" in window.lanes_note.text()
    # One item worded otherwise: the rest get their bands, and the note counts the one left.
    radio = next(p for p, i in enumerate(replay.sheet.items) if "Twente Radio" in i.reason)
    items = list(replay.sheet.items)
    items[radio] = other.items[radio]
    partial = DebriefWindow(replace(replay, sheet=replace(replay.sheet, items=tuple(items))), "S")
    qtbot.addWidget(partial)
    assert partial.due_lanes is not None and radio not in {w.position for w in partial.windows}
    assert partial.lanes_note.text().startswith("Some responses have no band (1): ")


@pytest.mark.parametrize("kept", [True, False])
def test_a_sheet_that_keeps_windows_is_never_scored_again(
    recorded: Recorded, tmp_path: Path, kept: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Today's sheets draw the record's windows; only an old one costs a scoring."""
    old = old_record(recorded, tmp_path)
    workspace, scored_today = recorded.workspace, recorded.scored_today
    calls: list[object] = []
    import trainer.ui.debrief_windows as module

    real = module.score
    monkeypatch.setattr(module, "score", lambda *a, **k: calls.append(1) or real(*a, **k))
    replay = scored_today if kept else load_replay(Repository(open_database(old)), 1, workspace)
    found = lane_sheet(replay)
    assert found.sheet is not None and due_windows(found.sheet)
    assert calls == ([] if kept else [1]) and found.worked_out is not kept


def test_a_failed_scoring_is_said_with_its_error_as_written(
    recorded: Recorded, tmp_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    import trainer.ui.debrief_windows as module

    def fails(*_args: object, **_kwargs: object) -> None:
        raise TrainerError("cannot read <b>/tmp/x.yaml</b>")

    monkeypatch.setattr(module, "score", fails)
    old = old_record(recorded, tmp_path)
    window = DebriefWindow(load_replay(Repository(open_database(old)), 1, recorded.workspace), "S")
    qtbot.addWidget(window)
    assert window.due_lanes is None
    assert window.lanes_note.text().endswith(
        "scoring it again failed: cannot read <b>/tmp/x.yaml</b>"
    )
    assert window.lanes_note.textFormat() == Qt.TextFormat.PlainText
