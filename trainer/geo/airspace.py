"""The airspace of one run, and the library of asset sets it is drawn from."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from trainer.errors import AssetError, Problem
from trainer.geo.aerodrome import Aerodrome
from trainer.geo.assets import AssetSet, load_asset_set
from trainer.geo.crs import Projector
from trainer.geo.features import MapFeature
from trainer.geo.formats.read_result import ZonesRead
from trainer.geo.imports import AirspaceFormat, read_airspace
from trainer.geo.zones import Zone
from trainer.i18n import message as say
from trainer.i18n.os_words import os_reason


class AssetLibrary:
    """The asset sets under one folder (one sub-folder a set), each loaded once, on first use."""

    def __init__(self, root: Path, projector: Projector) -> None:
        self.root = root
        self.projector = projector
        self._loaded: dict[str, AssetSet] = {}
        self._imported: dict[tuple[Path, AirspaceFormat, float, int, int], ZonesRead] = {}

    def names(self) -> list[str]:
        if not self.root.is_dir():
            return []
        return sorted(p.name for p in self.root.iterdir() if (p / "airspace.geojson").is_file())

    def get(self, name: str) -> AssetSet:
        if name not in self._loaded:
            directory = self.root / name
            if not directory.is_dir():
                raise AssetError(
                    directory, "", say("asset_set.none", name=repr(name), root=str(self.root))
                )
            self._loaded[name] = load_asset_set(directory, self.projector)
        return self._loaded[name]

    def imported(self, path: Path, fmt: AirspaceFormat, ground_elevation_m: float) -> ZonesRead:
        """The zones of an airspace file, read once while the file stays unchanged (the loader
        checks a scenario's imports, then the run is built from them)."""
        try:
            stat = path.stat()
        except OSError as exc:
            raise AssetError(
                path, "", say("airspace_file.cannot_read", why=os_reason(exc))
            ) from exc
        key = (path.resolve(), fmt, ground_elevation_m, stat.st_mtime_ns, stat.st_size)
        if key not in self._imported:
            self._imported[key] = read_airspace(path, fmt, self.projector, ground_elevation_m)
        return self._imported[key]


@dataclass(frozen=True)
class Airspace:
    """Everything geographic a run needs, in RD New metres."""

    aerodrome: Aerodrome
    zones: tuple[Zone, ...]
    features: tuple[MapFeature, ...]
    warnings: tuple[Problem, ...] = ()  # airspace left out of imported files, and why

    def zone(self, zone_id: str) -> Zone:
        for zone in self.zones:
            if zone.id == zone_id:
                return zone
        raise KeyError(zone_id)
