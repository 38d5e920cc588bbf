"""The command line, `drone-trainer COMMAND ...`; also `python -m trainer`."""

from __future__ import annotations

import argparse
import errno
import json
import math
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from trainer import __version__
from trainer.bundled import DEFAULT_SCENARIO, station_only
from trainer.cli_airspace import add_airspace_parser, airspace_command
from trainer.cli_argparse import Parser, add_command
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
from trainer.loading import loading, run_as_program

if TYPE_CHECKING:
    from trainer.launch import Workspace
    from trainer.scenario.model import Scenario
    from trainer.sim.events import Event

# Each command imports what it needs when it runs (the simulation, the record, Qt): the
# command line itself starts at once, and `doctor` works even where those would not load.

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
EXIT_BROKEN_PIPE = 128 + 13  # as a shell reports a program that SIGPIPE ended (`| head`)


def main(argv: Sequence[str] | None = None) -> int:
    if argv is None:  # the program itself, not a caller's process (a test's): see loading.py
        run_as_program()
    _tolerate_narrow_output()
    try:
        try:
            return _main(argv)
        finally:  # also after --help: a reader that has gone shows here, not at Python's exit
            sys.stdout.flush()
    except OSError as error:  # `drone-trainer validate ... | head -3`: the reader has all it wants
        if not _reader_gone(error):
            raise
        _drop_stdout()
        return EXIT_BROKEN_PIPE


def _reader_gone(error: OSError) -> bool:
    """Whether `error` says the program reading our output has ended.

    Elsewhere that is BrokenPipeError; Windows reports a write into a pipe whose reader has
    gone (`| more` quit early) as EINVAL, which subprocess.py also takes to mean that. An
    invalid file name gives EINVAL there too, but with the file's name in the error.
    """
    if isinstance(error, BrokenPipeError):
        return True
    return sys.platform == "win32" and error.errno == errno.EINVAL and error.filename is None


def _tolerate_narrow_output() -> None:
    """A character the output cannot hold becomes '?' instead of ending the command: output
    redirected to a file on Windows is written in the ANSI code page (cp1252), which has no
    such signs as a warning triangle, and a score sheet must not be lost over one."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)  # None: a windowed program's
        if reconfigure is not None:
            reconfigure(errors="replace")


def _drop_stdout() -> None:
    """Point stdout at the null device, so what is still buffered in it goes nowhere quietly
    (Python flushes stdout at exit and would report the broken pipe again)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def _main(argv: Sequence[str] | None) -> int:
    # The help is written in the chosen language, so --lang is read before the parser is built.
    flag = _language_flag(sys.argv[1:] if argv is None else list(argv))
    window_choice = _window_language() if flag is None else None
    use_language(choose_language(flag, window_choice))
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.lang:  # also for the window (it reads its settings' choice after this) and children
        os.environ[ENV_VAR] = args.lang
    use_language(choose_language(args.lang, window_choice))
    if args.command is None and station_only():  # the station program: it joins a class
        given = sys.argv[1:] if argv is None else list(argv)
        args = build_parser().parse_args([*given, "station"])
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


def _window_language() -> str | None:
    """View > Language in the window, which the commands follow after --lang and
    DRONE_TRAINER_LANG (as their help says)."""
    if os.environ.get(ENV_VAR):
        return None
    from trainer.i18n.window_choice import readable_here, window_language

    if readable_here():
        return window_language()
    try:
        from trainer.ui.translation import saved_language  # loads Qt's core (about 0.15 s)
    except ImportError:  # a Qt that cannot load: `doctor` still speaks
        return None
    return saved_language()


def _language_flag(argv: list[str]) -> str | None:
    """The value of --lang among the arguments, if it is there (argparse checks it later)."""
    for index, word in enumerate(argv):
        if word.startswith("--lang="):
            return word.removeprefix("--lang=")
        if word == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
    return None


def build_parser() -> argparse.ArgumentParser:
    """Every command and option, with help in the language in use."""
    program = "drone-trainer-station" if station_only() else "drone-trainer"
    parser = Parser(prog=program, description=message("cli.description"))
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=message("argparse.version"),
    )
    parser.add_argument("--assets", type=Path, default=None, help=message("cli.help.assets"))
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None,
        help=message("cli.help.lang", env=ENV_VAR),
    )
    commands = parser.add_subparsers(dest="command")

    open_ = add_command(commands, "open", "cli.help.open")
    open_.add_argument(
        "scenario",
        nargs="?",
        type=Path,
        help=message("cli.help.open_scenario", name=DEFAULT_SCENARIO),
    )
    open_.add_argument("--db", type=Path, default=None, help=message("cli.help.db_user"))
    open_.add_argument(
        "--trainee-mode",
        action="store_true",
        help=message("cli.help.trainee_mode"),
    )

    validate = add_command(commands, "validate", "cli.help.validate")
    validate.add_argument("paths", nargs="*", type=Path, help=message("cli.help.paths"))

    simulate = add_command(commands, "simulate", "cli.help.simulate")
    simulate.add_argument("scenario", type=Path, help=message("cli.help.scenario_file"))
    simulate.add_argument("--seed", type=seed_argument, default=None, help=message("cli.help.seed"))
    simulate.add_argument(
        "--until",
        type=_sim_seconds,
        default=None,
        metavar="SECONDS",
        help=message("cli.help.until"),
    )
    simulate.add_argument("--json", action="store_true", help=message("cli.help.json"))

    add_command(commands, "schema", "cli.help.schema")

    add_run_parser(commands)
    add_rescore_parser(commands)
    add_classroom_parsers(commands)
    add_edit_parser(commands)
    add_airspace_parser(commands)
    add_import_log_parser(commands)
    add_doctor_parser(commands)

    export = add_command(commands, "export", "cli.help.export")
    export.add_argument("--db", type=Path, default=None, help=message("cli.help.db"))
    which = export.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--run", type=int, action="append", metavar="ID", help=message("cli.help.run_id")
    )
    which.add_argument("--session", type=int, metavar="ID", help=message("cli.help.session"))
    export.add_argument(
        "--format",
        required=True,
        choices=("pdf", "csv", "xlsx"),
        help=message("cli.help.export_format"),
    )
    export.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="DIR",
        help=message("cli.help.export_output"),
    )
    add_basemap_parser(commands)
    return parser


def _sim_seconds(text: str) -> float:
    """`--until`: a finite, non-negative number of seconds (float() also takes nan and inf)."""
    try:
        seconds = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(message("cli.not_seconds", text=repr(text))) from None
    if not math.isfinite(seconds) or seconds < 0:
        raise argparse.ArgumentTypeError(message("cli.not_a_time", text=text))
    return seconds


def _validate(args: argparse.Namespace) -> int:
    with loading():  # each file is then checked with the collector on: a folder may be big
        from trainer.launch import Workspace, bundled_scenarios_dir
        from trainer.scenario.files import scenario_files

        workspace = Workspace(args.assets)
    files: list[Path] = []
    for path in args.paths or [bundled_scenarios_dir()]:
        files.extend(scenario_files(path) if path.is_dir() else [path])
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
    with loading():
        from trainer.launch import Workspace

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
            wall=wall,
            speedup=f"{speedup:.0f}",
        ),
        file=sys.stderr,
    )
    return EXIT_OK


_COLUMNS = ("time", "event", "drone", "where", "position", "alt", "detail")


def _print_table(
    scenario: Scenario, events: list[Event], workspace: Workspace, out: TextIO
) -> None:
    from trainer.cli_event_words import detail_words, kind_words  # only the table needs them

    out.write(
        message("cli.table_title", title=scenario.shown_title(), id=scenario.id, seed=scenario.seed)
    )
    out.write("\n")
    column = {name: message(f"cli.column.{name}") for name in _COLUMNS}
    kinds = [kind_words(event.kind) for event in events]
    wide = max([18, len(column["event"]), *(len(kind) for kind in kinds)])
    header = (
        f"{column['time']:>9}  {column['event']:<{wide}} {column['drone']:<16} "
        f"{column['where']:<26} {column['position']:<20} {column['alt']:>6}  {column['detail']}"
    )
    out.write(header + "\n" + "-" * len(header) + "\n")
    for event, kind in zip(events, kinds, strict=True):
        lat, lon = workspace.projector.to_wgs84(event.x_m, event.y_m)
        minutes, seconds = divmod(event.time_s, 60)
        where = event.zone or event.other or ""
        detail = detail_words(event.detail)
        out.write(
            f"{int(minutes):>4d}:{seconds:04.1f}  {kind:<{wide}} {event.drone:<16} "
            f"{where:<26} {lat:8.5f}, {lon:8.5f}   {event.alt_agl_m:5.0f}m  {detail}\n"
        )
    out.write(message("cli.events", count=len(events)) + "\n")


def _schema(args: argparse.Namespace) -> int:
    with loading():
        from trainer.scenario.model import Scenario

    schema = Scenario.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Twente Drone Safety Trainer scenario, format 1"
    print(json.dumps(schema, indent=2, sort_keys=True))
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    with loading():
        from trainer.export import export_runs, export_session  # PDF loads Qt only when asked
        from trainer.records import RecordsError, Repository, default_database_path, open_database
        from trainer.writable import file_writable, folder_writable

    path = args.db or default_database_path()
    if not path.is_file():  # opening would create an empty record
        print(message("cli.no_record", path=str(path)), file=sys.stderr)
        return EXIT_INVALID
    # A record the user may not write (or whose folder they may not: SQLite writes beside it)
    # is exported as it stands.
    if file_writable(path) and folder_writable(path.parent):
        try:
            _mark_interrupted_runs(path)
        except RecordsError as error:  # locked by a program mid-write: reading still works
            print(message("cli.not_marked", error=str(error)), file=sys.stderr)
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
    scenario = args.scenario  # none named: the window chooses (see MainWindow.first_scenario)
    if not window_can_start():  # names the missing packages where Qt would only abort
        return EXIT_INVALID
    with loading():  # the window's code: Qt, pyqtgraph, the simulation, the record
        from trainer.ui.app import run_app  # the only place the CLI reaches into Qt

    # A bare `drone-trainer` has no `open` options: they default.
    return run_app(
        scenario,
        args.assets,
        getattr(args, "db", None),
        trainee_mode=getattr(args, "trainee_mode", False),
    )
