"""All tracks in a few batched items: symbols, speed vectors, 60 s trails and decluttered labels."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from numpy.typing import NDArray
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSimpleTextItem

from trainer.sim.fleet import DRONE_TYPES
from trainer.sim.snapshot import Snapshot
from trainer.ui import style
from trainer.ui.map.layer import Layer
from trainer.ui.map.static_layers import cosmetic_pen

TRAIL_SECONDS = 60
TRAIL_SAMPLE_S = 1.0
SPEED_VECTOR_S = 30.0  # the vector points where the track will be in this many seconds
MAX_LABELS = 60  # more labels than this is clutter, not information
LABEL_CELL_PX = 8


class TrackLayer(Layer):
    """Draws one snapshot at a time; the expensive parts are whole-array updates of a few items."""

    def __init__(self, view: pg.ViewBox) -> None:
        super().__init__("tracks", "Tracks")
        self.view = view
        self.trails = pg.PlotCurveItem(pen=cosmetic_pen(QColor(200, 210, 220, 90), 1.0))
        self.vectors = pg.PlotCurveItem(pen=cosmetic_pen(QColor(230, 235, 240, 200), 1.0))
        self.symbols = pg.ScatterPlotItem(pxMode=True, size=11, hoverable=False)
        self.selection = pg.ScatterPlotItem(pxMode=True, size=24, symbol="s", brush=None,
                                            pen=pg.mkPen(style.SELECTION, width=1.5))
        for item, z in ((self.trails, 5), (self.vectors, 6), (self.symbols, 8), (self.selection, 9)):
            item.setZValue(z)
            self.add(item, view)
        self._brushes = {state: pg.mkBrush(colour) for state, colour in style.IDENTITY_COLOURS.items()}
        self._outline = pg.mkPen(QColor(10, 15, 20), width=1)
        self._label_font = QFont()
        self._label_font.setPointSize(8)
        self._labels: list[QGraphicsSimpleTextItem] = []
        self._trail_x = np.zeros((0, TRAIL_SECONDS))
        self._trail_y = np.zeros((0, TRAIL_SECONDS))
        self._trail_count = 0
        self._trail_next_s = 0.0
        self._ids: tuple[str, ...] = ()
        self._selected: str | None = None
        self._last: Snapshot | None = None
        self._last_states: Sequence[str] = ()
        self.labels_visible = True

    # -- public ------------------------------------------------------------------------------

    def show_snapshot(self, snapshot: Snapshot, states: Sequence[str]) -> None:
        """Draw a snapshot; `states` gives each drone's identification state (a style key)."""
        if snapshot.ids != self._ids:
            self._reset(snapshot)
        self._sample_trails(snapshot)
        shown = snapshot.airborne | (snapshot.mode == 8)  # landed drones stay visible, greyed
        index = np.flatnonzero(shown)
        x, y = snapshot.x[index], snapshot.y[index]
        symbols = [style.TRACK_SYMBOLS[DRONE_TYPES[t]] for t in snapshot.type_code[index]]
        brushes = [self._brushes["on_ground" if not snapshot.airborne[i] else states[i]] for i in index]
        self.symbols.setData(x=x, y=y, symbol=symbols, brush=brushes, pen=self._outline, data=index)
        self._draw_vectors(snapshot, index)
        self._draw_trails(index)
        self._draw_selection(snapshot)
        self._last, self._last_states = snapshot, states
        self.place_labels()

    @property
    def last_snapshot(self) -> Snapshot | None:
        return self._last

    def select(self, drone_id: str | None) -> None:
        self._selected = drone_id
        if self._last is not None:
            self._draw_selection(self._last)
            self.place_labels()

    def track_at(self, x: float, y: float, radius_m: float) -> str | None:
        """The drawn track nearest to a map point, if one lies within the radius."""
        snapshot = self._last
        if snapshot is None:
            return None
        visible = np.flatnonzero(snapshot.airborne | (snapshot.mode == 8))
        if visible.size == 0:
            return None
        distance = np.hypot(snapshot.x[visible] - x, snapshot.y[visible] - y)
        nearest = int(np.argmin(distance))
        return snapshot.ids[visible[nearest]] if distance[nearest] <= radius_m else None

    def set_labels_visible(self, visible: bool) -> None:
        self.labels_visible = visible
        self.place_labels()

    def set_visible(self, visible: bool) -> None:
        super().set_visible(visible)
        self.place_labels()

    # -- drawing -----------------------------------------------------------------------------

    def _reset(self, snapshot: Snapshot) -> None:
        self._ids = snapshot.ids
        n = len(snapshot.ids)
        self._trail_x = np.full((n, TRAIL_SECONDS), np.nan)
        self._trail_y = np.full((n, TRAIL_SECONDS), np.nan)
        self._trail_count = 0
        self._trail_next_s = snapshot.time_s

    def _sample_trails(self, snapshot: Snapshot) -> None:
        if snapshot.time_s + 1e-9 < self._trail_next_s and self._trail_count:
            return
        behind = snapshot.time_s < self._trail_next_s - TRAIL_SAMPLE_S  # the run restarted
        gap = snapshot.time_s > self._trail_next_s + TRAIL_SAMPLE_S  # a jump: never draw across it
        if behind or gap:
            self._reset(snapshot)
        column = self._trail_count % TRAIL_SECONDS
        airborne = snapshot.airborne
        self._trail_x[:, column] = np.where(airborne, snapshot.x, np.nan)
        self._trail_y[:, column] = np.where(airborne, snapshot.y, np.nan)
        self._trail_count += 1
        self._trail_next_s = snapshot.time_s + TRAIL_SAMPLE_S

    def _draw_trails(self, index: NDArray[np.int64]) -> None:
        if self._trail_count < 2 or index.size == 0:
            self.trails.setData([], [])
            return
        # Oldest sample first, then a NaN column so one curve never joins two tracks.
        order = np.arange(self._trail_count - min(self._trail_count, TRAIL_SECONDS), self._trail_count) % TRAIL_SECONDS
        xs = np.concatenate([self._trail_x[index][:, order], np.full((index.size, 1), np.nan)], axis=1).ravel()
        ys = np.concatenate([self._trail_y[index][:, order], np.full((index.size, 1), np.nan)], axis=1).ravel()
        self.trails.setData(xs, ys, connect="finite", skipFiniteCheck=False)

    def _draw_vectors(self, snapshot: Snapshot, index: NDArray[np.int64]) -> None:
        moving = index[snapshot.airborne[index] & (snapshot.ground_speed[index] > 0.5)]
        if moving.size == 0:
            self.vectors.setData([], [])
            return
        # Course over the ground, not heading: the vector shows where wind and drone take it.
        course = np.radians(snapshot.course_deg[moving])
        reach = snapshot.ground_speed[moving] * SPEED_VECTOR_S
        xs = np.empty(moving.size * 2)
        ys = np.empty(moving.size * 2)
        xs[0::2], ys[0::2] = snapshot.x[moving], snapshot.y[moving]
        xs[1::2] = snapshot.x[moving] + reach * np.sin(course)
        ys[1::2] = snapshot.y[moving] + reach * np.cos(course)
        self.vectors.setData(xs, ys, connect="pairs")

    def _draw_selection(self, snapshot: Snapshot) -> None:
        if self._selected in snapshot.ids:
            i = snapshot.ids.index(self._selected)
            self.selection.setData([snapshot.x[i]], [snapshot.y[i]])
        else:
            self.selection.setData([], [])

    # -- labels ------------------------------------------------------------------------------

    def place_labels(self) -> None:
        """Put labels where they do not cover each other; the selected track is labelled first."""
        snapshot = self._last
        for item in self._labels:
            item.setVisible(False)
        if snapshot is None or not self.visible or not self.labels_visible:
            return
        pixel = self._metres_per_pixel()
        if pixel is None:
            return
        (x_min, x_max), (y_min, y_max) = self.view.viewRange()
        shown = np.flatnonzero(snapshot.airborne & (snapshot.x >= x_min) & (snapshot.x <= x_max)
                               & (snapshot.y >= y_min) & (snapshot.y <= y_max))
        priority = sorted(shown, key=lambda i: (snapshot.ids[i] != self._selected, snapshot.ids[i]))
        taken: set[tuple[int, int]] = set()
        # Symbols occupy their cells too, so labels do not hide other tracks.
        for i in shown:
            taken.add(self._cell((snapshot.x[i] - x_min) / pixel, (y_max - snapshot.y[i]) / pixel))
        placed = 0
        for i in priority:
            if placed >= MAX_LABELS:
                break
            text = f"{snapshot.ids[i]}\n{snapshot.alt[i]:.0f} m  {snapshot.ground_speed[i]:.0f} m/s"
            width_px = 7 * max(len(line) for line in text.splitlines()) + 4
            height_px = 28
            sx, sy = (snapshot.x[i] - x_min) / pixel, (y_max - snapshot.y[i]) / pixel
            for dx, dy in ((10, -height_px - 4), (10, 6), (-width_px - 10, -height_px - 4), (-width_px - 10, 6)):
                cells = self._cells(sx + dx, sy + dy, width_px, height_px)
                if cells.isdisjoint(taken):
                    taken |= cells
                    item = self._label(placed)
                    item.setText(text)
                    # Plain floats: numpy scalars handed to Qt setters have crashed PySide6 here.
                    item.setPos(float(snapshot.x[i] + dx * pixel), float(snapshot.y[i] - dy * pixel))
                    item.setVisible(True)
                    placed += 1
                    break

    def _metres_per_pixel(self) -> float | None:
        (x_min, x_max), _ = self.view.viewRange()
        width = self.view.width()
        return (x_max - x_min) / width if width > 0 else None

    def _cell(self, px: float, py: float) -> tuple[int, int]:
        return int(px // LABEL_CELL_PX), int(py // LABEL_CELL_PX)

    def _cells(self, px: float, py: float, width: float, height: float) -> set[tuple[int, int]]:
        x0, y0 = self._cell(px, py)
        x1, y1 = self._cell(px + width, py + height)
        return {(cx, cy) for cx in range(x0, x1 + 1) for cy in range(y0, y1 + 1)}

    def _label(self, number: int) -> QGraphicsSimpleTextItem:
        while len(self._labels) <= number:
            item = QGraphicsSimpleTextItem()
            item.setFont(self._label_font)
            item.setBrush(QColor("#eaf2f8"))
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
            item.setZValue(10)
            self.view.addItem(item)
            self.items.append(item)
            self._labels.append(item)
        return self._labels[number]
