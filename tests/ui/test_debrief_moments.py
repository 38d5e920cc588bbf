"""The debrief's list of moments reads as the trainee's run did: corrected judgements struck
through, each score item's points once, how the run ended, and why the replay may differ."""

from __future__ import annotations

import shutil

import pytest
import shiboken6
from PySide6.QtCore import Qt

from tests.conftest import SCENARIOS
from trainer.launch import Workspace
from trainer.records import Repository, open_database
from trainer.records.review_store import MAX_NOTE_CHARS
from trainer.replay import Replay, load_replay
from trainer.scoring.action_file import PlannedAction, ScriptedTrainee
from trainer.scoring.protocol import ActionKind
from trainer.training_run import run_headless
from trainer.ui.debrief_window import DebriefWindow
from trainer.ui.main_window import MainWindow
from trainer.ui.review_panel import ReviewPanel
from trainer.ui.score_dialog import ScoreSheetDialog


@pytest.fixture(scope="module")
def corrected(tmp_path_factory: pytest.TempPathFactory) -> Replay:
    """A trainee who calls the drone a bird, corrects it, presses 'drone' again, and whose run
    the instructor ended at 3:20; the scenario is a copy of a bundled one, deleted since."""
    folder = tmp_path_factory.mktemp("moments")
    copy = folder / "class-copy.yaml"
    shutil.copy(SCENARIOS / "hobby-drone-approach-23.yaml", copy)
    workspace = Workspace()
    prepared = workspace.prepare(copy)
    planned = [
        PlannedAction(1, 75.0, ActionKind.ACKNOWLEDGE, "T001"),
        PlannedAction(2, 80.0, ActionKind.CLASSIFY, "T001", {"classification": "bird"}),
        PlannedAction(3, 110.0, ActionKind.CLASSIFY, "T001", {"classification": "drone"}),
        PlannedAction(4, 115.0, ActionKind.CLASSIFY, "T001", {"classification": "drone"}),
        PlannedAction(5, 200.0, None),
    ]
    repository = Repository(open_database(folder / "records.sqlite"))
    run_id = run_headless(prepared, ScriptedTrainee(planned), recorder=repository).run_id
    assert run_id is not None
    copy.unlink()
    return load_replay(repository, run_id, workspace)


def test_a_corrected_judgement_is_struck_through_and_names_its_correction(
    corrected: Replay, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = DebriefWindow(corrected, "Corrie")
    qtbot.addWidget(window)
    entries = [window.moments.item(row) for row in range(window.moments.count())]
    bird = next(e for e in entries if "as bird" in e.text())
    assert bird.font().strikeOut() and "corrected by #3" in bird.text()
    drone = [e for e in entries if "as drone" in e.text() and e.text()[10:11] == "#"]
    assert len(drone) == 2  # #3 stands; #4, the same again, changes nothing
    assert not any(e.font().strikeOut() or "corrected" in e.text() for e in drone)


def test_each_item_shows_its_points_once(corrected: Replay, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = DebriefWindow(corrected, "Corrie")
    qtbot.addWidget(window)
    texts = [window.moments.item(row).text() for row in range(window.moments.count())]
    # (the line "Due: acknowledged track T001 or T002 ..." says when it was due, without points)
    acknowledged = next(t for t in texts if "acknowledged track T001" in t and "Due: " not in t)
    assert acknowledged.split("  ", 1)[1].startswith("+10 acknowledged")  # not "+10  +10 ..."


def test_the_header_says_the_run_ended_early_and_that_the_file_was_found_elsewhere(
    corrected: Replay, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = DebriefWindow(corrected, "\u202eevil")
    qtbot.addWidget(window)
    header = window.header.text()
    assert "Ended early at 3:20" in header
    assert "class-copy.yaml" in header and "hobby-drone-approach-23.yaml" in header
    assert "\u202e" not in window.windowTitle()


def test_the_instructor_steps_by_the_second_and_from_moment_to_moment(
    corrected: Replay, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = DebriefWindow(corrected, "Corrie")
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # window shortcuts need an active window
    qtbot.keyClick(window, Qt.Key.Key_Period)  # one second on
    assert window.time_s == pytest.approx(1.0)
    qtbot.keyClick(window, Qt.Key.Key_Comma)
    qtbot.keyClick(window, Qt.Key.Key_Comma)  # never before the start
    assert window.time_s == 0.0 and window.moments.currentRow() == -1
    qtbot.keyClick(window, Qt.Key.Key_BracketRight)  # the first moment
    first = window.moments.times[0]
    assert window.time_s == pytest.approx(first) and window.moments.currentRow() >= 0
    assert window.moments.times[window.moments.currentRow()] == first
    qtbot.keyClick(window, Qt.Key.Key_BracketRight)  # the next time something happened
    assert window.time_s == min(t for t in window.moments.times if t > first)
    qtbot.keyClick(window, Qt.Key.Key_BracketLeft)
    assert window.time_s == pytest.approx(first)
    window.toggle_play()
    window.controls.step_buttons[2].click()  # "+1 s" while playing pauses there
    assert not window.playing and window.time_s == pytest.approx(first + 1.0, abs=0.5)
    window.seek(150.0)  # the list follows the replay: the last moment reached is current
    shown = window.moments.times[window.moments.currentRow()]
    assert shown <= 150.0 and not any(shown < t <= 150.0 for t in window.moments.times)


def test_a_closed_debrief_is_let_go(tmp_path, qtbot, settings) -> None:  # type: ignore[no-untyped-def]
    """Each debrief holds its run's frames (some 15 MB); closed ones stayed until the trainer
    quit, 20 debriefs adding 300 MB."""
    repository = Repository(open_database(tmp_path / "records.sqlite"))
    window = MainWindow(Workspace(), settings, repository=repository)
    qtbot.addWidget(window)
    prepared = Workspace().prepare(SCENARIOS / "two-drones.yaml")
    run_id = run_headless(prepared, ScriptedTrainee([]), recorder=repository).run_id
    assert run_id is not None
    first = window.instructor.open_debrief(run_id)
    second = window.instructor.open_debrief(run_id)
    assert first is not None and second is not None
    first.close()
    assert window.instructor.debriefs == [second]
    qtbot.waitUntil(lambda: not shiboken6.isValid(first))  # deleted, not hidden
    second.close()
    assert window.instructor.debriefs == []


def test_the_end_of_run_sheet_shows_a_missed_item_out_of_its_points(
    corrected: Replay, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """'0/20 suspended runway operations' (missed, required) said only '0' in the Points column."""
    sheet = corrected.sheet
    assert sheet is not None
    dialog = ScoreSheetDialog(sheet, "Hobby drone", "Corrie")
    qtbot.addWidget(dialog)
    for row, item in enumerate(sheet.items):
        shown = dialog.table.item(row, 1).text()
        if item.points == 0 and item.max_points:
            assert shown == f"0/{item.max_points:g}", (shown, item.reason)
    assert any(i.category.value == "missed" and i.max_points for i in sheet.items)


def test_the_timeline_writes_dutch_decimal_commas(corrected: Replay, qtbot, dutch_windows) -> None:  # type: ignore[no-untyped-def]
    window = DebriefWindow(corrected, "Corrie")
    qtbot.addWidget(window)
    left = window.timeline.getAxis("left")
    assert left.tickStrings([1.5, 2.0, 2.5], 1.0, 0.5) == ["1,5", "2,0", "2,5"]
    assert window.timeline.getAxis("bottom").tickStrings([12.5], 1.0, 0.5) == ["12,5"]


def test_a_note_too_long_is_refused_in_dutch(tmp_path, qtbot, dutch_windows) -> None:  # type: ignore[no-untyped-def]
    """The record's refusal was English ('the note has 2001 characters; at most 2000')."""
    repository = Repository(open_database(tmp_path / "records.sqlite"))
    prepared = Workspace().prepare(SCENARIOS / "two-drones.yaml")
    result = run_headless(prepared, ScriptedTrainee([]), recorder=repository)
    assert result.run_id is not None
    panel = ReviewPanel(repository, result.run_id, result.sheet)
    qtbot.addWidget(panel)
    assert not panel.set_review(0, note="x" * (MAX_NOTE_CHARS + 1))
    assert "de notitie heeft 2001 tekens, hoogstens 2000" in panel.message.text()
    assert repository.item_reviews(result.run_id) == {}
    assert panel.set_review(0, note="x" * MAX_NOTE_CHARS)  # at the limit it is kept
