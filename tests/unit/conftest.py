"""Fixtures of the unit tests of the record: a fresh database file and its Repository."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from trainer.records import Repository, open_database


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "records.sqlite"


@pytest.fixture
def repo(db_path: Path) -> Iterator[Repository]:
    db = open_database(db_path)
    yield Repository(db)
    db.close()
