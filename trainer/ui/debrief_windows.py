"""Which windows the debrief draws: the record's, or, for a sheet scored before windows were
kept (schema 4 and older), the ones the scorer gives when it scores the run again from its
scenario file, as `drone-trainer rescore` would, but only for display: the record is not
changed. When the file played is not the one at hand, nothing is worked out, and the debrief
says why in one line (`lanes_note`)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from trainer.errors import TrainerError
from trainer.played_file import sha256_of
from trainer.records import RunStatus
from trainer.replay import Replay, complete_log, run_end_s
from trainer.scoring.due_resolve import fill_windows, lacks_windows
from trainer.scoring.scorer import score
from trainer.scoring.sheet import ScoreSheet
from trainer.ui.translation import tr


class Absence(StrEnum):
    FILE_CHANGED = "file_changed"  # the scenario file is not the one played
    SCORED_OTHERWISE = "scored_otherwise"  # scoring again gives none of the sheet's items
    NOT_SCORED = "not_scored"  # scoring again failed (see `error`)


@dataclass(frozen=True)
class LaneSheet:
    """The sheet whose windows the lanes draw, and what the debrief should say about them."""

    sheet: ScoreSheet | None
    worked_out: bool = False  # the windows come from scoring again, not from the record
    absent: Absence | None = None  # why an old sheet's windows are not drawn
    unmatched: int = 0  # responses left without a window: scored otherwise now
    error: str = ""  # for NOT_SCORED


def lane_sheet(replay: Replay) -> LaneSheet:
    """The record's sheet, its windows worked out from the scenario file when it keeps none."""
    stored = replay.sheet
    if stored is None or not lacks_windows(stored):
        return LaneSheet(stored)
    run, prepared = replay.run, replay.prepared
    if sha256_of(prepared.path) != run.file_sha256:  # edited since: other windows, maybe
        return LaneSheet(stored, absent=Absence.FILE_CHANGED)
    scenario = prepared.scenario
    finished = run.status is RunStatus.FINISHED
    end_s = scenario.duration_s if finished else run_end_s(run, replay.recorded, replay.actions)
    try:
        rescored = score(
            scenario,
            complete_log(prepared, run.seed, replay.recorded),
            replay.actions,
            seed=run.seed,
            run_end_s=end_s,
        )
    except TrainerError as error:
        return LaneSheet(stored, absent=Absence.NOT_SCORED, error=str(error))
    filled = fill_windows(stored, rescored)
    if filled.found == 0:
        return LaneSheet(stored, absent=Absence.SCORED_OTHERWISE, unmatched=filled.unmatched)
    return LaneSheet(filled.sheet, worked_out=True, unmatched=filled.unmatched)


def lanes_note(found: LaneSheet) -> str:
    """One line on an old sheet's windows: why they are not drawn, or that some are not."""
    prefix = tr("No band shows when each response was due")
    if found.absent is Absence.FILE_CHANGED:
        return tr(
            "{prefix}: this run was scored before they were kept, and its scenario file "
            "has changed since, so they cannot be worked out from it"
        ).format(prefix=prefix)
    if found.absent is Absence.SCORED_OTHERWISE:
        return tr(
            "{prefix}: this run was scored before they were kept, and scoring it again "
            "now judges it otherwise; rescore it (drone-trainer rescore) to see them"
        ).format(prefix=prefix)
    if found.absent is Absence.NOT_SCORED:
        return tr(
            "{prefix}: this run was scored before they were kept, and scoring it again "
            "failed: {error}"
        ).format(prefix=prefix, error=found.error)
    if found.unmatched:
        return tr(
            "Some responses have no band ({count}): scoring the run again now judges them "
            "otherwise; rescore it (drone-trainer rescore) to see them"
        ).format(count=found.unmatched)
    return ""
