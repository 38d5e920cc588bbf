"""The live window's docked panels: where each sits, which share a tab, how wide they start."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QScrollArea, QWidget

from trainer.ui.translation import tr

SIDE_PANEL_WIDTH = 360  # the legend, live score and briefing: the map keeps the room


def build_docks(
    window: QMainWindow,
    tracks: QWidget,
    responses: QWidget,
    alerts: QWidget,
    legend: QWidget,
    briefing: QWidget,
    live_score: QWidget,
) -> dict[str, QDockWidget]:
    """Dock the panels in the window; returns the docks by key (tracks, responses, alerts,
    legend, briefing, score)."""
    docks: dict[str, QDockWidget] = {}
    legend_scroll = QScrollArea(window)
    legend_scroll.setWidget(legend)
    legend_scroll.setWidgetResizable(True)
    right, bottom, left = (
        Qt.DockWidgetArea.RightDockWidgetArea,
        Qt.DockWidgetArea.BottomDockWidgetArea,
        Qt.DockWidgetArea.LeftDockWidgetArea,
    )
    for key, title, widget, area in (
        ("tracks", tr("Tracks"), tracks, right),
        ("responses", tr("Responses"), responses, right),
        ("alerts", tr("Alerts"), alerts, bottom),
        ("legend", tr("Legend"), legend_scroll, left),
        ("briefing", tr("Briefing"), briefing, left),
        ("score", tr("Live score"), live_score, left),
    ):
        dock = QDockWidget(title, window)
        dock.setObjectName(f"dock-{key}")
        dock.setWidget(widget)
        window.addDockWidget(area, dock)
        docks[key] = dock
    # The tab says "Live score": with "(instructor)" the three tabs of the side panel were
    # cut to "Leg…", "Live score (instruc…", "Brie…". The View menu keeps the whole name.
    docks["score"].toggleViewAction().setText(tr("Live score (instructor)"))
    window.tabifyDockWidget(docks["legend"], docks["score"])
    window.tabifyDockWidget(docks["legend"], docks["briefing"])
    for key in ("legend", "score", "briefing"):
        docks[key].setMaximumWidth(SIDE_PANEL_WIDTH)
    docks["legend"].raise_()
    window.resizeDocks([docks["tracks"], docks["legend"]], [430, 270], Qt.Orientation.Horizontal)
    return docks
