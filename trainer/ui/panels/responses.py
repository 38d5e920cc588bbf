"""The response panel: actions on the selected track, by button or single key, and the log.

The panel says what was asked; the window decides which track it is about (asking when a track
action has none selected) and records it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trainer.i18n import en, message
from trainer.scoring.action_file import LOG_PARAM
from trainer.scoring.protocol import CORRECTABLE_ACTIONS, Action, ActionKind
from trainer.text import single_line
from trainer.ui.panels.alerts import clock_text
from trainer.ui.translation import QT_TR_NOOP, tr


@dataclass(frozen=True)
class Response:
    """One button of the panel: the action it makes, its parameters and its key."""

    label: str
    kind: ActionKind
    key: str
    params: tuple[tuple[str, str], ...] = ()


# Grouped after the protocol Detect -> Assess -> Respond -> Recover -> Report.
GROUPS: tuple[tuple[str, tuple[Response, ...]], ...] = (
    (QT_TR_NOOP("Detect"), (Response(QT_TR_NOOP("Acknowledge"), ActionKind.ACKNOWLEDGE, "A"),)),
    (
        QT_TR_NOOP("Classify"),
        (
            Response(
                QT_TR_NOOP("Drone"),
                ActionKind.CLASSIFY,
                "D",
                (("classification", "drone"),),
            ),
            Response(
                QT_TR_NOOP("Bird"),
                ActionKind.CLASSIFY,
                "B",
                (("classification", "bird"),),
            ),
            Response(
                QT_TR_NOOP("Manned"),
                ActionKind.CLASSIFY,
                "M",
                (("classification", "manned"),),
            ),
            Response(
                QT_TR_NOOP("False"),
                ActionKind.CLASSIFY,
                "G",
                (("classification", "false_track"),),
            ),
        ),
    ),
    (
        QT_TR_NOOP("Identify"),
        (
            Response(
                QT_TR_NOOP("Authorised"),
                ActionKind.IDENTIFY,
                "Y",
                (("identity", "authorised"),),
            ),
            Response(
                QT_TR_NOOP("Unauthorised"),
                ActionKind.IDENTIFY,
                "U",
                (("identity", "unauthorised"),),
            ),
            Response(
                QT_TR_NOOP("Unknown"),
                ActionKind.IDENTIFY,
                "K",
                (("identity", "unknown"),),
            ),
        ),
    ),
    (
        QT_TR_NOOP("Threat"),
        (
            Response(
                QT_TR_NOOP("Low"),
                ActionKind.SET_THREAT,
                "7",
                (("level", "low"),),
            ),
            Response(
                QT_TR_NOOP("Medium"),
                ActionKind.SET_THREAT,
                "8",
                (("level", "medium"),),
            ),
            Response(
                QT_TR_NOOP("High"),
                ActionKind.SET_THREAT,
                "9",
                (("level", "high"),),
            ),
        ),
    ),
    (
        QT_TR_NOOP("Respond"),
        (
            Response("Twente Radio", ActionKind.INFORM_RADIO, "R"),
            Response(QT_TR_NOOP("Suspend ops"), ActionKind.SUSPEND_OPERATIONS, "S"),
            Response(QT_TR_NOOP("Police"), ActionKind.NOTIFY_POLICE, "P"),
            Response(QT_TR_NOOP("Operator"), ActionKind.CONTACT_OPERATOR, "C"),
        ),
    ),
    (
        QT_TR_NOOP("Recover, report"),
        (
            Response(QT_TR_NOOP("Resume ops"), ActionKind.RESUME_OPERATIONS, "O"),
            Response(QT_TR_NOOP("Close"), ActionKind.CLOSE_INCIDENT, "X"),
        ),
    ),
)

TOOLTIPS = {
    ActionKind.INFORM_RADIO: QT_TR_NOOP("Inform Twente Radio (traffic information to pilots)"),
    ActionKind.SUSPEND_OPERATIONS: QT_TR_NOOP("Suspend (hold) runway operations"),
    ActionKind.NOTIFY_POLICE: QT_TR_NOOP("Notify the police (to find the remote pilot)"),
    ActionKind.CONTACT_OPERATOR: QT_TR_NOOP("Contact the operator of an authorised drone"),
    ActionKind.RESUME_OPERATIONS: QT_TR_NOOP("Resume runway operations"),
    ActionKind.CLOSE_INCIDENT: QT_TR_NOOP("Close the incident with the log entry below"),
}

VERBS = {
    ActionKind.ACKNOWLEDGE: QT_TR_NOOP("Acknowledged {track}"),
    ActionKind.CLASSIFY: QT_TR_NOOP("Classified {track} as {classification}"),
    ActionKind.IDENTIFY: QT_TR_NOOP("Identified {track} as {identity}"),
    ActionKind.SET_THREAT: QT_TR_NOOP("Threat of {track}: {level}"),
    ActionKind.INFORM_RADIO: QT_TR_NOOP("Informed Twente Radio{about}"),
    ActionKind.SUSPEND_OPERATIONS: QT_TR_NOOP("Suspended runway operations{about}"),
    ActionKind.NOTIFY_POLICE: QT_TR_NOOP("Notified police{about}"),
    ActionKind.CONTACT_OPERATOR: QT_TR_NOOP("Contacted the operator of {track}"),
    ActionKind.RESUME_OPERATIONS: QT_TR_NOOP("Resumed runway operations"),
    ActionKind.CLOSE_INCIDENT: QT_TR_NOOP("Closed the incident: {log}"),
}


def describe(action: Action) -> str:
    values = {
        "track": action.track or "-",
        "about": tr(" about {track}").format(track=action.track) if action.track else "",
    }
    for name, value in action.params.items():
        # The log is the trainee's own words, shown as typed but on one line and without a
        # bidi override turning it (and the list's order of words) around; the record keeps
        # it as it was typed.
        values[name] = single_line(value) if name == LOG_PARAM else _value_words(value)
    return tr(VERBS[action.kind]).format_map(_Defaulting(values))


def _value_words(value: str) -> str:
    """'false_track' -> 'false track' (or its Dutch, from the sheets' catalog)."""
    key = f"value.{value}"
    return message(key) if key in en.MESSAGES else value.replace("_", " ")


# What an action that changed nothing says after it, and its tooltip (the scorer ignores it
# too: trainer.scoring.run_facts.effective_actions).
SAME_JUDGEMENT = (
    QT_TR_NOOP("  (again: no change)"),
    QT_TR_NOOP("the same judgement again: the earlier one stands"),
)
ALREADY_SUSPENDED = (
    QT_TR_NOOP("  (already suspended: no change)"),
    QT_TR_NOOP("runway operations were suspended already: the earlier suspension stands"),
)
ALREADY_RUNNING = (
    QT_TR_NOOP("  (already running: no change)"),
    QT_TR_NOOP("runway operations were not suspended: there was nothing to resume"),
)


def _unchanged(actions: list[Action]) -> list[tuple[str, str] | None]:
    """For each action, in the order made, what it says when it changed nothing: the same
    judgement of the same track again, a suspension while suspended, a resume while running."""
    judged: dict[tuple[str | None, ActionKind], dict[str, str]] = {}
    suspended = False
    marks: list[tuple[str, str] | None] = []
    for action in actions:
        mark = None
        if action.kind in CORRECTABLE_ACTIONS:
            key = (action.track, action.kind)
            if judged.get(key) == dict(action.params):
                mark = SAME_JUDGEMENT
            judged[key] = dict(action.params)
        elif action.kind == ActionKind.SUSPEND_OPERATIONS:
            mark = ALREADY_SUSPENDED if suspended else None
            suspended = True
        elif action.kind == ActionKind.RESUME_OPERATIONS:
            mark = None if suspended else ALREADY_RUNNING
            suspended = False
        marks.append(mark)
    return marks


class _Defaulting(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "-"


class ResponsePanel(QWidget):
    """Emits what the trainee asked for; the window decides the time and records it."""

    response_requested = Signal(object, dict)  # ActionKind, params
    refused = Signal(str)  # a message for the trainee (e.g. "start the run first")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.track: str | None = None
        self.enabled_for_run = False
        self.closed_note: str | None = None  # why responses cannot be made here, if they cannot
        self.buttons: dict[Response, QPushButton] = {}
        layout = QVBoxLayout(self)
        self.note_label = QLabel("")
        self.note_label.setWordWrap(True)
        self.note_label.setTextFormat(Qt.TextFormat.PlainText)  # a station's may name a trainee
        self.note_label.setStyleSheet("font-style: italic;")
        self.note_label.hide()
        layout.addWidget(self.note_label)
        self.track_label = QLabel(tr("No track selected"))
        font = QFont()
        font.setBold(True)
        self.track_label.setFont(font)
        layout.addWidget(self.track_label)
        grid = QGridLayout()
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(2)
        for row, (title, responses) in enumerate(GROUPS):
            grid.addWidget(QLabel(tr(title)), row, 0, Qt.AlignmentFlag.AlignRight)
            for column, response in enumerate(responses, start=1):
                button = QPushButton(f"{tr(response.label)} [{response.key}]")
                button.setToolTip(
                    tr("{label} (key {key})").format(
                        label=tr(TOOLTIPS.get(response.kind, response.label)), key=response.key
                    )
                )
                button.clicked.connect(lambda _=False, r=response: self.request(r))
                grid.addWidget(button, row, column)
                self.buttons[response] = button
                shortcut = QShortcut(QKeySequence(response.key), self.window() or self)
                # A key of the window (or of its floating panels) only: an open menu is a
                # window of its own, so its Alt letters work, and so do dialogs' and the
                # debrief's keys. Text fields claim the letters typed into them themselves.
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.setAutoRepeat(False)  # a key held down is one response, not dozens
                shortcut.activated.connect(lambda r=response: self.request(r))
        layout.addLayout(grid)
        self.log_line = QLineEdit()
        self.log_line.setPlaceholderText(tr("Log entry for Close incident (then press Enter)"))
        self.log_line.setMaxLength(500)
        self.log_line.returnPressed.connect(self._on_log_line_entered)
        layout.addWidget(self.log_line)
        layout.addWidget(QLabel(tr("Your actions")))
        self.history = QListWidget()
        layout.addWidget(self.history, 1)
        self.set_track(None)

    def set_track(self, track: str | None, lost: bool = False) -> None:
        """The track the keys act on; `lost`: it is no longer seen (the keys still act on it,
        and the label says so: a trainee pressing D for the drone now shown on the map, under
        a new track, must not think it is that one)."""
        self.track = track
        if not track:
            text = tr("No track selected")
        elif lost:
            text = tr("Track {track} (lost: no longer on the map)").format(track=track)
        else:
            text = tr("Track {track}").format(track=track)
        self.track_label.setText(text)
        self._update_buttons()

    def set_run_active(self, active: bool) -> None:
        self.enabled_for_run = active
        self._update_buttons()

    def close_for(self, note: str | None) -> None:
        """No responses here, and why (shown on the panel); None opens the panel again."""
        self.closed_note = note
        self.note_label.setText(note or "")
        self.note_label.setVisible(note is not None)
        self._update_buttons()

    def request(self, response: Response) -> None:
        if self.closed_note is not None:
            self.refused.emit(self.closed_note)
            return
        if not self.enabled_for_run:
            self.refused.emit(tr("Start the run before responding"))
            return
        if self.log_line.hasFocus() and response.kind != ActionKind.CLOSE_INCIDENT:
            return  # a letter typed into the log entry is not a command
        params = dict(response.params)
        if response.kind == ActionKind.CLOSE_INCIDENT:
            if not self.log_line.text().strip() and not self.log_line.hasFocus():
                # The report is the protocol's last step: a stray X must not file it empty.
                self.log_line.setFocus()
                self.refused.emit(
                    tr("Type the log entry and press Enter (Enter on an empty line closes without)")
                )
                return
            params["log"] = self.log_line.text().strip() or tr("closed without a log entry")
        self.response_requested.emit(response.kind, params)

    def taken(self, kind: ActionKind) -> None:
        """The window recorded (or sent) the response: a close's log entry is filed, so its
        line is emptied. Until then it keeps what was typed (a "which track?" cancelled)."""
        if kind == ActionKind.CLOSE_INCIDENT:
            self.log_line.clear()

    def show_actions(self, actions: list[Action], corrected: set[int]) -> None:
        self.history.clear()
        for action, unchanged in zip(actions, _unchanged(actions), strict=True):
            text = f"{clock_text(action.sim_time_s)}  #{action.sequence}  {describe(action)}"
            item = QListWidgetItem(text + (tr(unchanged[0]) if unchanged else ""))
            if action.sequence in corrected:
                font = item.font()
                font.setStrikeOut(True)
                item.setFont(font)
                item.setToolTip(tr("corrected by a later action"))
            elif unchanged:
                item.setForeground(QColor("#7f8c8d"))
                item.setToolTip(tr(unchanged[1]))
            self.history.addItem(item)
        self.history.scrollToBottom()

    def _on_log_line_entered(self) -> None:
        close = next(r for r in self.buttons if r.kind == ActionKind.CLOSE_INCIDENT)
        self.request(close)  # with the focus still in the line: an empty entry is meant
        self.log_line.clearFocus()  # so the single keys work again at once

    def _update_buttons(self) -> None:
        # A track action with no track selected stays possible: the window asks which track.
        open_ = self.closed_note is None
        for button in self.buttons.values():
            button.setEnabled(open_ and self.enabled_for_run)
        self.log_line.setEnabled(open_)
