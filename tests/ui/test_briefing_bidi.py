"""A right-to-left override (U+202E) in an authorisation's reference, serial, operator or zone
name turned round the rest of the trainee's briefing ('lacol 04:31 ot 02:31 dilav'); the panel
shows the file's words as the library and the sheets do (trainer.text), markup as text."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from trainer.briefing import AuthorisedFlight
from trainer.ui.panels.briefing import BriefingPanel

BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def test_a_bidi_override_does_not_turn_the_briefing_round(qtbot: QtBot) -> None:
    panel = BriefingPanel()
    qtbot.addWidget(panel)
    flight = AuthorisedFlight(
        reference="<b>EHTW</b>\u202e-0188",
        operator_id="NLD\u2067op",
        serial="SER\u202d1",
        zones=("Safety \u202eCampus", "ATZ Twente"),
        valid_from="13:20",
        valid_to="13:40",
    )
    panel.show_flights((flight,))
    text = panel.text()
    assert not any(c in text for c in BIDI), repr(text)
    assert "<b>EHTW</b> -0188" in text  # markup as written, shown as text
    assert "NLD op" in text and "SER 1" in text and "Safety Campus" in text
    assert text.rstrip().endswith("valid 13:20 to 13:40 local")  # read the right way round
