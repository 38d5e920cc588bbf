"""The briefing of the day's authorisations: what an instructor says, never the answer."""

from __future__ import annotations

import pytest

from tests.conftest import SCENARIOS
from trainer.briefing import AuthorisedFlight, authorisations, briefing_text, local_clock
from trainer.launch import Workspace, bundled_scenarios


def briefing_of(workspace: Workspace, name: str) -> tuple[AuthorisedFlight, ...]:
    run = workspace.prepare(SCENARIOS / name)
    names = {zone.id: zone.name for zone in run.world.airspace.zones}
    return authorisations(run.scenario, names)


@pytest.mark.parametrize("path", bundled_scenarios(), ids=lambda p: p.stem)
def test_the_briefing_gives_nothing_of_the_truth_away(workspace: Workspace, path) -> None:  # type: ignore[no-untyped-def]
    run = workspace.prepare(path)
    scenario = run.scenario
    names = {zone.id: zone.name for zone in run.world.airspace.zones}
    text = briefing_text(authorisations(scenario, names))
    assert scenario.title not in text and scenario.summary.strip() not in text
    for drone in scenario.drones:
        assert drone.id not in text
        assert drone.label is None or drone.label not in text
    authorised = [d for d in scenario.drones if d.authorisation is not None]
    assert text.count("valid ") == len(authorised)


def test_the_remote_id_mismatch_lists_only_the_authorised_flight(workspace: Workspace) -> None:
    flights = briefing_of(workspace, "remote-id-mismatch.yaml")
    assert flights == (
        AuthorisedFlight(
            reference="EHTW-UAS-2026-0142",
            operator_id="NLDx8fj3k29d7h2a",
            serial="1581F5FHD23B400A0123",
            zones=(
                "EHTW runway core, no drones",
                "ATZ Twente, drone flights need permission",
                "ATZ Twente",
                "RMZ EHTW",
            ),
            valid_from="10:45",
            valid_to="11:00",
        ),
    )
    text = briefing_text(flights)
    assert text.startswith("One authorised drone flight today")
    # The photo drone broadcasts too, but is on no authorisation: not in the briefing.
    assert "1581F5FHD23B400A0128" not in text and "NLDx8fj3k29d7h2e" not in text


def test_a_day_without_authorisations(workspace: Workspace) -> None:
    flights = briefing_of(workspace, "hobby-drone-approach-23.yaml")
    assert flights == ()
    assert briefing_text(flights) == "No drone flights are authorised today."


def test_a_drone_without_remote_id_is_briefed_so(workspace: Workspace) -> None:
    run = workspace.prepare(SCENARIOS / "remote-id-mismatch.yaml")
    inspection = run.scenario.drones[0]
    silent = inspection.model_copy(update={"remote_id": inspection.remote_id.model_copy(
        update={"broadcast": False})})  # fmt: skip
    scenario = run.scenario.model_copy(update={"drones": [silent]})
    (flight,) = authorisations(scenario, {})
    assert flight.remote_id == "no Remote ID" and flight.operator_id is None
    assert flight.zones[0] == "uas-ehtw-core"  # no name known: the id as it is
    assert "no Remote ID" in briefing_text((flight,))


def test_local_clock_times() -> None:
    assert local_clock(10 * 60 + 45, 0) == "10:45"
    assert local_clock(10 * 60 + 45, 900) == "11:00"
    assert local_clock(10 * 60 + 45, 930) == "11:00:30"
    assert local_clock(23 * 60 + 50, 1200) == "00:10"  # past midnight
