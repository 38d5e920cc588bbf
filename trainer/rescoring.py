"""A recorded run scored again from its record: one interrupted or left unscored, or one whose
scenario's answer key was put right since. The command line's `rescore` and the debrief's
'Score this run' both do it here."""

from __future__ import annotations

from collections.abc import Sequence

from trainer.errors import TrainerError
from trainer.i18n import message
from trainer.launch import PreparedRun
from trainer.records import Repository, RunStatus
from trainer.records.models import RunRecord
from trainer.replay import complete_log, run_end_s
from trainer.scoring.protocol import Action
from trainer.scoring.scorer import score
from trainer.scoring.sheet import ScoreSheet
from trainer.sim.events import Event


def rescore(repository: Repository, run: RunRecord, prepared: PreparedRun) -> ScoreSheet:
    """Score `run` from its recorded events and actions on `prepared`, the scenario it was
    played from, and store the sheet in place of any earlier one (its reviews follow their
    items). A finished run is scored to its scenario's end; any other as ended where it
    stopped, so what fell due after that counts as missed. A run still going is refused."""
    if run.status is RunStatus.RUNNING:
        raise TrainerError(message("cli.still_running", run=run.id))
    recorded = repository.events(run.id)
    sheet = score_recorded(prepared, run, recorded, repository.actions(run.id))
    repository.save_sheet(run.id, sheet, replace=True)
    return sheet


def score_recorded(
    prepared: PreparedRun, run: RunRecord, recorded: Sequence[Event], actions: Sequence[Action]
) -> ScoreSheet:
    """The sheet of a recorded run with these actions (a console adding late ones scores with
    them before it stores them): a finished run to its scenario's end, any other as ended
    where it stopped."""
    scenario = prepared.scenario
    finished = run.status is RunStatus.FINISHED
    end_s = scenario.duration_s if finished else run_end_s(run, recorded, actions)
    return score(
        scenario, complete_log(prepared, run.seed, recorded), actions, seed=run.seed,
        run_end_s=end_s,
    )  # fmt: skip
