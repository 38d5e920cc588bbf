"""Start a trainee's station: join the class (asking what is missing), then the station window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
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
from trainer.ui.translation import apply_language, tr

EXIT_OK, EXIT_FAILED = 0, 1


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
        QMessageBox.critical(None, tr("Cannot start the station"), str(error))
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
            tr(
                "This station cannot draw the exercise's airspace: {error}\n\nIts map files "
                "may differ from the console's; ask the instructor."
            ).format(error=error),
        )
        return EXIT_FAILED
    window = StationWindow(link, airspace, workspace, QSettings())
    window.show()
    window.activateWindow()  # response keys work at once
    return EXIT_OK if app.exec() == 0 else EXIT_FAILED
