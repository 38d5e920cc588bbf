"""The debrief's list of moments: the trainee's actions, the instructor's injects and the score
items in time order, and which of them the replay has reached."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from trainer.recording import corrections
from trainer.replay import Replay
from trainer.scoring.reasons import reason_text
from trainer.sim.injects import Inject, InjectKind
from trainer.ui.panels.alerts import clock_text
from trainer.ui.panels.responses import describe
from trainer.ui.translation import QT_TR_NOOP, tr

LIST_COLOURS = {"gain": QColor("#1e8449"), "loss": QColor("#c0392b"), "none": QColor("#7f8c8d"),
                "action": QColor("#1b2631"), "inject": QColor("#b9770e"),
                "corrected": QColor("#7f8c8d")}  # fmt: skip
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


class MomentsList(QListWidget):
    """One line per moment, its time in UserRole; `times` in the same (time) order."""

    def __init__(
        self, replay: Replay, injects: Sequence[tuple[float, Inject]], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        moments: list[tuple[float, str, QColor, bool]] = []  # time, text, colour, struck out
        replaced = corrections(replay.actions)  # as the trainee's own list showed them
        for action in replay.actions:
            text = f"#{action.sequence} {describe(action)}"
            later = replaced.get(action.sequence)
            if later is not None:
                text += tr(" (corrected by #{sequence})").format(sequence=later)
            colour = LIST_COLOURS["corrected" if later is not None else "action"]
            moments.append((action.sim_time_s, text, colour, later is not None))
        for time_s, inject in injects:
            moments.append((time_s, inject_text(inject), LIST_COLOURS["inject"], False))
        for item in replay.sheet.items if replay.sheet else ():
            if item.time_s is None:
                continue
            tone = "gain" if item.points > 0 else "loss" if item.points < 0 else "none"
            # The reason begins with its points ("+10 acknowledged ..."), as on the sheet.
            moments.append((item.time_s, reason_text(item), LIST_COLOURS[tone], False))
        moments.sort(key=lambda m: m[0])
        self.times = [time_s for time_s, *_ in moments]
        for time_s, text, colour, struck in moments:
            entry = QListWidgetItem(f"{clock_text(time_s)}  {text}")
            entry.setForeground(colour)
            if struck:
                font = entry.font()
                font.setStrikeOut(True)
                entry.setFont(font)
            entry.setData(Qt.ItemDataRole.UserRole, time_s)
            entry.setToolTip(text)
            self.addItem(entry)

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
