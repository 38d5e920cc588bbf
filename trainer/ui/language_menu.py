"""The language switch in the View menu: follow the system, English or Dutch (from next start)."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from trainer.i18n import current
from trainer.ui.translation import SETTING, tr

# Each language is named in its own words, so it can be found whatever the window speaks.
CHOICES = (("system", None), ("en", "English"), ("nl", "Nederlands"))


class LanguageMenu:
    """A submenu whose choice is kept in the settings and used when the program next starts
    (texts already on screen stay as they are until then)."""

    def __init__(self, settings: QSettings, parent: QWidget) -> None:
        self.settings = settings
        self.menu = QMenu(tr("Lan&guage"), parent)
        group = QActionGroup(self.menu)
        chosen = settings.value(SETTING, "system")
        self.actions: dict[str, QAction] = {}
        for code, name in CHOICES:
            action = QAction(name or tr("Follow the system"), self.menu, checkable=True)
            action.setChecked(code == chosen)
            action.triggered.connect(lambda _checked=False, c=code: self._on_language_chosen(c))
            group.addAction(action)
            self.menu.addAction(action)
            self.actions[code] = action
        self.note = ""

    def _on_language_chosen(self, code: str) -> None:
        self.settings.setValue(SETTING, code)
        self.note = (
            tr("The language changes when the program starts again")
            if code not in ("system", current())
            else ""
        )
        parent = self.menu.parent()
        status = getattr(parent, "statusBar", None)
        if self.note and callable(status):
            status().showMessage(self.note, 8000)
