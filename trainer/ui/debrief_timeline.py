"""The debrief's timeline: each drone's distance to the runway over the run, the alert
distances, the moments marked over it (injects, actions, score items) and the playhead."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from trainer.replay import Replay
from trainer.scoring.due import DueWindow
from trainer.sim.injects import Inject
from trainer.ui import style
from trainer.ui.debrief_scores import ScoreMarks, score_results
from trainer.ui.plot_axes import local_axes
from trainer.ui.translation import tr

ACTION = QColor("#d5dbdb")
INJECT = QColor("#f5b041")
_DRONE_COLOURS = ("#5dade2", "#f5b041", "#af7ac5", "#48c9b0", "#ec7063", "#f4d03f")
_ALERT_DISTANCES_M = (500.0, 1000.0)


@dataclass(frozen=True, eq=False)
class RunTimeline:
    """The plot and the items on it that the debrief answers clicks and drags of."""

    plot: pg.PlotWidget
    action_marks: pg.ScatterPlotItem  # each spot's data: the action's time
    score_marks: ScoreMarks
    inject_marks: pg.ScatterPlotItem  # each spot's data: the inject's time
    playhead: pg.InfiniteLine


def run_timeline(
    replay: Replay, injects: Sequence[tuple[float, Inject]], windows: Sequence[DueWindow]
) -> RunTimeline:
    plot = pg.PlotWidget(background=style.BACKGROUND, axisItems=local_axes())
    plot.setLabel("left", tr("Distance to runway"), units="m")
    plot.setLabel("bottom", tr("Time"), units="s")
    plot.showGrid(x=True, y=True, alpha=0.2)
    plot.addLegend(offset=(-10, 10))
    times, series = replay.runway_distance()
    colours = [QColor(c) for c in _DRONE_COLOURS]
    top = 1000.0
    for number, (drone, distances) in enumerate(series.items()):
        if np.all(np.isnan(distances)):
            continue
        plot.plot(
            times,
            distances,
            pen=pg.mkPen(colours[number % len(colours)], width=2),
            name=drone,
            connect="finite",
        )
        top = max(top, float(np.nanmax(distances)))
    for alert in _ALERT_DISTANCES_M:
        plot.addItem(
            pg.InfiniteLine(
                alert,
                angle=0,
                pen=pg.mkPen(QColor(236, 112, 99, 120), style=Qt.PenStyle.DashLine),
            )
        )
    # Markers: injects on top, then actions, then score items (green gained, red lost).
    action_marks = pg.ScatterPlotItem(
        [a.sim_time_s for a in replay.actions],
        [top * 1.08] * len(replay.actions),
        symbol="t",
        size=12,
        brush=pg.mkBrush(ACTION),
        pen=None,
        data=[a.sim_time_s for a in replay.actions],
    )
    score_marks = ScoreMarks(score_results(replay.sheet, windows, {}), top * 1.02)
    inject_marks = pg.ScatterPlotItem(
        [time_s for time_s, _ in injects],
        [top * 1.14] * len(injects),
        symbol="d",
        size=12,
        brush=pg.mkBrush(INJECT),
        pen=None,
        data=[time_s for time_s, _ in injects],
    )
    for marks in (action_marks, score_marks, inject_marks):
        plot.addItem(marks)
    playhead = pg.InfiniteLine(0.0, angle=90, movable=True, pen=pg.mkPen("#ffffff", width=1.5))
    plot.addItem(playhead)
    plot.setXRange(0, max(replay.duration_s, 1.0), padding=0.01)
    return RunTimeline(plot, action_marks, score_marks, inject_marks, playhead)
