"""Integer tick clock: time is tick * dt, so no rounding drift accumulates over long runs."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_DT_S = 0.1


@dataclass
class TickClock:
    dt_s: float = DEFAULT_DT_S
    tick: int = 0

    def __post_init__(self) -> None:
        if not self.dt_s > 0:
            raise ValueError(f"dt must be positive, got {self.dt_s}")

    @property
    def time_s(self) -> float:
        return self.tick * self.dt_s

    def advance(self) -> None:
        self.tick += 1

    def ticks_for(self, seconds: float) -> int:
        """Whole ticks needed to reach a time; a time between ticks is reached on the next tick."""
        return max(0, -int(-round(seconds / self.dt_s, 9) // 1))
