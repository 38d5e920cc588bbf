"""`simulate`'s table names event kinds in words, in the language in use, and turns the engine's
common details into Dutch; the --json lines stay the engine's identifiers, byte for byte."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.conftest import SCENARIOS
from trainer import i18n
from trainer.cli import main
from trainer.cli_event_words import _DETAILS, detail_words
from trainer.launch import Workspace
from trainer.sim.events import EventKind

SCENARIO = SCENARIOS / "drone-near-manned-final.yaml"


@pytest.fixture(autouse=True)
def english_after(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(i18n.ENV_VAR, raising=False)  # --lang sets it for child processes
    yield
    i18n.use_language("en")


def _simulate(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main([*args]) == 0
    return capsys.readouterr().out


def test_the_dutch_table_names_kinds_in_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    table = _simulate(capsys, "--lang", "nl", "simulate", str(SCENARIO))
    for dutch in ("zone binnengevlogen", "zone verlaten", "track gestart", "opgestegen", "geland"):
        assert dutch in table
    for identifier in ("zone_entered", "zone_exited", "track_started", "launched"):
        assert identifier not in table
    assert "radar; geen update meer" in table
    assert "m van PH-ABC (C172, final)" in table and "m eronder" in table
    assert "PH-ABC (C172) geland op baan 23" in table
    assert "volgens het script op 420 s" in table


def test_the_english_table_names_kinds_in_words(capsys: pytest.CaptureFixture[str]) -> None:
    table = _simulate(capsys, "--lang", "en", "simulate", str(SCENARIO))
    assert "entered zone" in table and "zone_entered" not in table
    assert "radar; no update" in table and "scripted at 420 s" in table


def test_json_is_the_engines_in_any_language(capsys: pytest.CaptureFixture[str]) -> None:
    english = _simulate(capsys, "--lang", "en", "simulate", str(SCENARIO), "--json")
    dutch = _simulate(capsys, "--lang", "nl", "simulate", str(SCENARIO), "--json")
    assert dutch == english
    assert '"kind": "zone_entered"' in dutch and "binnengevlogen" not in dutch


def test_every_event_kind_has_words() -> None:
    for kind in EventKind:
        for language in i18n.LANGUAGES:
            words = i18n.message(f"cli.kind.{kind.value}", language)
            assert words and "_" not in words


@pytest.mark.parametrize("name", ["drone-near-manned-final", "two-drones", "swarm-24"])
def test_each_detail_pattern_says_in_english_what_the_engine_wrote(
    name: str, workspace: Workspace
) -> None:
    run = workspace.prepare(SCENARIOS / f"{name}.yaml")
    engine = run.engine()
    engine.run_until(run.scenario.duration_s)
    matched = 0
    for event in engine.events:
        for pattern, key, names in _DETAILS:
            found = pattern.fullmatch(event.detail)
            if found:
                fields = dict(zip(names, found.groups(), strict=True))
                assert i18n.msg(key, **fields).text("en") == event.detail
                matched += 1
        assert detail_words(event.detail) == event.detail  # English shows them as they are
    assert matched


def test_a_detail_of_no_known_form_is_shown_as_written() -> None:
    i18n.use_language("nl")
    assert detail_words("something new; 3 m") == "something new; 3 m"
    assert detail_words("within 12.5 m of the runway") == "binnen 12,5 m van de baan"
