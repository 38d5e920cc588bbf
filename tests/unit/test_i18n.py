"""The catalogs: every English sentence has its Dutch, with the same fields; messages keep."""

from __future__ import annotations

import string
from pathlib import Path

import pytest

from trainer import i18n
from trainer.i18n import Message, choose_language, en, message, msg, nl, parse_language


def fields(template: str) -> set[tuple[str, str]]:
    return {(name, spec or "") for _, name, spec, _ in string.Formatter().parse(template) if name}


def test_every_english_message_has_its_dutch() -> None:
    missing = sorted(set(en.MESSAGES) - set(nl.MESSAGES))
    assert missing == [], f"no Dutch in trainer/i18n/nl.py for: {', '.join(missing)}"
    unknown = sorted(set(nl.MESSAGES) - set(en.MESSAGES))
    assert unknown == [], f"Dutch for keys English does not have: {', '.join(unknown)}"


def test_dutch_and_english_take_the_same_fields() -> None:
    # The author's own words carry both languages; each catalog shows its own.
    assert en.MESSAGES["words.authored"] == "{en}" and nl.MESSAGES["words.authored"] == "{nl}"
    wrong = [
        f"{key}: en {sorted(fields(en.MESSAGES[key]))} nl {sorted(fields(nl.MESSAGES[key]))}"
        for key in en.MESSAGES
        if key != "words.authored" and fields(en.MESSAGES[key]) != fields(nl.MESSAGES.get(key, ""))
    ]
    assert wrong == []


def test_a_message_renders_in_either_language_with_its_numbers() -> None:
    late = msg(
        "reason.late",
        head=msg("head.gained", gained=16.7, action=msg("did.inform_radio")),
        when=msg("when.after", delay=45, label=msg("clock.zone_entry", zone="ATZ")),
        window=30,
        late=15,
        gained=16.7,
        of=20,
    )
    assert late.text("en") == (
        "+16.7 informed Twente Radio 45 s after entry of ATZ (window 30 s; 15 s late, 16.7 of 20)"
    )
    assert late.text("nl") == (
        "+16,7 Twente Radio geïnformeerd 45 s na het binnenvliegen van ATZ (tijdvenster 30 s; "
        "15 s te laat, 16,7 van 20)"
    )
    assert message("words.disruption", "nl", duration=197, cost=1328.4) == (
        "3,3 min verstoring, € 1.328"
    )
    assert message("words.disruption", "en", duration=197, cost=1328.4) == (
        "3.3 min disruption, EUR 1,328"
    )


def test_a_message_survives_the_record_as_json() -> None:
    stored = msg("reason.never", of=20, action=msg("did.inform_radio"), window=30,
                 label="ATZ entry", due=146.0)  # fmt: skip
    again = Message.from_json(stored.to_json())
    assert again == stored
    assert (
        again.text("en")
        == "0/20 never informed Twente Radio (due within 30 s of ATZ entry at 2:26)"
    )


@pytest.mark.parametrize(
    "text",
    [
        '{"k": "no.such.key"}',
        "[1]",
        '{"k": "did.classify", "f": {"track": [1]}}',
        "{",
        '{"k": "reason.never", "f": {}}',  # its fields missing
        '{"k": "head.gained", "f": {"gained": "x", "action": "y"}}',  # text where a number goes
    ],
)
def test_a_stored_message_that_is_not_ours_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        Message.from_json(text)


def test_an_unknown_key_is_a_programming_error() -> None:
    with pytest.raises(KeyError, match="no message"):
        msg("no.such")


@pytest.mark.parametrize(
    ("text", "language"),
    [("nl", "nl"), ("nl_NL.UTF-8", "nl"), ("nl-BE", "nl"), ("Dutch_Netherlands", "nl"),
     ("en_GB.UTF-8", "en"), ("C", "en"), ("de_DE", None), ("", None), (None, None)],
)  # fmt: skip
def test_language_names_are_read(text: str | None, language: str | None) -> None:
    assert parse_language(text) == language


def test_the_flag_beats_the_environment_beats_the_setting_beats_the_system(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", i18n.ENV_VAR):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    assert choose_language() == "nl"
    assert choose_language(setting="en") == "en"
    assert choose_language(setting="system") == "nl"
    monkeypatch.setenv(i18n.ENV_VAR, "nl")
    assert choose_language(setting="en") == "nl"
    assert choose_language(flag="en", setting="nl") == "en"
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    monkeypatch.delenv(i18n.ENV_VAR)
    assert choose_language() in ("en", "nl")  # German: the locale module decides, else English


def test_the_program_speaks_english_until_told_otherwise() -> None:
    assert i18n.current() == "en"
    i18n.use_language("nl")
    try:
        assert message("result.passed") == "GESLAAGD"
    finally:
        i18n.use_language("en")
    assert message("result.passed") == "PASSED"


def test_the_command_line_helps_and_reports_in_dutch_when_asked(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from trainer.cli import main

    monkeypatch.setenv(i18n.ENV_VAR, "en")  # --lang sets it for children: undone after
    scenario = str(Path(__file__).resolve().parents[2] / "scenarios" / "two-drones.yaml")
    try:
        with pytest.raises(SystemExit):
            main(["--lang", "nl", "--help"])
        assert "het trainervenster openen" in capsys.readouterr().out
        assert main(["--lang=nl", "validate", scenario]) == 0
        captured = capsys.readouterr()
        assert f"{scenario}: in orde" in captured.out and "1 geldig, 0 kapot" in captured.err
    finally:
        i18n.use_language("en")
    monkeypatch.setenv(i18n.ENV_VAR, "en")
    assert main(["validate", scenario]) == 0
    assert "1 valid, 0 broken" in capsys.readouterr().err
    i18n.use_language("en")


def test_every_inject_template_has_a_title_in_each_language() -> None:
    from trainer.sim.injects import TEMPLATES, template_title

    titles = {}
    for language in i18n.LANGUAGES:
        i18n.use_language(language)
        titles[language] = [template_title(key) for key in TEMPLATES]
    i18n.use_language("en")
    assert all(titles["en"]) and all(titles["nl"])
    assert not set(titles["en"]) & set(titles["nl"])  # each one translated


def test_a_reason_for_a_drone_never_seen_is_a_whole_dutch_sentence() -> None:
    # Was '... niet vereist, er verscheen in deze oefening geen track van' (of what?), on the
    # live score, the sheet a trainee gets and the PDF.
    said = message("reason.never_seen", "nl", action="Twente Radio geïnformeerd")
    whole = "0/0 Twente Radio geïnformeerd: niet vereist, hiervan verscheen in deze oefening"
    assert said == whole + " geen track"
