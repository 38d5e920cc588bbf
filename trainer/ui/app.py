"""Start the Qt application with the live window and the training record."""

from __future__ import annotations

import sys
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QSettings, QTimer

from trainer.errors import TrainerError
from trainer.i18n.window_choice import APPLICATION, ORGANISATION
from trainer.launch import Workspace
from trainer.records import Repository, default_database_path, open_database
from trainer.ui.main_window import MainWindow
from trainer.ui.qt_start import start_application
from trainer.ui.startup_probe import watch_first_paint
from trainer.ui.translation import apply_language, tr


def configure_pyqtgraph() -> None:
    pg.setConfigOptions(antialias=True, background="#17202a", foreground="#d5dbdb")


def load_simulation_libraries() -> None:
    """Load the tracker's assignment solver and scipy.spatial (large fleets' neighbour
    searches) once the window is up, so a run's first tick does not wait for them."""
    import scipy.spatial  # noqa: F401

    from trainer.sim.lsap import solver

    solver()


def open_record(path: Path | None) -> tuple[Repository | None, str]:
    """The training record, or None with the reason: the window then runs without storing."""
    try:
        repository = Repository(open_database(path or default_database_path()))
        interrupted = repository.mark_interrupted_runs()
    except TrainerError as error:
        return None, tr("Runs will NOT be recorded: {error}").format(error=error)
    note = (
        tr(
            "{count} interrupted run(s) found; their actions are kept. Score them with "
            "Instructor > Debrief a run."
        ).format(count=len(interrupted))
        if interrupted
        else ""
    )
    return repository, note


def run_app(
    scenario: Path | None,
    assets: Path | None = None,
    db: Path | None = None,
    trainee_mode: bool = False,
) -> int:
    """Open the window; `trainee_mode` locks it in the trainee view (kept for later starts)."""
    app = start_application()
    app.setApplicationName(APPLICATION)
    app.setOrganizationName(ORGANISATION)
    apply_language(app)
    configure_pyqtgraph()
    repository, note = open_record(db)
    window = MainWindow(Workspace(assets), QSettings(), repository=repository)
    # Before the window shows: a trainee must never see the instructor's view, not even briefly.
    if trainee_mode and not window.enter_trainee_mode():
        print(
            tr("trainee mode needs an instructor PIN; none was set, so nothing opened"),
            file=sys.stderr,
        )
        return 1
    watch_first_paint(window)
    window.show()
    window.activateWindow()  # keys go to it at once, even after a PIN dialog and without a WM
    if repository is None:
        window.show_error(tr("Training record"), note)
    elif note:
        window.statusBar().showMessage(note, 15000)
    window.open_first(scenario if scenario is not None else window.first_scenario())
    # Deferred from import time (trainer/sim/association.py): the window comes first.
    QTimer.singleShot(500, load_simulation_libraries)
    return app.exec()
