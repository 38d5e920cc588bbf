"""A class over the network on loopback: a console and scripted stations, in fast time."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from tests.classroom.conftest import Class
from trainer.records import RunStatus
from trainer.replay import complete_log
from trainer.scoring.scorer import score

pytestmark = pytest.mark.slow

BOTS = ("perfect", "human", "idle", "late", "panic")


def test_a_class_of_twenty_runs_a_scenario_and_each_is_scored_as_on_one_pc(
    a_class: Callable[..., Class],
) -> None:
    group = a_class("two-drones", speed=300)
    for n in range(20):
        group.add_bot(f"Trainee {n + 1:02d}", BOTS[n % len(BOTS)])
    group.pump_until(lambda: group.joined() == 20)
    group.console.start()
    group.pump_until(lambda: group.console.state == "finished")
    assert group.console.release_sheets() == 20
    group.pump_until(group.stations_done)

    console, repository = group.console, group.repository
    runs = repository.runs(session_id=group.session_id)
    assert len(runs) == 20 and {r.status for r in runs} == {RunStatus.FINISHED}
    assert len({r.trainee_id for r in runs}) == 20
    scenario = console.prepared.scenario
    for run in runs:
        trainee = repository.trainee(run.trainee_id or 0).name
        result = group.results[trainee]
        assert result.joined and result.sheet_received and result.unacknowledged == 0
        # Every action the station made is on the record, exactly once.
        actions = repository.actions(run.id)
        assert len(actions) == result.actions_sent
        # The sheet is the sheet of the same actions scored as a single-PC run would be.
        sheet = repository.sheet(run.id)
        events = repository.events(run.id)
        alone = score(scenario, events, actions, seed=run.seed)
        assert sheet == alone
        link = group.links[trainee]
        assert link.sheet is not None and link.sheet.total == sheet.total
        bot = BOTS[(int(trainee.split()[-1]) - 1) % len(BOTS)]
        if bot in ("perfect", "human"):
            assert sheet.passed, [i.reason for i in sheet.items]
        if bot == "idle":
            assert not actions and not sheet.passed
    # Each run's log is the class's one log: the same events for everybody.
    logs = {tuple(json.dumps(e.to_json_dict()) for e in repository.events(r.id)) for r in runs}
    assert len(logs) == 1
    assert complete_log(console.prepared, console.seed, repository.events(runs[0].id))
