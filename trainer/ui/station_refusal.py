"""What a trainee reads when the console turns their station away or lets it go.

The console sends a reason key and its fields (trainer/classroom/refusals.py); the words are
here, in the language of the windows, so rewording the console's English changes nothing on
the station. Its English is shown only for a key this version does not know (a newer console
that added a reason), and named as an older console's words when there is no key at all.
Whatever came from the console is shown on one line and cut short: it is not to be trusted.
"""

from __future__ import annotations

from trainer.classroom import messages as msg
from trainer.classroom.refusals import Reason, fields_of
from trainer.ui.translation import QT_TR_NOOP, tr

MAX_FIELD_CHARS = 80  # a name or a host name (a trainee may type 500 characters of one)
MAX_REASON_CHARS = 300  # the console's own English, where it is shown

WORDS: dict[str, str] = {
    Reason.WRONG_CODE: QT_TR_NOOP("wrong session code"),
    Reason.PROTOCOL_MISMATCH: QT_TR_NOOP(
        "this console speaks protocol {console}, this station {station}: install the same "
        "version of the trainer on both"
    ),
    Reason.ID_MISMATCH: QT_TR_NOOP("the station's id does not match its connection"),
    Reason.REMOVED: QT_TR_NOOP("removed by the instructor"),
    Reason.EXERCISE_OVER: QT_TR_NOOP(
        "the exercise is over; ask the instructor when the next one starts"
    ),
    Reason.NAME_TAKEN: QT_TR_NOOP(
        "a trainee named {trainee} is already in this class, at {host}. If that is you, close "
        "that station first; if not, add your initial to your name"
    ),
}

Refusal = msg.Refused | msg.Removed


def one_line(text: str, limit: int) -> str:
    """`text` safe to show: one line (newlines and tabs become spaces, control and direction
    characters go), at most `limit` characters."""
    shown = "".join(c for c in " ".join(text.split()) if c.isprintable())
    return shown if len(shown) <= limit else shown[: limit - 1] + "\u2026"


def _shown_fields(refusal: Refusal) -> dict[str, str]:
    shown = {name: one_line(str(value), MAX_FIELD_CHARS) for name, value in refusal.fields.items()}
    if refusal.key == Reason.NAME_TAKEN and not shown.get("host"):
        shown["host"] = tr("another PC")  # the other station gave no host name
    return shown


def reason_words(refusal: Refusal) -> str:
    """Why the console said no, in the station's language."""
    said = one_line(refusal.reason, MAX_REASON_CHARS)
    if not refusal.key:  # only a console before protocol 3 sends none, and only this refusal
        return tr(
            "the console runs an older version of the trainer: install the same version on "
            "both (the console said: “{reason}”)"
        ).format(reason=said)
    template = WORDS.get(refusal.key)
    fields = _shown_fields(refusal)
    if template is None or not fields_of(template) <= set(fields):
        return said  # a reason of a newer console, or one short of a field: its English
    return tr(template).format_map(fields)


def refusal_text(refusal: Refusal) -> str:
    """The console's answer to a join, as the joining dialog shows it."""
    if refusal.key == Reason.WRONG_CODE:
        return tr(
            "Wrong session code: the console did not let this station in. Check the code on "
            "the instructor's screen and try again."
        )
    return tr("The console did not let this station in: {reason}.").format(
        reason=reason_words(refusal)
    )


def removal_text(refusal: Refusal) -> str:
    """Why a joined station is no longer in the class, as its window shows it."""
    if refusal.key == Reason.REMOVED:
        return tr("The instructor removed this station from the exercise.")
    return tr("The console no longer takes this station: {reason}.").format(
        reason=reason_words(refusal)
    )


def blames_the_name(refusal: Refusal) -> bool:
    """The trainee should change the name typed (else: the code, or ask the instructor)."""
    return refusal.key == Reason.NAME_TAKEN
