"""The class console's live score of a trainee: mid-exercise what has not happened yet is
pending ("not due yet"); once the exercise has ended, the sheet on the record with its verdicts."""

from __future__ import annotations

from collections.abc import Callable

from tests.classroom.conftest import Class
from tests.classroom.test_joining import a_station
from trainer.scoring.reasons import reason_text
from trainer.ui.console_rows import LiveScores


def reasons(scores: LiveScores, station_id: str) -> list[str]:
    sheet = scores.sheets[station_id]
    assert sheet is not None
    return [reason_text(item) for item in sheet.items]


def test_mid_exercise_unseen_drones_are_not_due_yet_and_at_the_end_the_verdict_shows(
    a_class: Callable[..., Class],
) -> None:
    group = a_class(speed=1.0)
    link = a_station(group, "Sanne de Vries")
    group.console.start()
    group.console.pause()  # a second in at most: no drone has been tracked yet
    assert group.console.engine.time_s < 5
    scores = LiveScores()
    scores.refresh(group.console)
    live = reasons(scores, link.station_id)
    # Was "0/0 acknowledged the track: not due, no track of it appeared in this run".
    assert live[0] == "0/0 acknowledged the track: not due yet, no track of it so far"
    assert all("not due yet" in line for line in live), live
    group.console.end()
    scores.refresh(group.console)
    final = reasons(scores, link.station_id)
    assert final[0].startswith("0/10 acknowledged the track: run ended at 0:0")
    assert not any("not due yet" in line for line in final), final
