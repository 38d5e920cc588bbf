"""`drone-trainer airspace FILE...`: what airspace files give, one zone a line (or JSON object).

Heights are metres above the aerodrome of the default asset set (EHTW: elevation 115 ft AMSL,
from assets/twente/aerodrome.geojson, after the eAIP Netherlands AD 2 EHTW), the ground the
simulation takes for AMSL limits and flight levels.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from trainer.errors import Problem, TrainerError
from trainer.geo.airspace_format import DEFAULT_RADIUS_KM, AirspaceFormat
from trainer.geo.zones import Zone, ZoneKind
from trainer.i18n import decimals, message
from trainer.loading import loading

if TYPE_CHECKING:
    from trainer.geo.formats.read_result import ZonesRead
    from trainer.launch import Workspace

EXIT_OK, EXIT_INVALID = 0, 1


def add_airspace_parser(commands: argparse._SubParsersAction) -> None:
    airspace = commands.add_parser(
        "airspace",
        help=message("cli.help.airspace"),
        description=message("cli.airspace.description"),
    )
    airspace.add_argument(
        "files", nargs="+", type=Path, metavar="FILE", help=message("cli.airspace.files")
    )
    airspace.add_argument(
        "--format",
        choices=[f.value for f in AirspaceFormat],
        default=None,
        help=message("cli.airspace.format"),
    )
    airspace.add_argument(
        "--near",
        type=_lat_lon,
        default=None,
        metavar="LAT,LON",
        help=message("cli.airspace.near", radius=DEFAULT_RADIUS_KM),
    )
    airspace.add_argument(
        "--radius-km",
        type=_radius,
        default=None,
        metavar="R",
        help=message("cli.airspace.radius"),
    )
    airspace.add_argument(
        "--kind",
        action="append",
        choices=[k.value for k in ZoneKind],
        default=None,
        help=message("cli.airspace.kind"),
    )
    airspace.add_argument("--json", action="store_true", help=message("cli.help.json"))


def _lat_lon(text: str) -> tuple[float, float]:
    try:
        lat, lon = (float(part) for part in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(message("cli.airspace.lat_lon", text=repr(text))) from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise argparse.ArgumentTypeError(message("cli.airspace.not_lat_lon", text=repr(text)))
    return lat, lon


def _radius(text: str) -> float:
    try:
        radius = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(message("cli.airspace.not_km", text=repr(text))) from None
    if not math.isfinite(radius) or radius <= 0:
        raise argparse.ArgumentTypeError(message("cli.airspace.radius_above_0", text=text))
    return radius


def airspace_command(args: argparse.Namespace) -> int:
    with loading():
        from trainer.geo.imports import Around, guess_format, select, skipped_near, warnings_for
        from trainer.launch import Workspace
        from trainer.scenario.model import AirspaceRefs

        workspace = Workspace(args.assets)
    aerodrome = workspace.library.get(AirspaceRefs().assets[0]).aerodrome
    around: Around | None = None
    if args.near is not None or args.radius_km is not None:
        lat, lon = args.near or workspace.projector.to_wgs84(*aerodrome.reference_point)
        around = Around(lat, lon, (args.radius_km or DEFAULT_RADIUS_KM) * 1000)
    kinds = None if args.kind is None else [ZoneKind(k) for k in args.kind]
    broken = 0
    for path in args.files:
        try:
            fmt = AirspaceFormat(args.format) if args.format else guess_format(path)
            read = workspace.library.imported(path, fmt, aerodrome.elevation_m)
        except TrainerError as error:
            broken += 1
            print(error, file=sys.stderr)
            continue
        zones = select(read.zones, around, kinds)
        repaired = {r.zone_id for r in read.repaired}
        rows = [_row(path, zone, workspace, aerodrome.icao, zone.id in repaired) for zone in zones]
        try:
            for zone, row in zip(zones, rows, strict=True):
                sys.stdout.write(
                    json.dumps(row, ensure_ascii=False) + "\n"
                    if args.json
                    else _line(row, zone.shown_name())
                )
            sys.stdout.flush()
        except BrokenPipeError:  # `| head`: the reader has all it wants
            sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - Python flushes stdout at exit
            return EXIT_OK
        skipped = len(skipped_near(read, around))
        _summary(path, fmt, zones, read, warnings_for(read, around, zones), skipped, sys.stderr)
    return EXIT_INVALID if broken else EXIT_OK


def _row(path: Path, zone: Zone, workspace: Workspace, icao: str, repaired: bool) -> dict[str, Any]:
    """`repaired`: its outline crossed itself and is read as the area it encloses (the warning
    on stderr says where)."""
    from trainer.geo.imports import area_km2

    def metres(value: float) -> float | None:
        return round(value, 1) if math.isfinite(value) else None  # UNL: no number

    return {
        "file": str(path),
        "id": zone.id,
        "name": zone.name,
        "kind": zone.kind.value,
        "lower": zone.lower.text,
        "upper": zone.upper.text,
        "lower_m": metres(zone.lower.height_agl_m),
        "upper_m": metres(zone.upper.height_agl_m),
        "above": icao,
        "area_km2": round(area_km2(zone, workspace.projector), 3),
        "schedule": str(zone.schedule) if zone.schedule else None,
        "source": zone.source,
        "repaired": repaired,
    }


def _line(row: dict[str, Any], name: str) -> str:
    """The row for a person: numbers and the zone's name in the language in use."""

    def shown(value: float | None) -> str:
        return "UNL" if value is None else decimals(f"{value:.1f}")

    limits = f"{row['lower']} - {row['upper']}"
    metres = message(
        "cli.airspace.above",
        lower=shown(row["lower_m"]),
        upper=shown(row["upper_m"]),
        aerodrome=row["above"],
    )
    return (
        f"{row['id']:<24} {row['kind']:<18} {limits:<28} {metres:<28} "
        f"{decimals(format(row['area_km2'], '>10.2f'))} km2  {name}\n"
    )


def _summary(
    path: Path,
    fmt: AirspaceFormat,
    listed: list[Zone],
    read: ZonesRead,
    warnings: list[Problem],
    skipped_near: int,
    out: TextIO,
) -> None:
    """Warnings of the airspace left out in the area asked for and of the outlines repaired of
    the zones listed, and counts of the rest."""
    for warning in warnings:
        out.write(message("cli.airspace.warning", warning=str(warning)) + "\n")
    parts = [
        message(
            "cli.airspace.read_one" if len(read.zones) == 1 else "cli.airspace.read",
            path=str(path),
            format=fmt.value,
            read=len(read.zones),
            listed=len(listed),
        )
    ]
    ids = {zone.id for zone in listed}
    repaired = len({r.zone_id for r in read.repaired if r.zone_id in ids})
    if repaired:  # listed, not skipped: their outlines read as the area they enclose
        parts.append(message("cli.airspace.repaired", count=repaired))
    if read.skipped:
        elsewhere = len(read.skipped) - skipped_near
        parts.append(
            message("cli.airspace.skipped_far", count=len(read.skipped), far=elsewhere)
            if elsewhere
            else message("cli.airspace.skipped", count=len(read.skipped))
        )
    if read.ignored:
        classes = ", ".join(f"{name} x{count}" for name, count in sorted(read.ignored.items()))
        parts.append(message("cli.airspace.not_used", classes=classes))
    out.write("; ".join(parts) + "\n")
