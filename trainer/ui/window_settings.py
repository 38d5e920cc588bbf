"""What the live window keeps between starts: its size and place, its panels, the map's layers."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QMainWindow

from trainer.ui.window_size import first_size


def restore_window(window: QMainWindow, settings: QSettings, first: QSize) -> None:
    """The window as it was left; at the first start `first`, where the screen has room."""
    geometry = settings.value("window/geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    else:
        first_size(window, first.width(), first.height())
    state = settings.value("window/state")
    if state is not None:
        window.restoreState(state)


def layers_shown(settings: QSettings, keys: Iterable[str]) -> dict[str, bool]:
    """Which map layers were shown (all, at the first start)."""
    return {key: bool(settings.value(f"layers/{key}", True, type=bool)) for key in keys}


def save_window(window: QMainWindow, settings: QSettings, layers: Mapping[str, bool]) -> None:
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState())
    for key, shown in layers.items():
        settings.setValue(f"layers/{key}", shown)
    settings.sync()
