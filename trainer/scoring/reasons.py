"""The words of a score sheet: reason sentences with their times and numbers; the printed sheet."""

from __future__ import annotations

import re
from collections.abc import Mapping

from trainer.i18n import Message, clock_time, message, msg, number, signed_points
from trainer.scenario.answer_key import AtTime, Clock, DroneEvent, FirstDetection, ZoneEntry
from trainer.scoring.protocol import ActionKind
from trainer.scoring.sheet import ItemCategory, ScoreItem, ScoreSheet
from trainer.sim.events import EventKind

_EVENT_KEYS = {
    EventKind.LANDED: "event.landed",
    EventKind.FLYAWAY: "event.flyaway",
    EventKind.LOST_LINK: "event.lost_link",
    EventKind.BATTERY_LOW: "event.battery_low",
    EventKind.BATTERY_EMPTY: "event.battery_empty",
    EventKind.LAUNCHED: "event.launched",
    EventKind.RUNWAY_APPROACHED: "event.runway_approached",
}

# The words of the values an assessment takes (protocol.Classification, Identity, ThreatLevel).
_VALUE_KEYS = {
    "drone": "value.drone",
    "bird": "value.bird",
    "manned": "value.manned",
    "false_track": "value.false_track",
    "authorised": "value.authorised",
    "unauthorised": "value.unauthorised",
    "unknown": "value.unknown",
    "low": "value.low",
    "medium": "value.medium",
    "high": "value.high",
}

FALSE_TRACKS = "false-tracks"  # the sheet's incident tag of items about false tracks

Words = Message | str  # a sentence part: a message, or a name as it stands (track, zone, label)


def points(value: float) -> str:
    """+20, +13.3, -30, 0: the sign always shown, at most one decimal (in the language in use)."""
    return signed_points(value)


def seconds(value: float) -> str:
    return f"{number(value)} s"


def minutes(value_s: float) -> str:
    return message("unit.minutes", value=value_s)


def clock_label(clock: Clock) -> Words:
    """How a reason names the moment a clock starts: the author's label, or one made up."""
    if clock.label:
        return authored(clock.label, clock.label_nl)
    if isinstance(clock, FirstDetection):
        return msg("clock.first_detection")
    if isinstance(clock, ZoneEntry):
        return msg("clock.zone_entry", zone=clock.zone)
    if isinstance(clock, DroneEvent):
        key = _EVENT_KEYS.get(clock.event)
        if key:
            return msg(key)
        return msg("event.other", name=clock.event.value.replace("_", " "))
    if isinstance(clock, AtTime):
        return clock_time(clock.at_s)
    return msg("clock.zone_exit", zone=clock.zone)


def authored(text: str, dutch: str | None) -> Message:
    """Words the scenario's author wrote, with their Dutch if the file gives it."""
    return msg("words.authored", en=text, nl=dutch or text)


def _one_value(value: object) -> Words:
    key = _VALUE_KEYS.get(str(value))
    return msg(key) if key else str(value)


def _value(params: Mapping[str, object], name: str) -> Words:
    value = params.get(name, "?")
    if isinstance(value, list):
        if not value:
            return ""
        words = [_one_value(v) for v in value]
        joined = words[-1]
        for word in reversed(words[:-1]):
            joined = msg("words.or", first=word, last=joined)
        return joined
    return _one_value(value)


def did(kind: ActionKind, track: Words | None, params: Mapping[str, object]) -> Message:
    """What the trainee did, in the past tense: 'informed Twente Radio', 'classified T002 as
    drone'. `track` names the track(s) as the trainee saw them, or None when the action named
    none."""
    it: Words = track if track is not None else msg("words.the_track")
    if kind is ActionKind.ACKNOWLEDGE:
        if isinstance(track, Message) and track.key == "words.untracked_drone":
            return msg("did.acknowledge_untracked", drone=track)  # not 'track an untracked..'
        return msg("did.acknowledge", track=track) if track else msg("did.acknowledge_bare")
    if kind is ActionKind.CLASSIFY:
        return msg("did.classify", track=it, value=_value(params, "classification"))
    if kind is ActionKind.IDENTIFY:
        return msg("did.identify", track=it, value=_value(params, "identity"))
    if kind is ActionKind.SET_THREAT:
        return msg("did.set_threat", track=it, value=_value(params, "level"))
    if kind in (ActionKind.NOTIFY_POLICE, ActionKind.CONTACT_OPERATOR, ActionKind.CLOSE_INCIDENT):
        key = f"did.{kind.value}"
        return msg(f"{key}_about", track=track) if track else msg(key)
    return msg(f"did.{kind.value}")


def timely(
    gained: float, of: float, action: Words, delay_s: float, label: Words, window_s: float
) -> Message:
    """'+20 informed Twente Radio 14 s after ATZ entry (window 30 s)', with lateness spelt out;
    a negative `delay_s` is an early action."""
    head = (
        msg("head.gained", gained=gained, action=action)
        if gained > 0
        else msg("head.none", of=of, action=action)
    )
    if delay_s > 0:
        when = msg("when.after", delay=delay_s, label=label)
    elif delay_s < 0:  # early counts as on time; saying so keeps the sheet honest
        when = msg("when.before", early=-delay_s, label=label)
    else:
        when = msg("when.at", label=label)
    late = delay_s - window_s
    if late <= 0:
        return msg("reason.on_time", head=head, when=when, window=window_s)
    if gained > 0:
        return msg(
            "reason.late", head=head, when=when, window=window_s, late=late, gained=gained, of=of
        )
    return msg("reason.too_late", head=head, when=when, window=window_s)


def never(
    of: float, action: Words, label: Words, due_s: float, window_s: float, running: bool = False
) -> Message:
    """'0/20 never informed Twente Radio (due within 30 s of ATZ entry at 2:26)'; while the
    run goes on, '0/20 not yet informed ...' (it may still be done)."""
    key = "reason.not_yet" if running else "reason.never"
    return msg(key, of=of, action=action, window=window_s, label=label, due=due_s)


def not_while_due(of: float, label: Words, due_s: float, window_s: float) -> Message:
    """'0/20 runway operations were not suspended when due (within 60 s of entry of the
    approach at 3:47)': suspended at other times, not while this threat lasted."""
    return msg("reason.not_while_due", of=of, window=window_s, label=label, due=due_s)


def not_due(action: Words, label: Words, running: bool = False) -> Message:
    """An item whose clock never started; while the run goes on, one that has not started yet
    ('not due yet'), for it still may."""
    return msg("reason.not_due_yet" if running else "reason.not_due", action=action, label=label)


def never_seen(action: Words, running: bool = False) -> Message:
    """An item about a drone no sensor ever tracked: nobody could act on it. While the run
    goes on: none has tracked it yet ('not due yet')."""
    return msg("reason.not_seen_yet" if running else "reason.never_seen", action=action)


def ended_before(of: float, action: Words, end_s: float, label: Words, due_s: float) -> Message:
    """'0/20 suspended runway operations: run ended at 3:20 before this was due (approach
    entry at 3:47)'."""
    return msg("reason.ended_before", of=of, action=action, end=end_s, label=label, due=due_s)


def resume_not_suspended_when_due(of: float, action: Words) -> Message:
    return msg("reason.resume_not_when_due", of=of, action=action)


def resume_never_suspended(of: float, action: Words, running: bool = False) -> Message:
    key = "reason.resume_not_suspended_yet" if running else "reason.resume_never_suspended"
    return msg(key, of=of, action=action)


def disruption(duration_s: float, eur_per_minute: float) -> Message:
    return msg("words.disruption", duration=duration_s, cost=duration_s / 60 * eur_per_minute)


def premature_suspension(
    penalty: float, early_s: float, label: Words, start_s: float, needless_s: float, rate: float
) -> Message:
    """'-30 suspended runway operations 197 s before it was warranted (entry of approach-23 at
    3:47): needless 3.3 min disruption, EUR 328'."""
    return msg(
        "reason.premature_suspension",
        penalty=-penalty,
        early=early_s,
        label=label,
        start=start_s,
        disruption=disruption(needless_s, rate),
    )


def needless_suspension(
    penalty: float, about: Words | None, authorised: bool, duration_s: float, rate: float
) -> Message:
    """'-30 suspended runway operations for an authorised flight (T001), which did not
    warrant it: 4.0 min disruption, EUR 400'. `about` names the tracks of the drone that was
    about, as the trainee saw them."""
    cost = disruption(duration_s, rate)
    if about is None:
        return msg("reason.needless_no_track", penalty=-penalty, disruption=cost)
    key = "reason.needless_authorised" if authorised else "reason.needless_then"
    return msg(key, penalty=-penalty, about=about, disruption=cost)


def early_resume(
    penalty: float, at_s: float, about: Words, label: Words | None, until_s: float | None
) -> Message:
    """'-10 resumed runway operations at 5:00 while T001 still warranted a suspension (until
    landing at 9:27)'."""
    if label is not None and until_s is not None:
        return msg(
            "reason.early_resume_until",
            penalty=-penalty,
            at=at_s,
            about=about,
            label=label,
            until=until_s,
        )
    return msg("reason.early_resume", penalty=-penalty, at=at_s, about=about)


def resumed_too_early(
    of: float, at_s: float, about: Words, label: Words, until_s: float
) -> Message:
    """The resume item when operations were reopened for good before the threat had gone:
    '0/10 resumed runway operations at 9:26, 1 s before landing (9:27), while T001 still
    warranted a suspension'."""
    return msg(
        "reason.resumed_too_early",
        of=of,
        at=at_s,
        early=until_s - at_s,
        label=label,
        until=until_s,
        about=about,
    )


def penalised(
    penalty: float, action: Words, at_s: float, expected: Words | None, why: Words | None
) -> Message:
    """'-10 classified hobby-1 as bird, expected drone (at 0:41)' or with the author's reason."""
    if why:
        return msg("reason.penalised_why", penalty=-penalty, action=action, why=why, at=at_s)
    if expected is not None:
        return msg(
            "reason.penalised_expected",
            penalty=-penalty,
            action=action,
            expected=expected,
            at=at_s,
        )
    return msg("reason.penalised", penalty=-penalty, action=action, at=at_s)


def judged_value(params: Mapping[str, object]) -> Words | None:
    """The judged value of an expected assessment ('drone'), if the key gives one."""
    return next((_value(params, name) for name in params), None)


def out_of_order(
    penalty: float, then: Words, then_s: float, first: Words, first_s: float
) -> Message:
    return msg(
        "reason.out_of_order", penalty=-penalty, then=then, then_at=then_s, first=first,
        first_at=first_s,
    )  # fmt: skip


def incident_text(incident: str | None) -> str:
    """The incident column as people read it: the answer key's incident id, or the words for
    the items about false tracks (in the language in use)."""
    if incident == FALSE_TRACKS:
        return message("words.false_tracks_incident")
    return incident or ""


def reason_text(item: ScoreItem) -> str:
    """An item's reason in the language in use: its message when it has one; a reason stored
    before reasons were messages stays in the words it was stored in."""
    return item.message.text() if item.message is not None else item.reason


# The points a reason starts with: "+20", "-7,5", "0/20" (see the reason.* messages).
_LEADING_POINTS = re.compile(r"(?:[+-]\d+(?:[.,]\d)?|0/\d+(?:[.,]\d+)?) ")


def reason_words(item: ScoreItem) -> str:
    """The reason without the points it starts with ("informed Twente Radio 14 s after ..."),
    for a table whose points stand in columns of their own: a spreadsheet would take a cell
    starting with + or - for a formula, so it would have to be marked as text."""
    text = reason_text(item)
    match = _LEADING_POINTS.match(text)
    return text[match.end() :] if match else text


def format_sheet(sheet: ScoreSheet, title: str | None = None) -> str:
    """The sheet as plain text for a terminal: every item with its reason, then the totals."""
    lines = [message("sheet.heading", title=title or sheet.scenario_id, seed=sheet.seed), ""]
    for item in sheet.items:
        at = clock_time(item.time_s) if item.time_s is not None else "-"
        tag = f"[{incident_text(item.incident)}]" if item.incident else ""
        category = message(f"category.{item.category.value}")
        lines.append(f"  {at:>6}  {category:<8} {tag:<14} {reason_text(item)}")
    if not sheet.items:
        lines.append("  " + message("sheet.no_items"))
    verdict = message("result.passed" if sheet.passed else "result.failed")
    if sheet.ended_at_s is not None:
        verdict += " " + message("sheet.ended_early", at=sheet.ended_at_s)
    elif sheet.maximum <= 0:
        verdict += " " + message("sheet.nothing_due")
    lines += [
        "",
        message(
            "sheet.total",
            total=sheet.total,
            maximum=sheet.maximum,
            percent=sheet.percent,
            pass_mark=sheet.pass_mark_percent,
            verdict=verdict,
        ),
        message("sheet.disruption", minutes=sheet.disruption_minutes, cost=sheet.disruption_eur),
    ]
    missed = [reason_text(i) for i in sheet.items if i.category is ItemCategory.MISSED]
    if missed:
        lines.append(message("sheet.missed_heading"))
        lines += [f"  - {reason}" for reason in missed]
    return "\n".join(lines) + "\n"


def joined_label(
    label: Words, clock_s: float | None, start_s: float | None, joined_s: float
) -> Words:
    """The moment an item's clock runs from: for a trainee who joined a class exercise after the
    clock had started, their joining (the time they could first act), not the clock's event."""
    if joined_s <= 0 or clock_s is None or start_s is None:
        return label
    if clock_s < joined_s and abs(start_s - joined_s) < 1e-6:
        return msg("clock.joined", at=joined_s)
    return label
