"""The instructor's live score: the sheet as it would stand if the run ended now."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from trainer.scoring.reasons import points, reason_text, reason_words
from trainer.scoring.sheet import ScoreItem, ScoreSheet
from trainer.ui.tooltips import plain_tip
from trainer.ui.translation import QT_TR_NOOP, fill, tr

GAIN = QColor("#1e8449")
LOSS = QColor("#c0392b")
NONE = QColor("#7f8c8d")
WOULD_BE = QT_TR_NOOP("If the run ended now (never shown to the trainee):")
AT_THE_END = QT_TR_NOOP("The sheet as scored at the end:")


def item_line(item: ScoreItem) -> str:
    """'   +10  acknowledged track T001 ...': the points the reason starts with ('0/5' where
    nothing of 5 was gained) in a column of their own, then the reason, each once."""
    text, words = reason_text(item), reason_words(item)
    lead = text[: len(text) - len(words)].strip() or points(item.points)
    return f"{lead:>6}  {words}"


class LiveScorePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.total = QLabel(tr("No run yet"))
        self.total.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.total.setWordWrap(True)
        self.items = QListWidget()
        layout = QVBoxLayout(self)
        layout.addWidget(self.total)
        self.note = QLabel(tr(WOULD_BE))
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
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
            entry = QListWidgetItem(item_line(item))
            entry.setForeground(GAIN if item.points > 0 else LOSS if item.points < 0 else NONE)
            entry.setToolTip(plain_tip(reason_text(item)))
            self.items.addItem(entry)
