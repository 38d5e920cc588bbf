"""A zone's name in the program's language: Dutch where the zone has a Dutch name."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.unit.scenario_factory import drone, prepare
from trainer import i18n
from trainer.errors import ScenarioError
from trainer.geo.zones import Zone
from trainer.launch import Workspace


def _fair(name_nl: object) -> dict[str, object]:
    zone: dict[str, object] = {
        "id": "fair",
        "name": "Summer fair",
        "kind": "event_area",
        "lower": "GND",
        "upper": "120 m AGL",
        "circle": {"centre": {"lat": 52.29, "lon": 6.88}, "radius_m": 200},
    }
    if name_nl is not None:
        zone["name_nl"] = name_nl
    return {"assets": ["twente"], "zones": [zone]}


@pytest.fixture
def dutch() -> Iterator[None]:
    i18n.use_language("nl")
    yield
    i18n.use_language("en")


def _fair_zone(workspace: Workspace, folder: Path, name_nl: object) -> Zone:
    hovering = drone("d1", 52.2758, 6.8892, {"kind": "hover"})
    run = prepare(workspace, folder, [hovering], airspace=_fair(name_nl))
    return next(z for z in run.world.airspace.zones if z.id == "fair")


@pytest.mark.usefixtures("dutch")
def test_a_drawn_zone_is_named_in_dutch_when_it_has_a_dutch_name(
    workspace: Workspace, tmp_path: Path
) -> None:
    assert _fair_zone(workspace, tmp_path, "Zomerkermis").shown_name() == "Zomerkermis"
    # Without one, the name as written.
    assert _fair_zone(workspace, tmp_path, None).shown_name() == "Summer fair"


def test_in_english_the_english_name(workspace: Workspace, tmp_path: Path) -> None:
    assert _fair_zone(workspace, tmp_path, "Zomerkermis").shown_name() == "Summer fair"


def test_an_empty_dutch_name_is_refused_naming_the_field(
    workspace: Workspace, tmp_path: Path
) -> None:
    with pytest.raises(ScenarioError) as raised:
        _fair_zone(workspace, tmp_path, "")
    assert "airspace.zones[0].name_nl" in str(raised.value)


@pytest.mark.usefixtures("dutch")
def test_a_zone_is_shown_by_its_name_on_one_line_without_a_direction_override(
    workspace: Workspace, tmp_path: Path
) -> None:
    # A right-to-left override in a zone's name (a scenario's, or an imported airspace file's)
    # turned round the text after it in the trainee's alerts, track table and briefing.
    zone = _fair_zone(workspace, tmp_path, "Zomer\u202ekermis\n\u2066Oost\u2069")
    assert zone.name_nl == "Zomer\u202ekermis\n\u2066Oost\u2069"  # the file's name, as written
    assert zone.shown_name() == "Zomer kermis Oost"


@pytest.mark.usefixtures("dutch")
def test_a_name_of_nothing_but_direction_characters_is_shown_as_the_zones_id(
    workspace: Workspace, tmp_path: Path
) -> None:
    # It left an empty label on the map and an empty zone in the alerts.
    assert _fair_zone(workspace, tmp_path, "\u202e\u2066\u2069").shown_name() == "fair"
