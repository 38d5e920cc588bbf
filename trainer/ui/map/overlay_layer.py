"""The instructor's overlay: the trainee's sensor tracks over the truth, joined to their drones."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor

from trainer.sim.snapshot import Snapshot
from trainer.ui.map.layer import Layer
from trainer.ui.map.static_layers import cosmetic_pen

TRACK_COLOUR = QColor("#85c1e9")
FALSE_TRACK_COLOUR = QColor("#f1948a")


class OverlayLayer(Layer):
    """Hollow squares where the tracks are; a line from each to the drone it follows (its error).

    A square with no line is a false track (clutter, a bird); a drone with no square is unseen.
    """

    def __init__(self, view: pg.ViewBox) -> None:
        super().__init__("overlay", "Sensor tracks over truth")
        self.tracks = pg.ScatterPlotItem(pxMode=True, size=17, symbol="s", brush=None,
                                         pen=pg.mkPen(TRACK_COLOUR, width=1.5))  # fmt: skip
        false_pen = pg.mkPen(FALSE_TRACK_COLOUR, width=1.5)
        self.false_tracks = pg.ScatterPlotItem(
            pxMode=True, size=17, symbol="s", brush=None, pen=false_pen
        )
        self.errors = pg.PlotCurveItem(pen=cosmetic_pen(TRACK_COLOUR, 1.0))
        for item in (self.errors, self.tracks, self.false_tracks):
            item.setZValue(7)
            self.add(item, view)

    def show(self, snapshot: Snapshot, truth: dict[str, str | None]) -> None:
        tracks = snapshot.tracks
        if tracks is None or tracks.size == 0:
            for item in (self.tracks, self.false_tracks, self.errors):
                item.setData([], [])
            return
        followed = np.array([truth.get(t) in snapshot.ids for t in tracks.ids], dtype=bool)
        self.tracks.setData(x=tracks.x[followed], y=tracks.y[followed])
        self.false_tracks.setData(x=tracks.x[~followed], y=tracks.y[~followed])
        xs, ys = [], []
        for i in np.flatnonzero(followed):
            drone = snapshot.ids.index(truth[tracks.ids[i]] or "")
            xs += [float(tracks.x[i]), float(snapshot.x[drone])]
            ys += [float(tracks.y[i]), float(snapshot.y[drone])]
        self.errors.setData(np.array(xs), np.array(ys), connect="pairs")
