"""Checks of zones drawn in a scenario file: the same rules the asset readers apply to theirs."""

from __future__ import annotations

import math

from shapely.geometry import Polygon
from shapely.geometry.base import BaseGeometry

from trainer.geo.crs import Projector
from trainer.geo.formats.validity import explain_invalid
from trainer.i18n import message
from trainer.scenario.model import InlineZone

MAX_DISTANCE_FROM_AERODROME_M = 50_000  # the trainer's map; farther points are typing mistakes
MAX_DISTANCE_KM = MAX_DISTANCE_FROM_AERODROME_M // 1000

# 4*pi*area/perimeter^2 is 1 for a circle and about pi*width/length for a thin strip. Points typed
# on one line in degrees are not quite on one line in RD New, so "no area" needs a tolerance:
# below this a zone is a sliver about 1/3000 as wide as it is long (1.6 m over 5 km).
MIN_ROUNDNESS = 1e-3

Loc = tuple[str | int, ...]
XY = tuple[float, float]


def distance_m(lat: float, lon: float, xy: XY, projector: Projector) -> float:
    """Metres from a point in RD New to a WGS84 position; infinite when it does not project."""
    x, y = projector.to_rd(lat, lon)
    if not (math.isfinite(x) and math.isfinite(y)):
        return math.inf
    return math.hypot(x - xy[0], y - xy[1])


def too_far(lat: float, lon: float, aerodrome_xy: XY, projector: Projector) -> str | None:
    """Why a position is off the trainer's map, or None when it is on it."""
    distance = distance_m(lat, lon, aerodrome_xy, projector)
    if distance <= MAX_DISTANCE_FROM_AERODROME_M:
        return None
    return message(
        "problem.too_far",
        lat=f"{lat:.5f}",
        lon=f"{lon:.5f}",
        distance=f"{distance / 1000:.0f}",
        reach=MAX_DISTANCE_KM,
    )


def zone_shape_problems(
    zones: list[InlineZone], projector: Projector, aerodrome_xy: XY | None
) -> list[tuple[Loc, str]]:
    """Inline zones that are off the map, without area, or not a valid (simple) polygon."""
    problems: list[tuple[Loc, str]] = []
    for index, zone in enumerate(zones):
        base: Loc = ("airspace", "zones", index)
        if zone.circle is not None:
            centre = zone.circle.centre
            if aerodrome_xy is not None:
                far = too_far(centre.lat, centre.lon, aerodrome_xy, projector)
                if far:
                    problems.append(((*base, "circle", "centre"), far))
        elif zone.polygon is not None:
            problems += _polygon_problems(zone, (*base, "polygon"), projector, aerodrome_xy)
    return problems


def _polygon_problems(
    zone: InlineZone, loc: Loc, projector: Projector, aerodrome_xy: XY | None
) -> list[tuple[Loc, str]]:
    assert zone.polygon is not None
    problems: list[tuple[Loc, str]] = []
    if aerodrome_xy is not None:
        for index, point in enumerate(zone.polygon):
            far = too_far(point.lat, point.lon, aerodrome_xy, projector)
            if far:
                problems.append(((*loc, index), far))
    if problems:  # the shape of points off the map says nothing more
        return problems
    xs, ys = projector.to_rd([p.lat for p in zone.polygon], [p.lon for p in zone.polygon])
    if not all(math.isfinite(v) for v in [*xs, *ys]):
        return [(loc, message("problem.polygon_off_projection"))]
    shape = Polygon(zip(xs, ys, strict=True))
    # Flatness first, judged on the hull: shapely calls a flat ring "self-intersecting" too.
    if _is_flat(shape.convex_hull):
        return [(loc, message("problem.no_area"))]
    if not shape.is_valid:
        why = explain_invalid(shape, projector)  # where, in degrees as the file gives them
        return [(loc, message("problem.invalid_polygon", why=why))]
    if _is_flat(shape):
        return [(loc, message("problem.sliver"))]
    return []


def _is_flat(shape: BaseGeometry) -> bool:
    return bool(shape.area <= 0 or 4 * math.pi * shape.area / shape.length**2 < MIN_ROUNDNESS)
