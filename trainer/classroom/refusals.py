"""Why the console turns a station away or lets it go: a reason key and its fields.

A station says it in its own language from the key and the fields (trainer/ui/station_refusal.py),
so rewording the English here changes nothing a station of this version shows. The English
`reason` goes along for the record, the log, the command line, and for stations older than
protocol 3, which read only that (and translate a few of the sentences below by their exact
words: keep the protocol one as it is).
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from enum import StrEnum

from trainer.classroom import messages as msg

FIRST_KEYED_PROTOCOL = 3  # stations of protocol 1 and 2 decode a refusal with `reason` only


class Reason(StrEnum):
    WRONG_CODE = "wrong_code"
    PROTOCOL_MISMATCH = "protocol_mismatch"  # console, station: their protocol numbers
    ID_MISMATCH = "id_mismatch"
    REMOVED = "removed"
    EXERCISE_OVER = "exercise_over"
    NAME_TAKEN = "name_taken"  # trainee, host: the station already in under that name


ENGLISH: dict[Reason, str] = {
    Reason.WRONG_CODE: "wrong session code",
    # A protocol-2 station matches exactly these words to show them in Dutch: never reword.
    Reason.PROTOCOL_MISMATCH: "this console speaks protocol {console}, the station {station}",
    Reason.ID_MISMATCH: "the station's id does not match its connection",
    Reason.REMOVED: "removed by the instructor",
    Reason.EXERCISE_OVER: "the exercise is over; ask the instructor when the next one starts",
    Reason.NAME_TAKEN: (
        "a trainee named {trainee} is already in this class, at {host}. If that is you, close "
        "that station first; if not, add your initial to your name"
    ),
}
UNKNOWN_HOST = "another PC"  # in the English of a name_taken whose station gave no host name


def fields_of(template: str) -> frozenset[str]:
    return frozenset(name for _, name, _, _ in string.Formatter().parse(template) if name)


FIELDS: dict[Reason, frozenset[str]] = {reason: fields_of(text) for reason, text in ENGLISH.items()}


def english(reason: Reason, fields: Mapping[str, str | int]) -> str:
    shown = dict(fields)
    if reason is Reason.NAME_TAKEN and not shown.get("host"):
        shown["host"] = UNKNOWN_HOST
    return ENGLISH[reason].format(**shown)


def _checked(reason: Reason, fields: Mapping[str, str | int]) -> dict[str, str | int]:
    if set(fields) != FIELDS[reason]:
        raise ValueError(f"{reason.value} takes {sorted(FIELDS[reason])}, not {sorted(fields)}")
    return dict(fields)


def refused(
    reason: Reason, *, station_protocol: int = msg.PROTOCOL, **fields: str | int
) -> msg.Refused:
    """The refusal of a station that speaks `station_protocol`: an older one gets the English
    sentence alone, the only form its decoder takes (it forbids fields it does not know)."""
    checked = _checked(reason, fields)
    if station_protocol < FIRST_KEYED_PROTOCOL:
        return msg.Refused(english(reason, checked))
    return msg.Refused(english(reason, checked), reason.value, checked)


def mismatch(station_protocol: int) -> msg.Refused:
    """The refusal of a station whose protocol is not this console's, in a form it reads."""
    return refused(Reason.PROTOCOL_MISMATCH, station_protocol=station_protocol,
                   console=msg.PROTOCOL, station=station_protocol)  # fmt: skip


def removed() -> msg.Removed:
    """A station the instructor took out (joined, so it speaks this console's protocol)."""
    return msg.Removed(english(Reason.REMOVED, {}), Reason.REMOVED.value)
