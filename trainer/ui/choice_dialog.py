"""A small list to pick one thing from, by keyboard: arrows move, Enter picks, Esc cancels."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QMainWindow,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from trainer.scoring.protocol import AERODROME_ACTIONS, TRACK_ACTIONS, ActionKind
from trainer.ui.translation import QT_TR_NOOP, tr

T = TypeVar("T")


MAX_WIDTH = 900  # px: a 300-letter name in the list made the dialog wider than the screen


class ChoiceDialog(QDialog, Generic[T]):
    """Options are (label, value) pairs; nothing is chosen until the person says so."""

    def __init__(
        self,
        title: str,
        prompt: str,
        options: Sequence[tuple[str, T]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.values = [value for _, value in options]
        layout = QVBoxLayout(self)
        self.prompt = QLabel(prompt)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)  # it names trainees as typed
        self.prompt.setWordWrap(True)
        # A name without spaces is cut at the edge instead of widening the dialog.
        policy = self.prompt.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        self.prompt.setSizePolicy(policy)
        layout.addWidget(self.prompt)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.addItems([text for text, _ in options])
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())  # Enter or double click
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Wide enough to read every option whole (roster ids tell namesakes apart), up to a
        # width that fits a screen; a longer one scrolls.
        self.resize(min(max(360, self.list.sizeHintForColumn(0) + 60), MAX_WIDTH), 300)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen(self) -> T | None:
        row = self.list.currentRow()
        return self.values[row] if self.result() and 0 <= row < len(self.values) else None

    @classmethod
    def ask(
        cls,
        title: str,
        prompt: str,
        options: Sequence[tuple[str, T]],
        parent: QWidget | None = None,
    ) -> T | None:
        """Show the list and wait; the value picked, or None when cancelled."""
        dialog = cls(title, prompt, options, parent)
        dialog.exec()
        return dialog.chosen()


# What the trainee is doing, in words (the action kinds are the record's identifiers).
TRACK_ACTION_NAMES = {
    ActionKind.ACKNOWLEDGE: QT_TR_NOOP("Acknowledge"),
    ActionKind.CLASSIFY: QT_TR_NOOP("Classify"),
    ActionKind.IDENTIFY: QT_TR_NOOP("Identify"),
    ActionKind.SET_THREAT: QT_TR_NOOP("Judge the threat"),
    ActionKind.NOTIFY_POLICE: QT_TR_NOOP("Notify the police"),
    ActionKind.CONTACT_OPERATOR: QT_TR_NOOP("Contact the operator"),
    ActionKind.CLOSE_INCIDENT: QT_TR_NOOP("Close the incident"),
}

NO_TRACK = ""  # the answer "no particular track": closing then concerns any incident


def asks_which_track(kind: ActionKind, selected: str | None, lost: bool) -> bool:
    """Whether a response must ask which track it is about rather than take the selected one.

    A track action with nothing selected asks (nothing is guessed). So does any response that
    names a track (closing included) while the selected track is no longer on the picture: a
    trainee who selected clutter that has since faded means the drone they are looking at, and
    their key must not go silently to a track they cannot see. Aerodrome actions never ask.
    """
    if kind in AERODROME_ACTIONS:
        return False
    if selected is not None:
        return lost
    return kind in TRACK_ACTIONS


def ask_which_track(
    parent: QMainWindow, kind: ActionKind, tracks: Sequence[str], lost: str | None = None
) -> str | None:
    """The trainee picks the track a response is about; nothing is guessed.

    `tracks` are those on the picture, offered first. `lost` is a selected track no longer on
    it: still a choice, after them, since its drone's incident still counts what is done about
    it (the police called after it vanished, its incident closed), but only when picked.
    Closing also offers no particular track (NO_TRACK). None when there is nothing to pick
    from (the status bar says so) or the question is cancelled.
    """
    action = tr(TRACK_ACTION_NAMES.get(kind, kind.value))
    options = [(t, t) for t in sorted(tracks) if t != lost]
    if lost is not None:
        options.append((tr("{track} (lost: no longer on the map)").format(track=lost), lost))
        if kind == ActionKind.CLOSE_INCIDENT:
            options.append((tr("No particular track (any incident)"), NO_TRACK))
    if not options:
        parent.statusBar().showMessage(
            tr("No tracks yet for: {action}").format(action=action), 4000
        )
        return None
    prompt = tr("{action}: which track?").format(action=action)
    if lost is not None:
        prompt = tr("{question} {track}, the selected track, is no longer on the map.").format(
            question=prompt, track=lost
        )
    return ChoiceDialog.ask(tr("Which track?"), prompt, options, parent)
