"""The View menus of the live window and the station: every entry tells itself apart from the
others (the map's Tracks layer and the Tracks panel were both just "Tracks"), and the map's
layers are listed in the order of their keys, Ctrl+1 to Ctrl+7."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMenu

from trainer.ui.main_window import MainWindow
from trainer.ui.map.canvas import MapCanvas
from trainer.ui.station_menus import StationMenus


def menu_named(window: QMainWindow, title: str) -> QMenu:
    (menu,) = [a.menu() for a in window.menuBar().actions() if a.text() == title]
    assert isinstance(menu, QMenu)
    return menu


def entries(menu: QMenu) -> list[str]:
    """What the menu lists at its own level, as read (without the & of the mnemonics)."""
    return [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]


def layer_keys_in_order(menu: QMenu) -> list[str]:
    """The Ctrl+digit keys (the map's layers), top to bottom."""
    keys = [a.shortcut().toString() for a in menu.actions()]
    return [key for key in keys if key.startswith("Ctrl+") and key[5:].isdigit()]


def panels_of(menu: QMenu, title: str) -> list[QAction]:
    (panels,) = [a.menu() for a in menu.actions() if a.text() == title]
    assert isinstance(panels, QMenu)
    return panels.actions()


def station_menus(qtbot) -> tuple[StationMenus, dict[str, QDockWidget]]:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    qtbot.addWidget(window)
    canvas = MapCanvas(window)
    docks = {key: QDockWidget(title, window) for key, title in (("tracks", "Tracks"),
             ("responses", "Responses"), ("alerts", "Alerts"), ("legend", "Legend"))}  # fmt: skip
    for dock in docks.values():
        dock.setWidget(QLabel())
    menus = StationMenus(window, canvas, docks, lambda: None, lambda: None, lambda: None)
    return menus, docks  # the menus keep the window


def test_the_live_view_menu_names_each_entry_once(window: MainWindow) -> None:
    view = menu_named(window, "&View")
    listed = entries(view)
    # Was [..., 'Tracks', ..., 'Tracks', 'Responses', ...]: the layer (Ctrl+5) and the panel.
    assert len(listed) == len(set(listed)), listed
    assert "Tracks" in listed and "Panels" in listed
    assert panels_of(view, "Pa&nels") == [d.toggleViewAction() for d in window.docks.values()]


def test_the_live_view_menu_lists_the_layers_in_the_order_of_their_keys(
    window: MainWindow,
) -> None:
    view = menu_named(window, "&View")
    # Was Ctrl+1 .. Ctrl+4, Ctrl+7, Ctrl+5, Ctrl+6: manned traffic sat between rings and tracks.
    assert layer_keys_in_order(view) == [f"Ctrl+{n}" for n in range(1, 8)]


@pytest.mark.usefixtures("dutch_windows")
def test_the_live_view_menu_tells_them_apart_in_dutch(
    qtbot, workspace: object, settings: object
) -> None:  # type: ignore[no-untyped-def]
    dutch = MainWindow(workspace, settings)  # type: ignore[arg-type]
    qtbot.addWidget(dutch)
    view = menu_named(dutch, "Beel&d")
    listed = entries(view)
    assert len(listed) == len(set(listed)), listed
    assert "Panelen" in listed
    assert [a.text() for a in panels_of(view, "Pa&nelen")][:3] == [
        "Tracks",
        "Handelingen",
        "Meldingen",
    ]


def test_the_station_view_menu_names_each_entry_once_in_the_order_of_the_keys(qtbot) -> None:  # type: ignore[no-untyped-def]
    menus, docks = station_menus(qtbot)
    listed = entries(menus.view_menu)
    assert len(listed) == len(set(listed)), listed
    assert panels_of(menus.view_menu, "Pa&nels") == [d.toggleViewAction() for d in docks.values()]
    # The station has no overlay (Ctrl+6): it shows no truth.
    assert layer_keys_in_order(menus.view_menu) == ["Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4",
                                                    "Ctrl+5", "Ctrl+7"]  # fmt: skip


@pytest.mark.usefixtures("dutch_windows")
def test_the_station_view_menu_tells_them_apart_in_dutch(qtbot) -> None:  # type: ignore[no-untyped-def]
    menus, _ = station_menus(qtbot)
    listed = entries(menus.view_menu)
    assert len(listed) == len(set(listed)), listed
    assert "Panelen" in listed
