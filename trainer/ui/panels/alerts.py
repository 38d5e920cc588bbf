"""The alerts panel: what an operator must notice, newest first, each with its sim time.

The panel keeps several histories side by side (the trainee's alerts from their tracks, the
instructor's from the truth), each fed all run long, and shows one: switching view never
rewrites or clears what either has seen.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from trainer.cli_event_words import detail_words
from trainer.geo.zones import ZoneKind
from trainer.scenario_clock import scenario_time
from trainer.sim.events import Event, EventKind
from trainer.ui.translation import tr

URGENT = QColor("#ec7063")
NOTICE = QColor("#f5b041")
QUIET = QColor("#aab7b8")
URGENT_ZONES = {ZoneKind.UAS_PROHIBITED, ZoneKind.APPROACH_PROTECTION, ZoneKind.PROHIBITED}
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


def run_clock_text(time_s: float, start_s: float) -> str:
    """The run's time and the local time of day it stands for (the scenario starts at
    `start_s` seconds past midnight), as the windows' status bars show them."""
    return tr("T+{time_s}   {local} local").format(
        time_s=clock_text(time_s), local=scenario_time(start_s, time_s)
    )


@dataclass(frozen=True)
class Alert:
    """One row of a history, as shown."""

    time_s: float
    track: str  # a drone id in the instructor's history, a track id in the trainee's
    text: str
    colour: QColor


class AlertsPanel(QTableWidget):
    track_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels([tr("Time"), tr("Track"), tr("Alert")])
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(22)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.zone_names: dict[str, str] = {}
        self.zone_kinds: dict[str, ZoneKind] = {}
        self.histories: dict[str, list[Alert]] = {}  # oldest first, at most MAX_ROWS each
        self.shown = ""  # the history on screen
        self.cellClicked.connect(self._on_cell_clicked)

    def set_zones(self, names: dict[str, str], kinds: dict[str, ZoneKind]) -> None:
        self.zone_names, self.zone_kinds = names, kinds

    def clear_histories(self) -> None:
        """A new run: every history starts empty."""
        self.histories = {}
        self.setRowCount(0)

    def show_history(self, history: str) -> None:
        """Show one history, as it is; the others go on being kept."""
        self.shown = history
        newest_first = self.histories.get(history, [])[::-1]
        self.setUpdatesEnabled(False)
        self.setRowCount(0)
        self.setRowCount(len(newest_first))
        for row, alert in enumerate(newest_first):
            self._fill_row(row, alert)
        self.setUpdatesEnabled(True)

    def add_events(self, events: Sequence[Event], history: str) -> None:
        """Add the alerts among `events` to a history; on screen too if it is the one shown."""
        alerts = [
            Alert(e.time_s, e.drone, *self.describe(e)) for e in events if e.kind in ALERT_KINDS
        ]
        if not alerts:
            return
        kept = self.histories.setdefault(history, [])
        kept.extend(alerts)
        del kept[:-MAX_ROWS]
        if history != self.shown:
            return
        self.setUpdatesEnabled(False)
        for alert in alerts:
            self.insertRow(0)
            self._fill_row(0, alert)
        while self.rowCount() > MAX_ROWS:
            self.removeRow(self.rowCount() - 1)
        self.setUpdatesEnabled(True)

    def _fill_row(self, row: int, alert: Alert) -> None:
        for column, value in enumerate((clock_text(alert.time_s), alert.track, alert.text)):
            item = QTableWidgetItem(value)
            item.setForeground(alert.colour)
            item.setData(Qt.ItemDataRole.UserRole, alert.track)
            self.setItem(row, column, item)

    def describe(self, event: Event) -> tuple[str, QColor]:
        zone_name = self.zone_names.get(event.zone or "", event.zone or "")
        if event.kind == EventKind.TRACK_STARTED and event.other:  # the truth's view of a track
            return tr("Tracked as {other} ({detail})").format(
                other=event.other, detail=event.detail
            ), QUIET
        if event.kind in (EventKind.LAUNCHED, EventKind.TRACK_STARTED):
            return tr("New track"), NOTICE
        if event.kind == EventKind.TRACK_DROPPED:
            return tr("Track lost"), QUIET
        if event.kind == EventKind.ZONE_ENTERED:
            urgent = self.zone_kinds.get(event.zone or "") in URGENT_ZONES
            entered = tr("Entered {zone} at {height:.0f} m").format(
                zone=zone_name, height=event.alt_agl_m
            )
            return entered, URGENT if urgent else NOTICE
        if event.kind == EventKind.ZONE_EXITED:
            return tr("Left {zone_name}").format(zone_name=zone_name), QUIET
        if event.kind == EventKind.RUNWAY_APPROACHED:
            # the engine's 'within 1000 m of the runway', in the language in use
            return capitalised(detail_words(event.detail)), URGENT
        return tr("Close to {other} ({detail})").format(
            other=event.other, detail=detail_words(event.detail)
        ), URGENT

    def _on_cell_clicked(self, row: int, _column: int) -> None:
        item = self.item(row, 0)
        if item is not None:
            self.track_chosen.emit(str(item.data(Qt.ItemDataRole.UserRole)))


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
