"""The airspace of one run, and the library of asset sets it is drawn from."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from trainer.errors import AssetError
from trainer.geo.aerodrome import Aerodrome
from trainer.geo.assets import AssetSet, load_asset_set
from trainer.geo.crs import Projector
from trainer.geo.features import MapFeature
from trainer.geo.zones import Zone


class AssetLibrary:
    """The asset sets under one folder (one sub-folder a set), each loaded once, on first use."""

    def __init__(self, root: Path, projector: Projector) -> None:
        self.root = root
        self.projector = projector
        self._loaded: dict[str, AssetSet] = {}

    def names(self) -> list[str]:
        if not self.root.is_dir():
            return []
        return sorted(p.name for p in self.root.iterdir() if (p / "airspace.geojson").is_file())

    def get(self, name: str) -> AssetSet:
        if name not in self._loaded:
            directory = self.root / name
            if not directory.is_dir():
                raise AssetError(directory, "", f"no asset set {name!r} under {self.root}")
            self._loaded[name] = load_asset_set(directory, self.projector)
        return self._loaded[name]


@dataclass(frozen=True)
class Airspace:
    """Everything geographic a run needs, in RD New metres."""

    aerodrome: Aerodrome
    zones: tuple[Zone, ...]
    features: tuple[MapFeature, ...]

    def zone(self, zone_id: str) -> Zone:
        for zone in self.zones:
            if zone.id == zone_id:
                return zone
        raise KeyError(zone_id)
