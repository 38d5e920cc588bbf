"""The run's total as it counts, with the instructor's overrides from the debrief's Review tab,
wherever a list of runs shows one: the run picker's Score column and the trainee's progress,
with the scorer's result kept beside it (tooltip, summary line)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SCENARIOS
from tests.ui.recorded_runs import finished_run
from tests.ui.tooltip_text import shown
from trainer.launch import Workspace
from trainer.progress import trainee_progress
from trainer.records import Repository, open_database
from trainer.scoring.sheet import ItemCategory, ScoreItem, ScoreSheet
from trainer.ui.progress_dialog import ProgressDialog
from trainer.ui.review_panel import ReviewPanel
from trainer.ui.run_picker import RunPickerDialog

SCORE = 5  # the picker's column


def sheet_of(scenario_id: str, seed: int) -> ScoreSheet:
    """50 of 100 points, failed; the instructor's 50 for the first item makes it 100, passed."""
    items = (
        ScoreItem(0.0, 50.0, ItemCategory.EXPECTED, "+0 informed Twente Radio too late"),
        ScoreItem(50.0, 50.0, ItemCategory.EXPECTED, "+50 classified T001 as drone"),
    )
    return ScoreSheet(scenario_id, seed, items, 50.0, 100.0, 50.0, 70.0, False, 0.0, 0.0)


def scored_run(repository: Repository, trainee_id: int, workspace: Workspace) -> int:
    file = SCENARIOS / "inspection-fence.yaml"
    run, scenario = finished_run(repository, trainee_id, file, workspace)
    repository.save_sheet(run, sheet_of(scenario.id, scenario.seed))
    return run


@pytest.fixture
def repository(tmp_path: Path) -> Repository:
    return Repository(open_database(tmp_path / "records.sqlite"))


def test_the_run_picker_shows_the_score_with_the_overrides_and_the_computed_one_beside_it(
    repository: Repository, workspace: Workspace, qtbot
) -> None:  # type: ignore[no-untyped-def]
    anna = repository.add_trainee("Anna")
    overridden = scored_run(repository, anna, workspace)
    plain = scored_run(repository, anna, workspace)
    repository.review_item(overridden, 0, override_points=50.0)
    repository.review_item(plain, 0, note="a note overrides nothing")
    picker = RunPickerDialog(repository, "Debrief a run")
    qtbot.addWidget(picker)
    rows = {int(picker.table.item(r, 0).text()): r for r in range(picker.table.rowCount())}
    cell = picker.table.item(rows[overridden], SCORE)
    assert cell.text() == "100.0 % passed, with the instructor's overrides"
    assert shown(cell.toolTip()) == (
        "100.0 % passed, with the instructor's overrides\nComputed: 50.0 % failed"
    )
    assert picker.table.item(rows[plain], SCORE).text() == "50.0 % failed"
    # Cleared, the scorer's result is back.
    repository.review_item(overridden, 0)
    again = RunPickerDialog(repository, "Debrief a run")
    qtbot.addWidget(again)
    assert again.table.item(rows[overridden], SCORE).text() == "50.0 % failed"


def test_progress_counts_the_overrides_and_says_so(
    repository: Repository, workspace: Workspace, qtbot
) -> None:  # type: ignore[no-untyped-def]
    anna = repository.add_trainee("Anna")
    first = scored_run(repository, anna, workspace)
    second = scored_run(repository, anna, workspace)
    repository.review_item(second, 0, override_points=50.0)
    points = trainee_progress(repository, anna, workspace)
    assert [(p.run_id, p.percent, p.passed, p.computed_percent) for p in points] == [
        (first, 50.0, False, None),
        (second, 100.0, True, 50.0),
    ]
    dialog = ProgressDialog(repository, workspace)
    qtbot.addWidget(dialog)
    dialog.show_trainee(anna)
    text = dialog.summary.text()
    assert "2 scored run(s), 1 passed." in text.splitlines()[0]
    assert "100.0 % on" in text  # the latest, as it counts
    # On a line of its own, so the dialog does not widen for it.
    assert text.splitlines()[1] == "1 of them with the instructor's overrides (computed: 50.0 %)."
    line, *marks = dialog.plot.getPlotItem().listDataItems()
    assert list(line.getData()[1]) == [50.0, 100.0]
    [ring] = [m for m in marks if m.name() == "with the instructor's overrides"]
    assert list(ring.getData()[1]) == [100.0]  # only the overridden run is ringed
    assert ring.opts["symbolPen"].color().name() == "#ffffff"


def test_the_review_tabs_total_comes_from_the_one_rule(
    repository: Repository, workspace: Workspace, qtbot
) -> None:  # type: ignore[no-untyped-def]
    run = scored_run(repository, repository.add_trainee("Anna"), workspace)
    sheet = repository.sheet(run)
    assert sheet is not None
    panel = ReviewPanel(repository, run, sheet)
    qtbot.addWidget(panel)
    assert panel.total_label.text() == "Computed total 50 of 100"
    repository.review_item(run, 0, override_points=25.0)
    panel.reload()
    assert panel.total_label.text() == (
        "Computed total 50 of 100; with the instructor's overrides 75"
    )


def test_the_picker_and_the_progress_say_it_in_dutch(
    repository: Repository, workspace: Workspace, dutch_windows: None, qtbot
) -> None:  # type: ignore[no-untyped-def]
    anna = repository.add_trainee("Anna")
    run = scored_run(repository, anna, workspace)
    repository.review_item(run, 0, override_points=50.0)
    picker = RunPickerDialog(repository, "Nabespreken")
    qtbot.addWidget(picker)
    cell = picker.table.item(0, SCORE)
    assert cell.text() == "100,0 % geslaagd, met de aanpassingen van de instructeur"
    assert shown(cell.toolTip()).endswith("\nBerekend: 50,0 % niet geslaagd")
    dialog = ProgressDialog(repository, workspace)
    qtbot.addWidget(dialog)
    dialog.show_trainee(anna)
    assert dialog.summary.text().endswith(
        "1 daarvan met de aanpassingen van de instructeur (berekend: 50,0 %)."
    )
