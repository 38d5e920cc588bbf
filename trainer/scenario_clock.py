"""The scenario's local clock: the time of day a sim time stands for (the scenario's
start_time_local plus the sim time), whatever the date, pauses and speed of the run.

The one place its arithmetic is done, for every screen and sheet that reads it: the status
bars, the due lines of the sheets and the briefing's authorisation times."""

from __future__ import annotations

import math

SECONDS_PER_DAY = 86_400
# A sim time a hair under a whole second (69.9999999 from summed ticks) is that second: the
# clock shows 14:11:10 for it on every screen, as the scorer's windows meant.
WHOLE_SECOND_SLACK_S = 1e-6


def seconds_of_day(start_s: float, sim_s: float, *, rounded: bool = False) -> int:
    """Whole seconds into the day on the scenario's clock (`start_s`: its start_time_local,
    seconds into the day, at sim time 0), past midnight wrapping to 0. A running clock shows
    the second that has begun (14:11:10 from 70.0 s to 70.99 s); `rounded` gives the nearest
    second instead, for a time written down in advance (the briefing's authorisations)."""
    exact = start_s + sim_s
    whole = round(exact) if rounded else math.floor(exact + WHOLE_SECOND_SLACK_S)
    return int(whole) % SECONDS_PER_DAY


def hh_mm_ss(seconds: int) -> str:
    """'14:11:10' for seconds into the day."""
    hours, rest = divmod(seconds, 3600)
    return f"{hours:02d}:{rest // 60:02d}:{rest % 60:02d}"


def scenario_time(start_s: float, sim_s: float) -> str:
    """'14:11:10': the scenario's clock at sim time `sim_s`, as a running clock shows it."""
    return hh_mm_ss(seconds_of_day(start_s, sim_s))
