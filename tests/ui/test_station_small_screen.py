"""A station on a trainee's 1366 x 768 laptop stays on the screen whatever its header says."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint

from tests.ui import test_station_window as station_tests
from tests.ui.test_station_window import WAIT_MS, Lesson, joined_window
from tests.ui.tooltip_text import shown
from trainer.launch import Workspace
from trainer.ui.eliding_label import ElidingLabel
from trainer.ui.station_status import connection_text
from trainer.ui.window_size import FRAME_PX

lesson = station_tests.lesson  # a class console pumped by a Qt timer
LAPTOP_WIDTH = 1366 - FRAME_PX


def test_the_end_of_the_exercise_in_dutch_keeps_the_station_on_a_laptop_screen(
    qtbot, dutch_windows: None, lesson: Lesson, workspace: Workspace, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = joined_window(
        qtbot, lesson, workspace, tmp_path, name="Maximiliaan van Oldenbarnevelt"
    )
    window.resize(LAPTOP_WIDTH, 688)
    lesson.console.start()
    qtbot.waitUntil(lambda: window.status.exercise.text() == "Oefening loopt", timeout=WAIT_MS)
    lesson.console.end()
    # Was: the header's 'Oefening beëindigd door de instructeur: wachten tot de instructeur
    # de formulieren vrijgeeft', the class and the name pushed the window to 1712 px wide,
    # the response buttons and the link's state off the laptop's screen.
    qtbot.waitUntil(
        lambda: "formulieren vrijgeeft" in window.status.exercise.text(), timeout=WAIT_MS
    )
    qtbot.wait(50)  # the layout settles
    assert window.minimumSizeHint().width() <= LAPTOP_WIDTH
    assert window.width() <= LAPTOP_WIDTH
    link = window.status.connection
    right_edge = link.mapTo(window, QPoint(link.width(), 0)).x()
    assert link.text() == "Verbonden" and right_edge <= window.width()
    assert link.width() >= link.sizeHint().width()  # whole, not 'Verbond…'
    # The longest word on the link: reconnecting, with responses still to deliver.
    window.status.show_connection(*connection_text(False, 9.0, 3))
    assert "Opnieuw verbinden" in link.text() and "3 handeling(en)" in link.text()
    assert window.minimumSizeHint().width() <= LAPTOP_WIDTH  # the headline gives way
    window.close()


def test_an_eliding_label_shows_what_fits_and_keeps_the_whole_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    label = ElidingLabel("Oefening beëindigd door de instructeur: wachten op de formulieren")
    qtbot.addWidget(label)
    label.resize(label.sizeHint())
    label.show()
    shown_whole = label.toolTip()
    label.resize(120, label.height())
    assert label.text().endswith("op de formulieren")  # what the program reads: all of it
    assert shown_whole == "" and shown(label.toolTip()) == label.text()  # the cut text, whole
    assert label.minimumSizeHint().width() < 120 < label.sizeHint().width()
