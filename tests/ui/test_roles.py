"""Roles: the trainee sees sensor tracks only, in a mode only the instructor's PIN ends; the
instructor sees truth with the tracks over it."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog

from tests.conftest import SCENARIOS
from tests.ui.conftest import FakeClock
from tests.ui.people import PIN, answer_dialogs, confirm_name, keys, press, set_pin
from trainer.launch import Workspace
from trainer.records import Repository, open_database
from trainer.sim.events import EventKind
from trainer.ui.main_window import INSTRUCTOR, TRAINEE, MainWindow
from trainer.ui.sim_driver import RunState

HOBBY = SCENARIOS / "hobby-drone-approach-23.yaml"


def table_ids(window: MainWindow) -> list[str]:
    model = window.track_table.model()
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def alert_rows(window: MainWindow) -> list[tuple[str, str]]:
    return [
        (window.alerts.item(r, 1).text(), window.alerts.item(r, 2).text())
        for r in range(window.alerts.rowCount())
    ]


def advance(window: MainWindow, until_s: float, step_s: float = 1.0) -> None:
    """Sim time passes frame by frame, each frame shown, as the driver would."""
    engine = window.driver.engine
    while engine.time_s < until_s - 1e-9:
        engine.run_until(min(until_s, engine.time_s + step_s))
        window.driver.publish()


def test_the_trainee_sees_tracks_not_truth(window: MainWindow, clock: FakeClock) -> None:
    window.open_scenario(HOBBY)
    window.set_role(TRAINEE)
    window.driver.engine.run_until(50)  # the drone flies from 30 s, but no sensor has it yet
    window.driver.publish()
    assert table_ids(window) == [] and window.canvas.tracks.last_snapshot.ids == ()
    window.driver.engine.run_until(120)
    window.driver.publish()
    ids = table_ids(window)
    assert ids and all(i.startswith("T") for i in ids) and "hobby-1" not in ids
    assert all(track.startswith("T") for track, _ in alert_rows(window))
    assert any(text == "New track" for _, text in alert_rows(window))
    assert not window.docks["score"].isVisible() and not window.instructor.menu.isEnabled()
    assert not any(item.isVisible() for item in window.canvas.overlay.items)
    # What the trainee selects and acts on is a track.
    window.select_track(ids[0])
    assert window.responses.track == ids[0]


def test_the_instructor_sees_truth_and_the_tracks_over_it(
    window: MainWindow, clock: FakeClock
) -> None:
    window.open_scenario(HOBBY)
    assert window.role == INSTRUCTOR
    window.driver.engine.run_until(120)
    window.driver.publish()
    assert table_ids(window) == ["hobby-1"]
    x, _ = window.canvas.overlay.tracks.getData()
    assert len(x) >= 1  # the hobby drone's track, joined to it by its error line
    error_x, _ = window.canvas.overlay.errors.getData()
    assert len(error_x) == 2 * len(x)
    window.set_role(TRAINEE)
    window.set_role(INSTRUCTOR)
    assert (
        window.docks["score"].toggleViewAction().isEnabled() and window.instructor.menu.isEnabled()
    )


# -- the PIN -------------------------------------------------------------------------------


def test_entering_trainee_mode_first_asks_the_instructor_to_set_a_pin_twice(
    window: MainWindow, settings: QSettings, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window.open_scenario(HOBBY)
    notes: list[str] = []
    answer_dialogs(
        qtbot,
        keys(qtbot, "4711", Qt.Key.Key_Return),  # Enter moves on to the second field
        keys(qtbot, "4712", Qt.Key.Key_Return),  # typed differently: said, and the dialog stays
        lambda dialog: notes.append(dialog.note.text()),
        keys(qtbot, "", Qt.Key.Key_Escape),  # the instructor gives up: no trainee mode
    )
    window.canvas.setFocus()
    press(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert notes == ["The two PINs differ"]
    assert window.role == INSTRUCTOR and not window.trainee_view_action.isChecked()
    assert not window.trainee_mode.pins.is_set()

    titles = answer_dialogs(
        qtbot,
        keys(qtbot, PIN, Qt.Key.Key_Return),
        keys(qtbot, PIN, Qt.Key.Key_Return),
    )
    press(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert titles == ["Set the instructor PIN", "Set the instructor PIN"]
    assert window.role == TRAINEE and window.trainee_view_action.isChecked()
    # Only a salted hash is kept, never the PIN.
    settings.sync()
    stored = Path(settings.fileName()).read_text(encoding="utf-8")
    hashed = re.compile(r"pbkdf2_sha256\$\d+\$[0-9a-f]+\$[0-9a-f]{64}")
    assert hashed.search(stored), stored
    # The random salt and hash are hex and may hold the PIN's digits by chance (CI met one).
    assert PIN not in hashed.sub("", stored)


def test_leaving_trainee_mode_needs_the_pin(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    set_pin(window)
    window.open_scenario(HOBBY)
    window.canvas.setFocus()
    press(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)  # a PIN exists: no question
    assert window.role == TRAINEE

    notes: list[str] = []
    titles = answer_dialogs(
        qtbot,
        keys(qtbot, "0000", Qt.Key.Key_Return),
        lambda dialog: notes.append(dialog.note.text()),
        keys(qtbot, "", Qt.Key.Key_Escape),
    )
    press(qtbot, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert titles == ["Instructor PIN"] * 3 and notes == ["Wrong PIN"]
    assert window.role == TRAINEE and window.trainee_view_action.isChecked()
    assert window.windowTitle() == "Exercise \u2014 Twente Drone Safety Trainer"

    # The View menu asks the same.
    answer_dialogs(qtbot, keys(qtbot, PIN, Qt.Key.Key_Return))
    window.trainee_view_action.trigger()
    assert window.role == INSTRUCTOR and not window.trainee_view_action.isChecked()
    assert window.windowTitle().startswith("Hobby drone in the approach to runway 23")


def test_a_restarted_app_comes_back_in_trainee_mode(
    window: MainWindow, workspace: Workspace, settings: QSettings, qtbot
) -> None:  # type: ignore[no-untyped-def]
    set_pin(window)
    window.trainee_view_action.trigger()
    window.close()
    again = MainWindow(workspace, settings)
    qtbot.addWidget(again)
    assert again.role == TRAINEE and again.trainee_view_action.isChecked()
    assert not again.instructor.library_action.isEnabled()


# -- what the trainee cannot do ------------------------------------------------------------


def test_in_trainee_mode_the_run_cannot_be_paused_ended_sped_up_or_changed(
    window: MainWindow, clock: FakeClock, qtbot
) -> None:  # type: ignore[no-untyped-def]
    set_pin(window)
    window.open_scenario(HOBBY)
    window.trainee_view_action.trigger()
    confirm_name(qtbot, window, "Sanne")
    press(qtbot, Qt.Key.Key_Space)
    assert window.driver.state == RunState.RUNNING
    for key, modifier in (
        (Qt.Key.Key_Space, Qt.KeyboardModifier.NoModifier),  # pause
        (Qt.Key.Key_4, Qt.KeyboardModifier.NoModifier),  # speed 4x
        (Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier),  # end
        (Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier),  # restart
        (Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier),  # debrief (the truth)
        (Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier),  # scenario library
    ):
        press(qtbot, key, modifier)
    assert window.driver.state == RunState.RUNNING and window.driver.speed == 1
    assert [w for w in window.findChildren(QDialog) if w.isVisible()] == []
    for action in (
        window.start_action,  # Pause now
        window.end_action,
        window.restart_action,
        *window.speed_actions.values(),
        window.open_action,
        window.instructor.library_action,
        window.instructor.debrief_action,
        window.instructor.lost_link_action,
        window.docks["score"].toggleViewAction(),
    ):
        assert not action.isEnabled(), action.text()
    assert not window.open_action.isVisible()
    assert not window.bundled_menu.menuAction().isVisible()
    assert not window.recent.menu.menuAction().isVisible()
    assert not window.instructor.menu.isEnabled() and not window.docks["score"].isVisible()
    # The public methods refuse too.
    window.toggle_run()
    window.end_run()
    window.set_speed(8)
    window.restart()
    assert window.driver.state == RunState.RUNNING and window.driver.speed == 1


def test_the_instructor_gets_the_menu_back_as_it_was(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    before = {a.text(): a.isEnabled() for a in window.role_view.instructor_actions()}
    assert not before["&Debrief a run\u2026"]  # no training record here: nothing to debrief
    set_pin(window)
    window.trainee_view_action.trigger()
    answer_dialogs(qtbot, keys(qtbot, PIN, Qt.Key.Key_Return))
    window.trainee_view_action.trigger()
    assert {a.text(): a.isEnabled() for a in window.role_view.instructor_actions()} == before


# -- the run's log and the alerts ----------------------------------------------------------


def test_a_view_switch_during_a_recorded_run_is_in_its_event_log(
    qtbot, workspace: Workspace, settings: QSettings, clock: FakeClock, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    repository = Repository(open_database(tmp_path / "records.sqlite"))
    window = MainWindow(workspace, settings, clock=clock, repository=repository)
    qtbot.addWidget(window)
    window.show()
    set_pin(window)
    window.open_scenario(HOBBY)
    confirm_name(qtbot, window, "Sanne")
    press(qtbot, Qt.Key.Key_Space)
    advance(window, 20)
    window.trainee_view_action.trigger()
    advance(window, 40)
    answer_dialogs(qtbot, keys(qtbot, PIN, Qt.Key.Key_Return))
    window.trainee_view_action.trigger()
    assert window.role == INSTRUCTOR
    views = [
        (e.tick, e.time_s, e.drone, e.detail)
        for e in repository.events(window.recorder.recording.run_id)
        if e.kind == EventKind.VIEW_CHANGED
    ]
    assert views == [(200, 20.0, "", "trainee"), (400, 40.0, "", "instructor")]


def test_switching_view_keeps_both_alert_histories(window: MainWindow, clock: FakeClock) -> None:
    window.open_scenario(HOBBY)
    advance(window, 120)  # all in the instructor view: the trainee's alerts are kept meanwhile
    instructor_rows = alert_rows(window)
    assert any(track == "hobby-1" for track, _ in instructor_rows)
    window.set_role(TRAINEE)
    trainee_rows = alert_rows(window)
    assert trainee_rows and all(track.startswith("T") for track, _ in trainee_rows)
    assert ("T001", "New track") in trainee_rows
    advance(window, 130)
    trainee_rows = alert_rows(window)
    window.set_role(INSTRUCTOR)
    assert alert_rows(window)[-len(instructor_rows) :] == instructor_rows  # nothing rewritten
    window.set_role(TRAINEE)
    assert alert_rows(window) == trainee_rows


def test_the_trainee_map_frame_does_not_show_where_drones_will_fly(window: MainWindow) -> None:
    frames = {}
    for scenario in (HOBBY, SCENARIOS / "two-drones.yaml"):
        window.set_role(INSTRUCTOR)
        window.open_scenario(scenario)
        instructor = window.canvas.view.viewRange()
        window.set_role(TRAINEE)  # entering trainee mode frames the map anew
        frames[scenario.stem] = (instructor, window.canvas.view.viewRange())
        window.fit_action.trigger()
        assert window.canvas.view.viewRange() == frames[scenario.stem][1]
    (hobby_instructor, hobby_trainee), (two_instructor, two_trainee) = frames.values()
    assert hobby_instructor != two_instructor  # fitted to each scenario's drones
    assert hobby_trainee == two_trainee  # the same for every scenario before any track


def test_entering_trainee_mode_closes_the_instructors_windows(
    window: MainWindow, clock: FakeClock
) -> None:
    window.open_scenario(HOBBY)
    window.toggle_run()
    library = window.instructor.show_library()
    window.instructor.place_actions["hobby"].trigger()  # the next map click would place a drone
    assert library.isVisible() and window.instructor.pending_template == "hobby"
    set_pin(window)
    window.trainee_view_action.trigger()
    assert not library.isVisible()
    x, y = window.run.world.airspace.aerodrome.reference_point
    window.canvas.map_clicked.emit(x + 1500.0, y)  # the trainee clicks the map
    assert "inject-1" not in window.driver.engine.fleet.ids
