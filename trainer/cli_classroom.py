"""The command line's classroom: `drone-trainer console` and `drone-trainer station`."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from trainer.cli_argparse import add_command
from trainer.errors import TrainerError
from trainer.i18n import message, number
from trainer.loading import loading

if TYPE_CHECKING:
    from trainer.classroom.console import ClassConsole
    from trainer.classroom.transport import ConsoleSocket

APP_NAME = "twente-drone-trainer"
DEFAULT_PORT = 47650  # an unassigned port (IANA); any other can be given with --port
LINGER_S = 2.0  # a headless console's wait, after the sheets, for stations still there
EXIT_OK, EXIT_FAILED = 0, 1


def add_classroom_parsers(commands: argparse._SubParsersAction) -> None:
    console = add_command(commands, "console", "cli.help.console")
    console.add_argument("scenario", nargs="?", type=Path, help=message("cli.console.scenario"))
    console.add_argument("--db", type=Path, default=None, help=message("cli.console.db"))
    console.add_argument(
        "--session", default=None, metavar="TITLE", help=message("cli.console.session")
    )
    console.add_argument("--port", type=int, default=DEFAULT_PORT, help=message("cli.console.port"))
    console.add_argument("--code", default=None, help=message("cli.console.code"))
    console.add_argument("--headless", action="store_true", help=message("cli.console.headless"))
    console.add_argument("--stations", type=int, default=1, help=message("cli.console.stations"))
    console.add_argument("--speed", type=float, default=1.0, help=message("cli.console.speed"))
    console.add_argument("--wait-s", type=float, default=120.0, help=message("cli.console.wait"))
    console.add_argument(
        "--picture-hz", type=float, default=10.0, help=message("cli.console.picture_hz")
    )

    station = add_command(commands, "station", "cli.help.station")
    station.add_argument(
        "--connect", default=None, metavar="HOST:PORT", help=message("cli.station.connect")
    )
    station.add_argument("--code", default=None, help=message("cli.station.code"))
    station.add_argument("--name", default=None, help=message("cli.station.name"))
    station.add_argument("--bot", default=None, help=message("cli.station.bot"))
    station.add_argument(
        "--scenario", type=Path, default=None, help=message("cli.station.scenario")
    )
    station.add_argument(
        "--state-dir", type=Path, default=None, help=message("cli.station.state_dir")
    )
    station.add_argument(
        "--timeout-s", type=float, default=3600.0, help=message("cli.station.timeout")
    )


def endpoint_of(connect: str | None) -> str | None:
    """'host:port' (or a tcp:// address) as a ZeroMQ endpoint; None: find the console."""
    if connect is None:
        return None
    if connect.startswith("tcp://"):
        return connect
    host, _, port = connect.rpartition(":")
    if not host or not port.isdigit():
        raise TrainerError(message("cli.classroom.bad_connect", connect=repr(connect)))
    return f"tcp://{host}:{int(port)}"


def console_command(args: argparse.Namespace) -> int:
    from trainer.cli_doctor import window_can_start

    if not args.headless:
        if not window_can_start():
            return EXIT_FAILED
        with loading():
            from trainer.ui.console_app import run_console_app  # Qt only for the window

        return run_console_app(
            args.scenario, args.db, args.session, args.port, args.assets, code=args.code
        )
    if args.scenario is None:
        raise TrainerError(message("cli.classroom.headless_scenario"))
    return _headless_console(args)


def _headless_console(args: argparse.Namespace) -> int:
    with loading():
        from trainer.classroom.console import ClassConsole
        from trainer.classroom.discovery import ConsoleAdvert
        from trainer.launch import Workspace
        from trainer.records import Repository, default_database_path, open_database

        prepared = Workspace(args.assets).prepare(args.scenario)
    db = open_database(args.db or default_database_path())
    try:
        socket = _listen(args.port)  # before the session: a taken port leaves no empty one
    except TrainerError:
        db.conn.close()
        raise
    try:
        repository = Repository(db)
        repository.mark_interrupted_runs()
        title = args.session or message(
            "cli.classroom.class_title", when=time.strftime("%Y-%m-%d %H:%M")
        )
        session = repository.add_session(title)
        console = ClassConsole(prepared, repository, session, socket, code=args.code,
                               picture_hz=args.picture_hz)  # fmt: skip
        console.set_speed(args.speed)
        listening = message(
            "cli.classroom.listening", port=socket.port, session=session, code=console.code
        )
        print(listening, flush=True)
        with ConsoleAdvert(f"Twente console {session}", socket.port, title, _version()):
            _run_class(console, args.stations, args.wait_s)
        for station in console.stations.values():
            sheet = station.sheet
            result = (
                f"{number(sheet.total)}/{number(sheet.maximum)} {number(sheet.percent)} %"
                if sheet
                else "-"
            )  # '0/100 0,0 %' in Dutch
            print(
                message(
                    "cli.classroom.station_result",
                    trainee=station.trainee,
                    run=str(station.run_id),
                    result=result,
                )
            )
    finally:
        socket.close()
        db.conn.close()
    return EXIT_OK


def _listen(port: int) -> ConsoleSocket:
    """The console's socket on `port`; a port another program has is a clear refusal."""
    import zmq

    from trainer.classroom.transport import ConsoleSocket

    try:
        return ConsoleSocket(f"tcp://*:{port}")
    except zmq.ZMQError as error:
        if error.errno == zmq.EADDRINUSE:
            said = message("cli.classroom.port_taken", port=port)
        else:
            said = message("cli.classroom.cannot_listen", port=port, why=str(error))
        raise TrainerError(said) from error


def _run_class(console: object, stations: int, wait_s: float) -> None:
    from trainer.classroom.console import ClassConsole

    assert isinstance(console, ClassConsole)
    deadline = time.monotonic() + wait_s
    while len(console.stations) < stations and time.monotonic() < deadline:
        console.pump(timeout_ms=20)
    console.start()
    while console.state == "running":
        console.pump(timeout_ms=2)
    console.release_sheets()
    linger(console)


def linger(console: ClassConsole, clock: Callable[[], float] = time.monotonic) -> None:
    """Let the last acknowledgements and sheets go out: pump until every station has said it
    is leaving (a scripted one does once it has its sheet), for at most LINGER_S."""
    deadline = clock() + LINGER_S
    while clock() < deadline and not all(
        station.left or station.removed for station in console.stations.values()
    ):
        console.pump(timeout_ms=20)


def station_command(args: argparse.Namespace) -> int:
    import platformdirs

    from trainer.cli_doctor import window_can_start

    state_dir = args.state_dir or platformdirs.user_state_path(APP_NAME) / "station"
    endpoint = endpoint_of(args.connect)
    if args.bot is None:
        if not window_can_start():
            return EXIT_FAILED
        with loading():
            from trainer.ui.station_app import run_station_app  # Qt only for the window

        return run_station_app(endpoint, args.code, args.name, state_dir, args.assets)
    return _scripted_station(args, endpoint, state_dir)


def _scripted_station(args: argparse.Namespace, endpoint: str | None, state_dir: Path) -> int:
    with loading():
        from trainer.classroom.discovery import find_consoles
        from trainer.classroom.station import StationLink
        from trainer.classroom.station_bot import ReplicaTruth, run_scripted_station
        from trainer.launch import Workspace
        from trainer.scoring.bots import make_bot

    if args.scenario is None or args.code is None or args.name is None:
        raise TrainerError(message("cli.classroom.bot_needs"))
    prepared = Workspace(args.assets).prepare(args.scenario)
    bot = make_bot(args.bot, prepared.scenario)
    if endpoint is None:
        found = find_consoles()
        if len(found) != 1:
            names = ", ".join(
                message("cli.classroom.console_at", name=c.name, address=c.address, port=c.port)
                for c in found
            )
            raise TrainerError(
                message(
                    "cli.classroom.consoles_found",
                    count=len(found),
                    names=names or message("cli.classroom.none"),
                )
            )
        endpoint = found[0].endpoint
    state_dir.mkdir(parents=True, exist_ok=True)
    station_file = state_dir / "station-id"
    station_id = (
        station_file.read_text(encoding="utf-8").strip() if station_file.is_file() else None
    )
    link = StationLink(endpoint, args.code, args.name, station_id=station_id,
                       outbox=state_dir / "outbox.jsonl")  # fmt: skip
    station_file.write_text(link.station_id, encoding="utf-8")
    try:
        result = run_scripted_station(
            link, bot, lambda seed: ReplicaTruth(prepared, seed), timeout_s=args.timeout_s
        )
    finally:
        link.close()
    if link.kept:
        kept = message("cli.classroom.kept", name=args.name, count=len(link.kept),
                       file=str(link.outbox.kept_path))  # fmt: skip
        print(kept, file=sys.stderr)
    if result.refused:
        print(message("cli.classroom.refused", why=result.refused), file=sys.stderr)
        return EXIT_FAILED
    sheet = link.sheet
    score = (
        f", {number(sheet.total)}/{number(sheet.maximum)} = {number(sheet.percent)} %"
        if sheet
        else ""
    )
    print(
        message(
            "cli.classroom.bot_done",
            name=args.name,
            actions=result.actions_sent,
            waiting=result.unacknowledged,
            score=score,
        )
    )
    return EXIT_OK if result.joined else EXIT_FAILED


def _version() -> str:
    from trainer import __version__

    return __version__
