"""The briefing panel: the day's authorisations on screen, in a dock beside the legend."""

from __future__ import annotations

from tests.conftest import SCENARIOS
from trainer.briefing import AuthorisedFlight
from trainer.ui.main_window import TRAINEE, MainWindow
from trainer.ui.panels.briefing import BriefingPanel

FLIGHT = AuthorisedFlight(
    reference="EHTW-UAS-2026-0142",
    operator_id="NLDx8fj3k29d7h2a",
    serial="1581F5FHD23B400A0123",
    zones=("EHTW runway core, no drones", "ATZ Twente"),
    valid_from="10:45",
    valid_to="11:00",
)


def test_the_panel_shows_each_flight(qtbot) -> None:  # type: ignore[no-untyped-def]
    panel = BriefingPanel()
    qtbot.addWidget(panel)
    assert panel.text() == "No scenario loaded."
    silent = AuthorisedFlight("TWENTE-TEST-2026-07", None, None, ("Test field",), "11:00", "11:30")
    panel.show_flights((FLIGHT, silent))
    text = panel.text()
    assert text.startswith("2 authorised drone flights today")
    for expected in (
        "EHTW-UAS-2026-0142",
        "operator NLDx8fj3k29d7h2a",
        "serial 1581F5FHD23B400A0123",
        "zones:\n  \u00b7 EHTW runway core, no drones\n  \u00b7 ATZ Twente",
        "valid 10:45 to 11:00 local",
        "TWENTE-TEST-2026-07\nno Remote ID",
    ):
        assert expected in text
    panel.show_flights(())
    assert panel.text() == "No drone flights are authorised today."


def test_the_window_briefs_the_opened_scenario(window: MainWindow) -> None:
    dock = window.docks["briefing"]
    assert dock.windowTitle() == "Briefing"
    assert dock in window.tabifiedDockWidgets(window.docks["legend"])
    window.open_scenario(SCENARIOS / "remote-id-mismatch.yaml")
    text = window.briefing.text()
    assert "EHTW-UAS-2026-0142" in text and "NLDx8fj3k29d7h2a" in text
    assert "1581F5FHD23B400A0123" in text and "valid 10:45 to 11:00 local" in text
    assert "1581F5FHD23B400A0128" not in text and "inspection-1" not in text
    assert window.run is not None and window.run.scenario.title not in text
    window.set_role(TRAINEE)  # the trainee is briefed too
    assert not dock.toggleViewAction().isChecked() or dock.toggleViewAction().isEnabled()
    window.open_scenario(SCENARIOS / "hobby-drone-approach-23.yaml")
    assert window.briefing.text() == "No drone flights are authorised today."
