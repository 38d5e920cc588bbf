"""An asset set: the aerodrome, zones and orientation features of one place, loaded from GeoJSON."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from trainer.bundled import ASSETS, bundled_dir
from trainer.errors import AssetError
from trainer.geo.aerodrome import Aerodrome
from trainer.geo.crs import Projector
from trainer.geo.features import MapFeature
from trainer.geo.formats.geojson import read_aerodrome, read_map_features, read_zones
from trainer.geo.zones import Zone
from trainer.i18n import message

AERODROME_FILE = "aerodrome.geojson"
AIRSPACE_FILE = "airspace.geojson"
ORIENTATION_FILE = "orientation.geojson"


@dataclass(frozen=True)
class AssetSet:
    """Everything geographic about one place, in RD New metres."""

    name: str
    aerodrome: Aerodrome
    zones: tuple[Zone, ...]
    features: tuple[MapFeature, ...]

    def zone(self, zone_id: str) -> Zone:
        """The zone with this id; KeyError naming the known ids otherwise."""
        for zone in self.zones:
            if zone.id == zone_id:
                return zone
        known = ", ".join(z.id for z in self.zones)
        raise KeyError(f"asset set {self.name!r} has no zone {zone_id!r} (zones: {known})")


def load_asset_set(directory: Path, projector: Projector) -> AssetSet:
    """Read the three GeoJSON files of an asset-set folder; the folder name is the set's name."""
    for file_name in (AERODROME_FILE, AIRSPACE_FILE, ORIENTATION_FILE):
        if not (directory / file_name).is_file():
            raise AssetError(directory / file_name, "", message("asset_set.missing"))
    zones = read_zones(directory / AIRSPACE_FILE, projector)
    seen: set[str] = set()
    for zone in zones:
        # The reader already rejects doubles within one file; this guards the set as a whole,
        # because scenarios refer to zones by id.
        if zone.id in seen:
            twice = message("asset_set.zone_twice", zone=repr(zone.id))
            raise AssetError(directory / AIRSPACE_FILE, "id", twice)
        seen.add(zone.id)
    return AssetSet(
        name=directory.name,
        aerodrome=read_aerodrome(directory / AERODROME_FILE, projector),
        zones=tuple(zones),
        features=tuple(read_map_features(directory / ORIENTATION_FILE, projector)),
    )


def default_assets_root() -> Path:
    """The bundled `assets/` folder, one sub-folder per asset set (trainer/bundled.py)."""
    return bundled_dir(ASSETS)
