"""The debrief's due windows: one lane per expected response, a band from when it fell due to
when its window closed, coloured by how the trainee met it (or, where the instructor overrode
the item's points, by how the instructor judged it).

The lanes take the keyboard focus (Tab): Up and Down pick a band, Enter goes to its opening;
the picked band's text is the lanes' accessible description and is offered to the status bar."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from html import escape

import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFocusEvent, QFont, QFontMetrics, QKeyEvent, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QWidget

from trainer.records.counted_score import override_of
from trainer.records.models import ItemReview
from trainer.records.review_store import review_text
from trainer.scoring.due import DueWindow, Outcome, due_after_the_end, judged, overridden
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


def band_lines(
    window: DueWindow, ended_at_s: float | None = None, review: ItemReview | None = None
) -> list[str]:
    """What a band says, line by line, as plain text: what was expected first, the sheet's
    reason last. `window` is the scorer's judgement; an override of the item's points by the
    instructor (`review`) is said before it, in the words the score sheet uses."""
    due, item = window.due, window.item
    lines = [
        due.expected.text(),
        fill(
            tr("Due {start} to {end} (window {window:g} s)"),
            start=clock_text(due.start_s),
            end=clock_text(due.end_s),
            window=due.window_s,
        ),
    ]
    if item.incident:
        lines.insert(1, tr("Incident: {incident}").format(incident=item.incident))
    if review is not None and review.override_points is not None:
        verdict = overridden(window, review.override_points, ended_at_s)
        lines += [
            tr("Overridden by the instructor: {outcome}").format(
                outcome=tr(OUTCOME_NAMES[verdict.outcome])
            ),
            review_text(review, item.points),
            tr("Computed: {outcome}").format(outcome=outcome_text(window, ended_at_s)),
        ]
    else:
        lines += [
            outcome_text(window, ended_at_s),
            tr("{points} of {maximum} points").format(
                points=points(item.points), maximum=points(item.max_points).lstrip("+")
            ),
        ]
        if review is not None and review.note:
            lines.append(review_text(review, item.points))
    return [*lines, reason_text(item)]


def band_tooltip(
    window: DueWindow, ended_at_s: float | None = None, review: ItemReview | None = None
) -> str:
    """The band's hover text (rich text: every name in it is escaped)."""
    first, *middle, last = (escape(line) for line in band_lines(window, ended_at_s, review))
    return "<br>".join([f"<b>{first}</b>", *middle, f"<i>{last}</i>"])


def band_description(
    window: DueWindow, ended_at_s: float | None = None, review: ItemReview | None = None
) -> str:
    """The band's text on one line: the status bar's and a screen reader's."""
    lines = band_lines(window, ended_at_s, review)
    return " \u00b7 ".join(" ".join(line.split()) for line in lines)


def lane_label(window: DueWindow) -> str:
    text = window.due.expected.text()
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "\u2026"


class WindowBand(QGraphicsRectItem):
    """One window on its lane: hover for its details, click to go to its start.

    `computed_window` is the scorer's judgement; `due_window` is what the band shows: the same,
    or the instructor's when the item's points were overridden (drawn with a dashed outline)."""

    def __init__(
        self,
        window: DueWindow,
        lane: int,
        tooltip: str,
        clicked: Callable[[DueWindow], None],
    ) -> None:
        super().__init__(QRectF(window.due.start_s, lane + 0.15, window.due.window_s, 0.7))
        self.computed_window = window
        self.lane = lane
        self._clicked = clicked
        self.highlighted = False
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.show_judgement(window, tooltip)

    @property
    def overridden(self) -> bool:
        return self.due_window is not self.computed_window

    def show_judgement(self, window: DueWindow, tooltip: str) -> None:
        """Colour the band by `window`'s outcome (the computed one or the instructor's)."""
        self.due_window = window
        fill_colour = QColor(OUTCOME_COLOURS[window.outcome])
        fill_colour.setAlpha(FILL_ALPHA)
        self.setBrush(fill_colour)
        self.setToolTip(tooltip)
        self.set_highlighted(self.highlighted)

    def set_highlighted(self, on: bool) -> None:
        """The band of the moment the instructor picked stands out in white."""
        self.highlighted = on
        colour = style.SELECTION if on else OUTCOME_COLOURS[self.due_window.outcome]
        pen = QPen(colour, 2.5 if on else 1.0)
        if self.overridden and not on:
            pen.setStyle(Qt.PenStyle.DashLine)
        pen.setCosmetic(True)  # in pixels, whatever the plot's scale
        self.setPen(pen)
        self.setZValue(2 if on else 1)

    def mouseClickEvent(self, event: object) -> None:  # pyqtgraph's scene calls this
        self._clicked(self.due_window)
        event.accept()  # type: ignore[attr-defined]


class DueLanes(pg.PlotWidget):
    """The lanes above the debrief's timeline (same time axis); `band_clicked` gives the sheet
    position of a band clicked (or chosen with Enter), `band_described` the one-line text of the
    band picked with the keyboard ('' when the lanes lose the focus)."""

    band_clicked = Signal(int)
    band_described = Signal(str)

    def __init__(
        self,
        windows: Sequence[DueWindow],
        ended_at_s: float | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, background=style.BACKGROUND)
        self.windows = list(windows)
        self.ended_at_s = ended_at_s
        self.reviews: dict[int, ItemReview] = {}
        self.current: int | None = None  # the lane of the band picked (outlined), if any
        self.setAccessibleName(tr("When each response was due"))
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
        self.late_lines = pg.PlotDataItem(
            [],
            [],
            connect="pairs",
            pen=pg.mkPen(OUTCOME_COLOURS[Outcome.LATE], width=1.5, style=Qt.PenStyle.DashLine),
        )
        self._draw_late_lines()
        plot.addItem(self.late_lines)

    def _draw_late_lines(self) -> None:
        """The dashed line of each band shown late (the instructor's judgement where they
        overrode the item: full points are not late)."""
        xs: list[float] = []
        ys: list[float] = []
        for band in self.bands:
            w = band.due_window
            if w.outcome is Outcome.LATE and w.done_s is not None:
                xs += [w.due.end_s, w.done_s]
                ys += [band.lane + 0.5, band.lane + 0.5]
        self.late_lines.setData(xs, ys, connect="pairs")

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
        """Outline the band of that sheet item (None: no band); it is the one the keys move from."""
        self.current = None
        for band in self.bands:
            on = band.due_window.position == position
            band.set_highlighted(on)
            if on:
                self.current = band.lane
        self._describe()

    def set_reviews(self, reviews: Mapping[int, ItemReview]) -> None:
        """Show the instructor's reviews (by sheet position): an overridden item's band takes
        the outcome of the instructor's points; a cleared override gives the scorer's back."""
        self.reviews = dict(reviews)
        for band in self.bands:
            window = band.computed_window
            review = self.reviews.get(window.position)
            shown = judged(window, override_of(review), self.ended_at_s)
            band.show_judgement(shown, band_tooltip(window, self.ended_at_s, review))
        self._draw_late_lines()
        self._describe()

    def description(self, lane: int) -> str:
        window = self.bands[lane].computed_window
        return band_description(window, self.ended_at_s, self.reviews.get(window.position))

    def _describe(self) -> None:
        """The picked band's text for a screen reader, and for the status bar while the lanes
        have the focus."""
        text = self.description(self.current) if self.current is not None else ""
        self.setAccessibleDescription(text)
        if self.hasFocus():
            self.band_described.emit(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Up/Down: the band above or below; Home/End: the first or last; Enter: go to it."""
        key = Qt.Key(event.key())
        last = len(self.bands) - 1
        if self.bands and key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home, Qt.Key.Key_End):
            step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(key)
            if step is None:
                lane = 0 if key is Qt.Key.Key_Home else last
            elif self.current is None:
                lane = 0 if step > 0 else last
            else:
                lane = min(max(self.current + step, 0), last)
            self.highlight(self.bands[lane].due_window.position)
            event.accept()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current is not None:
            if not event.isAutoRepeat():  # the band steps repeat while held; going to it not
                self._on_band_clicked(self.bands[self.current].due_window)
            event.accept()
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Tabbed to: the band outlined already is the picked one, else the first (a click
        on the lanes picks none of itself: the band clicked, if any, is picked)."""
        super().focusInEvent(event)
        tabbed = event.reason() in (
            Qt.FocusReason.TabFocusReason,
            Qt.FocusReason.BacktabFocusReason,
        )
        if self.current is None and self.bands and tabbed:
            self.highlight(self.bands[0].due_window.position)
        else:
            self._describe()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.band_described.emit("")

    def latest_s(self) -> float:
        return max((b.due_window.due.end_s for b in self.bands), default=0.0)

    def _on_band_clicked(self, window: DueWindow) -> None:
        self.highlight(window.position)
        self.band_clicked.emit(window.position)


def legend_html(worked_out: bool = False) -> str:
    """'When each response was due: ■ on time ■ late ■ missed ■ not applicable', in colour;
    `worked_out`: said to come from the scenario file (the record's sheet keeps none)."""
    keys = " ".join(
        f"<span style='color:{colour.name()}'>\u25a0</span> {escape(tr(OUTCOME_NAMES[o]))}"
        for o, colour in OUTCOME_COLOURS.items()
    )
    legend = f"{escape(tr('When each response was due:'))} {keys}"
    if worked_out:
        source = tr("(worked out from the scenario file: this record's sheet does not keep them)")
        legend += f" <i>{escape(source)}</i>"
    return legend
