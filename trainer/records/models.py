"""Frozen records read back from the training record: trainees, class sessions and runs."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class RunStatus(StrEnum):
    RUNNING = "running"  # started, not yet ended (or its process died: see mark_interrupted_runs)
    FINISHED = "finished"  # the scenario ran to its end
    ABORTED = "aborted"  # the instructor stopped it
    INTERRUPTED = "interrupted"  # its process died (crash, kill, power loss) before it ended


@dataclass(frozen=True)
class TraineeRecord:
    id: int
    name: str  # exactly as typed
    external_id: str | None  # e.g. the learning-management system's id; unique when set
    group: str | None
    created_utc: str  # ISO 8601
    retired_utc: str | None = None  # set: kept for its history, offered in no pick list
    merged_into: int | None = None  # set: retired by a merge; its runs now belong to this one

    @property
    def retired(self) -> bool:
        return self.retired_utc is not None


@dataclass(frozen=True)
class SessionRecord:
    """A class session: one lesson in which several runs take place."""

    id: int
    title: str
    instructor: str | None
    started_utc: str
    notes: str | None


@dataclass(frozen=True)
class RunRecord:
    """One scenario run by one trainee (or none), from start to end."""

    id: int
    session_id: int | None
    trainee_id: int | None
    scenario_id: str
    scenario_title: str
    scenario_file: str
    file_sha256: str
    seed: int
    app_version: str
    started_utc: str
    ended_utc: str | None  # None while running, and for interrupted runs
    status: RunStatus
    sim_time_s: float  # last simulated time reported with update_sim_time
    pid: int | None  # process that ran it
    host: str | None  # computer that ran it


@dataclass(frozen=True)
class ItemReview:
    """The instructor's word on one item of a run's sheet: a note, an override, or both.

    Kept beside the computed score, never replacing it. `item_reason` is the reason the item
    had when reviewed: after a rescore the item at `position` may be another one.
    """

    run_id: int
    position: int
    item_reason: str
    override_points: float | None
    note: str
    updated_utc: str


@dataclass(frozen=True)
class SheetSummary:
    """A scored run's result without its items: what a list of many runs shows."""

    total: float
    maximum: float
    percent: float
    passed: bool
    ended_at_s: float | None  # the sim time it was ended before its scenario's end, if it was
    # The scorer's result when the instructor overrode items (the fields above count their
    # overrides: records.counted_score); None when nothing was overridden.
    computed: SheetSummary | None = None
