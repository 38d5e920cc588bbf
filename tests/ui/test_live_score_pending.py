"""The instructor's live score while the run goes on says what has not happened yet is pending
("not due yet", "not yet ..."); once the run has ended it shows the sheet on the record, with
its verdicts. The class console's live scores likewise (tests/classroom/test_live_scores.py)."""

from __future__ import annotations

from tests.ui.test_responses import HOBBY, db_path, recording_window, start
from trainer.ui.main_window import INSTRUCTOR, MainWindow

__all__ = ["db_path", "recording_window"]  # the recording window's fixtures


def lines(window: MainWindow) -> list[str]:
    panel = window.live_score.items
    return [" ".join(panel.item(row).text().split()) for row in range(panel.count())]


def test_before_the_first_track_every_item_is_pending(recording_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = recording_window
    start(qtbot, window, HOBBY, 20)  # the hobby drone's track T001 comes at 70 s
    window.set_role(INSTRUCTOR)
    window.scoring.refresh_live_score()
    shown = lines(window)
    # Was "0/0 acknowledged the track: not due, no track of it appeared in this run".
    assert shown[0] == "0/0 acknowledged the track: not due yet, no track of it so far"
    assert all(line.endswith("not due yet, no track of it so far") for line in shown), shown
    assert window.live_score.note.text() == "If the run ended now (never shown to the trainee):"


def test_a_drone_flying_but_not_yet_tracked_is_not_due_yet(
    recording_window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = recording_window
    start(qtbot, window, HOBBY, 50)  # the drone is up; its track T001 comes at 70 s
    window.set_role(INSTRUCTOR)
    window.scoring.refresh_live_score()
    # Was "0/10 not yet acknowledged track hobby-1 (due within 30 s of first detection at
    # 0:30)": with no track yet the log read as a run without sensors, seen at its launch.
    assert lines(window)[0] == "0/0 acknowledged the track: not due yet, no track of it so far"
    assert not any("hobby-1" in line for line in lines(window))


def test_an_open_window_is_not_yet_done(recording_window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = recording_window
    start(qtbot, window, HOBBY, 80)
    window.set_role(INSTRUCTOR)
    window.scoring.refresh_live_score()
    assert lines(window)[0] == (
        "0/10 not yet acknowledged track T001 (due within 30 s of first detection at 1:10)"
    )


def test_once_ended_the_live_score_is_the_sheet_on_the_record(
    recording_window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = recording_window
    start(qtbot, window, HOBBY, 20)
    window.set_role(INSTRUCTOR)
    window.end_run()  # before the drone was seen: scored on all the scenario would have asked
    assert window.scoring.final_sheet is not None
    assert window.live_score.note.text() == "The sheet as scored at the end:"
    assert lines(window)[0] == (
        "0/10 acknowledged the track: run ended at 0:20 before this was due (first detection "
        "at 1:10)"
    )
    # Was the log so far scored as if the scenario had ended: "... no track of it appeared".
    assert not any("not due" in line for line in lines(window))
