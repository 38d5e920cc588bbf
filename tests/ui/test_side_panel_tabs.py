"""The side panel's tabs (Legend, Live score, Briefing) show their whole names."""

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
