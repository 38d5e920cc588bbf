"""All tracks in a few batched items: symbols, speed vectors, 60 s trails and decluttered labels."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from numpy.typing import NDArray
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSimpleTextItem

from trainer.sim.fleet import Mode
from trainer.sim.snapshot import Snapshot
from trainer.ui import style
from trainer.ui.map.layer import Layer
from trainer.ui.map.static_layers import cosmetic_pen

TRAIL_SECONDS = 60
TRAIL_SAMPLE_S = 1.0
SPEED_VECTOR_S = 30.0  # the vector points where the track will be in this many seconds
MAX_LABELS = 60  # more labels than this is clutter, not information
MAX_LABEL_ATTEMPTS = 150  # in a dense swarm, stop looking for room after this many tracks
LABEL_CELL_PX = 8


class TrackLayer(Layer):
    """Draws one snapshot at a time; the expensive parts are whole-array updates of a few items."""

    def __init__(self, view: pg.ViewBox) -> None:
        super().__init__("tracks", "Tracks")
        self.view = view
        # Trails are many short segments: opaque and without antialiasing they paint several times
        # faster than translucent smooth lines, and a dim colour keeps them in the background.
        self.trails = pg.PlotCurveItem(pen=cosmetic_pen(QColor(95, 108, 120), 1.0), antialias=False)
        self.vectors = pg.PlotCurveItem(pen=cosmetic_pen(QColor(230, 235, 240, 200), 1.0))
        self.selection = pg.ScatterPlotItem(
            pxMode=True, size=24, symbol="s", brush=None, pen=pg.mkPen(style.SELECTION, width=1.5)
        )
        for item, z in ((self.trails, 5), (self.vectors, 6), (self.selection, 9)):
            item.setZValue(z)
            self.add(item, view)
        # One scatter item per (airframe, identification state): each draws many tracks with a
        # single symbol and brush, so a frame only hands over coordinates.
        self._state_names = list(style.IDENTITY_COLOURS)
        self._groups: dict[tuple[int, int], pg.ScatterPlotItem] = {}
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
        airborne = snapshot.airborne
        if self._sample_trails(snapshot, airborne):
            self._draw_trails()
        shown = airborne | (snapshot.mode == Mode.LANDED)  # landed drones stay visible, greyed
        codes = np.array([self._state_names.index(state) for state in states], dtype=np.int64)
        codes[~airborne] = self._state_names.index("on_ground")
        keys = snapshot.type_code * len(self._state_names) + codes
        for key in np.unique(keys[shown]):
            self._group(divmod(int(key), len(self._state_names)))
        for (type_code, state), item in self._groups.items():
            members = shown & (keys == type_code * len(self._state_names) + state)
            item.setData(x=snapshot.x[members], y=snapshot.y[members])
        self._draw_vectors(snapshot, np.flatnonzero(airborne))
        self._draw_selection(snapshot)
        self._last, self._last_states = snapshot, states
        self.place_labels()

    def _group(self, key: tuple[int, int]) -> pg.ScatterPlotItem:
        if key not in self._groups:
            type_code, state = key
            item = pg.ScatterPlotItem(
                pxMode=True,
                size=11,
                symbol=style.track_symbol(type_code),
                brush=pg.mkBrush(style.IDENTITY_COLOURS[self._state_names[state]]),
                pen=pg.mkPen(QColor(10, 15, 20), width=1),
                hoverable=False,
            )
            item.setZValue(8)
            self.add(item, self.view)
            self._groups[key] = item
        return self._groups[key]

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
        visible = np.flatnonzero(snapshot.airborne | (snapshot.mode == Mode.LANDED))
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

    def _sample_trails(self, snapshot: Snapshot, airborne: NDArray[np.bool_]) -> bool:
        """Add a trail point once per sampling interval; True when the trails changed."""
        if snapshot.time_s + 1e-9 < self._trail_next_s and self._trail_count:
            return False
        behind = snapshot.time_s < self._trail_next_s - TRAIL_SAMPLE_S  # the run restarted
        gap = snapshot.time_s > self._trail_next_s + TRAIL_SAMPLE_S  # a jump: never draw across it
        if behind or gap:
            self._reset(snapshot)
        column = self._trail_count % TRAIL_SECONDS
        self._trail_x[:, column] = np.where(airborne, snapshot.x, np.nan)
        self._trail_y[:, column] = np.where(airborne, snapshot.y, np.nan)
        self._trail_count += 1
        self._trail_next_s = snapshot.time_s + TRAIL_SAMPLE_S
        return True

    def _draw_trails(self) -> None:
        """Rebuild the trail curve; only needed when a sample was added (once a second)."""
        if self._trail_count < 2:
            self.trails.setData([], [])
            return
        # Oldest sample first, then a NaN column so one curve never joins two tracks.
        first = self._trail_count - min(self._trail_count, TRAIL_SECONDS)
        order = np.arange(first, self._trail_count) % TRAIL_SECONDS
        rows = self._trail_x.shape[0]
        gap = np.full((rows, 1), np.nan)
        xs = np.concatenate([self._trail_x[:, order], gap], axis=1).ravel()
        ys = np.concatenate([self._trail_y[:, order], gap], axis=1).ravel()
        self.trails.setData(xs, ys, connect="finite")

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
        """Put labels where they cover neither each other nor other tracks; selected first."""
        snapshot = self._last
        for item in self._labels:
            item.setVisible(False)
        if snapshot is None or not self.visible or not self.labels_visible:
            return
        pixel = self._metres_per_pixel()
        if pixel is None:
            return
        (x_min, x_max), (y_min, y_max) = self.view.viewRange()
        airborne = snapshot.airborne
        inside = (
            airborne
            & (snapshot.x >= x_min)
            & (snapshot.x <= x_max)
            & (snapshot.y >= y_min)
            & (snapshot.y <= y_max)
        )
        shown = np.flatnonzero(inside)
        # Screen positions in pixels, and a grid of occupied cells starting with every symbol.
        px = ((snapshot.x[shown] - x_min) / pixel).astype(np.int64)
        py = ((y_max - snapshot.y[shown]) / pixel).astype(np.int64)
        columns = int((x_max - x_min) / pixel) // LABEL_CELL_PX + 2
        rows_ = int((y_max - y_min) / pixel) // LABEL_CELL_PX + 2
        taken = np.zeros((rows_, columns), dtype=np.bool_)
        taken[
            np.clip(py // LABEL_CELL_PX, 0, rows_ - 1), np.clip(px // LABEL_CELL_PX, 0, columns - 1)
        ] = True
        order = sorted(
            range(shown.size),
            key=lambda k: (snapshot.ids[shown[k]] != self._selected, snapshot.ids[shown[k]]),
        )
        placed = attempts = 0
        for k in order:
            if placed >= MAX_LABELS or attempts >= MAX_LABEL_ATTEMPTS:
                break
            attempts += 1
            i = int(shown[k])
            level = f"{snapshot.alt[i]:.0f} m" if np.isfinite(snapshot.alt[i]) else "-- m"
            text = f"{snapshot.ids[i]}\n{level}  {snapshot.ground_speed[i]:.0f} m/s"
            width = 7 * max(len(line) for line in text.splitlines()) + 4
            height = 28
            for dx, dy in (
                (10, -height - 4),
                (10, 6),
                (-width - 10, -height - 4),
                (-width - 10, 6),
            ):
                c0, r0 = (px[k] + dx) // LABEL_CELL_PX, (py[k] + dy) // LABEL_CELL_PX
                c1, r1 = (
                    (px[k] + dx + width) // LABEL_CELL_PX + 1,
                    (py[k] + dy + height) // LABEL_CELL_PX + 1,
                )
                if c0 < 0 or r0 < 0 or c1 > columns or r1 > rows_ or taken[r0:r1, c0:c1].any():
                    continue
                taken[r0:r1, c0:c1] = True
                item = self._label(placed)
                item.setText(text)
                # Plain floats: some PySide6 releases mishandle numpy scalars in setters.
                item.setPos(float(snapshot.x[i] + dx * pixel), float(snapshot.y[i] - dy * pixel))
                item.setVisible(True)
                placed += 1
                break

    def _metres_per_pixel(self) -> float | None:
        (x_min, x_max), _ = self.view.viewRange()
        width = self.view.width()
        return (x_max - x_min) / width if width > 0 else None

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
