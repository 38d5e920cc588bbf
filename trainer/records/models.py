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
