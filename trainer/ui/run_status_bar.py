"""The live window's status bar: the run's clock, state and speed, where the cursor points on
the map and at what scale, and the lasting note of imported airspace warnings."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from trainer.geo.crs import Projector
from trainer.ui.left_out_airspace import LeftOutAirspace
from trainer.ui.panels.alerts import run_clock_text
from trainer.ui.run_recorder import RunRecorder
from trainer.ui.sim_driver import RunState, SimDriver
from trainer.ui.translation import QT_TR_NOOP, tr

RUN_STATE_WORDS = {  # the status bar's word for the run's state
    RunState.READY: QT_TR_NOOP("ready"),
    RunState.RUNNING: QT_TR_NOOP("running"),
    RunState.PAUSED: QT_TR_NOOP("paused"),
    RunState.FINISHED: QT_TR_NOOP("finished"),
    RunState.ENDED: QT_TR_NOOP("ended"),
}
LEFT_OUT_SHOWN_MS = 30000  # the first warning's flash message; the note itself stays


class RunStatusBar:
    """Fills a window's status bar and keeps its labels up to date."""

    def __init__(self, bar: QStatusBar, parent: QWidget, projector: Projector) -> None:
        self.bar = bar
        self.projector = projector
        self.clock_label = QLabel("--:--:--")
        self.state_label = QLabel(tr("no scenario"))
        self.speed_label = QLabel("1\u00d7")
        self.cursor_label = QLabel("")
        self.scale_label = QLabel("")
        for widget in (self.clock_label, self.state_label, self.speed_label):
            widget.setTextFormat(Qt.TextFormat.PlainText)  # the state names the trainee as typed
            bar.addWidget(widget)
        self.left_out = LeftOutAirspace(parent)
        bar.addPermanentWidget(self.left_out)
        bar.addPermanentWidget(self.cursor_label)
        bar.addPermanentWidget(self.scale_label)

    def show_cursor(self, x: float, y: float) -> None:
        lat, lon = self.projector.to_wgs84(x, y)
        self.cursor_label.setText(
            tr("{lat:.5f}°N {lon:.5f}°E   RD {x:,.0f} {y:,.0f}").format(lat=lat, lon=lon, x=x, y=y)
        )

    def show_scale(self, metres_per_pixel: float) -> None:
        # At a typical 96 dpi screen one pixel is 0.264 mm.
        self.scale_label.setText(
            tr("1 px = {metres_per_pixel:,.1f} m (about 1:{metres_per_pixel2:,.0f})").format(
                metres_per_pixel=metres_per_pixel, metres_per_pixel2=metres_per_pixel / 0.000264
            )
        )

    def show_clock(self, time_s: float, start_s: float) -> None:
        """The run's time and the local time of day it stands for (the scenario's start on)."""
        self.clock_label.setText(run_clock_text(time_s, start_s))

    def show_run(self, driver: SimDriver | None, recorder: RunRecorder) -> None:
        """The run's state, whether it keeps up, what the record holds, and the speed."""
        if driver is None:
            self.state_label.setText(tr("no scenario"))
            return
        lag = tr("  (cannot keep up)") if driver.lagging else ""
        recording = recorder.recording
        if recording is None:
            stored = ""
        elif recording.recorder is None:
            stored = tr("  NOT RECORDED")
        elif not recording.stored:
            stored = tr("  RECORD BEHIND: actions kept in memory")
        elif driver.state in (RunState.FINISHED, RunState.ENDED):  # over: no longer recording
            stored = tr("  recorded as run {run_id} for {trainee}").format(
                run_id=recording.run_id, trainee=recorder.trainee
            )
        else:
            stored = tr("  recording run {run_id} for {trainee}").format(
                run_id=recording.run_id, trainee=recorder.trainee
            )
        self.state_label.setText(tr(RUN_STATE_WORDS[driver.state]) + lag + stored)
        self.speed_label.setText(f"{driver.speed}\u00d7")

    def show_record_failed(self) -> None:
        """The state turns red: what it says of the record is no longer all in it."""
        self.state_label.setStyleSheet("color: #c0392b; font-weight: bold;")

    def show_left_out(self, warnings: Sequence[object]) -> None:
        """The warnings of the scenario's imported airspace (left out, or outlines repaired): a
        lasting note, and the first one said at once."""
        self.left_out.set_warnings(warnings)
        if warnings:  # imported files that had to leave an airspace out or repair an outline
            first, more = warnings[0], len(warnings) - 1
            also = (
                tr(" (and {more} more: drone-trainer validate lists them)").format(more=more)
                if more
                else ""
            )
            self.bar.showMessage(
                tr("Imported airspace: {first}{also}").format(first=first, also=also),
                LEFT_OUT_SHOWN_MS,
            )
