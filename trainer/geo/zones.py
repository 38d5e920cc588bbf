"""The zone model: a piece of airspace with a kind, vertical limits and a polygon in RD metres."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from trainer.i18n import message, spoken
from trainer.text import single_line

if TYPE_CHECKING:  # the class names it; importing shapely here would slow the command line
    from shapely.geometry.base import BaseGeometry

FEET = 0.3048  # metres per international foot

# Terrain around Twente is flat; the trainer takes the ground to be at the aerodrome elevation,
# 115 ft AMSL (eAIP Netherlands AD 2 EHTW; OurAirports runways.csv gives 99-115 ft at the ends).
# AMSL limits are turned into heights above that ground once, at load time.
GROUND_ELEVATION_M = 115 * FEET
# Flight levels are pressure altitudes; taking the standard atmosphere, FL n = n * 100 ft AMSL.


class ZoneKind(StrEnum):
    """What a zone is; decides how it is drawn and which rules apply inside it."""

    ATZ = "atz"
    RMZ = "rmz"
    CTR = "ctr"
    UAS_PROHIBITED = "uas_prohibited"
    UAS_AUTHORISATION = "uas_authorisation"  # flights need an authorisation
    UAS_CONDITIONAL = "uas_conditional"  # flights allowed under published conditions
    APPROACH_PROTECTION = "approach_protection"
    TEST_AREA = "test_area"
    SENSITIVE_SITE = "sensitive_site"
    EVENT_AREA = "event_area"
    # Published airspace of manned aviation, as imported from OpenAir files (AIP ENR 5.1 and 2.1).
    PROHIBITED = "prohibited"  # P: no flight at all, drones included
    RESTRICTED = "restricted"  # R (also TSA/TRA): flight only under conditions or when inactive
    DANGER = "danger"  # Q/D: activities dangerous to flight (parachuting, firing)
    TMZ = "tmz"  # transponder mandatory zone
    CONTROLLED = "controlled"  # class A-E control areas (TMA, CTA, airways)


class LimitReference(StrEnum):
    AGL = "AGL"
    AMSL = "AMSL"


@dataclass(frozen=True)
class VerticalLimit:
    """A lower or upper limit, kept as written (to show) and as metres above ground (to check)."""

    text: str
    height_agl_m: float

    @classmethod
    def parse(cls, text: str, ground_elevation_m: float = GROUND_ELEVATION_M) -> VerticalLimit:
        """Read "GND", "120 m AGL", "2200 ft AMSL", "FL65" or "UNL"; raise ValueError otherwise."""
        cleaned = " ".join(str(text).split()).upper()
        if cleaned in ("GND", "SFC", "0 M AGL", "0 FT AGL"):
            return cls("GND", 0.0)
        if cleaned == "UNL":
            return cls("UNL", float("inf"))
        level = re.fullmatch(r"FL\s?(\d{1,3})", cleaned)
        if level:
            amsl_m = int(level.group(1)) * 100 * FEET
            return cls(f"FL{int(level.group(1))}", amsl_m - ground_elevation_m)
        match = re.fullmatch(r"(-?\d+(?:\.\d+)?)\s?(M|FT)\s(AGL|AMSL|MSL)", cleaned)
        if not match:
            raise ValueError(message("zone.limit_unreadable", text=repr(text)))
        value = float(match.group(1))
        metres = value * (FEET if match.group(2) == "FT" else 1.0)
        reference = LimitReference.AGL if match.group(3) == "AGL" else LimitReference.AMSL
        unit = "m" if match.group(2) == "M" else "ft"
        label = f"{match.group(1)} {unit} {reference.value}"
        height = metres if reference is LimitReference.AGL else metres - ground_elevation_m
        return cls(label, height)


@dataclass(frozen=True)
class DailySchedule:
    """A zone active every day between two local times (minutes after local midnight, inclusive)."""

    start_minute: int
    end_minute: int

    @classmethod
    def parse(cls, text: str) -> DailySchedule:
        """Read "HH:MM-HH:MM" (local time); raise ValueError otherwise."""
        match = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*", text)
        if not match:
            raise ValueError(message("zone.schedule_unreadable", text=repr(text)))
        h1, m1, h2, m2 = (int(g) for g in match.groups())
        if h1 > 23 or h2 > 23 or m1 > 59 or m2 > 59:
            raise ValueError(message("zone.schedule_range", text=repr(text)))
        return cls(h1 * 60 + m1, h2 * 60 + m2)

    def is_active(self, minute_of_day: float) -> bool:
        minute = minute_of_day % 1440
        if self.start_minute <= self.end_minute:
            return self.start_minute <= minute < self.end_minute + 1
        return minute >= self.start_minute or minute < self.end_minute + 1

    def __str__(self) -> str:
        s, e = self.start_minute, self.end_minute
        return f"{s // 60:02d}:{s % 60:02d}-{e // 60:02d}:{e % 60:02d}"


@dataclass(frozen=True)
class Zone:
    """One zone of the airspace. The polygon is in RD New metres (EPSG:28992)."""

    id: str
    name: str
    kind: ZoneKind
    lower: VerticalLimit
    upper: VerticalLimit
    polygon: BaseGeometry
    source: str
    official: bool  # False: a training construct drawn for the trainer, not published airspace
    schedule: DailySchedule | None = None  # None: always active
    frequency_mhz: float | None = None
    name_nl: str | None = None  # the name in Dutch, where it has one
    source_nl: str | None = None  # the source in Dutch, where it is ours to word (a construct)

    def shown_name(self) -> str:
        """The name in the language the program speaks (Dutch when it has a Dutch name), on one
        line and without control or direction characters: a right-to-left override in a file's
        name turned round the text after it in the alerts, the track table and the briefing.
        A name of nothing but such characters is shown as the zone's id."""
        return single_line(spoken(self.name, self.name_nl)) or self.id

    def shown_source(self) -> str:
        """The source in the language spoken; a published source's citation stays as it is."""
        return spoken(self.source, self.source_nl)

    def contains_height(self, height_agl_m: float) -> bool:
        return self.lower.height_agl_m <= height_agl_m <= self.upper.height_agl_m
