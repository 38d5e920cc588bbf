"""A trainee's progress: their scored runs over time, with each scenario's difficulty."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from trainer.errors import TrainerError
from trainer.launch import Workspace
from trainer.local_time import parse_utc
from trainer.records import Repository


@dataclass(frozen=True)
class ProgressPoint:
    run_id: int
    started: datetime
    scenario_id: str
    scenario_title: str
    difficulty: int | None  # None when the scenario file cannot be read any more
    percent: float  # with the instructor's overrides (records.counted_score)
    passed: bool
    computed_percent: float | None = None  # the scorer's, when the instructor overrode items


def trainee_progress(
    repository: Repository, trainee_id: int, workspace: Workspace
) -> list[ProgressPoint]:
    """Scored runs of one trainee, oldest first, each scored as it counts: with the
    instructor's overrides."""
    difficulties: dict[str, int | None] = {}
    points = []
    history = [(run, sheet) for run, sheet in repository.trainee_history(trainee_id) if sheet]
    scores = repository.counted_scores({run.id: sheet for run, sheet in history})
    for run, sheet in history:
        score = scores[run.id]
        if run.scenario_file not in difficulties:
            try:
                difficulties[run.scenario_file] = workspace.prepare(
                    Path(run.scenario_file)
                ).scenario.difficulty
            except TrainerError:
                difficulties[run.scenario_file] = None
        points.append(
            ProgressPoint(
                run_id=run.id,
                started=parse_utc(run.started_utc) or datetime.fromtimestamp(0, UTC),
                scenario_id=run.scenario_id,
                scenario_title=run.scenario_title,
                difficulty=difficulties[run.scenario_file],
                percent=score.percent,
                passed=score.passed,
                computed_percent=sheet.percent if score.overridden else None,
            )
        )
    return sorted(points, key=lambda p: (p.started, p.run_id))
