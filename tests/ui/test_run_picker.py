"""The run picker: what the instructor sees selected is what Open debriefs or exports."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from tests.conftest import SCENARIOS
from tests.ui.tooltip_text import shown
from trainer.launch import Workspace
from trainer.records import Repository, open_database
from trainer.scoring.action_file import PlannedAction, ScriptedTrainee
from trainer.scoring.bots import make_bot
from trainer.training_run import run_headless
from trainer.ui.run_picker import RunPickerDialog

TRAINEE, SCORE = 2, 5  # columns


@pytest.fixture
def repository(tmp_path: Path) -> Repository:
    """Three runs, none scored: the picker needs only their rows."""
    repository = Repository(open_database(tmp_path / "records.sqlite"))
    for name in ("Anna", "Corrie", "\u202eevil\u202c -2+3", "W" * 300):
        repository.start_run(
            scenario_id="two-drones",
            scenario_title="Two drones",
            scenario_file=str(tmp_path / "gone.yaml"),
            file_sha256="0" * 64,
            seed=1,
            app_version="test",
            trainee_id=repository.add_trainee(name),
        )
    return repository


def _visible_names(picker: RunPickerDialog) -> list[str]:
    table = picker.table
    return [
        table.item(r, TRAINEE).text() for r in range(table.rowCount()) if not table.isRowHidden(r)
    ]


def test_filtering_away_the_selected_run_selects_one_that_is_shown(
    repository: Repository, qtbot
) -> None:  # type: ignore[no-untyped-def]
    picker = RunPickerDialog(repository, "Debrief a run")
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)
    assert picker.chosen() == [4]  # the newest run, selected at first
    qtbot.keyClicks(picker.filter, "Corrie")
    assert _visible_names(picker) == ["Corrie"]
    # Enter (Open) acts on what is selected: the run on show, never the one filtered away.
    assert picker.chosen() == [2]
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    assert picker.result() == picker.DialogCode.Accepted and picker.chosen() == [2]


def test_a_filter_that_shows_nothing_chooses_nothing(repository: Repository, qtbot) -> None:  # type: ignore[no-untyped-def]
    picker = RunPickerDialog(repository, "Export", multiple=True)
    qtbot.addWidget(picker)
    picker.table.selectAll()
    qtbot.keyClicks(picker.filter, "nobody of that name")
    assert _visible_names(picker) == []
    assert picker.chosen() == []
    picker.filter.clear()  # all rows back; the earlier choice is not silently restored
    assert len(_visible_names(picker)) == 4


def test_names_show_as_stored_without_bidi_tricks_and_long_ones_leave_room(
    repository: Repository, qtbot
) -> None:  # type: ignore[no-untyped-def]
    picker = RunPickerDialog(repository, "Debrief a run")
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)
    names = _visible_names(picker)
    # A right-to-left override would make "evil" read "live" on screen; it is shown as a space.
    assert "\u202e" not in names[1] and "evil" in names[1]
    # A 300-letter name does not push the scenario, status and score out of the dialog.
    header = picker.table.horizontalHeader()
    assert header.sectionSize(TRAINEE) <= picker.table.viewport().width() // 4
    assert shown(picker.table.item(0, TRAINEE).toolTip()) == "W" * 300


def _can_accept(picker: RunPickerDialog) -> bool:
    return picker.buttons.button(picker.buttons.StandardButton.Open).isEnabled()


def test_opened_with_ctrl_shift_e_held_the_newest_run_is_chosen(
    repository: Repository, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    shortcut = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    QTest.keyPress(window, Qt.Key.Key_E, shortcut)  # the menu's shortcut, keys still down
    try:
        assert QGuiApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier
        picker = RunPickerDialog(repository, "Export score sheets", multiple=True)
        qtbot.addWidget(picker)
    finally:
        QTest.keyRelease(window, Qt.Key.Key_E, shortcut)
        QTest.keyRelease(window, Qt.Key.Key_Shift)
        QTest.keyRelease(window, Qt.Key.Key_Control)
    assert QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier
    assert picker.chosen() == [4]  # was []: Enter closed the picker and exported nothing
    assert _can_accept(picker)


def test_with_nothing_chosen_export_is_greyed(repository: Repository, qtbot) -> None:  # type: ignore[no-untyped-def]
    picker = RunPickerDialog(repository, "Export", multiple=True)
    qtbot.addWidget(picker)
    assert _can_accept(picker)
    qtbot.keyClicks(picker.filter, "nobody of that name")
    assert not _can_accept(picker)  # Enter would close the picker and export nothing
    picker.filter.clear()
    picker.table.clearSelection()
    assert not _can_accept(picker)
    picker.table.selectAll()
    assert _can_accept(picker)


def test_the_picker_shows_each_runs_result_without_reading_every_sheet(
    tmp_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """A year's record has thousands of sheets: reading each with its items took seconds."""
    repository = Repository(open_database(tmp_path / "records.sqlite"))
    prepared = Workspace().prepare(SCENARIOS / "hobby-drone-approach-23.yaml")
    ended = ScriptedTrainee([PlannedAction(1, 200.0, None)])  # the instructor ends it at 3:20
    for trainee in (make_bot("perfect", prepared.scenario), ended):
        run_headless(prepared, trainee, recorder=repository)
    summaries = repository.sheet_summaries()
    for run_id, summary in summaries.items():
        sheet = repository.sheet(run_id)
        assert sheet is not None
        assert (summary.total, summary.maximum, summary.percent, summary.passed) == (
            sheet.total, sheet.maximum, sheet.percent, sheet.passed
        )  # fmt: skip
        assert summary.ended_at_s == sheet.ended_at_s
    monkeypatch.setattr(Repository, "sheet", lambda *_: pytest.fail("read a whole sheet"))
    picker = RunPickerDialog(repository, "Debrief a run")
    qtbot.addWidget(picker)
    scores = [picker.table.item(row, SCORE).text() for row in range(2)]
    assert scores == ["0.0 % failed, ended early at 3:20", "100.0 % passed"]


def test_in_dutch_every_column_fits_beside_a_long_name(
    repository: Repository, qtbot, dutch_windows
) -> None:  # type: ignore[no-untyped-def]
    """Dutch scenario titles and a long name left the Score column squeezed ('0,0 % geslaa')."""
    prepared = Workspace().prepare(SCENARIOS / "two-drones.yaml")  # 'Twee drones tegelijk, ...'
    trainee = repository.add_trainee("Wolfeschlegelsteinhausenbergerdorff " * 6)
    run_headless(prepared, make_bot("idle", prepared.scenario), recorder=repository,
                 trainee_id=trainee)  # fmt: skip
    picker = RunPickerDialog(repository, "Debrief")
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)
    table, header = picker.table, picker.table.horizontalHeader()
    assert header.sectionSize(SCORE) >= table.sizeHintForColumn(SCORE)
    used = sum(header.sectionSize(c) for c in range(table.columnCount()))
    assert used <= table.viewport().width()  # no sideways scrolling to see the score


def test_a_long_scenario_title_leaves_the_status_and_score_in_view(tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    repository = Repository(open_database(tmp_path / "records.sqlite"))
    title = "<b>Evil</b> \u202eRTL " + "L" * 110  # a file's title, up to 120 characters
    repository.start_run(
        scenario_id="evil", scenario_title=title, scenario_file=str(tmp_path / "gone.yaml"),
        file_sha256="0" * 64, seed=1, app_version="test",
        trainee_id=repository.add_trainee("Anna"),
    )  # fmt: skip
    picker = RunPickerDialog(repository, "Debrief a run")
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)
    shown_title = picker.table.item(0, 3).text()
    assert "\u202e" not in shown_title and "<b>Evil</b>" in shown_title
    header = picker.table.horizontalHeader()
    right_edge = header.sectionViewportPosition(SCORE) + header.sectionSize(SCORE)
    assert header.sectionViewportPosition(SCORE) < picker.table.viewport().width()
    assert right_edge > 0


def test_a_run_left_without_a_sheet_says_so_and_where_to_score_it(
    repository: Repository, qtbot
) -> None:  # type: ignore[no-untyped-def]
    # It showed '-', as a run still going does: nothing said it could be scored.
    left = repository.runs()[0].id
    repository.close_run(left, "aborted", 63.0, None)
    picker = RunPickerDialog(repository, "Debrief a run")
    qtbot.addWidget(picker)
    rows = {int(picker.table.item(r, 0).text()): r for r in range(picker.table.rowCount())}
    cell = picker.table.item(rows[left], SCORE)
    assert cell.text() == "not scored"
    assert "Score this run" in shown(cell.toolTip())
    still_going = next(run_id for run_id in rows if run_id != left)
    assert picker.table.item(rows[still_going], SCORE).text() == "-"
