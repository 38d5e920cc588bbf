"""The class's progress on the projector: a bar per station, scores only once they may be seen."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from trainer.ui.console_rows import Connection, StationRow
from trainer.ui.eliding_label import ElidingLabel
from trainer.ui.translation import tr

COLUMNS_OF_BARS = 2  # 16 trainees in 8 rows of two, readable at projector size
PASS_COLOUR = "#1e8449"
BELOW_COLOUR = "#b9770e"
WAITING_COLOUR = "#566573"
NAME_CHARS = 28  # letters of a name shown whole on a bar; a longer one ends in "…"
TEXT = "#e5e8e8"  # light, on the projector's dark ground


class StationBar(QWidget):
    """A trainee's name over a bar."""

    def __init__(self, font_pt: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = ElidingLabel(parent=self)  # a name as typed: plain, cut short of room
        font = QFont(self.name.font())
        font.setPointSize(font_pt)
        self._metrics = QFontMetrics(font)
        self.name.setMaximumWidth(self._metrics.horizontalAdvance("n" * NAME_CHARS))
        self.name.setStyleSheet(f"font-size: {font_pt}pt; color: {TEXT};")
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(True)
        self.bar.setFixedHeight(round(font_pt * 2.0))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setSpacing(1)
        layout.addWidget(self.name)
        layout.addWidget(self.bar)
        self._font_pt = font_pt
        self._colour = ""

    def show_row(self, row: StationRow, with_score: bool) -> None:
        mark = {Connection.CONNECTED: "\u25cf", Connection.LOST: "\u25cb"}.get(row.connection, "")
        name = f"{mark} {row.trainee}".strip()
        self.name.setText(name)
        # A name whole, up to some 28 letters: a longer one is cut rather than given the
        # projector's width (a 300-letter name took half of it from the map).
        most = self.name.maximumWidth()
        self.name.setMinimumWidth(min(self._metrics.horizontalAdvance(name) + 4, most))
        sheet = row.sheet
        if with_score and sheet is not None:
            value = max(0, min(100, round(sheet.percent)))
            text = f"{sheet.percent:.0f} %"
            passing = sheet.percent >= sheet.pass_mark_percent
            colour = PASS_COLOUR if passing else BELOW_COLOUR
        else:
            # During the exercise a live score (or even a count of responses) would tell the
            # room who has seen something: the bar says only whether the station is with us.
            value = 100 if row.connection == Connection.CONNECTED else 0
            text = (
                tr("connected") if row.connection == Connection.CONNECTED else tr("not connected")
            )
            colour = WAITING_COLOUR
        self.bar.setValue(value)
        self.bar.setFormat(text)
        if colour != self._colour:  # a style sheet is parsed on every set: only on a change
            self._colour = colour
            self.bar.setStyleSheet(
                f"QProgressBar {{ font-size: {self._font_pt}pt; color: #ffffff; border: 1px "
                f"solid #34495e; border-radius: 3px; background: #1c2833; text-align: center; }}"
                f"QProgressBar::chunk {{ background: {colour}; }}"
            )


class ClassProgress(QWidget):
    def __init__(self, font_pt: int = 14, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._font_pt = font_pt
        self.bars: dict[str, StationBar] = {}
        self.title = QLabel(tr("The class"), self)
        # Its own colour: a style sheet leaves the projector's light text for Qt's black.
        self.title.setStyleSheet(f"font-size: {font_pt + 2}pt; font-weight: bold; color: {TEXT};")
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(4)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.grid)
        layout.addStretch(1)

    def show_rows(self, rows: list[StationRow], with_scores: bool) -> None:
        shown = [r for r in rows if r.connection != Connection.REMOVED]
        for row in shown:
            if row.station_id not in self.bars:
                bar = StationBar(self._font_pt, self)
                count = len(self.bars)
                self.grid.addWidget(bar, count // COLUMNS_OF_BARS, count % COLUMNS_OF_BARS)
                self.bars[row.station_id] = bar
            self.bars[row.station_id].show_row(row, with_scores)
        for station_id, bar in self.bars.items():
            bar.setVisible(any(r.station_id == station_id for r in shown))
        scores = tr(", scores") if with_scores else ""
        self.title.setText(
            tr("The class: {count} trainee(s){scores}").format(count=len(shown), scores=scores)
        )
