"""An item's due window in a short line ('due 14:11:10–14:12:10 · late (done 14:12:40)'), as
every sheet shows it: the exports (PDF, CSV) and the score dialog, single PC and station alike."""

from __future__ import annotations

from collections.abc import Callable

from trainer.i18n import clock_time, message
from trainer.scenario_clock import scenario_time
from trainer.scoring.due import DueWindow, Outcome


def scenario_clock(sim_s: float, clock_start_s: int | None) -> str:
    """'10:01:10' on the scenario's local clock (`clock_start_s`: its start_time_local, seconds
    into the day, at sim time 0); the sim time ('1:10', as a sheet's Time column) when that
    clock is not known."""
    if clock_start_s is None:
        return clock_time(sim_s)
    return scenario_time(clock_start_s, sim_s)


def due_line(
    window: DueWindow, clock_start_s: int | None, computed: DueWindow | None = None
) -> str:
    """'due 10:01:10–10:02:10 · late (done 10:02:40)', in the language spoken; the outcome is
    trainer.scoring.due's judgement, never one of the caller's. With `computed` (the scorer's
    judgement of an item whose points the instructor overrode; `window` is then
    trainer.scoring.due.overridden's): 'due 10:01:10–10:02:10 · on time, the instructor's
    judgement (computed: late, done 10:02:40)'."""
    due = window.due

    def clock(sim_s: float) -> str:
        return scenario_clock(sim_s, clock_start_s)

    span = message("sheet.due_window", start=clock(due.start_s), end=clock(due.end_s))
    if computed is None:
        outcome = _outcome_text(window, clock)
    else:
        outcome = message(
            "sheet.due_overridden",
            outcome=message(f"sheet.due_outcome_{window.outcome.value}"),
            computed=_outcome_text(computed, clock, "_inline"),
        )
    return message("sheet.due_line", window=span, outcome=outcome)


def _outcome_text(window: DueWindow, clock: Callable[[float], str], form: str = "") -> str:
    """'late (done 10:02:40)': the outcome, and when the action it judged was taken; `form`
    '_inline' words it for inside brackets ('late, done 10:02:40')."""
    outcome = message(f"sheet.due_outcome_{window.outcome.value}")
    done = window.done_s
    if done is not None and window.outcome in (Outcome.MET, Outcome.LATE):
        return message(f"sheet.due_done{form}", outcome=outcome, done=clock(done))
    if done is not None and window.outcome is Outcome.MISSED:  # done, but it did not count
        return message(f"sheet.due_done_void{form}", outcome=outcome, done=clock(done))
    return outcome


def clock_note(clock_start_s: int) -> str:
    """Which clock the due lines read: the scenario's, which is not the date's (a run at 05:47
    may play an afternoon at the airport), with its time at the run's start."""
    start = f"{clock_start_s // 3600 % 24:02d}:{clock_start_s % 3600 // 60:02d}"
    return message("sheet.due_clock_note", start=start)
