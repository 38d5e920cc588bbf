"""A seeded random trainee at a station while a random instructor steers the console: keys
(double-pressed too), tracks chosen, gone or never seen, the "which track?" question answered
or cancelled, start, pause, resume, end, removal, sheets released. Nothing fails, and every
response the console acknowledged as recorded is on the record.

STATION_MONKEY_SECONDS sets the time (5 s by default), STATION_MONKEY_SEEDS the seeds
(comma-separated; 5 by default)."""

from __future__ import annotations

import os
import random
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from tests.ui import test_station_window as station_tests
from tests.ui.test_station_window import WAIT_MS, Lesson, joined_window
from trainer.launch import Workspace

lesson = station_tests.lesson  # a class console pumped by a Qt timer
SECONDS = float(os.environ.get("STATION_MONKEY_SECONDS", "5"))
SEEDS = [int(s) for s in os.environ.get("STATION_MONKEY_SEEDS", "5").split(",") if s.strip()]
KEYS = [getattr(Qt.Key, f"Key_{c}") for c in "ADBMGYUK789RSPCOX"] + [
    Qt.Key.Key_Return,
    Qt.Key.Key_Escape,
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
]


@pytest.mark.parametrize("seed", SEEDS)
def test_a_random_trainee_and_instructor_lose_no_recorded_response(
    qtbot, lesson: Lesson, workspace: Workspace, tmp_path: Path, seed: int
) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(seed)
    window = joined_window(qtbot, lesson, workspace, tmp_path)
    console = lesson.console
    console.set_speed(10.0)
    steps = {"keys": 0, "dialogs": 0, "commands": 0}
    deadline = time.monotonic() + SECONDS

    def instructor() -> None:
        # Pausing and going on all along; ending and letting the station go only late, so
        # the trainee has a run to play first.
        late = time.monotonic() > deadline - SECONDS * 0.2
        command = rng.choice(["start", "start", "pause", "resume", "resume", "release"])
        if late and rng.random() < 0.3:
            command = rng.choice(["end", "remove"])
        steps["commands"] += 1
        if command == "remove":
            console.remove(next(iter(console.stations)))
        elif command == "release":
            console.release_sheets()
        else:
            getattr(console, command)()

    def trainee() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible():
            steps["dialogs"] += 1
            if isinstance(dialog, QMessageBox) or rng.random() < 0.5:
                dialog.reject()
            else:
                dialog.accept()
            return
        roll = rng.random()
        if roll < 0.1:
            window.select_track("")  # nothing selected: a track key asks which track
        elif roll < 0.2:
            ids = list(window.picture.ids) if window.picture is not None else []
            window.select_track(rng.choice([*ids, "T099"]))
        elif roll < 0.3:
            window.canvas.setFocus()  # back on the map: X left the cursor in the log line
        elif roll < 0.35 and window.alerts.rowCount():
            window.alerts.track_chosen.emit(rng.choice(["T001", "T002", "T050"]))
        else:
            key = rng.choice(KEYS)
            for _press in range(rng.choice([1, 1, 2])):  # a double press now and then
                qtbot.keyClick(window, key)
            steps["keys"] += 1

    def step() -> None:
        if time.monotonic() > deadline:
            return
        # The next step first: a dialog's own loop (the "which track?" question) runs it.
        QTimer.singleShot(rng.choice([1, 5, 20]), step)
        (instructor if rng.random() < 0.05 else trainee)()

    QTimer.singleShot(0, step)
    qtbot.waitUntil(lambda: time.monotonic() > deadline + 0.2, timeout=int(SECONDS * 1000) + 5000)
    for dialog in QApplication.topLevelWidgets():
        if isinstance(dialog, QDialog) and dialog.isVisible():
            dialog.reject()
    assert steps["keys"] > 50 and steps["commands"] > 2 and steps["dialogs"] > 0
    link = window.link
    if link.refused is None:  # a station let go may hold responses it never got through
        qtbot.waitUntil(lambda: link.unacknowledged == 0, timeout=WAIT_MS)
    (station,) = console.stations.values()
    recorded = lesson.repository.actions(station.run_id) if station.run_id else []
    if link.refused is None:
        assert len(recorded) == link.outbox.acked - len(link.not_recorded)
    assert [a.sequence for a in recorded] == list(range(1, len(recorded) + 1))
    # The window lists what the record holds (and what is still on its way).
    if link.refused is None:
        assert window.responses.history.count() == len(recorded)
