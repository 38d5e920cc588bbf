"""The end-of-run sheet shows every reason whole: the trainee reads why each point was given."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt

from tests.conftest import SCENARIOS
from trainer.scoring.sheet import ItemCategory, ScoreItem, ScoreSheet
from trainer.ui.score_dialog import REASON, ScoreSheetDialog

LONG = (
    "+9,8 T001 geïdentificeerd als niet geautoriseerd 95,9 s na de eerste detectie "
    "(tijdvenster 90 s; 5,9 s te laat, 9,8 van 10), een reden zo lang als een Nederlandse "
    "er een kan zijn op een scherm van een beamer met grote letters"
)
SHORT = "+10 acknowledged track T001 3.4 s after first detection (window 30 s)"


def test_a_long_reason_wraps_in_its_row_instead_of_being_cut(qtbot) -> None:  # type: ignore[no-untyped-def]
    items = (
        ScoreItem(10, 10, ItemCategory.EXPECTED, SHORT, "i", 80.0),
        ScoreItem(9.8, 10, ItemCategory.EXPECTED, LONG, "i", 165.9),
    )
    sheet = ScoreSheet("s", 7, items, 19.8, 20, 99.0, 70, True, 0, 0)
    dialog = ScoreSheetDialog(sheet, "Oefening", "Sanne")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    width = table.columnWidth(REASON)
    assert table.horizontalScrollBar().maximum() == 0  # wrapped, not pushed sideways
    metrics = table.fontMetrics()
    for row, reason in enumerate((SHORT, LONG)):
        assert table.item(row, REASON).text() == reason
        needed = metrics.boundingRect(QRect(0, 0, width - 8, 0), Qt.TextFlag.TextWordWrap, reason)
        # Was one line of 24 px for every row: the long reason ended in '…'. Not much more
        # either: a row sized for a narrower column is mostly empty.
        height = table.rowHeight(row)
        assert needed.height() <= height <= needed.height() + metrics.lineSpacing(), (row, height)
    assert table.rowHeight(1) > table.rowHeight(0)
    two_lines = table.rowHeight(1)
    dialog.resize(dialog.width() + 1200, dialog.height())  # a wider window: one line will do
    qtbot.waitUntil(lambda: table.rowHeight(1) < two_lines)


def test_a_bidi_override_in_a_title_does_not_turn_the_summary_around(qtbot) -> None:  # type: ignore[no-untyped-def]
    # A right-to-left override in a scenario's title ran on over the lines under it: the
    # trainee's line read '1 :deeS eeniart ...'. Markup stays as written.
    sheet = ScoreSheet("s", 1, (), 0, 10, 0.0, 70, False, 0, 0)
    dialog = ScoreSheetDialog(sheet, "<b>Evil</b> \u202eRTL\nline", "Anna\u202e\u2067 de Vries")
    qtbot.addWidget(dialog)
    lines = dialog.summary.text().splitlines()
    assert lines[0] == "<b>Evil</b> RTL line"
    assert lines[1].startswith("Trainee: Anna de Vries    Seed: 1")
    assert not any(c in dialog.summary.text() for c in "\u202e\u2067")


def test_the_window_titles_carry_no_bidi_override(qtbot, window, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # The title bar read '... LLL — Twente Drone Safety Trainer' turned around after the title.
    source = (SCENARIOS / "inspection-fence.yaml").read_text(encoding="utf-8")
    evil = tmp_path / "evil.yaml"
    evil.write_text(
        source.replace("title: Authorised fence inspection", 'title: "Evil \\u202eRTL"'),
        encoding="utf-8",
    )
    window.open_scenario(evil)
    assert window.windowTitle() == "Evil RTL \u2014 Twente Drone Safety Trainer"
    sheet = ScoreSheet("s", 1, (), 0, 10, 0.0, 70, False, 0, 0)
    dialog = ScoreSheetDialog(sheet, "Evil \u202eRTL", "Anna")
    qtbot.addWidget(dialog)
    assert "\u202e" not in dialog.windowTitle()
