"""The command line's `export`: score sheets of recorded runs, or of a class session, to files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from trainer.cli_argparse import add_command
from trainer.i18n import message
from trainer.loading import loading

EXIT_OK, EXIT_INVALID = 0, 1


def add_export_parser(commands: argparse._SubParsersAction) -> None:
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


def export_command(args: argparse.Namespace) -> int:
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
