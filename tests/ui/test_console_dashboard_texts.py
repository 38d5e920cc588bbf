"""The class dashboard's words and numbers in the console's language (seen in a Dutch lesson:
'connected', 'lost (22 s)', '3 station(s), 3 connected', 'identify T001: authorised',
'25.7/165 ... final', 'Fleur Bakker: final, on the record' all in English)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from trainer.scoring.protocol import Action, ActionKind
from trainer.scoring.sheet import ItemCategory, ScoreItem, ScoreSheet
from trainer.ui.console_dashboard import (
    COLUMNS,
    CONNECTION,
    HOST,
    LAG,
    LAST,
    SCORE,
    StationDashboard,
    StationTableModel,
)
from trainer.ui.console_rows import Connection, StationRow, action_text
from trainer.ui.console_trainee_detail import TraineeDetail
from trainer.ui.panels.live_score import item_line

SHEET = ScoreSheet(scenario_id="two-drones", seed=21, items=(), total=25.7, maximum=165.0,
                   percent=15.6, pass_mark_percent=70.0, passed=False,
                   disruption_minutes=0.5, disruption_eur=0.0)  # fmt: skip
ITEMS = (
    ScoreItem(
        10, 10, ItemCategory.EXPECTED, "+10 acknowledged track T001 17 s after first detection"
    ),
    ScoreItem(0, 5, ItemCategory.EXPECTED, "0/5 threat level set for T001: not done"),
)
ROW = StationRow(station_id="s-1", trainee="Daan Jansen", host="pc-7",
                 connection=Connection.CONNECTED, silent_s=0.2, lag_s=0.1, sheet=SHEET,
                 final=False, missed=4, actions=4, last_action="", last_action_ago_s=12.0,
                 run_id=3)  # fmt: skip


def shown(row: StationRow, column: int, role: int = 0) -> str:
    model = StationTableModel()
    model.set_rows([row])
    return str(model.data(model.index(0, column), role))


def test_a_dutch_dashboard_speaks_dutch_and_writes_decimal_commas(
    qtbot: QtBot, dutch_windows: None
) -> None:
    assert shown(ROW, CONNECTION).endswith(" verbonden")
    lost = replace(ROW, connection=Connection.LOST, silent_s=22.4)
    assert shown(lost, CONNECTION).endswith(" verbroken (22 s)")
    assert shown(replace(ROW, connection=Connection.LEFT), CONNECTION).endswith(" afgemeld")
    assert shown(replace(ROW, connection=Connection.REMOVED), CONNECTION).endswith(" verwijderd")
    assert shown(ROW, LAG) == "0,1 s"
    assert shown(ROW, SCORE) == "16 %  (25,7/165)"
    late = replace(ROW, final=True, late_actions=4)
    # The news first: the column is narrow, and 'definitief' is what is cut, not '+4'.
    assert shown(late, SCORE) == "16 %  (25,7/165)  +4 te laat binnen  definitief"
    tooltip = shown(late, SCORE, role=3)  # Qt.ToolTipRole
    assert "25,7 van 165 punten" in tooltip and "0,5 min. Opnieuw gescoord" in tooltip

    identify = Action(3, ActionKind.IDENTIFY, 77.0, "", "T001", {"identity": "authorised"})
    assert action_text(identify) == "T001 geïdentificeerd als geautoriseerd"
    assert shown(replace(ROW, last_action=action_text(identify)), LAST).endswith("12 s geleden")

    dashboard = StationDashboard()
    qtbot.addWidget(dashboard)
    dashboard.show_rows([ROW, lost, replace(ROW, station_id="s-2", connection=Connection.REMOVED)])
    assert dashboard.summary.text() == "2 station(s), 1 verbonden, 1 verwijderd"

    detail = TraineeDetail()
    qtbot.addWidget(detail)
    detail.show_row(ROW)
    assert detail.title() == "Daan Jansen: actueel"
    assert "Als de oefening nu zou eindigen" in detail.panel.note.text()
    detail.show_row(late)
    assert [item_line(i) for i in ITEMS] == [
        "   +10  acknowledged track T001 17 s after first detection",  # was '+10  +10 ackn...'
        "   0/5  threat level set for T001: not done",
    ]
    assert detail.title() == "Daan Jansen: definitief, vastgelegd"
    assert "bij het einde" in detail.panel.note.text()  # no longer 'if it ended now'


@pytest.mark.parametrize("final", [False, True])
def test_an_english_dashboard_is_unchanged(qtbot: QtBot, final: bool) -> None:
    row = replace(ROW, final=final, late_actions=2 if final else 0)
    assert shown(row, CONNECTION).endswith(" connected")
    assert shown(row, SCORE) == (
        "16 %  (25.7/165)  +2 late  final" if final else "16 %  (25.7/165)"
    )
    assert action_text(Action(4, ActionKind.INFORM_RADIO, 1.0, "", "T002")) == (
        "Informed Twente Radio about T002"
    )


def test_every_heading_fits_its_column_in_dutch(qtbot: QtBot, dutch_windows: None) -> None:
    dashboard = StationDashboard()
    qtbot.addWidget(dashboard)
    header = dashboard.table.horizontalHeader()
    words = header.fontMetrics()
    for column in range(len(COLUMNS)):
        if column == LAST:
            continue  # it stretches over what the window leaves
        heading = dashboard.model.headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= words.horizontalAdvance(heading) + 12, heading


def test_the_pc_columns_tip_names_the_station_in_dutch(qtbot: QtBot, dutch_windows: None) -> None:
    tip = shown(ROW, HOST, Qt.ItemDataRole.ToolTipRole)
    assert tip == "Eigen id van het station: s-1"
