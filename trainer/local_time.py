"""Times as people at the aerodrome read them: Europe/Amsterdam, with summer time.

The training record keeps UTC (ISO 8601 stamps); everything shown to the instructor and the
trainee (run picker, debrief, progress plot, score sheets) goes through here. Twente Airport
keeps Dutch legal time: CET, CEST in summer (eAIP Netherlands GEN 2.1: UTC+1, UTC+2 in summer).
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# A scenario's start_time_local, HH:MM on the aerodrome's clock (the model checks it with this).
START_TIME_LOCAL = r"^([01]\d|2[0-3]):([0-5]\d)$"

ZONE_NAME = "Europe/Amsterdam"


@cache
def aerodrome_zone() -> tzinfo:
    """Europe/Amsterdam; this computer's own zone if the time-zone database is missing (on
    Windows it comes from the tzdata package, a dependency there)."""
    try:
        return ZoneInfo(ZONE_NAME)
    except ZoneInfoNotFoundError:
        zone = datetime.now().astimezone().tzinfo
        return zone if zone is not None else UTC


def parse_utc(stamp: str | None) -> datetime | None:
    """A stamp of the record as an aware UTC datetime; naive stamps are UTC; None if unreadable."""
    if not stamp:
        return None
    try:
        moment = datetime.fromisoformat(stamp)
    except ValueError:
        return None
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def local(moment: datetime) -> datetime:
    """The moment on the aerodrome's clock (a naive moment is taken as UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(aerodrome_zone())


def local_text(moment: datetime | str | None, *, zone: bool = False, seconds: bool = False) -> str:
    """'2026-03-29 14:03' (with ' CEST' when `zone`); a stamp that cannot be read as it is."""
    if isinstance(moment, str) or moment is None:
        parsed = parse_utc(moment)
        if parsed is None:
            return moment or ""
        moment = parsed
    shown = local(moment)
    text = f"{shown:%Y-%m-%d %H:%M:%S}" if seconds else f"{shown:%Y-%m-%d %H:%M}"
    return f"{text} {shown.tzname()}" if zone and shown.tzname() else text


def local_date(moment: datetime | str | None) -> str:
    """'2026-03-29': the date at the aerodrome."""
    return local_text(moment)[:10]


def wall_clock_seconds(moment: datetime) -> float:
    """Seconds since the epoch as the aerodrome's clock reads them (UTC seconds plus the
    offset in force then): what a date axis drawn in UTC shows as local time, across DST."""
    shown = local(moment)
    offset = shown.utcoffset()
    return moment.timestamp() + (offset.total_seconds() if offset else 0.0)
