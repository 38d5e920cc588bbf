"""The toolbar's trainee name: who the next run is for, confirmed with Enter."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from trainer.records import Repository
from trainer.ui.trainee_picker import ConfirmedTrainee, RosterCompleter, resolve_trainee
from trainer.ui.translation import tr


class TraineeNameField(QObject):
    """The name field with its roster completer, and a label saying whether it is confirmed."""

    space_pressed = Signal()  # Space in the empty field: it is the window's Space

    def __init__(self, repository: Repository | None, window: QWidget) -> None:
        super().__init__(window)
        self.repository = repository
        self.window = window
        self.trainee: ConfirmedTrainee | None = None  # who the next run is for, once confirmed
        self.edit = QLineEdit(window)
        self.edit.setPlaceholderText(tr("Trainee name"))
        self.edit.setMaxLength(500)
        self.edit.setFixedWidth(220)
        self.edit.setToolTip(
            tr(
                "Who is training: type the name and press Enter; the run and its score are "
                "recorded under it"
            )
        )
        self.completer = RosterCompleter(self.edit, repository) if repository is not None else None
        self.edit.installEventFilter(self)  # Space in the empty field: see eventFilter
        self.state = QLabel("")
        self.edit.textEdited.connect(self._on_name_edited)
        self.show_state()

    def confirm(self) -> ConfirmedTrainee | None:
        """The name typed is the next run's trainee (asked which one when the roster has
        several of that name); None, and the field keeps the focus, when none is chosen."""
        confirmed = resolve_trainee(self.edit.text(), self.repository, self.window)
        if confirmed is None:
            self.edit.setFocus()
            return None
        self.trainee = confirmed
        if self.edit.text() != confirmed.name:  # no name, or one cleaned: who is confirmed
            self.edit.setText(confirmed.name)
        self.show_state()
        return confirmed

    def forget(self) -> None:
        """A new run: its trainee is confirmed again."""
        self.trainee = None
        self.show_state()

    def for_the_run(self) -> ConfirmedTrainee:
        """Who a run starting now is recorded for: the confirmed trainee, else the name typed."""
        return self.trainee or ConfirmedTrainee(self.edit.text(), None)

    def show_state(self) -> None:
        if self.trainee is None:
            self.state.setText(tr(" Enter to confirm "))
            self.state.setStyleSheet("color: #f5b041;")
        else:
            self.state.setText(tr(" ✓ confirmed "))
            self.state.setStyleSheet("color: #58d68d; font-weight: bold;")

    def _on_name_edited(self, _text: str) -> None:
        self.forget()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Space in the empty name field is the window's Space: the field has the focus when
        the window opens, and Space typed a blank into it, silently, instead of starting (or
        saying that a name comes first)."""
        if (
            watched is self.edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and not self.edit.text().strip()
        ):
            self.edit.clear()
            self.space_pressed.emit()
            return True
        return super().eventFilter(watched, event)
