"""Dialogs for the instructor's PIN: asking for it, and setting a new one (typed twice)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trainer.ui.instructor_pin import pin_problem
from trainer.ui.translation import tr

WARNING_STYLE = "color: #c0392b; font-weight: bold;"


def _pin_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(64)
    return edit


class PinDialog(QDialog):
    """Asks for the instructor's PIN; a wrong one is said at once and the dialog stays open."""

    def __init__(
        self, prompt: str, check: Callable[[str], bool], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Instructor PIN"))
        self.check = check
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(prompt))
        self.pin_edit = _pin_edit()
        layout.addWidget(self.pin_edit)
        self.note = QLabel("")
        self.note.setStyleSheet(WARNING_STYLE)
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._on_ok_clicked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.pin_edit.setFocus()

    def _on_ok_clicked(self) -> None:
        if self.check(self.pin_edit.text()):
            self.accept()
            return
        self.note.setText(tr("Wrong PIN"))
        self.pin_edit.clear()
        self.pin_edit.setFocus()


class NewPinDialog(QDialog):
    """The instructor sets a PIN by typing it twice; OK only when both agree."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Set the instructor PIN"))
        layout = QVBoxLayout(self)
        explanation = QLabel(
            tr(
                "Trainee mode is left only with the instructor's PIN. No PIN is set yet: "
                "choose one and type it twice. Only a hash of it is kept."
            )
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        form = QFormLayout()
        self.pin_edit = _pin_edit()
        self.again_edit = _pin_edit()
        form.addRow(tr("New PIN"), self.pin_edit)
        form.addRow(tr("Again"), self.again_edit)
        layout.addLayout(form)
        self.note = QLabel("")
        self.note.setStyleSheet(WARNING_STYLE)
        layout.addWidget(self.note)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_ok_clicked)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        # Enter in the first field moves on to the second, Enter in the second is OK: no
        # default button, or Enter in the first would also press OK with the second empty.
        for button in self.buttons.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.pin_edit.returnPressed.connect(self.again_edit.setFocus)
        self.again_edit.returnPressed.connect(self._on_ok_clicked)
        self.pin_edit.setFocus()

    def pin(self) -> str:
        return self.pin_edit.text()

    def problem(self) -> str | None:
        """What stops this PIN from being set, or None."""
        problem = pin_problem(self.pin_edit.text())
        if problem is None and self.pin_edit.text() != self.again_edit.text():
            return tr("The two PINs differ")
        return problem

    def _on_ok_clicked(self) -> None:
        problem = self.problem()
        if problem is None:
            self.accept()
            return
        self.note.setText(problem)
        self.again_edit.clear()
        if pin_problem(self.pin_edit.text()) is not None:
            self.pin_edit.clear()
            self.pin_edit.setFocus()
        else:
            self.again_edit.setFocus()
