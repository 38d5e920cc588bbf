"""Which scenario the window opens: one picked in a file dialog, or the one it starts with."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from trainer.launch import DEFAULT_SCENARIO, bundled_scenarios_dir
from trainer.ui.translation import tr


def default_scenario() -> Path:
    return bundled_scenarios_dir() / DEFAULT_SCENARIO


def ask_for_scenario(parent: QWidget, settings: QSettings) -> Path | None:
    """A scenario file picked in the folder last opened from; None when none is."""
    start = settings.value("last_folder", str(bundled_scenarios_dir()))
    path, _ = QFileDialog.getOpenFileName(
        parent, tr("Open scenario"), str(start), tr("Scenarios (*.yaml *.yml)")
    )
    return Path(path) if path else None


def first_scenario(trainee: bool, recent: Sequence[str]) -> Path:
    """The scenario to start with when none is named: in trainee mode the one the instructor
    opened last, so a trainee who quits and starts the app again finds the same exercise
    (not another one); otherwise the default."""
    if trainee:
        for path in recent[:1]:
            if Path(path).is_file():
                return Path(path)
    return default_scenario()
