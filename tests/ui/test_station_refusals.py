"""A station tells its trainee why the console turned it away, in the station's language, from
the reason's key and fields (never by reading the console's English); whatever the console
put in a field is shown as plain text on one line, cut short."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from tests.classroom import conftest as classroom_setup
from tests.classroom.conftest import Class
from tests.classroom.test_refusals import refusals_over_loopback
from tests.conftest import examples
from tests.ui import test_station_window as station_tests
from tests.ui.test_station_window import WAIT_MS, Lesson, connect_dialog, fill_in, joined_window
from trainer.classroom import messages as msg
from trainer.classroom import refusals
from trainer.classroom.refusals import FIELDS, Reason, fields_of
from trainer.classroom.transport import ConsoleSocket
from trainer.launch import Workspace
from trainer.ui.station_refusal import (
    MAX_FIELD_CHARS,
    WORDS,
    reason_words,
    refusal_text,
    removal_text,
)
from trainer.ui.translation import tr

a_class = classroom_setup.a_class  # a class on loopback (the fixtures of the tests there)
lesson = station_tests.lesson  # a class console pumped by a Qt timer


@pytest.fixture(params=["en", "nl"])
def language(request: pytest.FixtureRequest) -> str:
    if request.param == "nl":
        request.getfixturevalue("dutch_windows")
    return str(request.param)


def test_every_reason_has_words_at_the_station_in_english_and_dutch(
    qapp: QApplication, language: str
) -> None:
    assert set(WORDS) == set(Reason)
    for reason in Reason:
        words = tr(WORDS[reason])
        assert fields_of(WORDS[reason]) == FIELDS[reason]  # the console's fields fill them
        assert fields_of(words) == FIELDS[reason]
        assert (words == WORDS[reason]) == (language == "en"), reason


# What the trainee reads for each reason, with the console's wording changed: the station goes
# by the key, so its words stay its own.
SAID = {
    "en": {
        Reason.WRONG_CODE: "Wrong session code: the console did not let this station in. Check "
        "the code on the instructor's screen and try again.",
        Reason.NAME_TAKEN: "The console did not let this station in: a trainee named Sanne de "
        "Vries is already in this class, at {host}. If that is you, close that station first; "
        "if not, add your initial to your name.",
        Reason.PROTOCOL_MISMATCH: "The console did not let this station in: this console speaks "
        "protocol {console}, this station {station}: install the same version of the trainer on "
        "both.",
        Reason.ID_MISMATCH: "The console did not let this station in: the station's id does "
        "not match its connection.",
        Reason.REMOVED: "The instructor removed this station from the exercise.",
        Reason.EXERCISE_OVER: "The console did not let this station in: the exercise is over; "
        "ask the instructor when the next one starts.",
    },
    "nl": {
        Reason.WRONG_CODE: "Verkeerde sessiecode: de console liet dit station niet toe. "
        "Controleer de code op het scherm van de instructeur en probeer het opnieuw.",
        Reason.NAME_TAKEN: "De console liet dit station niet toe: er zit al een cursist met de "
        "naam Sanne de Vries in deze klas, op {host}. Ben jij dat, sluit dan eerst dat station; "
        "zo niet, zet je voorletter bij je naam.",
        Reason.PROTOCOL_MISMATCH: "De console liet dit station niet toe: deze console gebruikt "
        "protocol {console}, dit station {station}: installeer op beide dezelfde versie van de "
        "trainer.",
        Reason.ID_MISMATCH: "De console liet dit station niet toe: de id van het station past "
        "niet bij zijn verbinding.",
        Reason.REMOVED: "De instructeur heeft dit station uit de oefening verwijderd.",
        Reason.EXERCISE_OVER: "De console liet dit station niet toe: de oefening is voorbij; "
        "vraag de instructeur wanneer de volgende begint.",
    },
}


def test_a_console_refusing_for_each_reason_gives_the_station_its_words(
    a_class: Callable[..., Class],
    language: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for reason in Reason:  # the console's English reworded: the station must not care
        reworded = "REWORDED " + " ".join(f"{{{name}}}" for name in sorted(FIELDS[reason]))
        monkeypatch.setitem(refusals.ENGLISH, reason, reworded)
    got = refusals_over_loopback(a_class())
    assert all(r.reason.startswith("REWORDED") for r in got.values())
    for reason, refusal in got.items():
        shown = removal_text(refusal) if isinstance(refusal, msg.Removed) else (
            refusal_text(refusal))  # fmt: skip
        assert shown == SAID[language][reason].format(**refusal.fields), reason


def test_a_reason_without_a_key_or_with_one_unknown_here_still_says_something(
    qapp: QApplication, language: str
) -> None:
    older = msg.Refused("this console speaks protocol 2, the station 3")  # before keys came
    words = reason_words(older)
    assert "this console speaks protocol 2, the station 3" in words
    assert ("older version" if language == "en" else "oudere versie") in words
    newer = msg.Refused("the seat is taken", "seat_taken", {"seat": "B4"})  # a newer console's
    assert reason_words(newer) == "the seat is taken"
    short = msg.Refused("protocol 4, the station 3", Reason.PROTOCOL_MISMATCH, {"console": 4})
    assert reason_words(short) == "protocol 4, the station 3"  # a field missing: its English


HOSTILE_NAME = "<b>Anna</b>\n<img src='x'>\r\n\u202eevil\x1b[31m" + "x" * 10_000
HOSTILE = msg.Refused("nope", Reason.NAME_TAKEN, {"trainee": HOSTILE_NAME, "host": "<i>pc</i>\n7"})


def shown_safely(text: str) -> None:
    assert "\n" not in text and "\r" not in text and "\u202e" not in text and "\x1b" not in text
    assert "<b>Anna</b> <img src='x'>" in text  # the markup as text
    assert len(text) < 400


@pytest.fixture
def hostile_console(qapp: QApplication) -> Iterator[str]:
    """A console that answers every join with HOSTILE; its host:port."""
    socket = ConsoleSocket("tcp://127.0.0.1:0")
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(
        lambda: [socket.send(peer, msg.encode(HOSTILE)) for peer, _ in socket.receive(0)]
    )
    timer.start()
    yield f"127.0.0.1:{socket.port}"
    timer.stop()
    socket.close()


def test_hostile_field_values_are_shown_as_plain_text_on_one_line(
    qtbot, lesson: Lesson, hostile_console: str, workspace: Workspace, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    dialog = connect_dialog(qtbot, lesson)
    fill_in(qtbot, dialog, hostile_console, "ABC123", "Anna")
    qtbot.waitUntil(lambda: "Anna</b>" in dialog.message.text(), timeout=WAIT_MS)
    assert dialog.message.textFormat() == Qt.TextFormat.PlainText
    shown_safely(dialog.message.text())
    assert dialog.message.text().count("x") <= MAX_FIELD_CHARS
    assert "&lt;i&gt;pc&lt;/i&gt; 7" not in dialog.message.text()  # not escaped twice either
    assert "<i>pc</i> 7" in dialog.message.text()

    window = joined_window(qtbot, lesson, workspace, tmp_path)
    received = msg.decode_console(msg.encode(HOSTILE))
    assert isinstance(received, msg.Refused)
    window.stop(received)
    assert window.message_box is not None
    for label_format, text in (
        (window.message_box.textFormat(), window.message_box.text()),
        (window.status.exercise.textFormat(), window.status.exercise.text()),
        (window.responses.note_label.textFormat(), window.responses.note_label.text()),
    ):
        assert label_format == Qt.TextFormat.PlainText
        shown_safely(text)
    window.close()


@settings(max_examples=examples(60), deadline=None)
@given(trainee=st.text(max_size=600), host=st.text(max_size=300))
def test_any_name_or_host_shows_on_one_printable_line(
    qapp: QApplication, trainee: str, host: str
) -> None:
    words = reason_words(msg.Refused("r", Reason.NAME_TAKEN, {"trainee": trainee, "host": host}))
    assert words.isprintable() and "\n" not in words
    assert len(words) <= len(WORDS[Reason.NAME_TAKEN]) + 2 * MAX_FIELD_CHARS


@pytest.mark.usefixtures("dutch_windows")
def test_in_dutch_a_second_station_under_a_name_and_a_removed_one_are_told_so(
    qtbot, lesson: Lesson, workspace: Workspace, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window = joined_window(qtbot, lesson, workspace, tmp_path, name="Sanne de Vries")
    second = connect_dialog(qtbot, lesson, "pc-2")
    fill_in(qtbot, second, lesson.address, lesson.console.code, "Sanne de Vries")
    qtbot.waitUntil(lambda: "er zit al een cursist" in second.message.text(), timeout=WAIT_MS)
    assert "met de naam Sanne de Vries in deze klas" in second.message.text()
    assert second.focusWidget() is second.name_edit
    second.reject()

    lesson.console.remove(window.link.station_id)
    qtbot.waitUntil(lambda: window.stopped is not None, timeout=WAIT_MS)
    said = "De instructeur heeft dit station uit de oefening verwijderd."
    assert window.status.exercise.text() == said
    assert window.message_box is not None and window.message_box.text() == said
    window.close()
