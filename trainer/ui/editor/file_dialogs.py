"""The editor's questions about files: which scenario to open, where to save it (never over
a bundled scenario), whether to replace a file, what to do with unsaved changes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from trainer.errors import TrainerError
from trainer.launch import bundled_scenarios_dir
from trainer.ui.translation import tr

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"  # answers about unsaved changes
LAST_FOLDER = "editor/last_folder"  # the setting: where the author last opened a file


def ask_open_path(parent: QWidget, settings: QSettings) -> Path | None:
    start = settings.value(LAST_FOLDER, str(bundled_scenarios_dir()))
    path, _ = QFileDialog.getOpenFileName(
        parent, tr("Open scenario"), str(start), tr("Scenarios (*.yaml *.yml)")
    )
    return Path(path) if path else None


def ask_save_path(
    parent: QWidget, settings: QSettings, scenario_id: str, own_folder: Callable[[], Path]
) -> Path | None:
    """Where to save, asked in the last folder used (in `own_folder()`, the library's second
    half, when that is the bundled scenarios' folder); always a .yaml or .yml file."""
    start = Path(str(settings.value(LAST_FOLDER, str(Path.home()))))
    if is_bundled(start / "any.yaml"):  # your own folder, the library's second half
        start = own_folder()
        try:
            start.mkdir(parents=True, exist_ok=True)
        except OSError:
            start = Path.home()
    suggested = start / f"{scenario_id or 'scenario'}.yaml"
    path, _ = QFileDialog.getSaveFileName(
        parent, tr("Save scenario"), str(suggested), tr("Scenarios (*.yaml *.yml)")
    )
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() not in (".yaml", ".yml"):
        # A name typed without .yaml: the open dialog, the library and `validate` of a
        # folder only see .yaml and .yml files. The dialog asked about replacing the name
        # as typed, so a file of the new name is asked about here.
        target = target.with_name(f"{target.name}.yaml")
        if target.exists() and not _may_replace(parent, target):
            return None
    return target


def _may_replace(parent: QWidget, path: Path) -> bool:
    answer = QMessageBox.question(
        parent,
        tr("Save scenario"),
        tr("{name} already exists. Replace it?").format(name=path.name),
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_unsaved(parent: QWidget) -> str:
    """SAVE, DISCARD or CANCEL: what to do with changes that are not saved."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        tr("Unsaved changes"),
        tr("The scenario has changes that are not saved."),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        parent,
    )
    answer = box.exec()
    if answer == QMessageBox.StandardButton.Save:
        return SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return DISCARD
    return CANCEL


def saved_note(name: str, problems: int, refused: int) -> str:
    """What the status bar says after saving: the file's problems, and typed values that are
    no number (not written: the file keeps the values before them)."""
    note = (
        tr("Saved {name}.").format(name=name)
        if not problems
        else tr("Saved {name} with {problems} problem(s): validate refuses it until fixed.").format(
            name=name, problems=problems
        )
    )
    if refused:
        note += " " + tr(
            "{count} typed value(s) that are no number were not saved: the file keeps "
            "the value(s) before them."
        ).format(count=refused)
    return note


def is_bundled(path: Path) -> bool:
    """Whether `path` is one of the bundled scenarios' files."""
    try:
        return path.resolve().parent == bundled_scenarios_dir().resolve()
    except (OSError, TrainerError):
        return False
