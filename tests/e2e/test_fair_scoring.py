"""Issue 9's unfair outcomes, each reproduced on a bundled scenario with actions made the way
the window makes them, and the rules that remove them.

Timelines (default seeds, `drone-trainer simulate`): hobby-drone-approach-23: hobby-1 tracked
as T001 at 1:10, lost at 2:50, found again as T002 at 3:04, in the approach at 3:47, landed at
9:27. two-drones: the authorised survey is T001 (Remote ID) from 0:10.6, the unauthorised hobby
drone T002 from 1:32. bird-flock-false-alarm at seed 31: the survey is T001 (Remote ID) and from
8:05 also T003, a radar-only second track on the same drone.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.runs import as_lines, bot_actions, play, scenario_path, simulated
from trainer.records import Repository, open_database
from trainer.scoring.action_file import ActionFileError, ScriptedTrainee, read_action_file
from trainer.scoring.protocol import AERODROME_ACTIONS, ActionKind
from trainer.scoring.sheet import ItemCategory, ScoreSheet
from trainer.sim.events import EventKind
from trainer.sim.injects import Inject, InjectKind
from trainer.training_run import run_headless

pytestmark = pytest.mark.slow  # a fast-time simulation per scenario and seed

HOBBY, TWO, BIRDS, NIGHT = (
    "hobby-drone-approach-23",
    "two-drones",
    "bird-flock-false-alarm",
    "night-radar-only",
)


def perfect(name: str, seed: int | None = None) -> list[dict[str, Any]]:
    return as_lines(bot_actions(name, "perfect", seed))


def reasons(sheet: ScoreSheet) -> list[str]:
    return [item.reason for item in sheet.items]


def judged(sheet: ScoreSheet) -> tuple[object, ...]:
    """What a sheet says, apart from which numbered action each item points at (extra actions
    renumber the later ones)."""
    return (sheet.total, sheet.maximum, sheet.percent, sheet.passed, tuple(reasons(sheet)))


def items_of(sheet: ScoreSheet, incident: str) -> list[tuple[float, str]]:
    return [(i.points, i.reason) for i in sheet.items if i.incident == incident]


# 1. The selection no longer leaks into the aerodrome's actions ------------------------------


def test_a_radio_call_serves_every_incident_whatever_track_is_selected() -> None:
    # The window used to record R with the selected track: with the survey's T001 selected, the
    # intruder's required radio call was missed (120 -> 105 points, passed -> failed).
    lines = perfect(TWO)
    selected_survey = [
        {**line, "track": "T001"} if ActionKind(line["kind"]) in AERODROME_ACTIONS else line
        for line in lines
    ]
    assert any(line["kind"] == "inform_radio" for line in lines)
    fair, leaked = play(TWO, lines), play(TWO, selected_survey)
    assert leaked == fair
    assert fair.passed and fair.percent == 100
    radio = [r for p, r in items_of(leaked, "hobby-in-approach-05") if "Twente Radio" in r]
    assert radio and radio[0].startswith("+15 informed Twente Radio")


def test_a_surplus_police_call_names_only_the_track_the_trainee_named() -> None:
    sheet = play(TWO, [*perfect(TWO), {"at_s": 30, "kind": "notify_police", "track": "T001"}])
    penalty = [i for i in sheet.items if i.category is ItemCategory.PENALTY]
    assert [i.reason for i in penalty] == [
        "-15 notified police about T001: the survey is authorised and its operator known (at 0:30)"
    ]


# 2. Pressing the same judgement again --------------------------------------------------------


def test_pressing_a_judgement_again_keeps_the_one_made_in_time() -> None:
    # D and Y pressed again late (and on the drone's later track) used to replace the timely
    # ones: -20. Repeating the current judgement changes nothing.
    lines = perfect(HOBBY)
    again = [
        {"at_s": 400, "kind": "classify", "track": "T002", "params": {"classification": "drone"}},
        {"at_s": 401, "kind": "identify", "track": "T002", "params": {"identity": "unauthorised"}},
        {"at_s": 402, "kind": "classify", "track": "T001", "params": {"classification": "drone"}},
    ]
    assert judged(play(HOBBY, lines + again)) == judged(play(HOBBY, lines))


# 3. Corrections follow the drone across its tracks -----------------------------------------


def test_a_judgement_on_the_drones_new_track_corrects_the_old_one() -> None:
    # T001 called a bird at 1:20; the drone comes back as T002 and is called a drone at 3:10.
    # The bird is corrected away (no penalty); the drone is judged at its own time, late.
    lines = [line for line in perfect(HOBBY) if line["kind"] != "classify"]
    bird = {"at_s": 80, "kind": "classify", "track": "T001", "params": {"classification": "bird"}}
    drone = {
        "at_s": 190,
        "kind": "classify",
        "track": "T002",
        "params": {"classification": "drone"},
    }
    sheet = play(HOBBY, [*lines, bird, drone])
    assert not [r for r in reasons(sheet) if "as bird" in r]
    classify = next(i for i in sheet.items if "classified" in i.reason)
    # 120 s after first detection, 60 s past the 60 s window: 10 * (1 - 60/180) = 6.7.
    assert classify.reason.startswith("+6.7 classified T002 as drone 120 s after first detection")
    # And the other way round: a timely "drone" later changed to "bird" on the new track no
    # longer counts, and the bird costs its penalty.
    changed = play(HOBBY, [*lines, {**drone, "at_s": 75, "track": "T001"}, {**bird, "at_s": 200,
                   "track": "T002"}])  # fmt: skip
    assert "-10 classified T002 as bird, expected drone (at 3:20)" in reasons(changed)


# 5. Ending a run early -----------------------------------------------------------------------


def test_ending_early_cannot_turn_a_fail_into_a_pass(tmp_path: Path) -> None:
    # Acting on everything due by 3:20 and ending there, before the approach entry at 3:47,
    # used to be 65/65 = 100 % PASSED with the required suspension "not due".
    lines = [line for line in perfect(HOBBY) if line["at_s"] < 200]
    sheet = play(HOBBY, [*lines, {"at_s": 200, "kind": "end_run"}])
    assert (sheet.passed, sheet.ended_at_s) == (False, 200)
    suspension = next(i for i in sheet.items if "suspended runway operations" in i.reason)
    assert suspension.reason == (
        "0/20 suspended runway operations: run ended at 3:20 before this was due "
        "(entry of the approach at 3:47)"
    )
    assert suspension.category is ItemCategory.MISSED and suspension.max_points == 20
    full = play(HOBBY, perfect(HOBBY))
    assert sheet.maximum == full.maximum and sheet.total < full.total

    # Headless and recorded, as the instructor's Ctrl+E ends it: aborted, failed, with its end.
    actions = tmp_path / "early.jsonl"
    actions.write_text("\n".join(json.dumps(x) for x in [*lines, {"at_s": 200, "kind": "end_run"}]))
    prepared = simulated(scenario_path(HOBBY)).prepared
    db = open_database(tmp_path / "record.sqlite")
    repository = Repository(db)
    trainee = ScriptedTrainee(read_action_file(actions, prepared.scenario.duration_s))
    result = run_headless(prepared, trainee, recorder=repository)
    assert result.run_id is not None
    assert result.sheet == sheet
    assert repository.run(result.run_id).status.value == "aborted"
    assert repository.run(result.run_id).sim_time_s == pytest.approx(200)
    assert repository.sheet(result.run_id) == sheet
    db.close()
    with sqlite3.connect(tmp_path / "record.sqlite") as conn:
        assert conn.execute("SELECT passed, ended_at_s FROM score_sheets").fetchone() == (0, 200)


# 6. One fault, one deduction; nothing for acting on what is not there -------------------------


def test_resuming_a_second_too_early_costs_the_resume_once() -> None:
    run = simulated(scenario_path(HOBBY))
    landed = next(e.time_s for e in run.events if e.kind is EventKind.LANDED)
    lines = perfect(HOBBY)
    early = [
        {**line, "at_s": landed - 1} if line["kind"] == "resume_operations" else line
        for line in lines
    ]
    full, sheet = play(HOBBY, lines), play(HOBBY, early)
    assert full.total - sheet.total == 10  # the resume's points, and nothing more
    assert not [i for i in sheet.items if i.category is ItemCategory.PENALTY]
    resume = next(r for r in reasons(sheet) if r.startswith("0/10 resumed"))
    assert "1 s before landing" in resume and "still warranted a suspension" in resume


def test_acting_before_the_drone_is_seen_earns_nothing_and_breaks_no_order() -> None:
    # A radio call at 0:30, before T001 appears at 1:10, used to earn full points and then cost
    # the acknowledge-before-radio rule. It is about nothing the trainee could see.
    lines = [line for line in perfect(HOBBY) if line["kind"] != "inform_radio"]
    sheet = play(HOBBY, [*lines, {"at_s": 30, "kind": "inform_radio"}])
    radio = next(i for i in sheet.items if "Twente Radio" in i.reason)
    assert radio.reason.startswith("0/20 never informed Twente Radio")
    assert not [i for i in sheet.items if i.category is ItemCategory.ORDER]


def test_a_resume_with_nothing_suspended_breaks_no_order_rule() -> None:
    lines = perfect(HOBBY)
    extra = play(HOBBY, [*lines, {"at_s": 100, "kind": "resume_operations"}])
    assert judged(extra) == judged(play(HOBBY, lines))


# 7. What the trainee's picture showed ---------------------------------------------------------


def test_a_radar_only_twin_of_an_authorised_drone_may_be_called_unknown() -> None:
    # T003 is a second, radar-only track on the survey drone: nothing on it says who flies.
    # Calling it unknown used to cost 10 ("Remote ID and the authorisation show an authorised
    # flight") and, as a correction, the timely "authorised" on T001.
    lines = perfect(BIRDS, seed=31)
    twin = {"at_s": 500, "kind": "identify", "track": "T003", "params": {"identity": "unknown"}}
    assert judged(play(BIRDS, [*lines, twin], seed=31)) == judged(play(BIRDS, lines, seed=31))
    # On T001, which carries the broadcast, "unknown" is a wrong answer.
    on_rid = play(BIRDS, [*lines, {**twin, "track": "T001"}], seed=31)
    assert any(r.startswith("-10 identified T001 as unknown") for r in reasons(on_rid))


# 8. False tracks ------------------------------------------------------------------------------


def test_false_tracks_are_scored_where_the_key_asks() -> None:
    # Night: clutter tracks T003 (4:16) and T005 (7:47) last long enough to be judged.
    lines = [line for line in perfect(NIGHT) if line["track"] not in ("T003", "T005")]
    clutter = {"kind": "classify", "params": {"classification": "false_track"}}
    sheet = play(NIGHT, [*lines, {**clutter, "at_s": 260, "track": "T003"}])
    false_items = [(i.points, i.reason) for i in sheet.items if i.incident == "false-tracks"]
    assert (3, "+3 classified T003 (a false track) as false track 4 s after its first detection "
            "(window 60 s)") in false_items  # fmt: skip
    assert any(r.startswith("0/3 never classified T005 (a false track)") for _, r in false_items)
    # T004 is clutter from 5:04 to 5:26: police on it cost; named before it appeared, nothing.
    police = play(NIGHT, [*perfect(NIGHT), {"at_s": 310, "kind": "notify_police",
                                            "track": "T004"}])  # fmt: skip
    assert "-10 notified police about T004 (a false track): a false track needs no police " \
        "(at 5:10)" in reasons(police)  # fmt: skip
    early = play(NIGHT, [*perfect(NIGHT), {"at_s": 300, "kind": "notify_police", "track": "T004"}])
    assert not [i for i in early.items if i.incident == "false-tracks" and i.points < 0]
    # In the bird scenario a short clutter blip (T003, 15 s) is expected of nobody, but police
    # on it still cost.
    birds = play(BIRDS, [*perfect(BIRDS), {"at_s": 485, "kind": "notify_police", "track": "T003"}])
    assert [i.points for i in birds.items if i.incident == "false-tracks"] == [-10]


# 9. Drone ids from the instructor's view --------------------------------------------------------


def test_drone_ids_count_for_nothing_in_a_run_with_tracks(tmp_path: Path) -> None:
    truth = {"T001": "survey-1", "T002": "hobby-2"}
    lines = [{**line, "track": truth.get(line["track"], line["track"])} for line in perfect(TWO)]
    sheet = play(TWO, lines)
    track_items = [i for i in sheet.items if "acknowledged" in i.reason]
    assert track_items and all(i.points == 0 for i in track_items)
    assert not sheet.passed
    # A file that names a drone id is refused before the run starts.
    from trainer.scoring.action_file import check_tracks

    planned = read_action_file(_write(tmp_path, lines), 600)
    with pytest.raises(ActionFileError, match="'survey-1' never appears in this run"):
        check_tracks(tmp_path / "a.jsonl", planned, {"T001", "T002", "T003"})


def _write(tmp_path: Path, lines: list[dict[str, Any]]) -> Path:
    path = tmp_path / "a.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in lines), encoding="utf-8")
    return path


# 11. Injects are scored --------------------------------------------------------------------------


def test_a_drone_placed_by_the_instructor_brings_its_expected_actions() -> None:
    prepared = simulated(scenario_path(HOBBY)).prepared
    engine = prepared.engine()
    engine.run_until(60)
    # A hobby drone placed 600 m north-east of the runway's midpoint, inside the runway core.
    engine.inject(Inject(InjectKind.ADD_DRONE, drone="inject-1", template="hobby",
                         x_m=257_900, y_m=477_900))  # fmt: skip
    engine.run_until(prepared.scenario.duration_s)
    started = [e for e in engine.events if e.kind is EventKind.TRACK_STARTED]
    track = next(e.other for e in started if e.drone == "inject-1")
    seen = next(e.time_s for e in started if e.drone == "inject-1")
    scenario = prepared.scenario
    from trainer.scoring.scorer import score

    idle = score(scenario, engine.events, [])
    injected = [i for i in idle.items if i.incident and i.incident.startswith("inject-")]
    assert injected, reasons(idle)
    assert any(i.category is ItemCategory.MISSED and "acknowledged" in i.reason for i in injected)
    assert any("suspended runway operations" in i.reason for i in injected)
    from trainer.scoring.protocol import Action

    def act(n: int, kind: ActionKind, at: float, on: str | None, **params: str) -> Action:
        return Action(n, kind, at, "", on, params)

    responses = [
        act(1, ActionKind.ACKNOWLEDGE, seen + 3, track),
        act(2, ActionKind.CLASSIFY, seen + 4, track, classification="drone"),
        act(3, ActionKind.IDENTIFY, seen + 5, track, identity="unauthorised"),
        act(4, ActionKind.INFORM_RADIO, seen + 6, None),
        act(5, ActionKind.NOTIFY_POLICE, seen + 7, track),
        act(6, ActionKind.SUSPEND_OPERATIONS, seen + 8, None),
    ]
    sheet = score(scenario, engine.events, responses)
    earned = [i for i in sheet.items if i.incident == injected[0].incident and i.points > 0]
    assert len(earned) == 6, [i.reason for i in sheet.items if i.incident == injected[0].incident]


# The whole trainee, from a file, through the command line -----------------------------------------


def test_an_actions_file_is_checked_before_anything_is_recorded(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        "\n".join(
            [
                '{"at_s": 10, "kind": "acknowledge", "track": "T001"}',
                '{"at_s": 11, "kind": "wave", "track": "T001"}',
                '{"at_s": 12, "kind": "classify", "track": "T001", "params": {"colour": "red"}}',
                '{"at_s": 13, "kind": "notify_police"}',
                '{"at_s": -1, "kind": "inform_radio"}',
                '{"at_s": 14, "kind": "inform_radio", "when": 3}',
                "not json",
            ]
        ),
        encoding="utf-8",
    )
    with pytest.raises(ActionFileError) as caught:
        read_action_file(bad, 600)
    message = str(caught.value)
    for expected in (
        "bad.jsonl:2: kind: unknown action 'wave'",
        "bad.jsonl:3: params: classify takes classification, not 'colour'",
        "bad.jsonl:4: track: notify_police is about a drone and needs the track it means",
        "bad.jsonl:5: at_s: -1 is outside the run (0 to 600 s)",
        "bad.jsonl:6: unknown field 'when'",
        "bad.jsonl:7: not a JSON object",
    ):
        assert expected in message
    assert "bad.jsonl:1" not in message
