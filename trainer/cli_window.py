"""The command line's `open`: the single-PC window (also what a bare `drone-trainer` starts)."""

from __future__ import annotations

import argparse
from pathlib import Path

from trainer.bundled import DEFAULT_SCENARIO
from trainer.cli_argparse import add_command
from trainer.cli_doctor import window_can_start
from trainer.i18n import message
from trainer.loading import loading

EXIT_INVALID = 1


def add_open_parser(commands: argparse._SubParsersAction) -> None:
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


def open_command(args: argparse.Namespace) -> int:
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
