"""The command line's flight logs: `import-log` makes a scenario around a recorded flight."""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trainer.cli_argparse import add_command
from trainer.errors import TrainerError
from trainer.flightlogs.log_formats import LOG_FORMATS
from trainer.i18n import message
from trainer.i18n.os_words import os_reason
from trainer.loading import loading
from trainer.scenario.drone_types import DroneType
from trainer.scenario.files import is_scenario_name
from trainer.sim.events import Event, EventKind

if TYPE_CHECKING:
    from trainer.launch import PreparedRun

EXIT_OK, EXIT_INVALID = 0, 1


def add_import_log_parser(commands: Any) -> None:
    parser = add_command(commands, "import-log", "cli.help.import_log")
    parser.add_argument("log", type=Path, help=message("cli.log.log"))
    parser.add_argument("-o", "--output", type=Path, required=True, help=message("cli.log.output"))
    parser.add_argument("--title", default=None, help=message("cli.log.title"))
    parser.add_argument(
        "--format", choices=sorted(LOG_FORMATS), default=None, help=message("cli.log.format")
    )
    parser.add_argument(
        "--start", type=_seconds, default=0.0, metavar="S", help=message("cli.log.start")
    )
    parser.add_argument(
        "--to",
        type=_lat_lon,
        default=None,
        metavar="LAT,LON",
        help=message("cli.log.to"),
    )
    parser.add_argument(
        "--rotate", type=float, default=0.0, metavar="DEG", help=message("cli.log.rotate")
    )
    parser.add_argument(
        "--type",
        choices=[t.value for t in DroneType],
        default=None,
        dest="drone_type",
        help=message("cli.log.type"),
    )
    parser.add_argument("--force", action="store_true", help=message("cli.log.force"))


def import_log_command(args: argparse.Namespace) -> int:
    with loading():
        from trainer.flightlogs.formats import read_flight_log
        from trainer.flightlogs.placement import PlacementError
        from trainer.launch import Workspace
        from trainer.scenario.from_log import ImportChoices, scenario_for_log

    output: Path = args.output
    if output.exists() and Path(args.log).exists() and output.samefile(args.log):
        print(message("cli.log.is_the_log", path=str(output)), file=sys.stderr)
        return EXIT_INVALID
    if output.exists() and not args.force:
        print(message("cli.log.exists", path=str(output)), file=sys.stderr)
        return EXIT_INVALID
    if not -360 < args.rotate < 360:
        print(message("cli.log.bad_rotate", degrees=f"{args.rotate:g}"), file=sys.stderr)
        return EXIT_INVALID
    workspace = Workspace(args.assets)
    flight = read_flight_log(args.log, args.format)
    choices = ImportChoices(
        title=args.title,
        log_format=args.format,
        start_s=args.start,
        to=args.to,
        rotate_deg=args.rotate,
        drone_type=args.drone_type,
    )
    try:
        made = scenario_for_log(flight, args.log, output, choices, workspace.library)
    except PlacementError as error:
        print(message("cli.log.placement", log=str(args.log), error=str(error)), file=sys.stderr)
        return EXIT_INVALID
    try:
        output.write_text(made.text, encoding="utf-8")
    except OSError as error:
        folder = output.parent
        why = (
            message("cli.log.no_folder", folder=str(folder))
            if not folder.is_dir()
            else os_reason(error)
        )
        print(message("cli.log.cannot_write", path=str(output), why=why), file=sys.stderr)
        return EXIT_INVALID
    try:
        prepared = workspace.prepare(output)  # what we wrote must load; say so now, not in class
    except TrainerError as error:
        print(message("cli.log.does_not_load", path=str(output), error=str(error)), file=sys.stderr)
        return EXIT_INVALID
    notes = flight_timeline(prepared)
    if notes:  # comments only: the file means the same, and the author sees what to score
        lines = [f"#   {line}" for line in notes]
        heading = "# " + message("cli.log.timeline") + "\n"
        text = made.text + heading + "\n".join(lines) + "\n"
        output.write_text(text, encoding="utf-8")
    print(
        message(
            "cli.log.written",
            path=str(output),
            count=flight.count,
            duration=f"{flight.duration_s:.0f}",
            note=made.note,
        )
    )
    if Path(made.log_file).is_absolute():  # advice: the file is written, and it loads
        print(message("cli.log.outside", log=made.log_file), file=sys.stderr)
    if not is_scenario_name(output):  # written all the same: the author may rename it
        print(message("cli.log.not_yaml_name", path=str(output)), file=sys.stderr)
    return EXIT_OK


MAX_TIMELINE_LINES = 40


def flight_timeline(prepared: PreparedRun) -> list[str]:
    from trainer.scenario.from_log import yaml_comment

    """What the imported flight does in a run, one line an event, for the author's answer key."""
    engine = prepared.engine()
    engine.run_until(prepared.scenario.duration_s)
    names = {zone.id: zone.shown_name() for zone in prepared.world.airspace.zones}
    lines: list[str] = []
    for event in engine.events:
        what = _describe(event, names)
        if what is None or not event.drone:
            continue
        minutes, seconds = divmod(event.time_s, 60.0)
        # A line break in a zone name would end the comment and become YAML.
        lines.append(yaml_comment(f"{int(minutes)}:{seconds:04.1f} {event.drone} {what}"))
    if len(lines) > MAX_TIMELINE_LINES:
        more = message("cli.log.more", count=len(lines) - MAX_TIMELINE_LINES)
        lines = [*lines[:MAX_TIMELINE_LINES], more]
    return lines


def _describe(event: Event, zone_names: dict[str, str]) -> str | None:
    zone = f"{zone_names.get(event.zone or '', event.zone)} ({event.zone})"
    if event.kind is EventKind.ZONE_ENTERED:
        return message("cli.log.enters", zone=zone)
    if event.kind is EventKind.ZONE_EXITED:
        return message("cli.log.leaves", zone=zone)
    if event.kind is EventKind.RUNWAY_APPROACHED:
        from trainer.cli_event_words import detail_words  # the table's words: not at start

        return message("cli.log.comes", detail=detail_words(event.detail))
    if event.kind is EventKind.TRACK_STARTED:
        return message("cli.log.tracked", track=event.other or "", detail=event.detail)
    key = _PLAIN_EVENTS.get(event.kind)
    return message(key) if key else None


_PLAIN_EVENTS = {
    EventKind.LAUNCHED: "cli.log.appears",
    EventKind.ROUTE_COMPLETED: "cli.log.hovers",
    EventKind.LANDED: "cli.log.lands",
}


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and value >= 0):
        raise argparse.ArgumentTypeError(message("cli.log.not_seconds", text=repr(text)))
    return value


def _lat_lon(text: str) -> tuple[float, float]:
    try:
        lat, lon = (float(part) for part in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(message("cli.log.lat_lon", text=repr(text))) from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise argparse.ArgumentTypeError(message("cli.log.lat_lon_range", text=repr(text)))
    return lat, lon
