"""Start the instructor's class console: choose session and scenario, listen, announce, show."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from zmq import EADDRINUSE, ZMQError

from trainer import __version__
from trainer.classroom.console import ClassConsole
from trainer.classroom.discovery import ConsoleAdvert
from trainer.classroom.transport import ConsoleSocket
from trainer.errors import TrainerError, readable
from trainer.launch import PreparedRun, Workspace
from trainer.library import ScenarioLibrary
from trainer.records import Repository
from trainer.ui.app import configure_pyqtgraph, open_record
from trainer.ui.console_address import station_addresses
from trainer.ui.console_setup import ConsoleSetupDialog
from trainer.ui.console_window import ConsoleWindow
from trainer.ui.qt_start import start_application
from trainer.ui.translation import apply_language, tr

PICTURE_HZ = 10.0  # pictures to the stations a second: smooth enough, light on a LAN of 30


@dataclass
class Choices:
    prepared: PreparedRun | None
    session_id: int | None
    port: int
    socket: ConsoleSocket | None = None  # the port, once opened


def run_console_app(
    scenario: Path | None,
    db: Path | None,
    session_title: str | None,
    port: int,
    assets: Path | None = None,
    code: str | None = None,
) -> int:
    """The console window until it is closed. Without both a scenario and a session title the
    instructor chooses them first; port 0 listens on any free port (the window shows which).
    `code`: the session code (a console started again after a failure keeps its stations'
    code); None makes a new one."""
    app = start_application()
    app.setApplicationName("Twente Drone Safety Trainer")
    app.setOrganizationName("Twente Safety Campus")
    apply_language(app)
    configure_pyqtgraph()
    repository, note = open_record(db)
    if repository is None:
        QMessageBox.critical(
            None,
            tr("Training record"),
            tr(
                "{note}\n\nThe class console records every trainee's run and cannot work "
                "without the training record."
            ).format(note=note),
        )
        return 1
    try:
        console = open_console(
            repository, Workspace(assets), scenario, session_title, port, code=code
        )
        if console is None:
            return 0  # the instructor cancelled
        title = repository.session(console.session_id).title
        advert = ConsoleAdvert(title, console.socket.port, title, __version__)
        advert.start()  # in a thread of its own; a LAN without multicast only logs a warning
        try:
            window = ConsoleWindow(console, station_addresses(console.socket.port))
            window.show()
            if note:
                window.statusBar().showMessage(note, 15000)
            return app.exec()
        finally:
            advert.close()
            console.socket.close()
    finally:
        repository.db.close()


def open_console_window(
    repository: Repository, workspace: Workspace, scenario: Path | None, port: int
) -> ConsoleWindow | None:
    """The class console from the single-PC window (Instructor > Class console): the same
    record, the setup questions, then a window of its own that announces itself on the LAN
    while it is open. None when the instructor cancels."""
    console = open_console(repository, workspace, scenario, None, port)
    if console is None:
        return None
    title = repository.session(console.session_id).title
    advert = ConsoleAdvert(title, console.socket.port, title, __version__)
    advert.start()
    window = ConsoleWindow(console, station_addresses(console.socket.port))
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def closed() -> None:
        advert.close()
        console.socket.close()

    window.destroyed.connect(closed)
    window.show()
    return window


def open_console(
    repository: Repository,
    workspace: Workspace,
    scenario: Path | None,
    session_title: str | None,
    port: int,
    code: str | None = None,
) -> ClassConsole | None:
    """Ask until the choices give a listening console; None when the instructor cancels.
    The port is opened before a new session is made: one that cannot be opened leaves no
    empty session on the record."""
    library = ScenarioLibrary(workspace)
    choices = Choices(None, None, port)
    problem = ""
    if scenario is not None and session_title:  # chosen on the command line: no questions
        try:
            choices.prepared = workspace.prepare(scenario)
            choices.socket = listen_on(port)
            choices.session_id = _session_titled(repository, session_title)
        except TrainerError as error:
            problem = readable(error)
    while True:
        if choices.prepared is None or choices.session_id is None or problem:
            if choices.socket is not None:
                choices.socket.close()
            dialog = ConsoleSetupDialog(repository, library, scenario=scenario,
                                        session_title=session_title, session_id=choices.session_id,
                                        port=choices.port, problem=problem,
                                        listen=listen_on)  # fmt: skip
            if not dialog.exec():
                return None
            choices = Choices(dialog.prepared, dialog.session_id, dialog.port, dialog.socket)
            problem = ""
        assert choices.prepared is not None and choices.session_id is not None
        if choices.socket is None:  # a dialog that opened no port (none asks for it yet)
            try:
                choices.socket = listen_on(choices.port)
            except TrainerError as error:
                problem = str(error)
                continue
        try:
            return ClassConsole(choices.prepared, repository, choices.session_id, choices.socket,
                                code=code, picture_hz=PICTURE_HZ)  # fmt: skip
        except TrainerError as error:
            problem = str(error)


def listen_on(port: int) -> ConsoleSocket:
    """The console's socket on `port` of every interface (0: any free port); one that cannot
    be opened (another console or program has it) is a TrainerError naming the port."""
    try:
        return ConsoleSocket(f"tcp://*:{port}")
    except ZMQError as error:
        if error.errno == EADDRINUSE:  # the usual case, said plainly (ZeroMQ's text is English)
            said = tr(
                "Cannot listen on port {port}: another console or program on this PC has it. "
                "Choose another port, or 0 for any free port."
            ).format(port=port)
        else:
            said = tr("Cannot listen on port {port} ({error}): choose another, or 0.").format(
                port=port, error=error
            )
        raise TrainerError(said) from error


def _session_titled(repository: Repository, title: str) -> int:
    """The newest class session of that title, or a new one."""
    found = [s for s in repository.sessions() if s.title == title]
    return found[-1].id if found else repository.add_session(title)
