"""The window tells the record how far a run has got every 30 s of sim time, also while nothing
happens: it did so only when new events came, so a window that crashed after a quiet stretch
left its run 'ended' at the last event (the rescore, the debrief and the exports said the run
stopped minutes before it did, and items due meanwhile 'were not due yet')."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from tests.conftest import SCENARIOS
from trainer.launch import Workspace
from trainer.records import Repository, RunStatus, open_database
from trainer.training_run import SIM_TIME_NOTE_S
from trainer.ui.main_window import MainWindow


def advance(window: MainWindow, until_s: float, step_s: float = 0.5) -> None:
    """Sim time passes frame by frame, each frame shown, as the driver would."""
    assert window.driver is not None
    engine = window.driver.engine
    while engine.time_s < until_s - 1e-9:
        engine.run_until(min(until_s, engine.time_s + step_s))
        window.driver.publish()


def test_a_quiet_stretch_is_noted_in_the_record(
    qtbot: QtBot, settings: QSettings, tmp_path: Path
) -> None:
    db = open_database(tmp_path / "records.sqlite")
    repository = Repository(db)
    window = MainWindow(Workspace(), settings, repository=repository)
    qtbot.addWidget(window)
    window.open_scenario(SCENARIOS / "hobby-drone-approach-23.yaml")
    window.trainee_edit.setText("Sanne")
    window.toggle_run()
    # The hobby drone's last event before 2:50 is its track at 1:10; the run goes on to 2:40.
    advance(window, 160.0)
    (run,) = repository.runs()
    assert run.status is RunStatus.RUNNING
    assert run.sim_time_s >= 160.0 - SIM_TIME_NOTE_S  # was 70: the track's start at 1:10
    db.close()
