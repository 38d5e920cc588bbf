"""A window's first size: what it was designed for, or less on a smaller screen."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget

FRAME_PX = 40  # what a window manager's title bar and borders take, roughly


def first_size(window: QWidget, width: int, height: int) -> None:
    """`width` x `height`, or the screen's free area less a window frame where that is smaller
    (a 1366 x 768 laptop): a bigger window puts its buttons and status bar off the screen."""
    screen = window.screen().availableGeometry()
    room = QSize(screen.width() - FRAME_PX, screen.height() - FRAME_PX)
    window.resize(QSize(width, height).boundedTo(room))
