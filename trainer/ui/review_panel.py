"""The instructor's review in the debrief: a note and an override per score item.

Each change is written to the record at once (a debrief is often left half-way). The sheet's
computed points stay as they are; the override is shown beside them, on screen and on paper.
"""

from __future__ import annotations

import math
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer.errors import TrainerError
from trainer.records import Repository
from trainer.records.counted_score import counted_score, override_of
from trainer.records.models import ItemReview
from trainer.records.review_store import MAX_NOTE_CHARS, aligned_reviews, override_range
from trainer.scoring.reasons import clock_time, points, reason_text
from trainer.scoring.sheet import ScoreSheet
from trainer.ui.tooltips import plain_tip
from trainer.ui.translation import decimal, fill, tr

TIME, POINTS, OVERRIDE, NOTE, REASON = range(5)  # what is typed in, before the long reason
BAD, CHANGED = "#c0392b", QColor("#8a5a00")


def parse_points(text: str) -> float | None:
    """'5', '-2.5', '+10', '5,5' (Dutch comma) as points; '' as no override. ValueError else."""
    text = text.strip().replace(",", ".")
    if not text:
        return None
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(text)
    return value


def _computed(gained: float, maximum: float) -> str:
    return points(gained) if gained or not maximum else f"0/{maximum:g}"


class ReviewPanel(QWidget):
    """One row per score item: computed points, then the instructor's override and note."""

    changed = Signal()

    def __init__(
        self, repository: Repository, run_id: int, sheet: ScoreSheet, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.repository = repository
        self.run_id = run_id
        self.sheet = sheet
        self.reviews: dict[int, ItemReview] = {}
        self._filling = False
        self.table = QTableWidget(len(sheet.items), 5, self)
        self.table.setHorizontalHeaderLabels(
            [tr("Time"), tr("Points"), tr("Override"), tr("Note"), tr("Reason")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(OVERRIDE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(OVERRIDE, 70)
        self.table.setColumnWidth(NOTE, 170)
        self.table.itemChanged.connect(self._on_item_changed)
        self.total_label = QLabel(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        hint = QLabel(
            tr(
                "Type an override (points) or a note on any item; both are kept beside the "
                "computed score and printed on the sheet."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.total_label)
        layout.addWidget(self.message)
        self.reload()

    def reload(self) -> None:
        try:
            stored = self.repository.item_reviews(self.run_id)
            # Each with the item it was written for, after a rescore too (see aligned_reviews).
            self.reviews = aligned_reviews([i.reason for i in self.sheet.items], stored)
        except TrainerError as error:
            self._say(str(error))
            return
        self._filling = True
        for row, item in enumerate(self.sheet.items):
            review = self.reviews.get(row)
            override = override_of(review)
            cells = {
                TIME: clock_time(item.time_s) if item.time_s is not None else "",
                POINTS: _computed(item.points, item.max_points),
                OVERRIDE: "" if override is None else decimal(f"{override:g}"),
                NOTE: review.note if review else "",
                REASON: reason_text(item),
            }
            for column, text in cells.items():
                cell = QTableWidgetItem(text)
                if column in (TIME, POINTS, REASON):
                    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                    cell.setToolTip(plain_tip(reason_text(item)))
                elif column == OVERRIDE and override is not None:
                    cell.setForeground(CHANGED)
                self.table.setItem(row, column, cell)
        self._filling = False
        self._show_total()

    def set_review(
        self, position: int, *, override: str | None = None, note: str | None = None
    ) -> bool:
        """Type into a row as a person would: the override text and/or the note."""
        if override is not None:
            self._cell(position, OVERRIDE).setText(override)
        if note is not None:
            self._cell(position, NOTE).setText(note)
        return self.message.text() == ""

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        cell = self.table.item(row, column)
        assert cell is not None, "every cell is filled in reload"
        return cell

    def _on_item_changed(self, cell: QTableWidgetItem) -> None:
        if self._filling or cell.column() not in (OVERRIDE, NOTE):
            return
        row = cell.row()
        typed = self._cell(row, OVERRIDE).text()
        refused = ""
        stored = self.reviews.get(row)
        try:
            override = parse_points(typed)
        except ValueError:  # the note is still saved, with the override stored before
            override = stored.override_points if stored is not None else None
            refused = tr(
                "Item {row}: {typed!r} is not a number of points; override not saved"
            ).format(row=row + 1, typed=typed)
        else:
            item = self.sheet.items[row]
            low, high = override_range(item.points, item.max_points)
            if override is not None and not low <= override <= high:  # the same: note kept
                override = stored.override_points if stored is not None else None
                refused = tr(
                    "Item {row}: {typed} is outside what this item can give, {low} to {high};"
                    " override not saved"
                ).format(row=row + 1, typed=typed.strip(), low=decimal(f"{low:g}"),
                         high=decimal(f"{high:g}"))  # fmt: skip
        note = self._cell(row, NOTE).text()
        if len(note.strip()) > MAX_NOTE_CHARS:  # said here, in the window's language
            self._say(
                tr("Item {row}: the note has {count} characters, at most {most}; not saved").format(
                    row=row + 1, count=len(note.strip()), most=MAX_NOTE_CHARS
                )
            )
            return
        try:
            self.repository.review_item(self.run_id, row, note=note, override_points=override)
        except TrainerError as error:
            self._say(str(error))
            return
        if refused:
            self._say(refused)
            # The typed text stays in the cell, to be corrected, and says it was not saved
            # after the message under the table has moved on to another item.
            self._filling = True
            typed_cell = self._cell(row, OVERRIDE)
            typed_cell.setForeground(QColor(BAD))
            typed_cell.setToolTip(plain_tip(refused))
            self._filling = False
            return
        self.message.clear()
        self.reload()
        self.changed.emit()

    def _show_total(self) -> None:
        counted = counted_score(self.sheet, self.reviews)
        if not counted.overridden:
            self.total_label.setText(
                fill(
                    tr("Computed total {total:g} of {maximum:g}"),
                    total=self.sheet.total,
                    maximum=self.sheet.maximum,
                )
            )
            return
        self.total_label.setText(
            fill(
                tr(
                    "Computed total {total:g} of {maximum:g}; with the instructor's overrides "
                    "{total2:g}"
                ),
                total=self.sheet.total,
                maximum=self.sheet.maximum,
                total2=counted.total,
            )
        )

    def _say(self, text: str) -> None:
        self.message.setText(f"<span style='color:{BAD}'>{escape(text, quote=False)}</span>")
