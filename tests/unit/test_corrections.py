"""Which judgement replaced which, worked out from a run's actions as the window marks them."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from trainer.recording import corrections, next_action
from trainer.scoring.protocol import Action, ActionKind

STAMP = "2026-05-01T10:00:00.000+00:00"
JUDGEMENTS = st.sampled_from(
    [
        (ActionKind.CLASSIFY, {"classification": "drone"}),
        (ActionKind.CLASSIFY, {"classification": "bird"}),
        (ActionKind.IDENTIFY, {"identity": "authorised"}),
        (ActionKind.IDENTIFY, {"identity": "unauthorised"}),
        (ActionKind.ACKNOWLEDGE, {}),
    ]
)


def _recorded(steps: list[tuple[tuple[ActionKind, dict[str, str]], str]]) -> list[Action]:
    """The actions as the window records them, each marked with what it corrects."""
    actions: list[Action] = []
    for number, ((kind, params), track) in enumerate(steps):
        actions.append(next_action(actions, kind, float(number), track, params, STAMP))
    return actions


def test_a_bird_corrected_to_a_drone_and_the_same_judgement_again() -> None:
    actions = _recorded(
        [
            ((ActionKind.CLASSIFY, {"classification": "bird"}), "T001"),  # 1
            ((ActionKind.CLASSIFY, {"classification": "bird"}), "T001"),  # 2: again, no change
            ((ActionKind.CLASSIFY, {"classification": "drone"}), "T001"),  # 3 corrects 1
            ((ActionKind.CLASSIFY, {"classification": "drone"}), "T002"),  # 4: another track
            ((ActionKind.CLASSIFY, {"classification": "bird"}), "T001"),  # 5 corrects 3
        ]
    )
    unmarked = [replace(a, corrects=None) for a in actions]  # a bot's or a file's run
    assert corrections(unmarked) == {1: 3, 3: 5} == corrections(actions)


@given(st.lists(st.tuples(JUDGEMENTS, st.sampled_from(["T001", "T002"])), max_size=30))
def test_runs_without_marks_get_the_windows_marks(
    steps: list[tuple[tuple[ActionKind, dict[str, str]], str]],
) -> None:
    actions = _recorded(steps)
    marked = {a.corrects: a.sequence for a in actions if a.corrects is not None}
    assert corrections([replace(a, corrects=None) for a in actions]) == marked
    assert corrections(actions) == marked
