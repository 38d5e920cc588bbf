"""Names typed at a station are shown at the console as text: a 300-letter name does not widen
the console, markup is not drawn, a right-to-left override does not turn the console's words
round."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from tests.classroom.conftest import Class
from tests.ui import test_console_window as console_tests
from tests.ui.people import answer_dialogs
from trainer.classroom.station import StationLink
from trainer.ui.console_trainee_detail import TITLE_NAME_CHARS
from trainer.ui.console_window import ConsoleWindow
from trainer.ui.eliding_label import ElidingLabel
from trainer.ui.tooltips import plain_tip
from trainer.ui.yes_no import ask_yes_no

classroom = console_tests.classroom  # a console window on loopback
Asked = console_tests.Asked
HOSTILE = "<b>Zed</b> <img src=x> \u202eevil\u202c\n\U0001f681 " + "W" * 300


def joins(qtbot: QtBot, group: Class, name: str) -> StationLink:
    link = StationLink(group.endpoint, group.console.code, name, outbox=None)
    group.links[name] = link
    qtbot.waitUntil(lambda: bool(link.pump()) or link.joined, timeout=8000)
    return link


def test_a_hostile_name_is_one_clean_line_at_the_console_and_on_the_record(
    qtbot: QtBot, classroom: tuple[ConsoleWindow, Class, Asked]
) -> None:
    window, group, asked = classroom
    joins(qtbot, group, HOSTILE)
    (station,) = window.console.stations.values()
    name = station.trainee
    assert name == "<b>Zed</b> <img src=x> evil \U0001f681 " + "W" * 300
    window.start()
    qtbot.waitUntil(lambda: station.run_id is not None, timeout=8000)
    run = group.repository.run(station.run_id or 0)
    assert group.repository.trainee(run.trainee_id or 0).name == name  # the roster's entry

    # Selected in the class table: the live score's title is cut, the window keeps its width.
    width = window.width()
    window.refresh_live_scores()
    window.dashboard.select_station(station.station)
    qtbot.wait(50)
    title = window.detail.title()
    assert title.endswith(": live") and len(title) < TITLE_NAME_CHARS + 10
    assert window.detail.toolTip() == name
    assert window.detail.minimumSizeHint().width() < 600
    assert window.width() == width

    # The question before removing names the trainee as typed, not as markup.
    window.dashboard.remove_button.click()
    assert asked.questions[-1].startswith("Remove <b>Zed</b> <img src=x>")


def test_a_yes_no_question_shows_its_text_as_typed(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[tuple[Qt.TextFormat, str]] = []

    def look_and_say_no(box: object) -> None:
        assert isinstance(box, QMessageBox)
        seen.append((box.textFormat(), box.text()))
        box.button(QMessageBox.StandardButton.No).click()

    answer_dialogs(qtbot, look_and_say_no)
    assert not ask_yes_no(parent, "Remove a station", "Remove <b>Eve</b> (PC-7)?")
    assert seen == [(Qt.TextFormat.PlainText, "Remove <b>Eve</b> (PC-7)?")]


def test_a_long_name_does_not_widen_the_projectors_class_list(
    qtbot: QtBot, classroom: tuple[ConsoleWindow, Class, Asked]
) -> None:
    window, group, _asked = classroom
    joins(qtbot, group, "Zed " + "W" * 300)
    joins(qtbot, group, "Anna de Vries-van Leeuwen")
    window.refresh_dashboard()
    projector = window.show_projector()
    qtbot.waitExposed(projector)
    assert projector.progress.minimumSizeHint().width() < projector.width() / 2
    assert projector.progress.width() < projector.width() / 2  # the map keeps the room
    shown = {
        label.text(): QLabel.text(label) for label in projector.progress.findChildren(ElidingLabel)
    }
    assert shown["\u25cf Anna de Vries-van Leeuwen"] == "\u25cf Anna de Vries-van Leeuwen"  # whole
    long_name = "\u25cf Zed " + "W" * 300
    assert shown[long_name].endswith("\u2026") and len(shown[long_name]) < 100  # cut


def test_the_class_table_shows_a_cut_name_whole_on_hover_as_typed(
    qtbot: QtBot, classroom: tuple[ConsoleWindow, Class, Asked]
) -> None:
    window, group, _asked = classroom
    joins(qtbot, group, "<b>Zed</b> " + "W" * 80)
    window.refresh_dashboard()
    model = window.dashboard.table.model()
    tip = model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == plain_tip("<b>Zed</b> " + "W" * 80)  # shown, not drawn bold
