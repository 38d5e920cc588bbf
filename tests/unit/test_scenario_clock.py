"""One clock arithmetic (trainer.scenario_clock) for the status bars, the sheets' due lines and
the briefing: they read the same time of day for the same sim time; the briefing rounds to the
nearest second (a time written down in advance), a running clock shows the second begun."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from trainer.briefing import local_clock
from trainer.scenario_clock import SECONDS_PER_DAY, hh_mm_ss, scenario_time, seconds_of_day
from trainer.scoring.due_text import scenario_clock
from trainer.ui.panels.alerts import run_clock_text

START = (14 * 60 + 10) * 60  # start_time_local 14:10


def test_a_running_clock_shows_the_second_begun_and_wraps_at_midnight() -> None:
    assert scenario_time(START, 70.0) == "14:11:10"
    assert scenario_time(START, 70.99) == "14:11:10"
    assert scenario_time(START, 69.9999999) == "14:11:10"  # summed ticks a hair short
    assert scenario_time(START, 69.99) == "14:11:09"
    assert scenario_time((23 * 60 + 59) * 60, 75.0) == "00:00:15"
    assert seconds_of_day(0, SECONDS_PER_DAY * 2 + 5) == 5


def test_the_briefing_rounds_to_the_nearest_second_and_says_so() -> None:
    assert seconds_of_day(START, 70.6, rounded=True) == START + 71
    assert seconds_of_day(START, 70.6) == START + 70
    assert local_clock(14 * 60 + 10, 70.6) == "14:11:11"
    assert local_clock(14 * 60 + 10, 59.6) == "14:11"  # rounded onto the whole minute
    assert local_clock(23 * 60 + 50, 1200) == "00:10"


day_start = st.integers(min_value=0, max_value=24 * 60 - 1).map(lambda m: m * 60)
sim_times = st.floats(min_value=0, max_value=3 * SECONDS_PER_DAY, allow_nan=False)


@given(day_start, sim_times)
def test_the_status_bar_and_the_due_lines_read_the_same_clock(start_s: int, sim_s: float) -> None:
    """What the trainee's status bar said at a moment is what the sheet's due line says of it."""
    local = run_clock_text(sim_s, start_s).split("   ")[1].removesuffix(" local")
    assert local == scenario_clock(sim_s, start_s) == scenario_time(start_s, sim_s)


@given(day_start, st.integers(min_value=0, max_value=3 * SECONDS_PER_DAY))
def test_on_whole_seconds_the_briefing_reads_the_same_clock(start_s: int, sim_s: int) -> None:
    briefed = local_clock(start_s // 60, sim_s)
    running = scenario_time(start_s, sim_s)
    assert running == (briefed if len(briefed) == 8 else briefed + ":00")
    assert hh_mm_ss(seconds_of_day(start_s, sim_s, rounded=True)) == running
