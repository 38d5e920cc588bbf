"""The station's word on its link to the console."""

from __future__ import annotations

from trainer.ui.station_status import BAD, QUIET, StationStatus, connection_text


def test_a_console_closed_after_the_sheet_came_is_no_alarm(dutch_windows: None) -> None:
    # Was red 'Opnieuw verbinden met de console…' for good once the instructor closed the
    # console at the end of the lesson, the trainee's sheet already on the screen.
    assert connection_text(False, 30.0, 0, sheet_in=True) == (
        "Console niet meer bereikbaar (je scoreformulier is binnen)",
        QUIET,
    )
    # Before the sheet, or with a response still to deliver, it is worth the red.
    assert connection_text(False, 30.0, 0)[1] == BAD
    assert connection_text(False, 30.0, 2, sheet_in=True)[1] == BAD
    assert connection_text(True, 0.1, 0, sheet_in=True) == ("Verbonden", "#1e8449")


def test_a_bidi_override_in_the_session_title_leaves_the_name_as_it_reads(qtbot) -> None:  # type: ignore[no-untyped-def]
    status = StationStatus()
    qtbot.addWidget(status)
    status.show_who("Exercise \u2014 Les 3\u202e", "Anna")
    assert status.who.text() == "Exercise \u2014 Les 3   \u00b7  Anna"
