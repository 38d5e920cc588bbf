"""A headless console, after releasing the sheets, waits for the stations still there to
leave, and no longer than LINGER_S for any that stay: a class of scripted stations ends as
soon as the last has its sheet, not a fixed two seconds later."""

from __future__ import annotations

from dataclasses import dataclass, field

from trainer.cli_classroom import LINGER_S, linger


@dataclass
class Station:
    left: bool = False
    removed: bool = False


@dataclass
class Console:
    """Pumps on a fake clock (20 ms a pump); each station leaves after its own number of pumps
    (None: it stays, as a station window does)."""

    leaves_after: dict[str, int | None]
    now: float = 0.0
    pumps: int = 0
    stations: dict[str, Station] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.stations = {name: Station() for name in self.leaves_after}

    def pump(self, timeout_ms: int) -> None:
        self.pumps += 1
        self.now += timeout_ms / 1000
        for name, after in self.leaves_after.items():
            if after is not None and self.pumps >= after:
                self.stations[name].left = True


def test_it_stops_when_the_last_station_has_left() -> None:
    console = Console({"a": 3, "b": 7})
    linger(console, clock=lambda: console.now)  # type: ignore[arg-type]
    assert console.pumps == 7


def test_a_station_that_stays_keeps_it_waiting_no_longer_than_the_limit() -> None:
    console = Console({"a": 3, "window": None})
    linger(console, clock=lambda: console.now)  # type: ignore[arg-type]
    assert console.now >= LINGER_S and console.pumps == round(LINGER_S / 0.02)


def test_a_removed_station_is_not_waited_for_and_no_station_ends_it_at_once() -> None:
    console = Console({"a": 2, "gone": None})
    console.stations["gone"].removed = True
    linger(console, clock=lambda: console.now)  # type: ignore[arg-type]
    assert console.pumps == 2
    empty = Console({})
    linger(empty, clock=lambda: empty.now)  # type: ignore[arg-type]
    assert empty.pumps == 0
