"""Fixtures of the unit tests of the record: a fresh database file and its Repository, and the
exports' tests' scored run."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.unit.hobby_run import hobby_run_sheet
from trainer.records import Repository, open_database
from trainer.scoring.sheet import ScoreSheet


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "records.sqlite"


@pytest.fixture
def repo(db_path: Path, request: pytest.FixtureRequest) -> Iterator[Repository]:
    """The record; in a module marked `record_clock(moment)`, every stamp is that moment."""
    clock = request.node.get_closest_marker("record_clock")
    db = open_database(db_path)
    yield Repository(db) if clock is None else Repository(db, now=lambda: clock.args[0])
    db.close()


@pytest.fixture(scope="module")
def scored_sheet() -> ScoreSheet:
    """hobby_run_sheet, scored once for each module that asks for it (about 1.5 s)."""
    return hobby_run_sheet()
