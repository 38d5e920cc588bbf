"""Start the Qt application with the live window."""

from __future__ import annotations

import sys
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from trainer.launch import Workspace
from trainer.ui.main_window import MainWindow


def configure_pyqtgraph() -> None:
    pg.setConfigOptions(antialias=True, background="#17202a", foreground="#d5dbdb")


def run_app(scenario: Path | None, assets: Path | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Twente Drone Safety Trainer")
    app.setOrganizationName("Twente Safety Campus")
    configure_pyqtgraph()
    window = MainWindow(Workspace(assets), QSettings())
    window.show()
    if scenario is not None:
        window.open_scenario(scenario)
    return app.exec()
