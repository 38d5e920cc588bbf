"""The recently opened scenarios, kept in the settings and offered on a menu."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu

from trainer.ui.tooltips import plain_tip

MAX_RECENT = 8


class RecentFiles:
    def __init__(
        self, settings: QSettings, menu: QMenu, open_file: Callable[[Path], object]
    ) -> None:
        self.settings = settings
        self.menu = menu
        self.open_file = open_file
        self.rebuild()

    def paths(self) -> list[str]:
        value = self.settings.value("recent_files", [])
        if isinstance(value, str):  # QSettings gives a lone string for a one-item list
            return [value]
        return [str(v) for v in value] if isinstance(value, list) else []

    def remember(self, path: Path) -> None:
        resolved = str(path.resolve())
        recent = [resolved, *(p for p in self.paths() if p != resolved)][:MAX_RECENT]
        self.settings.setValue("recent_files", recent)
        self.settings.setValue("last_folder", str(path.resolve().parent))
        self.rebuild()

    def rebuild(self) -> None:
        self.menu.clear()
        for number, path in enumerate(self.paths(), start=1):
            action = self.menu.addAction(f"&{number} {Path(path).name}")
            action.setToolTip(plain_tip(path))
            action.triggered.connect(lambda _=False, p=path: self.open_recent(p))
        self.menu.setEnabled(bool(self.paths()))

    def open_recent(self, path: str) -> None:
        """Open it; a file that is no longer there (moved, deleted) leaves the list once the
        window has said so, instead of failing again at every try."""
        self.open_file(Path(path))
        if not Path(path).exists():
            self.settings.setValue("recent_files", [p for p in self.paths() if p != path])
            self.rebuild()
