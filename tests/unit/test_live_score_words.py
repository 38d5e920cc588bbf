"""A live score (the run still going) says what has not happened yet is pending: "not due yet",
"not yet informed"; a finished run's sheet keeps its verdicts ("not due, ... in this run",
"never informed"), with the same points; and before any track a run with sensors is not
taken for one without (where a drone is seen at its launch)."""

from __future__ import annotations

from tests.unit.test_scorer import (
    ACK,
    EVENTS,
    TRACKED,
    K,
    act,
    incident,
    scenario,
    warranted,
    with_sensors,
)
from trainer import i18n
from trainer.scenario.model import Scenario
from trainer.scenario.sensors_model import SensorSetup
from trainer.scoring.reasons import reason_text
from trainer.scoring.scorer import score
from trainer.scoring.sheet import ScoreSheet
from trainer.scoring.tracks import TRACK_EVENTS
from trainer.sim.events import Event

# Tracks of other drones (the run has sensors), none of d1's so far.
UNSEEN = [e for e in TRACKED if e.drone != "d1" or e.kind not in TRACK_EVENTS]


def blind(key: Scenario) -> Scenario:
    """The scenario without sensors (test_scorer's scenario has none already)."""
    return key.model_copy(update={"sensors": SensorSetup(radars=[], remote_id=[])})


def so_far(events: list[Event], now_s: float) -> list[Event]:
    return [e for e in events if e.time_s <= now_s]


def texts(sheet: ScoreSheet) -> list[str]:
    return [reason_text(item) for item in sheet.items]


def both(key: Scenario, events: list[Event], now_s: float) -> tuple[ScoreSheet, ScoreSheet]:
    """(live, ended): the same log, no actions, scored mid-run and as a run that ended there."""
    live = score(key, so_far(events, now_s), [], run_end_s=now_s, running=True)
    ended = score(key, so_far(events, now_s), [], run_end_s=now_s)
    assert [(i.points, i.max_points, i.category) for i in live.items] == [
        (i.points, i.max_points, i.category) for i in ended.items
    ]
    assert (live.total, live.maximum, live.passed) == (ended.total, ended.maximum, ended.passed)
    return live, ended


def test_a_drone_no_sensor_has_tracked_yet_is_not_due_yet_mid_run() -> None:
    live, ended = both(with_sensors(scenario([incident([ACK])])), UNSEEN, 120)
    # Was the finished run's verdict in the class console's live score at 2:00.
    assert texts(live) == ["0/0 acknowledged the track: not due yet, no track of it so far"]
    assert texts(ended) == [
        "0/0 acknowledged the track: not due, no track of it appeared in this run"
    ]


def test_a_clock_that_has_not_started_is_not_due_yet_and_an_open_window_is_not_yet_done() -> None:
    # At 2:30 the drone has entered the ATZ (1:40) but not the approach (3:20).
    live, ended = both(blind(warranted()), EVENTS, 150)
    assert texts(live) == [
        "0/20 not yet informed Twente Radio (due within 30 s of ATZ entry at 1:40)",
        "0/0 suspended runway operations: not due yet, approach entry has not happened so far",
    ]
    assert texts(ended) == [
        "0/20 never informed Twente Radio (due within 30 s of ATZ entry at 1:40)",
        "0/0 suspended runway operations: not due, approach entry did not happen in this run",
    ]


def test_a_resume_with_no_suspension_yet_is_not_yet_done() -> None:
    live, ended = both(blind(warranted()), EVENTS, 450)  # landed at 6:40, never suspended
    assert texts(live)[2] == (
        "0/10 not yet resumed runway operations: they have not been suspended so far"
    )
    assert texts(ended)[2] == "0/10 never resumed runway operations: they were never suspended"


def test_the_clock_of_a_resume_not_started_is_not_due_yet() -> None:
    suspended = [act(1, K.SUSPEND_OPERATIONS, 220, track=None)]  # the drone lands at 6:40
    live = score(blind(warranted()), so_far(EVENTS, 300), suspended, run_end_s=300, running=True)
    assert texts(live)[2] == (
        "0/0 resumed runway operations: not due yet, landing has not happened so far"
    )


def test_pending_items_in_dutch() -> None:
    unseen, _ = both(with_sensors(scenario([incident([ACK])])), UNSEEN, 120)
    landed, _ = both(blind(warranted()), EVENTS, 450)
    i18n.use_language("nl")
    try:
        assert texts(unseen) == [
            "0/0 de track bevestigd: nog niet vereist, hiervan is nog geen track verschenen"
        ]
        assert texts(landed) == [
            "0/20 Twente Radio geïnformeerd: nog niet gedaan (verwacht binnen 30 s na ATZ entry "
            "op 1:40)",
            "0/20 baangebruik opgeschort: nog niet gedaan (verwacht binnen 60 s na approach "
            "entry op 3:20)",
            "0/10 baangebruik hervat: nog niet gedaan, het baangebruik is tot nu toe niet "
            "opgeschort",
        ]
    finally:
        i18n.use_language("en")


def test_before_any_track_a_launched_drone_is_not_yet_seen_in_a_run_with_sensors() -> None:
    # d1 launched at 0:10; the sensors have tracked nothing yet at 0:30. Was: the log without
    # a track event read as a run without sensors, so the launch was its first detection:
    # "0/10 not yet acknowledged track d1 (due within 30 s of first detection at 0:10)".
    key = with_sensors(scenario([incident([ACK])]))
    live = score(key, so_far(EVENTS, 30), [], run_end_s=30, running=True)
    assert texts(live) == ["0/0 acknowledged the track: not due yet, no track of it so far"]
    no_sensors = score(
        scenario([incident([ACK])]), so_far(EVENTS, 30), [], run_end_s=30, running=True
    )
    assert texts(no_sensors) == [
        "0/10 not yet acknowledged track d1 (due within 30 s of first detection at 0:10)"
    ]


def test_a_run_whose_sensors_never_tracked_a_drone_does_not_ask_about_it() -> None:
    # The instructor took the only radar out for the whole run: the trainee never saw d1.
    # Was: a log without any track read as a run without sensors, the launch as d1's first
    # detection, so the sheet said "0/10 never acknowledged track d1 (... at 0:10)".
    sheet = score(with_sensors(scenario([incident([ACK])])), EVENTS, [])
    assert texts(sheet) == [
        "0/0 acknowledged the track: not due, no track of it appeared in this run"
    ]
    assert (sheet.total, sheet.maximum) == (0, 0)
