"""A class trainee who joined after the start is scored on what they could act on: nothing is
due before they joined, and an incident over by then is not theirs."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import examples
from tests.unit.test_scorer import ATZ, EVENTS, RADIO, K, act, ev, incident, only, scenario
from trainer.scoring.scorer import score
from trainer.scoring.sheet import ItemCategory
from trainer.sim.events import Event, EventKind


def joined(at_s: float) -> Event:
    return Event(round(at_s * 10), at_s, EventKind.TRAINEE_JOINED, "", detail="Pieter")


APPROACH_RADIO = {**RADIO, "clock": {"kind": "zone_entry", "zone": "approach-23",
                                     "label": "approach entry"}}  # fmt: skip


def test_a_clock_that_ran_before_the_trainee_joined_runs_from_their_joining() -> None:
    # ATZ entry at 100 s; the trainee joined at 250 s and told Twente Radio at 262 s.
    key = scenario([incident([RADIO])])
    late = score(key, [*EVENTS, joined(250)], [act(1, K.INFORM_RADIO, 262)])
    item = only(late)
    assert (item.points, item.max_points) == (20, 20)
    assert item.reason == (
        "+20 informed Twente Radio 12 s after joining the exercise at 4:10 (window 30 s)"
    )
    assert late.passed
    # On time, the same radio call is 162 s after the entry: nothing earned.
    assert only(score(key, EVENTS, [act(1, K.INFORM_RADIO, 262)])).points == 0


def test_an_incident_over_before_the_trainee_joined_is_not_theirs() -> None:
    # d1 landed at 400 s; the trainee joined at 450 s and could never see it.
    sheet = score(scenario([incident([RADIO])]), [*EVENTS, joined(450)], [])
    item = only(sheet)
    assert (item.points, item.max_points) == (0, 0)
    assert item.category is not ItemCategory.MISSED


def test_what_falls_due_after_joining_is_judged_as_for_everyone() -> None:
    # Joined at 150 s, before the approach entry at 200 s: its clock is the entry, as usual.
    key = scenario([incident([APPROACH_RADIO])])
    sheet = score(key, [*EVENTS, joined(150)], [act(1, K.INFORM_RADIO, 210)])
    assert only(sheet).reason == (
        "+20 informed Twente Radio 10 s after approach entry (window 30 s)"
    )
    assert sheet == score(key, EVENTS, [act(1, K.INFORM_RADIO, 210)])


def test_a_required_action_missed_after_joining_still_fails_the_run() -> None:
    required = {**RADIO, "required": True}
    sheet = score(scenario([incident([required])]), [*EVENTS, joined(250)], [])
    assert only(sheet).category is ItemCategory.MISSED and not sheet.passed


@settings(max_examples=examples(60), deadline=None)
@given(st.floats(0, 600), st.floats(0, 600))
def test_joining_later_never_asks_more_than_joining_earlier(first: float, second: float) -> None:
    """Whatever the times, a later joiner is never due more points than an earlier one, and
    where both are due the same, the same actions never score lower for the later joiner."""
    early, late = sorted((first, second))
    key = scenario([incident([RADIO, {**RADIO, "kind": "notify_police", "clock": ATZ}])])
    actions = [act(1, K.INFORM_RADIO, min(late + 5, 599)), act(2, K.NOTIFY_POLICE, 599)]
    for_early = score(key, [*EVENTS, joined(early)], actions)
    for_late = score(key, [*EVENTS, joined(late)], actions)
    assert for_late.maximum <= for_early.maximum
    if for_late.maximum == for_early.maximum:
        assert for_late.total >= for_early.total


def test_the_joined_event_is_the_consoles_not_the_engines() -> None:
    from trainer.sim.events import APP_EVENTS

    assert EventKind.TRAINEE_JOINED in APP_EVENTS
    assert ev(1, EventKind.TRAINEE_JOINED).kind is EventKind.TRAINEE_JOINED
