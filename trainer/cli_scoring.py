"""The command line's scored runs: `run` (a bot or a file of actions, headless) and `rescore`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from trainer.cli_argparse import add_command
from trainer.errors import TrainerError
from trainer.i18n import message
from trainer.loading import loading
from trainer.scoring.bot_names import BOT_NAMES
from trainer.text import printable, single_line

if TYPE_CHECKING:
    from trainer.launch import PreparedRun
    from trainer.training_run import Trainee

# The commands import the simulation, the scorer and the record when they run, not when the
# command line starts: `drone-trainer --help` or `doctor` should not wait for them.

EXIT_OK = 0


def seed_limits() -> tuple[int, int]:
    """The scenario format's own seed range, lowest and highest, read from its field."""
    from annotated_types import Ge, Lt

    from trainer.scenario.model import Scenario

    low, below = 0, 2**63
    for limit in Scenario.model_fields["seed"].metadata:
        if isinstance(limit, Ge):
            low = int(limit.ge)  # type: ignore[call-overload]
        elif isinstance(limit, Lt):
            below = int(limit.lt)  # type: ignore[call-overload]
    return low, below - 1


def seed_argument(text: str) -> int:
    """`--seed`: an integer the scenario format accepts, checked before anything runs."""
    try:
        seed = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(message("cli.not_whole_number", text=repr(text))) from None
    low, high = seed_limits()
    if not low <= seed <= high:
        raise argparse.ArgumentTypeError(message("cli.not_a_seed", text=text, low=low, high=high))
    return seed


def add_run_parser(commands: argparse._SubParsersAction) -> None:
    run = add_command(commands, "run", "cli.help.run")
    run.add_argument("scenario", type=Path, help=message("cli.help.scenario_file"))
    who = run.add_mutually_exclusive_group(required=True)
    who.add_argument("--bot", choices=BOT_NAMES, help=message("cli.help.bot"))
    who.add_argument(
        "--actions",
        type=Path,
        metavar="FILE",
        help=message("cli.help.actions"),
    )
    run.add_argument("--seed", type=seed_argument, default=None, help=message("cli.help.seed"))
    run.add_argument("--db", type=Path, default=None, help=message("cli.help.db"))
    run.add_argument("--trainee", default=None, help=message("cli.help.trainee"))


def add_rescore_parser(commands: argparse._SubParsersAction) -> None:
    rescore = add_command(commands, "rescore", "cli.help.rescore")
    rescore.add_argument("--db", type=Path, required=True, help=message("cli.help.db_required"))
    rescore.add_argument(
        "--run", type=int, required=True, metavar="ID", help=message("cli.help.run_one")
    )


def run_command(args: argparse.Namespace) -> int:
    with loading():
        from trainer.launch import Workspace
        from trainer.records import Repository, default_database_path, open_database
        from trainer.scoring.reasons import format_sheet
        from trainer.training_run import run_headless

        workspace = Workspace(args.assets)
        prepared = workspace.prepare(args.scenario)
    trainee = _trainee(args, prepared)  # before the record: nothing is written for a bad file
    # The name on one clean line, as the window and the class console take it.
    name = None if args.trainee is None else single_line(args.trainee)
    path = args.db or default_database_path()
    db = open_database(path)
    try:
        repository = Repository(db)
        for run_id in repository.mark_interrupted_runs():
            print(message("cli.interrupted", run=run_id), file=sys.stderr)
        trainee_id = None
        if name is not None:
            found = repository.find_trainee(name)
            trainee_id = found.id if found else repository.add_trainee(name)
        result = run_headless(
            prepared, trainee, seed=args.seed, recorder=repository, trainee_id=trainee_id
        )
    finally:
        db.conn.close()
    by = (
        message("cli.by_bot", bot=args.bot)
        if args.bot
        else message("cli.by_actions", file=args.actions.name)
    )
    heading = prepared.scenario.shown_title()
    if name:
        heading = message("cli.with_trainee", title=heading, trainee=name)
    # Names and an author's titles and reasons as written, but no control characters: an
    # escape sequence in them must not drive the terminal (line breaks and tabs stay).
    print(printable(format_sheet(result.sheet, f"{heading}, {by}")), end="")
    print(message("cli.recorded", run=result.run_id or 0, path=str(path)))
    return EXIT_OK


def _trainee(args: argparse.Namespace, prepared: PreparedRun) -> Trainee:
    """The bot, or the file's actions checked against the run they will be played in."""
    from trainer.scoring.action_file import ScriptedTrainee, check_tracks, read_action_file
    from trainer.scoring.bots import make_bot
    from trainer.scoring.scorer import NoAnswerKey
    from trainer.sim.events import EventKind

    scenario = prepared.scenario
    if scenario.answer_key is None:
        raise NoAnswerKey(scenario.id)
    if args.bot:
        return make_bot(args.bot, scenario)
    planned = read_action_file(args.actions, scenario.duration_s)
    # The trainee's actions change nothing in the simulation: a dry run tells which tracks the
    # run will show, so a track id that never appears is an error before anything is recorded.
    engine = prepared.engine(args.seed)
    engine.run_until(scenario.duration_s)
    started = {e.other for e in engine.events if e.kind is EventKind.TRACK_STARTED and e.other}
    check_tracks(args.actions, planned, started or {d.id for d in scenario.drones})
    return ScriptedTrainee(planned)


def rescore_command(args: argparse.Namespace) -> int:
    with loading():
        from trainer.launch import Workspace
        from trainer.played_file import locate_played_file
        from trainer.records import Repository, RunStatus, open_database
        from trainer.rescoring import rescore
        from trainer.scoring.reasons import format_sheet

    if not args.db.is_file():  # opening would create an empty record
        print(message("cli.no_record", path=str(args.db)), file=sys.stderr)
        return 1
    db = open_database(args.db)
    try:
        repository = Repository(db)
        repository.mark_interrupted_runs()
        run = repository.run(args.run)
        if run.status is RunStatus.RUNNING:
            raise TrainerError(message("cli.still_running", run=run.id))
        path = locate_played_file(run.scenario_file, run.file_sha256)  # also bundled, moved
        if path is None:
            path = Path(run.scenario_file)
            if not path.is_file():
                raise TrainerError(message("cli.scenario_gone", run=run.id, path=str(path)))
            print(message("cli.sha_changed", path=str(path), run=run.id), file=sys.stderr)
        sheet = rescore(repository, run, Workspace(args.assets).prepare(path))
    finally:
        db.conn.close()
    status = message(f"status.{run.status.value}")
    heading = message("cli.rescore_heading", title=run.scenario_title, run=run.id, status=status)
    print(printable(format_sheet(sheet, heading)), end="")
    print(message("cli.saved_sheet", run=run.id, path=str(args.db)))
    return EXIT_OK
