"""Texts of the live window that were cut or English: the side panel's tabs, the status bar."""

from __future__ import annotations

from PySide6.QtWidgets import QTabBar

from trainer.ui.main_window import MainWindow


def tab_texts_cut(window: MainWindow) -> list[str]:
    """The tabs narrower than their text needs (Qt then shows 'Leg…')."""
    cut = []
    for bar in window.findChildren(QTabBar):
        for i in range(bar.count()):
            if bar.tabRect(i).width() < bar.tabSizeHint(i).width():
                cut.append(bar.tabText(i))
    return cut


def test_the_side_panel_tabs_are_not_cut(window: MainWindow) -> None:
    window.resize(1600, 1000)  # the first start's size
    texts = [bar.tabText(i) for bar in window.findChildren(QTabBar) for i in range(bar.count())]
    assert texts == ["Legend", "Live score", "Briefing"]
    # Was ['Legend', 'Live score (instructor)', 'Briefing']: all three shown cut.
    assert tab_texts_cut(window) == []
    assert window.docks["score"].toggleViewAction().text() == "Live score (instructor)"


def test_the_tabs_are_not_cut_in_dutch(dutch_windows: None, window: MainWindow) -> None:
    window.resize(1600, 1000)
    texts = [bar.tabText(i) for bar in window.findChildren(QTabBar) for i in range(bar.count())]
    assert texts == ["Legenda", "Actuele score", "Briefing"]
    assert tab_texts_cut(window) == []


def test_a_background_map_failure_is_said_in_dutch(dutch_windows: None, window: MainWindow) -> None:
    # Was "Background map: ..." in a Dutch window's status bar.
    window.canvas.basemap.failed.emit("https://tiles.example/5/16/10.png: HTTP 404")
    assert window.statusBar().currentMessage() == (
        "Achtergrondkaart: https://tiles.example/5/16/10.png: HTTP 404"
    )
