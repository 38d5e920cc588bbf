"""Change a trainee's name, roster id or group: the fix for a typo or a changed class list."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from trainer.records.models import TraineeRecord
from trainer.text import single_line
from trainer.ui.translation import tr


@dataclass(frozen=True)
class TraineeFields:
    name: str
    external_id: str  # '' clears it
    group: str  # '' clears it


class TraineeEditDialog(QDialog):
    """The three fields of a roster entry, filled in; OK is possible only with a name."""

    def __init__(self, trainee: TraineeRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Change trainee {id}").format(id=trainee.id))
        self.name_edit = self._edit(trainee.name)
        self.id_edit = self._edit(trainee.external_id or "")
        self.group_edit = self._edit(trainee.group or "")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(self._update_ok)
        form = QFormLayout(self)
        form.addRow(tr("Name"), self.name_edit)
        form.addRow(tr("Roster ID"), self.id_edit)
        form.addRow(tr("Group"), self.group_edit)
        form.addRow(self.buttons)
        self.resize(420, self.sizeHint().height())
        self.name_edit.selectAll()
        self.name_edit.setFocus()

    @staticmethod
    def _edit(text: str) -> QLineEdit:
        edit = QLineEdit(text)
        edit.setMaxLength(500)
        return edit

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(single_line(self.name_edit.text())))

    def fields(self) -> TraineeFields:
        """What was typed, each on one clean line: a paste keeps its line breaks and tabs."""
        return TraineeFields(
            single_line(self.name_edit.text()),
            single_line(self.id_edit.text()),
            single_line(self.group_edit.text()),
        )

    @classmethod
    def ask(cls, trainee: TraineeRecord, parent: QWidget | None = None) -> TraineeFields | None:
        """The changed fields, or None when cancelled."""
        dialog = cls(trainee, parent)
        return dialog.fields() if dialog.exec() == QDialog.DialogCode.Accepted else None
