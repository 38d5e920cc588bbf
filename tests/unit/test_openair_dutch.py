"""An OpenAir file's airspace that cannot be used, or whose outline crosses itself and was read
as the area it encloses, is named in Dutch under --lang nl: `validate`, `airspace` and the
windows once printed why in English inside the Dutch."""

from __future__ import annotations

import json
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
    # The outline that crosses itself is kept, as the area it encloses; said in Dutch too.
    assert crossed.field == "luchtruim 'R 4812 4804'"
    assert crossed.message.startswith("de rand snijdt zichzelf bij 39.0")
    assert "(breedte, lengte); gelezen als het gebied dat de rand omsluit: 2 delen, samen " in (
        crossed.message
    )
    assert crossed.message.endswith(" km²") and "," in crossed.message.rsplit("samen ", 1)[1]


def test_english_is_worded_as_before() -> None:
    bad_direction, crossed = read_openair(WINPILOT, Projector()).warnings
    assert bad_direction.message == "V D= must be + or -, got '-5'; skipped"
    assert crossed.message.startswith("its outline crosses itself near 39.0")
    assert "(lat, lon); read as the area it encloses: 2 parts, " in crossed.message


ED269 = Path(__file__).resolve().parents[1] / "data" / "ed269" / "cis_source_sample_ed269.json"


def test_an_ed269_zone_left_out_is_named_in_dutch(tmp_path: Path) -> None:
    from trainer.geo.formats.ed269 import read_ed269

    document = json.loads(ED269.read_text(encoding="utf-8"))
    zone = document["UASZoneList"][0]
    zone["geometry"][0]["lowerVerticalReference"] = "SPACE"  # no reference ED-269 knows
    broken = tmp_path / "zones.json"
    broken.write_text(json.dumps(document), encoding="utf-8")
    i18n.use_language("nl")
    (skipped,) = read_ed269(broken, Projector()).warnings
    assert skipped.field == f"zone {zone['identifier']!r} ({zone['name']})"
    assert skipped.message == (
        "geometry[0]: een hoogtereferentie moet AGL, AMSL of WGS84 zijn; gelezen: 'SPACE'; "
        "overgeslagen"
    )
    i18n.use_language("en")
    (skipped,) = read_ed269(broken, Projector()).warnings
    assert skipped.message == (
        "geometry[0]: a vertical reference must be AGL, AMSL or WGS84, got 'SPACE'; skipped"
    )
