"""A scenario's airspace imports resolved: each file read (once), filtered and its ids prefixed."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from trainer.errors import Problem
from trainer.geo.aerodrome import Aerodrome
from trainer.geo.airspace import AssetLibrary
from trainer.geo.imports import Around, select, warnings_for
from trainer.geo.zones import Zone
from trainer.i18n import message
from trainer.scenario.model import AirspaceImport, AirspaceRefs
from trainer.scenario.referenced_files import referenced_path


@dataclass(frozen=True)
class ImportedZones:
    """The zones one import gives a run, and its warnings: the airspace near the aerodrome its
    file had to leave out (those far away do not concern the run), and the repaired outlines of
    the zones it keeps."""

    path: Path
    zones: tuple[Zone, ...]
    warnings: tuple[Problem, ...]


def import_path(item: AirspaceImport, base_dir: Path | None) -> Path:
    """Where the file is: as written when absolute, else beside the scenario file."""
    return referenced_path(item.file, base_dir)


def read_import(
    item: AirspaceImport, base_dir: Path | None, library: AssetLibrary, aerodrome: Aerodrome
) -> ImportedZones:
    """The import's zones near the aerodrome and of the kinds asked for; AssetError naming the
    file (and line) when the file cannot be used at all."""
    path = import_path(item, base_dir)
    read = library.imported(path, item.format, aerodrome.elevation_m)
    lat, lon = library.projector.to_wgs84(*aerodrome.reference_point)
    around = Around(lat, lon, item.within_km * 1000)
    kept = select(read.zones, around, item.kinds)
    warnings = warnings_for(read, around, kept)  # by the ids as read, before any prefix
    if item.id_prefix:
        kept = [dataclasses.replace(z, id=f"{item.id_prefix}{z.id}") for z in kept]
    if read.zones and not kept:  # a file of somewhere else, or a kind filter that fits nothing
        none_near = message(
            "problem.import_none_near_kinds" if item.kinds else "problem.import_none_near",
            count=len(read.zones),
            km=f"{item.within_km:g}",
            kinds=", ".join(item.kinds or []),
        )
        warnings.append(Problem(str(path), "", none_near))
    return ImportedZones(path, tuple(kept), tuple(warnings))


def with_absolute_imports(refs: AirspaceRefs, base_dir: Path) -> AirspaceRefs:
    """The same section with each import's file as an absolute path: for a reader elsewhere (a
    classroom station) that does not know where the scenario file is."""
    items = [
        item.model_copy(update={"file": str(import_path(item, base_dir).resolve())})
        for item in refs.imports
    ]
    return refs.model_copy(update={"imports": items})
