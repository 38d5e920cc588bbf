"""The projector window: the join code for the room, the map and the class's progress.

The room sees the projector, so during the exercise it shows what a trainee may see: the
airspace and the code, no drones, no tracks, no scores. The truth and the scores appear when
the exercise is over (the debrief), or earlier if the instructor says so.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from trainer.classroom.console import ClassConsole
from trainer.sim.snapshot import Snapshot
from trainer.text import printable
from trainer.ui.console_banner import ConsoleBanner
from trainer.ui.console_progress import ClassProgress
from trainer.ui.console_rows import StationRow
from trainer.ui.console_truth import TruthFeed, scenario_extent
from trainer.ui.map.canvas import MapCanvas
from trainer.ui.translation import QT_TR_NOOP, tr

TRUTH_LAYERS = ("tracks", "overlay", "manned")
ROOM_FRAME_M = 5000.0  # the trainees' frame: the same for every scenario, it tells nothing
HIDDEN_NOTE = QT_TR_NOOP(  # shown before the start too: it must not say the exercise runs
    "Drones, tracks and scores appear here once the exercise has ended."
)


class ProjectorWindow(QWidget):
    """A top-level window for the second screen; F11 full screen, Esc back."""

    closed = Signal()

    def __init__(self, console: ClassConsole, session_title: str, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.console = console
        shown = " ".join(printable(session_title).split())  # no bidi override in the title bar
        self.setWindowTitle(tr("{session_title} — projector").format(session_title=shown))
        self.truth_shown: bool | None = None
        palette = self.palette()  # the map's dark ground all round: calm on a big screen
        palette.setColor(QPalette.ColorRole.Window, QColor("#17202a"))
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#e5e8e8"))
        self.setPalette(palette)
        self.setAutoFillBackground(True)
        self.banner = ConsoleBanner(scale=1.35, parent=self)
        self.banner.set_exercise(session_title, "")  # the scenario's title could tell the answer
        self.canvas = MapCanvas(self)
        self.canvas.set_airspace(console.prepared.world.airspace)
        self.note = QLabel(tr(HIDDEN_NOTE), self)
        self.note.setStyleSheet("color: #aab7c4; font-size: 14pt; padding: 4px;")
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress = ClassProgress(font_pt=15, parent=self)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.canvas, 1)
        left_layout.addWidget(self.note)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.progress)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.banner)
        body = QHBoxLayout()
        body.addWidget(splitter)
        layout.addLayout(body, 1)
        self.resize(1280, 720)

    def set_truth_shown(self, shown: bool) -> None:
        """Drones, tracks and scores on the projector, or the room's picture only."""
        if shown == self.truth_shown:
            return
        self.truth_shown = shown
        for key in TRUTH_LAYERS:
            self.canvas.set_layer_visible(key, shown)
        self.note.setVisible(not shown)
        if shown:
            self.canvas.fit(*scenario_extent(self.console))
        else:
            x, y = self.console.prepared.world.airspace.aerodrome.reference_point
            room = ROOM_FRAME_M
            self.canvas.fit([x - room, x + room], [y - room, y + room], margin_m=0)

    def show_snapshot(self, snapshot: Snapshot, feed: TruthFeed) -> None:
        if self.truth_shown and self.isVisible():
            feed.show(self.canvas, snapshot)

    def show_rows(self, rows: list[StationRow]) -> None:
        self.progress.show_rows(rows, with_scores=bool(self.truth_shown))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F11 and event.isAutoRepeat():
            event.accept()  # held down: full screen (or not), not in-out-in
        elif event.key() == Qt.Key.Key_F11:
            self.setWindowState(self.windowState() ^ Qt.WindowState.WindowFullScreen)
        elif event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)  # hidden, not deleted: the View menu shows it again
        self.closed.emit()
