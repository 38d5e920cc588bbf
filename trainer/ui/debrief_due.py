"""The debrief's due windows: one lane per expected response, a band from when it fell due to
when its window closed, coloured by how the trainee met it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QWidget

from trainer.scoring.due import DueWindow, Outcome, due_after_the_end
from trainer.scoring.reasons import points, reason_text
from trainer.ui import style
from trainer.ui.panels.alerts import clock_text
from trainer.ui.translation import QT_TR_NOOP, fill, tr

OUTCOME_COLOURS = {
    Outcome.MET: QColor("#58d68d"),  # the timeline's gain green
    Outcome.LATE: QColor("#f5b041"),
    Outcome.MISSED: QColor("#ec7063"),  # the timeline's loss red
    Outcome.NOT_APPLICABLE: QColor("#7f8c8d"),
}
OUTCOME_NAMES = {
    Outcome.MET: QT_TR_NOOP("on time"),
    Outcome.LATE: QT_TR_NOOP("late"),
    Outcome.MISSED: QT_TR_NOOP("missed"),
    Outcome.NOT_APPLICABLE: QT_TR_NOOP("not applicable"),
}
FILL_ALPHA = 110  # the band's fill; its outline is the full colour
LANE_PX = 18  # a lane's height on screen when the debrief opens
CROWDED_LANES = 12  # from this many lanes on (a swarm: 22), they get less room, names smaller
CROWDED_LANE_PX = 14
MAX_LANES_PX = 320  # the lanes never take more of the window's height when it opens
LABEL_CHARS = 34  # a lane's name is cut to this many characters (the tooltip has it whole)
MAX_LABEL_PX = 260


def outcome_text(window: DueWindow, ended_at_s: float | None) -> str:
    """What the trainee did about it, in a sentence."""
    done = window.done_s
    if window.outcome is Outcome.MET:
        if done is None:
            return tr("On time")
        return tr("On time: done at {time}").format(time=clock_text(done))
    if window.outcome is Outcome.LATE:
        assert done is not None
        return fill(
            tr("Late: done at {time}, {late:g} s after the window closed"),
            time=clock_text(done),
            late=round(done - window.due.end_s, 1),
        )
    if window.outcome is Outcome.MISSED:
        if done is not None:  # done, but wrongly (a runway reopened before it was safe)
            return tr("Missed: what was done at {time} did not count").format(time=clock_text(done))
        return tr("Missed: not done in the run")
    if ended_at_s is not None and due_after_the_end(window.due, ended_at_s):
        return tr("Not applicable: due after the run ended at {time}").format(
            time=clock_text(ended_at_s)
        )
    return tr("Not applicable: worth no points")


def band_tooltip(window: DueWindow, ended_at_s: float | None = None) -> str:
    """The band's hover text (rich text: every name in it is escaped)."""
    due, item = window.due, window.item
    lines = [
        f"<b>{escape(due.expected.text())}</b>",
        escape(
            fill(
                tr("Due {start} to {end} (window {window:g} s)"),
                start=clock_text(due.start_s),
                end=clock_text(due.end_s),
                window=due.window_s,
            )
        ),
        escape(outcome_text(window, ended_at_s)),
        escape(
            tr("{points} of {maximum} points").format(
                points=points(item.points), maximum=points(item.max_points).lstrip("+")
            )
        ),
        f"<i>{escape(reason_text(item))}</i>",
    ]
    if item.incident:
        lines.insert(1, escape(tr("Incident: {incident}").format(incident=item.incident)))
    return "<br>".join(lines)


def lane_label(window: DueWindow) -> str:
    text = window.due.expected.text()
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "\u2026"


class WindowBand(QGraphicsRectItem):
    """One window on its lane: hover for its details, click to go to its start."""

    def __init__(
        self,
        window: DueWindow,
        lane: int,
        tooltip: str,
        clicked: Callable[[DueWindow], None],
    ) -> None:
        super().__init__(QRectF(window.due.start_s, lane + 0.15, window.due.window_s, 0.7))
        self.due_window = window
        self.lane = lane
        self._clicked = clicked
        colour = OUTCOME_COLOURS[window.outcome]
        fill_colour = QColor(colour)
        fill_colour.setAlpha(FILL_ALPHA)
        self.setBrush(fill_colour)
        self.set_highlighted(False)
        self.setToolTip(tooltip)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def set_highlighted(self, on: bool) -> None:
        """The band of the moment the instructor picked stands out in white."""
        colour = style.SELECTION if on else OUTCOME_COLOURS[self.due_window.outcome]
        pen = QPen(colour, 2.5 if on else 1.0)
        pen.setCosmetic(True)  # in pixels, whatever the plot's scale
        self.setPen(pen)
        self.setZValue(2 if on else 1)

    def mouseClickEvent(self, event: object) -> None:  # pyqtgraph's scene calls this
        self._clicked(self.due_window)
        event.accept()  # type: ignore[attr-defined]


class DueLanes(pg.PlotWidget):
    """The lanes above the debrief's timeline (same time axis); `band_clicked` gives the sheet
    position of a clicked band."""

    band_clicked = Signal(int)

    def __init__(
        self,
        windows: Sequence[DueWindow],
        ended_at_s: float | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, background=style.BACKGROUND)
        self.windows = list(windows)
        self.bands = [
            WindowBand(w, lane, band_tooltip(w, ended_at_s), self._on_band_clicked)
            for lane, w in enumerate(self.windows)
        ]
        plot = self.getPlotItem()
        plot.hideAxis("bottom")  # the timeline below has the time axis
        plot.setMenuEnabled(False)
        plot.hideButtons()
        view = plot.getViewBox()
        view.invertY(True)  # the sheet's first response on top
        view.setMouseEnabled(x=True, y=False)
        lanes = max(1, len(self.windows))
        view.setYRange(0, lanes, padding=0.02)
        view.setLimits(yMin=-0.1, yMax=lanes + 0.1)
        left = plot.getAxis("left")
        left.setTicks([[(lane + 0.5, lane_label(w)) for lane, w in enumerate(self.windows)], []])
        left.setStyle(tickLength=0)
        self._label_font = QFont(left.font())
        if len(self.windows) >= CROWDED_LANES:
            self._label_font.setPixelSize(CROWDED_LANE_PX - 3)
            left.setStyle(tickFont=self._label_font)
        for band in self.bands:
            plot.addItem(band)
        self._add_done_marks(plot)
        # Where the replay is, as on the timeline below.
        self.playhead = pg.InfiniteLine(0.0, angle=90, pen=pg.mkPen("#ffffff", width=1.5))
        plot.addItem(self.playhead)
        if ended_at_s is not None:
            plot.addItem(
                pg.InfiniteLine(
                    ended_at_s,
                    angle=90,
                    pen=pg.mkPen("#aab7c4", style=Qt.PenStyle.DashLine),
                    label=tr("run ended"),
                    labelOpts={"position": 0.9, "color": "#aab7c4"},
                )
            )
        self.setMinimumHeight(LANE_PX * 2)

    def _add_done_marks(self, plot: pg.PlotItem) -> None:
        """The trainee's action on its lane, and for a late one a dashed line from the window's
        close to it: how late it was."""
        done = [(lane, w) for lane, w in enumerate(self.windows) if w.done_s is not None]
        self.done_marks = pg.ScatterPlotItem(
            [w.done_s for _, w in done],
            [lane + 0.5 for lane, _ in done],
            symbol="t",
            size=11,
            brush=pg.mkBrush("#d5dbdb"),  # the timeline's action colour
            pen=pg.mkPen("#17202a"),
        )
        plot.addItem(self.done_marks)
        xs: list[float] = []
        ys: list[float] = []
        for lane, w in done:
            if w.outcome is Outcome.LATE and w.done_s is not None:
                xs += [w.due.end_s, w.done_s]
                ys += [lane + 0.5, lane + 0.5]
        self.late_lines = pg.PlotDataItem(
            xs,
            ys,
            connect="pairs",
            pen=pg.mkPen(OUTCOME_COLOURS[Outcome.LATE], width=1.5, style=Qt.PenStyle.DashLine),
        )
        plot.addItem(self.late_lines)

    def label_width(self) -> int:
        """Pixels the lane names need; the timeline's left axis is made as wide, so both
        plots start their time axis at the same place."""
        metrics = QFontMetrics(self._label_font)
        widest = max((metrics.horizontalAdvance(lane_label(w)) for w in self.windows), default=0)
        return min(widest + 16, MAX_LABEL_PX)

    def preferred_height(self) -> int:
        lanes = max(1, len(self.windows))
        lane_px = CROWDED_LANE_PX if lanes >= CROWDED_LANES else LANE_PX
        return min(lane_px * lanes + 8, MAX_LANES_PX)

    def set_time(self, time_s: float) -> None:
        self.playhead.setValue(time_s)

    def highlight(self, position: int | None) -> None:
        """Outline the band of that sheet item (None: no band)."""
        for band in self.bands:
            band.set_highlighted(band.due_window.position == position)

    def latest_s(self) -> float:
        return max((b.due_window.due.end_s for b in self.bands), default=0.0)

    def _on_band_clicked(self, window: DueWindow) -> None:
        self.highlight(window.position)
        self.band_clicked.emit(window.position)


def legend_html() -> str:
    """'When each response was due: ■ on time ■ late ■ missed ■ not applicable', in colour."""
    keys = " ".join(
        f"<span style='color:{colour.name()}'>\u25a0</span> {escape(tr(OUTCOME_NAMES[o]))}"
        for o, colour in OUTCOME_COLOURS.items()
    )
    return f"{escape(tr('When each response was due:'))} {keys}"
