"""Properties of the scorer over the bundled scenarios (hypothesis): what a trainee does that is
no fault never changes a score, and no way of ending a run makes a better one.

Each example is a bundled scenario's real event log with a trainee's actions: a scripted
trainee's, with random extra actions on the run's real tracks at random times mixed in.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import examples
from tests.e2e.runs import Simulated, bot_actions, sheet_of, simulated
from trainer.launch import bundled_scenarios
from trainer.scenario.answer_key import JUDGED_PARAMS
from trainer.scoring.protocol import (
    AERODROME_ACTIONS,
    CORRECTABLE_ACTIONS,
    TRACK_ACTIONS,
    Action,
    ActionKind,
)
from trainer.scoring.sheet import ScoreSheet
from trainer.scoring.tracks import TrackMap
from trainer.sim.events import EventKind

pytestmark = pytest.mark.slow

SCENARIOS = bundled_scenarios()
BOTS = ("perfect", "late", "human", "panic", "idle")
# PROPERTY_EXAMPLES raises the count for a longer run on demand.
PROPERTY = settings(
    max_examples=examples(40),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def judged(sheet: ScoreSheet) -> tuple[object, ...]:
    return (sheet.total, sheet.maximum, sheet.percent, sheet.passed, sheet.disruption_minutes)


def track_ids(run: Simulated) -> list[str]:
    started = [e.other for e in run.events if e.kind is EventKind.TRACK_STARTED and e.other]
    return started or [d.id for d in run.prepared.scenario.drones]


@st.composite
def trainee_runs(draw: st.DrawFn) -> tuple[Simulated, list[Action]]:
    """A scenario's run and a trainee's actions on it, numbered in time order."""
    path = draw(st.sampled_from(SCENARIOS))
    run = simulated(path)
    actions = list(bot_actions(path.stem, draw(st.sampled_from(BOTS))))
    tracks = track_ids(run)
    for _ in range(draw(st.integers(0, 8))):
        kind = draw(st.sampled_from(list(ActionKind)))
        at = draw(st.floats(0, run.end_s, allow_nan=False))
        track = draw(st.sampled_from(tracks)) if kind in TRACK_ACTIONS else None
        params: dict[str, str] = {}
        if kind in JUDGED_PARAMS:
            name, values = JUDGED_PARAMS[kind]
            params[name] = draw(st.sampled_from(values))
        elif kind is ActionKind.CLOSE_INCIDENT:
            params["log"] = "done"
        actions.append(Action(0, kind, round(at, 1), "", track, params))
    ordered = sorted(actions, key=lambda a: (a.sim_time_s, a.sequence))
    return run, [replace(a, sequence=n) for n, a in enumerate(ordered, start=1)]


@PROPERTY
@given(trainee_runs(), st.data())
def test_repeating_the_current_judgement_never_changes_the_score(
    case: tuple[Simulated, list[Action]], data: st.DataObject
) -> None:
    run, actions = case
    tracks = TrackMap([d.id for d in run.prepared.scenario.drones], run.events)

    def judges(action: Action) -> bool:
        """A judgement of a track that was there (one of a track yet to come is about nothing)."""
        return (
            action.kind in CORRECTABLE_ACTIONS
            and action.track is not None
            and tracks.exists_at(action.track, action.sim_time_s)
        )

    judgements = [a for a in actions if judges(a)]
    if not judgements:
        return
    first = data.draw(st.sampled_from(judgements))
    assert first.track is not None
    line = tracks.line_of(first.track)
    # Until the trainee's next judgement of that kind on the line, `first` is what they think.
    later = [
        a.sim_time_s
        for a in actions
        if a.kind is first.kind and judges(a) and tracks.line_of(a.track or "") == line
        and a.sequence > first.sequence
    ]  # fmt: skip
    until = min(later, default=run.end_s)
    at = data.draw(st.floats(first.sim_time_s, until, allow_nan=False))
    if at >= until and later:
        return  # a tie with the next judgement: which came first is not a repeat's question
    again = replace(first, sequence=len(actions) + 1, sim_time_s=at)
    assert judged(sheet_of(run, [*actions, again])) == judged(sheet_of(run, actions))


@PROPERTY
@given(trainee_runs(), st.data())
def test_the_track_selected_for_an_aerodrome_action_never_changes_the_score(
    case: tuple[Simulated, list[Action]], data: st.DataObject
) -> None:
    run, actions = case
    tracks = track_ids(run)
    selected = [
        replace(a, track=data.draw(st.sampled_from(tracks))) if a.kind in AERODROME_ACTIONS else a
        for a in actions
    ]
    assert judged(sheet_of(run, selected)) == judged(sheet_of(run, actions))


@PROPERTY
@given(trainee_runs(), st.randoms(use_true_random=False))
def test_renaming_tracks_consistently_never_changes_the_score(
    case: tuple[Simulated, list[Action]], rng: object
) -> None:
    import random

    assert isinstance(rng, random.Random)
    run, actions = case
    ids = [e.other for e in run.events if e.kind is EventKind.TRACK_STARTED and e.other]
    if not ids:
        return
    names = [f"K{n:04d}" for n in rng.sample(range(10_000), len(ids))]
    rename = dict(zip(ids, names, strict=True))
    events = tuple(
        replace(e, other=rename.get(e.other, e.other)) if e.other in rename else e
        for e in run.events
    )
    renamed_run = replace(run, events=events)
    renamed = [replace(a, track=rename.get(a.track, a.track)) if a.track else a for a in actions]
    assert judged(sheet_of(renamed_run, renamed)) == judged(sheet_of(run, actions))


@PROPERTY
@given(trainee_runs(), st.data())
def test_ending_a_run_early_never_scores_above_seeing_it_through(
    case: tuple[Simulated, list[Action]], data: st.DataObject
) -> None:
    run, actions = case
    end = data.draw(st.floats(0, run.end_s - 1, allow_nan=False))
    done = [a for a in actions if a.sim_time_s <= end]
    early = sheet_of(run, done, end_s=end)
    assert early.ended_early and not early.passed
    full = sheet_of(run, done)
    assert early.total <= full.total, (
        [i.reason for i in early.items if i not in full.items],
        [i.reason for i in full.items if i not in early.items],
    )


@PROPERTY
@given(trainee_runs(), st.one_of(st.none(), st.floats(1, 3600)))
def test_no_run_passes_with_a_total_of_zero_or_less(
    case: tuple[Simulated, list[Action]], end: float | None
) -> None:
    run, actions = case
    sheet = sheet_of(run, actions, end_s=end)
    if sheet.total <= 0:
        assert not sheet.passed
    if sheet.passed:
        assert sheet.maximum > 0 and sheet.percent >= sheet.pass_mark_percent
