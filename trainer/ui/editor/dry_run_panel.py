"""The dry run: the scenario simulated in fast time off the UI thread, its events on the
timeline, and what each scripted trainee scores, so the author sees whether the key is fair."""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer.dry_run import DryRun, Unfair, dry_run, fairness_problems
from trainer.errors import TrainerError, readable
from trainer.i18n import message, number
from trainer.launch import Workspace
from trainer.scenario.model import Scenario
from trainer.sim.events import EventKind
from trainer.ui.editor.choice_words import choice_word
from trainer.ui.editor.timeline import Mark, Timeline
from trainer.ui.translation import QT_TR_NOOP, tr

# Events worth a mark on the timeline (the tracker's and Remote ID's would bury them).
SHOWN_EVENTS = frozenset(
    {
        EventKind.LAUNCHED,
        EventKind.ZONE_ENTERED,
        EventKind.RUNWAY_APPROACHED,
        EventKind.LOST_LINK,
        EventKind.FLYAWAY,
        EventKind.BATTERY_LOW,
        EventKind.LANDED,
        EventKind.TRACK_STARTED,
        EventKind.DRONE_NEAR_MANNED,
    }
)
# The scripted trainees in words (the command line's --bot names them by these keys).
BOT_TITLES = {
    "perfect": QT_TR_NOOP("perfect"),
    "idle": QT_TR_NOOP("idle"),
    "panic": QT_TR_NOOP("panic"),
    "late": QT_TR_NOOP("late"),
    "human": QT_TR_NOOP("human"),
}


class _Messenger(QObject):
    finished = Signal(object)  # DryRun, or the error's text


class DryRunPanel(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.running = False
        self.last: DryRun | None = None
        self._messenger = _Messenger()
        self._messenger.finished.connect(self._on_finished)
        self.done = self._messenger.finished  # for tests: waits for the run
        self.timeline = Timeline()
        self.state = QLabel(
            tr("Dry run (Ctrl+R): the scenario in fast time with scripted trainees.")
        )
        self.state.setWordWrap(True)
        self.scores = QTableWidget(0, 4)
        self.scores.setHorizontalHeaderLabels([tr("trainee"), tr("score"), "%", tr("passed")])
        self.scores.verticalHeader().setVisible(False)
        self.scores.setMinimumWidth(330)
        self.scores.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        left = QVBoxLayout()
        left.addWidget(self.timeline)
        left.addWidget(self.state)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addWidget(self.scores)

    def clear(self) -> None:
        self.last = None
        self.scores.setRowCount(0)
        self.scores.setEnabled(True)
        self.timeline.set_content(self.timeline.duration_s, self.timeline.scripted, [])

    def mark_outdated(self) -> None:
        """The scenario changed after the last run: its scores and notes may no longer hold."""
        if self.last is None or self.running or not self.scores.isEnabled():
            return
        self.scores.setEnabled(False)  # greyed: an earlier version's scores
        self.state.setText(
            tr("Changed since this dry run: its scores may no longer hold; Ctrl+R runs it again.")
        )

    def show_scripted(self, data: Any) -> None:
        """The file's scripted events (at a time) above the line, as they are now."""
        data = data if isinstance(data, dict) else {}
        duration = data.get("duration_s")
        duration = float(duration) if isinstance(duration, int | float) and duration > 0 else 600
        events = data.get("events")
        marks = []
        for index, event in enumerate(events if isinstance(events, list) else []):
            at = event.get("at_s") if isinstance(event, dict) else None
            if isinstance(at, int | float) and not isinstance(at, bool):
                action = choice_word("action", str(event.get("action", "?")))  # in words
                text = f"{action} {event.get('drone', '')}"
                marks.append(Mark(float(at), text, index))
        self.timeline.set_content(duration, marks)

    def start(self, scenario: Scenario, path: Path) -> bool:
        if self.running:
            return False
        self.running = True
        self.state.setText(tr("Running in fast time …"))
        messenger = self._messenger

        def work() -> None:
            try:
                outcome: object = dry_run(scenario, path, self.workspace)
            except (TrainerError, ValueError) as error:
                outcome = tr("The dry run stopped: {error}").format(error=readable(error))
            except Exception as error:  # a thread's error would otherwise vanish unseen
                outcome = tr("The dry run failed: {__name__}: {error}").format(
                    __name__=type(error).__name__, error=error
                )
            with contextlib.suppress(RuntimeError):  # the editor was closed meanwhile
                messenger.finished.emit(outcome)

        threading.Thread(target=work, name="dry-run", daemon=True).start()
        return True

    def stop(self) -> None:
        """The window closes; a run still going ends on its own (a daemon thread, no state)."""
        self.running = False

    def _on_finished(self, outcome: object) -> None:
        self.running = False
        if not isinstance(outcome, DryRun):
            self.state.setText(str(outcome))
            return
        self.last = outcome
        self.scores.setEnabled(True)
        happened = [
            Mark(e.time_s, f"{message(f'cli.kind.{e.kind.value}')} {e.zone or e.drone or ''}")
            for e in outcome.events
            if e.kind in SHOWN_EVENTS
        ]
        self.timeline.set_content(self.timeline.duration_s, self.timeline.scripted, happened)
        self.scores.setRowCount(len(outcome.scores))
        for row, score in enumerate(outcome.scores):
            cells = (
                tr(BOT_TITLES[score.bot]) if score.bot in BOT_TITLES else score.bot,
                f"{number(score.total)} / {number(score.maximum)}",
                f"{score.percent:.0f}",
                message("words.yes" if score.passed else "words.no"),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(f"--bot {score.bot}")
                self.scores.setItem(row, column, item)
        notes = [_unfair_text(problem, outcome) for problem in fairness_problems(outcome)] or [
            tr("Fair: the perfect trainee passes and an idle one fails.")
        ]
        summary = tr("{count} events, simulated in {wall_s} s. ").format(
            count=len(outcome.events), wall_s=number(outcome.wall_s)
        )
        self.state.setText(summary + " ".join(notes))


def _unfair_text(problem: Unfair, outcome: DryRun) -> str:
    if problem is Unfair.NO_KEY:
        return tr("No answer key: runs cannot be scored. Add one in the Answer key section.")
    if problem is Unfair.PERFECT_FAILS:
        return tr(
            "The perfect trainee fails ({percent} %): the key asks for something that cannot "
            "be done in time, or names a clock that never starts."
        ).format(percent=f"{outcome.score_of('perfect').percent:.0f}")
    return tr("Doing nothing passes: the key expects too little.")
