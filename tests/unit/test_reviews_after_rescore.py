"""The instructor's review stays with the item it was written for when a run is scored again:
it was kept by position, so after a rescore that reordered the items an override of 'never
acknowledged' printed beside 'notified police' on the sheet to be signed."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tests.conftest import SCENARIOS
from trainer.export import gather
from trainer.launch import Workspace
from trainer.records import Repository, open_database
from trainer.records.models import ItemReview
from trainer.records.review_store import aligned_reviews
from trainer.scoring.bots import make_bot
from trainer.training_run import run_headless


def _review(position: int, reason: str, note: str) -> ItemReview:
    return ItemReview(1, position, reason, None, note, "2026-05-01T10:00:00Z")


def test_reviews_follow_their_items_and_never_land_on_another() -> None:
    swapped = {0: _review(0, "b", "about b"), 1: _review(1, "a", "about a")}
    assert {p: r.note for p, r in aligned_reviews(["a", "b"], swapped).items()} == {
        0: "about a",
        1: "about b",
    }
    gone = {0: _review(0, "c", "about c")}
    assert aligned_reviews(["a", "b"], gone) == {}  # its item is no longer on the sheet
    twice = {0: _review(0, "x", "first"), 3: _review(3, "x", "second")}
    assert {p: r.note for p, r in aligned_reviews(["y", "x", "x"], twice).items()} == {
        1: "first",
        2: "second",
    }


def test_a_rescore_moves_the_reviews_with_their_items(tmp_path: Path) -> None:
    repository = Repository(open_database(tmp_path / "records.sqlite"))
    prepared = Workspace().prepare(SCENARIOS / "hobby-drone-approach-23.yaml")
    run_id = run_headless(prepared, make_bot("late", prepared.scenario), recorder=repository).run_id
    assert run_id is not None
    sheet = repository.sheet(run_id)
    assert sheet is not None and len(sheet.items) >= 4
    first, third = sheet.items[0], sheet.items[2]
    repository.review_item(run_id, 0, note="seen on the camera", override_points=first.max_points)
    repository.review_item(run_id, 2, note="about an item the rescore drops")
    # Scored again (a corrected answer key, a newer scorer): items in another order, one gone.
    kept = [item for item in sheet.items if item is not third]
    rescored = replace(sheet, items=tuple(reversed(kept)))
    repository.save_sheet(run_id, rescored, replace=True)

    moved_to = len(kept) - 1  # the first item is now the last
    reviews = repository.item_reviews(run_id)
    assert reviews[moved_to].note == "seen on the camera"
    assert reviews[moved_to].item_reason == first.reason
    orphan = next(r for r in reviews.values() if r.note == "about an item the rescore drops")
    assert orphan.position >= len(kept)  # kept, past the sheet's end: on no item
    data = gather(repository, run_id)
    assert "seen on the camera" in data.review_text(moved_to)
    assert all(data.review_text(p) == "" for p in range(len(kept)) if p != moved_to)
    computed = sum(item.points for item in kept)
    assert data.override_total == pytest.approx(computed - first.points + first.max_points)
    # The instructor reviewing the item now at the old position replaces nothing else.
    repository.review_item(run_id, 0, note="a new note")
    notes = {r.note for r in repository.item_reviews(run_id).values()}
    assert {"seen on the camera", "about an item the rescore drops", "a new note"} <= notes
