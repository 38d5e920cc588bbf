"""The two small rules every part of the scorer shares: how lateness costs, how params match."""

from __future__ import annotations

from collections.abc import Mapping

LATE_WINDOWS = 3  # points reach zero this many windows after the window closes
EPSILON_S = 1e-6  # times this close count as the same moment (sums of ticks are not exact)


def timeliness(delay_s: float, window_s: float) -> float:
    """Fraction of the points earned `delay_s` after the clock starts: all of them within the
    window (early counts as on time), then linearly less until none at LATE_WINDOWS windows past
    the window's end (4 x window_s after the clock starts)."""
    late = delay_s - window_s
    if late <= 0:
        return 1.0
    return max(0.0, 1.0 - late / (LATE_WINDOWS * window_s))


def params_match(wanted: Mapping[str, str | list[str]], given: Mapping[str, str]) -> bool:
    return all(
        given.get(name) in ([value] if isinstance(value, str) else value)
        for name, value in wanted.items()
    )
