"""The class dashboard: one row per station, refreshed in place, with removal by the instructor."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from trainer.ui.console_rows import Connection, StationRow
from trainer.ui.tooltips import plain_tip
from trainer.ui.translation import QT_TR_NOOP, fill, tr

COLUMNS = (
    QT_TR_NOOP("Trainee"),
    QT_TR_NOOP("Host"),
    QT_TR_NOOP("Connection"),
    QT_TR_NOOP("Lag"),
    QT_TR_NOOP("Live score"),
    QT_TR_NOOP("Missed"),
    QT_TR_NOOP("Last action"),
    QT_TR_NOOP("Run"),
)
TRAINEE, HOST, CONNECTION, LAG, SCORE, MISSED, LAST, RUN = range(len(COLUMNS))
HEADING_ROOM = 28  # px beside a column's heading: the margins and the sort arrow
SORT_ROLE = Qt.ItemDataRole.UserRole
GOOD = QColor("#58d68d")
BAD = QColor("#ec7063")
WARN = QColor("#f5b041")
QUIET = QColor("#808b96")
LAG_WARN_S = 2.5  # beyond the second between two reports of a station: worth a look

Index = QModelIndex | QPersistentModelIndex


def ago_text(seconds: float) -> str:
    whole = int(seconds)
    if whole < 60:
        return tr("{seconds} s ago").format(seconds=whole)
    return tr("{minutes}:{seconds:02d} ago").format(minutes=whole // 60, seconds=whole % 60)


def connection_text(row: StationRow) -> str:
    if row.connection == Connection.CONNECTED:
        return "\u25cf " + tr("connected")
    if row.connection == Connection.LOST:
        return "\u25cb " + tr("lost ({seconds} s)").format(seconds=int(row.silent_s))
    if row.connection == Connection.LEFT:
        return "\u25cb " + tr("left")
    return "\u2715 " + tr("removed")


def score_text(row: StationRow) -> str:
    sheet = row.sheet
    if sheet is None:
        return "\u2013" if row.run_id is None else tr("not scored")
    if sheet.maximum <= 0 and not row.final:
        return (
            tr("{total:+g}, nothing due yet").format(total=sheet.total)
            if sheet.total
            else tr("nothing due yet")
        )
    text = fill("{percent:.0f} %  ({total:g}/{maximum:g})", percent=sheet.percent,
                total=sheet.total, maximum=sheet.maximum)  # fmt: skip
    if row.late_actions:  # before 'final': the column is narrow, this is the news
        text += "  " + tr("+{count} late").format(count=row.late_actions)
    return f"{text}  " + tr("final") if row.final else text


def late_note(count: int) -> str:
    return ". " + tr(
        "Scored again with {count} response(s) the trainee made while their station was "
        "offline, which reached the console after the end."
    ).format(count=count)


class StationTableModel(QAbstractTableModel):
    """Rows of StationRow; refreshed in place, so selection and sorting survive a refresh."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[StationRow] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section])
        return None

    def set_rows(self, rows: list[StationRow]) -> None:
        """Stations only ever join (a removed one stays, marked): new ones are appended."""
        known = [r.station_id for r in self.rows]
        if [r.station_id for r in rows[: len(known)]] != known:
            self.beginResetModel()
            self.rows = list(rows)
            self.endResetModel()
            return
        if len(rows) > len(known):
            self.beginInsertRows(QModelIndex(), len(known), len(rows) - 1)
            self.rows = list(rows)
            self.endInsertRows()
        else:
            self.rows = list(rows)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(COLUMNS) - 1))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (LAG, MISSED, RUN):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == TRAINEE:
            font = QFont()
            font.setBold(True)
            return font
        return None

    @staticmethod
    def _text(row: StationRow, column: int) -> str:
        if column == TRAINEE:
            return row.trainee
        if column == HOST:
            return row.host
        if column == CONNECTION:
            return connection_text(row)
        if column == LAG:
            if row.connection != Connection.CONNECTED:
                return "\u2013"
            return fill("{lag_s:.1f} s", lag_s=row.lag_s)
        if column == SCORE:
            return score_text(row)
        if column == MISSED:
            return str(row.missed) if row.sheet is not None else "\u2013"
        if column == LAST:
            if row.last_action_ago_s is None:
                return tr("none yet")
            return f"{row.last_action}  \u00b7  {ago_text(row.last_action_ago_s)}"
        return str(row.run_id) if row.run_id is not None else "\u2013"

    @staticmethod
    def _sort_key(row: StationRow, column: int) -> Any:
        keys: dict[int, Any] = {
            TRAINEE: row.trainee.casefold(),
            HOST: row.host.casefold(),
            CONNECTION: list(Connection).index(row.connection),
            LAG: row.lag_s,
            SCORE: row.sheet.percent if row.sheet is not None else -1.0,
            MISSED: row.missed,
            LAST: row.last_action_ago_s if row.last_action_ago_s is not None else 1e12,
            RUN: row.run_id or 0,
        }
        return keys[column]

    @staticmethod
    def _colour(row: StationRow, column: int) -> QColor | None:
        if row.connection == Connection.REMOVED:
            return QUIET
        if column == CONNECTION:
            return GOOD if row.connection == Connection.CONNECTED else BAD
        if column == LAG and row.lag_s >= LAG_WARN_S:
            return WARN
        if column == SCORE and row.sheet is not None:
            return GOOD if row.sheet.percent >= row.sheet.pass_mark_percent else WARN
        if column == MISSED and row.missed:
            return BAD
        return None

    @staticmethod
    def _tooltip(row: StationRow, column: int) -> str | None:
        if column == SCORE and row.sheet is not None:
            sheet = row.sheet
            when = tr("final, on the record") if row.final else tr("if the exercise ended now")
            return fill(
                tr(
                    "{total:g} of {maximum:g} points ({when}); pass mark {pass_mark_percent:g} "
                    "%; runway suspended {disruption_minutes:.1f} min"
                ),
                total=sheet.total,
                maximum=sheet.maximum,
                when=when,
                pass_mark_percent=sheet.pass_mark_percent,
                disruption_minutes=sheet.disruption_minutes,
            ) + (late_note(row.late_actions) if row.late_actions else "")
        if column == LAST:
            return tr("{actions} action(s) on the record or on their way").format(
                actions=row.actions
            )
        if column == TRAINEE:
            return plain_tip(row.trainee)  # the whole name where the column cuts it, as typed
        if column == HOST:
            return tr("The station's own id: {id}").format(id=row.station_id)
        if column == LAG:
            return tr(
                "How far the station's picture is behind the console's, in seconds of real "
                "time (the station reports once a second, so up to a second high)"
            )
        return None


class _SortProxy(QSortFilterProxyModel):
    def lessThan(self, left: Index, right: Index) -> bool:
        return bool(left.data(SORT_ROLE) < right.data(SORT_ROLE))


class StationDashboard(QWidget):
    """The table and the removal of a station; the window asks for confirmation and removes."""

    remove_requested = Signal(str)  # station id
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = StationTableModel(self)
        self.proxy = _SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # join order until clicked
        self.table.verticalHeader().setVisible(False)
        font = self.table.font()
        font.setPointSize(font.pointSize() + 2)  # read at arm's length, between two glances
        self.table.setFont(font)
        self.table.verticalHeader().setDefaultSectionSize(32)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_context_menu_requested)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(LAST, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        words = header.fontMetrics()
        for column, width in ((TRAINEE, 170), (HOST, 100), (CONNECTION, 150), (LAG, 60),
                              (SCORE, 215), (MISSED, 70), (RUN, 45)):  # fmt: skip
            # Wide enough for its heading in the language in use ('Vertraging' was cut to
            # 'ertraging'), with room for the sort arrow.
            heading = words.horizontalAdvance(tr(COLUMNS[column])) + HEADING_ROOM
            header.resizeSection(column, max(width, heading))
        self.summary = QLabel(tr("No station has joined yet"), self)
        self.remove_button = QPushButton(tr("Remove station…"), self)
        self.remove_button.setToolTip(
            tr("Refuse the selected station from now on; its run is closed")
        )
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(lambda _checked=False: self._request_selected())
        self.table.selectionModel().selectionChanged.connect(self._on_selection_changed)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    def show_rows(self, rows: list[StationRow]) -> None:
        self.model.set_rows(rows)
        if self.table.isSortingEnabled() and self.proxy.sortColumn() >= 0:
            self.proxy.invalidate()  # values changed: keep the chosen order
        connected = sum(r.connection == Connection.CONNECTED for r in rows)
        present = sum(r.connection != Connection.REMOVED for r in rows)
        removed = len(rows) - present
        text = tr("{present} station(s), {connected} connected").format(
            present=present, connected=connected
        )
        if removed:
            text += ", " + tr("{removed} removed").format(removed=removed)
        self.summary.setText(text if rows else tr("No station has joined yet"))
        self._on_selection_changed()

    def selected_row(self) -> StationRow | None:
        chosen = self.table.selectionModel().selectedRows()
        if not chosen:
            return None
        return self.model.rows[self.proxy.mapToSource(chosen[0]).row()]

    def select_station(self, station_id: str) -> None:
        for number, row in enumerate(self.model.rows):
            if row.station_id == station_id:
                self.table.selectRow(self.proxy.mapFromSource(self.model.index(number, 0)).row())
                return

    def _request_selected(self) -> None:
        row = self.selected_row()
        if row is not None and row.connection != Connection.REMOVED:
            self.remove_requested.emit(row.station_id)

    def _on_selection_changed(self, *_: object) -> None:
        row = self.selected_row()
        self.remove_button.setEnabled(row is not None and row.connection != Connection.REMOVED)
        self.selection_changed.emit()

    def _on_context_menu_requested(self, point: QPoint) -> None:
        index = self.table.indexAt(point)
        if not index.isValid():
            return
        row = self.model.rows[self.proxy.mapToSource(index).row()]
        menu = QMenu(self)
        action = menu.addAction(tr("Remove {trainee}…").format(trainee=row.trainee))
        action.setEnabled(row.connection != Connection.REMOVED)
        action.triggered.connect(
            lambda _checked=False, station=row.station_id: self.remove_requested.emit(station)
        )
        menu.popup(self.table.viewport().mapToGlobal(point))
