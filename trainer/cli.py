"""The command line, `drone-trainer COMMAND ...`; also `python -m trainer`."""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from trainer import __version__
from trainer.cli_airspace import add_airspace_parser, airspace_command
from trainer.cli_basemap import add_basemap_parser, basemap_command
from trainer.cli_classroom import add_classroom_parsers, console_command, station_command
from trainer.cli_doctor import add_doctor_parser, doctor_command, window_can_start
from trainer.cli_editor import add_edit_parser, edit_command
from trainer.cli_flightlogs import add_import_log_parser, import_log_command
from trainer.cli_scoring import (
    add_rescore_parser,
    add_run_parser,
    rescore_command,
    run_command,
    seed_argument,
)
from trainer.errors import TrainerError
from trainer.i18n import ENV_VAR, LANGUAGES, choose_language, message, use_language
from trainer.launch import DEFAULT_SCENARIO, Workspace, bundled_scenarios_dir
from trainer.scenario.model import Scenario
from trainer.sim.events import Event

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    # The help is written in the chosen language, so --lang is read before the parser is built.
    flag = _language_flag(sys.argv[1:] if argv is None else list(argv))
    use_language(choose_language(flag))
    parser = _parser()
    args = parser.parse_args(argv)
    if args.lang:  # also for the window (it reads its settings' choice after this) and children
        os.environ[ENV_VAR] = args.lang
    use_language(choose_language(args.lang))
    if args.command is None:
        args.command, args.scenario = "open", None
    handlers = {
        "validate": _validate,
        "simulate": _simulate,
        "schema": _schema,
        "open": _open,
        "run": run_command,
        "rescore": rescore_command,
        "console": console_command,
        "station": station_command,
        "export": _export,
        "edit": edit_command,
        "doctor": doctor_command,
        "airspace": airspace_command,
        "import-log": import_log_command,
        "basemap": basemap_command,
    }
    try:
        return handlers[args.command](args)
    except TrainerError as error:
        print(error, file=sys.stderr)
        return EXIT_INVALID
    except KeyboardInterrupt:
        return 130


def _language_flag(argv: list[str]) -> str | None:
    """The value of --lang among the arguments, if it is there (argparse checks it later)."""
    for index, word in enumerate(argv):
        if word.startswith("--lang="):
            return word.removeprefix("--lang=")
        if word == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
    return None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="drone-trainer", description=message("cli.description"))
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--assets", type=Path, default=None, help=message("cli.help.assets"))
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None,
        help=message("cli.help.lang", env=ENV_VAR),
    )
    commands = parser.add_subparsers(dest="command")

    open_ = commands.add_parser("open", help=message("cli.help.open"))
    open_.add_argument("scenario", nargs="?", type=Path)
    open_.add_argument("--db", type=Path, default=None, help=message("cli.help.db_user"))
    open_.add_argument(
        "--trainee-mode",
        action="store_true",
        help=message("cli.help.trainee_mode"),
    )

    validate = commands.add_parser("validate", help=message("cli.help.validate"))
    validate.add_argument("paths", nargs="*", type=Path, help=message("cli.help.paths"))

    simulate = commands.add_parser("simulate", help=message("cli.help.simulate"))
    simulate.add_argument("scenario", type=Path)
    simulate.add_argument("--seed", type=seed_argument, default=None, help=message("cli.help.seed"))
    simulate.add_argument(
        "--until",
        type=_sim_seconds,
        default=None,
        metavar="SECONDS",
        help=message("cli.help.until"),
    )
    simulate.add_argument("--json", action="store_true", help=message("cli.help.json"))

    commands.add_parser("schema", help=message("cli.help.schema"))

    add_run_parser(commands)
    add_rescore_parser(commands)
    add_classroom_parsers(commands)
    add_edit_parser(commands)
    add_airspace_parser(commands)
    add_import_log_parser(commands)
    add_doctor_parser(commands)

    export = commands.add_parser("export", help=message("cli.help.export"))
    export.add_argument("--db", type=Path, default=None, help=message("cli.help.db"))
    which = export.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--run", type=int, action="append", metavar="ID", help=message("cli.help.run_id")
    )
    which.add_argument("--session", type=int, metavar="ID", help=message("cli.help.session"))
    export.add_argument("--format", required=True, choices=("pdf", "csv", "xlsx"))
    export.add_argument("-o", "--output", type=Path, required=True, metavar="DIR")
    add_basemap_parser(commands)
    return parser


def _sim_seconds(text: str) -> float:
    """`--until`: a finite, non-negative number of seconds (float() also takes nan and inf)."""
    try:
        seconds = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not math.isfinite(seconds) or seconds < 0:
        raise argparse.ArgumentTypeError(f"{text} is not a time: use 0 or more seconds")
    return seconds


def _validate(args: argparse.Namespace) -> int:
    workspace = Workspace(args.assets)
    files: list[Path] = []
    for path in args.paths or [bundled_scenarios_dir()]:
        files.extend(sorted(path.glob("*.yaml")) if path.is_dir() else [path])
    if not files:
        print(message("cli.no_scenarios"), file=sys.stderr)
        return EXIT_INVALID
    broken = 0
    for file in files:
        try:
            run = workspace.prepare(file)
        except TrainerError as error:
            broken += 1
            print(error)
        else:
            print(message("cli.ok", file=str(file)))
            for warning in run.world.airspace.warnings:  # imported airspace left out
                print(message("cli.warning", warning=str(warning)), file=sys.stderr)
    sys.stdout.flush()
    print(message("cli.valid_broken", valid=len(files) - broken, broken=broken), file=sys.stderr)
    return EXIT_INVALID if broken else EXIT_OK


def _simulate(args: argparse.Namespace) -> int:
    workspace = Workspace(args.assets)
    run = workspace.prepare(args.scenario)
    engine = run.engine(seed=args.seed)
    until = run.scenario.duration_s if args.until is None else args.until
    started = time.perf_counter()
    engine.run_until(until)
    wall = time.perf_counter() - started
    if args.json:
        for event in engine.events:
            print(json.dumps(event.to_json_dict(), sort_keys=True, ensure_ascii=False))
        summary = {
            "kind": "end",
            "tick": engine.clock.tick,
            "time_s": round(engine.time_s, 3),
            "digest": engine.digest(),
            "scenario": run.scenario.id,
            "seed": engine.world.seed,
        }
        print(json.dumps(summary, sort_keys=True))
    else:
        _print_table(run.scenario, engine.events, workspace, sys.stdout)
    speedup = engine.time_s / wall if wall > 0 else float("inf")
    print(
        message(
            "cli.simulated",
            sim=engine.time_s,
            wall=f"{wall:.3f}",
            speedup=f"{speedup:.0f}",
        ),
        file=sys.stderr,
    )
    return EXIT_OK


def _print_table(
    scenario: Scenario, events: list[Event], workspace: Workspace, out: TextIO
) -> None:
    out.write(f"{scenario.title} ({scenario.id}), seed {scenario.seed}\n")
    header = (
        f"{'time':>8}  {'event':<18} {'drone':<16} {'zone / other':<26} {'lat, lon':<20} "
        f"{'alt':>6}  detail"
    )
    out.write(header + "\n" + "-" * len(header) + "\n")
    for event in events:
        lat, lon = workspace.projector.to_wgs84(event.x_m, event.y_m)
        minutes, seconds = divmod(event.time_s, 60)
        where = event.zone or event.other or ""
        out.write(
            f"{int(minutes):>4d}:{seconds:04.1f}  {event.kind.value:<18} {event.drone:<16} "
            f"{where:<26} {lat:8.5f}, {lon:8.5f}   {event.alt_agl_m:5.0f}m  {event.detail}\n"
        )
    out.write(f"{len(events)} events\n")


def _schema(args: argparse.Namespace) -> int:
    schema = Scenario.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Twente Drone Safety Trainer scenario, format 1"
    print(json.dumps(schema, indent=2, sort_keys=True))
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    from trainer.export import export_runs, export_session  # PDF loads Qt only when asked
    from trainer.records import Repository, default_database_path, open_database

    path = args.db or default_database_path()
    if not path.is_file():  # opening would create an empty record
        print(message("cli.no_record", path=str(path)), file=sys.stderr)
        return EXIT_INVALID
    if os.access(path, os.W_OK):  # a record the user may not write is exported as it stands
        _mark_interrupted_runs(path)
    db = open_database(path, read_only=True)  # export only reads
    try:
        repository = Repository(db)
        if args.session is not None:
            written = export_session(
                repository,
                args.session,
                args.format,
                args.output,
                skipped=lambda run_id, why: print(message("cli.skipped", why=why), file=sys.stderr),
            )
        else:
            written = export_runs(repository, args.run, args.format, args.output)
    finally:
        db.conn.close()
    for file in written:
        print(file)
    return EXIT_OK


def _mark_interrupted_runs(path: Path) -> None:
    """Mark runs whose process died, so export calls a killed run interrupted, not running."""
    from trainer.records import Repository, open_database

    db = open_database(path)
    try:
        for run_id in Repository(db).mark_interrupted_runs():
            print(message("cli.interrupted", run=run_id), file=sys.stderr)
    finally:
        db.conn.close()


def _open(args: argparse.Namespace) -> int:
    scenario = args.scenario or bundled_scenarios_dir() / DEFAULT_SCENARIO
    if not window_can_start():  # names the missing packages where Qt would only abort
        return EXIT_INVALID
    from trainer.ui.app import run_app  # the only place the CLI reaches into Qt

    # A bare `drone-trainer` has no `open` options: they default.
    return run_app(
        scenario,
        args.assets,
        getattr(args, "db", None),
        trainee_mode=getattr(args, "trainee_mode", False),
    )
