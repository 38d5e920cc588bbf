"""The red lines under a form's fields that say what the loader finds wrong there."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from trainer.errors import Problem
from trainer.scenario.authoring import PathKey, path_text

ERROR_STYLE = "color: #e74c3c;"


class ErrorLines:
    """The form's error lines by field path ('drones[0].start.lat'), each hidden until used."""

    def __init__(self) -> None:
        self.lines: dict[str, QLabel] = {}

    def new_line(self, path: PathKey) -> QLabel:
        line = QLabel("")
        line.setStyleSheet(ERROR_STYLE)
        line.setWordWrap(True)  # never wider than the form: the pane does not scroll sideways
        line.setVisible(False)
        self.lines[path_text(path)] = line
        return line

    def show(self, problems: list[Problem] | tuple[Problem, ...]) -> int:
        """Put each problem under its field (or the nearest one shown); return how many fit."""
        for label in self.lines.values():
            label.clear()
            label.setVisible(False)
        shown = 0
        for problem in problems:
            line = self._line_for(problem.field)
            if line is None:
                continue
            text = line.text()
            line.setText(f"{text}\n{problem.message}" if text else problem.message)
            line.setVisible(True)
            shown += 1
        return shown

    def _line_for(self, field: str) -> QLabel | None:
        candidate = field
        while candidate:
            if candidate in self.lines:
                return self.lines[candidate]
            candidate = _parent_path(candidate)
        return None


def _parent_path(field: str) -> str:
    """drones[0].behaviour.kind -> drones[0].behaviour -> drones[0] -> drones -> ''."""
    if field.endswith("]"):
        return field[: field.rfind("[")]
    return field[: field.rfind(".")] if "." in field else ""
