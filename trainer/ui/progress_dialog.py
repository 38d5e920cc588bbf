"""A trainee's progress: score over time, one colour per scenario difficulty."""

from __future__ import annotations

from datetime import UTC, datetime

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QVBoxLayout, QWidget

from trainer.launch import Workspace
from trainer.local_time import local_text, wall_clock_seconds
from trainer.progress import ProgressPoint, trainee_progress
from trainer.records import Repository
from trainer.ui import style
from trainer.ui.narrow_combo import narrow
from trainer.ui.roster_dialog import one_line
from trainer.ui.run_picker import title_of
from trainer.ui.translation import decimal, fill, tr

DAY_S = 86_400.0
OVERRIDDEN_RING = "#ffffff"  # a run whose score counts the instructor's overrides

DIFFICULTY_COLOURS = {
    1: "#58d68d",
    2: "#5dade2",
    3: "#f5b041",
    4: "#eb984e",
    5: "#ec7063",
    None: "#aab7b8",
}


class ProgressDialog(QDialog):
    def __init__(
        self, repository: Repository, workspace: Workspace, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Trainee progress"))
        self.resize(900, 560)
        self.repository = repository
        self.workspace = workspace
        self.trainee_box = narrow(QComboBox())
        for trainee in repository.trainees(include_retired=True):
            if trainee.merged_into is None:  # a merged entry's runs are under the one kept
                retired = tr(" (retired)") if trainee.retired else ""
                self.trainee_box.addItem(f"{one_line(trainee.name)}{retired}", trainee.id)
        self.trainee_box.currentIndexChanged.connect(self._on_trainee_changed)
        self.plot = pg.PlotWidget(background=style.BACKGROUND)
        # The axis draws the aerodrome's wall-clock seconds as if they were UTC: local dates and
        # hours whatever this computer's zone, summer time included. Set before the labels: a
        # new axis item drops the label of the one it replaces.
        self.plot.setAxisItems({"bottom": pg.DateAxisItem(utcOffset=0)})
        self.plot.setLabel("left", tr("Score"), units="%")
        self.plot.setLabel("bottom", tr("Run date"))
        self.plot.setYRange(0, 100)
        self.plot.showGrid(x=True, y=True, alpha=0.2)
        self.legend = self.plot.addLegend(offset=(10, 10))
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # a scenario's title as written
        layout = QVBoxLayout(self)
        layout.addWidget(self.trainee_box)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.summary)
        self.points: list[ProgressPoint] = []
        self._on_trainee_changed()

    def show_trainee(self, trainee_id: int) -> None:
        index = self.trainee_box.findData(trainee_id)
        if index >= 0:
            self.trainee_box.setCurrentIndex(index)

    def _on_trainee_changed(self, *_: object) -> None:
        self.plot.clear()
        self.legend.clear()
        trainee_id = self.trainee_box.currentData()
        self.points = (
            []
            if trainee_id is None
            else trainee_progress(self.repository, int(trainee_id), self.workspace)
        )
        if not self.points:
            self.summary.setText(tr("No scored runs yet."))
            # The last week, as dates: an empty plot's axis read '00.050 00.100 ...' (seconds).
            now = wall_clock_seconds(datetime.now(UTC))
            self.plot.setXRange(now - 7 * DAY_S, now, padding=0)
            return
        times = [wall_clock_seconds(p.started) for p in self.points]
        # Runs within a day of each other (or a single run) would be spread over an axis of
        # seconds; show at least a day, so the axis reads as dates.
        middle, half = (min(times) + max(times)) / 2, max((max(times) - min(times)) / 2, 0.0)
        half = max(half * 1.05, DAY_S / 2)
        self.plot.setXRange(middle - half, middle + half, padding=0)
        self.plot.plot(
            times, [p.percent for p in self.points], pen=pg.mkPen(QColor(150, 165, 180), width=1)
        )
        for difficulty in sorted({p.difficulty for p in self.points}, key=lambda d: d or 0):
            mine = [p for p in self.points if p.difficulty == difficulty]
            self.plot.plot(
                [wall_clock_seconds(p.started) for p in mine],
                [p.percent for p in mine],
                pen=None,
                symbol="o",
                symbolSize=11,
                symbolBrush=DIFFICULTY_COLOURS[difficulty],
                name=tr("difficulty {difficulty}").format(difficulty=difficulty)
                if difficulty
                else tr("scenario unavailable"),
            )
        overridden = [p for p in self.points if p.computed_percent is not None]
        if overridden:  # ringed in white, as an overridden item's dot in the debrief
            self.plot.plot(
                [wall_clock_seconds(p.started) for p in overridden],
                [p.percent for p in overridden],
                pen=None,
                symbol="o",
                symbolSize=17,
                symbolBrush=(0, 0, 0, 0),
                symbolPen=pg.mkPen(OVERRIDDEN_RING, width=2),
                name=tr("with the instructor's overrides"),
            )
        passed = sum(p.passed for p in self.points)
        last = self.points[-1]
        self.summary.setText(
            fill(
                tr(
                    "{count} scored run(s), {passed} passed. Latest: {scenario_title}, "
                    "{percent:.1f} % on {true}."
                ),
                count=len(self.points),
                passed=passed,
                scenario_title=title_of(self.repository.run(last.run_id), {}),
                percent=last.percent,
                true=local_text(last.started, zone=True),
            )
            + overrides_text(self.points)
        )


def overrides_text(points: list[ProgressPoint]) -> str:
    """'2 of them with the instructor's overrides (computed: 45.0 %, 60.0 %).' on a line of its
    own (the dialog does not widen for it), or nothing: the scores shown count the overrides,
    and the trainee may remember the computed ones."""
    overridden = [p.computed_percent for p in points if p.computed_percent is not None]
    if not overridden:
        return ""
    return "\n" + fill(
        tr("{count} of them with the instructor's overrides (computed: {percents})."),
        count=len(overridden),
        percents=", ".join(f"{decimal(f'{percent:.1f}')} %" for percent in overridden),
    )
