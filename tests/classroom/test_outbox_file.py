"""The station's outbox file after a crash: a last line cut off inside a letter (a name in an
action's parameters) is skipped, and what was whole is still sent."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.conftest import examples
from trainer.classroom import messages as msg
from trainer.classroom.messages import Act
from trainer.classroom.station import Outbox
from trainer.scoring.protocol import ActionKind


def test_a_line_torn_inside_a_letter_is_skipped(tmp_path: Path) -> None:
    whole = {"seq": 1, "kind": ActionKind.CLOSE_INCIDENT.value, "sim_time_s": 12.0, "track": None,
             "params": {"log": "Zoë heeft de drone gemeld"}}  # fmt: skip
    torn = json.dumps({**whole, "seq": 2}, ensure_ascii=False).encode("utf-8")
    cut = torn[: torn.index("ë".encode()) + 1]  # the first of ë's two bytes
    path = tmp_path / "outbox.jsonl"
    path.write_bytes(json.dumps(whole, ensure_ascii=False).encode("utf-8") + b"\n" + cut)
    outbox = Outbox(path)
    assert sorted(outbox.waiting) == [1]
    assert outbox.waiting[1].params == {"log": "Zoë heeft de drone gemeld"}


def _line(entry: dict[str, object]) -> str:
    return json.dumps(entry, ensure_ascii=False) + "\n"


def test_an_outbox_from_before_exercises_had_tokens_is_the_current_exercises(
    tmp_path: Path,
) -> None:
    # A station upgraded mid-lesson: its file has actions without an exercise. They are taken
    # as the current exercise's, as they always were, and go on from there.
    path = tmp_path / "outbox.jsonl"
    act = {"kind": "acknowledge", "sim_time_s": 3.0, "track": "T001", "params": {}}
    lines = [{"seq": 1, **act}, {"ack": 1}, {"seq": 2, **act}, {"seq": 3, **act}]
    path.write_text("".join(_line(entry) for entry in lines), encoding="utf-8")
    outbox = Outbox(path)
    assert sorted(outbox.waiting) == [2, 3] and outbox.acked == 1 and outbox.exercise is None
    assert outbox.enter("e1", (7, "2026-12-02T09:00:00.000+00:00")) == []  # taken as its own
    assert sorted(outbox.waiting) == [2, 3] and outbox.earlier == {}
    again = Outbox(path)
    assert (sorted(again.waiting), again.acked, again.exercise) == ([2, 3], 1, "e1")
    assert again.runs == {"e1": (7, "2026-12-02T09:00:00.000+00:00")}


def test_an_exercise_after_another_sends_the_waiting_ones_back_to_their_run(
    tmp_path: Path,
) -> None:
    path = tmp_path / "outbox.jsonl"
    outbox = Outbox(path)
    outbox.enter("e1", None)
    outbox.add(Act(1, ActionKind.ACKNOWLEDGE, 1.0, "T001"))  # before the start: not recorded
    outbox.not_recorded(1)
    outbox.ack(1)
    outbox.started((7, "started"))
    outbox.add(Act(2, ActionKind.ACKNOWLEDGE, 2.0, "T001"))
    outbox.add(Act(3, ActionKind.INFORM_RADIO, 3.0))
    outbox.ack(2)
    assert outbox.enter("e2", None) == []  # the console started again
    # Numbered as the run numbers them (the record has not the one it did not record).
    assert sorted(outbox.earlier) == [(7, 2)]
    assert outbox.earlier[(7, 2)].kind is ActionKind.INFORM_RADIO
    assert (outbox.earlier[(7, 2)].run, outbox.earlier[(7, 2)].run_started) == (7, "started")
    assert outbox.waiting == {} and outbox.acked == 0 and outbox.last_seq() == 0
    again = Outbox(path)  # the station restarted: the same, from the file
    assert sorted(again.earlier) == [(7, 2)] and again.waiting == {} and again.exercise == "e2"
    assert again.placed(7, 2, recorded=False) is not None
    assert again.kept_path is not None
    (kept,) = again.kept_path.read_text(encoding="utf-8").splitlines()
    assert json.loads(kept)["kind"] == "inform_radio"
    assert Outbox(path).earlier == {}


def test_the_same_exercise_again_moves_and_renumbers_nothing(tmp_path: Path) -> None:
    # A station back with the console it left (a lost network, a restarted station): the
    # same token, so its waiting actions keep their numbers and are sent as they were.
    path = tmp_path / "outbox.jsonl"
    outbox = Outbox(path)
    outbox.enter("e1", (7, "started"))
    for seq in (1, 2, 3):
        outbox.add(Act(seq, ActionKind.INFORM_RADIO, float(seq)))
    outbox.ack(1)
    lines = path.read_text(encoding="utf-8")
    assert outbox.enter("e1", None) == [] and outbox.enter("e1", (7, "started")) == []
    assert sorted(outbox.waiting) == [2, 3] and outbox.earlier == {} and outbox.acked == 1
    assert path.read_text(encoding="utf-8") == lines  # nothing to note
    assert sorted(Outbox(path).waiting) == [2, 3]


_values = st.one_of(st.none(), st.booleans(), st.integers(-5, 5), st.floats(allow_nan=True),
                    st.text(max_size=5), st.lists(st.integers(-2, 9), max_size=3))  # fmt: skip
_keys = st.sampled_from(["seq", "kind", "sim_time_s", "track", "params", "exercise", "run",
                         "run_started", "ack", "restart", "placed", "not_recorded"])  # fmt: skip
_lines = st.one_of(
    st.dictionaries(_keys, _values | st.sampled_from(["acknowledge", "e1", 1, 2]), max_size=6),
    _values,
    st.text(max_size=20),
)


@settings(
    max_examples=examples(200),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(st.lists(_lines, max_size=12))
# JSON's Infinity is a number no int can hold: once, a whole outbox failed to load on it.
@example([{"ack": float("inf")}, {"seq": float("-inf")}, {"restart": float("inf")}])
@example([{"not_recorded": float("inf")}, {"placed": [float("inf"), 1]}])
def test_a_damaged_or_foreign_outbox_file_loads_without_a_crash(
    tmp_path: Path, lines: list[object]
) -> None:
    path = tmp_path / "outbox.jsonl"
    path.write_text(
        "".join((x if isinstance(x, str) else json.dumps(x)) + "\n" for x in lines),
        encoding="utf-8",
    )
    outbox = Outbox(path)
    assert outbox.last_seq() >= 0
    outbox.enter("another", None)  # a console started again: nothing in it breaks either
    for act in [*outbox.waiting.values(), *outbox.earlier.values()]:
        assert msg.decode_station(msg.encode(act)) == act  # what it sends, the console reads
