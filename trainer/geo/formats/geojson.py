"""Reads asset GeoJSON files (RFC 7946, WGS84 lon/lat) into zones, aerodromes and map features."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

import numpy as np
from shapely.geometry import LineString, MultiPolygon, Point, Polygon
from shapely.geometry.base import BaseGeometry

from trainer.errors import AssetError, Problem
from trainer.geo.aerodrome import Aerodrome, Runway
from trainer.geo.crs import Projector
from trainer.geo.features import MapFeature
from trainer.geo.formats.json_file import is_number, item_lines, parse_json, read_json_text
from trainer.geo.formats.read_result import Repaired, ZonesRead
from trainer.geo.formats.validity import explain_invalid, repair_outline
from trainer.geo.zones import FEET, DailySchedule, VerticalLimit, Zone, ZoneKind
from trainer.i18n import message as say

XY = tuple[float, float]
# Area of use of RD New (EPSG:28992, EPSG registry: 50.75-53.7 N, 3.2-7.22 E) plus a small margin.
# Points outside it project badly; most often they are longitude and latitude swapped.
LON_RANGE = (3.0, 7.5)
LAT_RANGE = (50.5, 54.0)

ARP_KIND = "aerodrome_reference_point"
GEOMETRY_TYPES = frozenset({"Point", "LineString", "Polygon", "MultiPolygon"})
ZONE_SHAPES = frozenset({"Polygon", "MultiPolygon"})


@dataclass(frozen=True)
class Feature:
    """One GeoJSON feature of a file, with what is needed to name it in an error."""

    path: Path
    index: int
    props: dict[str, Any]
    geometry: Any

    @property
    def label(self) -> str:
        fid = self.props.get("id")
        return f"features[{self.index}]" + (f" (id {fid!r})" if isinstance(fid, str) else "")

    def fail(self, field: str, message: str) -> NoReturn:
        raise AssetError(self.path, f"{self.label}.{field}", message)

    def text(self, key: str) -> str:
        value = self.props.get(key)
        if not isinstance(value, str) or not value.strip():
            self.fail(f"properties.{key}", say("geojson.text", got=repr(value)))
        return value

    def optional_text(self, key: str) -> str | None:
        return None if self.props.get(key) is None else self.text(key)

    def number(self, key: str) -> float:
        value: Any = self.props.get(key)
        if not is_number(value) or not math.isfinite(value):
            self.fail(f"properties.{key}", say("geojson.number", got=repr(value)))
        return float(value)

    def optional_number(self, key: str) -> float | None:
        return None if self.props.get(key) is None else self.number(key)

    def boolean(self, key: str) -> bool:
        value = self.props.get(key)
        if not isinstance(value, bool):
            self.fail(f"properties.{key}", say("geojson.boolean", got=repr(value)))
        return value

    def pair(self, key: str, check: Callable[[Any], bool], complaint: str) -> tuple[Any, Any]:
        """Two values that pass `check`; else fail with the message `complaint` (a catalog key)."""
        value = self.props.get(key)
        if not isinstance(value, list) or len(value) != 2 or not all(check(v) for v in value):
            self.fail(f"properties.{key}", say(complaint, got=repr(value)))
        return value[0], value[1]


def load_features(path: Path) -> list[Feature]:
    """Parse a FeatureCollection and check the properties every asset feature must carry."""
    return _features(path, read_json_text(path))  # RFC 7946 GeoJSON is UTF-8


def _features(path: Path, text: str) -> list[Feature]:
    doc = parse_json(text, path)
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection":
        raise AssetError(path, "type", say("airspace_file.not_geojson"))
    items = doc.get("features")
    if not isinstance(items, list):
        raise AssetError(path, "features", say("airspace_file.features_list"))
    features: list[Feature] = []
    seen: dict[str, int] = {}
    for index, item in enumerate(items):
        if not isinstance(item, dict) or item.get("type") != "Feature":
            raise AssetError(path, f"features[{index}]", say("geojson.not_feature"))
        props = item.get("properties")
        if not isinstance(props, dict):
            raise AssetError(path, f"features[{index}].properties", say("geojson.properties"))
        feature = Feature(path, index, props, item.get("geometry"))
        fid = feature.text("id")
        if fid in seen:
            first = f"features[{seen[fid]}]"
            feature.fail("properties.id", say("geojson.duplicate_id", first=first))
        seen[fid] = index
        for key in ("name", "kind", "source"):
            feature.text(key)
        feature.boolean("approximate")
        features.append(feature)
    return features


def _positions(feature: Feature, value: Any, where: str, minimum: int) -> list[XY]:
    if not isinstance(value, list) or len(value) < minimum:
        feature.fail(where, say("geojson.positions", minimum=minimum))
    return [_position(feature, item, f"{where}[{i}]") for i, item in enumerate(value)]


def _position(feature: Feature, value: Any, where: str) -> tuple[float, float]:
    if not isinstance(value, list) or len(value) not in (2, 3) or not all(map(is_number, value)):
        feature.fail(where, say("geojson.position", got=repr(value)))
    lon, lat = float(value[0]), float(value[1])
    if not (math.isfinite(lon) and math.isfinite(lat)):
        feature.fail(where, say("geojson.finite"))
    if not (LON_RANGE[0] <= lon <= LON_RANGE[1] and LAT_RANGE[0] <= lat <= LAT_RANGE[1]):
        feature.fail(where, say("geojson.outside_rd", lon=str(lon), lat=str(lat)))
    return lon, lat


def _project(projector: Projector, points: Sequence[XY]) -> list[XY]:
    lon = np.array([p[0] for p in points], dtype=float)
    lat = np.array([p[1] for p in points], dtype=float)
    x, y = projector.to_rd(lat, lon)
    return list(zip(np.asarray(x).tolist(), np.asarray(y).tolist(), strict=True))


def _ring(feature: Feature, value: Any, where: str, projector: Projector) -> list[XY]:
    points = _positions(feature, value, where, 4)
    if points[0] != points[-1]:
        feature.fail(where, say("geojson.ring_open"))
    return _project(projector, points)


def _polygon(feature: Feature, value: Any, where: str, projector: Projector) -> Polygon:
    if not isinstance(value, list) or not value:
        feature.fail(where, say("geojson.rings"))
    rings = [_ring(feature, ring, f"{where}[{i}]", projector) for i, ring in enumerate(value)]
    return Polygon(rings[0], rings[1:])


def read_geometry(feature: Feature, projector: Projector, allowed: frozenset[str]) -> BaseGeometry:
    """The feature's geometry in RD New metres; one of the `allowed` GeoJSON types, valid."""
    return _checked(feature, _geometry(feature, projector, allowed), projector)


def _geometry(feature: Feature, projector: Projector, allowed: frozenset[str]) -> BaseGeometry:
    """The feature's geometry in RD New metres as written, one of the `allowed` types."""
    geometry = feature.geometry
    if not isinstance(geometry, dict):
        feature.fail("geometry", say("geojson.geometry"))
    kind = geometry.get("type")
    if not isinstance(kind, str) or kind not in allowed:  # a list or object cannot be looked up
        names = ", ".join(sorted(allowed))
        feature.fail("geometry.type", say("geojson.geometry_type", allowed=names, got=repr(kind)))
    coords = geometry.get("coordinates")
    where = "geometry.coordinates"
    shape: BaseGeometry
    if kind == "Point":
        shape = Point(_project(projector, [_position(feature, coords, where)])[0])
    elif kind == "LineString":
        shape = LineString(_project(projector, _positions(feature, coords, where, 2)))
    elif kind == "Polygon":
        shape = _polygon(feature, coords, where, projector)
    else:
        if not isinstance(coords, list) or not coords:
            feature.fail(where, say("geojson.polygons"))
        shape = MultiPolygon(
            [_polygon(feature, c, f"{where}[{i}]", projector) for i, c in enumerate(coords)]
        )
    return shape


def _checked(feature: Feature, shape: BaseGeometry, projector: Projector) -> BaseGeometry:
    """The shape, when it is valid and has area (a polygon) or length (a line)."""
    if isinstance(shape, Polygon | MultiPolygon):
        if not shape.is_valid:
            feature.fail(
                "geometry", say("geojson.invalid", reason=explain_invalid(shape, projector))
            )
        if shape.area <= 0:
            feature.fail("geometry", say("geojson.no_area"))
    elif isinstance(shape, LineString) and shape.length <= 0:
        feature.fail("geometry", say("geojson.no_length"))
    return shape


def _limit(feature: Feature, key: str) -> VerticalLimit:
    try:
        return VerticalLimit.parse(feature.text(key))
    except ValueError as exc:
        feature.fail(f"properties.{key}", str(exc))


def read_zones(path: Path, projector: Projector) -> list[Zone]:
    """Every feature of an asset set's airspace file as a Zone, polygons in RD New metres; an
    outline that is not valid fails the file, which is the trainer's own to fix."""
    return [
        _zone(feature, lambda f: read_geometry(f, projector, ZONE_SHAPES))
        for feature in load_features(path)
    ]


def read_imported_zones(path: Path, projector: Projector) -> ZonesRead:
    """A GeoJSON airspace file a scenario imports, as read_zones, but for an outline that is not
    valid: it is read as the area it encloses, with a warning (file, line, feature, what was
    done), as in the other formats imported. Without any area left it fails the file."""
    text = read_json_text(path)
    features = _features(path, text)
    lines = item_lines(text, "features", len(features))
    repaired: list[Repaired] = []

    def outline(feature: Feature) -> BaseGeometry:
        shape = _geometry(feature, projector, ZONE_SHAPES)
        repair = None if shape.is_valid else repair_outline(shape, projector)
        if repair is None:
            return _checked(feature, shape, projector)
        field = f"{feature.label}.geometry"
        problem = Problem(str(path), field, repair.what, lines[feature.index])
        repaired.append(Repaired(feature.text("id"), problem))
        return repair.shape

    zones = [_zone(feature, outline) for feature in features]
    return ZonesRead(tuple(zones), repaired=tuple(repaired))


def _zone(feature: Feature, outline: Callable[[Feature], BaseGeometry]) -> Zone:
    """The feature as a Zone; its kind, limits and schedule checked before its `outline`."""
    try:
        kind = ZoneKind(feature.text("kind"))
    except ValueError:
        known = ", ".join(k.value for k in ZoneKind)
        got = repr(feature.props["kind"])
        feature.fail("properties.kind", say("geojson.zone_kind", got=got, known=known))
    lower, upper = _limit(feature, "lower"), _limit(feature, "upper")
    if lower.height_agl_m >= upper.height_agl_m:
        above = say("geojson.not_above", upper=upper.text, lower=lower.text)
        feature.fail("properties.upper", above)
    schedule_text = feature.optional_text("schedule")
    try:
        schedule = None if schedule_text is None else DailySchedule.parse(schedule_text)
    except ValueError as exc:
        feature.fail("properties.schedule", str(exc))
    return Zone(
        id=feature.text("id"),
        name=feature.text("name"),
        kind=kind,
        lower=lower,
        upper=upper,
        polygon=outline(feature),
        source=feature.text("source"),
        official=feature.boolean("official"),
        schedule=schedule,
        frequency_mhz=feature.optional_number("frequency_mhz"),
        name_nl=feature.optional_text("name_nl"),
        source_nl=feature.optional_text("source_nl"),
    )


def read_map_features(path: Path, projector: Projector) -> list[MapFeature]:
    """Every feature of an orientation file as a MapFeature in RD New metres."""
    return [
        MapFeature(
            id=f.text("id"),
            name=f.text("name"),
            kind=f.text("kind"),
            geometry=read_geometry(f, projector, GEOMETRY_TYPES),
            approximate=f.boolean("approximate"),
            source=f.text("source"),
        )
        for f in load_features(path)
    ]


def read_aerodrome(path: Path, projector: Projector) -> Aerodrome:
    """The aerodrome file: one reference point, runways as two-point lines, a threshold per end.

    A runway line runs from the end named by designators[0] to the other end; each threshold
    Point names its runway (by id) and its designator.
    """
    features = load_features(path)
    by_kind: dict[str, list[Feature]] = {ARP_KIND: [], "runway": [], "threshold": []}
    for feature in features:
        kind = feature.text("kind")
        if kind not in by_kind:
            known = ", ".join(by_kind)
            feature.fail(
                "properties.kind", say("geojson.aerodrome_kind", got=repr(kind), known=known)
            )
        by_kind[kind].append(feature)
    arps, runway_features = by_kind[ARP_KIND], by_kind["runway"]
    if len(arps) != 1:
        raise AssetError(
            path, "features", say("geojson.one_reference", kind=ARP_KIND, count=len(arps))
        )
    if not runway_features:
        raise AssetError(path, "features", say("geojson.no_runway"))
    runway_ids = {f.text("id") for f in runway_features}
    thresholds: dict[tuple[str, str], XY] = {}
    for feature in by_kind["threshold"]:
        key = (feature.text("runway"), feature.text("designator"))
        if key[0] not in runway_ids:
            feature.fail("properties.runway", say("geojson.unknown_runway", runway=repr(key[0])))
        if key in thresholds:
            second = say("geojson.second_threshold", designator=repr(key[1]), runway=repr(key[0]))
            feature.fail("properties.designator", second)
        point = read_geometry(feature, projector, frozenset({"Point"}))
        thresholds[key] = (point.x, point.y)
    runways = tuple(_runway(f, projector, thresholds) for f in runway_features)
    ends = {
        (f.text("id"), d)
        for f, r in zip(runway_features, runways, strict=True)
        for d in r.designators
    }
    for feature in by_kind["threshold"]:
        if (feature.text("runway"), feature.text("designator")) not in ends:
            feature.fail("properties.designator", say("geojson.no_end"))
    arp = arps[0]
    reference = read_geometry(arp, projector, frozenset({"Point"}))
    return Aerodrome(
        icao=arp.text("icao"),
        name=arp.text("name"),
        reference_point=(reference.x, reference.y),
        # Published in feet; the model works in metres.
        elevation_m=arp.number("elevation_ft") * FEET,
        runways=runways,
        radio_name=arp.text("radio_name"),
        radio_mhz=arp.number("radio_mhz"),
    )


def _runway(
    feature: Feature, projector: Projector, thresholds: dict[tuple[str, str], XY]
) -> Runway:
    line = read_geometry(feature, projector, frozenset({"LineString"}))
    if len(line.coords) != 2:
        feature.fail("geometry.coordinates", say("geojson.runway_line"))
    designators = feature.pair(
        "designators", lambda v: isinstance(v, str) and bool(v), "geojson.two_strings"
    )
    headings = feature.pair("true_headings_deg", is_number, "geojson.two_numbers")
    width = feature.number("width_m")
    if width <= 0:
        feature.fail("properties.width_m", say("geojson.above_zero", got=f"{width:g}"))
    ends: list[XY] = [(float(x), float(y)) for x, y in line.coords]
    found = []
    for designator in designators:
        point = thresholds.get((feature.text("id"), designator))
        if point is None:
            feature.fail(
                "properties.designators",
                say(
                    "geojson.no_threshold",
                    designator=repr(designator),
                    runway=repr(feature.text("id")),
                ),
            )
        found.append(point)
    # The line must run from the end of designators[0] to the other; a reversed line would swap
    # the approach directions, so check it against the thresholds.
    if math.dist(found[0], ends[0]) > math.dist(found[0], ends[1]):
        feature.fail(
            "geometry.coordinates",
            say("geojson.reversed", designator=designators[0]),
        )
    return Runway(
        designators=(designators[0], designators[1]),
        ends=(ends[0], ends[1]),
        thresholds=(found[0], found[1]),
        width_m=width,
        true_headings_deg=(float(headings[0]), float(headings[1])),
    )
