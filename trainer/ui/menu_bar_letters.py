"""Alt pressed and let go alone hands the keyboard to the menu bar: the next letter opens its
menu (R: Run), and a single-key shortcut (R: inform Twente Radio) does not take it first.

Qt asks the focused widget whether it wants a key before it tries the shortcuts (the
ShortcutOverride event); text fields want what is typed into them, the menu bar wants no
letters, so Alt, R recorded a response. This filter answers for the menu bar, only when Alt put
it in charge, and only a letter that opens one of its menus: Esc out of an open menu also leaves
the menu bar with the keyboard (its title highlighted), and there A must still acknowledge, as
trainees expect after closing a menu; and after Alt pressed alone by mistake, O (no menu's
letter) is still a response, not a key the bar drops.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar

# Shift is part of typing a letter; these make it a shortcut of its own (Ctrl+R, Alt+V).
CHORD_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


def is_typed_character(event: QKeyEvent) -> bool:
    """A letter, digit or sign as typed: no Ctrl, Alt or Meta, no space or control key."""
    text = event.text()
    return (
        len(text) == 1
        and text.isprintable()
        and not text.isspace()
        and not event.modifiers() & CHORD_MODIFIERS
    )


class MenuBarLetters(QObject):
    """Watches one menu bar and its menus; while Alt alone has put the bar in charge, typed
    characters are its (until a menu opens or the bar lets the keyboard go)."""

    def __init__(self, menu_bar: QMenuBar) -> None:
        super().__init__(menu_bar)
        self.menu_bar = menu_bar
        self.in_charge = False  # Alt alone gave the bar the keyboard; no menu opened since
        self._menu_closing = False  # a menu closes now: the bar gets the keyboard from Esc
        menu_bar.installEventFilter(self)
        self.menus: list[QMenu] = []
        for action in menu_bar.actions():
            menu = action.menu()
            if isinstance(menu, QMenu):
                menu.installEventFilter(self)
                self.menus.append(menu)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.menu_bar:
            if kind == QEvent.Type.FocusIn:
                self.in_charge = not self._menu_open()  # not Alt+V, not Esc out of a menu
            elif kind == QEvent.Type.FocusOut:
                self.in_charge = False
            elif (
                kind == QEvent.Type.ShortcutOverride
                and self.in_charge
                and isinstance(event, QKeyEvent)
                and is_typed_character(event)
            ):
                if self._opens_a_menu(event.text()):
                    event.accept()  # no shortcut: a key press, for the bar's underlined letters
                    return True
                # No menu's letter: the bar would drop it. The shortcut (a response) takes it,
                # and the bar then gives the keyboard back to where it was (the map).
                self.in_charge = False
                QTimer.singleShot(0, self._let_keyboard_go)
        elif kind == QEvent.Type.Show:
            self.in_charge = False  # a menu is open: its letters are its own, Esc ends it
        elif kind == QEvent.Type.Hide:
            self._menu_closing = True
            QTimer.singleShot(0, self._on_menu_closed)
        return super().eventFilter(watched, event)

    def _opens_a_menu(self, typed: str) -> bool:
        """Whether the letter opens a menu the bar shows and offers (&Run: r or R)."""
        letter = typed.upper()
        for action in self.menu_bar.actions():
            if action.isVisible() and action.isEnabled() and action.menu() is not None:
                title = action.text().replace("&&", "")
                at = title.find("&")
                if 0 <= at < len(title) - 1 and title[at + 1].upper() == letter:
                    return True
        return False

    def _let_keyboard_go(self) -> None:
        """Esc to the bar, as a person would: it lets go of the keyboard, its title unlit."""
        if QApplication.focusWidget() is self.menu_bar and not self._menu_open():
            escape = QKeyEvent(
                QEvent.Type.KeyPress, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier
            )
            QApplication.sendEvent(self.menu_bar, escape)

    def _menu_open(self) -> bool:
        """A menu of the bar is open or closing (Esc gives the bar the keyboard before the
        menu hides when Alt opened it, after it when a click did)."""
        return (
            QApplication.activePopupWidget() is not None
            or self._menu_closing
            or any(menu.isVisible() for menu in self.menus)
        )

    def _on_menu_closed(self) -> None:
        self._menu_closing = False
