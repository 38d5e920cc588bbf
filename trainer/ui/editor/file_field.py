"""A field naming a file (an airspace file to import, a flight log to fly) with a button that
chooses it, so the author need not type a path. The path is written as `import-log` writes
one: relative to the scenario's folder for a file in it or below (the folder can move with
its files), else absolute (the scenario can move alone); '/' between folders."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QToolButton, QWidget

from trainer.scenario.referenced_files import path_to_write
from trainer.ui.translation import tr

# The dialog that asks for the file: (parent, caption, folder) -> chosen path or "" (tests
# put another in its place).
AskFile = Callable[[QWidget, str, str], str]


def _ask_with_qt(parent: QWidget, caption: str, folder: str) -> str:
    return QFileDialog.getOpenFileName(parent, caption, folder)[0]


ask_file: AskFile = _ask_with_qt


def as_written(chosen: Path, scenario: Path | None) -> str:
    """The path for the file (see the module's docstring); absolute while the scenario has not
    been saved, as it has no folder yet."""
    if scenario is None:
        return chosen.as_posix()
    return path_to_write(chosen, scenario)


def with_chooser(line: QLineEdit, scenario: Callable[[], Path | None]) -> QWidget:
    """`line` with a '…' button beside it; a file chosen is written into it as if typed."""
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(line, 1)
    button = QToolButton()
    button.setText("\u2026")
    button.setToolTip(tr("Choose the file"))
    layout.addWidget(button)

    def choose() -> None:
        path = scenario()
        folder = str(path.parent) if path is not None else ""
        chosen = ask_file(box, tr("Choose the file"), folder)
        if chosen:
            line.setText(as_written(Path(chosen), path))
            line.editingFinished.emit()  # into the file as if typed and confirmed

    button.clicked.connect(choose)
    box.setProperty("chooser", button)
    return box
