"""The command line's flight logs: `import-log` makes a scenario around a recorded flight."""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path
from typing import Any

from trainer.errors import TrainerError
from trainer.flightlogs.formats import READERS, read_flight_log
from trainer.flightlogs.placement import PlacementError
from trainer.i18n import message
from trainer.launch import PreparedRun, Workspace
from trainer.scenario.from_log import ImportChoices, scenario_for_log, yaml_comment
from trainer.scenario.model import DroneType
from trainer.sim.events import Event, EventKind

EXIT_OK, EXIT_INVALID = 0, 1


def add_import_log_parser(commands: Any) -> None:
    parser = commands.add_parser(
        "import-log",
        help=message("cli.help.import_log"),
    )
    parser.add_argument("log", type=Path, help="the flight log")
    parser.add_argument("-o", "--output", type=Path, required=True, help="scenario file to write")
    parser.add_argument("--title", default=None, help="the scenario's title")
    parser.add_argument(
        "--format", choices=sorted(READERS), default=None, help="default: by the file's extension"
    )
    parser.add_argument(
        "--start", type=_seconds, default=0.0, metavar="S", help="seconds into the log to start"
    )
    parser.add_argument(
        "--to",
        type=_lat_lon,
        default=None,
        metavar="LAT,LON",
        help="move the flight's start here (default: where it was recorded if within 50 km of "
        "the aerodrome, else the drone test area); south or west with '=': --to=-1.5,-2.5",
    )
    parser.add_argument(
        "--rotate", type=float, default=0.0, metavar="DEG", help="turn the flight clockwise"
    )
    parser.add_argument(
        "--type",
        choices=[t.value for t in DroneType],
        default=None,
        dest="drone_type",
        help="the airframe (default: as the log says, else multirotor)",
    )
    parser.add_argument("--force", action="store_true", help="overwrite an existing file")


def import_log_command(args: argparse.Namespace) -> int:
    output: Path = args.output
    if output.exists() and Path(args.log).exists() and output.samefile(args.log):
        print(f"{output}: that is the flight log itself; give another file name", file=sys.stderr)
        return EXIT_INVALID
    if output.exists() and not args.force:
        print(f"{output}: exists; give --force to overwrite it", file=sys.stderr)
        return EXIT_INVALID
    if not -360 < args.rotate < 360:
        print(f"--rotate {args.rotate:g}: give degrees between -360 and 360", file=sys.stderr)
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
        print(f"{args.log}: {error}", file=sys.stderr)
        return EXIT_INVALID
    try:
        output.write_text(made.text, encoding="utf-8")
    except OSError as error:
        folder = output.parent
        why = (
            f"the folder {folder} does not exist (make it first, or choose another -o)"
            if not folder.is_dir()
            else error.strerror or str(error)
        )
        print(f"{output}: cannot write: {why}", file=sys.stderr)
        return EXIT_INVALID
    try:
        prepared = workspace.prepare(output)  # what we wrote must load; say so now, not in class
    except TrainerError as error:
        print(f"{output}: written, but it does not load:\n{error}", file=sys.stderr)
        return EXIT_INVALID
    notes = flight_timeline(prepared)
    if notes:  # comments only: the file means the same, and the author sees what to score
        lines = [f"#   {line}" for line in notes]
        text = made.text + "# What the flight does (simulated, seed 1):\n" + "\n".join(lines) + "\n"
        output.write_text(text, encoding="utf-8")
    print(
        f"{output}: {flight.count} positions over {flight.duration_s:.0f} s, {made.note}; "
        "fill in the answer key, then `drone-trainer validate` it"
    )
    return EXIT_OK


MAX_TIMELINE_LINES = 40


def flight_timeline(prepared: PreparedRun) -> list[str]:
    """What the imported flight does in a run, one line an event, for the author's answer key."""
    engine = prepared.engine()
    engine.run_until(prepared.scenario.duration_s)
    names = {zone.id: zone.name for zone in prepared.world.airspace.zones}
    lines: list[str] = []
    for event in engine.events:
        what = _describe(event, names)
        if what is None or not event.drone:
            continue
        minutes, seconds = divmod(event.time_s, 60.0)
        # A line break in a zone name would end the comment and become YAML.
        lines.append(yaml_comment(f"{int(minutes)}:{seconds:04.1f} {event.drone} {what}"))
    if len(lines) > MAX_TIMELINE_LINES:
        lines = [*lines[:MAX_TIMELINE_LINES], f"... and {len(lines) - MAX_TIMELINE_LINES} more"]
    return lines


def _describe(event: Event, zone_names: dict[str, str]) -> str | None:
    zone = f"{zone_names.get(event.zone or '', event.zone)} ({event.zone})"
    return {
        EventKind.LAUNCHED: "appears",
        EventKind.ZONE_ENTERED: f"enters {zone}",
        EventKind.ZONE_EXITED: f"leaves {zone}",
        EventKind.RUNWAY_APPROACHED: f"comes {event.detail}",
        EventKind.TRACK_STARTED: f"tracked as {event.other} ({event.detail})",
        EventKind.ROUTE_COMPLETED: "recording ends; it hovers there",
        EventKind.LANDED: "lands",
    }.get(event.kind)


def _seconds(text: str) -> float:
    value = float(text)
    if not (math.isfinite(value) and value >= 0):
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds >= 0")
    return value


def _lat_lon(text: str) -> tuple[float, float]:
    try:
        lat, lon = (float(part) for part in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: give LAT,LON in degrees") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise argparse.ArgumentTypeError(f"{text!r}: latitude -90..90, longitude -180..180")
    return lat, lon
