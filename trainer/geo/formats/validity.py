"""Why a polygon read from a file is not valid, with the spot in degrees (the file's terms)."""

from __future__ import annotations

import re

from shapely.geometry.base import BaseGeometry
from shapely.validation import explain_validity

from trainer.geo.crs import Projector
from trainer.i18n import message

# GEOS's reasons for the outlines files get wrong most, in the language in use; others as GEOS
# words them.
_REASONS = {
    "Self-intersection": "validity.self_intersection",
    "Ring Self-intersection": "validity.ring_self_intersection",
}

_SPOT = re.compile(r"\[(-?[\d.e+-]+) (-?[\d.e+-]+)\]")


def explain_invalid(shape: BaseGeometry, projector: Projector) -> str:
    """GEOS's reason ("Self-intersection[x y]") with the spot as latitude and longitude."""
    reason = explain_validity(shape)
    match = _SPOT.search(reason)
    if match is None:
        return reason
    try:
        lat, lon = projector.to_wgs84(float(match.group(1)), float(match.group(2)))
    except ValueError:
        return reason
    what, rest = reason[: match.start()], reason[match.end() :]
    what = message(_REASONS[what]) if what in _REASONS else what
    return what + message("validity.near", lat=f"{lat:.5f}", lon=f"{lon:.5f}") + rest
