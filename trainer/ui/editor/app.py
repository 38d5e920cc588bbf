"""Start the scenario editor in a window of its own (`drone-trainer edit [FILE]`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from trainer.launch import Workspace
from trainer.ui.app import configure_pyqtgraph
from trainer.ui.editor.editor_window import ScenarioEditor
from trainer.ui.qt_start import start_application
from trainer.ui.translation import apply_language


def run_editor(scenario: Path | None, assets: Path | None = None) -> int:
    app = start_application()
    app.setApplicationName("Twente Drone Safety Trainer")
    app.setOrganizationName("Twente Safety Campus")
    apply_language(app)
    configure_pyqtgraph()
    editor = ScenarioEditor(Workspace(assets), QSettings())
    editor.show()
    editor.activateWindow()
    if scenario is not None:
        editor.open_file(scenario)  # a broken file shows why; the editor stays open
    return app.exec()
