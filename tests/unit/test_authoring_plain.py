"""What the document keeps ready for the editor: its plain data (what the loader validates, what
the forms and the map read), made once per change and shared, so it must follow every change and
refuse to be changed; and a copy of the tree made during a pause for the next undo step."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import examples
from trainer.launch import bundled_scenarios
from trainer.scenario.authoring import ScenarioDocument

SOURCE = next(p for p in bundled_scenarios() if p.name == "two-drones.yaml")
TEXT = SOURCE.read_text(encoding="utf-8")


def fresh(document: ScenarioDocument) -> Any:
    """The plain data converted anew: the first plain() of another document of the same tree."""
    return ScenarioDocument(document.data).plain()


def fresh_text(document: ScenarioDocument) -> str:
    """The text written anew: the first to_text() of another document of the same tree."""
    return ScenarioDocument(document.data).to_text()


def test_the_text_is_written_once_per_change_and_follows_each_change() -> None:
    document = ScenarioDocument.from_text(TEXT)
    first = document.to_text()
    assert document.to_text() is first  # nothing changed: the same answer
    document.set(("title",), "Renamed")
    renamed = document.to_text()
    assert "title: Renamed" in renamed
    assert renamed == fresh_text(document)
    with pytest.raises(KeyError):  # refused half-way: the map made on the way is in the text
        document.set(("made_on_the_way", "list", 3, "x"), 1)
    assert document.to_text() == fresh_text(document)
    assert "made_on_the_way" in document.to_text()
    document.undo()
    assert document.to_text() == fresh_text(document)


def test_plain_is_made_once_per_change_and_follows_each_change() -> None:
    document = ScenarioDocument.from_text(TEXT)
    first = document.plain()
    assert document.plain() is first  # nothing changed: the same answer
    document.set(("title",), "Changed")
    changed = document.plain()
    assert changed is not first and changed["title"] == "Changed"
    assert first["title"] != "Changed"  # an earlier answer keeps what it said
    document.remove(("summary",))
    assert "summary" not in document.plain()
    document.append(("drones",), {"id": "third", "type": "multirotor"})
    assert document.plain()["drones"][-1] == {"id": "third", "type": "multirotor"}
    assert document.undo() and document.plain() == fresh(document)
    assert document.redo() and document.plain()["drones"][-1]["id"] == "third"
    document.data = ScenarioDocument.new().data  # a tree put in its place
    assert document.plain()["id"] == "new-scenario"


def test_a_change_that_fails_half_way_is_in_plain_too() -> None:
    """set() makes the maps on its way before it finds the list empty: that is in the tree (and
    would be saved), so plain() must say so although the revision did not move."""
    document = ScenarioDocument.new()
    assert "answer_key" not in document.plain()
    revision = document.revision
    with pytest.raises(KeyError):
        document.set(("answer_key", "incidents", 0, "id"), "x")
    assert document.revision == revision
    assert document.plain() == fresh(document)
    assert document.plain()["answer_key"] == {"incidents": []}


MUTATIONS: dict[str, Callable[[Any], object]] = {
    "dict item set": lambda d: d.__setitem__("title", "x"),
    "dict item deleted": lambda d: d.__delitem__("title"),
    "dict updated": lambda d: d.update(title="x"),
    "dict |=": lambda d: d.__ior__({"title": "x"}),
    "dict popped": lambda d: d.pop("title"),
    "dict popitem": lambda d: d.popitem(),
    "dict setdefault": lambda d: d.setdefault("new", 1),
    "dict cleared": lambda d: d.clear(),
    "nested dict set": lambda d: d["drones"][0]["start"].__setitem__("lat", 0.0),
    "list appended": lambda d: d["drones"].append({}),
    "list extended": lambda d: d["drones"].extend([{}]),
    "list inserted": lambda d: d["drones"].insert(0, {}),
    "list item set": lambda d: d["drones"].__setitem__(0, {}),
    "list slice set": lambda d: d["drones"].__setitem__(slice(0, 1), []),
    "list item deleted": lambda d: d["drones"].__delitem__(0),
    "list +=": lambda d: d["drones"].__iadd__([{}]),
    "list *=": lambda d: d["drones"].__imul__(2),
    "list popped": lambda d: d["drones"].pop(),
    "list removed": lambda d: d["drones"].remove(d["drones"][0]),
    "list sorted": lambda d: d["drones"].sort(key=id),
    "list reversed": lambda d: d["drones"].reverse(),
    "list cleared": lambda d: d["drones"].clear(),
}


@pytest.mark.parametrize("mutation", MUTATIONS.values(), ids=MUTATIONS.keys())
def test_a_reader_cannot_change_the_shared_plain_data(mutation: Callable[[Any], object]) -> None:
    document = ScenarioDocument.from_text(TEXT)
    shared = document.plain()
    before = copy.deepcopy(shared)
    with pytest.raises(TypeError, match="read-only"):
        mutation(shared)
    assert shared == before and document.plain() is shared
    assert document.plain() == fresh(document)


def test_copies_of_the_plain_data_are_ordinary_and_changeable() -> None:
    document = ScenarioDocument.from_text(TEXT)
    shared = document.plain()
    deep = copy.deepcopy(shared)
    deep["drones"][0]["start"]["lat"] = 0.0  # a deep copy changes at every level
    assert type(deep) is dict and type(deep["drones"]) is list
    shallow = copy.copy(shared)
    shallow["title"] = "x"
    assert dict(shared) == json.loads(json.dumps(shared))  # reads as the dict it is
    assert document.plain() == fresh(document) and shared["title"] != "x"


# -- any sequence of changes and undos ------------------------------------------------------------

SMALL = """\
# A small scenario: each example starts from it (undo copies the whole tree at each step).
format: 1
id: small
title: Small  # a comment that must survive
seed: 1
duration_s: 600
airspace:
  assets: [twente]
drones:
  - id: a
    start: {lat: 52.3, lon: 6.9, alt_agl_m: 0}
  - id: b
    behaviour: {kind: hover}
"""

PATHS = [
    ("title",),
    ("seed",),
    ("duration_s",),
    ("drones", 0, "id"),
    ("drones", 0, "start", "lat"),
    ("drones", 1, "behaviour"),
    ("drones", 1, "behaviour", "kind"),
    ("airspace", "assets"),
    ("events",),
    ("answer_key",),
    ("new_map", "inner"),
]
VALUES = st.one_of(
    st.text(max_size=12),
    st.integers(-1000, 1000),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.lists(st.text(max_size=5), max_size=3),
    st.dictionaries(st.sampled_from(["lat", "lon", "kind"]), st.integers(0, 9), max_size=3),
)
STEPS = st.one_of(
    st.tuples(st.just("set"), st.sampled_from(PATHS), VALUES),
    st.tuples(st.just("remove"), st.sampled_from(PATHS)),
    st.tuples(st.just("append"), st.sampled_from([("drones",), ("events",), ("tags",)]), VALUES),
    st.tuples(st.just("undo")),
    st.tuples(st.just("redo")),
    st.tuples(st.just("read")),  # plain() and to_text() asked in between: the answers are kept
)


@settings(max_examples=examples(60), deadline=None)
@given(
    st.lists(
        st.tuples(STEPS, st.sampled_from([0.0, 0.01, 1.0, 5.0])),  # seconds since the last
        min_size=1,
        max_size=15,
    )
)
def test_any_changes_and_undos_give_the_plain_data_of_a_fresh_conversion(
    steps: list[tuple[tuple[Any, ...], float]],
) -> None:
    document = ScenarioDocument.from_text(SMALL)
    clock = [100.0]  # changes close together are one undo step: both kinds are tried
    with mock.patch("trainer.scenario.undo_history.time.monotonic", lambda: clock[0]):
        for step, pause in steps:
            clock[0] += pause
            earlier = document.plain()
            said = copy.deepcopy(earlier)
            written = document.to_text()
            kind, *args = step
            try:
                if kind == "set":
                    document.set(*args)
                elif kind == "remove":
                    document.remove(*args)
                elif kind == "append":
                    document.append(*args)
                elif kind == "undo":
                    document.undo()
                elif kind == "redo":
                    document.redo()
            except KeyError:
                pass  # a path through a missing list item: refused, maybe half-way
            assert document.plain() == fresh(document)
            assert earlier == said  # what a reader was given earlier never changes
            assert document.to_text() == fresh_text(document)
            if kind == "read":
                assert document.to_text() == written
    assert ScenarioDocument.from_text(document.to_text()).plain() == document.plain()


def test_the_largest_bundled_scenario_reads_the_same_through_plain() -> None:
    path = max(bundled_scenarios(), key=lambda p: Path(p).stat().st_size)
    document = ScenarioDocument.open(path)
    assert document.plain() == fresh(document)
    assert document.plain() is document.plain()


# -- the undo copy made during a pause ------------------------------------------------------------


def test_an_undo_step_from_the_copy_made_in_a_pause_takes_back_what_was_done() -> None:
    clock = [100.0]
    with mock.patch("trainer.scenario.undo_history.time.monotonic", lambda: clock[0]):
        document = ScenarioDocument.from_text(TEXT)
        original = document.to_text()
        document.prepare_undo()
        document.set(("title",), "First")  # its undo step is the copy
        clock[0] += 5
        document.set(("seed",), 9)  # no pause in between: copied now, with the new title
        after_first = document.to_text()
        clock[0] += 5
        document.prepare_undo()
        document.remove(("summary",))
        assert document.undo() and document.to_text() == after_first
        assert document.undo() and document.get(("title",)) == "First"
        assert document.undo() and document.to_text() == original
        assert not document.undo()


@settings(max_examples=examples(60), deadline=None)
@given(
    st.lists(
        st.tuples(st.one_of(STEPS, st.tuples(st.just("pause"))), st.sampled_from([0.0, 5.0])),
        min_size=1,
        max_size=15,
    )
)
def test_undo_copies_made_in_pauses_undo_as_copies_made_at_the_change_do(
    steps: list[tuple[tuple[Any, ...], float]],
) -> None:
    """The same steps on two documents, one given pauses (prepare_undo) between them: the
    same text, undo and redo history after each step."""
    paused, plain_one = ScenarioDocument.from_text(SMALL), ScenarioDocument.from_text(SMALL)
    clock = [100.0]
    with mock.patch("trainer.scenario.undo_history.time.monotonic", lambda: clock[0]):
        for step, pause in steps:
            clock[0] += pause
            kind, *args = step
            if kind == "pause":
                paused.prepare_undo()
                continue
            for document in (paused, plain_one):
                try:
                    if kind in ("set", "remove", "append"):
                        getattr(document, kind)(*args)
                    elif kind in ("undo", "redo"):
                        getattr(document, kind)()
                except KeyError:
                    pass
            assert paused.to_text() == plain_one.to_text()
            assert (paused.can_undo, paused.can_redo) == (plain_one.can_undo, plain_one.can_redo)
        while plain_one.undo():  # every earlier state, comments and all
            assert paused.undo() and paused.to_text() == plain_one.to_text()
        assert not paused.undo()
