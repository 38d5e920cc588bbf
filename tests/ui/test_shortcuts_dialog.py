"""F1 lists every key a trainee uses, keys and actions in columns that line up."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QMainWindow

from tests.conftest import SCENARIOS
from trainer.ui.main_window import TRAINEE, MainWindow
from trainer.ui.map.canvas import MapCanvas
from trainer.ui.shortcuts_dialog import ShortcutsDialog
from trainer.ui.station_menus import StationMenus


def test_f1_lines_up_keys_and_actions(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.open_scenario(SCENARIOS / "hobby-drone-approach-23.yaml")
    window.set_role(TRAINEE)
    dialog = window.show_shortcuts()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Keyboard shortcuts"
    shown = dialog.view.toPlainText()
    assert shown == window.shortcut_text()
    # The keys are padded to one column with spaces; only a fixed-width font lines them up
    # (the message box's proportional font left 'Ctrl+1', 'F' and 'Home' ragged).
    metrics = dialog.view.fontMetrics()
    assert metrics.horizontalAdvance("Ctrl+1  ") == metrics.horizontalAdvance("    Home")
    assert metrics.horizontalAdvance("iiii") == metrics.horizontalAdvance("MMMM")
    # The whole list fits without scrolling sideways.
    assert dialog.view.horizontalScrollBar().maximum() == 0
    dialog.reject()


def test_f1_names_the_keys_of_the_fields_and_the_map(window: MainWindow) -> None:
    window.open_scenario(SCENARIOS / "hobby-drone-approach-23.yaml")
    window.set_role(TRAINEE)
    lines = [line.strip() for line in window.shortcut_text().splitlines()]
    assert "Enter  Name field: confirm the trainee; log line: close the incident" in lines
    assert "Arrows  Pan the map (click it first)" in lines
    assert "+ -  Zoom the map" in lines
    assert "A  Detect: Acknowledge" in lines  # the response keys, as before


def test_f1_names_the_keys_as_the_menus_do_in_dutch(
    dutch_windows: None, window: MainWindow
) -> None:
    window.open_scenario(SCENARIOS / "hobby-drone-approach-23.yaml")
    lines = [line.strip() for line in window.shortcut_text().splitlines()]
    assert "Spatiebalk  Starten" in lines  # the Oefening menu says Spatiebalk; F1 said Space
    assert not any(line.startswith("Space ") for line in lines)


def test_the_station_lists_its_keys_in_columns_that_line_up(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = QMainWindow()
    qtbot.addWidget(window)
    menus = StationMenus(window, MapCanvas(window), {}, lambda: None, lambda: None, lambda: None)
    dialog = menus.show_shortcuts()  # was a message box, in a proportional font
    qtbot.waitExposed(dialog)
    lines = dialog.view.toPlainText().splitlines()
    assert "    Home  Zoom to aerodrome" in lines and "       F  Fit the exercise" in lines
    assert "       A  Acknowledge (Detect)" in lines
    metrics = dialog.view.fontMetrics()
    assert metrics.horizontalAdvance("    Home") == metrics.horizontalAdvance("       F")
    dialog.reject()


def test_f1_pressed_again_and_again_leaves_no_dialogs_behind(qtbot) -> None:  # type: ignore[no-untyped-def]
    # A new dialog at every F1, each a child of the window: a station pressing F1 through a
    # class kept every one of them.
    window = QMainWindow()
    qtbot.addWidget(window)
    menus = StationMenus(window, MapCanvas(window), {}, lambda: None, lambda: None, lambda: None)
    for _ in range(3):
        dialog = menus.show_shortcuts()
        qtbot.waitExposed(dialog)
        dialog.reject()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.findChildren(ShortcutsDialog) == []
