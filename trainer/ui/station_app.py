"""Start a trainee's station: join the class (asking what is missing), then the station window."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QLockFile, QSettings
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from trainer.errors import TrainerError
from trainer.launch import Workspace
from trainer.ui.app import configure_pyqtgraph
from trainer.ui.qt_start import start_application
from trainer.ui.startup_probe import watch_first_paint
from trainer.ui.station_connect import ConnectDialog
from trainer.ui.station_exercise import exercise_airspace
from trainer.ui.station_state import StationState
from trainer.ui.station_window import APP_NAME, StationWindow
from trainer.ui.tooltips import plain_tip
from trainer.ui.translation import QT_TR_NOOP, apply_language, tr

EXIT_OK, EXIT_FAILED = 0, 1
ALREADY_RUNNING = QT_TR_NOOP(
    "Another station is already running on this computer with the folder {folder}. Both "
    "would join as the same station and take each other's place in the class. Close the "
    "other one, or give this one a folder of its own with --state-dir."
)


def claim_state_folder(state_dir: Path) -> QLockFile | None:
    """The station's state folder (its id, its outbox) for this program alone while the lock
    is held; None when another station program holds it. A crashed station's lock is taken
    over (Qt sees that the process named in it is gone); a folder that cannot be written is
    no reason to refuse, the station says what it cannot keep."""
    with contextlib.suppress(OSError):
        state_dir.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(state_dir / "station.lock"))
    lock.setStaleLockTime(0)  # never stale by age alone: a class runs for hours
    if lock.tryLock(0) or lock.error() != QLockFile.LockError.LockFailedError:
        return lock
    return None


def run_station_app(
    endpoint: str | None,
    code: str | None,
    name: str | None,
    state_dir: Path,
    assets: Path | None = None,
) -> int:
    """Join the console at `endpoint` (found on the LAN when None) with the session code, as
    `name`; whatever is missing is asked for. `state_dir` keeps the station's id and outbox,
    so a restarted station rejoins its class as itself."""
    app = start_application()
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("Twente Safety Campus")
    apply_language(app)
    configure_pyqtgraph()
    try:
        workspace = Workspace(assets)
    except TrainerError as error:
        QMessageBox.critical(None, tr("Cannot start the station"), plain_tip(str(error)))
        return EXIT_FAILED
    lock = claim_state_folder(state_dir)
    if lock is None:
        said = tr(ALREADY_RUNNING).format(folder=state_dir)
        QMessageBox.critical(None, tr("Cannot start the station"), plain_tip(said))
        return EXIT_FAILED
    dialog = ConnectDialog(StationState(state_dir), endpoint, code, name)
    watch_first_paint(dialog)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.link is None:
        return EXIT_FAILED
    link = dialog.link
    assert link.welcome is not None
    try:
        airspace = exercise_airspace(link.welcome, workspace)
    except TrainerError as error:
        link.close()
        QMessageBox.critical(
            None,
            tr("Cannot show the exercise"),
            plain_tip(
                tr(
                    "This station cannot draw the exercise's airspace: {error}\n\nIts map files "
                    "may differ from the console's; ask the instructor."
                ).format(error=error)
            ),
        )
        return EXIT_FAILED
    window = StationWindow(link, airspace, workspace, QSettings())
    window.show()
    window.activateWindow()  # response keys work at once
    return EXIT_OK if app.exec() == 0 else EXIT_FAILED
