"""Trainee progress: scored runs over time by difficulty, from the record."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from tests.conftest import SCENARIOS
from tests.ui.label_text import label_shows
from tests.ui.recorded_runs import finished_run
from trainer.launch import Workspace
from trainer.local_time import wall_clock_seconds
from trainer.progress import trainee_progress
from trainer.records import Repository, open_database
from trainer.scoring.sheet import ScoreSheet
from trainer.ui.progress_dialog import ProgressDialog


def add_scored_run(
    repository: Repository, trainee_id: int, file: Path, percent: float, workspace: Workspace
) -> int:
    run, scenario = finished_run(repository, trainee_id, file, workspace)
    sheet = ScoreSheet(
        scenario.id, scenario.seed, (), percent, 100.0, percent, 70.0, percent >= 70, 0.0, 0.0
    )
    repository.save_sheet(run, sheet)
    return run


def test_progress_lists_scored_runs_with_difficulty(
    tmp_path: Path, workspace: Workspace, qtbot
) -> None:  # type: ignore[no-untyped-def]
    repository = Repository(open_database(tmp_path / "r.sqlite"))
    anna = repository.add_trainee("Anna")
    other = repository.add_trainee("Bram")
    add_scored_run(repository, anna, SCENARIOS / "inspection-fence.yaml", 55.0, workspace)
    add_scored_run(repository, anna, SCENARIOS / "flyaway-test-area.yaml", 80.0, workspace)
    add_scored_run(repository, other, SCENARIOS / "inspection-fence.yaml", 99.0, workspace)
    unscored = repository.start_run(
        scenario_id="x",
        scenario_title="x",
        scenario_file="gone.yaml",
        file_sha256="0" * 64,
        seed=1,
        app_version="test",
        trainee_id=anna,
    )
    repository.finish_run(unscored, "aborted")
    points = trainee_progress(repository, anna, workspace)
    assert [(p.scenario_id, p.difficulty, p.percent, p.passed) for p in points] == [
        ("inspection-fence", 1, 55.0, False),
        ("flyaway-test-area", 3, 80.0, True),
    ]
    dialog = ProgressDialog(repository, workspace)
    qtbot.addWidget(dialog)
    dialog.show_trainee(anna)
    assert [p.run_id for p in dialog.points] == [p.run_id for p in points]
    assert "2 scored run(s), 1 passed" in dialog.summary.text()
    dialog.show_trainee(other)
    assert len(dialog.points) == 1


def test_a_title_with_markup_is_shown_as_written(
    tmp_path: Path, workspace: Workspace, qtbot
) -> None:  # type: ignore[no-untyped-def]
    repository = Repository(open_database(tmp_path / "r.sqlite"))
    anna = repository.add_trainee("Anna")
    run = add_scored_run(repository, anna, SCENARIOS / "inspection-fence.yaml", 80.0, workspace)
    repository.db.conn.execute(  # the title a run was recorded with, as its file had it
        "UPDATE runs SET scenario_title = '<b>Hek</b> <img src=x>' WHERE id = ?", [run]
    )
    dialog = ProgressDialog(repository, workspace)
    qtbot.addWidget(dialog)
    dialog.show_trainee(anna)
    assert "Latest: <b>Hek</b> <img src=x>, 80.0 %" in label_shows(dialog.summary)


def test_a_long_name_does_not_widen_the_dialog(tmp_path: Path, workspace: Workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    repository = Repository(open_database(tmp_path / "r.sqlite"))
    repository.add_trainee("L" * 300)  # a name without spaces, from a roster file
    repository.add_trainee("line\nbreak")
    dialog = ProgressDialog(repository, workspace)
    qtbot.addWidget(dialog)
    assert dialog.minimumSizeHint().width() < 900  # was over 2,000 px: past the screen
    shown = [dialog.trainee_box.itemText(i) for i in range(dialog.trainee_box.count())]
    assert "line break" in shown


def test_a_trainee_without_runs_gets_an_axis_of_dates(
    tmp_path: Path, workspace: Workspace, qtbot
) -> None:  # type: ignore[no-untyped-def]
    repository = Repository(open_database(tmp_path / "r.sqlite"))
    repository.add_trainee("Anna")
    dialog = ProgressDialog(repository, workspace)
    qtbot.addWidget(dialog)
    assert dialog.points == [] and dialog.summary.text() == "No scored runs yet."
    low, high = dialog.plot.getViewBox().viewRange()[0]
    now = wall_clock_seconds(datetime.now(UTC))
    assert low <= now - 6 * 86_400 and now - 60 <= high <= now + 60  # was 0 to 1 s: '00.050'
