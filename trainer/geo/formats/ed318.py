"""Reads EUROCAE ED-318 UAS geographical zones: GeoJSON features whose geometry carries a
`layer` (limits, references, unit), with circles as a Point plus an `extent` and several volumes
as a GeometryCollection; names may be given per language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from shapely.geometry import MultiPolygon

from trainer.errors import AssetError
from trainer.geo.crs import Projector
from trainer.geo.formats import uas_zones as uz
from trainer.geo.formats.json_file import item_lines, parse_json, read_json_text
from trainer.geo.formats.read_result import ZonesRead
from trainer.geo.zones import GROUND_ELEVATION_M, DailySchedule
from trainer.i18n import message as say

LIST_KEY = "features"
PREFERRED_LANGUAGES = ("en-GB", "en", "nl-NL", "nl")  # the trainer's users read these


def read_ed318(
    path: Path, projector: Projector, ground_elevation_m: float = GROUND_ELEVATION_M
) -> ZonesRead:
    """The zones of an ED-318 file in RD New metres; a broken zone is skipped with a warning,
    an outline that crosses itself read as the area it encloses (with a warning)."""
    text = read_json_text(path)
    document = parse_json(text, path)
    if not isinstance(document, dict) or document.get("type") != "FeatureCollection":
        hint = say("ed318.looks_ed269") if _is_ed269(document) else ""
        raise AssetError(path, "type", say("ed318.no_collection", hint=hint))
    features = document.get(LIST_KEY)
    if not isinstance(features, list):
        raise AssetError(path, LIST_KEY, say("ed318.features"))
    collector = uz.ZoneCollector(path, ground_elevation_m, projector)
    lines = item_lines(text, LIST_KEY, len(features))
    for index, (feature, line) in enumerate(zip(features, lines, strict=True)):
        label = f"features[{index}]"
        try:
            properties = feature.get("properties") if isinstance(feature, dict) else None
            if not isinstance(properties, dict):
                uz.bad(say("ed318.properties"))
            identifier = properties.get("identifier")
            if not isinstance(identifier, str) or not identifier.strip():
                uz.bad(say("ed318.identifier", got=repr(identifier)))
            identifier = identifier.strip()
            name = _text(properties.get("name")) or identifier
            label = uz.zone_label(identifier, name)
            kind = uz.zone_kind(properties.get("type"))
            if kind is None:
                collector.ignored[str(properties.get("type"))] += 1
                continue
            volumes = _volumes(feature.get("geometry"), projector, ground_elevation_m)
            collector.add(identifier, name, kind, volumes, _schedule(properties), line)
        except uz.BadZone as error:
            collector.warn(line, label, str(error))
    return ZonesRead(
        tuple(collector.zones),
        tuple(collector.skipped),
        collector.ignored,
        tuple(collector.repaired),
    )


def _is_ed269(document: Any) -> bool:
    return isinstance(document, dict) and "UASZoneList" in document


def _text(value: Any) -> str | None:
    """A plain string, or the best of a list of {text, lang} translations."""
    if isinstance(value, str):
        return value.strip() or None
    if not isinstance(value, list):
        return None
    texts: dict[str, str] = {}
    for item in value:
        if isinstance(item, dict) and isinstance(item.get("text"), str) and item["text"].strip():
            language = item.get("lang")  # any value in a file: only a string names a language
            texts[language if isinstance(language, str) else ""] = item["text"].strip()
    for language in PREFERRED_LANGUAGES:
        if language in texts:
            return texts[language]
    return next(iter(texts.values()), None)


def _volumes(geometry: Any, projector: Projector, ground_elevation_m: float) -> list[uz.Volume]:
    if not isinstance(geometry, dict):
        uz.bad(say("ed318.geometry"))
    if geometry.get("type") == "GeometryCollection":
        parts = geometry.get("geometries")
        if not isinstance(parts, list) or not parts:
            uz.bad(say("ed318.geometries"))
        shared = geometry.get("layer")
        return [
            _volume(part, shared, f"geometry.geometries[{i}]", projector, ground_elevation_m)
            for i, part in enumerate(parts)
        ]
    return [_volume(geometry, None, "geometry", projector, ground_elevation_m)]


def _volume(
    geometry: Any, shared_layer: Any, where: str, projector: Projector, ground_elevation_m: float
) -> uz.Volume:
    try:
        if not isinstance(geometry, dict):
            uz.bad(say("ed318.part_geometry"))
        layer = geometry.get("layer", shared_layer)
        if not isinstance(layer, dict):
            uz.bad(say("ed318.layer"))
        unit = layer.get("uom", "m")  # ED-318: metres unless said otherwise
        lower = uz.vertical_limit(
            layer.get("lower"), layer.get("lowerReference"), unit, False, ground_elevation_m
        )
        upper = uz.vertical_limit(
            layer.get("upper"), layer.get("upperReference"), unit, True, ground_elevation_m
        )
        return uz.Volume(_shape(geometry, projector), lower, upper, where)
    except uz.BadZone as error:
        uz.bad(f"{where}: {error}")


def _shape(geometry: dict[str, Any], projector: Projector) -> Any:
    kind, coordinates = geometry.get("type"), geometry.get("coordinates")
    if kind == "Polygon":
        return uz.polygon(coordinates, projector)
    if kind == "MultiPolygon":
        if not isinstance(coordinates, list) or not coordinates:
            uz.bad(say("ed318.multipolygon"))
        return MultiPolygon([uz.polygon(p, projector) for p in coordinates])
    if kind == "Point":
        extent = geometry.get("extent")
        if not isinstance(extent, dict) or extent.get("subType") != "Circle":
            uz.bad(say("ed318.point"))
        return uz.circle(coordinates, extent.get("radius"), projector)
    uz.bad(say("ed318.type", got=repr(kind)))


def _schedule(properties: dict[str, Any]) -> DailySchedule | None:
    """The zone's daily window from limitedApplicability; None (always active) otherwise."""
    periods = properties.get("limitedApplicability")
    if not isinstance(periods, list) or len(periods) != 1 or not isinstance(periods[0], dict):
        return None
    schedule = periods[0].get("schedule")
    if not isinstance(schedule, list):
        return None
    return uz.daily_schedule(
        (p.get("day"), p.get("startTime"), p.get("endTime")) if isinstance(p, dict) else (None,) * 3
        for p in schedule
    )
