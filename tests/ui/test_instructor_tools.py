"""The instructor's tools in the live window: library, session, export, injects."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from tests.conftest import SCENARIOS
from tests.ui.conftest import FakeClock
from trainer.launch import Workspace
from trainer.records import Repository, open_database
from trainer.sim.events import EventKind
from trainer.sim.fleet import Mode
from trainer.ui.export_folder import documents_folder
from trainer.ui.main_window import MainWindow

HOBBY = SCENARIOS / "hobby-drone-approach-23.yaml"


def make_window(
    qtbot, workspace: Workspace, settings: QSettings, clock: FakeClock, db: Path
) -> MainWindow:  # type: ignore[no-untyped-def]
    window = MainWindow(workspace, settings, clock=clock, repository=Repository(open_database(db)))
    qtbot.addWidget(window)
    window.show()
    return window


def test_library_opens_the_chosen_scenario(
    qtbot, workspace, settings, clock, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, workspace, settings, clock, tmp_path / "r.sqlite")
    dialog = window.instructor.show_library()
    dialog.scenario_chosen.emit(SCENARIOS / "flyaway-test-area.yaml")
    assert window.run is not None and window.run.scenario.id == "flyaway-test-area"


def test_runs_go_into_the_chosen_session(qtbot, workspace, settings, clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db = tmp_path / "r.sqlite"
    window = make_window(qtbot, workspace, settings, clock, db)
    session = window.repository.add_session("Lesson 3", "J. Jansen")
    dialog = window.instructor.show_roster()
    dialog.session_chosen.emit(session)
    window.open_scenario(HOBBY)
    window.toggle_run()
    (run,) = window.repository.runs(session_id=session)
    assert run.scenario_id == "hobby-drone-approach-23"


def test_placed_drone_and_injects_reach_the_engine_and_the_log(
    qtbot, workspace, settings, clock, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = make_window(qtbot, workspace, settings, clock, tmp_path / "r.sqlite")
    window.open_scenario(HOBBY)
    window.instructor.place_actions["hobby"].trigger()  # refused: the run has not started
    assert window.instructor.pending_template is None
    window.toggle_run()
    window.instructor.place_actions["hobby"].trigger()
    x, y = window.run.world.airspace.aerodrome.reference_point
    window.canvas.map_clicked.emit(x + 1500.0, y)
    engine = window.driver.engine
    assert "inject-1" in engine.fleet.ids
    window.select_track("inject-1")
    window.instructor.flyaway_action.trigger()
    assert engine.fleet.mode[engine.fleet.index_of("inject-1")] == Mode.FLYAWAY
    window.instructor.outage_action.trigger()
    kinds = [e.detail for e in engine.events if e.kind == EventKind.INJECTED]
    assert len(kinds) == 3 and '"sensor_outage"' in kinds[2]
    # The injects are in the record as they happen.
    window.driver.engine.run_until(5)
    window.driver.pump()
    recorded = window.repository.events(window.recorder.recording.run_id)
    assert sum(e.kind == EventKind.INJECTED for e in recorded) == 3


def test_export_from_the_window_writes_files(
    qtbot, workspace, settings, clock, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from trainer.scoring.bots import make_bot
    from trainer.training_run import run_headless

    db = tmp_path / "r.sqlite"
    window = make_window(qtbot, workspace, settings, clock, db)
    prepared = workspace.prepare(SCENARIOS / "inspection-fence.yaml")
    run_id = run_headless(
        prepared, make_bot("perfect", prepared.scenario), recorder=window.repository
    ).run_id
    written = window.instructor.export_runs([run_id], "csv", tmp_path / "out")
    assert written and all(p.exists() for p in written)


def test_a_whole_class_session_is_exported_from_the_window(
    qtbot, workspace, settings, clock, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from trainer.scoring.bots import make_bot
    from trainer.training_run import run_headless

    window = make_window(qtbot, workspace, settings, clock, tmp_path / "r.sqlite")
    repository = window.repository
    session = repository.add_session("Lesson 1", "M. Bakker")
    prepared = workspace.prepare(SCENARIOS / "inspection-fence.yaml")
    for name in ("Anna", "Bram"):
        trainee = repository.add_trainee(name)
        run_headless(prepared, make_bot("perfect", prepared.scenario), recorder=repository,
                     trainee_id=trainee, session_id=session)  # fmt: skip
    written = window.instructor.export_session(session, "xlsx", tmp_path / "out")
    assert len(written) == 3 and any("summary" in p.name for p in written)


def test_the_export_questions_start_at_the_last_answers(
    qtbot, workspace, settings, clock, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    window = make_window(qtbot, workspace, settings, clock, tmp_path / "r.sqlite")
    repository = window.repository
    session = repository.add_session("<b>Les</b> " + "lang" * 80, "M. Bakker")
    asked: dict[str, object] = {}

    def get_item(_parent, _title, label, items, current, _editable):  # type: ignore[no-untyped-def]
        asked[label] = (list(items), current)
        return (items[1], True) if label == "Format" else (items[0], True)

    def get_folder(_parent, _title, start=""):  # type: ignore[no-untyped-def]
        asked["folder"] = start
        return str(tmp_path / "lms")

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", get_folder)
    window.instructor.export_session()  # no scored runs: nothing written, the answers kept
    # The first time: the user's documents (was '': the folder the program started from).
    first_folder = documents_folder()
    assert asked["Format"] == (["pdf", "csv", "xlsx"], 0) and asked["folder"] == first_folder
    sessions, _ = asked["Session"]  # type: ignore[misc]
    (label,) = sessions
    assert label.startswith(f"{session}: <b>Les</b> langlang") and "…" in label  # was 330 long
    assert len(label) <= 80
    window.instructor.export_session(session)
    assert asked["Format"] == (["pdf", "csv", "xlsx"], 1)  # csv, as chosen the last time
    assert asked["folder"] == str(tmp_path / "lms")  # was the folder the trainer started in
