"""The first start's window fits the screen it opens on (later starts restore their own)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSettings, QSize

from tests.ui.conftest import FakeClock
from trainer.launch import Workspace
from trainer.ui.main_window import DEFAULT_SIZE, FRAME_PX, MainWindow


class _Screen:
    def __init__(self, width: int, height: int) -> None:
        self.area = QRect(0, 0, width, height)

    def availableGeometry(self) -> QRect:
        return self.area


def first_size(window: MainWindow, width: int, height: int) -> QSize:
    """The size a first start gives the window on a screen with this free area."""
    window.screen = lambda: _Screen(width, height)  # type: ignore[assignment,method-assign]
    window._first_size()
    return window.size()


def test_a_laptop_screen_gets_a_window_that_fits(  # type: ignore[no-untyped-def]
    qtbot, workspace: Workspace, settings: QSettings, clock: FakeClock
) -> None:
    window = MainWindow(workspace, settings, clock=clock)
    qtbot.addWidget(window)
    # Was 1600 x 1000 on any screen: on a 1366 x 768 laptop (a taskbar takes 40 px) the
    # response buttons, the alerts and the status bar were off the screen.
    size = first_size(window, 1366, 728)
    assert size.width() <= 1366 - FRAME_PX and size.height() <= 728 - FRAME_PX
    window.show()
    qtbot.waitExposed(window)
    assert window.width() <= 1366 and window.height() <= 728  # its contents allow it
    assert first_size(window, 1920, 1050) == DEFAULT_SIZE  # room enough: the default
