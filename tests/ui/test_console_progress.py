"""The class's progress as the projector shows it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.ui.label_text import label_shows
from tests.ui.test_console_dashboard_texts import ROW
from trainer.ui.console_progress import ClassProgress


def on_the_projector(qtbot: QtBot) -> tuple[QWidget, ClassProgress]:
    screen = QWidget()  # the projector's dark ground
    palette = screen.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#17202a"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#e5e8e8"))
    screen.setPalette(palette)
    screen.setAutoFillBackground(True)
    qtbot.addWidget(screen)
    progress = ClassProgress(font_pt=15, parent=screen)
    screen.show()
    qtbot.waitExposed(screen)
    return screen, progress


def test_the_class_heading_is_light_on_the_dark_projector_and_in_dutch(
    qtbot: QtBot, dutch_windows: None
) -> None:
    _screen, progress = on_the_projector(qtbot)
    progress.show_rows([ROW, replace(ROW, station_id="s-2", trainee="Fleur")], with_scores=False)
    assert progress.title.text() == "De klas: 2 cursist(en)"
    # Was black on the dark ground ('De klas: 1 cursist(en)' barely there in the room).
    progress.title.ensurePolished()
    assert progress.title.palette().color(QPalette.ColorRole.WindowText).lightness() > 180
    progress.show_rows([ROW], with_scores=True)
    assert progress.title.text() == "De klas: 1 cursist(en), met scores"  # was ', scores'


def test_a_name_with_markup_is_shown_as_typed(qtbot: QtBot) -> None:
    # A name is what the trainee typed at the station: '<b>' is no instruction to the projector.
    _screen, progress = on_the_projector(qtbot)
    progress.show_rows([replace(ROW, trainee="<b>Daan</b> <i>x</i>")], with_scores=True)
    (bar,) = progress.bars.values()
    assert label_shows(bar.name) == "\u25cf <b>Daan</b> <i>x</i>"
