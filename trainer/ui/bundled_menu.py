"""The File menu's bundled scenarios, titled in the language in use once the menu first opens."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtWidgets import QMenu

from trainer.launch import bundled_scenarios
from trainer.library import shown_title_of


def fill_bundled_menu(menu: QMenu, open_file: Callable[[Path], object]) -> None:
    """One entry per bundled scenario, by file name until the menu is first opened."""
    for path in bundled_scenarios():
        action = menu.addAction(path.stem.replace("-", " "))
        action.setData(str(path))
        action.setToolTip(str(path))
        action.triggered.connect(lambda _=False, p=path: open_file(p))
    menu.aboutToShow.connect(partial(title_bundled_menu, menu))


def title_bundled_menu(menu: QMenu) -> None:
    """The bundled scenarios by their titles in the language in use (read when the menu is
    first opened, not at start); a file that cannot be read keeps its file name."""
    for action in menu.actions():
        if action.property("titled"):
            continue
        title = shown_title_of(Path(str(action.data())))
        if title is not None:
            action.setText(title.replace("&", "&&"))
        action.setProperty("titled", True)
