"""A GUI monkey: a seeded random person at the live window for a bounded time.

It opens bundled scenarios, starts, pauses, changes speed, triggers every menu action that does
not open a native file dialog, presses the response and map keys, switches to trainee mode and
back (PIN dialogs answered right, wrong or cancelled), clicks the map, the track table and the
alerts, types into the name and log fields, and answers (or closes) whatever dialogs open. The
run ends with no exception, an intact record, and every action the window recorded in it.

MONKEY_STEPS sets how many steps it takes (550 in CI: what the 20 s it used to run for gave on a
busy 2-core machine; 250 on a developer's machine, see tests/conftest.py's IN_CI; a count, so a
busy machine does not cut the run short), MONKEY_SECONDS a time to run for instead (the README
gives a longer run), MONKEY_SEEDS the seeds (comma-separated).

The instructor's PIN is hashed with 1,000 PBKDF2 iterations here, not the app's 600,000 (~0.13 s
a check): the run sets and checks it some 25 times, and what it tries is the window, not the hash
(tests/ui/test_instructor_pin.py checks the app's hashing).
"""

from __future__ import annotations

import os
import random
import sqlite3
import string
import time
import traceback
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMenu,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.conftest import IN_CI, SCENARIOS
from tests.ui.conftest import FakeClock
from tests.ui.people import PIN
from trainer.launch import Workspace
from trainer.records import Repository, open_database
from trainer.scoring.protocol import Action
from trainer.ui import instructor_pin
from trainer.ui.app import configure_pyqtgraph
from trainer.ui.main_window import MainWindow

pytestmark = pytest.mark.slow

STEPS = int(os.environ.get("MONKEY_STEPS") or (550 if IN_CI else 250))
SECONDS = float(os.environ.get("MONKEY_SECONDS", "0"))  # 0: take STEPS steps
PIN_ITERATIONS = 1000
SEEDS = [int(s) for s in os.environ.get("MONKEY_SEEDS", "13").split(",") if s.strip()]
RESPONSE_KEYS = "ADBMGYUK789RSPCOX"
KEYS = [getattr(Qt.Key, f"Key_{c}") for c in RESPONSE_KEYS] + [
    Qt.Key.Key_Space,
    *(getattr(Qt.Key, f"Key_{d}") for d in "0123456789"),
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Plus,
    Qt.Key.Key_Minus,
    Qt.Key.Key_Home,
    Qt.Key.Key_F,
    Qt.Key.Key_L,
    Qt.Key.Key_Return,
    Qt.Key.Key_Escape,
    Qt.Key.Key_Tab,
]
Ctrl = Qt.KeyboardModifier.ControlModifier
NoMod = Qt.KeyboardModifier.NoModifier


class Monkey:
    """The random person: one `step` at the window, and `answer` for the dialogs that open."""

    def __init__(self, qtbot: QtBot, window: MainWindow, seed: int, clock: FakeClock) -> None:
        self.qtbot = qtbot
        self.window = window
        self.rng = random.Random(seed)
        self.dialog_rng = random.Random(seed + 1)  # dialogs open at times the loop cannot know
        self.clock = clock
        self.log: list[str] = []  # what was done, for the failure message
        self.scenarios = sorted(SCENARIOS.glob("*.yaml"))
        self.recorded: list[tuple[int, int, str, str | None]] = []
        self.answering = True
        self.seen: dict[int, int] = {}  # a dialog's id -> steps it has been open
        window.recorder.action_recorded.connect(self._on_action_recorded)

    def _on_action_recorded(self, action: Action) -> None:
        recording = self.window.recorder.recording
        if recording is not None and recording.run_id is not None:
            self.recorded.append(
                (recording.run_id, action.sequence, action.kind.value, action.track)
            )

    # -- dialogs ---------------------------------------------------------------------------

    def keep_answering(self) -> None:
        """Answer dialogs every few ms, also inside a dialog's own event loop (exec)."""
        if not self.answering:
            return
        QTimer.singleShot(40, self.keep_answering)  # first: this call may block in a dialog
        self.answer()

    def open_dialogs(self) -> list[QDialog]:
        return [
            w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
        ]

    def answer(self) -> None:
        dialogs = self.open_dialogs()
        if not dialogs:
            return
        rng = self.dialog_rng
        modal = QApplication.activeModalWidget()
        dialog = modal if isinstance(modal, QDialog) and modal.isVisible() else rng.choice(dialogs)
        key = id(dialog)
        self.seen[key] = self.seen.get(key, 0) + 1
        if self.seen[key] > 40:  # a stuck dialog: a person would close it
            self.log.append(f"close stuck {dialog.windowTitle()!r}")
            dialog.reject()
            return
        if rng.random() < 0.1:
            return  # reading it
        title = dialog.windowTitle()
        edits = [e for e in dialog.findChildren(QLineEdit) if e.isVisible() and e.isEnabled()]
        pins = [e for e in edits if e.echoMode() == QLineEdit.EchoMode.Password]
        choice = rng.random()
        if pins and choice < 0.7:
            pin = PIN if rng.random() < 0.8 else "0000"
            self.log.append(f"dialog {title!r}: PIN {pin}")
            for edit in pins:
                edit.setText(pin)
            self.qtbot.keyClick(pins[-1], Qt.Key.Key_Return)
        elif choice < 0.35:
            buttons = [
                b for b in dialog.findChildren(QAbstractButton) if b.isVisible() and b.isEnabled()
            ]
            if buttons:
                button = rng.choice(buttons)
                self.log.append(f"dialog {title!r}: click {button.text()!r}")
                self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        elif choice < 0.5:
            if edits:
                edit = rng.choice(edits)
                text = "".join(rng.choices(string.ascii_letters + " ,.-", k=rng.randint(0, 12)))
                self.log.append(f"dialog {title!r}: type {text!r}")
                self.qtbot.keyClicks(edit, text)
        elif choice < 0.7:
            widgets = [w for w in dialog.findChildren(QWidget) if w.isVisible() and w.isEnabled()]
            if widgets:  # lists, tables, combos, tabs: wherever the pointer lands
                widget = rng.choice(widgets)
                point = QPoint(rng.randrange(max(1, widget.width())),
                               rng.randrange(max(1, widget.height())))  # fmt: skip
                self.log.append(f"dialog {title!r}: click {type(widget).__name__} at {point}")
                self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, NoMod, point)
        elif choice < 0.75:
            key = rng.choice([Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Tab, Qt.Key.Key_Space])
            self.log.append(f"dialog {title!r}: key {key.name}")
            self.qtbot.keyClick(dialog.focusWidget() or dialog, key)
        elif choice < 0.88:
            self.log.append(f"dialog {title!r}: Escape")
            self.qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)
        else:
            self.log.append(f"dialog {title!r}: Enter")
            self.qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)

    # -- the window ------------------------------------------------------------------------

    def menu_actions(self) -> list[QAction]:
        """Every action in the menus a person can trigger here; not those opening native file
        dialogs, Quit, or the class console (a server on the LAN port)."""
        window = self.window
        left_out = {
            window.open_action,
            window.quit_action,
            window.instructor.console_action,
        }
        found: list[QAction] = []
        menus = [a.menu() for a in window.menuBar().actions()]
        while menus:
            menu = menus.pop()
            if not isinstance(menu, QMenu):
                continue
            for action in menu.actions():
                submenu = action.menu()
                if isinstance(submenu, QMenu):
                    menus.append(submenu)
                elif not action.isSeparator() and action not in left_out:
                    found.append(action)
        return found

    def focus_target(self) -> QWidget:
        widget = QApplication.focusWidget()
        if widget is None or not widget.isVisible() or widget.window() is not self.window:
            self.window.activateWindow()
            widget = QApplication.focusWidget() or self.window
        return widget

    def random_point(self, widget: QWidget) -> QPoint:
        return QPoint(
            self.rng.randrange(max(1, widget.width())), self.rng.randrange(max(1, widget.height()))
        )

    def step(self) -> None:
        rng, window, qtbot = self.rng, self.window, self.qtbot
        self.clock.advance(rng.uniform(0.0, 3.0))
        if QApplication.activeModalWidget() is not None:
            return  # a person answers the dialog first
        doing = rng.choices(
            [
                "open",
                "start",
                "key",
                "ctrl-t",
                "menu",
                "speed",
                "map",
                "table",
                "alerts",
                "name",
                "log",
            ],
            weights=[1, 4, 30, 2, 8, 3, 8, 6, 4, 4, 3],
        )[0]
        if doing == "open" or (window.run is None and rng.random() < 0.5):
            path = rng.choice(self.scenarios)
            self.log.append(f"open {path.name}")
            window.open_scenario(path)
        elif doing == "start":  # as the trainee is told: name, Enter, Space
            name = rng.choice(["Sanne", "Joost", "", "Anne de Vries"])
            self.log.append(f"start as {name!r}")
            if window.trainee_edit.isEnabled():
                window.trainee_edit.setFocus()
                window.trainee_edit.selectAll()
                qtbot.keyClicks(window.trainee_edit, name)
                qtbot.keyClick(window.trainee_edit, Qt.Key.Key_Return)
            if QApplication.activeModalWidget() is None:
                qtbot.keyClick(self.focus_target(), Qt.Key.Key_Space)
        elif doing == "key":
            key = rng.choice(KEYS)
            target = self.focus_target()
            self.log.append(f"key {key.name} on {type(target).__name__}")
            qtbot.keyClick(target, key)
        elif doing == "ctrl-t":
            self.log.append("Ctrl+T")
            qtbot.keyClick(self.focus_target(), Qt.Key.Key_T, Ctrl)
        elif doing == "menu":
            actions = [a for a in self.menu_actions() if a.isEnabled() and a.isVisible()]
            if actions:
                action = rng.choice(actions)
                self.log.append(f"menu {action.text()!r}")
                action.trigger()
        elif doing == "speed":
            number = rng.randint(1, 4)
            self.log.append(f"speed key {number}")
            qtbot.keyClick(self.focus_target(), getattr(Qt.Key, f"Key_{number}"))
        elif doing in ("map", "table", "alerts"):
            widget = {
                "map": window.canvas.viewport(),
                "table": window.track_table.viewport(),
                "alerts": window.alerts.viewport(),
            }[doing]
            if widget.isVisible():
                point = self.random_point(widget)
                self.log.append(f"click {doing} at {point.x()},{point.y()}")
                button = Qt.MouseButton.LeftButton
                if rng.random() < 0.2:
                    qtbot.mouseDClick(widget, button, NoMod, point)
                else:
                    qtbot.mouseClick(widget, button, NoMod, point)
        elif doing in ("name", "log"):
            edit = window.trainee_edit if doing == "name" else window.responses.log_line
            if edit.isVisible() and edit.isEnabled():
                text = "".join(rng.choices(string.ascii_letters + " '-", k=rng.randint(0, 10)))
                self.log.append(f"type {text!r} into {doing}")
                edit.setFocus()
                qtbot.keyClicks(edit, text)
                if rng.random() < 0.6:
                    qtbot.keyClick(edit, Qt.Key.Key_Return)
        # Close a debrief window now and then, as a person would.
        for debrief in list(window.instructor.debriefs):
            if debrief.isVisible() and rng.random() < 0.2:
                self.log.append("close debrief")
                debrief.close()


def patch_native_dialogs(monkeypatch: pytest.MonkeyPatch, rng: random.Random, folder: Path) -> None:
    """Native file dialogs and QInputDialog's static questions block offscreen: answer them."""

    def open_name(*_args: object, **_kwargs: object) -> tuple[str, str]:
        return "", ""

    def save_name(*_args: object, **_kwargs: object) -> tuple[str, str]:
        if rng.random() < 0.5:
            return "", ""
        return str(folder / f"saved-{rng.randrange(10**6)}.pdf"), ""

    def directory(*_args: object, **_kwargs: object) -> str:
        return str(folder) if rng.random() < 0.5 else ""

    def item(
        _parent: object, _title: str, _label: str, items: list[str], *_a: object, **_k: object
    ) -> tuple[str, bool]:
        if not items or rng.random() < 0.3:
            return "", False
        return rng.choice(list(items)), True

    def text(*_args: object, **_kwargs: object) -> tuple[str, bool]:
        return ("monkey", True) if rng.random() < 0.5 else ("", False)

    def integer(*_args: object, **_kwargs: object) -> tuple[int, bool]:
        return 1, rng.random() < 0.5

    # The file manager a person's desktop would open (the library's user folder): nothing here.
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda _url: True))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_name))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([], "")))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(directory))
    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(item))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(text))
    monkeypatch.setattr(QInputDialog, "getMultiLineText", staticmethod(text))
    monkeypatch.setattr(QInputDialog, "getInt", staticmethod(integer))


def stored_actions(db_path: Path) -> set[tuple[int, int, str, str | None]]:
    with sqlite3.connect(db_path) as connection:
        rows = connection.execute("SELECT run_id, sequence, kind, track FROM actions").fetchall()
    return {(r[0], r[1], r[2], r[3]) for r in rows}


@pytest.mark.parametrize("seed", SEEDS)
def test_monkey_at_the_window_breaks_nothing(
    qtbot: QtBot,
    workspace: Workspace,
    settings: QSettings,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    seed: int,
) -> None:
    configure_pyqtgraph()
    db_path = tmp_path / "records.sqlite"
    patch_native_dialogs(monkeypatch, random.Random(seed + 2), tmp_path)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # the library's user folder
    app_hash = instructor_pin.hash_pin
    monkeypatch.setattr(instructor_pin, "hash_pin",
                        lambda pin: app_hash(pin, iterations=PIN_ITERATIONS))  # fmt: skip
    window = MainWindow(
        workspace, settings, clock=clock, repository=Repository(open_database(db_path))
    )
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    monkey = Monkey(qtbot, window, seed, clock)
    steps = 0
    with qtbot.captureExceptions() as exceptions:
        monkey.keep_answering()
        deadline = time.monotonic() + SECONDS

        def going_on() -> bool:
            return time.monotonic() < deadline if SECONDS > 0 else steps < STEPS

        while going_on() and not exceptions:
            monkey.step()
            qtbot.wait(monkey.rng.choice((0, 5, 20, 50)))
            steps += 1
        monkey.answering = False
        while monkey.open_dialogs():  # leave no dialog behind (their loops would hang)
            for dialog in monkey.open_dialogs():
                dialog.reject()
            qtbot.wait(10)
        window.close()
        qtbot.wait(10)
    trace = "\n".join(monkey.log[-40:])
    if exceptions:
        error = "".join(traceback.format_exception(*exceptions[0]))
        pytest.fail(f"seed {seed}, step {steps}:\n{error}\nlast steps:\n{trace}")
    with sqlite3.connect(db_path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    missing = set(monkey.recorded) - stored_actions(db_path)
    assert not missing, f"seed {seed}: recorded by the window, not in the record: {missing}"
    print(f"monkey seed {seed}: {steps} steps, {len(monkey.recorded)} actions recorded")
