"""What a station and the console say to each other: typed, validated, size-limited messages.

Every message is one msgpack map with a `type` tag, decoded by msgspec into exactly one of the
types below; anything else (unknown type, missing or extra-typed field, oversize) is refused by
`decode_*` with a MessageError, which the receiver logs and drops. Nothing a station receives
is built from the truth: no drone id, no scenario id or title, no answer key.
"""

from __future__ import annotations

from typing import Annotated, Literal

import msgspec
from msgspec import Meta, Struct

from trainer.scoring.protocol import ActionKind

# 2: a sheet item carries its reason as a message, shown in the station's language;
# 3: a refusal or a removal carries its reason as a key and fields (trainer/classroom/refusals.py)
# 4: a sheet's items say when their response was due
# 5: each exercise has a token (Welcome.exercise) and each station learns its run's id (Welcome,
#    Started), so a console started again never takes an earlier exercise's actions as its own:
#    they go back to the run they were made in (Act.run, Ack.run) or are kept at the station
PROTOCOL = 5
MAX_MESSAGE_BYTES = 512 * 1024  # a picture of 1,000 tracks is about 150 kB
MAX_INBOUND_BYTES = 16 * 1024  # what a station may send: a join or an action is well under 1 kB

Text = Annotated[str, Meta(max_length=500)]
Id = Annotated[str, Meta(min_length=1, max_length=64)]
Seq = Annotated[int, Meta(ge=1, le=10_000_000)]
SimTime = Annotated[float, Meta(ge=0, le=86_400)]


class MessageError(ValueError):
    """A message that is not one of ours: malformed, unknown, or too large."""


# -- station -> console -------------------------------------------------------------------------


class Join(Struct, tag="join", forbid_unknown_fields=True):
    """A station asks in, or back in after a restart or a lost connection."""

    protocol: int
    code: Annotated[str, Meta(max_length=32)]  # the session code the console shows
    station: Id  # the station's lasting id, kept across its restarts
    trainee: Text  # the name the trainee typed or picked from the roster
    trainee_id: int | None = None  # the roster entry picked, when there is one
    host: Annotated[str, Meta(max_length=255)] = ""


class Act(Struct, tag="act", forbid_unknown_fields=True):
    """One response; `seq` numbers the station's actions from 1, so a resent one is known."""

    seq: Seq
    kind: ActionKind
    sim_time_s: SimTime  # the sim time on the trainee's screen when they acted
    track: Id | None = None
    params: Annotated[dict[Annotated[str, Meta(max_length=32)], Text], Meta(max_length=4)] = {}
    # Made in an earlier exercise (a console that has since died), in this run of the record:
    # `seq` is then the action's number in that run. None: an action of this exercise.
    run: Annotated[int, Meta(ge=1)] | None = None
    run_started: Annotated[str, Meta(max_length=40)] = ""  # that run's start (Welcome's), to
    # tell it from a run of the same number in another record


class Ping(Struct, tag="ping", forbid_unknown_fields=True):
    """I am here; the newest picture I have is of this tick (the console shows the lag)."""

    tick: Annotated[int, Meta(ge=0)]


class Leave(Struct, tag="leave", forbid_unknown_fields=True):
    """The station is closing; its run goes on and it may come back."""


StationMessage = Join | Act | Ping | Leave


# -- console -> station -------------------------------------------------------------------------


class Flight(Struct, forbid_unknown_fields=True):
    """One authorisation of the day, as the briefing gives it (see trainer.briefing)."""

    reference: str
    operator_id: str | None
    serial: str | None
    zones: list[str]
    valid_from: str
    valid_to: str


class RosterEntry(Struct, forbid_unknown_fields=True):
    id: int
    name: str
    group: str | None = None


class MadeAction(Struct, forbid_unknown_fields=True):
    """An action of this station already on the record (to show "Your actions" again)."""

    seq: int
    kind: ActionKind
    sim_time_s: float
    track: str | None
    params: dict[str, str]
    corrects: int | None


class Welcome(Struct, tag="welcome", forbid_unknown_fields=True):
    """You are in: the exercise as the trainee may know it, and your record so far."""

    station: str
    session: str  # the class session's title (the lesson), never the scenario's
    airspace_json: str  # the scenario's airspace section: zones are on the trainee's map anyway
    start_minute_of_day: int
    duration_s: float
    seed: int
    flights: list[Flight]
    roster: list[RosterEntry]
    acked: int  # the highest of your actions the record holds
    made: list[MadeAction]
    picture_hz: float
    # This exercise's identity, new each time a console is started: a station's actions made
    # under another are never numbered into this one (see Act.run).
    exercise: str = ""
    run: int | None = None  # your run on the record, once it has started
    run_started: str = ""  # when it started, as the record has it (UTC, to the millisecond)
    skipped: Annotated[list[int], Meta(max_length=10_000)] = []  # up to `acked`, not recorded


class Started(Struct, tag="started", forbid_unknown_fields=True):
    """The instructor started the exercise: your run on the record is this one. `skipped`:
    your actions taken before it began, not on the record (every later one is), so a station
    knows how the run numbers its actions even if an acknowledgement was lost."""

    run: int
    run_started: str
    skipped: Annotated[list[int], Meta(max_length=10_000)] = []


# A refusal must stay readable across versions (it is how a station learns that its version is
# not the console's): no forbid_unknown_fields, so a newer console may add to it, and
# omit_defaults, so one without a key is the bare {type, reason} that protocol 1 and 2 decode;
# no length limits (a refusal failing to decode would leave the station asking in vain: it clips
# what it shows). Field values are text or whole numbers, in every version.
RefusalFields = dict[str, str | int]


class Refused(Struct, tag="refused", omit_defaults=True):
    """You are not let in: `key` and `fields` say why, for the station to put in its words;
    `reason` says it in English (all a station before protocol 3 reads, and all a console
    before it sends)."""

    reason: str
    key: str = ""
    fields: RefusalFields = {}


class Removed(Struct, tag="removed", omit_defaults=True):
    """You are no longer in the class (the instructor removed you); fields as in Refused."""

    reason: str
    key: str = ""
    fields: RefusalFields = {}


class Ack(Struct, tag="ack", forbid_unknown_fields=True):
    """Your actions up to `seq` are done with: committed to the record, but for those in
    `skipped` (and `seq` itself if `recorded` is false), which came when you had no run going
    and are not on the record. With `run`: your action `seq` of that earlier exercise's run,
    alone (`recorded` false: this record has no such run of yours)."""

    seq: int
    recorded: bool = True
    run: int | None = None
    skipped: Annotated[list[int], Meta(max_length=10_000)] = []


class Array(Struct, array_like=True, forbid_unknown_fields=True):
    """A numpy array's raw little-endian bytes; the reader checks dtype and length."""

    dtype: Literal["<f8", "<i8", "|b1"]
    data: bytes


class TracksPacked(Struct, forbid_unknown_fields=True):
    """trainer.sim.track_picture.TrackPicture, field for field."""

    time_s: float
    ids: list[str]
    x: Array
    y: Array
    alt: Array
    sigma_m: Array
    speed: Array
    course_deg: Array
    sensors: Array
    serial: list[str | None]
    operator: list[str | None]
    age_s: Array
    last_update_s: Array
    coasting: Array
    strobe_x: Array
    strobe_y: Array
    strobe_bearing_deg: Array
    strobe_sigma_deg: Array
    strobe_time_s: Array


class MannedPacked(Struct, forbid_unknown_fields=True):
    """trainer.sim.traffic_picture.MannedPicture, field for field (cooperative traffic)."""

    ids: list[str]
    callsigns: list[str]
    types: list[str]
    x: Array
    y: Array
    alt: Array
    course_deg: Array
    speed: Array
    phase: Array
    present: Array
    phase_names: list[str]
    path_x: Array
    path_y: Array
    path_start: Array
    path_stop: Array
    protection_m: tuple[float, float]


class Picture(Struct, tag="picture", forbid_unknown_fields=True):
    """The perceived picture now: what the sensors show, and the exercise's clock and state."""

    tick: int
    time_s: float
    state: Literal["ready", "running", "paused", "finished", "ended"]
    speed: float
    tracks: TracksPacked | None
    manned: MannedPacked | None
    # The console's monotonic clock when sent: comparable only on the same PC (benchmarks).
    sent_at: float = 0.0


class SheetItem(Struct, forbid_unknown_fields=True):
    points: float
    max_points: float
    category: str
    reason: str  # in English
    time_s: float | None
    # The reason as a message (trainer.i18n JSON), for the station to show in its own language.
    reason_message: Annotated[str, Meta(max_length=4000)] | None = None
    # When the response this item judges was due (trainer.scoring.sheet.Due), all three or none:
    # its window's start and length, and what was expected as a message in the reason's words
    # (it names the response and the track, as the reason does; never an incident id).
    due_start_s: float | None = None
    due_window_s: float | None = None
    due_expected: Annotated[str, Meta(max_length=4000)] | None = None
    # The number of the trainee's action the item judged, in the run's record (None: it judges
    # no action): with time_s, when the response was done, which the due line shows.
    action_sequence: int | None = None


class Sheet(Struct, tag="sheet", forbid_unknown_fields=True):
    """Your score sheet, once the instructor releases it (reasons name tracks, never drones)."""

    total: float
    maximum: float
    percent: float
    pass_mark_percent: float
    passed: bool
    disruption_minutes: float
    disruption_eur: float
    ended_at_s: float | None
    items: list[SheetItem]


ConsoleMessage = Welcome | Started | Refused | Removed | Ack | Picture | Sheet

_ENCODER = msgspec.msgpack.Encoder()
_STATION_DECODER = msgspec.msgpack.Decoder(StationMessage)
_CONSOLE_DECODER = msgspec.msgpack.Decoder(ConsoleMessage)


def encode(message: Struct) -> bytes:
    return _ENCODER.encode(message)


def decode_station(data: bytes) -> StationMessage:
    """A station's message, or MessageError saying what is wrong with it."""
    if len(data) > MAX_INBOUND_BYTES:
        raise MessageError(f"{len(data)} bytes, more than {MAX_INBOUND_BYTES}")
    try:
        return _STATION_DECODER.decode(data)
    except (msgspec.DecodeError, msgspec.ValidationError) as error:
        raise MessageError(str(error)) from None


class _JoinProtocol(Struct, tag="join"):
    """Only the protocol of a join: a newer station's join, which this version cannot decode
    in full, still says its protocol, so the station can be told why it is not let in."""

    protocol: int


_JOIN_PROTOCOL_DECODER = msgspec.msgpack.Decoder(_JoinProtocol)


def join_protocol(data: bytes) -> int | None:
    """The protocol a join says it speaks, read leniently (other fields are not looked at);
    None if `data` says no protocol or is another message."""
    if len(data) > MAX_INBOUND_BYTES:
        return None
    try:
        return _JOIN_PROTOCOL_DECODER.decode(data).protocol
    except (msgspec.DecodeError, msgspec.ValidationError):
        return None


def decode_console(data: bytes) -> ConsoleMessage:
    if len(data) > MAX_MESSAGE_BYTES:
        raise MessageError(f"{len(data)} bytes, more than {MAX_MESSAGE_BYTES}")
    try:
        return _CONSOLE_DECODER.decode(data)
    except (msgspec.DecodeError, msgspec.ValidationError) as error:
        raise MessageError(str(error)) from None
