"""No two entries of one menu answer the same Alt letter: with a clash, the letter only moves
between them and Enter is needed ("&Fit scenario" and "&Full screen" both took Alt+F). And in
an open menu each letter reaches its entry: no single-key shortcut takes it first."""

from __future__ import annotations

import warnings
from collections import Counter

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from tests.conftest import SCENARIOS
from trainer.ui.main_window import MainWindow


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' ('&&' is a literal ampersand)."""
    at = text.replace("&&", "").find("&")
    plain = text.replace("&&", "")
    return plain[at + 1].lower() if 0 <= at < len(plain) - 1 else None


def clashes(menu: QMenu, where: str) -> list[str]:
    """'View: Alt+f: &Fit scenario | &Full screen' for each letter two entries share."""
    entries = [a for a in menu.actions() if not a.isSeparator()]
    letters = Counter(m for a in entries if (m := mnemonic(a.text())))
    found = [
        f"{where}: Alt+{m}: " + " | ".join(a.text() for a in entries if mnemonic(a.text()) == m)
        for m, n in letters.items()
        if n > 1
    ]
    for action in entries:
        if action.menu() is not None:
            found += clashes(action.menu(), f"{where} > {action.text()}")
    return found


def window_clashes(window: MainWindow) -> list[str]:
    found = []
    for action in window.menuBar().actions():
        assert isinstance(action.menu(), QMenu)
        found += clashes(action.menu(), action.text())
    return found


def test_the_live_window_s_menus_have_one_entry_per_alt_letter(window: MainWindow) -> None:
    assert window_clashes(window) == []


@pytest.mark.usefixtures("dutch_windows")
def test_the_live_window_s_menus_have_one_entry_per_alt_letter_in_dutch(
    window: MainWindow,
) -> None:
    assert window_clashes(window) == []


def entries_with_letters(menu: QMenu) -> list[tuple[QMenu, QAction, str]]:
    """(menu, entry, Alt letter) of every entry one can pick, in this menu and its submenus."""
    found = []
    for action in menu.actions():
        letter = mnemonic(action.text())
        if letter and action.isVisible() and action.isEnabled() and not action.isSeparator():
            found.append((menu, action, letter))
        submenu = action.menu()
        if isinstance(submenu, QMenu) and action.isVisible() and action.isEnabled():
            found += entries_with_letters(submenu)
    return found


def picked_by_letter(qtbot, menu: QMenu, action: QAction, letter: str) -> bool:  # type: ignore[no-untyped-def]
    """Open the menu, type the letter: did that entry trigger (or its submenu open)? The entry's
    own work (a dialog, quitting) is cut off first: this is about the key reaching it."""
    for signal in (action.triggered, action.toggled):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # nothing was connected to it
            signal.disconnect()
    seen: list[bool] = []
    action.triggered.connect(lambda _=False: seen.append(True))
    menu.popup(QPoint(40, 40))
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is menu)
    qtbot.keyClick(menu, QKeySequence(letter.upper())[0].key())
    opened = action.menu() is not None and QApplication.activePopupWidget() is action.menu()
    while (popup := QApplication.activePopupWidget()) is not None:
        popup.close()
    return bool(seen) or opened


def entries_not_picked(qtbot, window: MainWindow) -> list[str]:  # type: ignore[no-untyped-def]
    asked: list[object] = []
    window.responses.response_requested.connect(lambda *args: asked.append(args))
    window.responses.refused.connect(asked.append)
    missed = []
    for top in window.menuBar().actions():
        assert isinstance(top.menu(), QMenu)
        for menu, action, letter in entries_with_letters(top.menu()):
            if not picked_by_letter(qtbot, menu, action, letter):
                missed.append(f"{menu.title()} > {action.text()} (Alt+{letter})")
    assert asked == [], "a letter typed into an open menu was taken as a response"
    return missed


def test_every_alt_letter_picks_its_entry_in_an_open_menu(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    # Response keys (A, P, U, ...) and the View menu's F and L included: found under X, the
    # response keys took a, p and u while the View menu was open.
    window.open_scenario(SCENARIOS / "hobby-drone-approach-23.yaml")  # the Run menu's entries
    assert len(entries_with_letters_of(window)) >= 25  # the walk found the menus
    assert entries_not_picked(qtbot, window) == []


@pytest.mark.usefixtures("dutch_windows")
def test_every_alt_letter_picks_its_entry_in_an_open_menu_in_dutch(
    window: MainWindow, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window.open_scenario(SCENARIOS / "hobby-drone-approach-23.yaml")
    assert entries_not_picked(qtbot, window) == []


def entries_with_letters_of(window: MainWindow) -> list[tuple[QMenu, QAction, str]]:
    return [
        entry
        for top in window.menuBar().actions()
        if isinstance(top.menu(), QMenu)
        for entry in entries_with_letters(top.menu())
    ]
