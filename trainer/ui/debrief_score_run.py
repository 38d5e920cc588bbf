"""The debrief's 'Score this run' for a run without a score sheet: one interrupted by a crash, or
left by closing the window or a restart. Scores it as `drone-trainer rescore` does."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget

from trainer.errors import TrainerError
from trainer.records import Repository, RunStatus
from trainer.replay import Replay
from trainer.rescoring import rescore
from trainer.ui.translation import tr


def can_score(replay: Replay, repository: Repository | None) -> bool:
    """A run of the record that has ended without a sheet, of a scenario with an answer key."""
    return (
        repository is not None
        and replay.sheet is None
        and replay.run.status is not RunStatus.RUNNING
        and replay.prepared.scenario.answer_key is not None
    )


class ScoreRunBox(QWidget):
    """A button that scores the run and stores its sheet, and what went wrong if it could not."""

    scored = Signal(int)  # the run's id, once its sheet is in the record

    def __init__(self, repository: Repository, replay: Replay, parent: QWidget | None = None):
        super().__init__(parent)
        self.repository = repository
        self.replay = replay
        self.button = QPushButton(tr("Score this run"))
        self.button.setToolTip(
            tr(
                "Score the run from its record, as ended where it stopped: what fell due "
                "after that counts as missed (drone-trainer rescore does the same)"
            )
        )
        self.button.clicked.connect(self.score)
        self.problem = QLabel("")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)  # an error names files as they are
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #e74c3c")
        self.problem.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.problem)

    def score(self) -> bool:
        """Re-simulate and score the run (about a second), store its sheet, say it is done."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            rescore(self.repository, self.replay.run, self.replay.prepared)
        except TrainerError as error:
            self.problem.setText(tr("Cannot score this run: {error}").format(error=error))
            self.problem.setVisible(True)
            return False
        finally:
            QApplication.restoreOverrideCursor()
        self.scored.emit(self.replay.run.id)
        return True
