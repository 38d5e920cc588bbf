"""What ED-269 and ED-318 UAS geographical zone files share: kinds, limits, schedules, shapes.

Both come from EUROCAE (ED-269 JSON, 2020; ED-318 GeoJSON, 2023, its successor). The readers in
`ed269.py` and `ed318.py` walk their own document shapes and hand each zone's parts to these.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple, NoReturn

import numpy as np
from pyproj import Geod
from shapely.geometry import Polygon
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

from trainer.errors import Problem
from trainer.geo.crs import Projector
from trainer.geo.formats.json_file import is_number as is_number
from trainer.geo.formats.read_result import Repaired, Skipped
from trainer.geo.formats.validity import explain_invalid, repair_outline
from trainer.geo.formats.zone_ids import slug, unique_id
from trainer.geo.zones import DailySchedule, VerticalLimit, Zone, ZoneKind
from trainer.i18n import message as say

CIRCLE_STEP_DEG = 2.0  # as OpenAir circles: at 10 km the chord strays about 1.5 m from the arc
MAX_RADIUS_M = 1_000_000.0
MAX_LIMIT = (
    999_999.0  # metres or feet: beyond any airspace (the ED-318 sample's "no limit" is 99999)
)
ALL_DAYS = frozenset({"MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"})
_GEOD = Geod(ellps="WGS84")

# ED-269 writes "REQ_AUTHORISATION", ED-318 "REQ_AUTHORIZATION"; both are taken.
KINDS = {
    "PROHIBITED": ZoneKind.UAS_PROHIBITED,
    "REQ_AUTHORISATION": ZoneKind.UAS_AUTHORISATION,
    "REQ_AUTHORIZATION": ZoneKind.UAS_AUTHORISATION,
    "CONDITIONAL": ZoneKind.UAS_CONDITIONAL,
}
# NO_RESTRICTION zones (drone flight explicitly free) have nothing to watch: counted as ignored.


class Volume(NamedTuple):
    """A shape in RD New metres with its lower and upper limit; `where` it is in the zone's record
    ("geometry[1]"), for warnings. The shape is checked when the zone is put together: an outline
    that crosses itself is repaired there, with a warning naming the zone."""

    shape: BaseGeometry
    lower: VerticalLimit
    upper: VerticalLimit
    where: str


class BadZone(Exception):
    """Something wrong in one zone: that zone is left out with a warning, the file read on."""


def bad(message: str) -> NoReturn:
    raise BadZone(message)


def zone_label(identifier: str, name: str) -> str:
    """How warnings name a zone: "zone 'LSZB003' (LSZB Bern-Belp 2)"."""
    if name != identifier:
        return say("uas_zone.label_named", identifier=repr(identifier), name=name)
    return say("uas_zone.label", identifier=repr(identifier))


def zone_kind(restriction: Any) -> ZoneKind | None:
    """The trainer's kind for an ED-269 restriction or ED-318 type; None for NO_RESTRICTION."""
    if restriction == "NO_RESTRICTION":
        return None
    if not isinstance(restriction, str) or restriction not in KINDS:
        known = ", ".join(sorted({*KINDS, "NO_RESTRICTION"}))
        bad(say("uas_zone.restriction", known=known, got=repr(restriction)))
    return KINDS[restriction]


def vertical_limit(
    value: Any, reference: Any, unit: Any, upper: bool, ground_elevation_m: float
) -> VerticalLimit:
    """One limit from its number, reference (AGL, AMSL, WGS84) and unit (M, FT; m, ft).

    A missing value is the ground (lower) or no limit (upper). WGS84 heights are above the
    ellipsoid; without a geoid model they are read as AMSL, about 40-50 m too high in the
    Netherlands (the cautious side for an upper limit, not for a lower one).
    """
    if value is None:
        return VerticalLimit("UNL" if upper else "GND", math.inf if upper else 0.0)
    if isinstance(value, str):  # the Swiss ED-269 sample writes "0"
        try:
            value = float(value)
        except ValueError:
            bad(say("uas_zone.limit_number", got=repr(value)))
    if not is_number(value) or not math.isfinite(value):
        bad(say("uas_zone.limit_finite", got=repr(value)))
    if abs(value) > MAX_LIMIT:
        bad(say("uas_zone.limit_max", most=f"{MAX_LIMIT:,.0f}", got=repr(value)))
    units = {"M": "m", "FT": "ft"}
    unit_text = units.get(str(unit).upper()) if isinstance(unit, str) else None
    if unit_text is None:
        bad(say("uas_zone.unit", got=repr(unit)))
    if reference not in ("AGL", "AMSL", "WGS84"):
        bad(say("uas_zone.reference", got=repr(reference)))
    datum = "AGL" if reference == "AGL" else "AMSL"
    # Written out in full to the centimetre: VerticalLimit reads no exponent ('1e+06').
    number = f"{float(value) + 0.0:.2f}".rstrip("0").rstrip(".")
    return VerticalLimit.parse(f"{number} {unit_text} {datum}", ground_elevation_m)


def daily_schedule(periods: Iterable[tuple[Any, Any, Any]]) -> DailySchedule | None:
    """A DailySchedule when every day shares one window of (days, start, end); None otherwise.

    None counts the zone as always active: the cautious reading, since weekly patterns and
    dated periods cannot be expressed by the zone model (a run has a time of day, no date).
    """
    windows: dict[str, tuple[str, str]] = {}
    for days, start, end in periods:
        if not (isinstance(start, str) and isinstance(end, str) and isinstance(days, list)):
            return None
        span = (start[:5], "23:59" if end[:5] == "24:00" else end[:5])
        for day in ALL_DAYS if "ANY" in days else days:
            windows[str(day)] = span
    if set(windows) != ALL_DAYS or len(set(windows.values())) != 1:
        return None
    start, end = next(iter(windows.values()))
    try:
        return DailySchedule.parse(f"{start}-{end}")
    except ValueError:
        return None


def position(value: Any) -> tuple[float, float]:
    """[longitude, latitude(, height)] as two floats in range."""
    if not isinstance(value, list) or len(value) not in (2, 3) or not all(map(is_number, value)):
        bad(say("uas_zone.position", got=str(value)[:60]))
    lon, lat = float(value[0]), float(value[1])
    if not (-180 <= lon <= 180 and -90 <= lat <= 90):
        bad(say("uas_zone.lon_lat", lon=str(lon), lat=str(lat)))
    return lon, lat


def polygon(rings: Any, projector: Projector) -> Polygon:
    """A GeoJSON polygon's coordinates (outer ring, then holes) in RD New metres, not yet checked
    (ZoneCollector.add does)."""
    if not isinstance(rings, list) or not rings:
        bad(say("uas_zone.rings"))
    projected = []
    for ring in rings:
        if not isinstance(ring, list) or len(ring) < 4:
            bad(say("uas_zone.ring_size"))
        lonlat = np.array([position(p) for p in ring])
        projected.append(_project(lonlat[:, 0], lonlat[:, 1], projector))
    return Polygon(projected[0], projected[1:])


def circle(centre: Any, radius_m: Any, projector: Projector) -> Polygon:
    """A circle given by centre and radius (metres) as a polygon in RD New metres."""
    lon, lat = position(centre)
    if not is_number(radius_m) or not 1.0 <= float(radius_m) <= MAX_RADIUS_M:
        bad(say("uas_zone.radius", most=f"{MAX_RADIUS_M:g}", got=repr(radius_m)))
    steps = np.arange(0.0, 360.0, CIRCLE_STEP_DEG)
    lons, lats, _ = _GEOD.fwd(
        np.full(steps.size, lon), np.full(steps.size, lat), steps, np.full(steps.size, radius_m)
    )
    return Polygon(_project(np.asarray(lons), np.asarray(lats), projector))


def _project(lons: np.ndarray, lats: np.ndarray, projector: Projector) -> np.ndarray:
    """Points as an (n, 2) array of RD New metres: shapely builds rings from arrays at once."""
    xs, ys = projector.to_rd(lats, lons)
    xy = np.column_stack([np.asarray(xs), np.asarray(ys)])
    if not np.all(np.isfinite(xy)):
        bad(say("uas_zone.off_map"))
    return xy


@dataclass
class ZoneCollector:
    """Builds the zones of one file: unique ids, one zone per volume, warnings for bad zones."""

    path: Path
    ground_elevation_m: float
    projector: Projector
    zones: list[Zone] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    repaired: list[Repaired] = field(default_factory=list)
    ignored: Counter[str] = field(default_factory=Counter)
    _ids: set[str] = field(default_factory=set)

    def warn(self, line: int | None, label: str, message: str) -> None:
        # Where a bad zone lies is not kept: it counts as anywhere (named in every scenario).
        skipped = say("openair.skipped", what=message)  # the same words for every format
        self.skipped.append(Skipped(Problem(str(self.path), label, skipped, line)))

    def add(
        self,
        identifier: str,
        name: str,
        kind: ZoneKind,
        volumes: list[Volume],
        schedule: DailySchedule | None,
        line: int | None,
    ) -> None:
        """One zone per volume; volumes with the same limits become one zone."""
        shapes = [self._checked(volume) for volume in volumes]  # all before any zone is added
        merged: dict[tuple[VerticalLimit, VerticalLimit], list[int]] = {}
        for index, volume in enumerate(volumes):
            if volume.lower.height_agl_m >= volume.upper.height_agl_m:
                bad(say("uas_zone.not_below", lower=volume.lower.text, upper=volume.upper.text))
            merged.setdefault((volume.lower, volume.upper), []).append(index)
        base = self._slug(identifier)
        where = f"line {line}" if line else "no line known"
        label = zone_label(identifier, name)
        for number, ((lower, upper), indices) in enumerate(merged.items(), start=1):
            several = len(merged) > 1
            zone_id = self._unique(f"{base}-v{number}" if several else base)
            parts = [shapes[i][0] for i in indices]
            self.zones.append(
                Zone(
                    id=zone_id,
                    name=f"{name} ({lower.text}-{upper.text})" if several else name,
                    kind=kind,
                    lower=lower,
                    upper=upper,
                    polygon=unary_union(parts) if len(parts) > 1 else parts[0],
                    source=f"{self.path.name}, zone {identifier} ({where})",
                    official=True,
                    schedule=schedule,
                )
            )
            for i in indices:
                if shapes[i][1] is not None:
                    what = f"{volumes[i].where}: {shapes[i][1]}"
                    problem = Problem(str(self.path), label, what, line)
                    self.repaired.append(Repaired(zone_id, problem))

    def _checked(self, volume: Volume) -> tuple[BaseGeometry, str | None]:
        """The volume's shape, valid, and the words for its repair (None: it needed none)."""
        shape = volume.shape
        if shape.is_valid:
            if shape.area <= 0:
                bad(f"{volume.where}: {say('uas_zone.no_area')}")
            return shape, None
        repair = repair_outline(shape, self.projector)
        if repair is None:  # nothing with area in it: no zone to watch
            reason = explain_invalid(shape, self.projector)
            bad(f"{volume.where}: {say('uas_zone.invalid', reason=reason)}")
        return repair.shape, repair.what

    @staticmethod
    def _slug(identifier: str) -> str:
        return slug(identifier, keep="_")

    def _unique(self, wanted: str) -> str:
        return unique_id(wanted, self._ids)
