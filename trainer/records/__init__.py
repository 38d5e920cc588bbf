"""The training record: trainees, sessions, runs, actions, events and score sheets in SQLite."""

from trainer.records.db import SCHEMA_VERSION, default_database_path, open_database
from trainer.records.errors import RecordsError
from trainer.records.models import RunRecord, RunStatus, SessionRecord, TraineeRecord
from trainer.records.repository import Repository

__all__ = [
    "SCHEMA_VERSION",
    "RecordsError",
    "Repository",
    "RunRecord",
    "RunStatus",
    "SessionRecord",
    "TraineeRecord",
    "default_database_path",
    "open_database",
]
