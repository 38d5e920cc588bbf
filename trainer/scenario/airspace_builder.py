"""A run's Airspace from a scenario's airspace section: imported files, asset zones, exclusions,
inline zones."""

from __future__ import annotations

from pathlib import Path

from shapely.geometry import Point, Polygon

from trainer.errors import AssetError, Problem
from trainer.geo.airspace import Airspace, AssetLibrary
from trainer.geo.crs import Projector
from trainer.geo.zones import DailySchedule, VerticalLimit, Zone
from trainer.scenario.airspace_imports import read_import
from trainer.scenario.model import AirspaceRefs, InlineZone


def build_airspace(
    refs: AirspaceRefs, library: AssetLibrary, base_dir: Path | None = None
) -> Airspace:
    """Resolve a scenario's airspace section; references are checked by the scenario loader.

    `base_dir` is the scenario file's folder, where relative import paths start.
    """
    sets = [library.get(name) for name in refs.assets]
    if not sets:
        raise AssetError(library.root, "airspace.assets", "a scenario needs at least one asset set")
    aerodrome = sets[0].aerodrome
    zones: list[Zone] = []
    warnings: list[Problem] = []
    for item in refs.imports:
        imported = read_import(item, base_dir, library, aerodrome)
        zones += imported.zones
        warnings += imported.warnings
    excluded = set(refs.exclude_zones)
    zones += [zone for s in sets for zone in s.zones if zone.id not in excluded]
    zones += [inline_zone(z, library.projector) for z in refs.zones]
    features = tuple(f for s in sets for f in s.features)
    return Airspace(aerodrome, tuple(zones), features, tuple(warnings))


def inline_zone(zone: InlineZone, projector: Projector) -> Zone:
    """A zone written in a scenario file, projected to RD New."""
    if zone.circle is not None:
        x, y = projector.to_rd(zone.circle.centre.lat, zone.circle.centre.lon)
        shape = Point(x, y).buffer(zone.circle.radius_m, quad_segs=16)
    else:
        assert zone.polygon is not None  # the model guarantees one shape
        xs, ys = projector.to_rd([p.lat for p in zone.polygon], [p.lon for p in zone.polygon])
        shape = Polygon(zip(xs, ys, strict=True))
    return Zone(
        id=zone.id,
        name=zone.name,
        kind=zone.kind,
        lower=VerticalLimit.parse(zone.lower),
        upper=VerticalLimit.parse(zone.upper),
        polygon=shape,
        source=zone.source,
        official=False,
        schedule=DailySchedule.parse(zone.schedule) if zone.schedule else None,
        name_nl=zone.name_nl,
    )
