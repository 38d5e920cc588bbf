"""Reads EUROCAE ED-269 UAS geographical zones (JSON: a UASZoneList of zones, each with one or
more volumes: polygons or circles with their own limits in metres or feet, AGL or AMSL)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from trainer.errors import AssetError
from trainer.geo.crs import Projector
from trainer.geo.formats import uas_zones as uz
from trainer.geo.formats.json_file import item_lines, parse_json, read_json_text
from trainer.geo.formats.read_result import ZonesRead
from trainer.geo.zones import FEET, GROUND_ELEVATION_M, DailySchedule
from trainer.i18n import message as say

LIST_KEY = "UASZoneList"


def read_ed269(
    path: Path, projector: Projector, ground_elevation_m: float = GROUND_ELEVATION_M
) -> ZonesRead:
    """The zones of an ED-269 file in RD New metres; a broken zone is skipped with a warning,
    an outline that crosses itself read as the area it encloses (with a warning)."""
    text = read_json_text(path)
    document = parse_json(text, path)
    zones = document.get(LIST_KEY) if isinstance(document, dict) else None
    if not isinstance(zones, list):
        hint = say("ed269.looks_ed318") if _is_feature_collection(document) else ""
        raise AssetError(path, LIST_KEY, say("ed269.no_list", list_key=repr(LIST_KEY), hint=hint))
    collector = uz.ZoneCollector(path, ground_elevation_m, projector)
    for index, (item, line) in enumerate(
        zip(zones, item_lines(text, LIST_KEY, len(zones)), strict=True)
    ):
        label = f"{LIST_KEY}[{index}]"
        try:
            if not isinstance(item, dict):
                uz.bad(say("ed269.not_object"))
            identifier, name = _identity(item)
            label = uz.zone_label(identifier, name)
            kind = uz.zone_kind(item.get("restriction"))
            if kind is None:
                collector.ignored[str(item.get("restriction"))] += 1
                continue
            volumes = _volumes(item.get("geometry"), projector, ground_elevation_m)
            collector.add(identifier, name, kind, volumes, _schedule(item), line)
        except uz.BadZone as error:
            collector.warn(line, label, str(error))
    return ZonesRead(
        tuple(collector.zones),
        tuple(collector.skipped),
        collector.ignored,
        tuple(collector.repaired),
    )


def _is_feature_collection(document: Any) -> bool:
    return isinstance(document, dict) and document.get("type") == "FeatureCollection"


def _identity(item: dict[str, Any]) -> tuple[str, str]:
    """The zone's identifier, and its name (the identifier when it has none)."""
    identifier = item.get("identifier")
    if not isinstance(identifier, str) or not identifier.strip():
        uz.bad(say("ed269.identifier", got=repr(identifier)))
    name = item.get("name")
    name = name.strip() if isinstance(name, str) else ""
    return identifier.strip(), name or identifier.strip()


def _volumes(geometry: Any, projector: Projector, ground_elevation_m: float) -> list[uz.Volume]:
    if not isinstance(geometry, list) or not geometry:
        uz.bad(say("ed269.geometry"))
    volumes = []
    for number, volume in enumerate(geometry, start=1):
        try:
            if not isinstance(volume, dict):
                uz.bad(say("ed269.volume_object"))
            unit = volume.get("uomDimensions", "M")
            lower = uz.vertical_limit(
                volume.get("lowerLimit"),
                volume.get("lowerVerticalReference"),
                unit,
                False,
                ground_elevation_m,
            )
            upper = uz.vertical_limit(
                volume.get("upperLimit"),
                volume.get("upperVerticalReference"),
                unit,
                True,
                ground_elevation_m,
            )
            shape = _projection(volume.get("horizontalProjection"), unit, projector)
        except uz.BadZone as error:
            uz.bad(f"geometry[{number - 1}]: {error}")
        volumes.append(uz.Volume(shape, lower, upper, f"geometry[{number - 1}]"))
    return volumes


def _projection(value: Any, unit: Any, projector: Projector) -> Any:
    if not isinstance(value, dict):
        uz.bad(say("ed269.projection_object"))
    kind = value.get("type")
    if kind == "Polygon":
        return uz.polygon(value.get("coordinates"), projector)
    if kind == "Circle":
        radius: Any = value.get("radius")
        if uz.is_number(radius) and str(unit).upper() == "FT":
            radius = radius * FEET  # uomDimensions applies to the radius too
        return uz.circle(value.get("center"), radius, projector)
    uz.bad(say("ed269.projection_type", got=repr(kind)))


def _schedule(item: dict[str, Any]) -> DailySchedule | None:
    """The zone's daily window, when its applicability has one; None (always active) otherwise."""
    applicability = item.get("applicability")
    if not isinstance(applicability, list) or len(applicability) != 1:
        return None
    (period,) = applicability
    if not isinstance(period, dict) or period.get("permanent", "YES") == "YES":
        return None
    daily = period.get("dailyPeriod")
    if not isinstance(daily, list):
        return None
    return uz.daily_schedule(
        (p.get("day"), p.get("startTime"), p.get("endTime")) if isinstance(p, dict) else (None,) * 3
        for p in daily
    )
