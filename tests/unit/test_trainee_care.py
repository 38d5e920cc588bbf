"""Rename, retire, restore and merge trainees: nothing about a trainee's runs is ever lost."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import examples
from trainer.records import RecordsError, Repository, open_database
from trainer.records.db import MIGRATIONS, SCHEMA_VERSION
from trainer.records.roster import import_roster


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[Repository]:
    db = open_database(tmp_path / "records.sqlite")
    yield Repository(db)
    db.close()


def start(repo: Repository, trainee_id: int, seed: int = 1) -> int:
    return repo.start_run(
        scenario_id="two-drones",
        scenario_title="Two drones",
        scenario_file="two.yaml",
        file_sha256="0" * 64,
        seed=seed,
        app_version="test",
        trainee_id=trainee_id,
    )


def test_two_namesakes_block_the_lookup_until_one_is_merged(repo: Repository) -> None:
    first = repo.add_trainee("Anna de Vries")
    second = repo.add_trainee("Anna de Vries", "S2", "Blue")
    runs = [start(repo, first), start(repo, second), start(repo, second, seed=2)]
    with pytest.raises(RecordsError, match=r"2 trainees have that name.*merge"):
        repo.find_trainee("Anna de Vries")

    assert repo.merge_trainees(first, second) == 2

    found = repo.find_trainee("Anna de Vries")
    assert found is not None and found.id == first
    # The kept entry took the roster id and group it lacked; every run is now the kept one's.
    assert (found.external_id, found.group) == ("S2", "Blue")
    assert [r.trainee_id for r in map(repo.run, runs)] == [first, first, first]
    gone = repo.trainee(second)
    assert gone.retired and gone.merged_into == first and gone.external_id is None
    assert [t.id for t in repo.trainees()] == [first]
    assert {t.id for t in repo.trainees(include_retired=True)} == {first, second}


def test_a_merge_keeps_the_kept_trainees_own_id(repo: Repository) -> None:
    keep = repo.add_trainee("Jan", "S1", "A")
    gone = repo.add_trainee("Jan J.", "S9", "B")
    repo.merge_trainees(keep, gone)
    kept = repo.trainee(keep)
    assert (kept.external_id, kept.group) == ("S1", "A")
    assert repo.trainee(gone).external_id == "S9"  # still its own: two ids cannot be one


def test_merging_a_chain_points_everyone_at_the_last_kept(repo: Repository) -> None:
    a, b, c = (repo.add_trainee(n) for n in ("A", "B", "C"))
    repo.merge_trainees(b, c)
    repo.merge_trainees(a, b)
    assert repo.trainee(c).merged_into == a and repo.trainee(b).merged_into == a


def test_merge_refusals(repo: Repository) -> None:
    a, b = repo.add_trainee("A"), repo.add_trainee("B")
    with pytest.raises(RecordsError, match="into themselves"):
        repo.merge_trainees(a, a)
    with pytest.raises(RecordsError, match="no trainee with id 99"):
        repo.merge_trainees(a, 99)
    repo.merge_trainees(a, b)
    with pytest.raises(RecordsError, match="was itself merged"):
        repo.merge_trainees(b, a)
    with pytest.raises(RecordsError, match="merged into trainee"):
        repo.restore_trainee(b)


def test_rename_follows_into_history_and_refuses_a_used_id(repo: Repository) -> None:
    anna = repo.add_trainee("Ana de Vris", "S1")
    repo.add_trainee("Piet", "S2")
    run = start(repo, anna)
    renamed = repo.update_trainee(anna, name="Anna de Vries", group="Blue")
    assert (renamed.name, renamed.external_id, renamed.group) == ("Anna de Vries", "S1", "Blue")
    assert repo.run(run).trainee_id == anna
    with pytest.raises(RecordsError, match="'S2' already belongs to trainee"):
        repo.update_trainee(anna, external_id="S2")
    with pytest.raises(RecordsError, match="the name is empty"):
        repo.update_trainee(anna, name="   ")
    assert repo.update_trainee(anna, external_id="").external_id is None
    assert repo.trainee(anna).name == "Anna de Vries"


def test_retire_and_restore(repo: Repository) -> None:
    piet = repo.add_trainee("Piet")
    run = start(repo, piet)
    repo.retire_trainee(piet)
    repo.retire_trainee(piet)  # twice: no change, no error
    assert repo.trainees() == [] and repo.find_trainee("Piet") is None
    assert repo.run(run).trainee_id == piet  # history kept
    assert len(repo.trainee_history(piet)) == 1
    repo.restore_trainee(piet)
    found = repo.find_trainee("Piet")
    assert found is not None and not found.retired


def test_a_roster_does_not_bring_a_retired_trainee_back_twice(
    repo: Repository, tmp_path: Path
) -> None:
    with_id = repo.add_trainee("Jan", "S1")
    without = repo.add_trainee("Kees")
    repo.retire_trainee(with_id)
    repo.retire_trainee(without)
    path = tmp_path / "klas.csv"
    path.write_text("Naam;Nummer;Groep;E-mail\nJan;S1;A;j@x.nl\nKees;;A;\nLot;S3;B;\n", "utf-8")
    result = import_roster(repo, path)
    assert [r.name for r in result.added] == ["Lot"]
    assert sorted(r.name for r in result.already_known) == ["Jan", "Kees"]
    assert [p.field for p in result.problems] == ["line 2", "line 3"]
    assert all("retired trainee" in p.message for p in result.problems)
    assert result.unused_columns == ["E-mail"]
    lot = repo.find_trainee("Lot")
    assert lot is not None and (lot.external_id, lot.group) == ("S3", "B")


def test_an_older_record_is_upgraded_with_its_trainees_active(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as conn:  # a record as version 2 wrote it
        for step in MIGRATIONS[:2]:
            step(conn)
        conn.execute(
            "INSERT INTO trainees (name, external_id, created_utc) "
            "VALUES ('Old Hand', 'S1', '2025-01-01T00:00:00.000+00:00')"
        )
        conn.execute("PRAGMA user_version = 2")
    conn.close()
    db = open_database(path)
    try:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 3
        trainees = Repository(db).trainees()
        assert [(t.name, t.retired, t.merged_into) for t in trainees] == [("Old Hand", False, None)]
    finally:
        db.close()


@settings(max_examples=examples(40), deadline=None)
@given(
    steps=st.lists(
        st.tuples(
            st.sampled_from(["merge", "retire", "restore", "rename"]),
            st.integers(0, 3),
            st.integers(0, 3),
        ),
        max_size=12,
    )
)
def test_no_sequence_of_roster_changes_loses_a_run(steps: list[tuple[str, int, int]]) -> None:
    db = open_database(Path(":memory:"))
    repo = Repository(db)
    ids = [repo.add_trainee(f"T{i}", f"S{i}") for i in range(4)]
    runs = [start(repo, t) for t in ids for _ in range(2)]
    for op, i, j in steps:
        try:
            if op == "merge":
                repo.merge_trainees(ids[i], ids[j])
            elif op == "retire":
                repo.retire_trainee(ids[i])
            elif op == "restore":
                repo.restore_trainee(ids[i])
            else:
                repo.update_trainee(ids[i], name=f"T{i}{j}", external_id=f"S{j}")
        except RecordsError:
            pass  # refused: nothing changed (checked below through the runs)
    everyone = {t.id: t for t in repo.trainees(include_retired=True)}
    assert len(everyone) == 4
    for run in map(repo.run, runs):
        owner = everyone[run.trainee_id or -1]
        assert owner.merged_into is None  # a run never belongs to an entry merged away
    db.close()
