"""Qt test set-up: an isolated settings file and a window driven by a fake wall clock."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from trainer.launch import Workspace
from trainer.ui.app import configure_pyqtgraph
from trainer.ui.main_window import MainWindow


class FakeClock:
    """Wall time that moves only when a test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def window(qtbot, workspace: Workspace, settings: QSettings, clock: FakeClock) -> MainWindow:  # type: ignore[no-untyped-def]
    configure_pyqtgraph()
    window = MainWindow(workspace, settings, clock=clock)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    return window
