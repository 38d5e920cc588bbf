"""The scenario library's table: a row per scenario file with its facts and status, sortable,
rows found and selected by the file's path."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from trainer.library import ScenarioEntry
from trainer.text import printable, single_line
from trainer.ui.library_words import (
    BAD,
    COLUMNS,
    DIFFICULTY,
    DURATION,
    GOOD,
    LEVELS,
    PENDING,
    SOURCES,
    STARS,
    STATUS,
    TAGS,
    TITLE,
    minutes_seconds,
    problem_text,
    stars,
)
from trainer.ui.tooltips import plain_tip
from trainer.ui.translation import tr

PATH_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class _Item(QTableWidgetItem):
    """A cell that sorts by its SORT_ROLE value (numbers sort as numbers)."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return bool(self.data(SORT_ROLE) < other.data(SORT_ROLE))


class ScenarioTable(QTableWidget):
    """One row per scenario, one selected at a time, sorted by title to start with."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(26)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TAGS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(TAGS, 210)
        self.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
        header.setHighlightSections(False)

    def add_row(self, entry: ScenarioEntry, *, checked: bool) -> None:
        """A row for `entry`; `checked`: its file was checked by Validate all."""
        row = self.rowCount()
        self.insertRow(row)
        # The file's words as the score sheet shows them: a bidi override (U+202E) in a title
        # or tag turned the text after it around.
        title, tags = single_line(entry.title), [single_line(t) for t in entry.tags]
        cells: list[tuple[str, Any]] = [
            (title, title.casefold()),
            (stars(entry.difficulty), entry.difficulty or 0),
            (minutes_seconds(entry.duration_s), entry.duration_s or 0.0),
            (", ".join(tags), ", ".join(tags).casefold()),
            (tr(SOURCES[entry.source]), entry.source),
            ("", ""),
        ]
        for column, (text, key) in enumerate(cells):
            item = _Item(text)
            item.setData(PATH_ROLE, str(entry.path))
            item.setData(SORT_ROLE, key)
            if column in (DIFFICULTY, DURATION):
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            if column == DIFFICULTY:
                item.setForeground(STARS)
            self.setItem(row, column, item)
        where = printable(str(entry.path))
        self.cell(row, TITLE).setToolTip(plain_tip(f"{title}\n{single_line(entry.id)}\n{where}"))
        self.cell(row, TAGS).setToolTip(plain_tip("\n".join(tags)))
        if entry.difficulty is not None:
            tip = tr("{difficulty} of 5: {level}").format(
                difficulty=entry.difficulty, level=tr(LEVELS[entry.difficulty])
            )
            self.cell(row, DIFFICULTY).setToolTip(tip)
        self.show_status(row, entry, checked=checked)

    def show_status(
        self, row: int, entry: ScenarioEntry, *, checked: bool, pending: bool = False
    ) -> None:
        """The row's Status: being checked, its problems, checked by Validate all, or valid."""
        item = self.cell(row, STATUS)
        count = len(entry.problems)
        if pending:
            text, colour, key = tr("checking\u2026"), PENDING, 1
        elif count:
            text = (tr("\u2717 1 problem") if count == 1 else tr("\u2717 {count} problems")).format(
                count=count
            )
            colour, key = BAD, 0
        elif checked:
            text, colour, key = tr("\u2713 checked"), GOOD, 3
        else:
            text, colour, key = tr("\u2713 valid"), GOOD, 2
        item.setText(text)
        item.setData(SORT_ROLE, key)
        item.setForeground(colour)
        item.setToolTip(plain_tip("\n".join(problem_text(p) for p in entry.problems[:12])))

    def cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.item(row, column)
        assert item is not None, "every cell is filled in add_row"
        return item

    def path_at(self, row: int) -> Path:
        return Path(self.cell(row, TITLE).data(PATH_ROLE))

    def row_of(self, path: Path) -> int | None:
        return next((r for r in range(self.rowCount()) if self.path_at(r) == path), None)

    def visible_paths(self) -> list[Path]:
        """Paths of the rows shown, top to bottom."""
        rows = range(self.rowCount())
        return [self.path_at(row) for row in rows if not self.isRowHidden(row)]

    def status_text(self, path: Path) -> str:
        row = self.row_of(path)
        return "" if row is None else self.cell(row, STATUS).text()

    def select_path(self, path: Path) -> None:
        row = self.row_of(path)
        if row is not None:
            self.selectRow(row)
            self.scrollToItem(self.cell(row, TITLE))

    def selected_path(self) -> Path | None:
        rows = self.selectionModel().selectedRows()
        return self.path_at(rows[0].row()) if rows else None
