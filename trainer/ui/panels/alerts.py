"""The alerts panel: what an operator must notice, newest first, each with its sim time."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from trainer.geo.zones import ZoneKind
from trainer.sim.events import Event, EventKind

URGENT = QColor("#ec7063")
NOTICE = QColor("#f5b041")
QUIET = QColor("#aab7b8")
URGENT_ZONES = {ZoneKind.UAS_PROHIBITED, ZoneKind.APPROACH_PROTECTION}
ALERT_KINDS = {
    EventKind.LAUNCHED,
    EventKind.ZONE_ENTERED,
    EventKind.ZONE_EXITED,
    EventKind.RUNWAY_APPROACHED,
    EventKind.PROXIMITY,
    EventKind.TRACK_STARTED,
    EventKind.TRACK_DROPPED,
}
MAX_ROWS = 2000


def clock_text(seconds: float) -> str:
    whole = int(seconds)
    return f"{whole // 3600:02d}:{whole % 3600 // 60:02d}:{whole % 60:02d}"


class AlertsPanel(QTableWidget):
    track_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels(["Time", "Track", "Alert"])
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(22)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.zone_names: dict[str, str] = {}
        self.zone_kinds: dict[str, ZoneKind] = {}
        self.cellClicked.connect(self._on_cell_clicked)

    def set_zones(self, names: dict[str, str], kinds: dict[str, ZoneKind]) -> None:
        self.zone_names, self.zone_kinds = names, kinds

    def add_events(self, events: Sequence[Event]) -> None:
        alerts = [e for e in events if e.kind in ALERT_KINDS]
        if not alerts:
            return
        self.setUpdatesEnabled(False)
        for event in alerts:
            text, colour = self.describe(event)
            self.insertRow(0)
            for column, value in enumerate((clock_text(event.time_s), event.drone, text)):
                item = QTableWidgetItem(value)
                item.setForeground(colour)
                item.setData(Qt.ItemDataRole.UserRole, event.drone)
                self.setItem(0, column, item)
        while self.rowCount() > MAX_ROWS:
            self.removeRow(self.rowCount() - 1)
        self.setUpdatesEnabled(True)

    def describe(self, event: Event) -> tuple[str, QColor]:
        zone_name = self.zone_names.get(event.zone or "", event.zone or "")
        if event.kind == EventKind.TRACK_STARTED and event.other:  # the truth's view of a track
            return f"Tracked as {event.other} ({event.detail})", QUIET
        if event.kind in (EventKind.LAUNCHED, EventKind.TRACK_STARTED):
            return "New track", NOTICE
        if event.kind == EventKind.TRACK_DROPPED:
            return "Track lost", QUIET
        if event.kind == EventKind.ZONE_ENTERED:
            urgent = self.zone_kinds.get(event.zone or "") in URGENT_ZONES
            return f"Entered {zone_name} at {event.alt_agl_m:.0f} m", URGENT if urgent else NOTICE
        if event.kind == EventKind.ZONE_EXITED:
            return f"Left {zone_name}", QUIET
        if event.kind == EventKind.RUNWAY_APPROACHED:
            return f"Runway: {event.detail.replace(' of the runway', '')}", URGENT
        return f"Close to {event.other} ({event.detail})", URGENT

    def _on_cell_clicked(self, row: int, _column: int) -> None:
        item = self.item(row, 0)
        if item is not None:
            self.track_chosen.emit(str(item.data(Qt.ItemDataRole.UserRole)))
