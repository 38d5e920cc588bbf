"""The debrief's list of moments: the trainee's actions, the instructor's injects and the score
items in time order, and which of them the replay has reached."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from trainer.recording import corrections
from trainer.replay import Replay
from trainer.scoring.due import DueWindow
from trainer.sim.injects import Inject, InjectKind
from trainer.ui.debrief_scores import ScoreResult, score_results
from trainer.ui.panels.alerts import clock_text
from trainer.ui.panels.responses import describe
from trainer.ui.tooltips import plain_tip
from trainer.ui.translation import QT_TR_NOOP, fill, tr

LIST_COLOURS = {"gain": QColor("#1e8449"), "loss": QColor("#c0392b"), "none": QColor("#7f8c8d"),
                "action": QColor("#1b2631"), "inject": QColor("#b9770e"),
                "corrected": QColor("#7f8c8d"), "due": QColor("#1f618d")}  # fmt: skip
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1  # the sheet position of a score item or due window
PLACED = {
    "hobby": QT_TR_NOOP("a hobby drone"),
    "racer": QT_TR_NOOP("a racing quad"),
    "photo": QT_TR_NOOP("a photo drone"),
    "wing": QT_TR_NOOP("a fixed-wing drone"),
}


def inject_text(inject: Inject) -> str:
    """How the moments list names an instructor's inject: 'Inject: radar out for 60 s'."""
    drone = inject.drone or "?"
    if inject.kind is InjectKind.ADD_DRONE:
        placed = PLACED.get(inject.template or "")
        what = tr("placed {what} ({drone})").format(
            what=tr(placed) if placed else inject.template, drone=drone
        )
    elif inject.kind is InjectKind.LOST_LINK:
        what = tr("lost link of {drone}").format(drone=drone)
    elif inject.kind is InjectKind.FLYAWAY:
        what = tr("flyaway of {drone}").format(drone=drone)
    else:
        what = tr("{sensor} out for {duration_s:g} s").format(
            sensor=inject.sensor, duration_s=inject.duration_s
        )
    return tr("Inject: {what}").format(what=what)


def due_text(window: DueWindow) -> str:
    """How the moments list names the opening of a window: 'Due: informed Twente Radio,
    within 60 s (until 00:03:10)'."""
    return fill(
        tr("Due: {expected}, within {window:g} s (until {end})"),
        expected=window.due.expected.text(),
        window=window.due.window_s,
        end=clock_text(window.due.end_s),
    )


class _Moment(NamedTuple):
    time_s: float
    text: str
    colour: QColor
    struck: bool = False  # a judgement the trainee corrected later
    position: int | None = None  # the sheet item it is (or whose window it opens)
    opens_window: bool = False


class MomentsList(QListWidget):
    """One line per moment, its time in UserRole, the sheet position of a score item or due
    window in ITEM_ROLE; `times` in the same (time) order."""

    def __init__(
        self,
        replay: Replay,
        injects: Sequence[tuple[float, Inject]],
        parent: QWidget | None,
        windows: Sequence[DueWindow] = (),
    ) -> None:
        super().__init__(parent)
        moments: list[_Moment] = []
        replaced = corrections(replay.actions)  # as the trainee's own list showed them
        for action in replay.actions:
            text = f"#{action.sequence} {describe(action)}"
            later = replaced.get(action.sequence)
            if later is not None:
                text += tr(" (corrected by #{sequence})").format(sequence=later)
            colour = LIST_COLOURS["corrected" if later is not None else "action"]
            moments.append(_Moment(action.sim_time_s, text, colour, later is not None))
        for time_s, inject in injects:
            moments.append(_Moment(time_s, inject_text(inject), LIST_COLOURS["inject"]))
        for window in windows:
            moments.append(
                _Moment(window.due.start_s, due_text(window), LIST_COLOURS["due"],
                        position=window.position, opens_window=True)
            )  # fmt: skip
        for result in score_results(replay.sheet, windows, {}):
            if result.item.time_s is None:
                continue
            # The reason begins with its points ("+10 acknowledged ..."), as on the sheet.
            moments.append(
                _Moment(result.item.time_s, result.text(), LIST_COLOURS[result.tone],
                        position=result.position)
            )  # fmt: skip
        moments.sort(key=lambda m: m.time_s)  # stable: a window opens before what is done in it
        self.times = [m.time_s for m in moments]
        self.due_rows: dict[int, int] = {}  # sheet position -> row of its window's opening
        self.score_rows: dict[int, QListWidgetItem] = {}  # sheet position -> its item's line
        for moment in moments:
            if moment.opens_window and moment.position is not None:
                self.due_rows[moment.position] = self.count()
            entry = QListWidgetItem(f"{clock_text(moment.time_s)}  {moment.text}")
            entry.setForeground(moment.colour)
            if moment.struck:
                font = entry.font()
                font.setStrikeOut(True)
                entry.setFont(font)
            entry.setData(Qt.ItemDataRole.UserRole, moment.time_s)
            entry.setData(ITEM_ROLE, moment.position)
            entry.setToolTip(plain_tip(moment.text))
            if moment.position is not None and not moment.opens_window:
                self.score_rows[moment.position] = entry
            self.addItem(entry)

    def show_results(self, results: Sequence[ScoreResult]) -> None:
        """The score items' lines as they count (an override typed or cleared in the Review
        tab), the scorer's result in the tooltip of an overridden one."""
        for result in results:
            entry = self.score_rows.get(result.position)
            if entry is None or result.item.time_s is None:
                continue
            entry.setText(f"{clock_text(result.item.time_s)}  {result.text()}")
            entry.setForeground(LIST_COLOURS[result.tone])
            entry.setToolTip(plain_tip("\n".join(result.tip_lines())))

    def select_due(self, position: int) -> None:
        """Make the opening of that item's window the current moment (a band was clicked)."""
        row = self.due_rows.get(position)
        if row is None:
            return
        self.blockSignals(True)
        self.setCurrentRow(row)
        self.scrollToItem(self.item(row))
        self.blockSignals(False)

    def follow(self, time_s: float) -> None:
        """The last moment reached is the current one; a moment clicked among several at that
        time stays the one clicked."""
        reached = bisect_right(self.times, time_s + 1e-6) - 1
        current = self.currentRow()
        if reached >= 0 and current >= 0 and self.times[current] == self.times[reached]:
            return
        self.blockSignals(True)
        self.setCurrentRow(reached)  # -1: none reached yet
        self.blockSignals(False)
