"""A station offline at the end of a class exercise: what its trainee did while it was away
reaches the console when it is back, and counts; nothing made after the end does."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from tests.classroom.conftest import Class
from tests.classroom.test_failures import recorded, running_class, settled
from trainer.classroom import messages as msg
from trainer.classroom.station import StationLink
from trainer.classroom.station_bot import RecordedTruth, run_scripted_station
from trainer.records import RunStatus
from trainer.scoring.bots import make_bot
from trainer.scoring.protocol import ActionKind
from trainer.scoring.scorer import score

pytestmark = pytest.mark.slow


def offline(link: StationLink) -> None:
    """The network goes: the station keeps what its trainee does in its outbox, unsent."""
    link.socket.close()
    link.welcome = None


def back(group: Class, link: StationLink) -> StationLink:
    again = StationLink(group.endpoint, group.console.code, link.trainee,
                        station_id=link.station_id, outbox=group.tmp / "ilse.out")  # fmt: skip
    group.links[link.trainee] = again
    return again


def test_responses_made_offline_count_when_the_station_is_back_after_the_end(
    a_class: Callable[..., Class],
) -> None:
    group, link = running_class(a_class)
    seen_at = link.picture.time_s if link.picture else 0.0
    link.act(ActionKind.ACKNOWLEDGE, seen_at, "T001")
    group.pump_until(lambda: settled(link))
    offline(link)
    link.act(ActionKind.CLASSIFY, seen_at + 2, "T001", {"classification": "drone"})
    link.act(ActionKind.IDENTIFY, seen_at + 3, "T001", {"identity": "authorised"})
    group.pump_until(lambda: group.console.engine.time_s > seen_at + 5)
    group.console.end()
    group.console.release_sheets()  # while the station is away
    station = next(iter(group.console.stations.values()))
    at_the_end = station.sheet
    assert at_the_end is not None

    again = back(group, link)

    def has_the_final_sheet() -> bool:
        """Both late actions acknowledged, and the sheet scored with both has reached the
        station (one scored with the first alone may come first, when they arrive apart)."""
        runs = group.repository.runs(session_id=group.session_id)
        stored = group.repository.sheet(runs[0].id) if runs else None
        return (settled(again) and station.late_actions == 2 and again.sheet is not None
                and stored is not None and again.sheet.total == stored.total)  # fmt: skip

    group.pump_until(has_the_final_sheet)

    assert recorded(group) == [("acknowledge", "T001"), ("classify", "T001"),
                               ("identify", "T001")]  # fmt: skip
    assert again.not_recorded == []  # taken, not turned away
    assert station.late_actions == 2
    run = group.repository.runs(session_id=group.session_id)[0]
    assert run.status == RunStatus.ABORTED  # still the run that ended early, at its end
    assert run.sim_time_s == pytest.approx(group.console.engine.time_s)
    # The sheet on the record is the one the scorer gives the record: rescoring agrees.
    stored = group.repository.sheet(run.id)
    assert stored is not None and stored.total > at_the_end.total
    again_scored = score(group.console.prepared.scenario, group.repository.events(run.id),
                         group.repository.actions(run.id), seed=run.seed,
                         run_end_s=run.sim_time_s)  # fmt: skip
    assert again_scored.total == stored.total and again.sheet.total == stored.total
    # Each late action kept the time it was made, not the time it arrived.
    times = [a.sim_time_s for a in group.repository.actions(run.id)]
    assert times[1:] == [pytest.approx(seen_at + 2), pytest.approx(seen_at + 3)]


def test_a_late_response_is_taken_once_whatever_the_resends(
    a_class: Callable[..., Class],
) -> None:
    group, link = running_class(a_class)
    offline(link)
    link.act(ActionKind.ACKNOWLEDGE, 1.0, "T001")
    group.console.end()
    again = back(group, link)
    group.pump_until(lambda: settled(again))
    again._send_waiting()  # an old resend, and a station started yet again
    for _ in range(20):
        group.console.pump(timeout_ms=5)
    third = back(group, again)
    group.pump_until(lambda: settled(third))
    assert recorded(group) == [("acknowledge", "T001")]
    assert next(iter(group.console.stations.values())).late_actions == 1


def test_a_station_away_at_the_end_with_nothing_to_send_changes_nothing(
    a_class: Callable[..., Class],
) -> None:
    group, link = running_class(a_class)
    link.act(ActionKind.ACKNOWLEDGE, 1.0, "T001")
    group.pump_until(lambda: settled(link))
    offline(link)
    group.console.end()
    run = group.repository.runs(session_id=group.session_id)[0]
    before = group.repository.sheet(run.id)
    again = back(group, link)
    group.pump_until(lambda: settled(again))
    for _ in range(20):
        group.console.pump(timeout_ms=5)
    assert group.repository.sheet(run.id) == before
    assert next(iter(group.console.stations.values())).late_actions == 0


def test_a_scripted_station_stays_for_its_late_response_and_the_sheet_scored_with_it(
    a_class: Callable[..., Class],
) -> None:
    """A response on its way as the run ends reaches the console after the sheets went out:
    recorded late, acknowledged, and the sheet sent again. The scripted station (`station
    --bot`) stayed only for the first sheet and ended with the response unacknowledged."""
    group, link = running_class(a_class)
    group.pump_until(lambda: group.console.engine.time_s > 12.0)
    link.act(ActionKind.ACKNOWLEDGE, 12.0, "T001")  # sent, not yet read by the console
    group.console.end()
    group.console.release_sheets()
    first = _pumped_alone_until(link, lambda: link.sheet is not None)
    assert link.unacknowledged == 1 and first.total == 0  # the sheet without the response

    # The station pumps, the console too (one thread: the console is pumped with it).
    pump_station = link.pump

    def pump_both(timeout_ms: int = 0) -> list[object]:
        group.console.pump()
        return list(pump_station(timeout_ms))

    link.pump = pump_both  # type: ignore[method-assign]
    scenario = group.console.prepared.scenario
    result = run_scripted_station(link, make_bot("idle", scenario),
                                  lambda seed: RecordedTruth([]), timeout_s=30)  # fmt: skip
    assert result.unacknowledged == 0 and link.not_recorded == []
    assert recorded(group) == [("acknowledge", "T001")]
    stored = group.repository.sheet(group.repository.runs(session_id=group.session_id)[0].id)
    assert stored is not None and stored.total > 0
    assert link.sheet is not None and link.sheet.total == stored.total


def _pumped_alone_until(link: StationLink, done: Callable[[], bool]) -> msg.Sheet:
    deadline = time.monotonic() + 30
    while not done():
        assert time.monotonic() < deadline
        link.pump(timeout_ms=10)
    assert link.sheet is not None
    return link.sheet
