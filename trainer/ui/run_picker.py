"""Choose recorded runs (for a debrief or an export) from the training record."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer.export.sheet_data import played_scenario, shown_title
from trainer.i18n import clock_time, message
from trainer.local_time import local_text
from trainer.records import Repository, RunStatus
from trainer.records.models import RunRecord, SheetSummary
from trainer.text import printable
from trainer.ui.tooltips import plain_tip
from trainer.ui.translation import QT_TR_NOOP, decimal, tr
from trainer.ui.window_size import first_size

COLUMNS = (
    QT_TR_NOOP("Run"),
    QT_TR_NOOP("Started"),
    QT_TR_NOOP("Trainee"),
    QT_TR_NOOP("Scenario"),
    QT_TR_NOOP("Status"),
    QT_TR_NOOP("Score"),
)
TRAINEE_COLUMN = 2
TRAINEE_SHARE = 4  # a long name takes at most a quarter of the table; the tooltip has it whole
SCENARIO_COLUMN = 3
SCENARIO_SHARE = 3  # a long title (up to 120 characters) at most a third
SCORE_COLUMN = 5


def _verdict(sheet: SheetSummary) -> str:
    verdict = tr("{percent} % passed") if sheet.passed else tr("{percent} % failed")
    return verdict.format(percent=decimal(f"{sheet.percent:.1f}"))


def _score_text(sheet: SheetSummary) -> str:
    """'62.5 % failed, ended early at 3:20'; the result that counts, with the instructor's
    overrides ('80.0 % passed, with the instructor's overrides')."""
    text = _verdict(sheet)
    if sheet.computed is not None:
        text += tr(", with the instructor's overrides")
    if sheet.ended_at_s is not None:
        text += tr(", ended early at {ended_at_s}").format(ended_at_s=clock_time(sheet.ended_at_s))
    return text


def _score_tip(sheet: SheetSummary) -> str:
    """The cell's tooltip: its text, and the scorer's result beside the instructor's."""
    text = _score_text(sheet)
    if sheet.computed is None:
        return text
    return text + "\n" + tr("Computed: {result}").format(result=_verdict(sheet.computed))


def title_of(run: RunRecord, files: dict[tuple[str, str], dict[str, Any]]) -> str:
    """The run's scenario title in the window's language (Dutch when its file, unchanged since
    the run, has one; the record keeps the title as written). `files` keeps each file read once."""
    key = (run.scenario_file, run.file_sha256)
    if key not in files:
        files[key] = played_scenario(*key)
    return shown_title(run, files[key])


class RunPickerDialog(QDialog):
    def __init__(
        self,
        repository: Repository,
        title: str,
        multiple: bool = False,
        parent: QWidget | None = None,
        accept_text: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        first_size(self, 1100, 520)  # the Dutch titles and verdicts are long: all columns in view
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Filter by trainee or scenario"))
        self.filter.textChanged.connect(self._apply_filter)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        mode = QAbstractItemView.SelectionMode
        self.table.setSelectionMode(mode.ExtendedSelection if multiple else mode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self.accept)
        names = {t.id: t.name for t in repository.trainees(include_retired=True)}
        runs = sorted(repository.runs(), key=lambda r: r.id, reverse=True)
        self.table.setRowCount(len(runs))
        self._run_ids = [run.id for run in runs]
        self._search_text: list[str] = []
        files: dict[tuple[str, str], dict[str, Any]] = {}
        results = repository.sheet_summaries()  # one query, not every item of every sheet
        for row, run in enumerate(runs):
            sheet = results.get(run.id)
            if sheet is not None:
                score, score_tip = _score_text(sheet), _score_tip(sheet)
            elif run.status is RunStatus.RUNNING:
                score = score_tip = "-"
            else:  # interrupted, or left mid-run: its debrief scores it
                score = tr("not scored")
                score_tip = tr("Not scored yet: open its debrief and press Score this run")
            started = local_text(run.started_utc)
            # As stored, less what would make it read otherwise (a right-to-left override).
            trainee = printable(names.get(run.trainee_id or -1, "-"))
            values = (
                str(run.id),
                started,
                trainee,
                printable(title_of(run, files)),
                message(f"status.{run.status.value}"),
                score,
            )
            self._search_text.append(f"{values[2]} {values[3]} {run.scenario_title}".casefold())
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(plain_tip(score_tip if column == SCORE_COLUMN else value))
                self.table.setItem(row, column, item)
        self.buttons = buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        if accept_text is not None:  # says what happens next (Export…), not Open
            buttons.button(QDialogButtonBox.StandardButton.Open).setText(accept_text)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self._fit_long_columns()
        self.table.itemSelectionChanged.connect(self._update_accept_button)
        if runs:
            self._select_row(0)
        self._update_accept_button()

    def _select_row(self, row: int) -> None:
        # Not selectRow(): it reads the keys held down, and the Shift of Ctrl+Shift+E (the
        # menu's shortcut that opens this picker) made it select nothing at all.
        flags = QItemSelectionModel.SelectionFlag
        self.table.selectionModel().setCurrentIndex(
            self.table.model().index(row, 0), flags.ClearAndSelect | flags.Rows
        )

    def _update_accept_button(self) -> None:
        """Open (Export…) only with a run chosen: accepting none closed the picker silently."""
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(bool(self.chosen()))

    def _fit_long_columns(self) -> None:
        """Keep a very long name or title from pushing the status and score out of sight."""
        header = self.table.horizontalHeader()
        for column, share in ((TRAINEE_COLUMN, TRAINEE_SHARE), (SCENARIO_COLUMN, SCENARIO_SHARE)):
            widest = max(self.width() - 60, 300) // share
            if header.sectionSize(column) > widest:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, widest)

    def chosen(self) -> list[int]:
        """The selected runs the table shows (a run the filter hides is never chosen)."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self._run_ids[row] for row in rows if not self.table.isRowHidden(row)]

    def _apply_filter(self, text: str) -> None:
        """Show the runs that match; a run filtered away is no longer selected, and when no
        shown run is, the first shown one is: Open acts on what the instructor can see."""
        needle = text.casefold()
        for row, haystack in enumerate(self._search_text):
            self.table.setRowHidden(row, bool(needle) and needle not in haystack)
        selection = self.table.selectionModel()
        for index in selection.selectedRows():
            if self.table.isRowHidden(index.row()):
                selection.select(
                    index,
                    selection.SelectionFlag.Deselect | selection.SelectionFlag.Rows,
                )
        shown = [r for r in range(self.table.rowCount()) if not self.table.isRowHidden(r)]
        if shown and not self.chosen():  # also with Shift held, typing a capital
            self._select_row(shown[0])
        self._update_accept_button()
