"""The debrief shows when each expected response was due: a band per window on the timeline,
coloured by how the trainee met it, with what was due and what was done on hover."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from tests.conftest import SCENARIOS, examples
from trainer.i18n import msg
from trainer.launch import Workspace
from trainer.records import Repository, open_database
from trainer.replay import Replay, load_replay
from trainer.scoring.action_file import PlannedAction, ScriptedTrainee
from trainer.scoring.due import DueWindow, Outcome, due_windows
from trainer.scoring.protocol import ActionKind
from trainer.scoring.sheet import Due, ItemCategory, ScoreItem
from trainer.sim.events import EventKind
from trainer.training_run import run_headless
from trainer.ui.debrief_due import (
    MAX_LABEL_PX,
    MAX_LANES_PX,
    OUTCOME_COLOURS,
    DueLanes,
    WindowBand,
    band_tooltip,
    lane_label,
)
from trainer.ui.debrief_moments import ITEM_ROLE
from trainer.ui.debrief_window import DebriefWindow
from trainer.ui.panels.alerts import clock_text

HOSTILE = "<b>bold</b> & <script>alert(1)</script>"

# The bundled scenario, its close-the-incident clock moved to an event that never happens (the
# response is never expected: no band), and an author's label with markup in it.
CLOSE_ON_LANDING = "kind: close_incident\n          clock: {kind: drone_event, event: landed}"
CLOSE_NEVER = "kind: close_incident\n          clock: {kind: drone_event, event: battery_empty}"
RADIO_LABEL = "label: first detection inside the ATZ"


def scenario_copy(folder: Path) -> Path:
    text = (SCENARIOS / "hobby-drone-approach-23.yaml").read_text(encoding="utf-8")
    assert CLOSE_ON_LANDING in text and RADIO_LABEL in text
    text = text.replace(CLOSE_ON_LANDING, CLOSE_NEVER)
    text = text.replace(RADIO_LABEL, f"label: {HOSTILE!r}".replace("'", '"'))
    copy = folder / "hobby-due.yaml"
    copy.write_text(text, encoding="utf-8")
    return copy


def recorded_replay(folder: Path, planned: list[PlannedAction]) -> Replay:
    workspace = Workspace()
    prepared = workspace.prepare(scenario_copy(folder))
    repository = Repository(open_database(folder / "records.sqlite"))
    run_id = run_headless(prepared, ScriptedTrainee(planned), recorder=repository).run_id
    assert run_id is not None
    return load_replay(repository, run_id, workspace)


def first_detection(replay: Replay) -> float:
    return next(
        e.time_s
        for e in replay.events
        if e.kind is EventKind.TRACK_STARTED and e.drone == "hobby-1"
    )


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Replay:
    """Acknowledged in time, Twente Radio informed 30 s after its window closed, never
    classified as a drone (called a bird instead: a penalty, which has no window)."""
    planned = [
        PlannedAction(1, 75.0, ActionKind.ACKNOWLEDGE, "T001"),
        PlannedAction(2, 90.0, ActionKind.CLASSIFY, "T001", {"classification": "bird"}),
        PlannedAction(3, 160.0, ActionKind.INFORM_RADIO),
    ]
    return recorded_replay(tmp_path_factory.mktemp("due"), planned)


@pytest.fixture(scope="module")
def ended_early(tmp_path_factory: pytest.TempPathFactory) -> Replay:
    """The instructor ended the run at 3:20, before the drone reached the approach."""
    planned = [
        PlannedAction(1, 75.0, ActionKind.ACKNOWLEDGE, "T001"),
        PlannedAction(2, 200.0, None),
    ]
    return recorded_replay(tmp_path_factory.mktemp("due-ended"), planned)


def band_named(window: DebriefWindow, words: str) -> WindowBand:
    assert window.due_lanes is not None
    found = [b for b in window.due_lanes.bands if b.due_window.due.expected.text() == words]
    assert len(found) == 1, [b.due_window.due.expected.text() for b in window.due_lanes.bands]
    return found[0]


def plain(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def test_late_missed_and_met_responses_show_as_three_bands_with_their_times(
    mixed: Replay, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = DebriefWindow(mixed, "Sanne")
    qtbot.addWidget(window)
    seen = first_detection(mixed)
    met = band_named(window, "acknowledged track T001 or T002")
    late = band_named(window, "informed Twente Radio")
    missed = band_named(window, "classified T001 or T002 as drone")
    for band, outcome, window_s in (
        (met, Outcome.MET, 30.0),
        (late, Outcome.LATE, 60.0),
        (missed, Outcome.MISSED, 60.0),
    ):
        assert band.due_window.outcome is outcome
        assert (band.rect().left(), band.rect().width()) == pytest.approx((seen, window_s))
        assert band.brush().color().rgb() == OUTCOME_COLOURS[outcome].rgb()
    assert len({b.lane for b in window.due_lanes.bands}) == len(window.due_lanes.bands)  # type: ignore[union-attr]

    tip = plain(met.toolTip())
    assert f"Due {clock_text(seen)} to {clock_text(seen + 30)} (window 30 s)" in tip
    assert "On time: done at 00:01:15" in tip and "+10 of 10 points" in tip
    tip = plain(late.toolTip())
    assert f"Due {clock_text(seen)} to {clock_text(seen + 60)} (window 60 s)" in tip
    late_s = round(160.0 - (seen + 60), 1)
    assert f"Late: done at 00:02:40, {late_s:g} s after the window closed" in tip
    assert "of 20 points" in tip and "Incident: hobby-in-approach" in tip
    tip = plain(missed.toolTip())
    assert "Missed: not done in the run" in tip and "0 of 10 points" in tip
    # The trainee's actions sit on their lanes; the late one is tied to its window's close.
    x, _ = window.due_lanes.done_marks.getData()  # type: ignore[union-attr]
    assert {75.0, 160.0} <= set(x)
    lx, _ = window.due_lanes.late_lines.getData()  # type: ignore[union-attr]
    assert list(lx) == pytest.approx([seen + 60, 160.0])


def test_a_response_never_expected_has_no_band(mixed: Replay, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = DebriefWindow(mixed, "Sanne")
    qtbot.addWidget(window)
    assert mixed.sheet is not None and window.due_lanes is not None
    shown = {b.due_window.position for b in window.due_lanes.bands}
    items = mixed.sheet.items
    never = next(i for i, item in enumerate(items) if "closed the incident" in item.reason)
    assert "not due" in mixed.sheet.items[never].reason  # its clock never started
    penalty = next(
        i for i, item in enumerate(mixed.sheet.items) if item.category is ItemCategory.PENALTY
    )
    assert never not in shown and penalty not in shown
    assert shown == {i for i, item in enumerate(mixed.sheet.items) if item.due is not None}
    texts = [b.due_window.due.expected.text() for b in window.due_lanes.bands]
    assert not any("closed the incident" in t for t in texts)


def test_clicking_a_band_goes_to_its_opening_and_a_moment_outlines_its_band(
    mixed: Replay, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = DebriefWindow(mixed, "Sanne")
    qtbot.addWidget(window)
    window.resize(1500, 950)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(20)  # the lanes take their size and range
    lanes = window.due_lanes
    assert lanes is not None
    late = band_named(window, "informed Twente Radio")
    window.seek(400.0)
    centre = lanes.mapFromScene(late.mapToScene(late.rect().center()))
    qtbot.mouseClick(lanes.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    seen = first_detection(mixed)
    assert window.time_s == pytest.approx(seen)
    current = window.moments.currentItem()
    assert current.text() == f"{clock_text(seen)}  Due: informed Twente Radio, within 60 s " + (
        f"(until {clock_text(seen + 60)})"
    )
    assert current.data(ITEM_ROLE) == late.due_window.position
    assert late.pen().color() == Qt.GlobalColor.white and late.zValue() > 1
    assert lanes.playhead.value() == pytest.approx(seen)
    # Clicking the sheet's line about Twente Radio outlines the same band, and only it.
    row = next(
        r
        for r in range(window.moments.count())
        if window.moments.item(r).text().startswith("00:02:40  +")
    )
    met = band_named(window, "acknowledged track T001 or T002")
    met.set_highlighted(True)
    window.moments.itemClicked.emit(window.moments.item(row))
    assert window.time_s == pytest.approx(160.0)
    assert late.pen().color() == Qt.GlobalColor.white
    assert met.pen().color() != Qt.GlobalColor.white
    # An action has no band: nothing stays outlined.
    texts = [window.moments.item(r).text() for r in range(window.moments.count())]
    action = next(r for r, text in enumerate(texts) if "#1 " in text)
    window.moments.itemClicked.emit(window.moments.item(action))
    assert all(b.pen().color() != Qt.GlobalColor.white for b in lanes.bands)


def test_a_run_ended_early_shows_the_windows_it_never_reached_as_not_applicable(
    ended_early: Replay, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window = DebriefWindow(ended_early, "Sanne")
    qtbot.addWidget(window)
    assert ended_early.sheet is not None and ended_early.sheet.ended_at_s == pytest.approx(200.0)
    suspend = band_named(window, "suspended runway operations")
    assert suspend.due_window.outcome is Outcome.NOT_APPLICABLE
    assert suspend.due_window.due.start_s > 200.0
    assert "Not applicable: due after the run ended at 00:03:20" in plain(suspend.toolTip())
    # ... though the sheet counts it as missed: the run was not seen through.
    assert suspend.due_window.item.category is ItemCategory.MISSED
    # A window that opened before the end and was left undone is missed.
    radio = band_named(window, "informed Twente Radio")
    assert radio.due_window.outcome is Outcome.MISSED
    # The timeline reaches far enough to show the windows after the end.
    _, right = window.timeline.getPlotItem().getViewBox().viewRange()[0]
    assert right >= suspend.due_window.due.end_s > ended_early.duration_s


def test_names_with_markup_are_shown_as_text_in_the_tooltip(mixed: Replay, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = DebriefWindow(mixed, "<b>Sanne</b>")
    qtbot.addWidget(window)
    late = band_named(window, "informed Twente Radio")
    tip = late.toolTip()
    assert "<script>" not in tip and "&lt;script&gt;" in tip
    assert HOSTILE in plain(tip)  # the author's label, as written


WORDS = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=40)


@settings(
    max_examples=examples(60),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(words=WORDS, incident=WORDS, reason=WORDS)
def test_any_text_in_a_tooltip_stays_text(qapp, words: str, incident: str, reason: str) -> None:  # type: ignore[no-untyped-def]
    expected = msg("words.authored", en=words, nl=words)
    item = ScoreItem(0, 10, ItemCategory.MISSED, reason, incident, 70.0, None, None)
    window = DueWindow(0, item, Due(70.0, 30.0, expected), Outcome.MISSED)
    tip = band_tooltip(window)
    ours = re.sub(r"</?(b|i|br)>", "", tip)
    assert "<" not in ours and ">" not in ours  # every other angle bracket was escaped
    shown = plain(tip)
    for text in (words, incident, reason):
        assert " ".join(text.split()) in " ".join(shown.split())


def test_the_band_speaks_dutch(mixed: Replay, qtbot, dutch_windows) -> None:  # type: ignore[no-untyped-def]
    window = DebriefWindow(mixed, "Sanne")
    qtbot.addWidget(window)
    late = band_named(window, "Twente Radio geïnformeerd")
    tip = plain(late.toolTip())
    assert "Verwacht van" in tip and "Te laat: gedaan om 00:02:40" in tip
    texts = [window.moments.item(r).text() for r in range(window.moments.count())]
    assert any("Verwacht: Twente Radio geïnformeerd, binnen 60 s" in t for t in texts)


def test_a_sheet_from_before_windows_gets_them_from_its_scenario_file(mixed: Replay, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A record of schema 4 keeps no windows: its debrief works them out, and says so (see
    test_debrief_old_sheets for records really written at schema 4)."""
    assert mixed.sheet is not None
    old = replace(mixed.sheet, items=tuple(replace(i, due=None) for i in mixed.sheet.items))
    window = DebriefWindow(replace(mixed, sheet=old), "Sanne")
    qtbot.addWidget(window)
    assert window.due_lanes is not None
    assert [(w.position, w.due, w.outcome) for w in window.windows] == [
        (w.position, w.due, w.outcome) for w in due_windows(mixed.sheet)
    ]
    assert "worked out from the scenario file" in window.lanes_legend.text()
    current = DebriefWindow(mixed, "Sanne")
    qtbot.addWidget(current)
    assert "worked out" not in current.lanes_legend.text()


def test_a_swarm_of_windows_keeps_a_lane_each_within_the_room_given(qtbot) -> None:  # type: ignore[no-untyped-def]
    """swarm-24 asks 22 responses: each keeps its own lane, the lanes fit in the room they are
    given and their names stay as wide as the cap allows."""
    windows = [
        DueWindow(
            n,
            ScoreItem(0, 5, ItemCategory.EXPECTED, "r", "swarm", 90.0 + n, None, None),
            Due(90.0 + n, 60.0, msg("did.acknowledge", track=f"T{n:03d} or T{n + 30:03d}" * 3)),
            Outcome.MISSED,
        )
        for n in range(22)
    ]
    lanes = DueLanes(windows)
    qtbot.addWidget(lanes)
    assert sorted(b.lane for b in lanes.bands) == list(range(22))
    assert lanes.preferred_height() <= MAX_LANES_PX
    assert lanes.label_width() <= MAX_LABEL_PX  # long names are cut, not the plot
    assert all(label.endswith("\u2026") for label in map(lane_label, windows))


def test_the_item_under_review_outlines_its_band(mixed: Replay, qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    repository = Repository(open_database(tmp_path / "r.sqlite"))
    window = DebriefWindow(mixed, "Sanne", repository=repository)
    qtbot.addWidget(window)
    assert window.review is not None and window.due_lanes is not None
    late = band_named(window, "informed Twente Radio")
    window.review.table.setCurrentCell(late.due_window.position, 3)
    assert late.pen().color() == Qt.GlobalColor.white
    penalty = next(
        i
        for i, item in enumerate(mixed.sheet.items)
        if item.category is ItemCategory.PENALTY  # type: ignore[union-attr]
    )
    window.review.table.setCurrentCell(penalty, 3)
    assert all(b.pen().color() != Qt.GlobalColor.white for b in window.due_lanes.bands)
