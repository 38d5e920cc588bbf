"""The scorer against hand-computed expectations: windows, lateness, penalties, order, cost,
and actions on track ids mapped to the key's drones."""

from __future__ import annotations

import dataclasses
import random
from typing import Any

import pytest

from trainer.scenario.model import Scenario
from trainer.scenario.sensors_model import SensorSetup
from trainer.scoring.bots import Bot, make_bot
from trainer.scoring.protocol import Action, ActionKind
from trainer.scoring.reasons import did, format_sheet
from trainer.scoring.scorer import NoAnswerKey, score, timeliness
from trainer.scoring.sheet import ItemCategory, ScoreItem, ScoreSheet
from trainer.scoring.tracks import TRACK_EVENTS, TrackMap
from trainer.sim.events import Event, EventKind

K = ActionKind
ATZ = {"kind": "zone_entry", "zone": "atz-twente", "label": "ATZ entry"}
APPROACH = {"kind": "zone_entry", "zone": "approach-23", "label": "approach entry"}
LANDED = {"kind": "drone_event", "event": "landed"}


def drone(drone_id: str, **extra: Any) -> dict[str, Any]:
    return {
        "id": drone_id,
        "type": "multirotor",
        "eu_class": "C0",
        "start": {"lat": 52.30, "lon": 6.92, "alt_agl_m": 0},
        "behaviour": {"kind": "hover"},
        **extra,
    }


AUTHORISED = drone(
    "auth-1",
    authorisation={"reference": "X-1", "zones": ["atz-twente"], "valid_to_s": 600},
)


def scenario(
    incidents: list[dict[str, Any]], drones: list[dict[str, Any]] | None = None, **key: Any
) -> Scenario:
    """A scenario of 600 s with drones d1 (unauthorised) and auth-1; the key is what tests vary.

    It has no sensors, as the logs most tests give (EVENTS) are of a run without them: no
    tracks, and a drone is seen when it launches. A log with tracks (TRACKED) is of sensors.
    """
    return Scenario.model_validate(
        {
            "format": 1,
            "id": "unit",
            "title": "Unit",
            "summary": "Made by a test.",
            "difficulty": 1,
            "offender": "clueless",
            "duration_s": 600,
            "seed": 5,
            "drones": drones or [drone("d1"), AUTHORISED],
            "sensors": {"radars": [], "remote_id": []},
            "answer_key": {"incidents": incidents, **key},
        }
    )


def with_sensors(key: Scenario) -> Scenario:
    """The scenario with the default radar and Remote ID receiver, for a log with tracks."""
    return key.model_copy(update={"sensors": SensorSetup()})


def incident(expected: list[dict[str, Any]], drone_id: str = "d1", **more: Any) -> dict[str, Any]:
    return {"id": f"inc-{drone_id}", "drone": drone_id, "expected": expected, **more}


def ev(time_s: float, kind: EventKind, drone_id: str = "d1", zone: str | None = None) -> Event:
    return Event(round(time_s * 10), time_s, kind, drone_id, zone)


def act(
    sequence: int,
    kind: ActionKind,
    time_s: float,
    track: str | None = "d1",
    corrects: int | None = None,
    **params: str,
) -> Action:
    return Action(sequence, kind, time_s, "2026-01-01T10:00:00+00:00", track, params, corrects)


# d1 launches at 10 s, enters the ATZ at 100 s, the approach at 200 s, lands at 400 s.
EVENTS = [
    ev(10, EventKind.LAUNCHED),
    ev(100, EventKind.ZONE_ENTERED, zone="atz-twente"),
    ev(200, EventKind.ZONE_ENTERED, zone="approach-23"),
    ev(400, EventKind.LANDED),
]
RADIO = {"kind": "inform_radio", "clock": ATZ, "window_s": 30, "points": 20}
CLASSIFY = {"kind": "classify", "params": {"classification": "drone"}, "window_s": 60, "points": 10}


def radio_sheet(at_s: float) -> ScoreSheet:
    return score(scenario([incident([RADIO])]), EVENTS, [act(1, K.INFORM_RADIO, at_s)])


def only(sheet: ScoreSheet, category: ItemCategory | None = None) -> ScoreItem:
    items = [i for i in sheet.items if category is None or i.category is category]
    assert len(items) == 1, sheet.items
    return items[0]


# -- timeliness -----------------------------------------------------------------------------


def test_inside_the_window_earns_full_points() -> None:
    # ATZ entry at 100 s, radio at 114 s: 14 s after, inside the 30 s window -> 20 of 20.
    sheet = radio_sheet(114)
    item = only(sheet)
    assert (item.points, item.max_points) == (20, 20)
    assert item.reason == "+20 informed Twente Radio 14 s after ATZ entry (window 30 s)"
    assert (item.time_s, item.action_sequence, item.incident) == (114, 1, "inc-d1")
    assert (sheet.total, sheet.maximum, sheet.percent, sheet.passed) == (20, 20, 100, True)


def test_lateness_costs_points_linearly() -> None:
    # 145 s: 45 s after entry, 15 s past the 30 s window. Points reach 0 at 3 windows (90 s)
    # late: 20 * (1 - 15/90) = 16.67 -> 16.7; percent = 16.7 / 20 = 83.5.
    sheet = radio_sheet(145)
    item = only(sheet)
    assert item.points == 16.7
    assert "45 s after ATZ entry (window 30 s; 15 s late, 16.7 of 20)" in item.reason
    assert sheet.percent == 83.5


def test_just_before_three_windows_late_still_earns_a_little() -> None:
    # 219 s: 119 s after, 89 s late: 20 * (1 - 89/90) = 0.22 -> 0.2.
    assert only(radio_sheet(219)).points == 0.2


def test_three_windows_late_earns_nothing() -> None:
    # 220 s: 120 s after, 90 s = 3 windows late -> 0.
    item = only(radio_sheet(220))
    assert item.points == 0
    assert item.reason.startswith("0/20 informed Twente Radio 120 s after ATZ entry")
    assert "more than 3 windows late" in item.reason


def test_early_counts_as_on_time_and_says_so() -> None:
    item = only(radio_sheet(90))
    assert item.points == 20
    assert "10 s before ATZ entry" in item.reason


def test_timeliness_rule() -> None:
    assert timeliness(30, 30) == 1.0
    assert timeliness(60, 30) == pytest.approx(2 / 3)  # one window late: 1 - 30/90
    assert timeliness(120, 30) == 0.0
    assert timeliness(-5, 30) == 1.0


def test_missed_required_action_is_listed_and_fails_the_run() -> None:
    # Classified on time (10 of 10) but never informed radio (required, 0 of 20): 10/30 = 33.3 %;
    # with a pass mark of 30 % the percentage passes, the missed required action does not.
    key = incident([{**RADIO, "required": True}, CLASSIFY])
    sheet = score(
        scenario([key], pass_percent=30),
        EVENTS,
        [act(1, K.CLASSIFY, 20, classification="drone")],
    )
    missed = only(sheet, ItemCategory.MISSED)
    assert missed.reason == (
        "0/20 never informed Twente Radio (due within 30 s of ATZ entry at 1:40)"
    )
    assert (missed.points, missed.max_points, missed.time_s) == (0, 20, 100)
    assert sheet.percent == 33.3
    assert not sheet.passed


def test_a_clock_that_never_starts_leaves_the_item_out_of_the_maximum() -> None:
    exit_clock = {"kind": "zone_exit", "zone": "atz-twente"}
    key = incident([RADIO, {**CLASSIFY, "clock": exit_clock}])
    sheet = score(scenario([key]), EVENTS, [act(1, K.INFORM_RADIO, 101)])
    assert sheet.maximum == 20
    assert "not due" in sheet.items[1].reason and sheet.items[1].max_points == 0


# -- penalties and corrections --------------------------------------------------------------


def classify_key() -> Scenario:
    wrong = {"classification": ["bird", "manned", "false_track"]}
    penalised = [{"kind": "classify", "params": wrong, "points": 5}]
    return scenario([incident([CLASSIFY], penalised=penalised)])


def test_wrong_classification_is_penalised() -> None:
    # Bird at 20 s and never changed: the classification is missed (0/10) and the bird costs 5.
    sheet = score(classify_key(), EVENTS, [act(1, K.CLASSIFY, 20, classification="bird")])
    penalty = only(sheet, ItemCategory.PENALTY)
    assert penalty.reason == "-5 classified d1 as bird, expected drone (at 0:20)"
    assert (penalty.points, penalty.action_sequence) == (-5, 1)
    assert sheet.total == -5


def test_a_new_judgement_corrects_the_last_one_without_a_link() -> None:
    # Bird at 20 s, drone at 40 s (30 s after launch at 10 s, in the window): the drone is the
    # trainee's answer, whether or not the window linked it as a correction.
    actions = [
        act(1, K.CLASSIFY, 20, classification="bird"),
        act(2, K.CLASSIFY, 40, classification="drone"),
    ]
    sheet = score(classify_key(), EVENTS, actions)
    assert [(i.points, i.action_sequence) for i in sheet.items] == [(10, 2)]


def test_a_correction_replaces_the_mistake_and_is_judged_at_its_own_time() -> None:
    # Bird at 20 s, corrected to drone at 130 s: the bird is neither scored nor penalised.
    # The correction is 120 s after launch (10 s), 60 s past the 60 s window:
    # 10 * (1 - 60/180) = 6.67 -> 6.7.
    actions = [
        act(1, K.CLASSIFY, 20, classification="bird"),
        act(2, K.CLASSIFY, 130, corrects=1, classification="drone"),
    ]
    sheet = score(classify_key(), EVENTS, actions)
    item = only(sheet)
    assert (item.points, item.action_sequence) == (6.7, 2)
    assert sheet.total == 6.7


def test_a_corrected_correct_answer_no_longer_counts() -> None:
    # Drone at 20 s, then "corrected" to bird at 30 s: no points, and the bird costs 5.
    actions = [
        act(1, K.CLASSIFY, 20, classification="drone"),
        act(2, K.CLASSIFY, 30, corrects=1, classification="bird"),
    ]
    sheet = score(classify_key(), EVENTS, actions)
    assert [i.points for i in sheet.items] == [0, -5]
    assert sheet.percent == 0  # -5 of 10, clamped


def test_a_suspension_cannot_be_corrected_away() -> None:
    # What was done in the world stands: a "correction" of a suspension does not erase it, and a
    # classification cannot correct an action of another kind.
    from trainer.scoring.run_facts import effective_actions

    actions = [
        act(1, K.SUSPEND_OPERATIONS, 20),
        act(2, K.RESUME_OPERATIONS, 30, corrects=1),
        act(3, K.INFORM_RADIO, 35),
        act(4, K.CLASSIFY, 40, corrects=3, classification="drone"),
    ]
    assert [a.sequence for a in effective_actions(actions, lambda a: a.track)] == [1, 2, 3, 4]


def test_false_alarm_on_an_authorised_drone() -> None:
    penalised = [
        {"kind": "notify_police", "points": 20, "reason": "its operator is known"},
        {"kind": "identify", "params": {"identity": "unauthorised"}, "points": 15},
    ]
    identify = {"kind": "identify", "params": {"identity": "authorised"}, "window_s": 60}
    key = incident([{**identify, "points": 10}], drone_id="auth-1", penalised=penalised)
    actions = [
        act(1, K.IDENTIFY, 15, track="auth-1", identity="unauthorised"),
        act(2, K.NOTIFY_POLICE, 16, track="auth-1"),
        act(3, K.NOTIFY_POLICE, 17, track="d1"),  # another track: not this incident's business
    ]
    events = [ev(10, EventKind.LAUNCHED, "auth-1")]
    sheet = score(scenario([key]), events, actions)
    reasons = [i.reason for i in sheet.items]
    assert reasons == [
        "0/10 never identified auth-1 as authorised (due within 60 s of first detection at 0:10)",
        "-15 identified auth-1 as unauthorised, expected authorised (at 0:15)",
        "-20 notified police about auth-1: its operator is known (at 0:16)",
    ]
    assert (sheet.total, sheet.percent, sheet.passed) == (-35, 0, False)


# -- order ----------------------------------------------------------------------------------


def test_actions_in_the_wrong_order_cost_the_rule_points() -> None:
    # Radio at 105 s (+20) before the acknowledgement at 110 s (+10, 100 s after launch, window
    # 120 s): the order rule costs 5. Total 25 of 30.
    ack = {"kind": "acknowledge", "window_s": 120, "points": 10}
    order = [{"first": "acknowledge", "then": "inform_radio", "points": 5}]
    key = incident([ack, RADIO], order=order)
    actions = [act(1, K.INFORM_RADIO, 105, track=None), act(2, K.ACKNOWLEDGE, 110)]
    sheet = score(scenario([key]), EVENTS, actions)
    violation = only(sheet, ItemCategory.ORDER)
    assert violation.reason == (
        "-5 informed Twente Radio at 1:45 before acknowledged track d1 (at 1:50)"
    )
    assert (sheet.total, sheet.maximum) == (25, 30)
    # The right order costs nothing.
    fine = [act(1, K.ACKNOWLEDGE, 104), act(2, K.INFORM_RADIO, 105, track=None)]
    assert score(scenario([key]), EVENTS, fine).total == 30


# -- runway operations ----------------------------------------------------------------------


def test_needless_suspension_costs_points_minutes_and_euros() -> None:
    # Suspended 60 s .. 300 s for the authorised drone: 240 s = 4.0 min at EUR 105 = EUR 420.
    key = incident(
        [{"kind": "acknowledge", "window_s": 30, "points": 10}],
        drone_id="auth-1",
        suspension={"warranted": False, "penalty": 30},
    )
    actions = [
        act(1, K.ACKNOWLEDGE, 12, track="auth-1"),
        act(2, K.SUSPEND_OPERATIONS, 60, track=None),
        act(3, K.RESUME_OPERATIONS, 300, track=None),
    ]
    events = [ev(10, EventKind.LAUNCHED, "auth-1")]
    sheet = score(scenario([key], disruption={"eur_per_minute": 105}), events, actions)
    penalty = only(sheet, ItemCategory.PENALTY)
    assert penalty.reason == (
        "-30 suspended runway operations for an authorised flight (auth-1), which did not "
        "warrant it: 4.0 min disruption, EUR 420"
    )
    assert (penalty.points, penalty.time_s, penalty.action_sequence) == (-30, 60, 2)
    assert (sheet.disruption_minutes, sheet.disruption_eur) == (4.0, 420.0)
    assert (sheet.total, sheet.percent) == (-20, 0)


def test_a_suspension_never_resumed_costs_until_the_end_of_the_run() -> None:
    # 100 s .. 600 s (the scenario's end) = 500 s = 8.33 min at EUR 100 = EUR 833.33.
    key = incident([RADIO])
    sheet = score(scenario([key]), EVENTS, [act(1, K.SUSPEND_OPERATIONS, 100)])
    assert (sheet.disruption_minutes, sheet.disruption_eur) == (8.33, 833.33)
    assert "8.3 min disruption, EUR 833" in only(sheet, ItemCategory.PENALTY).reason
    # A run that ended early stops the cost there: 100 s .. 250 s = 2.5 min.
    early = score(scenario([key]), EVENTS, [act(1, K.SUSPEND_OPERATIONS, 100)], run_end_s=250)
    assert early.disruption_minutes == 2.5


def warranted(**more: Any) -> Scenario:
    suspension = {
        "warranted": True,
        "warranted_from": APPROACH,
        "window_s": 60,
        "points": 20,
        "resume": {"after": LANDED, "window_s": 30, "points": 10},
        **more,
    }
    return scenario([incident([RADIO], suspension=suspension)])


def runway(suspend_s: float, resume_s: float | None) -> list[Action]:
    actions = [act(1, K.INFORM_RADIO, 101), act(2, K.SUSPEND_OPERATIONS, suspend_s, track=None)]
    if resume_s is not None:
        actions.append(act(3, K.RESUME_OPERATIONS, resume_s, track=None))
    return actions


def test_warranted_suspension_and_a_late_resume() -> None:
    # Approach entry 200 s, suspended 230 s: inside 60 s -> +20. Landed 400 s, resumed 445 s:
    # 45 s after, 15 s past the 30 s window: 10 * (1 - 15/90) = 8.33 -> 8.3.
    # Total 20 + 20 + 8.3 = 48.3 of 50 = 96.6 %. Disruption 215 s = 3.58 min, EUR 358.33.
    sheet = score(warranted(), EVENTS, runway(230, 445))
    assert [i.points for i in sheet.items] == [20, 20, 8.3]
    assert sheet.items[1].reason == (
        "+20 suspended runway operations 30 s after approach entry (window 60 s)"
    )
    assert "45 s after landing (window 30 s; 15 s late, 8.3 of 10)" in sheet.items[2].reason
    assert (sheet.total, sheet.percent) == (48.3, 96.6)
    assert (sheet.disruption_minutes, sheet.disruption_eur) == (3.58, 358.33)


def test_premature_suspension_costs_its_needless_part() -> None:
    # Suspended at 100 s, 100 s before approach entry (more than the 60 s window of
    # anticipation): the suspension item counts (+20) but the 100 s before it cost 30:
    # 100 s = 1.7 min, EUR 167.
    sheet = score(warranted(), EVENTS, runway(100, 405))
    penalty = only(sheet, ItemCategory.PENALTY)
    assert penalty.reason == (
        "-30 suspended runway operations 100 s before it was warranted (approach entry at "
        "3:20): needless 1.7 min disruption, EUR 167"
    )
    assert sheet.total == 20 + 20 + 10 - 30


def test_anticipating_within_one_window_is_free() -> None:
    sheet = score(warranted(), EVENTS, runway(150, 405))  # 50 s early, window 60 s
    assert sheet.total == 50
    assert not [i for i in sheet.items if i.category is ItemCategory.PENALTY]


def test_resuming_for_good_while_the_threat_lasts_loses_the_resume_once() -> None:
    # Suspended 210 s (+20), reopened 300 s with the drone still up until 400 s: one fault, one
    # deduction: the resume item is 0/10 and says why; no penalty on top. 20 + 20 + 0 = 40.
    sheet = score(warranted(), EVENTS, runway(210, 300))
    assert [i.reason for i in sheet.items][2:] == [
        "0/10 resumed runway operations at 5:00, 100 s before landing (6:40), while d1 still "
        "warranted a suspension",
    ]
    assert sheet.total == 40


def test_reopening_in_between_costs_a_penalty_once() -> None:
    # Suspended 210 s, reopened 300 s, suspended again 320 s and resumed 410 s after the landing
    # (400 s): the resume earns its points, the gap costs 10.
    actions = [
        *runway(210, 300),
        act(4, K.SUSPEND_OPERATIONS, 320, track=None),
        act(5, K.RESUME_OPERATIONS, 410, track=None),
    ]
    sheet = score(warranted(), EVENTS, actions)
    assert [i.points for i in sheet.items] == [20, 20, 10, -10]
    assert sheet.items[3].reason == (
        "-10 resumed runway operations at 5:00 while d1 still warranted a suspension "
        "(until landing at 6:40)"
    )


def test_never_suspending_a_warranted_threat_is_missed() -> None:
    sheet = score(warranted(required=True), EVENTS, [act(1, K.INFORM_RADIO, 101)])
    assert sheet.items[1].category is ItemCategory.MISSED
    assert (
        sheet.items[2].reason == "0/10 never resumed runway operations: they were never suspended"
    )
    assert not sheet.passed


# -- attribution, determinism ---------------------------------------------------------------


def test_actions_are_matched_by_track() -> None:
    # Without track events a drone id serves as its track (runs without sensors, old records).
    key = incident([{"kind": "acknowledge", "window_s": 30, "points": 10}])
    assert score(scenario([key]), EVENTS, [act(1, K.ACKNOWLEDGE, 12, track="d1")]).total == 10
    other = score(scenario([key]), EVENTS, [act(1, K.ACKNOWLEDGE, 12, track="auth-1")])
    assert other.total == 0


# -- tracks: trainees act on track ids -------------------------------------------------------


def track_ev(time_s: float, kind: EventKind, track: str, drone_id: str) -> Event:
    return Event(round(time_s * 10), time_s, kind, drone_id, None, track, "radar")


# d1 as in EVENTS; its first track T001 starts at 40 s and drops at 150 s, T003 picks it up at
# 170 s. T002 (55 s) is a false track; T004 (60 s) follows auth-1.
TRACKED = sorted(
    [
        *EVENTS,
        track_ev(40, EventKind.TRACK_STARTED, "T001", "d1"),
        track_ev(55, EventKind.TRACK_STARTED, "T002", ""),
        track_ev(60, EventKind.TRACK_STARTED, "T004", "auth-1"),
        track_ev(150, EventKind.TRACK_DROPPED, "T001", "d1"),
        track_ev(170, EventKind.TRACK_STARTED, "T003", "d1"),
    ],
    key=lambda e: e.time_s,
)
ACK = {"kind": "acknowledge", "window_s": 30, "points": 10}


def test_the_track_map_reads_the_event_log() -> None:
    tracks = TrackMap(["d1", "auth-1"], TRACKED)
    assert [tracks.drone_of(t) for t in ("T001", "T002", "T003", "T004")] == [
        "d1",
        None,
        "d1",
        "auth-1",
    ]
    assert tracks.drone_of("T009") is None  # never started
    assert tracks.drone_of("d1") is None  # in a run with tracks only track ids count
    assert TrackMap(["d1"], EVENTS).drone_of("d1") == "d1"  # without tracks a drone id does
    assert tracks.drone_of("nobody") is None and tracks.drone_of(None) is None
    assert tracks.tracks_of("d1") == ["T001", "T003"]
    # Reasons name what the trainee saw, never the drone behind a track.
    assert tracks.label("T003") == "T003" and str(tracks.label("T002")) == "T002 (a false track)"
    assert tracks.label("T009") == "T009"
    assert str(tracks.drone_label("d1")) == "T001 or T003"
    assert str(tracks.drone_label("x")) == "an untracked drone"
    # T003 started 20 s after T001 dropped: one line, the same drone found again.
    assert tracks.line_of("T003") == tracks.line_of("T001") == "T001"
    assert [tracks.exists_at("T003", t) for t in (169.9, 170.0)] == [False, True]


def test_an_untracked_drone_is_acknowledged_in_words_that_read() -> None:
    # What was due for a drone a run ended before tracking (the debrief's lanes and moments):
    # 'acknowledged track an untracked drone', in Dutch 'track een drone zonder track bevestigd'.
    expected = did(K.ACKNOWLEDGE, TrackMap(["d1", "x"], TRACKED).drone_label("x"), {})
    assert expected.text("en") == "acknowledged an untracked drone"
    assert expected.text("nl") == "een drone zonder track bevestigd"
    assert did(K.ACKNOWLEDGE, "T001", {}).text("en") == "acknowledged track T001"


def test_first_detection_is_the_first_track_and_reasons_name_the_track() -> None:
    # First detection of d1 is T001's start at 40 s, not the launch at 10 s. Acknowledged T001
    # at 52 s: 12 s after, window 30 s -> +10. Classified T003 (d1 again, after the drop) at
    # 180 s: 140 s after, 80 s past the 60 s window: 10 * (1 - 80/180) = 5.56 -> 5.6.
    # Total 15.6 of 20 = 78 %.
    key = incident([ACK, CLASSIFY])
    actions = [
        act(1, K.ACKNOWLEDGE, 52, track="T001"),
        act(2, K.CLASSIFY, 180, track="T003", classification="drone"),
    ]
    sheet = score(scenario([key]), TRACKED, actions)
    assert [i.reason for i in sheet.items] == [
        "+10 acknowledged track T001 12 s after first detection (window 30 s)",
        "+5.6 classified T003 as drone 140 s after first detection (window 60 s; 80 s late, "
        "5.6 of 10)",
    ]
    assert (sheet.total, sheet.percent) == (15.6, 78)


def test_a_drone_id_counts_for_nothing_when_the_run_has_tracks() -> None:
    # The instructor's view shows drone ids; a trainee acts on tracks. In a run with sensors an
    # action on a drone id is about nothing the trainee could see.
    sheet = score(scenario([incident([ACK])]), TRACKED, [act(1, K.ACKNOWLEDGE, 50, track="d1")])
    reason = (
        "0/10 never acknowledged track T001 or T003 (due within 30 s of first detection at 0:40)"
    )
    assert only(sheet).reason == reason


def test_unknown_and_false_tracks_belong_to_no_incident() -> None:
    # T009 never started, T002 is a false track, T004 is auth-1's: none of them is d1's, so the
    # acknowledgement is missed and neither the bird nor the police call is penalised.
    penalised = [
        {"kind": "classify", "params": {"classification": "bird"}, "points": 5},
        {"kind": "notify_police", "points": 5},
    ]
    key = incident([ACK], penalised=penalised)
    actions = [
        act(1, K.ACKNOWLEDGE, 45, track="T009"),
        act(2, K.ACKNOWLEDGE, 61, track="T004"),
        act(3, K.CLASSIFY, 70, track="T002", classification="bird"),
        act(4, K.NOTIFY_POLICE, 71, track="T002"),
    ]
    sheet = score(scenario([key]), TRACKED, actions)
    assert [i.reason for i in sheet.items] == [
        "0/10 never acknowledged track T001 or T003 (due within 30 s of first detection at 0:40)"
    ]
    assert sheet.total == 0


def test_penalties_name_the_track_the_trainee_used() -> None:
    wrong = [{"kind": "classify", "params": {"classification": "bird"}, "points": 5}]
    key = incident([CLASSIFY], penalised=wrong)
    actions = [act(1, K.CLASSIFY, 175, track="T003", classification="bird")]
    penalty = only(score(scenario([key]), TRACKED, actions), ItemCategory.PENALTY)
    assert penalty.reason == "-5 classified T003 as bird, expected drone (at 2:55)"


def test_a_drone_never_tracked_in_a_run_with_sensors_is_never_detected() -> None:
    # The log has tracks (the run has sensors), none of them d1's: its first detection never
    # happens, so items on that clock are not due; without any track event, launch would count.
    only_auth = [e for e in TRACKED if e.drone != "d1" or e.kind not in TRACK_EVENTS]
    sheet = score(scenario([incident([ACK])]), only_auth, [])
    assert only(sheet).reason == (
        "0/0 acknowledged the track: not due, no track of it appeared in this run"
    )
    assert sheet.maximum == 0


def test_the_key_follower_acts_on_the_tracks_it_has_seen() -> None:
    # The perfect bot acknowledges 2 s after T001 starts, and classifies (1 s later in its plan)
    # on T001 too; after T001 drops and T003 starts, its later actions name T003.
    later = {**CLASSIFY, "clock": APPROACH}  # approach entry at 200 s, after T003 started
    key = with_sensors(scenario([incident([ACK, later])]))
    actions = feed(make_bot("perfect", key), TRACKED, until_s=300)
    assert [(a.kind, a.sim_time_s, a.track) for a in actions] == [
        (K.ACKNOWLEDGE, 42, "T001"),
        (K.CLASSIFY, 203, "T003"),
    ]
    assert score(key, TRACKED, actions).percent == 100


def test_the_panic_bot_reacts_to_every_new_track() -> None:
    actions = feed(make_bot("panic", with_sensors(scenario([incident([ACK])]))), TRACKED, 300)
    assert [(a.sim_time_s, a.track) for a in actions if a.kind is K.NOTIFY_POLICE] == [
        (40, "T001"),
        (55, "T002"),
        (60, "T004"),
        (170, "T003"),
    ]


def feed(bot: Bot, events: list[Event], until_s: float) -> list[Action]:
    """Give the bot the events tick by tick (0.1 s), as a run does."""
    actions = []
    for tick in range(round(until_s * 10) + 1):
        now = tick / 10
        actions += bot.on_events([e for e in events if e.tick == tick], now)
    return actions


def test_same_inputs_give_the_same_sheet_in_any_input_order() -> None:
    actions = [
        *runway(100, 445),
        act(4, K.CLASSIFY, 20, classification="bird"),
        act(5, K.CLASSIFY, 40, classification="drone"),
        act(6, K.NOTIFY_POLICE, 50),
    ]
    sheets = []
    for seed in range(5):
        shuffled = actions[:]
        random.Random(seed).shuffle(shuffled)
        sheets.append(score(warranted(), EVENTS, shuffled))
    assert all(sheet == sheets[0] for sheet in sheets)
    times = [i.time_s for i in sheets[0].items]
    assert times == [101, 100, 445, 100]  # radio, suspension, resume, then the penalty


def test_a_scenario_without_a_key_cannot_be_scored() -> None:
    plain = scenario([incident([RADIO])]).model_copy(update={"answer_key": None})
    with pytest.raises(NoAnswerKey, match="no answer key"):
        score(plain, EVENTS, [])


def test_a_bird_flock_is_present_while_radar_tracks_it() -> None:
    from trainer.scoring.run_facts import Timeline
    from trainer.sim.events import Event, EventKind

    flock = "bird:lapwings"
    timeline = Timeline(
        [
            Event(100, 10.0, EventKind.TRACK_STARTED, flock, other="T004"),
            Event(900, 90.0, EventKind.TRACK_DROPPED, flock, other="T004"),
        ]
    )
    assert [timeline.present(flock, t) for t in (5.0, 10.0, 50.0, 90.0, 95.0)] == [
        False, True, True, False, False,
    ]  # fmt: skip


# -- issue 9: nothing due, lines of tracks, picture facts ------------------------------------


def test_a_run_with_nothing_due_cannot_pass() -> None:
    # d1 is never tracked in this run: nothing of its incident is due. A needless suspension and
    # a police call on the authorised drone's track still cost: -30 - 5 of 0 used to be 100 %.
    only_auth = [e for e in TRACKED if e.drone != "d1" or e.kind not in TRACK_EVENTS]
    penalised = [{"kind": "notify_police", "points": 5}]
    key = scenario(
        [incident([ACK], suspension={"warranted": False, "penalty": 30}),
         incident([ACK], drone_id="auth-1", penalised=penalised)],
        pass_percent=0,
    )  # fmt: skip
    actions = [act(1, K.ACKNOWLEDGE, 61, track="T004")]
    assert score(key, only_auth, actions).passed  # 10 of 10 due: passes
    nothing_due = scenario([incident([ACK], suspension={"warranted": False})], pass_percent=0)
    sheet = score(nothing_due, only_auth, [act(1, K.SUSPEND_OPERATIONS, 70, track=None)])
    assert (sheet.total, sheet.maximum, sheet.percent, sheet.passed) == (-30, 0, 0, False)
    assert "(nothing was due)" in format_sheet(sheet)


def test_repeats_and_runway_no_ops_are_not_effective() -> None:
    from trainer.scoring.run_facts import effective_actions

    actions = [
        act(1, K.CLASSIFY, 20, classification="drone"),
        act(2, K.CLASSIFY, 30, classification="drone"),  # the same again: nothing new
        act(3, K.RESUME_OPERATIONS, 35, track=None),  # nothing was suspended
        act(4, K.SUSPEND_OPERATIONS, 40, track=None),
        act(5, K.SUSPEND_OPERATIONS, 45, track=None),  # already suspended
        act(6, K.CLASSIFY, 50, classification="bird"),  # a correction: replaces 1
        act(7, K.CLASSIFY, 55, track="T9", classification="bird"),  # another line
    ]
    effective = effective_actions(actions, lambda a: a.track)
    assert [a.sequence for a in effective] == [4, 6, 7]


def test_a_radar_only_twin_is_a_line_of_its_own() -> None:
    # auth-1 is T004 (Remote ID from 61 s); T005 starts at 100 s while T004 is still updated:
    # the trainee sees two objects. Identifying T005 as unknown before it showed any Remote ID
    # is no mistake, and it does not replace the "authorised" judged on T004.
    identify = {"kind": "identify", "params": {"identity": "authorised"}, "window_s": 90}
    penalised = [{"kind": "identify", "params": {"identity": "unknown"}, "points": 10}]
    broadcasting = {**AUTHORISED, "remote_id": {"broadcast": True, "serial": "A"}}
    key = scenario(
        [incident([{**identify, "points": 10}], drone_id="auth-1", penalised=penalised)],
        drones=[drone("d1"), broadcasting],
    )
    rid = dataclasses.replace(
        track_ev(61, EventKind.REMOTE_ID_RECEIVED, "T004", "auth-1"), detail="serial A"
    )
    events = sorted([*TRACKED, rid, track_ev(100, EventKind.TRACK_STARTED, "T005", "auth-1")],
                    key=lambda e: e.time_s)  # fmt: skip
    authorised = act(1, K.IDENTIFY, 70, track="T004", identity="authorised")
    twin = act(2, K.IDENTIFY, 110, track="T005", identity="unknown")
    sheet = score(key, events, [authorised, twin])
    assert [i.points for i in sheet.items] == [10]
    # The same "unknown" on T004, which carried Remote ID, is a wrong answer and a correction.
    wrong = score(key, events, [authorised, dataclasses.replace(twin, track="T004")])
    assert [i.points for i in wrong.items] == [0, -10]


def test_a_suspension_made_at_another_time_is_not_called_never() -> None:
    # Suspended 150 s .. 160 s, before the approach entry at 200 s (and its window of
    # anticipation): the warranted suspension was not made when due, and the early one costs.
    actions = [act(1, K.INFORM_RADIO, 101), *runway(130, 140)[1:]]
    sheet = score(warranted(), EVENTS, actions)
    assert [i.reason for i in sheet.items][1:3] == [
        "0/20 runway operations were not suspended when due (within 60 s of approach entry at "
        "3:20)",
        "0/10 resumed runway operations: not suspended while it was due",
    ]
    assert any(i.category is ItemCategory.PENALTY for i in sheet.items)


def test_acting_on_a_false_track_before_it_appeared_is_about_nothing() -> None:
    # T002 (clutter) appears at 55 s. A police call naming it at 50 s was about nothing there
    # (found by the ended-early property: the full run used to cost more than ending at 52 s).
    key = scenario(
        [incident([ACK])],
        false_tracks={"penalised": [{"kind": "notify_police", "points": 10}]},
    )
    early = act(1, K.NOTIFY_POLICE, 50, track="T002")
    assert not [i for i in score(key, TRACKED, [early]).items if i.points < 0]
    late = dataclasses.replace(early, sim_time_s=60)
    assert [i.points for i in score(key, TRACKED, [late]).items if i.points < 0] == [-10]


def test_a_judgement_on_a_track_not_there_yet_corrects_nothing() -> None:
    # T003 continues d1's line from 170 s. A "bird" naming T003 at 60 s (found by the ended-early
    # property) must not replace the "drone" judged on T001 at 50 s.
    key = scenario([incident([CLASSIFY])])
    actions = [
        act(1, K.CLASSIFY, 50, track="T001", classification="drone"),
        act(2, K.CLASSIFY, 60, track="T003", classification="bird"),
    ]
    assert [i.points for i in score(key, TRACKED, actions).items] == [10]
