"""The scenario library dialog: search, filter, check every file, and open one for a run.

Its table is library_table's, the selected scenario's details library_details', the words for
a scenario's facts library_words'."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from trainer.library import ScenarioEntry, ScenarioLibrary, ValidationResult
from trainer.ui.library_details import details_html
from trainer.ui.library_table import ScenarioTable
from trainer.ui.library_words import BAD, LEVELS, SOURCES, STATUS, TITLE, minutes_seconds, stars
from trainer.ui.narrow_combo import narrow
from trainer.ui.translation import tr
from trainer.ui.window_size import first_size

__all__ = [  # the table's columns and the words are imported from here too
    "STATUS",
    "TITLE",
    "ScenarioLibraryDialog",
    "minutes_seconds",
    "stars",
]


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
        refresh = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        refresh.setAutoRepeat(False)  # a held F5 reads the folders once
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

        self.table = ScenarioTable(self)
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
        self.progress.setFormat(tr("Checking %v of %m"))
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
            self.table.add_row(entry, checked=entry.path in self.checked)
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
            self.table.setRowHidden(row, self.table.path_at(row) not in shown)
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
        return self.table.visible_paths()

    def status_text(self, path: Path) -> str:
        return self.table.status_text(path)

    def select_path(self, path: Path) -> None:
        self.table.select_path(path)

    def selected_path(self) -> Path | None:
        return self.table.selected_path()

    def selected_entry(self) -> ScenarioEntry | None:
        path = self.selected_path()
        return self.library.entry(path) if path is not None else None

    # -- details and actions -----------------------------------------------------------------

    def _on_selection(self) -> None:
        entry = self.selected_entry()
        self.open_button.setEnabled(entry is not None and entry.valid and not self.validating)
        self.edit_button.setEnabled(entry is not None)
        self.details.setHtml(details_html(entry))

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
            entry = self.library.entry(self.table.path_at(row))
            if entry is not None:
                self.table.show_status(row, entry, checked=False, pending=True)
        try:
            results = self.library.validate_all(self._on_progress, stop=lambda: self._stop)
        finally:
            self._set_checking(False)
        self._fill()
        failed = sum(1 for r in results if not r.ok)
        stopped = tr(" (stopped)") if len(results) < len(self.library.entries) else ""
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
            row = self.table.row_of(path)
            if row is not None:
                self.table.show_status(row, entry, checked=True)
        self.progress.setValue(done)
        QApplication.processEvents()

    def reject(self) -> None:
        if self.validating:  # Escape or Close while checking: stop first, then close
            self._stop, self._close_after = True, True
            return
        super().reject()
