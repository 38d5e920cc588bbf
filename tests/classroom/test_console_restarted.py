"""The console's PC dies mid-exercise and the instructor starts the console again (same code and
port; a new exercise from 0, in a new class session). What a station's trainee did that the
dead console never acknowledged goes back to the run it was made in, at its own time, when the
record holds that run; it never lands in the new exercise's run. A record without that run
takes nothing, and the station keeps those responses in a file and says so."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.classroom.conftest import Class, StationClock
from trainer.classroom.console import ClassConsole
from trainer.classroom.station import Outbox, StationLink
from trainer.classroom.transport import ConsoleSocket
from trainer.records import Repository, RunStatus, open_database
from trainer.scoring.protocol import ActionKind
from trainer.training_run import SIM_TIME_NOTE_S


def dead_pid() -> int:
    """The number of a process that has ended (the dead console's)."""
    done = subprocess.run([sys.executable, "-c", "pass"], check=True)
    assert done.returncode == 0
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def a_running_class(
    a_class: Callable[..., Class],
) -> tuple[Class, StationLink, StationClock]:
    """One hand-driven station in a started class, its console's runs owned by a process that
    has ended (so the console started again finds them interrupted, as after a real crash).
    The sim runs at speed 4 from the first track (at 10.6 s: there 40 times as fast)."""
    group = a_class("inspection-fence", speed=40.0)
    group.console.repository = Repository(group.repository.db, pid=dead_pid())
    clock = StationClock()
    link = StationLink(group.endpoint, group.console.code, "Ilse",
                       outbox=group.tmp / "ilse" / "outbox.jsonl", clock=clock)  # fmt: skip
    group.links["Ilse"] = link
    group.pump_until(lambda: bool(link.pump()) or link.joined)
    group.console.start()
    group.pump_until(lambda: bool(link.pump()) and link.tracks is not None and link.tracks.size)
    group.console.set_speed(4.0)
    return group, link, clock


def settled(link: StationLink) -> bool:
    link.pump()
    return link.joined and link.unacknowledged == 0


def started_again(group: Class, link: StationLink, clock: StationClock, record: Repository
                  ) -> ClassConsole:  # fmt: skip
    """The console's PC died; the instructor starts it again on `record` with the banner's
    code and port, and starts the new exercise; the station, silent for 5 s, joins again."""
    port, code = group.console.socket.port, group.console.code
    group.console.socket.close()
    record.mark_interrupted_runs()
    session = record.add_session("Group A, after the restart")
    again = ClassConsole(group.console.prepared, record, session,
                         ConsoleSocket(f"tcp://127.0.0.1:{port}"), code=code)  # fmt: skip
    again.set_speed(4.0)
    group.console = again
    while link.pump(50):
        pass  # what the dead console had sent is in first (heard after the jump: silence anew)
    clock.ahead_s += 6  # silence: the station joins again
    group.pump_until(lambda: bool(link.pump()) or link.joined, timeout_s=30)
    again.start()
    return again


def test_a_response_the_dead_console_never_had_goes_back_to_its_own_run(
    a_class: Callable[..., Class],
) -> None:
    group, link, clock = a_running_class(a_class)
    link.act(ActionKind.ACKNOWLEDGE, 1.0, "T001")
    group.pump_until(lambda: settled(link))
    group.pump_until(lambda: group.console.engine.time_s > 3)
    first = group.repository.runs(session_id=group.session_id)[0]
    reached = group.console.engine.time_s
    group.console.socket.close()  # the PC dies: nothing more is committed
    link.act(ActionKind.SUSPEND_OPERATIONS, 2.5)  # made before it died, never acknowledged
    link.act(ActionKind.RESUME_OPERATIONS, reached)  # the last picture's time, frozen on screen
    link.act(ActionKind.INFORM_RADIO, reached + 60)  # a screen time the console never sent

    again = started_again(group, link, clock, group.repository)
    group.pump_until(lambda: settled(link) and link.picture is not None, timeout_s=30)

    first = group.repository.run(first.id)
    assert first.status is RunStatus.INTERRUPTED
    actions = group.repository.actions(first.id)
    assert [(a.sequence, a.kind) for a in actions] == [(1, ActionKind.ACKNOWLEDGE),
        (2, ActionKind.SUSPEND_OPERATIONS), (3, ActionKind.RESUME_OPERATIONS),
        (4, ActionKind.INFORM_RADIO)]  # fmt: skip
    # At the time it was made; one said to be made later than the console can have got (it
    # noted its time with each write, and at least every 30 s of exercise) at that furthest.
    assert actions[1].sim_time_s == pytest.approx(2.5)
    assert first.sim_time_s <= reached + 1e-6
    assert actions[2].sim_time_s == pytest.approx(reached, abs=1e-3)  # even past the last note
    assert actions[3].sim_time_s == pytest.approx(first.sim_time_s + SIM_TIME_NOTE_S)
    assert group.repository.sheet(first.id) is None  # interrupted: scored when someone scores it
    (second,) = group.repository.runs(session_id=again.session_id)
    assert group.repository.actions(second.id) == []  # never in the new exercise
    assert link.kept == []
    # The new exercise numbers the station's actions from 1, and takes them as before.
    assert link.act(ActionKind.ACKNOWLEDGE, 1.0, "T001") == 1
    group.pump_until(lambda: settled(link))
    assert [a.kind for a in group.repository.actions(second.id)] == [ActionKind.ACKNOWLEDGE]
    assert len(group.repository.actions(first.id)) == 4


def test_another_record_takes_nothing_and_the_station_keeps_it(
    a_class: Callable[..., Class], tmp_path: Path
) -> None:
    group, link, clock = a_running_class(a_class)
    group.console.socket.close()
    link.act(ActionKind.SUSPEND_OPERATIONS, 2.0)
    other = Repository(open_database(tmp_path / "another.sqlite"))
    try:
        again = started_again(group, link, clock, other)
        group.pump_until(lambda: settled(link) and link.picture is not None, timeout_s=30)
        assert [a.kind for a in link.kept] == [ActionKind.SUSPEND_OPERATIONS]
        for record in (group.repository, other):
            assert all(record.actions(run.id) == [] for run in record.runs())
        assert len(other.runs(session_id=again.session_id)) == 1
        kept = link.outbox.kept_path
        assert kept is not None and kept.parent == group.tmp / "ilse"
        (line,) = kept.read_text(encoding="utf-8").splitlines()
        assert json.loads(line)["kind"] == "suspend_operations"
        # Not sent again: a station restarted now has nothing waiting.
        assert Outbox(group.tmp / "ilse" / "outbox.jsonl").earlier == {}
    finally:
        group.console.socket.close()
        other.db.close()


def test_a_response_to_a_run_already_scored_is_scored_again_with_it(
    a_class: Callable[..., Class],
) -> None:
    from trainer.rescoring import rescore

    group, link, clock = a_running_class(a_class)
    group.pump_until(lambda: group.console.engine.time_s > 3)
    first = group.repository.runs(session_id=group.session_id)[0]
    group.console.socket.close()
    link.act(ActionKind.SUSPEND_OPERATIONS, 2.0)
    group.repository.mark_interrupted_runs()
    before = rescore(group.repository, group.repository.run(first.id), group.console.prepared)
    started_again(group, link, clock, group.repository)
    group.pump_until(lambda: settled(link), timeout_s=30)
    after = group.repository.sheet(first.id)
    assert after is not None
    # The sheet on the record is the one rescoring gives now, with the response in it.
    assert after == rescore(group.repository, group.repository.run(first.id),
                            group.console.prepared)  # fmt: skip
    assert [a.kind for a in group.repository.actions(first.id)] == [ActionKind.SUSPEND_OPERATIONS]
    assert after != before


def test_a_headless_station_says_what_it_keeps_from_the_exercise_before(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A scripted station whose outbox holds a response of an exercise whose run it never
    learnt (the console died before the start reached it) joins a new console: the response
    is not sent into the new exercise, and the station's last words say where it is kept."""
    import socket
    import threading

    from tests.conftest import SCENARIOS
    from trainer.cli import main

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    pc = tmp_path / "pc"
    pc.mkdir()
    before = [{"exercise": "the-dead-consoles", "run": None, "run_started": ""},
              {"seq": 1, "kind": "inform_radio", "sim_time_s": 4.0, "track": None,
               "params": {}, "exercise": "the-dead-consoles"}]  # fmt: skip
    (pc / "outbox.jsonl").write_text("".join(json.dumps(e) + "\n" for e in before), "utf-8")
    scenario = str(SCENARIOS / "hobby-drone-approach-23.yaml")
    console = ["console", scenario, "--headless", "--stations", "1", "--speed", "600",
               "--wait-s", "20", "--db", str(tmp_path / "class.sqlite"), "--port", str(port),
               "--code", "K7MXRD"]  # fmt: skip
    station = ["station", "--bot", "idle", "--scenario", scenario, "--connect",
               f"127.0.0.1:{port}", "--code", "K7MXRD", "--name", "Sanne",
               "--state-dir", str(pc), "--timeout-s", "30"]  # fmt: skip
    bot = threading.Thread(target=main, args=(station,))
    bot.start()
    assert main(console) == 0
    bot.join(timeout=30)
    said = capsys.readouterr().err
    kept = pc / "outbox-not-recorded.jsonl"
    assert f"Sanne: 1 action(s) from the exercise before the console was started again are " \
        f"not on its record; kept in {kept}" in said  # fmt: skip
    assert json.loads(kept.read_text(encoding="utf-8"))["kind"] == "inform_radio"
    record = Repository(open_database(tmp_path / "class.sqlite"))
    try:
        assert all(record.actions(run.id) == [] for run in record.runs())  # an idle trainee
    finally:
        record.db.close()
