"""`drone-trainer edit [FILE]`: the scenario editor in a window of its own."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from trainer.cli_argparse import add_command
from trainer.cli_doctor import window_can_start
from trainer.i18n import message
from trainer.loading import loading


def add_edit_parser(commands: Any) -> None:
    edit = add_command(commands, "edit", "cli.help.edit")
    edit.add_argument("scenario", nargs="?", type=Path, help=message("cli.edit.scenario"))


def edit_command(args: argparse.Namespace) -> int:
    if not window_can_start():  # names what is missing where Qt would only abort
        return 1
    with loading():
        from trainer.ui.editor.app import run_editor  # Qt only when the editor is asked for

    return run_editor(args.scenario, args.assets)
