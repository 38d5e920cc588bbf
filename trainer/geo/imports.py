"""Airspace files in the field's formats (OpenAir, ED-269, ED-318, our GeoJSON) read to zones,
and the filters a scenario puts on them: near the aerodrome, of some kinds."""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import numpy as np
import shapely
from pyproj import CRS, Transformer
from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry

from trainer.errors import AssetError, Problem
from trainer.geo.airspace_format import DEFAULT_RADIUS_KM as DEFAULT_RADIUS_KM
from trainer.geo.airspace_format import AirspaceFormat as AirspaceFormat
from trainer.geo.crs import RD_NEW, WGS84, Projector, ellipsoid_area_km2
from trainer.geo.formats.geojson import read_imported_zones
from trainer.geo.formats.read_result import LonLatBox, ZonesRead
from trainer.geo.zones import Zone, ZoneKind
from trainer.i18n import message as say
from trainer.i18n.os_words import os_reason


def read_airspace(
    path: Path, fmt: AirspaceFormat, projector: Projector, ground_elevation_m: float
) -> ZonesRead:
    """The zones of one file; AssetError (file, line, what) when the file as a whole is unusable."""
    # Each reader (ED-269's with its XML parser) loads when a file of its format is read: most
    # scenarios import none, and every simulation would wait for them.
    if fmt is AirspaceFormat.OPENAIR:
        from trainer.geo.formats.openair import read_openair

        return read_openair(path, projector, ground_elevation_m)
    if fmt is AirspaceFormat.ED269:
        from trainer.geo.formats.ed269 import read_ed269

        return read_ed269(path, projector, ground_elevation_m)
    if fmt is AirspaceFormat.ED318:
        from trainer.geo.formats.ed318 import read_ed318

        return read_ed318(path, projector, ground_elevation_m)
    # The trainer's own files state each zone's kind and limits; a fault in one is a fault in the
    # file, as for asset sets, but for an outline that crosses itself (repaired, as in the other
    # formats). Its heights use the trainer's standard ground (GROUND_ELEVATION_M).
    return read_imported_zones(path, projector)


def guess_format(path: Path) -> AirspaceFormat:
    """The format a file is most likely in, from its name and, for JSON, its first kilobytes."""
    if path.is_dir():
        raise AssetError(path, "", say("airspace_file.folder"))
    suffix = path.suffix.lower()
    if suffix in (".txt", ".air", ".openair"):
        return AirspaceFormat.OPENAIR
    if suffix not in (".json", ".geojson"):
        raise AssetError(path, "", say("airspace_file.no_format"))
    try:
        with path.open("rb") as file:
            head = file.read(65_536).decode("utf-8", errors="replace")
    except OSError as exc:
        raise AssetError(path, "", say("airspace_file.cannot_read", why=os_reason(exc))) from exc
    if '"UASZoneList"' in head:
        return AirspaceFormat.ED269
    if '"layer"' in head or '"restrictionConditions"' in head:
        return AirspaceFormat.ED318
    return AirspaceFormat.GEOJSON


class Around:
    """A circle on the ellipsoid, and which zones reach into it.

    Distances are taken in an azimuthal equidistant projection about the centre, true from it in
    every direction: RD New metres stretch away from the Netherlands (by half in Nevada, where the
    OpenAir format's own sample lies), so a radius in them would be wrong far from Twente.
    """

    def __init__(self, lat: float, lon: float, radius_m: float) -> None:
        self._from_rd, self._from_lonlat = _projections_about(lat, lon)
        self.radius_m = radius_m

    def reaches(self, zone: Zone) -> bool:
        return self._near(self._from_rd, shapely.force_2d(zone.polygon))

    def may_reach(self, bounds: LonLatBox | None) -> bool:
        """Whether airspace within these bounds (None: not known) may come into the circle."""
        if bounds is None:
            return True
        west, south, east, north = bounds
        outline = shapely.segmentize(shapely.box(west, south, east, north), 0.25)
        return self._near(self._from_lonlat, outline)

    def _near(self, transformer: Transformer, shape: BaseGeometry) -> bool:
        def project(xy: np.ndarray) -> np.ndarray:
            return np.column_stack(transformer.transform(xy[:, 0], xy[:, 1]))

        with np.errstate(all="ignore"):
            local = shapely.transform(shape, project)
        if not np.all(np.isfinite(shapely.get_coordinates(local))):
            return True  # cannot tell: the cautious answer
        return bool(local.distance(Point(0.0, 0.0)) <= self.radius_m)


@lru_cache(maxsize=16)
def _projections_about(lat: float, lon: float) -> tuple[Transformer, Transformer]:
    """From RD New and from longitude and latitude to the azimuthal equidistant projection about
    a point. Made once for a centre (~65 ms each time): a scenario's import is read when it is
    checked and again when its airspace is built, and the editor builds it on every change.
    pyproj's transformers are safe to share between threads (since 3.1)."""
    local = CRS.from_proj4(f"+proj=aeqd +lat_0={lat} +lon_0={lon} +datum=WGS84 +units=m")
    return (
        Transformer.from_crs(RD_NEW, local, always_xy=True),
        Transformer.from_crs(WGS84, local, always_xy=True),
    )


def select(
    zones: Iterable[Zone], around: Around | None, kinds: Iterable[ZoneKind] | None = None
) -> list[Zone]:
    """The zones that reach into `around` (None: anywhere) and are of `kinds` (None: any)."""
    wanted = None if kinds is None else set(kinds)
    return [
        zone
        for zone in zones
        if (wanted is None or zone.kind in wanted) and (around is None or around.reaches(zone))
    ]


def skipped_near(read: ZonesRead, around: Around | None) -> list[Problem]:
    """Warnings of airspace left out that may have reached into `around`: those whose points
    read so far come that near, and those of unknown place."""
    return [s.problem for s in read.skipped if around is None or around.may_reach(s.bounds)]


def warnings_for(read: ZonesRead, around: Around | None, kept: Iterable[Zone]) -> list[Problem]:
    """What a selection of a file's zones must be told, in the order of the file: the airspace
    left out that may reach into `around`, and how the outline of each zone `kept` (by its id as
    read) was repaired; a repaired zone the selection does not keep concerns no one."""
    ids = {zone.id for zone in kept}
    repaired = [r.problem for r in read.repaired if r.zone_id in ids]
    return sorted(skipped_near(read, around) + repaired, key=in_file_order)


def in_file_order(problem: Problem) -> float:
    """Sort key: a problem's line; one of no line (ED-269 items not found in the text) last."""
    return math.inf if problem.line is None else problem.line


def area_km2(zone: Zone, projector: Projector) -> float:
    """The zone's area on the WGS84 ellipsoid: right anywhere, also far from RD New's centre."""
    return ellipsoid_area_km2(zone.polygon, projector)
