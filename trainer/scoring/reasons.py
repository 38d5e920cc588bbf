"""The words of a score sheet: reason sentences with their times and numbers; the printed sheet."""

from __future__ import annotations

from collections.abc import Mapping

from trainer.scenario.answer_key import AtTime, Clock, DroneEvent, FirstDetection, ZoneEntry
from trainer.scoring.protocol import ActionKind
from trainer.scoring.sheet import ItemCategory, ScoreSheet
from trainer.sim.events import EventKind

_EVENT_WORDS = {
    EventKind.LANDED: "landing",
    EventKind.FLYAWAY: "the flyaway",
    EventKind.LOST_LINK: "the lost link",
    EventKind.BATTERY_LOW: "battery low",
    EventKind.BATTERY_EMPTY: "the battery ran out",
    EventKind.LAUNCHED: "launch",
    EventKind.RUNWAY_APPROACHED: "coming near the runway",
}


def points(value: float) -> str:
    """+20, +13.3, -30, 0: the sign always shown, at most one decimal."""
    text = f"{abs(value):.1f}".removesuffix(".0")
    if text == "0":
        return "0"
    return ("+" if value > 0 else "-") + text


def seconds(value: float) -> str:
    return f"{round(value, 1):g} s"


def clock_time(value: float) -> str:
    """Sim time as m:ss, e.g. 3:47 (tenths dropped: reasons are read, not computed with)."""
    minutes, secs = divmod(int(value + 1e-6), 60)
    return f"{minutes}:{secs:02d}"


def money(value: float) -> str:
    return f"EUR {value:,.0f}"


def minutes(value_s: float) -> str:
    return f"{value_s / 60:.1f} min"


def clock_label(clock: Clock) -> str:
    """How a reason names the moment a clock starts: the author's label, or one made up."""
    if clock.label:
        return clock.label
    if isinstance(clock, FirstDetection):
        return "first detection"
    if isinstance(clock, ZoneEntry):
        return f"entry of {clock.zone}"
    if isinstance(clock, DroneEvent):
        return _EVENT_WORDS.get(clock.event, f"the {clock.event.value.replace('_', ' ')} event")
    if isinstance(clock, AtTime):
        return clock_time(clock.at_s)
    return f"exit of {clock.zone}"


def _value(params: Mapping[str, object], name: str) -> str:
    value = params.get(name, "?")
    return " or ".join(value) if isinstance(value, list) else str(value)


def did(kind: ActionKind, track: str | None, params: Mapping[str, object]) -> str:
    """What the trainee did, in the past tense: 'informed Twente Radio', 'classified T002 as
    drone'. `track` names the track(s) as the trainee saw them, or None when the action named
    none."""
    it = track or "the track"
    if kind is ActionKind.ACKNOWLEDGE:
        return f"acknowledged track {track}" if track else "acknowledged the track"
    if kind is ActionKind.CLASSIFY:
        return f"classified {it} as {_value(params, 'classification')}"
    if kind is ActionKind.IDENTIFY:
        return f"identified {it} as {_value(params, 'identity')}"
    if kind is ActionKind.SET_THREAT:
        return f"set threat level {_value(params, 'level')} for {it}"
    about = {
        ActionKind.NOTIFY_POLICE: ("notified police", " about "),
        ActionKind.CONTACT_OPERATOR: ("contacted the operator", " of "),
        ActionKind.CLOSE_INCIDENT: ("closed the incident", " of "),
    }
    if kind in about:
        words, joint = about[kind]
        return f"{words}{joint}{track}" if track else words
    return {
        ActionKind.INFORM_RADIO: "informed Twente Radio",
        ActionKind.SUSPEND_OPERATIONS: "suspended runway operations",
        ActionKind.RESUME_OPERATIONS: "resumed runway operations",
    }[kind]


def timely(
    gained: float, of: float, action: str, delay_s: float, label: str, window_s: float
) -> str:
    """'+20 informed Twente Radio 14 s after ATZ entry (window 30 s)', with lateness spelt out;
    a negative `delay_s` is an early action."""
    head = f"{points(gained)} {action}" if gained > 0 else f"0/{of:g} {action}"
    if delay_s > 0:
        when = f"{seconds(delay_s)} after {label}"
    elif delay_s < 0:  # early counts as on time; saying so keeps the sheet honest
        when = f"{seconds(-delay_s)} before {label}"
    else:
        when = f"at {label}"
    late = delay_s - window_s
    if late <= 0:
        return f"{head} {when} (window {seconds(window_s)})"
    if gained > 0:
        return (
            f"{head} {when} (window {seconds(window_s)}; {seconds(late)} late, "
            f"{gained:g} of {of:g})"
        )
    return f"{head} {when} (window {seconds(window_s)}): more than 3 windows late"


def never(of: float, action: str, label: str, due_s: float, window_s: float) -> str:
    """'0/20 never informed Twente Radio (due within 30 s of ATZ entry at 2:26)'."""
    return (
        f"0/{of:g} never {action} (due within {seconds(window_s)} of {label} "
        f"at {clock_time(due_s)})"
    )


def not_while_due(of: float, label: str, due_s: float, window_s: float) -> str:
    """'0/20 runway operations were not suspended when due (within 60 s of entry of the
    approach at 3:47)': suspended at other times, not while this threat lasted."""
    return (
        f"0/{of:g} runway operations were not suspended when due (within {seconds(window_s)} "
        f"of {label} at {clock_time(due_s)})"
    )


def not_due(action: str, label: str) -> str:
    return f"0/0 {action}: not due, {label} did not happen in this run"


def never_seen(action: str) -> str:
    """An item about a drone no sensor ever tracked: nobody could act on it."""
    return f"0/0 {action}: not due, no track of it appeared in this run"


def ended_before(of: float, action: str, end_s: float, label: str, due_s: float) -> str:
    """'0/20 suspended runway operations: run ended at 3:20 before this was due (approach
    entry at 3:47)'."""
    return (
        f"0/{of:g} {action}: run ended at {clock_time(end_s)} before this was due "
        f"({label} at {clock_time(due_s)})"
    )


def disruption(duration_s: float, eur_per_minute: float) -> str:
    return f"{minutes(duration_s)} disruption, {money(duration_s / 60 * eur_per_minute)}"


def premature_suspension(
    penalty: float, early_s: float, label: str, start_s: float, needless_s: float, rate: float
) -> str:
    """'-30 suspended runway operations 197 s before it was warranted (entry of approach-23 at
    3:47): needless 3.3 min disruption, EUR 328'."""
    return (
        f"{points(-penalty)} suspended runway operations {seconds(early_s)} before it was "
        f"warranted ({label} at {clock_time(start_s)}): needless {disruption(needless_s, rate)}"
    )


def needless_suspension(
    penalty: float, about: str | None, authorised: bool, duration_s: float, rate: float
) -> str:
    """'-30 suspended runway operations for an authorised flight (T001), which did not
    warrant it: 4.0 min disruption, EUR 400'. `about` names the tracks of the drone that was
    about, as the trainee saw them."""
    if about is None:
        whom = "with no track about that warranted it"
    elif authorised:
        whom = f"for an authorised flight ({about}), which did not warrant it"
    else:
        whom = f"for {about}, which did not warrant it then"
    return f"{points(-penalty)} suspended runway operations {whom}: {disruption(duration_s, rate)}"


def early_resume(
    penalty: float, at_s: float, about: str, label: str | None, until_s: float | None
) -> str:
    """'-10 resumed runway operations at 5:00 while T001 still warranted a suspension (until
    landing at 9:27)'."""
    text = (
        f"{points(-penalty)} resumed runway operations at {clock_time(at_s)} while {about} "
        "still warranted a suspension"
    )
    if label is not None and until_s is not None:
        text += f" (until {label} at {clock_time(until_s)})"
    return text


def resumed_too_early(of: float, at_s: float, about: str, label: str, until_s: float) -> str:
    """The resume item when operations were reopened for good before the threat had gone:
    '0/10 resumed runway operations at 9:26, 1 s before landing (9:27), while T001 still
    warranted a suspension'."""
    return (
        f"0/{of:g} resumed runway operations at {clock_time(at_s)}, "
        f"{seconds(until_s - at_s)} before {label} ({clock_time(until_s)}), while {about} still "
        "warranted a suspension"
    )


def penalised(
    penalty: float, action: str, at_s: float, expected: str | None, why: str | None
) -> str:
    """'-10 classified hobby-1 as bird, expected drone (at 0:41)' or with the author's reason."""
    text = f"{points(-penalty)} {action}"
    if why:
        text += f": {why}"
    elif expected:
        text += f", expected {expected}"
    return f"{text} (at {clock_time(at_s)})"


def judged_value(params: Mapping[str, object]) -> str | None:
    """The judged value of an expected assessment ('drone'), if the key gives one."""
    return next((_value(params, name) for name in params), None)


def out_of_order(penalty: float, then: str, then_s: float, first: str, first_s: float) -> str:
    return (
        f"{points(-penalty)} {then} at {clock_time(then_s)} before {first} "
        f"(at {clock_time(first_s)})"
    )


def format_sheet(sheet: ScoreSheet, title: str | None = None) -> str:
    """The sheet as plain text for a terminal: every item with its reason, then the totals."""
    lines = [f"Score sheet: {title or sheet.scenario_id} (seed {sheet.seed})", ""]
    for item in sheet.items:
        at = clock_time(item.time_s) if item.time_s is not None else "-"
        tag = f"[{item.incident}]" if item.incident else ""
        lines.append(f"  {at:>6}  {item.category.value:<8} {tag:<14} {item.reason}")
    if not sheet.items:
        lines.append("  (no items)")
    verdict = "PASSED" if sheet.passed else "FAILED"
    if sheet.ended_at_s is not None:
        verdict += f" (run ended early at {clock_time(sheet.ended_at_s)})"
    elif sheet.maximum <= 0:
        verdict += " (nothing was due)"
    lines += [
        "",
        f"Total: {sheet.total:g} of {sheet.maximum:g} points = {sheet.percent:.1f} %"
        f" (pass mark {sheet.pass_mark_percent:g} %): {verdict}",
        f"Runway operations suspended: {sheet.disruption_minutes:.1f} min,"
        f" {money(sheet.disruption_eur)}",
    ]
    missed = [i.reason for i in sheet.items if i.category is ItemCategory.MISSED]
    if missed:
        lines.append("Required actions missed (each fails the run):")
        lines += [f"  - {reason}" for reason in missed]
    return "\n".join(lines) + "\n"
