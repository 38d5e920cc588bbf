"""`drone-trainer doctor`, and the check the window's start makes before loading Qt."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from trainer.cli_argparse import add_command
from trainer.cli_classroom import DEFAULT_PORT
from trainer.i18n import message

# The checks (trainer/doctor.py: ctypes, sockets, the file system) load when doctor or the
# window's start runs them, not for every command.

EXIT_OK, EXIT_PROBLEMS = 0, 1


def add_doctor_parser(commands: argparse._SubParsersAction) -> None:
    doctor = add_command(commands, "doctor", "cli.help.doctor")
    doctor.add_argument("--db", type=Path, default=None, help=message("cli.doctor.db"))
    doctor.add_argument("--port", type=int, default=DEFAULT_PORT, help=message("cli.doctor.port"))


def doctor_command(args: argparse.Namespace) -> int:
    from trainer.doctor import diagnose, report
    from trainer.records import default_database_path

    findings = diagnose(args.db or default_database_path(), args.assets, port=args.port)
    print(report(findings), end="")
    return EXIT_OK if all(finding.ok for finding in findings) else EXIT_PROBLEMS


def window_can_start() -> bool:
    """Before Qt loads: False, with the problems and the doctor hint on stderr, if it cannot."""
    from trainer.doctor import window_cannot_start

    message = window_cannot_start()
    if message is None:
        return True
    print(message, end="", file=sys.stderr)
    return False
