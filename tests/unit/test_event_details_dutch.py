"""The engine's details that `simulate`'s Dutch table (and the window's alerts) left in English:
a recorded flight's end, a drone home, a scripted action for a drone on the ground."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from trainer import i18n
from trainer.cli_event_words import _DETAILS, detail_words


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    i18n.use_language("en")


ENGINE_SAID = {
    # trainer/sim/log_flight.py
    "its recorded flight ended on the ground": "de opgenomen vlucht eindigde op de grond",
    "its recorded flight ended; hovering at its end": (
        "de opgenomen vlucht is afgelopen; hangt stil aan het eind"
    ),
    # trainer/sim/behaviours.py
    "home reached": "thuispunt bereikt",
    # trainer/sim/engine.py: the reason is a detail of its own
    "scripted at 60 s; no effect, the drone is not flying": (
        "volgens het script op 60 s; geen effect, de drone vliegt niet"
    ),
    "instructor inject; no effect, the drone is not flying": (
        "inject van de instructeur; geen effect, de drone vliegt niet"
    ),
    # trainer/sim/other_traffic.py: the flight's phase is said as on its map label
    "420 m from PH-ABC (C172, take off), 30 m below": (
        "420 m van PH-ABC (C172, start), 30 m eronder"
    ),
    "80.5 m from PH-XYZ (PA28, landing roll), 3 m above": (
        "80,5 m van PH-XYZ (PA28, uitrol), 3 m erboven"
    ),
    "95 m from PH-ABC (C172, downwind), 0 m above": (
        "95 m van PH-ABC (C172, downwind), 0 m erboven"
    ),
}


@pytest.mark.parametrize(("english", "dutch"), ENGINE_SAID.items())
def test_the_engines_detail_reads_in_dutch(english: str, dutch: str) -> None:
    i18n.use_language("nl")
    assert detail_words(english) == dutch
    i18n.use_language("en")
    assert detail_words(english) == english


@pytest.mark.parametrize("english", ENGINE_SAID)
def test_the_pattern_renders_back_the_engines_words(english: str) -> None:
    matched = [(key, p.fullmatch(english), names) for p, key, names in _DETAILS]
    key, found, names = next((k, f, n) for k, f, n in matched if f)
    assert found is not None
    fields = dict(zip(names, found.groups(), strict=True))
    assert i18n.msg(key, **fields).text("en") == english
