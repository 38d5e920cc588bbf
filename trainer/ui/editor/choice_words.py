"""The format's choices (a zone's kind, a response, a drone's type) in words of the language in use.

The file keeps its identifiers (`suspend_operations`, `uas_prohibited`): a scenario is the same
file in either language. The editor's lists show these words instead, with the identifier in each
choice's tooltip; the words are those the rest of the program uses for the same thing (the map's
zone legend, the response buttons, the sheets' classifications, the command line's event names).
A test fails when a choice of the format has no words here.
"""

from __future__ import annotations

from trainer.i18n import en, message
from trainer.ui.style import ZONE_LABELS
from trainer.ui.translation import QT_TR_NOOP, tr

# Written the same in every language: names of formats, runways, EU classes.
AS_WRITTEN = frozenset(
    {"openair", "ed269", "ed318", "geojson", "ulog", "dataflash", "tlog", "csv", "gpx"}
    | {"05", "23", "C0", "C1", "C2", "C3", "C4", "C5", "C6"}
)

WORDS: dict[str, str] = {
    **{kind.value: label for kind, label in ZONE_LABELS.items()},  # as the map's legend
    # what the trainee does (the answer key's expected and penalised actions)
    "acknowledge": QT_TR_NOOP("Acknowledge"),
    "classify": QT_TR_NOOP("Classify"),
    "identify": QT_TR_NOOP("Identify"),
    "set_threat": QT_TR_NOOP("Judge the threat"),
    "inform_radio": QT_TR_NOOP("Inform Twente Radio (traffic information to pilots)"),
    "suspend_operations": QT_TR_NOOP("Suspend (hold) runway operations"),
    "notify_police": QT_TR_NOOP("Notify the police"),
    "contact_operator": QT_TR_NOOP("Contact the operator"),
    "resume_operations": QT_TR_NOOP("Resume runway operations"),
    "close_incident": QT_TR_NOOP("Close the incident"),
    # when a clock starts
    "first_detection": QT_TR_NOOP("first detection"),
    "zone_entry": QT_TR_NOOP("entry into a zone"),
    "zone_exit": QT_TR_NOOP("exit from a zone"),
    "drone_event": QT_TR_NOOP("an event of the drone"),
    "time": QT_TR_NOOP("a time after the start"),
    # drones: airframe and behaviour
    "multirotor": QT_TR_NOOP("multirotor"),
    "fixed-wing": QT_TR_NOOP("fixed-wing"),
    "vtol": "VTOL",
    "route": QT_TR_NOOP("route"),
    "hover": QT_TR_NOOP("hover"),
    "loiter": QT_TR_NOOP("loiter"),
    "orbit": QT_TR_NOOP("orbit"),
    "return-home": QT_TR_NOOP("return home"),
    "flyaway": QT_TR_NOOP("flyaway (drifts with the wind)"),
    "log": QT_TR_NOOP("as a flight log flew"),
    # manned traffic
    "circuit": QT_TR_NOOP("circuit"),
    "straight_in": QT_TR_NOOP("straight-in approach"),
    "departure": QT_TR_NOOP("departure"),
    "left": QT_TR_NOOP("left-hand"),
    "right": QT_TR_NOOP("right-hand"),
    # the offender the scenario trains for (as the library names them)
    "clueless": QT_TR_NOOP("clueless or careless"),
    "reckless": QT_TR_NOOP("reckless"),
    "criminal": QT_TR_NOOP("criminal or terrorist"),
    # radar sizes
    "tiny": QT_TR_NOOP("tiny"),
    "small": QT_TR_NOOP("small"),
    "medium": QT_TR_NOOP("medium"),
    "large": QT_TR_NOOP("large"),
}

# Where one identifier means different things in different fields.
FIELD_WORDS: dict[tuple[str, str], str] = {
    ("offender", "none"): QT_TR_NOOP("no offender"),
    ("eu_class", "none"): QT_TR_NOOP("no class (built before the classes)"),
    # what a scripted event makes the drone do
    ("action", "lost_link"): QT_TR_NOOP("lose the control link"),
    ("action", "flyaway"): QT_TR_NOOP("fly away"),
    ("action", "battery_low"): QT_TR_NOOP("battery low"),
    ("action", "land"): QT_TR_NOOP("land"),
}

# The params an answer key judges (`classification: bird`), as the sheets name them.
PARAM_NAMES: dict[str, str] = {
    "classification": QT_TR_NOOP("classification"),
    "identity": QT_TR_NOOP("identity"),
    "level": QT_TR_NOOP("threat level"),
}


def choice_word(field: str, value: str) -> str:
    """`value` of `field` in words: 'suspend_operations' -> 'Baangebruik opschorten (ophouden)'
    in Dutch. A value the format does not have (a typo in the file) is shown as written."""
    if (field, value) in FIELD_WORDS:
        return tr(FIELD_WORDS[(field, value)])
    if field == "event" and f"cli.kind.{value}" in en.MESSAGES:  # as `simulate` lists them
        return message(f"cli.kind.{value}")
    if value in WORDS:
        return tr(WORDS[value])
    return value


def param_value_word(value: str) -> str:
    """'false_track' -> 'valse track': a judged value as the score sheets write it."""
    key = f"value.{value}"
    return message(key) if key in en.MESSAGES else value


def param_name_word(name: str) -> str:
    return tr(PARAM_NAMES[name]) if name in PARAM_NAMES else name


def identifier_of(word: str, choices: dict[str, str]) -> str:
    """The identifier an author means by a word they typed: the words shown, or the file's own
    identifiers, in any case; anything else as typed (the loader says what is allowed)."""
    wanted = word.strip().casefold()
    for identifier, shown in choices.items():
        if wanted in (identifier.casefold(), shown.casefold()):
            return identifier
    return word.strip()
