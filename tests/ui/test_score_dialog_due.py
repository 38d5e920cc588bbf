"""The end-of-run score sheet shows when each item's response was due and how it was met, in the
words and on the clock of the exported sheet (trainer.scoring.due_text): on the single PC and on
a classroom station, whose sheet comes over the protocol."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication

from tests.conftest import examples
from tests.ui.tooltip_text import shown
from tests.unit.hobby_run import (
    ACKNOWLEDGED,
    CLASSIFIED,
    EXPECTED,
    RADIO,
    hobby_run_sheet,
    position_of,
)
from trainer.classroom import messages as msg
from trainer.classroom.stations import station_sheet
from trainer.i18n import msg as message_of
from trainer.scoring.due import Outcome, due_windows
from trainer.scoring.sheet import Due, ItemCategory, ScoreItem, ScoreSheet, scored
from trainer.ui.score_dialog import (
    DUE,
    GAIN,
    LOSS,
    OUTCOME_COLOURS,
    REASON,
    WIDE_PX,
    ScoreSheetDialog,
)
from trainer.ui.station_sheet import sheet_of

CLOCK_START_S = (14 * 60 + 10) * 60
# In sim time (no local clock known): the track first seen at 70 s, radio informed at 160 s.
SIM_TIME_LINES = {
    ACKNOWLEDGED: "due 1:10–1:40 · on time (done 1:15)",
    RADIO: "due 1:10–2:10 · late (done 2:40)",
    CLASSIFIED: "due 1:10–2:10 · missed",
}


@pytest.fixture(scope="module")
def scored_sheet() -> ScoreSheet:
    return hobby_run_sheet()  # the run the exports' tests play: the same lines, PDF and dialog


def dialog_of(qtbot, sheet: ScoreSheet, clock_start_s: int | None) -> ScoreSheetDialog:  # type: ignore[no-untyped-def]
    dialog = ScoreSheetDialog(sheet, "Exercise", "Sanne", clock_start_s=clock_start_s)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def due_texts(dialog: ScoreSheetDialog) -> dict[int, str]:
    """Row -> the due line, for the rows that have one."""
    table = dialog.table
    if table.columnCount() <= DUE:
        return {}
    return {
        row: cell.text()
        for row in range(table.rowCount())
        if (cell := table.item(row, DUE)) is not None and cell.text()
    }


def test_each_window_is_shown_as_the_pdf_says_it_in_its_outcomes_colour(
    qtbot, scored_sheet: ScoreSheet
) -> None:  # type: ignore[no-untyped-def]
    dialog = dialog_of(qtbot, scored_sheet, CLOCK_START_S)
    table = dialog.table
    assert table.horizontalHeaderItem(DUE).text() == "When due"
    for start, (_, _, outcome, line, _) in EXPECTED.items():
        row = position_of(scored_sheet, start)
        cell = table.item(row, DUE)
        assert cell.text() == line
        assert cell.foreground().color() == OUTCOME_COLOURS[Outcome(outcome)]
        assert start in table.item(row, REASON).text()
    colours = {
        table.item(position_of(scored_sheet, s), DUE).foreground().color().name() for s in EXPECTED
    }
    assert {GAIN.name(), LOSS.name()} < colours and len(colours) == 3  # late: its own colour
    # Only items with a window have a line: one for each of the scorer's windows.
    assert set(due_texts(dialog)) == {w.position for w in due_windows(scored_sheet)}
    assert dialog.clock_note.isVisible()
    assert "(14:10 at the run's start)" in dialog.clock_note.text()
    assert table.horizontalScrollBar().maximum() == 0  # the column fits beside the reasons
    assert dialog.width() == WIDE_PX  # on the tests' 1920 x 1080 screen


def test_without_the_scenarios_clock_the_lines_are_in_sim_time(
    qtbot, scored_sheet: ScoreSheet
) -> None:  # type: ignore[no-untyped-def]
    dialog = dialog_of(qtbot, scored_sheet, None)
    for start, line in SIM_TIME_LINES.items():
        assert dialog.table.item(position_of(scored_sheet, start), DUE).text() == line
    assert not dialog.clock_note.isVisible()  # no clock to explain


def test_a_sheet_without_windows_shows_no_due_column(qtbot) -> None:  # type: ignore[no-untyped-def]
    # A sheet scored before windows were kept, and a penalty: neither has a window.
    older = ScoreItem(10, 10, ItemCategory.EXPECTED, "+10 acknowledged track T001", "i", 75.0, 1)
    penalty = ScoreItem(-10, 0, ItemCategory.PENALTY, "-10 classified T002 as bird", None, 90.0, 2)
    sheet = ScoreSheet("s", 7, (older, penalty), 0, 10, 0.0, 70, False, 0, 0)
    dialog = dialog_of(qtbot, sheet, CLOCK_START_S)
    assert dialog.table.columnCount() == 4 and due_texts(dialog) == {}
    assert not dialog.clock_note.isVisible()


def test_the_penalties_beside_windows_have_no_line(qtbot, scored_sheet: ScoreSheet) -> None:  # type: ignore[no-untyped-def]
    penalty = ScoreItem(-5, 0, ItemCategory.PENALTY, "-5 suspended operations too early", None, 9.0)
    sheet = ScoreSheet(
        "s", 7, (*scored_sheet.items, penalty), 0, scored_sheet.maximum, 0.0, 70, False, 0, 0
    )
    dialog = dialog_of(qtbot, sheet, CLOCK_START_S)
    assert dialog.table.item(len(sheet.items) - 1, DUE) is None
    assert len(due_texts(dialog)) == len(due_windows(scored_sheet))


@pytest.mark.usefixtures("dutch_windows")
def test_the_lines_speak_dutch(qtbot, scored_sheet: ScoreSheet) -> None:  # type: ignore[no-untyped-def]
    dialog = dialog_of(qtbot, scored_sheet, CLOCK_START_S)
    assert dialog.table.horizontalHeaderItem(DUE).text() == "Wanneer verwacht"
    for start, (*_, dutch) in EXPECTED.items():
        assert dialog.table.item(position_of(scored_sheet, start), DUE).text() == dutch
    assert "14:10" in dialog.clock_note.text() and "lokale" in dialog.clock_note.text()


def test_hostile_words_in_what_was_expected_stay_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    track = "<img src=x onerror=alert(1)>&amp;<b>T9</b>"
    expected = message_of("did.acknowledge", track=track)
    label = message_of("clock.zone_entry", zone="<i>ATZ</i>")
    reason = message_of("reason.never", of=10, action=expected, window=30, label=label, due=70.0)
    item = scored(0, 10, ItemCategory.MISSED, reason, "i", None, None, Due(70.0, 30.0, expected))
    sheet = ScoreSheet("s", 7, (item,), 0, 10, 0.0, 70, False, 0, 0)
    dialog = dialog_of(qtbot, sheet, None)
    cell = dialog.table.item(0, DUE)
    assert cell.text() == "due 1:10–1:40 · missed"
    tooltip = cell.toolTip()  # rich text: the track's words escaped, shown as written
    assert "<img" not in tooltip and "<b>T9" not in tooltip
    assert "&lt;img src=x onerror=alert(1)&gt;&amp;amp;&lt;b&gt;T9&lt;/b&gt;" in tooltip
    assert tooltip.startswith("<b>acknowledged track &lt;img")
    assert shown(tooltip) == f"acknowledged track {track}\ndue 1:10–1:40 · missed"
    reason_cell = dialog.table.item(0, REASON)
    assert reason_cell.text() == item.reason and "<img src=x" in item.reason  # text, as written
    assert "<img" not in reason_cell.toolTip() and shown(reason_cell.toolTip()) == item.reason


# -- a classroom station's sheet ---------------------------------------------------------------


def test_the_released_sheet_carries_each_window_over_the_protocol(
    qtbot, scored_sheet: ScoreSheet
) -> None:  # type: ignore[no-untyped-def]
    wire = msg.encode(station_sheet(scored_sheet))
    received = msg.decode_console(wire)
    assert isinstance(received, msg.Sheet)
    shown = sheet_of(received, scored_sheet.seed)
    ours = [(w.position, w.due, w.outcome, w.done_s) for w in due_windows(scored_sheet)]
    theirs = [(w.position, w.due, w.outcome, w.done_s) for w in due_windows(shown)]
    assert theirs == ours and len(ours) >= 3
    assert all(item.incident is None for item in shown.items)  # never the answer key's ids
    incidents = {i.incident for i in scored_sheet.items if i.incident}
    assert incidents and not any(i.encode() in wire for i in incidents)
    # The station's dialog, on the exercise's clock the welcome gave it.
    dialog = dialog_of(qtbot, shown, CLOCK_START_S)
    for start, (*_, line, _) in EXPECTED.items():
        assert dialog.table.item(position_of(shown, start), DUE).text() == line


def test_an_older_consoles_sheet_shows_no_windows(qtbot, scored_sheet: ScoreSheet) -> None:  # type: ignore[no-untyped-def]
    released = station_sheet(scored_sheet)
    bare = [
        msg.SheetItem(i.points, i.max_points, i.category, i.reason, i.time_s, i.reason_message)
        for i in released.items
    ]
    received = msg.decode_console(msg.encode(msg.Sheet(**{
        **{f: getattr(released, f) for f in released.__struct_fields__}, "items": bare
    })))  # fmt: skip
    assert isinstance(received, msg.Sheet)
    dialog = dialog_of(qtbot, sheet_of(received, 1), CLOCK_START_S)
    assert due_texts(dialog) == {} and dialog.table.rowCount() == len(scored_sheet.items)


def test_a_window_that_does_not_read_is_left_out(qtbot) -> None:  # type: ignore[no-untyped-def]
    # A newer console's message key, or half a window: the item is shown, without a line.
    items = [
        msg.SheetItem(10, 10, "expected", "+10 done", 75.0, None, 70.0, 30.0, '{"key": "new"}', 1),
        msg.SheetItem(10, 10, "expected", "+10 done", 75.0, None, 70.0, None, None, 1),
    ]
    released = msg.Sheet(20, 20, 100.0, 70, True, 0, 0, None, items)
    shown = sheet_of(msg.decode_console(msg.encode(released)), 1)  # type: ignore[arg-type]
    assert [item.due for item in shown.items] == [None, None]
    assert due_texts(dialog_of(qtbot, shown, None)) == {}


ANY_FLOAT = st.none() | st.floats(allow_nan=True, allow_infinity=True)
EXPECTED_JSON = st.sampled_from(
    [message_of("did.inform_radio").to_json(), '{"key": "did.acknowledge"}', "{", "", "null"]
)


@settings(max_examples=examples(60), deadline=None)
@given(
    time_s=ANY_FLOAT,
    start=ANY_FLOAT,
    window=ANY_FLOAT,
    expected=st.none() | EXPECTED_JSON | st.text(max_size=40),
    sequence=st.none() | st.integers(-(2**63), 2**63 - 1),
)
def test_whatever_a_console_sends_the_sheet_opens(
    qapp: QApplication,
    time_s: float | None,
    start: float | None,
    window: float | None,
    expected: str | None,
    sequence: int | None,
) -> None:
    # A console's bug (or another program on the port) must not stop the trainee's sheet: a
    # window that does not read is left out, the rest of the item shown.
    item = msg.SheetItem(
        0, 10, "expected", "0/10 x", time_s, None, start, window, expected, sequence
    )
    received = msg.decode_console(msg.encode(msg.Sheet(0, 10, 0.0, 70, False, 0, 0, None, [item])))
    assert isinstance(received, msg.Sheet)
    shown = sheet_of(received, 1)
    dialog = ScoreSheetDialog(shown, "Exercise", "Sanne", clock_start_s=CLOCK_START_S)
    dialog.deleteLater()
    readable = expected == message_of("did.inform_radio").to_json()
    whole = all(v is not None and math.isfinite(v) and v >= 0 for v in (start, window))
    assert (shown.items[0].due is not None) == (readable and whole)
    lines = due_texts(dialog)
    assert (lines != {}) == (readable and whole)
    if lines:
        # 0 of 10 points: late when the action it judged came after the window closed (too
        # late to earn anything, trainer.scoring.due.Outcome.LATE), else missed, with
        # "(done ..., did not count)" when an action was judged.
        assert start is not None and window is not None
        acted_late = (
            sequence is not None
            and time_s is not None
            and math.isfinite(time_s)
            and time_s > start + window + 1e-6
        )
        assert lines[0].startswith("due ")
        assert (" · late" if acted_late else " · missed") in lines[0], lines[0]
