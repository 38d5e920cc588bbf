"""The instructor's live score: the sheet as it would stand if the run ended now."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from trainer.scoring.reasons import points, reason_text
from trainer.scoring.sheet import ScoreSheet
from trainer.ui.translation import fill, tr

GAIN = QColor("#1e8449")
LOSS = QColor("#c0392b")
NONE = QColor("#7f8c8d")


class LiveScorePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.total = QLabel(tr("No run yet"))
        self.total.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.total.setWordWrap(True)
        self.items = QListWidget()
        layout = QVBoxLayout(self)
        layout.addWidget(self.total)
        note = QLabel(tr("If the run ended now (never shown to the trainee):"))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.items, 1)

    def show_sheet(self, sheet: ScoreSheet | None) -> None:
        self.items.clear()
        if sheet is None:
            self.total.setText(tr("No answer key: this scenario is not scored"))
            return
        self.total.setText(
            fill(
                tr(
                    "{total:g} / {maximum:g} points, {percent:.1f} %   runway suspended "
                    "{disruption_minutes:.1f} min"
                ),
                total=sheet.total,
                maximum=sheet.maximum,
                percent=sheet.percent,
                disruption_minutes=sheet.disruption_minutes,
            )
        )
        for item in sorted(sheet.items, key=lambda i: (i.time_s is None, i.time_s or 0.0)):
            entry = QListWidgetItem(f"{points(item.points):>6}  {reason_text(item)}")
            entry.setForeground(GAIN if item.points > 0 else LOSS if item.points < 0 else NONE)
            entry.setToolTip(reason_text(item))
            self.items.addItem(entry)
