"""Manned traffic on the map: aircraft symbols turned to their course, labels, paths, rings.

Manned flights are known cooperative traffic, drawn from the snapshot's `manned` picture as they
are. Bird flocks are not drawn here: the trainee sees them only as sensor tracks.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPolygonF, QTransform

from trainer.sim.snapshot import Snapshot
from trainer.sim.traffic_picture import MannedPicture
from trainer.ui.map.layer import Layer
from trainer.ui.map.markers import Markers
from trainer.ui.map.static_layers import cosmetic_pen
from trainer.ui.translation import tr

FT = 0.3048
KT = 1852.0 / 3600.0
AIRCRAFT_COLOUR = QColor(250, 250, 250)
PATH_COLOUR = QColor(250, 250, 250, 110)
RING_COLOUR = QColor(250, 250, 250, 70)
SYMBOL_PX = 22
RING_POINTS = 48
COURSE_STEP_DEG = 5  # symbols are cached per this much of course

# An aeroplane seen from above, nose up (pyqtgraph symbols: unit square, y down on screen).
_OUTLINE = (
    (0.0, -0.5),
    (0.07, -0.36),
    (0.07, -0.12),
    (0.5, -0.04),
    (0.5, 0.05),
    (0.07, 0.04),
    (0.05, 0.32),
    (0.2, 0.4),
    (0.2, 0.47),
    (0.0, 0.44),
    (-0.2, 0.47),
    (-0.2, 0.4),
    (-0.05, 0.32),
    (-0.07, 0.04),
    (-0.5, 0.05),
    (-0.5, -0.04),
    (-0.07, -0.12),
    (-0.07, -0.36),
)


def aircraft_symbol(course_deg: float) -> QPainterPath:
    """The aeroplane outline turned to a course (grid degrees, clockwise from north)."""
    path = QPainterPath()
    path.addPolygon(QPolygonF([QPointF(x, y) for x, y in _OUTLINE]))
    path.closeSubpath()
    return QTransform().rotate(course_deg).map(path)


def label_text(picture: MannedPicture, index: int) -> str:
    """'PH-ABC 1000 ft' over 'C172 90 kt downwind' (heights above the aerodrome, in feet)."""
    feet = round(float(picture.alt[index]) / FT, -1)
    knots = float(picture.speed[index]) / KT
    return (
        f"{picture.callsigns[index]} {feet:.0f} ft\n"
        f"{picture.types[index]} {knots:.0f} kt {picture.phase_word(index)}"
    )


class TrafficLayer(Layer):
    """Draws the manned picture of one snapshot at a time; a handful of items for all flights."""

    def __init__(self, view: pg.ViewBox) -> None:
        super().__init__("manned", tr("Manned traffic"))
        self.view = view
        dashed = cosmetic_pen(PATH_COLOUR, 1.2)
        dashed.setStyle(Qt.PenStyle.DashLine)
        self.paths = pg.PlotCurveItem(pen=dashed)
        self.rings = pg.PlotCurveItem(pen=cosmetic_pen(RING_COLOUR, 1.0))
        self.aircraft = Markers(
            pxMode=True,
            size=SYMBOL_PX,
            brush=pg.mkBrush(AIRCRAFT_COLOUR),
            pen=pg.mkPen(QColor(10, 15, 20), width=1),
            hoverable=False,
        )
        for item, z in ((self.paths, 4), (self.rings, 4), (self.aircraft, 7)):
            item.setZValue(z)
            self.add(item, view)
        self._labels: list[pg.TextItem] = []
        self._symbols: dict[int, QPainterPath] = {}
        self._shown_paths: tuple[int, ...] | None = None
        self.last_picture: MannedPicture | None = None

    def show_snapshot(self, snapshot: Snapshot) -> None:
        """Draw the snapshot's manned traffic (nothing when it has none)."""
        picture = snapshot.manned
        self.last_picture = picture
        shown = np.flatnonzero(picture.present) if picture is not None else np.zeros(0, int)
        if picture is None or shown.size == 0:
            if self._shown_paths != ():  # cleared once, not on every frame of a run without any
                for item in (self.paths, self.rings):
                    item.setData([], [])
                self.aircraft.setData([])
                self._shown_paths = ()
                self._show_labels(None, shown)
            return
        self._draw_paths(picture, shown)
        self._draw_rings(picture, shown)
        self.aircraft.setData(
            x=picture.x[shown],
            y=picture.y[shown],
            symbol=[self._symbol(float(picture.course_deg[i])) for i in shown],
        )
        self._show_labels(picture, shown)

    def _symbol(self, course_deg: float) -> QPainterPath:
        key = round(course_deg / COURSE_STEP_DEG) % (360 // COURSE_STEP_DEG)
        if key not in self._symbols:
            self._symbols[key] = aircraft_symbol(key * COURSE_STEP_DEG)
        return self._symbols[key]

    def _draw_paths(self, picture: MannedPicture, shown: np.ndarray) -> None:
        """Each shown flight's whole planned path; rebuilt only when the flights shown change."""
        key = tuple(int(i) for i in shown)
        if key == self._shown_paths:
            return
        self._shown_paths = key
        xs: list[np.ndarray] = []
        ys: list[np.ndarray] = []
        for i in shown:
            part = slice(int(picture.path_start[i]), int(picture.path_stop[i]))
            xs += [picture.path_x[part], np.array([np.nan])]
            ys += [picture.path_y[part], np.array([np.nan])]
        self.paths.setData(np.concatenate(xs), np.concatenate(ys), connect="finite")

    def _draw_rings(self, picture: MannedPicture, shown: np.ndarray) -> None:
        """The protected volume's horizontal extent around each shown aircraft."""
        radius = picture.protection_m[0]
        angle = np.append(np.linspace(0, 2 * math.pi, RING_POINTS), np.nan)
        xs = (picture.x[shown, None] + radius * np.sin(angle)[None, :]).ravel()
        ys = (picture.y[shown, None] + radius * np.cos(angle)[None, :]).ravel()
        self.rings.setData(xs, ys, connect="finite")

    def _show_labels(self, picture: MannedPicture | None, shown: np.ndarray) -> None:
        while len(self._labels) < shown.size:
            label = pg.TextItem(color=AIRCRAFT_COLOUR, anchor=(-0.15, 1.1))
            label.setZValue(10)
            self._labels.append(label)
            self.add(label, self.view)
        for number, label in enumerate(self._labels):
            if picture is None or number >= shown.size:
                label.setVisible(False)
                continue
            i = int(shown[number])
            label.setText(label_text(picture, i))
            label.setPos(float(picture.x[i]), float(picture.y[i]))
            label.setVisible(self.visible)

    def labels(self) -> list[str]:
        """The texts of the labels shown now (tests)."""
        return [label.textItem.toPlainText() for label in self._labels if label.isVisible()]
