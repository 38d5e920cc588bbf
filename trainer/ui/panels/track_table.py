"""The track table: one row per track, kept in step with the map's selection both ways."""

from __future__ import annotations

from typing import Any

import numpy as np
from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from trainer.sim.fleet import DRONE_TYPES
from trainer.sim.snapshot import Snapshot
from trainer.ui import style
from trainer.ui.map.track_info import is_track, remote_id_text
from trainer.ui.translation import QT_TR_NOOP, decimal, tr

COLUMNS = (
    QT_TR_NOOP("Track"),
    QT_TR_NOOP("Type"),
    QT_TR_NOOP("Alt m"),
    QT_TR_NOOP("Speed m/s"),
    QT_TR_NOOP("Heading"),
    QT_TR_NOOP("Zone"),
    QT_TR_NOOP("Seen"),
    "Remote ID",
)
SEEN_COLUMN = 6
ModelIndex = QModelIndex | QPersistentModelIndex


class TrackTableModel(QAbstractTableModel):
    """Rows are tracks in the order they first appeared; values come from the latest snapshot."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.snapshot: Snapshot | None = None
        self.rows: list[int] = []  # drone index in the snapshot, per row
        self.first_seen_s: dict[str, float] = {}
        self.zone_names: dict[str, str] = {}
        self.zone_areas: dict[str, float] = {}

    def set_zones(self, names: dict[str, str], areas: dict[str, float]) -> None:
        self.zone_names, self.zone_areas = names, areas

    def clear(self) -> None:
        self.beginResetModel()
        self.snapshot, self.rows, self.first_seen_s = None, [], {}
        self.endResetModel()

    def update(self, snapshot: Snapshot) -> None:
        if self.snapshot is not None and self.snapshot.ids != snapshot.ids:
            self.clear()
        self.snapshot = snapshot
        shown = [i for i in range(len(snapshot.ids)) if snapshot.mode[i] != 0]  # launched
        listed = set(self.rows)  # once per frame, not once per drone
        new = [i for i in shown if i not in listed]
        for i in new:
            self.first_seen_s.setdefault(snapshot.ids[i], snapshot.time_s)
        if new:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(new) - 1)
            self.rows.extend(new)
            self.endInsertRows()
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, len(COLUMNS) - 1)
            )

    def drone_id(self, row: int) -> str:
        assert self.snapshot is not None
        return self.snapshot.ids[self.rows[row]]

    def row_of(self, drone_id: str) -> int | None:
        if self.snapshot is None or drone_id not in self.snapshot.ids:
            return None
        index = self.snapshot.ids.index(drone_id)
        return self.rows.index(index) if index in self.rows else None

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(COLUMNS[section])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        snapshot = self.snapshot
        if snapshot is None or not index.isValid():
            return None
        i = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(snapshot, i, column)
        if role == Qt.ItemDataRole.UserRole:  # sort key
            return self._sort_key(snapshot, i, column)
        if role == Qt.ItemDataRole.ForegroundRole and not snapshot.airborne[i]:
            return QColor(style.IDENTITY_COLOURS["on_ground"])
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3, 4, 6):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, snapshot: Snapshot, i: int, column: int) -> str:
        if column == 0:
            return snapshot.ids[i]
        if column == 1:
            code = int(snapshot.type_code[i])
            if code < len(DRONE_TYPES):
                return tr(style.TRACK_SYMBOL_NAMES[DRONE_TYPES[code]])
            tracks = snapshot.tracks
            seen_by = "+".join(tracks.sensors_of(i)) if tracks is not None else ""
            return (
                tr("track ({seen_by})").format(seen_by=seen_by)
                if seen_by
                else tr("track (coasting)")
            )
        if column == 2:
            return f"{snapshot.alt[i]:.0f}" if np.isfinite(snapshot.alt[i]) else "--"
        if column == 3:
            return decimal(f"{snapshot.ground_speed[i]:.1f}")
        if column == 4:
            return f"{snapshot.heading_deg[i]:03.0f}\u00b0"
        if column == 5:
            return self.zone_text(snapshot, i)
        if column == 7:
            return self.remote_id_text(snapshot, i)
        seconds = int(snapshot.time_s - self.first_seen_s.get(snapshot.ids[i], snapshot.time_s))
        return f"{seconds // 60}:{seconds % 60:02d}"

    def _sort_key(self, snapshot: Snapshot, i: int, column: int) -> Any:
        values = {2: snapshot.alt[i], 3: snapshot.ground_speed[i], 4: snapshot.heading_deg[i]}
        if column in values:
            return float(values[column])
        if column == SEEN_COLUMN:
            return -self.first_seen_s.get(snapshot.ids[i], 0.0)
        return self._text(snapshot, i, column)

    def zone_text(self, snapshot: Snapshot, i: int) -> str:
        """The most specific (smallest) zone the track is in, and how many others."""
        zones = sorted(snapshot.zones_of(i), key=lambda z: self.zone_areas.get(z, 0.0))
        if not zones:
            return ""
        name = self.zone_names.get(zones[0], zones[0])
        return name if len(zones) == 1 else f"{name} (+{len(zones) - 1})"

    @staticmethod
    def remote_id_text(snapshot: Snapshot, i: int) -> str:
        """A track's Remote ID serial and operator id, once received; drones (truth) have none."""
        tracks = snapshot.tracks
        if tracks is None or not is_track(snapshot, i):
            return ""
        return remote_id_text(tracks.serial[i], tracks.operator[i])


class TrackTable(QTableView):
    track_selected = Signal(str)  # "" when the selection was cleared

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = TrackTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.source)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(SEEN_COLUMN, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(22)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Not stretched: the last column (Remote ID) is as wide as its text, never cut short.
        self.horizontalHeader().setStretchLastSection(False)
        self.setAlternatingRowColors(True)
        self.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self._updating = False

    def selected_track(self) -> str | None:
        rows = self.selectionModel().selectedRows()
        if not rows:
            return None
        return self.source.drone_id(self.proxy.mapToSource(rows[0]).row())

    def select_track(self, drone_id: str | None) -> None:
        """Select a track's row without echoing the change back as a user selection."""
        self._updating = True
        try:
            row = self.source.row_of(drone_id) if drone_id else None
            if row is None:
                self.clearSelection()
                return
            index = self.proxy.mapFromSource(self.source.index(row, 0))
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            self.selectionModel().select(index, flags)
            self.scrollTo(index)
        finally:
            self._updating = False

    def _on_selection_changed(self, *_: object) -> None:
        if not self._updating:
            self.track_selected.emit(self.selected_track() or "")
