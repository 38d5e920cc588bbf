"""The console's refusals carry a reason key and its fields, one for each way a station is
turned away, and stay readable by a station of another version."""

from __future__ import annotations

import re
import socket
import uuid
from collections.abc import Callable

import msgspec
import pytest
from msgspec import Struct

from tests.classroom.conftest import Class
from trainer.classroom import messages as msg
from trainer.classroom.refusals import ENGLISH, FIELDS, Reason, refused
from trainer.classroom.station import StationLink
from trainer.classroom.transport import StationSocket

Refusal = msg.Refused | msg.Removed


def refusal_of(group: Class, link: StationLink) -> Refusal:
    group.pump_until(lambda: bool(link.pump()) or link.joined or link.refusal is not None)
    assert link.refusal is not None, "the console let the station in"
    return link.refusal


def station(group: Class, name: str, code: str | None = None) -> StationLink:
    link = StationLink(group.endpoint, code or group.console.code, name, outbox=None)
    group.links[f"{name} {len(group.links)}"] = link
    return link


def raw_answer(group: Class, join: dict[str, object], station_id: str | None = None) -> bytes:
    """What the console answers to a join as given (of any version), as the bytes that came."""
    station_id = station_id or str(join.get("station", uuid.uuid4().hex))
    asking = StationSocket(group.endpoint, station_id)
    try:
        asking.send(msgspec.msgpack.encode({"type": "join", **join}))
        answers: list[bytes] = []
        group.pump_until(lambda: bool(answers.extend(asking.receive(5))) or bool(answers))
        return answers[0]
    finally:
        asking.close()


def a_join(protocol: int, **more: object) -> dict[str, object]:
    station_id = uuid.uuid4().hex
    return {"protocol": protocol, "code": "", "station": station_id, "trainee": "Old PC", **more}


def refusals_over_loopback(group: Class) -> dict[Reason, Refusal]:
    """One refusal or removal for every reason, each as a station of this version got it."""
    got: dict[Reason, Refusal] = {}
    got[Reason.WRONG_CODE] = refusal_of(group, station(group, "Mallory", code="WRONG1"))
    first = station(group, "Sanne de Vries")
    group.pump_until(lambda: bool(first.pump()) or first.joined)
    got[Reason.NAME_TAKEN] = refusal_of(group, station(group, "sanne  de VRIES"))
    join = a_join(msg.PROTOCOL + 1, code=group.console.code)  # a newer station
    newer = msg.decode_console(raw_answer(group, join))
    assert isinstance(newer, msg.Refused)
    got[Reason.PROTOCOL_MISMATCH] = newer
    join = a_join(msg.PROTOCOL, code=group.console.code)
    other = msg.decode_console(raw_answer(group, join, station_id="not-" + str(join["station"])))
    assert isinstance(other, msg.Refused)
    got[Reason.ID_MISMATCH] = other
    group.console.remove(first.station_id)
    # Until the removal is in: a picture may arrive before it.
    group.pump_until(lambda: (first.pump(), first.refusal is not None)[1])
    assert isinstance(first.refusal, msg.Removed)
    got[Reason.REMOVED] = first.refusal
    group.console.start()
    group.console.end()
    got[Reason.EXERCISE_OVER] = refusal_of(group, station(group, "Late Comer"))
    return got


def test_each_reason_reaches_the_station_as_its_key_fields_and_english(
    a_class: Callable[..., Class],
) -> None:
    group = a_class()
    got = refusals_over_loopback(group)
    assert set(got) == set(Reason)
    for reason, refusal in got.items():
        assert refusal.key == reason.value
        assert set(refusal.fields) == FIELDS[reason]
    host = socket.gethostname()[:255]  # the first station's, as it joined
    assert got[Reason.NAME_TAKEN].fields == {"trainee": "Sanne de Vries", "host": host}
    assert got[Reason.PROTOCOL_MISMATCH].fields == {
        "console": msg.PROTOCOL,
        "station": msg.PROTOCOL + 1,
    }
    # The English, for the log and the record, says the same as before the keys came.
    assert got[Reason.WRONG_CODE].reason == "wrong session code"
    assert got[Reason.REMOVED].reason == "removed by the instructor"
    assert "Sanne de Vries is already in this class" in got[Reason.NAME_TAKEN].reason
    assert "exercise is over" in got[Reason.EXERCISE_OVER].reason


# -- versions ---------------------------------------------------------------------------------


class OldRefused(Struct, tag="refused", forbid_unknown_fields=True):
    """Refused as a protocol 1 or 2 station decodes it (trainer/classroom/messages.py then)."""

    reason: str


class OldRemoved(Struct, tag="removed", forbid_unknown_fields=True):
    reason: str


# The protocol-2 station's pattern for this refusal (trainer/ui/station_connect.py then): it
# shows the words in Dutch when the English matches exactly.
OLD_STATION_PATTERN = re.compile(
    r"^this console speaks protocol (?P<console>\d+), the station (?P<station>\d+)$"
)


@pytest.mark.parametrize("old", [1, 2])
def test_an_older_station_gets_a_refusal_it_decodes_and_words(
    a_class: Callable[..., Class], old: int
) -> None:
    group = a_class()
    answer = raw_answer(group, a_join(old, code=group.console.code))
    decoded = msgspec.msgpack.decode(answer, type=OldRefused | OldRemoved)
    assert isinstance(decoded, OldRefused)
    found = OLD_STATION_PATTERN.match(decoded.reason)
    assert found is not None and found.groupdict() == {
        "console": str(msg.PROTOCOL),
        "station": str(old),
    }
    assert group.console.stations == {}


def test_a_keyed_refusal_is_more_than_an_older_station_decodes() -> None:
    """Why the console must know the station's protocol: a key would be dropped unread."""
    keyed = msg.encode(refused(Reason.WRONG_CODE))
    with pytest.raises(msgspec.ValidationError, match="unknown field"):
        msgspec.msgpack.decode(keyed, type=OldRefused | OldRemoved)
    bare = msg.encode(refused(Reason.WRONG_CODE, station_protocol=2))
    assert msgspec.msgpack.decode(bare, type=OldRefused) == OldRefused("wrong session code")


def test_a_newer_stations_join_this_version_cannot_read_is_still_refused(
    a_class: Callable[..., Class],
) -> None:
    """A newer station may send a join with fields this console does not know: it is told the
    versions differ rather than left asking in vain."""
    group = a_class()
    join = a_join(msg.PROTOCOL + 1, code=group.console.code, seat="B4")
    with pytest.raises(msg.MessageError):
        msg.decode_station(msgspec.msgpack.encode({"type": "join", **join}))
    answer = msg.decode_console(raw_answer(group, join))
    assert isinstance(answer, msg.Refused) and answer.key == Reason.PROTOCOL_MISMATCH
    assert answer.fields == {"console": msg.PROTOCOL, "station": msg.PROTOCOL + 1}
    assert group.console.stations == {}


def test_an_older_consoles_refusal_and_a_newer_ones_decode_here() -> None:
    old = msgspec.msgpack.encode(OldRefused("this console speaks protocol 2, the station 3"))
    assert msg.decode_console(old) == msg.Refused("this console speaks protocol 2, the station 3")
    newer = msgspec.msgpack.encode(
        {
            "type": "refused",
            "reason": "r",
            "key": "seat_taken",
            "fields": {"seat": "B4"},
            "advice": "later",
        }
    )
    decoded = msg.decode_console(newer)
    assert isinstance(decoded, msg.Refused) and decoded.key == "seat_taken"


def test_a_refusal_takes_exactly_its_reasons_fields() -> None:
    with pytest.raises(ValueError, match="name_taken takes"):
        refused(Reason.NAME_TAKEN, trainee="Anna")
    with pytest.raises(ValueError, match="wrong_code takes"):
        refused(Reason.WRONG_CODE, trainee="Anna")
    unknown_host = refused(Reason.NAME_TAKEN, trainee="Anna", host="")
    assert ", at another PC." in unknown_host.reason and unknown_host.fields["host"] == ""
    assert set(ENGLISH) == set(Reason)


@pytest.mark.parametrize("old", [3, 4])
def test_a_station_of_an_older_protocol_is_refused_in_words_it_reads(
    a_class: Callable[..., Class], old: int
) -> None:
    """Protocol 4 added each sheet item's due window: a protocol 3 station (which would refuse
    such a sheet, its items having fields it does not know) is refused, keyed as it reads it.
    Protocol 5 gave each exercise a token: a protocol 4 station would renumber an earlier
    exercise's actions into a console started again, so it is refused the same way."""
    assert msg.PROTOCOL == 5
    group = a_class()
    join = a_join(old, code=group.console.code)
    answer = msg.decode_console(raw_answer(group, join))
    assert isinstance(answer, msg.Refused) and answer.key == Reason.PROTOCOL_MISMATCH
    assert answer.fields == {"console": 5, "station": old}
    assert answer.reason == f"this console speaks protocol 5, the station {old}"
    assert group.console.stations == {}
