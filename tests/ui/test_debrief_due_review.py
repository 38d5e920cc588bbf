"""The due-window bands follow the instructor's review (an override recolours its band, as
the sheet reports it) and can be reached and used with the keyboard alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import copy_record
from tests.ui.test_debrief_due import band_named, first_detection, plain, scenario_copy
from trainer.export.sheet_data import gather
from trainer.launch import Workspace
from trainer.records import Repository, open_database
from trainer.replay import Replay, load_replay
from trainer.scoring.action_file import PlannedAction, ScriptedTrainee
from trainer.scoring.due import Outcome
from trainer.scoring.protocol import ActionKind
from trainer.training_run import run_headless
from trainer.ui.debrief_due import OUTCOME_COLOURS, WindowBand
from trainer.ui.debrief_moments import ITEM_ROLE
from trainer.ui.debrief_window import DebriefWindow
from trainer.ui.panels.alerts import clock_text

RUN = 1  # the record's only run
NOTE = "Said 'drone' on the radio; the button was not pressed"


@pytest.fixture(scope="module")
def played(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The record of one run: acknowledged in time, Twente Radio informed 30 s late, never
    classified (a bird). Played once for the module; each test reviews a copy of it."""
    planned = [
        PlannedAction(1, 75.0, ActionKind.ACKNOWLEDGE, "T001"),
        PlannedAction(2, 90.0, ActionKind.CLASSIFY, "T001", {"classification": "bird"}),
        PlannedAction(3, 160.0, ActionKind.INFORM_RADIO),
    ]
    folder = tmp_path_factory.mktemp("played")
    prepared = Workspace().prepare(scenario_copy(folder))
    repository = Repository(open_database(folder / "records.sqlite"))
    assert run_headless(prepared, ScriptedTrainee(planned), recorder=repository).run_id == RUN
    repository.db.close()
    return folder / "records.sqlite"


@pytest.fixture
def recorded(played: Path, tmp_path: Path) -> tuple[Replay, Repository]:
    """The played run's debrief data, from a copy of its record that the test may change."""
    copy_record(played, tmp_path / "records.sqlite")
    repository = Repository(open_database(tmp_path / "records.sqlite"))
    return load_replay(repository, RUN, Workspace()), repository


def colour_of(band: WindowBand) -> int:
    return band.brush().color().rgb()


def test_an_override_recolours_its_band_and_clearing_it_gives_the_computed_one_back(
    recorded: tuple[Replay, Repository], qtbot
) -> None:  # type: ignore[no-untyped-def]
    replay, repository = recorded
    window = DebriefWindow(replay, "Sanne", repository=repository)
    qtbot.addWidget(window)
    assert window.review is not None
    missed = band_named(window, "classified T001 or T002 as drone")
    position = missed.due_window.position
    assert missed.due_window.outcome is Outcome.MISSED and not missed.overridden
    assert missed.pen().style() == Qt.PenStyle.SolidLine

    assert window.review.set_review(position, override="10", note=NOTE)
    assert missed.due_window.outcome is Outcome.MET
    assert colour_of(missed) == OUTCOME_COLOURS[Outcome.MET].rgb()
    assert missed.overridden and missed.pen().style() == Qt.PenStyle.DashLine
    tip = plain(missed.toolTip())
    assert "Overridden by the instructor: on time" in tip
    assert "Computed: Missed: not done in the run" in tip
    # The same words as the exported sheet prints under the item.
    sheet_line = gather(repository, replay.run.id).review_text(position)
    assert sheet_line == f"Instructor: 10 points instead of 0. {NOTE}"
    assert sheet_line in tip
    assert missed.computed_window.outcome is Outcome.MISSED  # the sheet's own judgement stays

    # The override taken away (the note stays): the scorer's colour and words again.
    assert window.review.set_review(position, override="")
    assert missed.due_window.outcome is Outcome.MISSED and not missed.overridden
    assert colour_of(missed) == OUTCOME_COLOURS[Outcome.MISSED].rgb()
    assert missed.pen().style() == Qt.PenStyle.SolidLine
    tip = plain(missed.toolTip())
    assert "Overridden" not in tip and "Missed: not done in the run" in tip
    assert f"Instructor: {NOTE}" in tip and "0 of 10 points" in tip


def test_a_partial_override_of_a_late_response_stays_late_and_full_points_are_on_time(
    recorded: tuple[Replay, Repository], qtbot
) -> None:  # type: ignore[no-untyped-def]
    replay, repository = recorded
    window = DebriefWindow(replay, "Sanne", repository=repository)
    qtbot.addWidget(window)
    assert window.review is not None
    late = band_named(window, "informed Twente Radio")
    position = late.due_window.position
    computed = late.due_window.item.points
    assert late.due_window.outcome is Outcome.LATE

    assert window.review.set_review(position, override="5")
    assert late.due_window.outcome is Outcome.LATE and late.overridden
    assert late.due_window.item.points == 5
    tip = plain(late.toolTip())
    assert "Overridden by the instructor: late" in tip
    assert f"Instructor: 5 points instead of {computed:g}." in tip
    assert window.review.set_review(position, override="20")
    assert late.due_window.outcome is Outcome.MET
    assert colour_of(late) == OUTCOME_COLOURS[Outcome.MET].rgb()
    # A refused override (more than the item can give) leaves the band as it was.
    assert not window.review.set_review(position, override="55")
    assert late.due_window.outcome is Outcome.MET and late.due_window.item.points == 20


def test_overrides_made_in_an_earlier_debrief_colour_the_bands_when_it_opens(
    recorded: tuple[Replay, Repository], qtbot
) -> None:  # type: ignore[no-untyped-def]
    replay, repository = recorded
    first = DebriefWindow(replay, "Sanne", repository=repository)
    qtbot.addWidget(first)
    met = band_named(first, "acknowledged track T001 or T002")
    assert first.review is not None
    assert first.review.set_review(met.due_window.position, override="0", note="Wrong track")
    again = DebriefWindow(replay, "Sanne", repository=repository)
    qtbot.addWidget(again)
    band = band_named(again, "acknowledged track T001 or T002")
    assert band.due_window.outcome is Outcome.MISSED  # voided by the instructor
    assert colour_of(band) == OUTCOME_COLOURS[Outcome.MISSED].rgb()
    assert "Overridden by the instructor: missed" in plain(band.toolTip())
    # Without the record (no Review tab) the bands are the scorer's.
    bare = DebriefWindow(replay, "Sanne")
    qtbot.addWidget(bare)
    assert band_named(bare, "acknowledged track T001 or T002").due_window.outcome is Outcome.MET


def test_the_band_says_it_was_overridden_in_dutch(
    recorded: tuple[Replay, Repository], qtbot, dutch_windows
) -> None:  # type: ignore[no-untyped-def]
    replay, repository = recorded
    window = DebriefWindow(replay, "Sanne", repository=repository)
    qtbot.addWidget(window)
    missed = band_named(window, "T001 of T002 geclassificeerd als drone")
    assert window.review is not None
    assert window.review.set_review(missed.due_window.position, override="10")
    tip = plain(missed.toolTip())
    assert "Aangepast door de instructeur: op tijd" in tip
    assert "Instructeur: 10 punten in plaats van 0." in tip
    assert "Berekend: Gemist" in tip


def shown(window: DebriefWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.addWidget(window)
    window.resize(1500, 950)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # the focus moves in an active window only


def test_tab_reaches_the_bands_and_the_keys_pick_one_and_go_to_it(
    recorded: tuple[Replay, Repository], qtbot
) -> None:  # type: ignore[no-untyped-def]
    replay, _ = recorded
    window = DebriefWindow(replay, "Sanne")
    shown(window, qtbot)
    lanes = window.due_lanes
    assert lanes is not None and lanes.focusPolicy() & Qt.FocusPolicy.TabFocus
    window.moments.setFocus()
    for _ in range(12):  # Tab on from the moments list until the lanes have the focus
        if lanes.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert lanes.hasFocus()
    # Nothing was picked before: the first band is, outlined, and said in the status bar.
    first = lanes.bands[0]
    assert first.highlighted and first.pen().color() == Qt.GlobalColor.white
    said = window.statusBar().currentMessage()
    due = first.due_window.due
    assert said.startswith(f"{due.expected.text()} \u00b7 Incident: hobby-in-approach \u00b7 ")
    assert f" \u00b7 Due {clock_text(due.start_s)} to {clock_text(due.end_s)} " in said
    assert lanes.accessibleDescription() == said
    assert plain(first.toolTip()).split("\n")[-1] in said  # the reason too

    qtbot.keyClick(lanes, Qt.Key.Key_Down)
    assert lanes.current == 1 and lanes.bands[1].highlighted and not first.highlighted
    assert window.statusBar().currentMessage() == lanes.description(1)
    qtbot.keyClick(lanes, Qt.Key.Key_End)
    assert lanes.current == len(lanes.bands) - 1
    qtbot.keyClick(lanes, Qt.Key.Key_Down)  # the last stays the last
    assert lanes.current == len(lanes.bands) - 1
    qtbot.keyClick(lanes, Qt.Key.Key_Home)
    qtbot.keyClick(lanes, Qt.Key.Key_Up)
    assert lanes.current == 0

    late = band_named(window, "informed Twente Radio")
    while lanes.current != late.lane:
        qtbot.keyClick(lanes, Qt.Key.Key_Down)
    window.seek(400.0)
    qtbot.keyClick(lanes, Qt.Key.Key_Return)
    seen = first_detection(replay)
    assert window.time_s == pytest.approx(seen)  # at the window's opening, as a click goes
    current = window.moments.currentItem()
    assert current.data(ITEM_ROLE) == late.due_window.position
    assert current.text().startswith(f"{clock_text(seen)}  Due: informed Twente Radio")
    assert late.highlighted

    # Leaving the lanes gives the status bar back to what it said before.
    window.moments.setFocus()
    assert not lanes.hasFocus()
    assert window.statusBar().currentMessage() == "  ·  ".join(replay.warnings)
    # Focus by a click on an empty part of a lane picks nothing; Down then picks the first.
    lanes.highlight(None)
    lanes.setFocus(Qt.FocusReason.MouseFocusReason)
    assert lanes.current is None and not any(b.highlighted for b in lanes.bands)
    qtbot.keyClick(lanes, Qt.Key.Key_Down)
    assert lanes.current == 0 and first.highlighted


def test_the_keys_start_from_the_band_of_the_item_under_review(
    recorded: tuple[Replay, Repository], qtbot
) -> None:  # type: ignore[no-untyped-def]
    replay, repository = recorded
    window = DebriefWindow(replay, "Sanne", repository=repository)
    shown(window, qtbot)
    assert window.review is not None and window.due_lanes is not None
    late = band_named(window, "informed Twente Radio")
    window.review.table.setCurrentCell(late.due_window.position, 3)
    window.due_lanes.setFocus()
    assert window.due_lanes.current == late.lane
    assert window.statusBar().currentMessage() == window.due_lanes.description(late.lane)
    # An override made in the Review tab is in what the picked band says.
    assert window.review.set_review(late.due_window.position, override="20")
    assert "Overridden by the instructor: on time" in window.due_lanes.accessibleDescription()
