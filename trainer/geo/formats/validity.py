"""Why a polygon read from a file is not valid, with the spot in degrees (the file's terms), and
the outline an imported file's invalid polygon is read as."""

from __future__ import annotations

import re
from dataclasses import dataclass

import shapely
from shapely.geometry import MultiPolygon, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.validation import explain_validity

from trainer.geo.crs import Projector, ellipsoid_area_km2
from trainer.i18n import decimals, message

# GEOS's reasons for the outlines files get wrong most, in the language in use; others as GEOS
# words them.
_REASONS = {
    "Self-intersection": "validity.self_intersection",
    "Ring Self-intersection": "validity.ring_self_intersection",
}

_SPOT = re.compile(r"\[(-?[\d.e+-]+) (-?[\d.e+-]+)\]")


def explain_invalid(shape: BaseGeometry, projector: Projector) -> str:
    """GEOS's reason ("Self-intersection[x y]") with the spot as latitude and longitude."""
    return _explained(shape, projector, crossing=None)


def _explained(shape: BaseGeometry, projector: Projector, crossing: str | None) -> str:
    """The reason with its spot in degrees; a self-intersection worded as `crossing` when given."""
    reason = explain_validity(shape)
    match = _SPOT.search(reason)
    if match is None:
        return reason
    try:
        lat, lon = projector.to_wgs84(float(match.group(1)), float(match.group(2)))
    except ValueError:
        return reason
    what, rest = reason[: match.start()], reason[match.end() :]
    if what in _REASONS:
        what = crossing if crossing is not None else message(_REASONS[what])
    return what + message("validity.near", lat=f"{lat:.5f}", lon=f"{lon:.5f}") + rest


@dataclass(frozen=True)
class Repair:
    """An invalid outline of an imported file read as the area it encloses, and the warning's
    words for it: what was wrong, where, and what the zone now covers."""

    shape: Polygon | MultiPolygon
    what: str


def repair_outline(shape: BaseGeometry, projector: Projector) -> Repair | None:
    """The area an invalid (Multi)Polygon's outline encloses; None when nothing with area is left.

    Published files are not the instructor's to fix, and a zone left out is worse for a drone
    trainer than one whose odd outline is read generously. shapely.make_valid with its
    'structure' method: each ring is made valid, shells are joined and holes taken out, so a
    bow-tie or figure-8 gives its lobes, and a loop lying over the rest of the outline counts as
    enclosed (the 'linework' method would read such an overlap as a hole). Lines and points left
    of a collapsed part have no area to watch and are dropped.
    """
    made = shapely.make_valid(shape, method="structure", keep_collapsed=False)
    parts = [
        part
        for part in shapely.get_parts(shapely.get_parts(made))  # a collection may hold multis
        if isinstance(part, Polygon) and part.area > 0
    ]
    if not parts:
        return None
    joined = shapely.union_all(parts)
    if not isinstance(joined, Polygon | MultiPolygon) or joined.area <= 0:
        return None
    area = ellipsoid_area_km2(joined, projector)
    words = message(
        "validity.repaired" if isinstance(joined, Polygon) else "validity.repaired_parts",
        reason=_explained(shape, projector, crossing=message("validity.crosses_itself")),
        area=decimals(f"{area:.2f}" if area >= 1 else f"{area:.3g}"),
        parts=len(shapely.get_parts(joined)),
    )
    return Repair(joined, words)
