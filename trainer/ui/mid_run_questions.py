"""The questions asked before a run under way is cut short: by a restart, another scenario, or
quitting. The responses made so far stay in the record; the run is not scored then, but its
debrief can score it later (Score this run)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from trainer.ui.translation import QT_TR_NOOP, tr
from trainer.ui.yes_no import ask_yes_no

RESTART_ENDS_RUN = QT_TR_NOOP(
    "The run is still going on. Restarting ends it here: the responses made so far stay in "
    "the training record, but the run is not scored now (its debrief can score it later). "
    "Restart now?"
)
OPEN_ENDS_RUN = QT_TR_NOOP(
    "The run is still going on. Another scenario ends it here: the responses made so far stay "
    "in the training record, but the run is not scored now (its debrief can score it later). "
    "Open another scenario?"
)


def ask_to_end_run(parent: QWidget, question: str) -> bool:
    return ask_yes_no(parent, tr("End the run?"), question)


def ask_to_quit(parent: QWidget) -> bool:
    return ask_yes_no(
        parent,
        tr("Quit during the run?"),
        tr(
            "The run is still going on. Quitting ends it here: the responses made so far "
            "stay in the training record, but the run is not scored now (its debrief can "
            "score it later). Quit now?"
        ),
    )
