"""Trainee mode: the window kept in the trainee view until the instructor's PIN lets it out.

The mode is kept in the settings, so a restarted app comes back in it. Whoever can edit the
settings file can also end it; the mode keeps a trainee at the keyboard out, not an administrator.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from trainer.ui.instructor_pin import PinStore
from trainer.ui.pin_dialog import NewPinDialog, PinDialog
from trainer.ui.translation import tr

SETTINGS_KEY = "trainee_mode/on"


class TraineeMode:
    """Entering needs a PIN to exist (the instructor sets one first); leaving needs the PIN."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings
        self.pins = PinStore(settings)
        self._held: dict[QAction, bool] = {}

    def remembered(self) -> bool:
        """Whether the app was in trainee mode when it last ran."""
        return bool(self.settings.value(SETTINGS_KEY, False, type=bool))

    def remember(self, on: bool) -> None:
        self.settings.setValue(SETTINGS_KEY, on)
        self.settings.sync()

    def ask_to_enter(self, parent: QWidget) -> bool:
        """True when trainee mode may begin: a PIN exists, or the instructor has just set one."""
        if self.pins.is_set():
            return True
        dialog = NewPinDialog(parent)
        if not dialog.exec():
            return False
        self.pins.set(dialog.pin())
        return True

    def ask_to_leave(self, parent: QWidget) -> bool:
        """True when the instructor typed the PIN; with none stored (settings lost), a new one."""
        if not self.pins.is_set():
            return self.ask_to_enter(parent)
        dialog = PinDialog(
            tr("The instructor's PIN, to leave trainee mode:"), self.pins.check, parent
        )
        return bool(dialog.exec())

    def hold(self, actions: list[QAction]) -> None:
        """Disable actions for the trainee, remembering how they were for the instructor."""
        for action in actions:
            self._held.setdefault(action, action.isEnabled())
            action.setEnabled(False)

    def release(self) -> None:
        """Give the held actions back as they were."""
        for action, enabled in self._held.items():
            action.setEnabled(enabled)
        self._held.clear()
