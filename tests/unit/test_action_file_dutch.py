"""A file of scripted actions (`drone-trainer run --actions`) is checked in the language in use:
every problem in Dutch when the trainer speaks Dutch, with no English of Python's json in it."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer import i18n
from trainer.i18n import en_actions, nl_actions
from trainer.scoring.action_file import ActionFileError, check_tracks, read_action_file

BAD_LINES = [
    '{"at_s": 10, "kind": "acknowledge", "track": "T001"}',
    '{"at_s": 11, "kind": "wave", "track": "T001"}',
    '{"at_s": 12, "kind": "classify", "track": "T001", "params": {"colour": "red"}}',
    '{"at_s": 13, "kind": "notify_police"}',
    '{"at_s": -1.5, "kind": "inform_radio"}',
    '{"at_s": 14, "kind": "inform_radio", "when": 3}',
    "not json",
    '{"at_s": 15, "kind": "classify", "track": "T001", "params": {"classification": "ufo"}}',
    '{"at_s": 16, "kind": "end_run", "track": "T001"}',
]


def problems(language: i18n.Language, path: Path) -> list[str]:
    i18n.use_language(language)
    try:
        with pytest.raises(ActionFileError) as caught:
            read_action_file(path, 600)
    finally:
        i18n.use_language("en")
    return str(caught.value).splitlines()


def test_every_problem_of_an_actions_file_in_dutch(tmp_path: Path) -> None:
    path = tmp_path / "sanne.jsonl"
    path.write_text("\n".join(BAD_LINES), encoding="utf-8")
    dutch = problems("nl", path)
    assert dutch == [
        f"{path}:2: kind: onbekende handeling 'wave'; een van " + dutch[0].split("een van ")[1],
        f"{path}:3: params: classify neemt classification, niet 'colour'",
        f"{path}:4: track: notify_police gaat over een drone en heeft de bedoelde track nodig",
        f"{path}:5: at_s: -1,5 valt buiten de oefening (0 tot 600 s)",
        f"{path}:6: onbekend veld 'when'; een regel heeft at_s, kind, params, track",
        f"{path}:7: geen JSON-object (kolom 1)",
        f"{path}:8: params.classification: onbekende waarde 'ufo'; een van "
        + dutch[6].split("een van ")[1],
        f"{path}:9: end_run neemt geen track en geen params",
    ]
    english = problems("en", path)
    assert english[5] == f"{path}:7: not a JSON object (column 1)"  # was "...: Expecting value"
    assert english[3] == f"{path}:5: at_s: -1.5 is outside the run (0 to 600 s)"


def test_unknown_tracks_and_an_unreadable_file_in_dutch(tmp_path: Path) -> None:
    path = tmp_path / "sanne.jsonl"
    path.write_bytes(b'{"at_s": 1, "kind": "inform_radio"}\n\xff\n')
    assert problems("nl", path) == [
        f"{path}: de handelingen zijn niet te lezen: geen UTF-8-tekst (byte 36)"
    ]
    path.write_text('{"at_s": 1, "kind": "acknowledge", "track": "T9"}\n', encoding="utf-8")
    planned = read_action_file(path, 600)
    i18n.use_language("nl")
    try:
        with pytest.raises(ActionFileError) as caught:
            check_tracks(path, planned, set())
    finally:
        i18n.use_language("en")
    assert str(caught.value).splitlines() == [
        f"{path}:1: track: 'T9' komt in deze oefening nooit voor",
        "(tracks van de oefening: geen)",
    ]
    missing = tmp_path / "gone.jsonl"
    assert problems("nl", missing) == [
        f"{missing}: de handelingen zijn niet te lezen: bestand of map bestaat niet"
    ]


def test_the_dutch_catalog_has_every_english_sentence() -> None:
    assert set(en_actions.MESSAGES) == set(nl_actions.MESSAGES)
