"""Joining a class as trainees really do it: the code as the banner shows it, a name already
in the class, a station that left before the start."""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from tests.classroom.conftest import Class
from trainer.classroom.console import ClassConsole
from trainer.classroom.station import StationLink
from trainer.classroom.stations import normal_code
from trainer.classroom.transport import ConsoleSocket
from trainer.errors import TrainerError
from trainer.scoring.protocol import ActionKind
from trainer.sim.events import EventKind


def joined(group: Class, link: StationLink) -> None:
    group.pump_until(lambda: bool(link.pump()) or link.joined or link.refused is not None)


@pytest.mark.parametrize("typed", ["{a} {b}", "{a}-{b}", " {a}  {b} ", "{lower}"])
def test_the_code_typed_as_the_banner_shows_it_is_let_in(
    a_class: Callable[..., Class], typed: str
) -> None:
    group = a_class()
    code = group.console.code  # the banner shows it as "9PX XX3"
    text = typed.format(a=code[:3], b=code[3:], lower=code.lower())
    link = StationLink(group.endpoint, text, "Sanne de Vries", outbox=None)
    group.links["Sanne"] = link
    joined(group, link)
    assert link.refused is None
    assert link.joined


def test_a_code_given_to_the_console_in_small_letters_lets_stations_in(
    a_class: Callable[..., Class],
) -> None:
    group = a_class()
    socket = ConsoleSocket("tcp://127.0.0.1:0")
    console = ClassConsole(group.console.prepared, group.repository, group.session_id, socket,
                           code="k7m-xrd")  # fmt: skip
    try:
        assert console.code == "K7MXRD"
        link = StationLink(f"tcp://127.0.0.1:{socket.port}", "K7MXRD", "Sanne", outbox=None)
        deadline = time.monotonic() + 30
        while not (link.joined or link.refused) and time.monotonic() < deadline:
            console.pump(5)
            link.pump(5)
        assert link.refused is None and link.joined
        link.close()
    finally:
        socket.close()


def test_a_code_of_spaces_is_no_code() -> None:
    assert normal_code(" 9px  xx3 ") == "9PXXX3"
    assert normal_code("   ") == ""


def a_station(group: Class, name: str, **options: object) -> StationLink:
    link = StationLink(group.endpoint, group.console.code, name, outbox=None, **options)  # type: ignore[arg-type]
    group.links[f"{name} {len(group.links)}"] = link
    joined(group, link)
    return link


def test_a_second_station_under_a_name_already_in_the_class_is_refused_and_told_why(
    a_class: Callable[..., Class],
) -> None:
    group = a_class()
    first = a_station(group, "Sanne de Vries")
    second = a_station(group, "  sanne de  VRIES ")
    assert first.joined
    assert second.refused is not None
    assert "Sanne de Vries is already in this class" in second.refused
    assert "add your initial" in second.refused
    assert [s.trainee for s in group.console.stations.values()] == ["Sanne de Vries"]
    group.console.start()
    group.pump_until(lambda: bool(first.pump()) or first.picture is not None)
    assert len(group.repository.runs(session_id=group.session_id)) == 1


def test_the_same_name_is_let_in_once_the_other_station_has_gone(
    a_class: Callable[..., Class],
) -> None:
    group = a_class()
    first = a_station(group, "Sanne de Vries")
    first.close()  # the trainee moves to another PC
    group.pump_until(
        lambda: not group.console.connected(next(iter(group.console.stations.values())))
    )
    second = a_station(group, "Sanne de Vries")
    assert second.refused is None and second.joined


def test_two_roster_entries_of_one_name_are_two_trainees(a_class: Callable[..., Class]) -> None:
    group = a_class()
    one = group.repository.add_trainee("Jan Bakker", group="A")
    other = group.repository.add_trainee("Jan Bakker", group="B")
    first = a_station(group, "Jan Bakker", trainee_id=one)
    # The second joins by name first (its window then asks which Jan Bakker), then as B.
    asking = a_station(group, "Jan Bakker")
    assert asking.joined
    asking.close()  # as the window does before joining again as the entry picked
    second = a_station(group, "Jan Bakker", trainee_id=other, station_id=asking.station_id)
    assert first.joined and second.joined and len(group.console.stations) == 2
    again = a_station(group, "Jan Bakker", trainee_id=one)
    assert again.refused is not None and "already in this class" in again.refused


def test_a_station_closed_before_the_start_gets_its_run_only_when_it_comes_back(
    a_class: Callable[..., Class],
) -> None:
    group = a_class()
    stays = a_station(group, "Pieter Jansen")
    leaves = a_station(group, "Sanne de Vries")
    gone_id = leaves.station_id
    leaves.close()  # joined at the wrong PC, closed again before the start
    group.pump_until(lambda: group.console.stations[gone_id].left)
    group.console.start()
    group.pump_until(lambda: bool(stays.pump()) and stays.picture is not None)
    runs = group.repository.runs(session_id=group.session_id)
    assert [group.repository.trainee(r.trainee_id or 0).name for r in runs] == ["Pieter Jansen"]
    back = a_station(group, "Sanne de Vries", station_id=gone_id)
    assert back.joined and group.console.stations[gone_id].run_id is not None
    assert len(group.repository.runs(session_id=group.session_id)) == 2


def ended_class(group: Class, *links: StationLink) -> None:
    group.console.start()
    for link in links:
        group.pump_until(lambda link=link: bool(link.pump()) and link.picture is not None)
    group.console.end()
    for link in links:
        group.pump_until(lambda link=link: bool(link.pump()) and link.picture.state == "ended")


def test_a_station_back_after_the_sheets_were_released_gets_its_sheet(
    a_class: Callable[..., Class],
) -> None:
    group = a_class()
    link = a_station(group, "Pieter Jansen")
    ended_class(group, link)
    station_id = link.station_id
    link.close()  # the trainee closed the station (or the PC restarted) before the release
    group.pump_until(lambda: group.console.stations[station_id].left)
    group.console.release_sheets()
    back = a_station(group, "Pieter Jansen", station_id=station_id)
    group.pump_until(lambda: bool(back.pump()) or back.sheet is not None, timeout_s=10)
    assert back.sheet is not None
    assert back.sheet.total == group.console.stations[station_id].sheet.total  # type: ignore[union-attr]


def test_a_new_station_after_the_end_is_told_the_exercise_is_over(
    a_class: Callable[..., Class],
) -> None:
    group = a_class()
    link = a_station(group, "Pieter Jansen")
    ended_class(group, link)
    late = a_station(group, "Sanne de Vries")
    assert late.refused is not None and "exercise is over" in late.refused
    assert len(group.console.stations) == 1


def test_a_trainee_who_joins_late_is_not_held_to_what_came_before(
    a_class: Callable[..., Class],
) -> None:
    """Two drones: the survey is first detected at about 0:12, the hobby drone about 1:32. A
    trainee joining at 2:30 could act on neither before then: the record notes the joining,
    and the sheet neither misses nor shortens anything for the time before."""
    group = a_class(speed=400.0)
    early = a_station(group, "Pieter Jansen")
    group.console.start()
    group.pump_until(lambda: group.console.engine.time_s >= 150)
    late = a_station(group, "Sanne de Vries")
    late_station = next(s for s in group.console.stations.values() if s.trainee == "Sanne de Vries")
    assert late_station.joined_s >= 150 and late.joined
    group.console.end()
    group.pump_until(lambda: late_station.sheet is not None)
    assert late_station.run_id is not None
    kinds = [e.kind for e in group.repository.events(late_station.run_id)]
    assert kinds.count(EventKind.TRAINEE_JOINED) == 1
    sheet = late_station.sheet
    assert sheet is not None
    early_sheet = next(
        s for s in group.console.stations.values() if s.trainee == "Pieter Jansen"
    ).sheet
    assert early_sheet is not None
    assert sheet.maximum < early_sheet.maximum or any(
        "joining the exercise" in str(i.reason) for i in sheet.items
    )
    # Nothing of what was due before the joining is scored as a miss for the late trainee.
    assert not [i for i in sheet.items if i.time_s is not None and i.time_s < late_station.joined_s
                and i.max_points > 0]  # fmt: skip
    # The record reads the same: rescoring it gives the sheet the console gave.
    from trainer.cli import main

    assert early.joined
    assert main(["rescore", "--db", str(group.repository.file), "--run",
                 str(late_station.run_id)]) == 0  # fmt: skip
    assert group.repository.sheet(late_station.run_id) == sheet


@pytest.mark.parametrize(
    ("language", "called"), [("en", "Anonymous trainee"), ("nl", "Anonieme cursist")]
)
def test_a_station_that_gives_no_name_is_named_in_the_consoles_language(
    a_class: Callable[..., Class], language: str, called: str
) -> None:
    from trainer import i18n

    i18n.use_language(language)  # the tests end in English again
    group = a_class()
    link = StationLink(group.endpoint, group.console.code, "  ", outbox=None)
    group.links["nobody"] = link
    joined(group, link)
    assert [s.trainee for s in group.console.stations.values()] == [called]


def test_a_run_with_responses_keeps_its_trainee_whatever_the_station_says_later(
    a_class: Callable[..., Class],
) -> None:
    group = a_class()
    chris = group.repository.add_trainee("Chris Bakker")
    link = StationLink(group.endpoint, group.console.code, "chris b", outbox=None)
    group.links["chris"] = link
    joined(group, link)
    group.console.start()
    (station,) = group.console.stations.values()
    link.act(ActionKind.INFORM_RADIO, 1.0)
    group.pump_until(lambda: (link.pump(), link.outbox.acked == 1)[1])
    again = StationLink(group.endpoint, group.console.code, "Chris Bakker",
                        station_id=link.station_id, trainee_id=chris, outbox=None)  # fmt: skip
    link.close()
    group.links["chris"] = again
    joined(group, again)
    assert station.trainee == "chris b"  # what it did is chris b's, on their run
    assert station.run_id is not None
    run = group.repository.run(station.run_id)
    assert group.repository.trainee(run.trainee_id or 0).name == "chris b"
    with pytest.raises(TrainerError, match="the run has actions on it already"):
        group.repository.assign_run(station.run_id, chris)


def test_a_namesake_picked_after_the_start_gets_the_run_not_the_first_of_that_name(
    a_class: Callable[..., Class],
) -> None:
    # Two Chris Bakkers on the roster: the station asks which one is meant. The instructor
    # starts while the trainee reads the list: the run began as the first Chris Bakker's.
    group = a_class()
    first = group.repository.add_trainee("Chris Bakker", group="A")
    second = group.repository.add_trainee("Chris Bakker", group="B")
    link = StationLink(group.endpoint, group.console.code, "Chris Bakker", outbox=None)
    group.links["chris"] = link
    joined(group, link)
    group.console.start()
    (station,) = group.console.stations.values()
    assert station.run_id is not None
    assert group.repository.run(station.run_id).trainee_id == first
    picked = StationLink(group.endpoint, group.console.code, "Chris Bakker",
                         station_id=link.station_id, trainee_id=second, outbox=None)  # fmt: skip
    link.close()
    group.links["chris"] = picked
    joined(group, picked)
    assert group.repository.run(station.run_id).trainee_id == second
    assert station.trainee_id == second
    assert {t.id for t in group.repository.trainees()} == {first, second}  # none retired
