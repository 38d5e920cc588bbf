"""An OpenAir file's airspace that cannot be used is named in Dutch under --lang nl: the Dutch
national file leaves five out (outlines that cross themselves), and `validate`, `airspace`
and the windows printed why in English inside the Dutch."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from trainer import i18n
from trainer.geo.crs import Projector
from trainer.geo.formats.openair import read_openair

WINPILOT = (
    Path(__file__).resolve().parents[1] / "data" / "openair" / "OPENAIR_FORMAT_WinPilot_1998.txt"
)


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    i18n.use_language("en")


def test_the_samples_skipped_airspace_is_named_in_dutch() -> None:
    i18n.use_language("nl")
    bad_direction, crossed = read_openair(WINPILOT, Projector()).warnings
    assert bad_direction.field == "luchtruim 'BEALE AFB'"
    assert bad_direction.message == "V D= moet + of - zijn; gelezen: '-5'; overgeslagen"
    assert crossed.field == "luchtruim 'R 4812 4804'"
    assert crossed.message.startswith("is geen geldige veelhoek: de rand snijdt zichzelf bij 39.0")
    assert crossed.message.endswith("(breedte, lengte); overgeslagen")


def test_english_is_worded_as_before() -> None:
    bad_direction, crossed = read_openair(WINPILOT, Projector()).warnings
    assert bad_direction.message == "V D= must be + or -, got '-5'; skipped"
    assert crossed.message.startswith("is not a valid polygon: Self-intersection near 39.0")
    assert crossed.message.endswith("(lat, lon); skipped")
