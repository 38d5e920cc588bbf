"""Scripted trainees on every bundled scenario, and `drone-trainer run` recording to SQLite."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest

from tests.conftest import REPO
from trainer.launch import Workspace, bundled_scenarios
from trainer.scoring.bots import make_bot
from trainer.scoring.scorer import score
from trainer.scoring.sheet import ItemCategory
from trainer.training_run import RunResult, run_headless

pytestmark = pytest.mark.slow  # a few seconds of fast-time simulation per run

SCENARIOS = bundled_scenarios()


@cache
def result(path: Path, bot: str) -> RunResult:
    """Each scenario and bot runs once per session; the assertions share it."""
    prepared = Workspace().prepare(path)
    return run_headless(prepared, make_bot(bot, prepared.scenario))


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


def test_rescoring_a_run_gives_the_same_sheet(scenario_path: Path) -> None:
    run = result(scenario_path, "panic")
    scenario = Workspace().prepare(scenario_path).scenario
    assert score(scenario, run.events, run.actions, seed=run.sheet.seed) == run.sheet


def test_actions_are_numbered_and_stamped() -> None:
    actions = result(SCENARIOS[0], "perfect").actions
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
    assert "-30 suspended runway operations for an authorised drone (inspection-1)" in out
    assert "-20 notified police about inspection-1" in out
    assert "+15 acknowledged track inspection-1" in out
    assert "Runway operations suspended: 9.8 min, EUR 983" in out
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
        assert kinds == ["acknowledge", "suspend_operations", "notify_police"]
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
