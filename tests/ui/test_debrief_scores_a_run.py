"""A run left without a score sheet (interrupted by a crash, or left by closing the window or a
restart) is scored from its debrief: the window said only 'Not scored', and the one way to score
it was `drone-trainer rescore` in a terminal, which a classroom PC's instructor may not have."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from tests.conftest import SCENARIOS
from trainer import __version__
from trainer.launch import Workspace
from trainer.records import Repository, RunStatus, open_database
from trainer.scoring.protocol import Action, ActionKind
from trainer.training_run import file_sha256
from trainer.ui.main_window import MainWindow

STAMP = "2026-05-01T10:00:00.000+00:00"


@pytest.fixture
def interrupted(tmp_path: Path) -> tuple[Path, int]:
    """A hobby-drone run that died at 1:15 on another PC a day ago, having acknowledged T001."""
    path = tmp_path / "records.sqlite"
    prepared = Workspace().prepare(SCENARIOS / "hobby-drone-approach-23.yaml")
    day_ago = datetime.now(UTC) - timedelta(hours=25)
    db = open_database(path)
    repository = Repository(db, host="classroom-pc-2", now=lambda: day_ago)
    run_id = repository.start_run(
        scenario_id=prepared.scenario.id,
        scenario_title=prepared.scenario.title,
        scenario_file=str(prepared.path),
        file_sha256=file_sha256(prepared),
        seed=prepared.scenario.seed,
        app_version=__version__,
        trainee_id=repository.add_trainee("Sanne"),
    )
    engine = prepared.engine()
    engine.run_until(72.0)
    repository.record_events(run_id, engine.events)
    repository.record_action(run_id, Action(1, ActionKind.ACKNOWLEDGE, 75.0, STAMP, track="T001"))
    db.close()
    return path, run_id


@pytest.fixture
def window(
    qtbot: QtBot, settings: QSettings, interrupted: tuple[Path, int]
) -> Iterator[MainWindow]:
    db = open_database(interrupted[0])
    repository = Repository(db)
    repository.mark_interrupted_runs()
    window = MainWindow(Workspace(), settings, repository=repository)
    qtbot.addWidget(window)
    yield window
    for debrief in list(window.instructor.debriefs):
        debrief.close()
    db.close()


def test_an_interrupted_run_is_scored_from_its_debrief(
    qtbot: QtBot, window: MainWindow, interrupted: tuple[Path, int]
) -> None:
    _path, run_id = interrupted
    repository = window.repository
    assert repository is not None and repository.run(run_id).status is RunStatus.INTERRUPTED
    debrief = window.instructor.open_debrief(run_id)
    assert debrief is not None and debrief.review is None  # nothing to review yet
    button = debrief.score_button
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    sheet = repository.sheet(run_id)
    assert sheet is not None and sheet.ended_at_s == 75.0  # ended where it stopped
    assert any(i.reason.startswith("+10 acknowledged track T001") for i in sheet.items)
    # The debrief opens again on the scored run: its sheet, and the Review tab.
    (scored,) = window.instructor.debriefs
    assert scored is not debrief and scored.replay.sheet == sheet
    assert scored.review is not None and scored.score_button is None


def test_a_scored_run_offers_no_scoring(
    qtbot: QtBot, window: MainWindow, interrupted: tuple[Path, int]
) -> None:
    _path, run_id = interrupted
    debrief = window.instructor.open_debrief(run_id)
    assert debrief is not None and debrief.score_button is not None
    qtbot.mouseClick(debrief.score_button, Qt.MouseButton.LeftButton)
    (scored,) = window.instructor.debriefs
    assert scored.score_button is None
