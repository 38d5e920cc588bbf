"""`simulate`'s table in words: an event's kind from the catalogs, and the engine's common fixed
details in the language in use. The engine, its --json lines and the run's records keep the
identifiers; only the table a person reads changes."""

from __future__ import annotations

import re

from trainer.i18n import current, message, msg
from trainer.sim.events import EventKind
from trainer.sim.flight_plans import phase_word

_NUMBER = r"-?\d+(?:\.\d+)?"
# The engine's details (trainer/sim/engine.py, tracker.py, remote_id.py) as patterns: a detail
# that fits none is shown as the engine wrote it. Each English template says what the pattern
# matched, word for word (a test renders them back).
_DETAILS: tuple[tuple[re.Pattern[str], str, tuple[str, ...]], ...] = (
    (re.compile(rf"within ({_NUMBER}) m of the runway"), "cli.detail.runway", ("metres",)),
    (re.compile(rf"({_NUMBER}) m apart"), "cli.detail.apart", ("metres",)),
    (re.compile(rf"scripted at ({_NUMBER}) s"), "cli.detail.scripted", ("at",)),
    (re.compile(r"on entry of (\S+)"), "cli.detail.on_entry", ("zone",)),
    (re.compile(r"hovering at the last waypoint"), "cli.detail.hovering", ()),
    (re.compile(r"([\w+-]+); no update"), "cli.detail.no_update", ("sensors",)),
    (re.compile(r"serial (\S+), operator (\S+)"), "cli.detail.remote_id", ("serial", "operator")),
    (re.compile(r"automatic"), "cli.detail.automatic", ()),
    (re.compile(r"home reached"), "cli.detail.home_reached", ()),
    (re.compile(r"its recorded flight ended on the ground"), "cli.detail.log_landed", ()),
    (
        re.compile(r"its recorded flight ended; hovering at its end"),
        "cli.detail.log_hovering",
        (),
    ),
    # a scripted action for a drone not in the air: the reason is a detail of its own
    (re.compile(r"(.+); no effect, the drone is not flying"), "cli.detail.no_effect", ("reason",)),
    (re.compile(r"fell to the ground"), "cli.detail.fell", ()),
    (re.compile(r"instructor inject"), "cli.detail.instructor", ()),
    (
        re.compile(r"(\S+ \([^)]*\)) landed on runway (\S+)"),
        "cli.detail.manned_landed",
        ("flight", "runway"),
    ),
    (
        re.compile(r"(\S+ \([^)]*\)) departed from runway (\S+)"),
        "cli.detail.manned_departed",
        ("flight", "runway"),
    ),
    (
        re.compile(rf"({_NUMBER}) m from (\S+ \([^)]*\)), ({_NUMBER}) m above"),
        "cli.detail.near_above",
        ("metres", "flight", "height"),
    ),
    (
        re.compile(rf"({_NUMBER}) m from (\S+ \([^)]*\)), ({_NUMBER}) m below"),
        "cli.detail.near_below",
        ("metres", "flight", "height"),
    ),
)
_NUMBER_FIELDS = ("metres", "at", "height")
_FLIGHT_PHASE = re.compile(r"(\([^,()]*, )([^()]+)\)$")  # trainer.sim.traffic describe()


def kind_words(kind: EventKind) -> str:
    return message(f"cli.kind.{kind.value}")


def detail_words(detail: str) -> str:
    """The detail in the language in use when it is one of the engine's fixed sentences."""
    if current() == "en":
        return detail
    for pattern, key, names in _DETAILS:
        found = pattern.fullmatch(detail)
        if found:
            fields: dict[str, str] = dict(zip(names, found.groups(), strict=True))
            for name in _NUMBER_FIELDS:
                if name in fields and current() == "nl":  # a decimal comma
                    fields[name] = fields[name].replace(".", ",")
            if "reason" in fields:  # 'scripted at 60 s', itself in words
                fields["reason"] = detail_words(fields["reason"])
            if "flight" in fields:  # 'PH-ABC (C172, take off)': the phase in words
                fields["flight"] = _FLIGHT_PHASE.sub(
                    lambda m: m[1] + phase_word(m[2]) + ")", fields["flight"]
                )
            return msg(key, **fields).text()
    return detail
