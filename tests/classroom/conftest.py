"""A class on loopback: a console in the test's thread, stations in threads of their own."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.e2e.runs import scenario_path, simulated
from trainer.classroom.console import ClassConsole
from trainer.classroom.station import StationLink
from trainer.classroom.station_bot import RecordedTruth, StationResult, run_scripted_station
from trainer.classroom.transport import ConsoleSocket
from trainer.records import Repository, open_database
from trainer.scoring.bots import make_bot


class StationClock:
    """The station's clock, which a test moves on past the silence that makes it join again."""

    def __init__(self) -> None:
        self.ahead_s = 0.0

    def __call__(self) -> float:
        return time.monotonic() + self.ahead_s


@dataclass
class Class:
    """A console, its record, and the stations playing against it."""

    console: ClassConsole
    repository: Repository
    session_id: int
    endpoint: str
    tmp: Path
    threads: list[threading.Thread] = field(default_factory=list)
    results: dict[str, StationResult] = field(default_factory=dict)
    links: dict[str, StationLink] = field(default_factory=dict)

    def add_bot(self, name: str, bot: str, **link_options: object) -> StationLink:
        """A scripted station in a thread of its own, joined with the console's code."""
        scenario = self.console.prepared.scenario
        events = simulated(self.console.prepared.path).events
        link = StationLink(
            self.endpoint,
            str(link_options.pop("code", self.console.code)),
            name,
            outbox=self.tmp / f"{name}.outbox",
            **link_options,  # type: ignore[arg-type]
        )
        self.links[name] = link

        def play() -> None:
            try:
                self.results[name] = run_scripted_station(
                    link, make_bot(bot, scenario), lambda _seed: RecordedTruth(events),
                    timeout_s=120,
                )  # fmt: skip
            finally:
                link.close()

        thread = threading.Thread(target=play, name=f"station {name}", daemon=True)
        self.threads.append(thread)
        thread.start()
        return link

    def pump_until(self, done: Callable[[], bool], timeout_s: float = 120) -> None:
        deadline = time.monotonic() + timeout_s
        while not done():
            assert time.monotonic() < deadline, "the class did not get there in time"
            self.console.pump(timeout_ms=5)

    def joined(self) -> int:
        return len(self.console.stations)

    def stations_done(self) -> bool:
        return all(not t.is_alive() for t in self.threads)


@pytest.fixture
def a_class(tmp_path: Path) -> Iterator[Callable[..., Class]]:
    made: list[Class] = []

    def make(scenario: str = "two-drones", speed: float = 60.0, picture_hz: float = 20.0) -> Class:
        prepared = simulated(scenario_path(scenario)).prepared
        db = open_database(tmp_path / "record.sqlite")
        repository = Repository(db)
        session = repository.add_session("Group A, morning", instructor="Instructor")
        socket = ConsoleSocket("tcp://127.0.0.1:0")
        console = ClassConsole(prepared, repository, session, socket, picture_hz=picture_hz)
        console.set_speed(speed)
        made.append(Class(console, repository, session, f"tcp://127.0.0.1:{socket.port}", tmp_path))
        return made[-1]

    yield make
    for each in made:
        for link in each.links.values():
            link.refused = link.refused or "test over"  # stops a bot still playing
        for thread in each.threads:
            thread.join(timeout=10)
        each.console.socket.close()
        each.repository.db.close()
