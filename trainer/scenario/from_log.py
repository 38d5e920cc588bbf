"""A complete scenario around one recorded flight, as YAML text for `drone-trainer import-log`.

Where the flight goes: a recording made within the trainer's map (50 km of the aerodrome) is
flown where it was recorded; one made farther away is moved to the centre of the drone test
area (a training construct of the Twente assets), unless the author names a place.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from pyproj import Geod

from trainer.flightlogs.flight_log import FlightLog
from trainer.flightlogs.placement import Placement, PlacementError, cut, place
from trainer.geo.airspace import AssetLibrary
from trainer.i18n import Message, current, message, msg
from trainer.scenario.referenced_files import path_to_write
from trainer.scenario.zone_shapes import MAX_DISTANCE_FROM_AERODROME_M

ASSET_SET = "twente"
TEST_AREA_ZONE = "test-area-twente"  # assets/twente/airspace.geojson, a training construct
AFTER_FLIGHT_S = 120.0  # the run goes on this long after the recording ends
MIN_DURATION_S = 60.0
MAX_DURATION_S = 14_400.0  # the scenario format's limit
_GEOD = Geod(ellps="WGS84")
DRONE_ID = "recorded-1"
TAKEOFF_HEIGHT_M = 3.0  # above GPS height scatter on the ground
LONG_WAIT_S = 30.0


@dataclass(frozen=True)
class ImportChoices:
    """What the author decided (or left to the defaults) about an imported flight."""

    title: str | None = None
    log_format: str | None = None
    start_s: float = 0.0
    to: tuple[float, float] | None = None  # lat, lon; None: stay near Twente or go to the test area
    rotate_deg: float = 0.0
    drone_type: str | None = None  # None: as the log says, else multirotor


@dataclass(frozen=True)
class ImportedScenario:
    text: str
    shifted_to: tuple[float, float] | None  # where the flight was moved, if it was
    note: str  # one line for the author, in the language in use: where the flight flies
    log_file: str  # the log as the scenario names it: relative to its folder, or absolute


def scenario_for_log(
    flight: FlightLog,
    log_file: Path,
    output: Path,
    choices: ImportChoices,
    library: AssetLibrary,
) -> ImportedScenario:
    """The scenario text: the drone flying the log, default sensors, an answer key to fill in."""
    shift_to, note = _where(flight, choices, library)
    placement = Placement(
        start_s=choices.start_s,
        to_lat=shift_to[0] if shift_to else None,
        to_lon=shift_to[1] if shift_to else None,
        rotate_deg=choices.rotate_deg,
    )
    track = place(flight, placement, library.projector)
    duration = min(
        MAX_DURATION_S, max(MIN_DURATION_S, math.ceil(track.duration_s + AFTER_FLIGHT_S))
    )
    title = (choices.title or message("cli.import.title", "en", name=log_file.name))[:120]
    log_named = path_to_write(log_file, output)
    behaviour: dict[str, object] = {"kind": "log", "file": log_named}
    if choices.log_format:
        behaviour["format"] = choices.log_format
    if choices.start_s:
        behaviour["start_s"] = choices.start_s
    if shift_to:
        behaviour["shift"] = {"to": {"lat": round(shift_to[0], 6), "lon": round(shift_to[1], 6)}}
    if choices.rotate_deg:
        behaviour["rotate_deg"] = choices.rotate_deg
    hint = _takeoff_hint(flight, choices)
    full_note = msg("cli.import.note_hint", note=note, hint=hint) if hint else note
    summary = msg(
        "cli.import.summary",
        format=flight.format,
        count=flight.count,
        duration=f"{flight.duration_s:.0f}",
        name=log_file.name,
        note=note,
    )
    # Written beside the English when the author speaks Dutch; a title they gave is theirs.
    title_nl = summary_nl = ""
    if current() == "nl":
        if not choices.title:
            dutch_title = message("cli.import.title", "nl", name=log_file.name)[:120]
            title_nl = f"title_nl: {_flow(dutch_title)}\n"
        summary_nl = f"summary_nl: {_flow(summary.text('nl')[:2000])}\n"
    text = TEMPLATE.format(
        id=_identifier(output.stem),
        title=_flow(title),
        summary=_flow(summary.text("en")[:2000]),
        title_nl=title_nl,
        summary_nl=summary_nl,
        duration=f"{duration:g}",
        drone=DRONE_ID,
        drone_type=choices.drone_type or flight.airframe or "multirotor",
        behaviour=_flow(behaviour),
        **_comments(log_named, track.duration_s),
    )
    return ImportedScenario(text, shift_to, full_note.text(), log_named)


def _where(
    flight: FlightLog, choices: ImportChoices, library: AssetLibrary
) -> tuple[tuple[float, float] | None, Message]:
    assets = library.get(ASSET_SET)
    if choices.to is not None:
        to_lat, to_lon = choices.to
        ref_lat, ref_lon = library.projector.to_wgs84(*assets.aerodrome.reference_point)
        _, _, metres = _GEOD.inv(ref_lon, ref_lat, to_lon, to_lat)
        if metres > MAX_DISTANCE_FROM_AERODROME_M:
            distance = f"{metres / 1000:,.0f}"
            raise PlacementError(
                message(
                    "cli.import.to_too_far",
                    to=f"{to_lat:g},{to_lon:g}",
                    distance=distance.replace(",", ".") if current() == "nl" else distance,
                    reach=f"{MAX_DISTANCE_FROM_AERODROME_M / 1000:g}",
                )
            )
        return choices.to, msg("cli.import.moved_to", lat=f"{to_lat:.5f}", lon=f"{to_lon:.5f}")
    _, lat, lon, _ = cut(flight, choices.start_s)
    ax, ay = assets.aerodrome.reference_point
    x, y = library.projector.to_rd(float(lat[0]), float(lon[0]))
    away = math.hypot(x - ax, y - ay)
    if math.isfinite(away) and away <= MAX_DISTANCE_FROM_AERODROME_M:
        return None, msg("cli.import.where_recorded", distance=away / 1000)
    centre = assets.zone(TEST_AREA_ZONE).polygon.centroid
    to_lat, to_lon = library.projector.to_wgs84(centre.x, centre.y)
    ref_lat, ref_lon = library.projector.to_wgs84(ax, ay)
    _, _, metres = _GEOD.inv(ref_lon, ref_lat, float(lon[0]), float(lat[0]))
    far = f"{metres / 1000:.0f} km"  # on the ellipsoid: RD metres stretch far from the Netherlands
    return (to_lat, to_lon), msg("cli.import.moved_to_test_area", far=far)


def _takeoff_hint(flight: FlightLog, choices: ImportChoices) -> Message | None:
    """A hint when the log waits long on the ground first (logging starts at power-on)."""
    if choices.start_s:
        return None
    aloft = np.flatnonzero(flight.height_m > TAKEOFF_HEIGHT_M)
    if aloft.size == 0 or flight.time_s[aloft[0]] < LONG_WAIT_S:
        return None
    takeoff = float(flight.time_s[aloft[0]])
    return msg("cli.import.takeoff", takeoff=f"{takeoff:.0f}", skip=f"{takeoff - 10:.0f}")


def _identifier(stem: str) -> str:
    # Accents dropped, not the letters: 'Vlucht Ütrecht' -> 'vlucht-utrecht'.
    plain = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^a-z0-9_-]+", "-", plain.lower()).strip("-_")[:64]
    return text if text else "imported-flight"


def _flow(value: object) -> str:
    """A value as YAML flow text: JSON is YAML, and it quotes every string. Characters YAML
    reads as line breaks or refuses (U+2028, NEL, other controls) are escaped as well."""
    return "".join(
        ch if ch.isprintable() or ch == " " else _escape(ch)
        for ch in json.dumps(value, ensure_ascii=False)
    )


def _escape(ch: str) -> str:
    code = ord(ch)
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def _comments(log_named: str, flown_s: float) -> dict[str, str]:
    """The template's comments for its author, in the language in use."""

    def comment(key: str, indent: str = "", **fields: str | float) -> str:
        lines = msg(key, **fields).text().splitlines()
        return "\n".join(f"{indent}# {yaml_comment(line)}" for line in lines)

    return {
        "made": comment("import_file.made", source=yaml_comment(log_named)),
        "fill_in": comment("import_file.fill_in"),
        "difficulty": comment("import_file.difficulty"),
        "duration_note": comment("import_file.duration", flown=flown_s),
        "eu_class": comment("import_file.eu_class"),
        "sensors": comment("import_file.sensors"),
        "to_fill_in": comment("import_file.to_fill_in", indent=" " * 8),
    }


def yaml_comment(text: str) -> str:
    """Text safe inside a YAML comment: one line, only characters YAML accepts."""
    return "".join(ch if ch.isprintable() else " " for ch in text)


TEMPLATE = """\
{made}
{fill_in}
format: 1
id: {id}
title: {title}
{title_nl}summary: {summary}
{summary_nl}difficulty: 2                  {difficulty}
offender: none                 # none | clueless | reckless | criminal
tags: [recorded-flight]
duration_s: {duration}  {duration_note}
seed: 1
airspace:
  assets: [twente]
wind: {{from_deg: 240, speed_mps: 0}}
drones:
  - id: {drone}
    label: Recorded flight
    type: {drone_type}  # multirotor | fixed-wing | vtol
    eu_class: none  {eu_class}
    start_s: 0
    behaviour: {behaviour}
    remote_id: {{broadcast: false}}
{sensors}
answer_key:
  pass_percent: 70
  incidents:
    - id: {drone}-incident
      drone: {drone}
      clock: {{kind: first_detection}}
      expected:
        - {{kind: acknowledge, window_s: 30, points: 10, required: true}}
        - {{kind: classify, params: {{classification: drone}}, window_s: 60, points: 10}}
{to_fill_in}
"""
