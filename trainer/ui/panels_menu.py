"""View > Panels: the docks' show/hide entries, in a menu of their own.

Listed beside the map's layers they read as one list, and the Tracks panel and the map's
Tracks layer were two entries both called "Tracks"."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QDockWidget, QMenu

from trainer.ui.translation import tr


def add_panels_menu(view_menu: QMenu, docks: Iterable[QDockWidget]) -> QMenu:
    """Add the Panels submenu to a View menu, one entry per dock in the given order."""
    panels = view_menu.addMenu(tr("Pa&nels"))
    for dock in docks:
        panels.addAction(dock.toggleViewAction())
    return panels
