"""The selected trainee's live score, item by item: what the sheet would say if it ended now."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from trainer.scoring.sheet import ScoreSheet
from trainer.ui.console_rows import StationRow
from trainer.ui.panels.live_score import AT_THE_END, WOULD_BE, LiveScorePanel
from trainer.ui.translation import QT_TR_NOOP, tr

NOTHING_CHOSEN = QT_TR_NOOP("Select a trainee in the table to see their live score, item by item")
TITLE_NAME_CHARS = 40  # a group box is as wide as its title: a 300-letter name widened the window


def short_name(name: str) -> str:
    return name if len(name) <= TITLE_NAME_CHARS else name[: TITLE_NAME_CHARS - 1] + "\u2026"


class TraineeDetail(QGroupBox):
    """Rebuilt only when the selection or the sheet changes, not on every refresh."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Live score"), parent)
        self.panel = LiveScorePanel(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.panel)
        self._station: str | None = ""  # "" until the first call: then always shown
        self._sheet: ScoreSheet | None = None
        self._final = False
        self.show_row(None)

    def show_row(self, row: StationRow | None) -> None:
        station = row.station_id if row is not None else None
        sheet = row.sheet if row is not None else None
        final = row is not None and row.final
        if station == self._station and sheet is self._sheet and final == self._final:
            return
        self._station, self._sheet, self._final = station, sheet, final
        self.panel.items.clear()
        self.setToolTip(row.trainee if row is not None else "")  # the name whole
        if row is None:
            self.setTitle(tr("Live score"))
            self.panel.total.setText(tr(NOTHING_CHOSEN))
        elif row.run_id is None:
            self.setTitle(short_name(row.trainee))
            self.panel.total.setText(tr("Not started yet"))
        else:
            if row.final:
                self.setTitle(
                    tr("{trainee}: final, on the record").format(trainee=short_name(row.trainee))
                )
                self.panel.note.setText(tr(AT_THE_END))
            else:
                self.setTitle(tr("{trainee}: live").format(trainee=short_name(row.trainee)))
                self.panel.note.setText(tr(WOULD_BE))
            self.panel.show_sheet(row.sheet)
