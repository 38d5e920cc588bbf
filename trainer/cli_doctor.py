"""`drone-trainer doctor`, and the check the window's start makes before loading Qt."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from trainer.cli_argparse import add_command
from trainer.doctor import CLASSROOM_PORT, diagnose, report, window_cannot_start
from trainer.i18n import message

EXIT_OK, EXIT_PROBLEMS = 0, 1


def add_doctor_parser(commands: argparse._SubParsersAction) -> None:
    doctor = add_command(commands, "doctor", "cli.help.doctor")
    doctor.add_argument("--db", type=Path, default=None, help=message("cli.doctor.db"))
    doctor.add_argument("--port", type=int, default=CLASSROOM_PORT, help=message("cli.doctor.port"))


def doctor_command(args: argparse.Namespace) -> int:
    from trainer.records import default_database_path

    findings = diagnose(args.db or default_database_path(), args.assets, port=args.port)
    print(report(findings), end="")
    return EXIT_OK if all(finding.ok for finding in findings) else EXIT_PROBLEMS


def window_can_start() -> bool:
    """Before Qt loads: False, with the problems and the doctor hint on stderr, if it cannot."""
    message = window_cannot_start()
    if message is None:
        return True
    print(message, end="", file=sys.stderr)
    return False
