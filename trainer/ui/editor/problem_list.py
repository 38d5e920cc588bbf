"""What the live check found: the list of problems (a click goes to the field at fault) and
the word in the status bar ('valid', '3 problems')."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QWidget

from trainer.errors import Problem
from trainer.i18n import current
from trainer.scenario.authoring import CheckResult
from trainer.scenario.schema_walk import field_label
from trainer.ui.translation import tr


class ProblemList(QListWidget):
    field_chosen = Signal(str)  # a problem clicked or activated: its field ('drones[0].id')

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.itemActivated.connect(self._on_problem_chosen)
        self.itemClicked.connect(self._on_problem_chosen)

    def show_problems(self, problems: tuple[Problem, ...]) -> None:
        self.clear()
        for problem in problems:
            item = QListWidgetItem(problem_text(problem))
            item.setData(Qt.ItemDataRole.UserRole, problem.field)
            item.setToolTip(problem.field)  # as the file has it, whatever the language
            self.addItem(item)

    def _on_problem_chosen(self, item: QListWidgetItem) -> None:
        self.field_chosen.emit(str(item.data(Qt.ItemDataRole.UserRole) or ""))


class CheckStatus(QLabel):
    """'valid' in green, or how many problems in red."""

    def show_result(self, result: CheckResult) -> None:
        count = len(result.problems)
        self.setText(
            tr("valid")
            if result.ok
            else (tr("1 problem") if count == 1 else tr("{count} problems").format(count=count))
        )
        self.setStyleSheet("color: #52be80;" if result.ok else "color: #e74c3c;")


def problem_text(problem: Problem) -> str:
    where = tr("line {line}: ").format(line=problem.line) if problem.line else ""
    field = f"{field_words(problem.field)}: " if problem.field else ""
    return f"{where}{field}{problem.message}"


_PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def field_words(field: str) -> str:
    """Where a problem is, as the forms label it: in Dutch 'answer_key.incidents[1].drone' is
    'antwoordsleutel › incidenten 2 › drone' (items counted from 1, as the forms do); English
    keeps the file's own path, its keys being the labels there."""
    if current() == "en":
        return field
    words: list[str] = []
    for name, index in _PART.findall(field):
        if name:
            words.append(field_label(name))
        elif words:
            words[-1] += f" {int(index) + 1}"
    return " \u203a ".join(words) if words else field
