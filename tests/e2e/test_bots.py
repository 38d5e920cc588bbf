"""Scripted trainees on every bundled scenario, and `drone-trainer run` recording to SQLite."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.e2e.runs import feed, sheet_of, simulated
from trainer.launch import Workspace, bundled_scenarios
from trainer.scoring.bots import make_bot
from trainer.scoring.protocol import (
    AERODROME_ACTIONS,
    CORRECTABLE_ACTIONS,
    Action,
    ActionKind,
)
from trainer.scoring.scorer import score
from trainer.scoring.sheet import ItemCategory, ScoreSheet
from trainer.training_run import run_headless

pytestmark = pytest.mark.slow  # one fast-time simulation per bundled scenario, 1-4 s each

SCENARIOS = bundled_scenarios()  # every file in scenarios/: a new scenario is tested as it lands


@dataclass(frozen=True)
class BotRun:
    actions: tuple[Action, ...]
    sheet: ScoreSheet


@cache
def result(path: Path, bot_name: str) -> BotRun:
    """A bot's run: the recorded events fed tick by tick, as `run_headless` feeds them."""
    run = simulated(path)
    actions = feed(run, make_bot(bot_name, run.prepared.scenario))
    return BotRun(tuple(actions), sheet_of(run, actions))


@pytest.fixture(params=SCENARIOS, ids=lambda p: p.stem)
def scenario_path(request: pytest.FixtureRequest) -> Path:
    return Path(request.param)


def test_perfect_trainee_passes(scenario_path: Path) -> None:
    sheet = result(scenario_path, "perfect").sheet
    assert sheet.percent >= 95, sheet.items
    assert sheet.passed
    assert not [i for i in sheet.items if i.points < 0], "the key's own answers are penalised"


def test_idle_trainee_fails(scenario_path: Path) -> None:
    sheet = result(scenario_path, "idle").sheet
    assert sheet.percent <= 10
    assert not sheet.passed
    assert [i for i in sheet.items if i.category is ItemCategory.MISSED]


def test_panic_trainee_is_penalised_for_over_reacting(scenario_path: Path) -> None:
    sheet = result(scenario_path, "panic").sheet
    assert sheet.percent <= 40
    assert not sheet.passed
    over_reaction = [
        i
        for i in sheet.items
        if i.category is ItemCategory.PENALTY
        and i.points < 0
        and ("suspended runway operations" in i.reason or "police" in i.reason)
    ]
    assert over_reaction, [i.reason for i in sheet.items]
    assert sheet.disruption_eur > 0


def test_late_trainee_scores_below_perfect(scenario_path: Path) -> None:
    late = result(scenario_path, "late").sheet
    assert 0 < late.percent < result(scenario_path, "perfect").sheet.percent
    assert any("late" in i.reason for i in late.items)


def test_bots_act_on_tracks_not_drones(scenario_path: Path) -> None:
    # Trainees see tracks, so bots name track ids (T001, ...), never the truth's drone ids.
    scenario = simulated(scenario_path).prepared.scenario
    drone_ids = {d.id for d in scenario.drones}
    for bot in ("perfect", "panic"):
        named = {a.track for a in result(scenario_path, bot).actions if a.track is not None}
        assert named and not named & drone_ids, (bot, named)


def test_rescoring_a_run_gives_the_same_sheet(scenario_path: Path) -> None:
    run = simulated(scenario_path)
    panic = result(scenario_path, "panic")
    scenario = Workspace().prepare(scenario_path).scenario
    assert score(scenario, run.events, panic.actions, run_end_s=run.end_s) == panic.sheet


def test_a_headless_run_matches_the_replayed_one() -> None:
    # run_headless steps the engine with the bot attached; the replay above must be the same.
    path = REPO / "scenarios" / "hobby-drone-approach-23.yaml"
    prepared = Workspace().prepare(path)
    headless = run_headless(prepared, make_bot("perfect", prepared.scenario))
    assert headless.events == simulated(path).events
    assert [replace(a, wall_time="") for a in headless.actions] == list(
        result(path, "perfect").actions
    )
    assert headless.sheet == result(path, "perfect").sheet
    actions = headless.actions
    assert [a.sequence for a in actions] == list(range(1, len(actions) + 1))
    assert all(a.wall_time.endswith("+00:00") for a in actions)
    assert [a.sim_time_s for a in actions] == sorted(a.sim_time_s for a in actions)


def test_cli_run_prints_the_sheet_and_records_the_run(tmp_path: Path) -> None:
    pytest.importorskip("trainer.records", reason="the training record is not built yet")
    db = tmp_path / "record.sqlite"
    name = 'Zoë "Ace" O\'Neil 🚁'
    command = [
        sys.executable,
        "-m",
        "trainer",
        "run",
        str(REPO / "scenarios" / "inspection-fence.yaml"),
        "--bot",
        "panic",
        "--db",
        str(db),
        "--trainee",
        name,
    ]
    done = subprocess.run(
        command, capture_output=True, text=True, encoding="utf-8", timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "Total: -35 of 100 points = 0.0 % (pass mark 70 %): FAILED" in out
    assert "-30 suspended runway operations for an authorised flight (T001)" in out
    assert "-20 notified police about T001: the flight is authorised" in out
    assert "+15 acknowledged track T001 at first detection" in out
    assert "inspection-1" not in out  # the sheet names tracks, never the truth behind them
    # Suspended when the radar confirmed T001 at 0:10.6, until the end at 10:00.
    assert "Runway operations suspended: 9.8 min, EUR 982" in out
    assert name in out

    with sqlite3.connect(db) as conn:
        (run_id, status, seed, trainee) = conn.execute(
            "SELECT r.id, r.status, r.seed, t.name FROM runs r JOIN trainees t "
            "ON t.id = r.trainee_id"
        ).fetchone()
        assert (status, seed, trainee) == ("finished", 1, name)
        kinds = [
            row[0]
            for row in conn.execute(
                "SELECT kind FROM actions WHERE run_id = ? ORDER BY sequence", [run_id]
            )
        ]
        # The same three for every new track, false ones (clutter) included.
        panic = ["acknowledge", "suspend_operations", "notify_police"]
        assert kinds[:3] == panic and kinds == panic * (len(kinds) // 3)
        (events,) = conn.execute(
            "SELECT COUNT(*) FROM events WHERE run_id = ?", [run_id]
        ).fetchone()
        assert events >= 5
        (percent, passed) = conn.execute(
            "SELECT percent, passed FROM score_sheets WHERE run_id = ?", [run_id]
        ).fetchone()
        assert (percent, passed) == (0.0, 0)
        (items,) = conn.execute("SELECT COUNT(*) FROM score_items").fetchone()
        assert items == 7
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_human_like_trainee_scores_close_to_perfect(scenario_path: Path) -> None:
    # Realistic delays, the wrong track acknowledged first, keys pressed twice, a wrong judgement
    # corrected, radio calls with a track selected: none of it is a fault.
    human = result(scenario_path, "human").sheet
    perfect = result(scenario_path, "perfect").sheet
    assert perfect.total - human.total <= 10, [i.reason for i in human.items]
    assert human.passed


def test_the_human_like_trainee_makes_every_kind_of_slip() -> None:
    slips: set[str] = set()
    for path in SCENARIOS:
        actions = result(path, "human").actions
        last: dict[tuple[str | None, ActionKind], Action] = {}
        for index, action in enumerate(actions):
            if action.kind in AERODROME_ACTIONS and action.track is not None:
                slips.add("aerodrome action with a track selected")
            if action.kind is ActionKind.ACKNOWLEDGE:
                soon = [a for a in actions[index + 1 :] if a.sim_time_s <= action.sim_time_s + 2.05]
                if any(a.kind is ActionKind.ACKNOWLEDGE and a.track != action.track for a in soon):
                    slips.add("wrong track acknowledged first")
            if action.kind in CORRECTABLE_ACTIONS:
                before = last.get((action.track, action.kind))
                if before is not None:
                    same = dict(before.params) == dict(action.params)
                    slips.add("judgement pressed twice" if same else "judgement corrected")
                last[(action.track, action.kind)] = action
    assert slips == {
        "aerodrome action with a track selected",
        "wrong track acknowledged first",
        "judgement pressed twice",
        "judgement corrected",
    }
