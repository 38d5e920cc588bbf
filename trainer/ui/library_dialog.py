"""The scenario library dialog: search, filter, check every file, and open one for a run."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from trainer.errors import Problem
from trainer.library import ScenarioEntry, ScenarioLibrary, Source, ValidationResult
from trainer.text import printable, single_line
from trainer.ui.narrow_combo import narrow
from trainer.ui.tooltips import plain_tip
from trainer.ui.translation import QT_TR_NOOP, tr
from trainer.ui.window_size import first_size

COLUMNS = (
    QT_TR_NOOP("Title"),
    QT_TR_NOOP("Difficulty"),
    QT_TR_NOOP("Duration"),
    QT_TR_NOOP("Tags"),
    QT_TR_NOOP("Source"),
    QT_TR_NOOP("Status"),
)
TITLE, DIFFICULTY, DURATION, TAGS, SOURCE, STATUS = range(len(COLUMNS))
PATH_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
GOOD = QColor("#1e8449")
BAD = QColor("#c0392b")
PENDING = QColor("#7f8c8d")
STARS = QColor("#d68910")
LEVELS = {
    1: QT_TR_NOOP("introductory"),
    2: QT_TR_NOOP("basic"),
    3: QT_TR_NOOP("intermediate"),
    4: QT_TR_NOOP("advanced"),
    5: QT_TR_NOOP("expert"),
}
SOURCES: dict[Source, str] = {"bundled": QT_TR_NOOP("Bundled"), "user": QT_TR_NOOP("My folder")}
OFFENDERS = {
    "none": QT_TR_NOOP("no offender"),
    "clueless": QT_TR_NOOP("clueless or careless"),
    "reckless": QT_TR_NOOP("reckless"),
    "criminal": QT_TR_NOOP("criminal or terrorist"),
}


def stars(difficulty: int | None) -> str:
    return "\u2013" if difficulty is None else "\u2605" * difficulty + "\u2606" * (5 - difficulty)


def minutes_seconds(seconds: float | None) -> str:
    if seconds is None:
        return "\u2013"
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def problem_text(problem: Problem) -> str:
    # as the editor's problem list writes it ("regel 5: ..." in Dutch)
    where = tr("line {line}: ").format(line=problem.line) if problem.line is not None else ""
    field = f"{problem.field}: " if problem.field else ""
    return printable(f"{where}{field}{problem.message}")  # may quote the file's own words


class _Item(QTableWidgetItem):
    """A cell that sorts by its SORT_ROLE value (numbers sort as numbers)."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return bool(self.data(SORT_ROLE) < other.data(SORT_ROLE))


class ScenarioLibraryDialog(QDialog):
    """Every scenario the instructor can run; Enter or a double-click opens the selected one."""

    scenario_chosen = Signal(Path)
    edit_chosen = Signal(Path)  # to the scenario editor: a broken file is fixed there

    def __init__(self, library: ScenarioLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.checked: dict[Path, ValidationResult] = {}
        self.validating = False
        self._stop = False
        self._close_after = False
        self.setWindowTitle(tr("Scenario library"))
        first_size(self, 1180, 640)
        self._build()
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.focus_search)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        self._fill()

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(tr("Search title, id, summary or tag  (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.difficulty = QComboBox(self)
        self.difficulty.addItem(tr("Any difficulty"), None)
        for level, word in LEVELS.items():
            self.difficulty.addItem(f"{stars(level)}  {level} {tr(word)}", level)
        self.tag = narrow(QComboBox(self), 14)  # a long tag would squeeze the search box
        self.source = QComboBox(self)
        self.source.addItem(tr("All sources"), None)
        for key, label in SOURCES.items():
            self.source.addItem(tr(label), key)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        for label, combo in (
            (tr("Difficulty"), self.difficulty),
            (tr("Tag"), self.tag),
            (tr("Source"), self.source),
        ):
            filters.addWidget(QLabel(label))
            filters.addWidget(combo)

        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TAGS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(TAGS, 210)
        self.table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
        header.setHighlightSections(False)
        self.details = QTextBrowser(self)
        self.details.setOpenLinks(False)
        self.details.setMinimumWidth(320)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([850, 330])

        self.count_label = QLabel(self)
        self.folder_label = QLabel(self)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar(self)
        self.progress.setVisible(False)
        self.progress.setFormat("Checking %v of %m")
        folder_tip = tr("Put your own scenario files in this folder")
        self.show_folder_button = self._button(tr("Show folder"), self.show_folder, folder_tip)
        self.refresh_button = self._button(
            tr("Refresh"), self.refresh, tr("Read the folders again (F5)")
        )
        check_tip = tr("Check every file as a run would, references included")
        self.validate_button = self._button(tr("Validate all"), self.validate_all, check_tip)
        self.open_button = self._button(
            tr("Open"), self.open_selected, tr("Open the scenario (Enter)")
        )
        self.open_button.setDefault(True)
        self.edit_button = self._button(
            tr("Edit"), self.edit_selected, tr("Open the file in the scenario editor (to fix it)")
        )
        self.close_button = self._button(tr("Close"), self.reject)
        info = QHBoxLayout()
        info.addWidget(self.count_label, 1)
        info.addWidget(self.folder_label)
        bottom = QHBoxLayout()
        for widget in (self.show_folder_button, self.refresh_button, self.validate_button):
            bottom.addWidget(widget)
        bottom.addWidget(self.progress, 1)
        bottom.addStretch()
        bottom.addWidget(self.edit_button)
        bottom.addWidget(self.open_button)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(info)
        layout.addLayout(bottom)
        self.search.textChanged.connect(self.apply_filter)
        for combo in (self.difficulty, self.tag, self.source):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.table.itemSelectionChanged.connect(self._on_selection)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())

    def _button(self, text: str, slot: Callable[[], object], tip: str = "") -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)  # Enter opens the selected scenario, wherever the focus is
        button.setToolTip(tip)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # -- the list ----------------------------------------------------------------------------

    def _fill(self) -> None:
        """Rebuild the rows from the library, keeping the selection and the filters."""
        keep = self.selected_path()
        tag = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(tr("Any tag"), None)
        for name in self.library.tags():
            self.tag.addItem(name, name)
        self.tag.setCurrentIndex(max(0, self.tag.findData(tag)))
        self.tag.blockSignals(False)
        self.table.setSortingEnabled(False)
        self.table.setRowCount(0)
        for entry in self.library.entries:
            self._add_row(entry)
        self.table.setSortingEnabled(True)
        path = self.library.user_folder
        home = Path.home()
        folder = str(Path("~") / path.relative_to(home)) if home in path.parents else str(path)
        self.folder_label.setText(
            f"<span style='color:{BAD.name()}'>{escape(self.library.folder_problem)}</span>"
            if self.library.folder_problem
            else tr("My folder: {folder}").format(folder=escape(folder))
        )
        self.apply_filter(keep=keep)

    def _add_row(self, entry: ScenarioEntry) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
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
            self.table.setItem(row, column, item)
        where = printable(str(entry.path))
        self._cell(row, TITLE).setToolTip(plain_tip(f"{title}\n{single_line(entry.id)}\n{where}"))
        self._cell(row, TAGS).setToolTip(plain_tip("\n".join(tags)))
        if entry.difficulty is not None:
            tip = tr("{difficulty} of 5: {level}").format(
                difficulty=entry.difficulty, level=tr(LEVELS[entry.difficulty])
            )
            self._cell(row, DIFFICULTY).setToolTip(tip)
        self._show_status(row, entry)

    def _show_status(self, row: int, entry: ScenarioEntry, pending: bool = False) -> None:
        item = self._cell(row, STATUS)
        count = len(entry.problems)
        if pending:
            text, colour, key = tr("checking\u2026"), PENDING, 1
        elif count:
            text = (tr("\u2717 1 problem") if count == 1 else tr("\u2717 {count} problems")).format(
                count=count
            )
            colour, key = BAD, 0
        elif entry.path in self.checked:
            text, colour, key = tr("\u2713 checked"), GOOD, 3
        else:
            text, colour, key = tr("\u2713 valid"), GOOD, 2
        item.setText(text)
        item.setData(SORT_ROLE, key)
        item.setForeground(colour)
        item.setToolTip(plain_tip("\n".join(problem_text(p) for p in entry.problems[:12])))

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None, "every cell is filled in _add_row"
        return item

    def _path(self, row: int) -> Path:
        return Path(self._cell(row, TITLE).data(PATH_ROLE))

    def _row_of(self, path: Path) -> int | None:
        return next((r for r in range(self.table.rowCount()) if self._path(r) == path), None)

    def apply_filter(self, *_: object, keep: Path | None = None) -> None:
        """Show only the rows that match the search text and filters; keep a visible selection."""
        keep = keep or self.selected_path()
        found = self.library.search(
            self.search.text(),
            difficulty=self.difficulty.currentData(),
            tags=[self.tag.currentData()] if self.tag.currentData() else None,
            source=self.source.currentData(),
        )
        shown = {entry.path for entry in found}
        for row in range(self.table.rowCount()):
            self.table.setRowHidden(row, self._path(row) not in shown)
        visible = self.visible_paths()
        target = keep if keep in visible else (visible[0] if visible else None)
        if target is None:
            self.table.clearSelection()
            self._on_selection()
        else:
            self.select_path(target)
        total = len(self.library.entries)
        invalid = sum(1 for e in self.library.entries if not e.valid)
        text = tr("{count} of {total} scenarios shown").format(count=len(visible), total=total)
        if invalid:
            text += tr(", {invalid} invalid").format(invalid=invalid)
        self.count_label.setText(text)

    def visible_paths(self) -> list[Path]:
        """Paths of the rows shown, top to bottom."""
        rows = range(self.table.rowCount())
        return [self._path(row) for row in rows if not self.table.isRowHidden(row)]

    def status_text(self, path: Path) -> str:
        row = self._row_of(path)
        return "" if row is None else self._cell(row, STATUS).text()

    def select_path(self, path: Path) -> None:
        row = self._row_of(path)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollToItem(self._cell(row, TITLE))

    def selected_path(self) -> Path | None:
        rows = self.table.selectionModel().selectedRows()
        return self._path(rows[0].row()) if rows else None

    def selected_entry(self) -> ScenarioEntry | None:
        path = self.selected_path()
        return self.library.entry(path) if path is not None else None

    # -- details and actions -----------------------------------------------------------------

    def _on_selection(self) -> None:
        entry = self.selected_entry()
        self.open_button.setEnabled(entry is not None and entry.valid and not self.validating)
        self.edit_button.setEnabled(entry is not None)
        self.details.setHtml(self._details_html(entry))

    def _details_html(self, entry: ScenarioEntry | None) -> str:
        if entry is None:
            return tr(
                "<p style='color:#7f8c8d'>No scenario matches. Clear the search or filters.</p>"
            )
        level = LEVELS.get(entry.difficulty or 0)
        facts = [single_line(entry.id), f"{stars(entry.difficulty)} {tr(level) if level else ''}"]
        facts.append(f"{minutes_seconds(entry.duration_s)} min")
        if entry.offender:
            offender = OFFENDERS.get(entry.offender)
            facts.append(
                tr("offender: {offender}").format(
                    offender=tr(offender) if offender else entry.offender
                )
            )
        line = " &middot; ".join(escape(f).replace(" ", "&nbsp;") for f in facts)
        no_summary = tr("No summary.")  # outside the f-string: lupdate reads no code inside one
        parts = [
            f"<h3 style='margin-bottom:2px'>{escape(single_line(entry.title))}</h3>",
            f"<p style='color:#5d6d7e'>{line}</p>",
            f"<p>{escape(printable(entry.summary)) or '<i>' + no_summary + '</i>'}</p>",
        ]
        if entry.tags:
            chips = " ".join(
                f"<span style='background:#eaf2f8;color:#1b4f72'>&nbsp;{escape(t)}&nbsp;</span>"
                for t in map(single_line, entry.tags)
            )
            parts.append(f"<p>{chips}</p>")
        if entry.problems:
            count = len(entry.problems)
            items = "".join(f"<li>{escape(problem_text(p))}</li>" for p in entry.problems)
            parts.append(
                tr(
                    "<p style='color:{name}'><b>Number of problems: {count}</b> — fix "
                    "the file, then Refresh:</p><ul style='color:{name}'>{items}</ul>"
                ).format(name=BAD.name(), count=count, items=items)
            )
        source = tr(SOURCES[entry.source]).lower()
        where = escape(printable(str(entry.path)))
        parts.append(f"<p style='color:#7f8c8d'>{source}: {where}</p>")
        return "".join(parts)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def open_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None or not entry.valid or self.validating:
            return
        self.scenario_chosen.emit(entry.path)
        self.accept()

    def edit_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        self.edit_chosen.emit(entry.path)
        self.accept()

    def show_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.library.user_folder)))

    def refresh(self) -> None:
        if not self.validating:
            self.checked.clear()
            self.library.refresh()
            self._fill()

    def validate_all(self) -> list[ValidationResult]:
        """Check every file as a run would; the window stays responsive and can stop it."""
        if self.validating:
            self._stop = True  # the button reads "Stop" while checking
            return []
        self.library.refresh()
        self.checked.clear()
        self._fill()
        self._stop = False
        self._set_checking(True)
        self.progress.setRange(0, max(1, len(self.library.entries)))
        self.progress.setValue(0)
        for row in range(self.table.rowCount()):
            entry = self.library.entry(self._path(row))
            if entry is not None:
                self._show_status(row, entry, pending=True)
        try:
            results = self.library.validate_all(self._on_progress, stop=lambda: self._stop)
        finally:
            self._set_checking(False)
        self._fill()
        failed = sum(1 for r in results if not r.ok)
        stopped = " (stopped)" if len(results) < len(self.library.entries) else ""
        passed = len(results) - failed
        text = tr("Checked {count} files{stopped}: {passed} passed, {failed} with problems").format(
            count=len(results), stopped=stopped, passed=passed, failed=failed
        )
        self.count_label.setText(text)
        if self._close_after:
            super().reject()
        return results

    def _set_checking(self, on: bool) -> None:
        self.validating = on
        self.validate_button.setText(tr("Stop") if on else tr("Validate all"))
        self.refresh_button.setEnabled(not on)
        self.progress.setVisible(on)
        self._on_selection()  # Open is disabled while checking

    def _on_progress(self, done: int, total: int, path: Path) -> None:
        entry = self.library.entry(path)
        if entry is not None:
            self.checked[path] = ValidationResult(path, entry.problems)
            row = self._row_of(path)
            if row is not None:
                self._show_status(row, entry)
        self.progress.setValue(done)
        QApplication.processEvents()

    def reject(self) -> None:
        if self.validating:  # Escape or Close while checking: stop first, then close
            self._stop, self._close_after = True, True
            return
        super().reject()
