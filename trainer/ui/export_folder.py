"""Where score sheets are exported: the folder chosen last time, the first time the user's
documents (not the folder the program was started from: on a classroom PC its own, often
read-only). The live window and the class console share the answer: one instructor's PC."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from trainer.ui.translation import tr

EXPORT_FORMAT_KEY, EXPORT_FOLDER_KEY = "export/format", "export/folder"  # the last answers


def documents_folder() -> str:
    """The user's documents folder ('' when the system names none)."""
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def ask_export_folder(parent: QWidget, settings: QSettings) -> Path | None:
    """The folder to export to, starting at the last one; None: cancelled. Not remembered
    here: the caller keeps it once the export is under way."""
    start = str(settings.value(EXPORT_FOLDER_KEY, "") or "") or documents_folder()
    picked = QFileDialog.getExistingDirectory(parent, tr("Export to folder"), start)
    return Path(picked) if picked else None
