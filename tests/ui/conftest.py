"""Qt test set-up: an isolated settings file and a window driven by a fake wall clock."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from tests.conftest import SCENARIOS
from trainer import i18n
from trainer.launch import Workspace
from trainer.ui import sim_driver
from trainer.ui.app import configure_pyqtgraph
from trainer.ui.main_window import MainWindow
from trainer.ui.map.canvas import MapCanvas
from trainer.ui.translation import install_translators


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
def window(qtbot, workspace: Workspace, settings: QSettings, clock: FakeClock,  # type: ignore[no-untyped-def]
           monkeypatch: pytest.MonkeyPatch) -> MainWindow:  # fmt: skip
    # A frame's stepping budget is real time: on a busy machine the driver would step fewer
    # ticks than the fake wall time owes, and let sim time run slow (8x gave 23.2 s for 24).
    monkeypatch.setattr(sim_driver, "STEP_BUDGET_S", float("inf"))
    configure_pyqtgraph()
    window = MainWindow(workspace, settings, clock=clock)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def dutch_windows(qapp: QApplication) -> Iterator[None]:
    """The windows and the program's sentences in Dutch for one test, English again after."""
    translators = install_translators(qapp, "nl")
    i18n.use_language("nl")
    try:
        yield
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        i18n.use_language("en")


@pytest.fixture
def map_canvas(qtbot) -> MapCanvas:  # type: ignore[no-untyped-def]
    """A map canvas, 1000 x 800 pixels on screen, with nothing on it."""
    configure_pyqtgraph()
    canvas = MapCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(1000, 800)
    canvas.show()
    qtbot.waitExposed(canvas)
    return canvas


@pytest.fixture
def hobby_canvas(map_canvas: MapCanvas, workspace: Workspace) -> MapCanvas:
    """The map canvas with the hobby scenario's airspace."""
    map_canvas.set_airspace(
        workspace.prepare(SCENARIOS / "hobby-drone-approach-23.yaml").world.airspace
    )
    return map_canvas
