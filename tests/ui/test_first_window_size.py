"""A window's first start fits the screen it opens on (later starts restore their own)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSettings, QSize
from PySide6.QtWidgets import QWidget

from tests.ui.conftest import FakeClock
from trainer.launch import Workspace
from trainer.ui.main_window import DEFAULT_SIZE, MainWindow
from trainer.ui.window_size import FRAME_PX, first_size


class _Screen:
    def __init__(self, width: int, height: int) -> None:
        self.area = QRect(0, 0, width, height)

    def availableGeometry(self) -> QRect:
        return self.area


def sized_on(window: QWidget, width: int, height: int, wanted: QSize) -> QSize:
    """The size a first start gives the window on a screen with this free area."""
    window.screen = lambda: _Screen(width, height)  # type: ignore[assignment,method-assign]
    first_size(window, wanted.width(), wanted.height())
    return window.size()


def test_a_window_is_its_own_size_where_there_is_room_and_smaller_where_not(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QWidget()
    qtbot.addWidget(window)
    wanted = QSize(1500, 950)  # the editor's, the debrief's
    assert sized_on(window, 1920, 1050, wanted) == wanted
    assert sized_on(window, 1366, 728, wanted) == QSize(1366 - FRAME_PX, 728 - FRAME_PX)
    assert sized_on(window, 1280, 1400, wanted) == QSize(1280 - FRAME_PX, 950)


def test_a_laptop_screen_gets_a_main_window_that_fits(  # type: ignore[no-untyped-def]
    qtbot, workspace: Workspace, settings: QSettings, clock: FakeClock
) -> None:
    window = MainWindow(workspace, settings, clock=clock)
    qtbot.addWidget(window)
    # Was 1600 x 1000 on any screen: on a 1366 x 768 laptop (a taskbar takes 40 px) the
    # response buttons, the alerts and the status bar were off the screen.
    size = sized_on(window, 1366, 728, DEFAULT_SIZE)
    assert size.width() <= 1366 - FRAME_PX and size.height() <= 728 - FRAME_PX
    window.show()
    qtbot.waitExposed(window)
    assert window.width() <= 1366 and window.height() <= 728  # its contents allow it
    assert sized_on(window, 1920, 1050, DEFAULT_SIZE) == DEFAULT_SIZE
