"""The instructor's overlay: the trainee's sensor tracks over the truth, joined to their drones.

The joins are the scorer's (trainer.scoring.tracks.TrackMap, from the run's `track_started`
events), not the tracker's current best guess, so what the instructor sees is what the sheet
scores.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor

from trainer.scoring.tracks import TrackMap
from trainer.sim.snapshot import Snapshot
from trainer.ui.map.layer import Layer
from trainer.ui.map.markers import Markers
from trainer.ui.map.static_layers import cosmetic_pen
from trainer.ui.translation import tr

TRACK_COLOUR = QColor("#85c1e9")
FALSE_TRACK_COLOUR = QColor("#f1948a")


class OverlayLayer(Layer):
    """Hollow squares where the tracks are; a line from each to the drone it follows (its error).

    A square with no line is a false track (clutter, a bird); a drone with no square is unseen.
    """

    def __init__(self, view: pg.ViewBox) -> None:
        super().__init__("overlay", tr("Sensor tracks over truth"))
        self.tracks = Markers(pxMode=True, size=17, symbol="s", brush=None,
                              pen=pg.mkPen(TRACK_COLOUR, width=1.5))  # fmt: skip
        false_pen = pg.mkPen(FALSE_TRACK_COLOUR, width=1.5)
        self.false_tracks = Markers(pxMode=True, size=17, symbol="s", brush=None, pen=false_pen)
        self.errors = pg.PlotCurveItem(pen=cosmetic_pen(TRACK_COLOUR, 1.0))
        for item in (self.errors, self.tracks, self.false_tracks):
            item.setZValue(7)
            self.add(item, view)
        self.joins: dict[str, str] = {}  # track id -> the drone its error line goes to

    def show(self, snapshot: Snapshot, track_map: TrackMap) -> None:
        """Draw the snapshot's tracks, each joined to the drone the scorer maps it to."""
        tracks = snapshot.tracks
        if tracks is None or tracks.size == 0:
            for item in (self.tracks, self.false_tracks, self.errors):
                item.setData([], [])
            self.joins = {}
            return
        drones = {drone: i for i, drone in enumerate(snapshot.ids)}
        # A bird flock ("bird:...") or clutter is no drone on the map: drawn as a false track.
        self.joins = {
            track: drone
            for track in tracks.ids
            if (drone := track_map.drone_of(track)) is not None and drone in drones
        }
        followed = np.array([track in self.joins for track in tracks.ids], dtype=bool)
        self.tracks.setData(x=tracks.x[followed], y=tracks.y[followed])
        self.false_tracks.setData(x=tracks.x[~followed], y=tracks.y[~followed])
        xs, ys = [], []
        for i in np.flatnonzero(followed):
            row = drones[self.joins[tracks.ids[i]]]
            xs += [float(tracks.x[i]), float(snapshot.x[row])]
            ys += [float(tracks.y[i]), float(snapshot.y[row])]
        self.errors.setData(np.array(xs), np.array(ys), connect="pairs")
