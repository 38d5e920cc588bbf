"""A held key's repeats are flagged as repeats, also those Qt's X11 plugin lets through unflagged.

Qt's own means make a held key one press: a shortcut with `setAutoRepeat(False)` ignores
repeats, a widget reads `QKeyEvent.isAutoRepeat()`. They rely on the repeat flag. Under X11 a
held key arrives as a release and a press, both with the same server time, for every repeat;
Qt's xcb plugin flags the pair only when, handling the release, it finds the press already
queued. Often it is not yet: under Xvfb a response key held for 1.5 s gave 5 responses where
the flag would have given 1 (about one repeat in four came unflagged). Windows, macOS and
Wayland flag every repeat themselves; there this filter finds nothing to do.

The filter sits on the window that has the keyboard, where the key events arrive first. A
press with the scan code and the time of the release just before it is such a repeat (no
hand lets go of a key and presses it again within the same millisecond): the shortcut map is
not asked for it (its ShortcutOverride is taken), and the press goes on as a copy that says
it is a repeat, so the shortcuts that repeat (the debrief's steps) and the widgets that read
the flag (the map's arrow keys) see it as Qt would have shown it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QGuiApplication, QKeyEvent, QWindow


class KeyRepeatFlags(QObject):
    """Watches the focus window's key events; see the module's docstring."""

    def __init__(self, application: QGuiApplication) -> None:
        super().__init__(application)
        self._released_at: dict[int, int] = {}  # native scan code -> time of its release, ms
        application.focusWindowChanged.connect(self._on_focus_window_changed)
        self._on_focus_window_changed(QGuiApplication.focusWindow())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride):
            return False
        assert isinstance(event, QKeyEvent)
        code = event.nativeScanCode()
        if not code:  # a key Qt made itself (a test's, a copy sent on): nothing to compare
            return False
        if kind == QEvent.Type.KeyRelease:
            self._released_at[code] = event.timestamp()
            return False
        if event.isAutoRepeat() or self._released_at.get(code) != event.timestamp():
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # taken: Qt then sends the press on instead of asking its shortcuts
            return True
        repeat = QKeyEvent(
            QEvent.Type.KeyPress,
            event.key(),
            event.modifiers(),
            code,
            event.nativeVirtualKey(),
            event.nativeModifiers(),
            event.text(),
            True,
            event.count(),
        )
        repeat.setTimestamp(event.timestamp())
        # Sent to the same window, which hands it to its focus widget; a key press sent (not
        # spontaneous) asks the shortcut map first, with the repeat flag now set.
        QCoreApplication.sendEvent(watched, repeat)
        event.setAccepted(repeat.isAccepted())
        return True

    def _on_focus_window_changed(self, window: QWindow | None) -> None:
        if window is not None:
            window.installEventFilter(self)  # once: a filter installed again replaces itself


def flag_key_repeats(application: QGuiApplication) -> KeyRepeatFlags:
    """The application's filter, made and installed on first call."""
    existing = application.findChild(KeyRepeatFlags)
    return existing if existing is not None else KeyRepeatFlags(application)
