"""All tracks in a few batched items: symbols, speed vectors, 60 s trails and decluttered labels."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from numpy.typing import NDArray
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QGraphicsItem

from trainer.sim.fleet import Mode
from trainer.sim.snapshot import Snapshot
from trainer.ui import style
from trainer.ui.map.layer import Layer
from trainer.ui.map.markers import Markers
from trainer.ui.map.static_layers import cosmetic_pen
from trainer.ui.map.track_labels import Placed, TrackLabels
from trainer.ui.map.track_symbols import TrackSymbols
from trainer.ui.translation import tr

TRAIL_SECONDS = 60
TRAIL_SAMPLE_S = 1.0
SPEED_VECTOR_S = 30.0  # the vector points where the track will be in this many seconds
MAX_LABELS = 60  # more labels than this is clutter, not information
MAX_LABEL_ATTEMPTS = 150  # in a dense swarm, stop looking for room after this many tracks
LABEL_CELL_PX = 8


class TrackLayer(Layer):
    """Draws one snapshot at a time; the expensive parts are whole-array updates of a few items."""

    def __init__(self, view: pg.ViewBox) -> None:
        super().__init__("tracks", tr("Tracks"))
        self.view = view
        # Trails are many short segments: opaque and without antialiasing they paint several times
        # faster than translucent smooth lines, and a dim colour keeps them in the background.
        self.trails = pg.PlotCurveItem(pen=cosmetic_pen(QColor(95, 108, 120), 1.0), antialias=False)
        self.vectors = pg.PlotCurveItem(pen=cosmetic_pen(QColor(230, 235, 240, 200), 1.0))
        # Drawn as separate line segments, which Qt takes from an array: no painter path to
        # build from thousands of points on every change.
        for curve in (self.trails, self.vectors):
            curve.setSegmentedLineMode("on")
        self.selection = Markers(
            pxMode=True, size=24, symbol="s", brush=None, pen=pg.mkPen(style.SELECTION, width=1.5)
        )
        for item, z in ((self.trails, 5), (self.vectors, 6), (self.selection, 9)):
            item.setZValue(z)
            self.add(item, view)
        # The trails change once a sampled second, the frames between only copy them: Qt keeps
        # their picture, the size of the view at most, until they change or the view moves.
        self.trails.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        # All track symbols in one item, a kind of symbol per (airframe, identification state):
        # a frame only hands over coordinates and kinds.
        self._state_names = list(style.IDENTITY_COLOURS)
        self._state_index = {name: i for i, name in enumerate(self._state_names)}
        self.symbols = TrackSymbols(size=11)
        self.symbols.setZValue(8)
        self.add(self.symbols, view)
        self._kinds: dict[tuple[int, int], int] = {}
        label_font = QFont()
        label_font.setPointSize(8)
        self.labels = TrackLabels(label_font)
        self.labels.setZValue(10)
        self.add(self.labels, view)
        self._trail_x = np.zeros((0, TRAIL_SECONDS))
        self._trail_y = np.zeros((0, TRAIL_SECONDS))
        self._trail_count = 0
        self._trail_next_s = 0.0
        self._ids: tuple[str, ...] = ()
        self._id_rank = np.zeros(0, dtype=np.int64)
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
        codes = np.array([self._state_index[state] for state in states], dtype=np.int64)
        codes[~airborne] = self._state_index["on_ground"]
        keys = snapshot.type_code * len(self._state_names) + codes
        kinds = np.empty(keys.size, dtype=np.int64)
        for key in np.unique(keys[shown]).tolist():
            kinds[keys == key] = self._kind(divmod(key, len(self._state_names)))
        self.symbols.set_points(snapshot.x[shown], snapshot.y[shown], kinds[shown])
        self._draw_vectors(snapshot, np.flatnonzero(airborne))
        self._draw_selection(snapshot)
        self._last, self._last_states = snapshot, states
        self.place_labels()

    def _kind(self, key: tuple[int, int]) -> int:
        """The symbol kind of an (airframe, identification state), made when first needed."""
        if key not in self._kinds:
            type_code, state = key
            self._kinds[key] = self.symbols.add_kind(
                style.track_symbol(type_code),
                pg.mkPen(QColor(10, 15, 20), width=1),
                pg.mkBrush(style.IDENTITY_COLOURS[self._state_names[state]]),
            )
        return self._kinds[key]

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
        # Labels go to tracks in the order of their ids: ranked once, not sorted every frame.
        self._id_rank = np.empty(n, dtype=np.int64)
        self._id_rank[np.argsort(np.array(snapshot.ids, dtype=str), kind="stable")] = np.arange(n)
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
        # Oldest sample first. Gaps (not airborne) are left out and each point says whether it
        # joins the next: one numpy-built path, where connect="finite" would add 1,000 pieces.
        first = self._trail_count - min(self._trail_count, TRAIL_SECONDS)
        order = np.arange(first, self._trail_count) % TRAIL_SECONDS
        xs = self._trail_x[:, order]
        ys = self._trail_y[:, order]
        finite = np.isfinite(xs) & np.isfinite(ys)
        joins_next = np.zeros_like(finite)
        joins_next[:, :-1] = finite[:, :-1] & finite[:, 1:]  # never from one track to the next
        kept = finite.ravel()
        self.trails.setData(
            xs.ravel()[kept],
            ys.ravel()[kept],
            connect=joins_next.ravel()[kept].astype(np.int32),
            skipFiniteCheck=True,
        )

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
        elif len(self.selection.data):  # cleared once, not on every frame
            self.selection.setData([], [])

    # -- labels ------------------------------------------------------------------------------

    def place_labels(self) -> None:
        """Put labels where they cover neither each other nor other tracks; selected first."""
        (x_min, x_max), (y_min, y_max) = self.view.viewRange()
        view = QRectF(x_min, y_min, x_max - x_min, y_max - y_min)
        self.labels.set_labels(self._place_labels(), view)

    def _place_labels(self) -> list[Placed]:
        """Labels placed on a grid of occupied cells."""
        snapshot = self._last
        if snapshot is None or not self.visible or not self.labels_visible:
            return []
        pixel = self._metres_per_pixel()
        if pixel is None:
            return []
        (x_min, x_max), (y_min, y_max) = self.view.viewRange()
        inside = (
            snapshot.airborne
            & (snapshot.x >= x_min)
            & (snapshot.x <= x_max)
            & (snapshot.y >= y_min)
            & (snapshot.y <= y_max)
        )
        # Candidates by id (selected first); only the first few can get a label.
        shown = np.flatnonzero(inside)
        shown = shown[np.argsort(self._id_rank[shown], kind="stable")]
        if self._selected in snapshot.ids:
            chosen = snapshot.ids.index(self._selected)
            shown = np.concatenate([shown[shown == chosen], shown[shown != chosen]])
        candidates = shown[:MAX_LABEL_ATTEMPTS]
        if candidates.size == 0:
            return []
        # A grid of cells taken by every symbol in view and, as they are placed, by labels: one
        # Python int bit mask per grid row, so testing a label's cells is a few integer ANDs.
        columns = int((x_max - x_min) / pixel) // LABEL_CELL_PX + 2
        rows_ = int((y_max - y_min) / pixel) // LABEL_CELL_PX + 2
        symbol_rows = ((y_max - snapshot.y[inside]) / pixel).astype(np.int64) // LABEL_CELL_PX
        symbol_columns = ((snapshot.x[inside] - x_min) / pixel).astype(np.int64) // LABEL_CELL_PX
        taken = np.zeros((rows_, columns), dtype=np.bool_)
        taken[np.clip(symbol_rows, 0, rows_ - 1), np.clip(symbol_columns, 0, columns - 1)] = True
        row_bits = [
            int.from_bytes(row.tobytes(), "little")
            for row in np.packbits(taken, axis=1, bitorder="little")
        ]
        # The label texts and their four candidate places (pixels, then grid cells).
        levels = [
            f"{alt:.0f} m" if math.isfinite(alt) else "-- m"
            for alt in snapshot.alt[candidates].tolist()
        ]
        seconds = [
            f"{level}  {speed:.0f} m/s"
            for level, speed in zip(levels, snapshot.ground_speed[candidates].tolist(), strict=True)
        ]
        firsts = [snapshot.ids[i] for i in candidates.tolist()]
        scale = self.labels.text_scale  # projector mode's larger text needs more room
        width = np.array(
            [
                math.ceil((7 * max(len(a), len(b)) + 4) * scale)
                for a, b in zip(firsts, seconds, strict=True)
            ]
        )
        height = math.ceil(28 * scale)
        px = ((snapshot.x[candidates] - x_min) / pixel).astype(np.int64)
        py = ((y_max - snapshot.y[candidates]) / pixel).astype(np.int64)
        # Right above, right below, left above, left below the symbol.
        right, left = np.full_like(width, 10), -width - 10
        dx = np.stack([right, right, left, left], axis=1)
        dy = np.array([-height - 4, 6, -height - 4, 6])
        c0 = (px[:, None] + dx) // LABEL_CELL_PX
        r0 = (py[:, None] + dy[None, :]) // LABEL_CELL_PX
        c1 = (px[:, None] + dx + width[:, None]) // LABEL_CELL_PX + 1
        r1 = (py[:, None] + dy[None, :] + height) // LABEL_CELL_PX + 1
        on_grid = (c0 >= 0) & (r0 >= 0) & (c1 <= columns) & (r1 <= rows_)
        cells = np.where(on_grid, c1 - c0, 0)
        places = zip(
            on_grid.tolist(), r0.tolist(), r1.tolist(), c0.tolist(), cells.tolist(), strict=True
        )
        placed: list[Placed] = []
        for k, (fits, tops, bottoms, lefts, spans) in enumerate(places):
            if len(placed) >= MAX_LABELS:
                break
            for place in range(4):
                if not fits[place]:
                    continue
                rows = range(tops[place], bottoms[place])
                mask = ((1 << spans[place]) - 1) << lefts[place]
                if any(row_bits[r] & mask for r in rows):
                    continue
                for r in rows:
                    row_bits[r] |= mask
                i = int(candidates[k])
                # Plain floats: some PySide6 releases mishandle numpy scalars.
                placed.append(
                    Placed(
                        float(snapshot.x[i]),
                        float(snapshot.y[i]),
                        float(dx[k, place]),
                        float(dy[place]),
                        (firsts[k], seconds[k]),
                    )
                )
                break
        return placed

    def _metres_per_pixel(self) -> float | None:
        (x_min, x_max), _ = self.view.viewRange()
        width = self.view.width()
        return (x_max - x_min) / width if width > 0 else None
