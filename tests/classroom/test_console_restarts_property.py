"""Any interleaving of a trainee's responses, lost networks and consoles started again (on the
same record or another): every response the station was told is on the record is there once,
in the run of the exercise it was made in, never in another; and every other one the station
was told about (not recorded, or kept on the PC). One made as the window and the scripted
trainees make them (while the exercise runs on the station's picture) is said not to be
recorded only when it is not on that record. The wire is in memory, so each case takes
milliseconds and hypothesis can try many."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from tests.conftest import examples
from tests.e2e.runs import scenario_path, simulated
from trainer.classroom import messages as msg
from trainer.classroom.console import ClassConsole
from trainer.classroom.station import StationLink
from trainer.records import Repository, open_database
from trainer.records.db import RecordDatabase
from trainer.scoring.protocol import ActionKind

ROUND_S = 0.25


class Wire:
    """One station's connection to whichever console listens now; `up` false drops all."""

    def __init__(self) -> None:
        self.up = True
        self.to_console: list[tuple[bytes, bytes]] = []
        self.to_station: list[bytes] = []


class ConsoleEnd:
    def __init__(self, wire: Wire) -> None:
        self.wire, self.alive, self.port = wire, True, 0

    def receive(self, timeout_ms: int = 0) -> list[tuple[bytes, bytes]]:
        found, self.wire.to_console = self.wire.to_console, []
        return found if self.alive else []

    def send(self, peer: bytes, payload: bytes) -> bool:
        if self.alive and self.wire.up:
            self.wire.to_station.append(payload)
        return True

    def close(self) -> None:
        self.alive = False


class StationEnd:
    def __init__(self, wire: Wire, station_id: str) -> None:
        self.wire, self.peer = wire, station_id.encode()

    def send(self, payload: bytes) -> bool:
        if self.wire.up:
            self.wire.to_console.append((self.peer, payload))
        return True

    def receive(self, timeout_ms: int = 0) -> list[bytes]:
        found, self.wire.to_station = self.wire.to_station, []
        return found

    def close(self) -> None:
        pass


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


DEAD_PID = _dead_pid()  # the consoles' runs look like a dead process's: found interrupted


@dataclass
class Made:
    marker: str
    exercise: str | None  # the outbox's exercise when it was made (None: the first console's)
    running: bool = False  # the station's picture said the exercise runs (as the window acts)


@dataclass
class Lesson:
    folder: Path
    wire: Wire = field(default_factory=Wire)
    now: float = 1000.0
    consoles: list[ClassConsole] = field(default_factory=list)
    databases: list[RecordDatabase] = field(default_factory=list)
    made: list[Made] = field(default_factory=list)
    not_recorded: set[str] = field(default_factory=set)
    kept: set[str] = field(default_factory=set)  # what stations restarted since had kept
    # What the station was told is not on the record (not recorded, or kept), and by the
    # console of which record (its index in `databases`).
    told_not: dict[str, int] = field(default_factory=dict)
    link: StationLink | None = None

    def clock(self) -> float:
        return self.now

    @property
    def console(self) -> ClassConsole:
        return self.consoles[-1]

    def new_console(self, same_record: bool) -> None:
        if self.consoles:
            self.console.socket.close()  # the console's PC dies: what was on the wire too
            self.wire.to_console.clear()
            self.wire.to_station.clear()
        if not same_record or not self.databases:
            self.databases.append(open_database(self.folder / f"r{len(self.databases)}.sqlite"))
        repository = Repository(self.databases[-1], pid=DEAD_PID)
        repository.mark_interrupted_runs()
        session = repository.add_session(f"lesson {len(self.consoles)}")
        prepared = simulated(scenario_path("inspection-fence")).prepared
        console = ClassConsole(prepared, repository, session, ConsoleEnd(self.wire),  # type: ignore[arg-type]
                               code="AAAAAA", clock=self.clock)  # fmt: skip
        self.consoles.append(console)

    def round(self) -> None:
        self.now += ROUND_S
        self.console.pump(0)
        link = self.link
        assert link is not None
        # What each acknowledgement about this exercise's numbers refers to, before it comes.
        waiting = {seq: act.params["log"] for seq, act in link.outbox.waiting.items()}
        exercise = link.outbox.exercise
        said_before = self.not_recorded | {act.params["log"] for act in link.kept}
        for message in link.pump(0):
            if isinstance(message, msg.Welcome) and message.exercise != exercise:
                waiting, exercise = {}, message.exercise  # those of before are not its
            elif isinstance(message, msg.Welcome | msg.Started):
                self.not_recorded |= {waiting[s] for s in message.skipped if s in waiting}
            elif isinstance(message, msg.Ack) and message.run is None:
                told = {*message.skipped, *(() if message.recorded else (message.seq,))}
                self.not_recorded |= {waiting[seq] for seq in told if seq in waiting}
        said = self.not_recorded | {act.params["log"] for act in link.kept}
        record = self.databases.index(self.console.repository.db)
        self.told_not |= {marker: record for marker in said - said_before}

    def new_station(self, station_id: str | None = None) -> None:
        """The station program, on its outbox file (the wire in memory in place of ZeroMQ)."""
        station_end = lambda _endpoint, station: StationEnd(self.wire, station)  # noqa: E731
        with mock.patch("trainer.classroom.station.StationSocket", station_end):
            outbox = self.folder / "outbox.jsonl"
            self.link = StationLink("inproc://class", "AAAAAA", "Ilse", clock=self.clock,
                                    station_id=station_id, outbox=outbox)  # fmt: skip

    def restart_station(self) -> None:
        """The station's PC restarts: what was on the wire to it is lost; its file stays."""
        assert self.link is not None
        self.kept |= {act.params["log"] for act in self.link.kept}
        self.wire.to_station.clear()
        self.new_station(self.link.station_id)

    def act(self) -> None:
        link = self.link
        assert link is not None
        marker = f"a{len(self.made)}"
        at = link.picture.time_s if link.picture is not None else 0.0
        running = link.picture is not None and link.picture.state == "running"
        self.made.append(Made(marker, link.outbox.exercise, running))
        link.act(ActionKind.CLOSE_INCIDENT, at, None, {"log": marker})


step = st.one_of(
    st.tuples(st.just("act"), st.integers(1, 3)),
    st.tuples(st.just("pump"), st.integers(1, 12)),
    st.tuples(st.just("network down"), st.integers(1, 30)),
    st.tuples(st.just("start"), st.just(0)),
    # Started while the station's network is down, for less than the 5 s that make it join
    # again: the 'started' message is lost, and the station goes on in the same welcome.
    st.tuples(st.just("start, the network down"), st.integers(1, 12)),
    st.tuples(st.just("station restarted"), st.just(0)),
    st.tuples(st.just("restart, same record"), st.just(0)),
    st.tuples(st.just("act, then the console dies"), st.integers(1, 2)),
    st.tuples(st.just("restart, another record"), st.just(0)),
)


@settings(max_examples=examples(40), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(step, min_size=1, max_size=14))
# An acknowledgement 'not recorded' lost, the run started, the console dead: the station must
# still number its waiting action as the run does (Started says what was not recorded).
@example(
    [
        ("act", 1),
        ("network down", 1),
        ("act", 1),
        ("start", 0),
        ("network down", 1),
        ("restart, same record", 0),
    ]
)
@example(
    [
        ("start", 0),
        ("pump", 4),
        ("act", 2),
        ("restart, same record", 0),
        ("act", 1),
        ("network down", 4),
        ("start", 0),
        ("act", 1),
        ("restart, another record", 0),
    ]
)
@example(
    [
        ("act", 1),
        ("network down", 1),
        ("start", 0),
        ("act", 1),
        ("restart, same record", 0),
        ("restart, same record", 0),
        ("start", 0),
    ]
)
# A response made before the start, the console dead before it had it; the station restarted
# joins the console started again, whose welcome is lost and whose 'started' comes: that is
# not the run of the exercise the response was made in (it went into it, once).
@example(
    [
        ("act, then the console dies", 1),
        ("station restarted", 0),
        ("network down", 1),
        ("start", 0),
        ("pump", 1),
        ("restart, same record", 0),
    ]
)
def test_every_response_is_in_its_own_exercises_run_once_or_the_station_says_not(
    steps: list[tuple[str, int]],
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        lesson = Lesson(Path(folder))
        lesson.new_console(same_record=True)
        lesson.new_station()
        try:
            play(lesson, [("pump", 3), *steps])
            check(lesson, event)
        finally:
            for db in lesson.databases:
                db.close()


def play(lesson: Lesson, steps: list[tuple[str, int]]) -> None:
    for what, n in steps:
        if what == "act":  # made, and perhaps not yet sent when the console dies
            for _ in range(n):
                lesson.act()
        elif what == "pump":
            for _ in range(n):
                lesson.round()
        elif what == "network down":
            lesson.wire.up = False
            for _ in range(n):
                lesson.round()
            lesson.wire.up = True
        elif what == "start":
            lesson.console.start()
        elif what == "start, the network down":
            lesson.wire.up = False
            lesson.console.start()
            for _ in range(n):
                lesson.round()
            lesson.wire.up = True
        elif what == "station restarted":
            lesson.restart_station()
        elif what == "act, then the console dies":  # before it had them: same record
            for _ in range(n):
                lesson.act()
            lesson.new_console(same_record=True)
        else:
            lesson.new_console(same_record=what.endswith("same record"))
    lesson.wire.up = True
    link = lesson.link
    assert link is not None
    for _ in range(400):  # everything settles once the network stays up
        lesson.round()
        if link.joined and link.unacknowledged == 0:
            break
    assert link.joined and link.unacknowledged == 0


def check(lesson: Lesson, note: Callable[[str], object] = lambda _what: None) -> None:
    link = lesson.link
    assert link is not None
    by_token = {c.exercise: c for c in lesson.consoles}
    first = lesson.consoles[0].exercise
    found: dict[str, list[tuple[int, int]]] = {}  # marker: (record, run) where it is
    for n, db in enumerate(lesson.databases):
        record = Repository(db)
        for run in record.runs():
            for action in record.actions(run.id):
                found.setdefault(action.params["log"], []).append((n, run.id))
    kept = lesson.kept | {act.params["log"] for act in link.kept}
    for made in lesson.made:
        places = found.get(made.marker, [])
        assert len(places) <= 1, f"{made.marker} is on the record {len(places)} times"
        console = by_token[made.exercise or first]
        if places:
            (station,) = console.stations.values()
            record = lesson.databases.index(console.repository.db)
            assert places == [(record, station.run_id)], f"{made.marker} in another run"
            if console is not lesson.console:
                note("a response back in the run of an exercise before")
        else:
            if made.marker in kept:
                note("a response kept at the station")
            assert made.marker in kept | lesson.not_recorded, f"{made.marker} lost unsaid"
        told_by = lesson.told_not.get(made.marker)
        if made.running and told_by is not None:
            assert all(n != told_by for n, _run in places), (
                f"{made.marker} is on the record, and the station says it is not"
            )


def test_a_response_the_dead_console_committed_but_never_acknowledged_is_there_once() -> None:
    with tempfile.TemporaryDirectory() as folder:
        lesson = Lesson(Path(folder))
        try:
            lesson.new_console(same_record=True)
            lesson.new_station()
            steps = [("pump", 3), ("start", 0), ("pump", 4), ("act", 1), ("network down", 1),
                     ("restart, same record", 0), ("start", 0)]  # fmt: skip
            play(lesson, steps)  # committed, its acknowledgement lost with the network
            check(lesson)
            first = Repository(lesson.databases[0]).runs()[0]
            assert [a.params["log"] for a in Repository(lesson.databases[0]).actions(first.id)
                    ] == ["a0"]  # fmt: skip
            assert lesson.link is not None and lesson.link.kept == []  # told it is recorded
        finally:
            for db in lesson.databases:
                db.close()


def test_a_response_is_not_put_into_another_trainees_run() -> None:
    with tempfile.TemporaryDirectory() as folder:
        lesson = Lesson(Path(folder))
        try:
            lesson.new_console(same_record=True)
            lesson.new_station()
            play(lesson, [("pump", 3), ("start", 0), ("pump", 4)])
            assert lesson.link is not None
            lesson.link.trainee = "Someone Else"  # joins the console started again so
            play(lesson, [("network down", 1), ("act", 1), ("restart, same record", 0),
                          ("start", 0)])  # fmt: skip
            assert [a.params["log"] for a in lesson.link.kept] == ["a0"]
            record = Repository(lesson.databases[0])
            assert all(record.actions(run.id) == [] for run in record.runs())
        finally:
            for db in lesson.databases:
                db.close()


@pytest.mark.parametrize(("rounds", "recorded", "kept"), [(1, [], ["a0"]), (3, ["a0"], [])])
def test_a_station_that_missed_its_run_starting_says_only_what_is_true(
    rounds: int, recorded: list[str], kept: list[str]
) -> None:
    """The instructor starts while the station's network is down for a moment: the 'started'
    message, which tells the station its run, is lost. The trainee responds on the running
    picture, and the console dies before an acknowledgement gets through. Before the station
    has its run again (one round after the picture shows the start), the response waits at
    the station and is kept there, said not recorded; with its run, it is sent, committed,
    and the console started again says it is on the record. Never kept while recorded."""
    with tempfile.TemporaryDirectory() as folder:
        lesson = Lesson(Path(folder))
        try:
            lesson.new_console(same_record=True)
            lesson.new_station()
            play(lesson, [("pump", 3), ("start, the network down", 1), ("pump", rounds),
                          ("act", 1), ("network down", 1), ("restart, same record", 0),
                          ("start", 0)])  # fmt: skip
            assert lesson.made[0].running
            check(lesson)
            assert lesson.link is not None
            record = Repository(lesson.databases[0])
            first = record.runs(session_id=lesson.consoles[0].session_id)[0]
            assert [a.params["log"] for a in record.actions(first.id)] == recorded
            assert [act.params["log"] for act in lesson.link.kept] == kept
        finally:
            for db in lesson.databases:
                db.close()
