"""The score sheet at the end of a run: every point gained or lost, with its reason."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer.i18n import clock_time, message, money
from trainer.scoring.due import DueWindow, Outcome, due_windows
from trainer.scoring.due_text import clock_note, due_line
from trainer.scoring.reasons import points, reason_text
from trainer.scoring.sheet import ScoreSheet
from trainer.text import single_line
from trainer.ui.tooltips import plain_tip
from trainer.ui.translation import decimal, fill, tr
from trainer.ui.window_size import first_size

GAIN = QColor("#1e8449")
LOSS = QColor("#c0392b")
MUTED = QColor("#7f8c8d")
REASON = 3
WIDE_PX = 1150  # the dialog's width with a due column (900 without)
DUE = 4  # when the item's response was due and how it was met; empty for items without one
# The due line in the colours of the points: on time as a gain, missed as a loss, late between.
OUTCOME_COLOURS = {
    Outcome.MET: GAIN,
    Outcome.LATE: QColor("#b9770e"),
    Outcome.MISSED: LOSS,
    Outcome.NOT_APPLICABLE: MUTED,
}


class ScoreSheetDialog(QDialog):
    """`title` names the exercise as the viewer may see it; `not_recorded` says why the run is
    not in the training record (None when it is), first thing on the sheet."""

    def __init__(
        self,
        sheet: ScoreSheet,
        title: str,
        trainee: str,
        parent: QWidget | None = None,
        not_recorded: str | None = None,
        *,
        export: Callable[[], object] | None = None,
        print_: Callable[[], object] | None = None,
        clock_start_s: int | None = None,
    ) -> None:
        """`export` and `print_` (the instructor's, for a run in the record) add buttons that
        export or print this sheet; the trainee's sheet has neither. `clock_start_s` is the
        scenario's local clock at sim time 0 (seconds into the day), which the due times are
        read on, as the trainee's screen showed it; None: they are in sim time."""
        super().__init__(parent)
        self.setWindowTitle(tr("Score sheet — {title}").format(title=single_line(title)))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        self.record_warning = QLabel()
        self.record_warning.setTextFormat(Qt.TextFormat.PlainText)
        self.record_warning.setWordWrap(True)
        self.record_warning.setStyleSheet(
            f"font-size: 12pt; font-weight: bold; color: {LOSS.name()};"
        )
        self.record_warning.setText(
            tr("NOT in the training record: {not_recorded}").format(not_recorded=not_recorded)
            if not_recorded
            else ""
        )
        self.record_warning.setVisible(bool(not_recorded))
        layout.addWidget(self.record_warning)
        result = message("result.passed" if sheet.passed else "result.failed")
        if sheet.ended_at_s is not None:  # what was still to come counts as missed
            result += tr(" — run ended early at {ended_at_s}").format(
                ended_at_s=clock_time(sheet.ended_at_s)
            )
        elif sheet.maximum <= 0:
            result += tr(" — nothing was due")
        colour = GAIN.name() if sheet.passed else LOSS.name()
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setText(
            fill(
                tr(
                    "{title}\nTrainee: {trainee}    Seed: {seed}\n{lstrip} of {maximum:g} points = "
                    "{percent:.1f} %   (pass mark {pass_mark_percent:g} %)   {result}\nRunway "
                    "operations suspended {disruption_minutes:.1f} min, {disruption_eur}"
                ),
                title=single_line(title),
                trainee=single_line(trainee),
                seed=sheet.seed,
                lstrip=points(sheet.total).lstrip("+"),
                maximum=sheet.maximum,
                percent=sheet.percent,
                pass_mark_percent=sheet.pass_mark_percent,
                result=result,
                disruption_minutes=sheet.disruption_minutes,
                disruption_eur=money(sheet.disruption_eur),
            )
        )
        self.summary.setStyleSheet("font-size: 11pt;")
        self.result_label = QLabel(f"{result}  {decimal(f'{sheet.percent:.1f}')} %")
        self.result_label.setStyleSheet(f"font-size: 16pt; font-weight: bold; color: {colour};")
        layout.addWidget(self.result_label)
        layout.addWidget(self.summary)
        windows = {w.position: w for w in due_windows(sheet)}
        self.clock_note = QLabel()
        self.clock_note.setTextFormat(Qt.TextFormat.PlainText)
        self.clock_note.setWordWrap(True)
        if windows and clock_start_s is not None:  # as the PDF says it: which clock, and why
            self.clock_note.setText(clock_note(clock_start_s))
        self.clock_note.setVisible(bool(self.clock_note.text()))
        layout.addWidget(self.clock_note)
        self.table = QTableWidget(len(sheet.items), 5 if windows else 4, self)
        self.table.setHorizontalHeaderLabels(
            [tr("Time"), tr("Points"), tr("Kind"), tr("Reason"), tr("When due")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # A reason is the point of the sheet: wrapped to the column, never cut off with '…'
        # (a Dutch reason, or any in projector mode's larger text, did not fit one line).
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        # Rows as tall as their wrapped reason, again whenever the column's width changes.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for row, item in enumerate(sheet.items):
            gained = item.points > 0
            cells = [
                clock_time(item.time_s) if item.time_s is not None else "",
                # Nothing gained of something possible reads '0/20', expected or missed alike
                # (a missed required item said only '0').
                points(item.points)
                if item.points or not item.max_points
                else f"0/{decimal(f'{item.max_points:g}')}",
                message(f"category.{item.category.value}"),
                reason_text(item),
            ]
            hover = plain_tip(reason_text(item))  # a scenario author's words, as written
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(hover)
                if column == 1:
                    cell.setForeground(
                        GAIN if gained else (LOSS if item.points < 0 or item.max_points else MUTED)
                    )
                    cell.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, cell)
            window = windows.get(row)
            if window is not None:
                self.table.setItem(row, DUE, due_cell(window, clock_start_s))
        if windows:  # room for the due lines beside the reasons, as the screen allows
            first_size(self, WIDE_PX, 560)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        self.export_button = self.print_button = None
        if export is not None:
            self.export_button = buttons.addButton(
                tr("Export…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.export_button.clicked.connect(lambda _checked=False: export())
        if print_ is not None:
            self.print_button = buttons.addButton(
                tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole
            )
            self.print_button.clicked.connect(lambda _checked=False: print_())
        layout.addWidget(buttons)


def due_cell(window: DueWindow, clock_start_s: int | None) -> QTableWidgetItem:
    """'due 14:11:10–14:12:10 · late (done 14:12:40)' in its outcome's colour; the hover text
    names what was expected (rich text: the scenario's words in it are escaped)."""
    line = due_line(window, clock_start_s)
    cell = QTableWidgetItem(line)
    cell.setForeground(OUTCOME_COLOURS[window.outcome])
    cell.setToolTip(f"<b>{escape(window.due.expected.text())}</b><br>{escape(line)}")
    return cell
