"""The command line, `drone-trainer COMMAND ...`; also `python -m trainer`.

This module reads the language, builds the parser of every command and hands the command to
its module (`cli_scenarios`, `cli_scoring`, `cli_export`, `cli_window`, ...), which holds its
options and what it does."""

from __future__ import annotations

import argparse
import errno
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from trainer import __version__
from trainer.bundled import station_only
from trainer.cli_airspace import add_airspace_parser, airspace_command
from trainer.cli_argparse import Parser
from trainer.cli_basemap import add_basemap_parser, basemap_command
from trainer.cli_classroom import add_classroom_parsers, console_command, station_command
from trainer.cli_doctor import add_doctor_parser, doctor_command
from trainer.cli_editor import add_edit_parser, edit_command
from trainer.cli_export import add_export_parser, export_command
from trainer.cli_flightlogs import add_import_log_parser, import_log_command
from trainer.cli_scenarios import (
    add_scenario_parsers,
    schema_command,
    simulate_command,
    validate_command,
)
from trainer.cli_scoring import add_rescore_parser, add_run_parser, rescore_command, run_command
from trainer.cli_window import add_open_parser, open_command
from trainer.errors import ScenarioError, TrainerError
from trainer.i18n import ENV_VAR, LANGUAGES, choose_language, message, use_language
from trainer.loading import run_as_program

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
        "validate": validate_command,
        "simulate": simulate_command,
        "schema": schema_command,
        "open": open_command,
        "run": run_command,
        "rescore": rescore_command,
        "console": console_command,
        "station": station_command,
        "export": export_command,
        "edit": edit_command,
        "doctor": doctor_command,
        "airspace": airspace_command,
        "import-log": import_log_command,
        "basemap": basemap_command,
    }
    try:
        return handlers[args.command](args)
    except ScenarioError as error:  # the first problems; `validate --all` gives every one
        print(error.readable(), file=sys.stderr)
        return EXIT_INVALID
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

    add_open_parser(commands)
    add_scenario_parsers(commands)
    add_run_parser(commands)
    add_rescore_parser(commands)
    add_classroom_parsers(commands)
    add_edit_parser(commands)
    add_airspace_parser(commands)
    add_import_log_parser(commands)
    add_doctor_parser(commands)
    add_export_parser(commands)
    add_basemap_parser(commands)
    return parser
