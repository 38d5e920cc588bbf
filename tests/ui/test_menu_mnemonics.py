"""No two entries of one menu answer the same Alt letter: with a clash, the letter only moves
between them and Enter is needed ("&Fit scenario" and "&Full screen" both took Alt+F)."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtWidgets import QMenu

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
