"""The debrief's score dots and moments lines follow the instructor's override as the bands
do (trainer.scoring.due.judged), say that it was overridden, and keep the scorer's result in
their hover text; clearing the override gives the computed ones back."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_debrief_due import band_named, plain
from tests.ui.test_debrief_due_review import played, recorded  # noqa: F401  (fixtures)
from trainer.records import Repository
from trainer.records.counted_score import counted_score, override_line
from trainer.records.models import ItemReview
from trainer.replay import Replay
from trainer.scoring.sheet import ItemCategory, ScoreItem, ScoreSheet
from trainer.ui.debrief_moments import LIST_COLOURS
from trainer.ui.debrief_scores import DOT_COLOURS, ScoreMarks, score_results
from trainer.ui.debrief_window import DebriefWindow

CLASSIFIED = "classified T001 or T002 as drone"


def dot(window: DebriefWindow, position: int) -> tuple[int, Qt.PenStyle]:
    """The colour and the outline of the item's dot on the timeline."""
    [spot] = [s for s in window.score_marks.points() if s.data() == position]
    return spot.brush().color().rgb(), spot.pen().style()


def line(window: DebriefWindow, position: int) -> tuple[str, int, str]:
    """The item's line in the moments list: its text, colour and (plain) tooltip."""
    entry = window.moments.score_rows[position]
    return entry.text(), entry.foreground().color().rgb(), plain(entry.toolTip())


def test_an_override_turns_the_dot_and_the_line_and_clearing_it_turns_them_back(
    recorded: tuple[Replay, Repository],  # noqa: F811
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    replay, repository = recorded
    window = DebriefWindow(replay, "Sanne", repository=repository)
    qtbot.addWidget(window)
    assert window.review is not None
    position = band_named(window, CLASSIFIED).due_window.position
    item = replay.sheet.items[position] if replay.sheet else None
    assert item is not None and item.points == 0 and item.time_s is not None
    computed_text, computed_colour, computed_tip = line(window, position)
    assert computed_text.endswith(computed_tip)  # the reason, as the sheet words it
    assert computed_colour == LIST_COLOURS["none"].rgb()
    assert dot(window, position) == (DOT_COLOURS["none"].rgb(), Qt.PenStyle.NoPen)

    assert window.review.set_review(position, override="10", note="Said it on the radio")
    text, colour, tip = line(window, position)
    assert text.split("  ", 1)[1].startswith("+10 ")
    assert "overridden by the instructor: on time (computed: 0, missed)" in text
    assert colour == LIST_COLOURS["gain"].rgb()
    assert "Instructor: 10 points instead of 0. Said it on the radio" in tip
    assert f"Computed: {computed_tip}" in tip  # the scorer's reason, with its points
    assert "Computed: Missed: not done in the run" in tip
    brush, pen = dot(window, position)
    assert brush == DOT_COLOURS["gain"].rgb() and pen != Qt.PenStyle.NoPen  # ringed
    # Drawn last: the items due at the same time (grey, 0 points) do not hide it.
    assert window.score_marks.points()[-1].data() == position
    hover = window.score_marks.tip_text(position)
    assert "overridden by the instructor" in hover and "Computed:" in hover
    # The header adds the total the overrides make, as the exported sheet does.
    assert replay.sheet is not None
    total = plain(window.header.text())
    assert f"With the instructor's overrides: {replay.sheet.total + 10:g} of" in total
    counted = counted_score(replay.sheet, {position: review_of(position, 10.0)})
    assert override_line(counted) in total  # with its percent and result, as the PDF says it
    assert f"{counted.percent:.1f} %, {'passed' if counted.passed else 'failed'}" in total
    # The band says the same, by the same rule.
    assert band_named(window, CLASSIFIED).due_window.outcome.value == "met"

    assert window.review.set_review(position, override="", note="Said it on the radio")
    text, colour, tip = line(window, position)
    assert text == computed_text and colour == computed_colour
    assert "overridden" not in text and "Computed" not in tip
    assert "Instructor: Said it on the radio" in tip  # the note stays, beside the computed
    assert dot(window, position) == (DOT_COLOURS["none"].rgb(), Qt.PenStyle.NoPen)
    assert "overrides" not in plain(window.header.text())


def test_a_debrief_opened_later_shows_the_overrides_made_before(
    recorded: tuple[Replay, Repository],  # noqa: F811
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    replay, repository = recorded
    met = next(n for n, i in enumerate(replay.sheet.items if replay.sheet else ()) if i.points > 0)
    repository.review_item(replay.run.id, met, override_points=0, note="Wrong track")
    window = DebriefWindow(replay, "Sanne", repository=repository)
    qtbot.addWidget(window)
    text, colour, _ = line(window, met)
    assert "overridden by the instructor" in text and colour == LIST_COLOURS["none"].rgb()
    assert dot(window, met)[0] == DOT_COLOURS["none"].rgb()
    # Without the record (no Review tab) the debrief shows the sheet as scored.
    bare = DebriefWindow(replay, "Sanne")
    qtbot.addWidget(bare)
    assert "overridden" not in line(bare, met)[0]


def overridden_penalty() -> tuple[ScoreMarks, str]:
    penalty = ScoreItem(-30, 0, ItemCategory.PENALTY, "-30 suspended runway operations needlessly",
                        time_s=200.0)  # fmt: skip
    sheet = ScoreSheet("x", 1, (penalty,), -30, 0, 0, 70, False, 0, 0)
    review = ItemReview(1, 0, penalty.reason, -10.0, "", "2026-01-01T00:00:00")
    [result] = score_results(sheet, [], {0: review})
    assert result.points == -10 and result.tone == "loss" and result.window is None
    return ScoreMarks([result], 1000.0), result.text()


def test_an_overridden_penalty_without_a_window_says_so(qapp: object) -> None:
    marks, text = overridden_penalty()
    assert text == (
        "-10 suspended runway operations needlessly · overridden by the instructor (computed: -30)"
    )
    assert marks.tip_text(0).splitlines()[1:] == [
        "Instructor: -10 points instead of -30.",
        "Computed: -30 suspended runway operations needlessly",
    ]


def test_in_dutch_too(dutch_windows: None) -> None:
    marks, text = overridden_penalty()
    assert "aangepast door de instructeur (berekend: -30)" in text
    assert "Instructeur: -10 punten in plaats van -30." in marks.tip_text(0)
    assert "Berekend: " in marks.tip_text(0)


def test_a_late_response_given_full_points_loses_its_late_line_and_reads_on_time(
    recorded: tuple[Replay, Repository],  # noqa: F811
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    replay, repository = recorded
    window = DebriefWindow(replay, "Sanne", repository=repository)
    qtbot.addWidget(window)
    assert window.review is not None and window.due_lanes is not None
    position = band_named(window, "informed Twente Radio").due_window.position
    lines = window.due_lanes.late_lines
    assert len(lines.getData()[0]) == 2  # from the window's close to the call

    assert window.review.set_review(position, override="5")  # fewer points: still late
    assert len(lines.getData()[0]) == 2
    assert "overridden by the instructor: late" in line(window, position)[0]

    assert window.review.set_review(position, override="20")
    assert lines.getData()[0] is None or len(lines.getData()[0]) == 0
    text, colour, tip = line(window, position)
    assert "+20 " in text and "overridden by the instructor: on time" in text
    assert colour == LIST_COLOURS["gain"].rgb()
    assert "(computed: +16.7, late)" in text
    assert "Computed: Late: done at 00:02:40" in tip

    assert window.review.set_review(position, override="")
    assert len(lines.getData()[0]) == 2


def review_of(position: int, points: float) -> ItemReview:
    return ItemReview(1, position, "", points, "", "")
