"""Debrief: replay a recorded run at any speed, the trainee's actions and score on a timeline."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from trainer.perceived import Perception
from trainer.records import Repository
from trainer.replay import Replay
from trainer.scoring.due import due_windows
from trainer.scoring.protocol import ActionKind
from trainer.scoring.tracks import TrackMap
from trainer.sim.events import EventKind
from trainer.sim.injects import Inject
from trainer.sim.snapshot import Snapshot
from trainer.text import printable, single_line
from trainer.ui.debrief_controls import PlaybackControls
from trainer.ui.debrief_due import DueLanes, legend_html
from trainer.ui.debrief_moments import ITEM_ROLE, MomentsList
from trainer.ui.debrief_score_run import ScoreRunBox, can_score
from trainer.ui.debrief_scores import score_results
from trainer.ui.debrief_summary import WARNING, run_summary_html
from trainer.ui.debrief_timeline import run_timeline
from trainer.ui.debrief_windows import lane_sheet, lanes_note
from trainer.ui.map.canvas import MapCanvas
from trainer.ui.panels.alerts import clock_text
from trainer.ui.review_panel import ReviewPanel
from trainer.ui.translation import tr
from trainer.ui.window_size import first_size

PLAY_INTERVAL_MS = 50


class DebriefWindow(QMainWindow):
    closed = Signal()  # the window is going: whoever keeps it lets go
    rescored = Signal(int)  # a run without a sheet was scored here: open its debrief again

    def __init__(
        self,
        replay: Replay,
        trainee: str,
        parent: QWidget | None = None,
        repository: Repository | None = None,
    ) -> None:
        """With the record's `repository`, a scored run gets a Review tab: the instructor's
        note and override per item, written to the record as typed."""
        super().__init__(parent)
        self.replay = replay
        self.time_s = 0.0
        self.playing = False
        self.speed = 4
        run = replay.run
        # The scorer's joins of tracks to drones, so the debrief shows what the sheet scored.
        self.track_map = TrackMap((d.id for d in replay.prepared.scenario.drones), replay.events)
        self.injects = [
            (e.time_s, Inject.from_json(e.detail))
            for e in replay.events
            if e.kind == EventKind.INJECTED
        ]
        self.setWindowTitle(
            tr("Debrief: {scenario_title} — {trainee}, run {id}").format(
                scenario_title=single_line(replay.prepared.scenario.shown_title()),
                trainee=printable(trainee),  # no bidi override re-ordering the title
                id=run.id,
            )
        )
        first_size(self, 1500, 950)
        self.canvas = MapCanvas(self)
        self.canvas.set_airspace(replay.prepared.world.airspace)
        # The record's windows; for a sheet scored before they were kept, worked out again.
        self.lane_sheet = lane_sheet(replay)
        self.windows = due_windows(self.lane_sheet.sheet)
        self.timeline = self._build_timeline()
        self.due_lanes = self._build_due_lanes()
        self.moments = MomentsList(replay, self.injects, self, self.windows)
        self.moments.itemClicked.connect(self._on_moment_clicked)
        self.perception = Perception(replay.prepared.world.airspace)
        self.controls = PlaybackControls(self)
        side = self._build_side(repository)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.canvas)
        top.addWidget(side)
        top.setSizes([1050, 450])
        main = QSplitter(Qt.Orientation.Vertical)
        main.addWidget(top)
        # Why an old sheet's windows are missing, or how they were found: one line.
        self.lanes_note = QLabel(lanes_note(self.lane_sheet))
        self.lanes_note.setTextFormat(Qt.TextFormat.PlainText)  # an error names files as they are
        self.lanes_note.setStyleSheet(f"color: {WARNING}")
        self.lanes_note.setVisible(bool(self.lanes_note.text()))
        legend = self.lanes_legend = QLabel(legend_html(self.lane_sheet.worked_out))
        legend.setToolTip(
            tr(
                "Hover over a band for what was due and what was done; with the keyboard, "
                "Tab to the bands, Up and Down to pick one, Enter to go to it"
            )
        )
        if self.due_lanes is not None:
            lanes = QWidget()
            lanes_layout = QVBoxLayout(lanes)
            lanes_layout.setContentsMargins(0, 0, 0, 0)
            lanes_layout.setSpacing(0)
            lanes_layout.addWidget(legend)
            lanes_layout.addWidget(self.lanes_note)
            lanes_layout.addWidget(self.due_lanes, 1)
            main.addWidget(lanes)
        else:
            main.addWidget(self.lanes_note)
        main.addWidget(self.timeline)
        if self.due_lanes is None and not self.lanes_note.text():
            main.setSizes([680, 240])
        elif self.due_lanes is None:
            main.setSizes([680, self.lanes_note.sizeHint().height(), 240])
        else:  # the map gives up the room of the lanes; the timeline keeps its own
            lanes_px = self.due_lanes.preferred_height() + 20
            main.setSizes([max(680 - lanes_px, 360), lanes_px, 240])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(main, 1)
        layout.addLayout(self.controls)
        self.setCentralWidget(central)
        self._show_warnings()
        if self.review is not None:
            self._show_reviews()  # overrides made in earlier debriefs
        play_key = QShortcut(QKeySequence("Space"), self)
        play_key.setAutoRepeat(False)  # held down it plays (or pauses), not play-pause-play
        play_key.activated.connect(self.toggle_play)
        # A replay holds every frame of the run (some 15 MB): closed, the window is deleted,
        # not hidden, or a day of debriefs would stay in memory until the trainer quits.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._timer = QTimer(self)
        self._timer.setInterval(PLAY_INTERVAL_MS)
        self._timer.timeout.connect(self._on_tick)
        self.canvas.fit(*self._scenario_points())
        self.seek(0.0)

    # -- building ----------------------------------------------------------------------------

    def _build_timeline(self) -> pg.PlotWidget:
        timeline = run_timeline(self.replay, self.injects, self.windows)
        self.action_marks, self.score_marks = timeline.action_marks, timeline.score_marks
        self.inject_marks, self.playhead = timeline.inject_marks, timeline.playhead
        for marks in (self.action_marks, self.inject_marks):
            marks.sigClicked.connect(self._on_mark_clicked)
        self.score_marks.sigClicked.connect(self._on_score_mark_clicked)
        self.playhead.sigPositionChanged.connect(lambda line: self.seek(float(line.value())))
        return timeline.plot

    def _build_side(self, repository: Repository | None) -> QWidget:
        """The run's summary over its moments, with a Review tab beside them for a scored run
        of the record."""
        self.header = header = QLabel(run_summary_html(self.replay))
        header.setWordWrap(True)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(header)
        self.score_button = None
        if repository is not None and can_score(self.replay, repository):
            box = ScoreRunBox(repository, self.replay, self)
            box.scored.connect(self._on_run_scored)
            self.score_button = box.button
            side_layout.addWidget(box)
        moments = QWidget()
        moments_layout = QVBoxLayout(moments)
        moments_layout.setContentsMargins(0, 0, 0, 0)
        moments_layout.addWidget(QLabel(tr("Actions and score items (click to jump)")))
        moments_layout.addWidget(self.moments, 1)
        self.review: ReviewPanel | None = None
        if repository is not None and self.replay.sheet is not None:
            self.review = ReviewPanel(repository, self.replay.run.id, self.replay.sheet, self)
            self.review.table.currentCellChanged.connect(self._on_review_row_changed)
            self.review.changed.connect(self._on_review_changed)
            tabs = QTabWidget()
            tabs.addTab(moments, tr("Moments"))
            tabs.addTab(self.review, tr("Review"))
            side_layout.addWidget(tabs, 1)
        else:
            side_layout.addWidget(moments, 1)
        return side

    def _build_due_lanes(self) -> DueLanes | None:
        """The expected responses' windows, in lanes above the timeline and on its time axis."""
        if not self.windows:
            return None
        sheet = self.replay.sheet
        lanes = DueLanes(self.windows, sheet.ended_at_s if sheet else None, self)
        lanes.setXLink(self.timeline)
        width = max(lanes.label_width(), 60)  # both time axes start at the same place
        lanes.getPlotItem().getAxis("left").setWidth(width)
        self.timeline.getPlotItem().getAxis("left").setWidth(width)
        # A run ended early: the windows it did not reach stay in sight, past its end.
        latest = min(lanes.latest_s(), self.replay.prepared.scenario.duration_s)
        self.timeline.setXRange(0, max(self.replay.duration_s, latest, 1.0), padding=0.01)
        lanes.band_clicked.connect(self._on_band_clicked)
        lanes.band_described.connect(self._on_band_described)
        return lanes

    def _scenario_points(self) -> tuple[list[float], list[float]]:
        xs: list[float] = []
        ys: list[float] = []
        for frame in self.replay.frames[:: max(1, len(self.replay.frames) // 50)]:
            xs += [float(v) for v in frame.x[frame.airborne]]
            ys += [float(v) for v in frame.y[frame.airborne]]
        return xs, ys

    # -- playing -----------------------------------------------------------------------------

    def seek(self, time_s: float, force: bool = False) -> None:
        time_s = float(np.clip(time_s, 0.0, self.replay.duration_s))
        if abs(time_s - self.time_s) < 1e-9 and self.controls.time_label.text() and not force:
            return
        self.time_s = time_s
        frame = self.picture_at(time_s)
        self.canvas.show_snapshot(frame, self._identities_at(time_s))
        truth = not self.controls.trainee_picture.isChecked()
        self.canvas.set_layer_visible("overlay", truth)  # tracks over the truth, as scored
        if truth:
            self.canvas.overlay.show(frame, self.track_map)
        self.controls.slider.blockSignals(True)
        self.controls.slider.setValue(round(time_s * 10))
        self.controls.slider.blockSignals(False)
        self.playhead.blockSignals(True)
        self.playhead.setValue(time_s)
        self.playhead.blockSignals(False)
        if self.due_lanes is not None:
            self.due_lanes.set_time(time_s)
        self.controls.time_label.setText(
            f"{clock_text(time_s)} / {clock_text(self.replay.duration_s)}"
        )
        self.moments.follow(time_s)

    def step(self, seconds: float) -> None:
        """Pause, and move the picture by `seconds` (the map's frames are a second apart)."""
        if self.playing:
            self.toggle_play()
        self.seek(self.time_s + seconds)

    def jump_to_moment(self, direction: int) -> None:
        """Pause, and go to the next (1) or previous (-1) action, inject or score item."""
        if self.playing:
            self.toggle_play()
        later = [t for t in self.moments.times if t > self.time_s + 1e-6]
        earlier = [t for t in self.moments.times if t < self.time_s - 1e-6]
        target = (later[:1] if direction > 0 else earlier[-1:]) or [self.time_s]
        self.seek(target[0])

    def _on_run_scored(self, run_id: int) -> None:
        self.rescored.emit(run_id)  # the debrief opens again, with the sheet and Review tab
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._timer.stop()
        self.closed.emit()
        super().closeEvent(event)

    def toggle_play(self) -> None:
        self.playing = not self.playing
        if self.playing and self.time_s >= self.replay.duration_s:
            self.seek(0.0)
        self.controls.play_button.setText(tr("Pause") if self.playing else tr("Play"))
        if self.playing:
            self._timer.start()
        else:
            self._timer.stop()

    def _on_tick(self) -> None:
        self.seek(self.time_s + PLAY_INTERVAL_MS / 1000.0 * self.speed)
        if self.time_s >= self.replay.duration_s:
            self.toggle_play()

    def picture_at(self, time_s: float) -> Snapshot:
        """The truth at that moment, or what the trainee's sensors showed of it."""
        frame = self.replay.frame_at(time_s)
        return (
            self.perception.picture(frame) if self.controls.trainee_picture.isChecked() else frame
        )

    def _identities_at(self, time_s: float) -> list[str]:
        """Colours as the trainee saw them: their identification of each track at that moment.

        In the truth a drone takes the identification of the tracks the scorer maps to it.
        """
        frame = self.picture_at(time_s)
        truth = not self.controls.trainee_picture.isChecked()
        states = ["unknown"] * len(frame.ids)
        for action in self.replay.actions:
            if action.sim_time_s > time_s or action.kind != ActionKind.IDENTIFY:
                continue
            shown = self.track_map.drone_of(action.track) if truth else action.track
            if shown in frame.ids:
                states[frame.ids.index(shown)] = action.params.get("identity", "unknown")
        return states

    def _on_moment_clicked(self, item: QListWidgetItem) -> None:
        self.seek(float(item.data(Qt.ItemDataRole.UserRole)))
        if self.due_lanes is not None:  # a score item or a window's opening: its band stands out
            position = item.data(ITEM_ROLE)
            self.due_lanes.highlight(position if isinstance(position, int) else None)

    def _on_review_row_changed(self, row: int, *_others: int) -> None:
        """The item being reviewed (a row is a sheet position): its band stands out."""
        if self.due_lanes is not None:
            self.due_lanes.highlight(row)

    def _on_review_changed(self) -> None:
        """An override typed or cleared: the bands, the score dots and the moments show the
        instructor's judgement."""
        self._show_reviews()

    def _show_reviews(self) -> None:
        if self.review is None:
            return
        reviews = self.review.reviews
        if self.due_lanes is not None:
            self.due_lanes.set_reviews(reviews)
        self.header.setText(run_summary_html(self.replay, reviews))
        results = score_results(self.replay.sheet, self.windows, reviews)
        self.score_marks.show_results(results)
        self.moments.show_results(results)

    def _on_band_described(self, text: str) -> None:
        """The band picked with the keyboard, in words; the replay's warnings when it is left."""
        if text:
            self.statusBar().showMessage(text)
        else:
            self._show_warnings()

    def _show_warnings(self) -> None:
        if self.replay.warnings:
            self.statusBar().showMessage("  ·  ".join(self.replay.warnings))
        else:
            self.statusBar().clearMessage()

    def _on_band_clicked(self, position: int) -> None:
        """Pause at the window's opening, its line current in the moments list."""
        if self.playing:
            self.toggle_play()
        window = next(w for w in self.windows if w.position == position)
        self.seek(window.due.start_s)
        self.moments.select_due(position)

    def _on_mark_clicked(self, _item: object, spots: list[object]) -> None:
        if spots:
            self.seek(float(spots[0].data()))  # type: ignore[attr-defined]

    def _on_score_mark_clicked(self, _item: object, spots: list[object]) -> None:
        if spots:
            position = int(spots[0].data())  # type: ignore[attr-defined]
            self.seek(self.score_marks.time_of(position))
