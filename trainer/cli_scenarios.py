"""The command line's scenario files: `validate` them, `simulate` one (a table or JSON lines),
print the format's `schema`."""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from trainer.cli_argparse import add_command
from trainer.cli_scoring import seed_argument
from trainer.errors import PROBLEMS_SHOWN, ScenarioError, TrainerError
from trainer.i18n import message
from trainer.i18n.os_words import os_reason
from trainer.loading import loading

if TYPE_CHECKING:
    from trainer.launch import Workspace
    from trainer.scenario.model import Scenario
    from trainer.sim.events import Event

EXIT_OK, EXIT_INVALID = 0, 1

_COLUMNS = ("time", "event", "drone", "where", "position", "alt", "detail")


def add_scenario_parsers(commands: argparse._SubParsersAction) -> None:
    validate = add_command(commands, "validate", "cli.help.validate")
    validate.add_argument("paths", nargs="*", type=Path, help=message("cli.help.paths"))
    validate.add_argument(
        "--all",
        action="store_true",
        dest="all_problems",
        help=message("cli.help.all", count=PROBLEMS_SHOWN),
    )

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


def _sim_seconds(text: str) -> float:
    """`--until`: a finite, non-negative number of seconds (float() also takes nan and inf)."""
    try:
        seconds = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(message("cli.not_seconds", text=repr(text))) from None
    if not math.isfinite(seconds) or seconds < 0:
        raise argparse.ArgumentTypeError(message("cli.not_a_time", text=text))
    return seconds


def validate_command(args: argparse.Namespace) -> int:
    with loading():  # each file is then checked with the collector on: a folder may be big
        from trainer.launch import Workspace, bundled_scenarios_dir
        from trainer.scenario.files import scenario_files

        workspace = Workspace(args.assets)
    files: list[Path] = []
    unreadable = 0
    for path in args.paths or [bundled_scenarios_dir()]:
        if not path.is_dir():
            files.append(path)
            continue
        try:
            found = scenario_files(path)
        except OSError as error:
            unreadable += 1
            print(message("cli.folder_unreadable", folder=str(path), why=os_reason(error)))
            continue
        if not found:  # a folder named by mistake (a file called mine.yaml/, the wrong place)
            print(message("cli.no_scenarios_in", folder=str(path)), file=sys.stderr)
        files.extend(found)
    if not files:  # each folder named has been told, with what it lacks
        return EXIT_INVALID
    broken = unreadable
    for file in files:
        try:
            run = workspace.prepare(file)
        except ScenarioError as error:
            broken += 1
            limit = None if args.all_problems else PROBLEMS_SHOWN
            print(error.shown(limit, message("cli.all_problems")))
        except TrainerError as error:
            broken += 1
            print(error)
        else:
            print(message("cli.ok", file=str(file)))
            for warning in run.world.airspace.warnings:  # imported airspace left out
                print(message("cli.warning", warning=str(warning)), file=sys.stderr)
    sys.stdout.flush()
    valid = len(files) + unreadable - broken
    print(message("cli.valid_broken", valid=valid, broken=broken), file=sys.stderr)
    return EXIT_INVALID if broken else EXIT_OK


def simulate_command(args: argparse.Namespace) -> int:
    with loading():
        from trainer.launch import Workspace

        workspace = Workspace(args.assets)
        run = workspace.prepare(args.scenario)
        engine = run.engine(seed=args.seed)
    until = run.scenario.duration_s if args.until is None else args.until
    if until > run.scenario.duration_s:
        # Past the end nothing is scored or shown, and a typo (--until 60000) ran for hours.
        end = f"{run.scenario.duration_s:g}"
        print(message("cli.until_past_end", until=f"{until:g}", end=end), file=sys.stderr)
        until = run.scenario.duration_s
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


def schema_command(args: argparse.Namespace) -> int:
    with loading():
        from trainer.scenario.model import Scenario

    schema = Scenario.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Twente Drone Safety Trainer scenario, format 1"
    print(json.dumps(schema, indent=2, sort_keys=True))
    return EXIT_OK
