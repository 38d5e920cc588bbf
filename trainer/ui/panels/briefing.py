"""The briefing: the day's flight authorisations, for checking what Remote ID reports against."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from trainer.briefing import NO_REMOTE_ID, AuthorisedFlight, headline

NO_SCENARIO = "No scenario loaded."


class BriefingPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = QTextBrowser(self)  # read-only, and serials can be selected and copied
        self.view.setOpenLinks(False)
        self.view.setPlainText(NO_SCENARIO)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view)

    def show_flights(self, flights: tuple[AuthorisedFlight, ...]) -> None:
        parts = [f"<p><b>{escape(headline(flights))}</b></p>"]
        for flight in flights:
            remote_id = (
                NO_REMOTE_ID
                if flight.operator_id is None and flight.serial is None
                else f"operator <tt>{escape(flight.operator_id or 'not given')}</tt><br>"
                f"serial <tt>{escape(flight.serial or 'not given')}</tt>"
            )
            # One zone a line: zone names may hold commas.
            zones = "<br>".join(f"&nbsp;&nbsp;\u00b7 {escape(zone)}" for zone in flight.zones)
            parts.append(
                f"<p><b>{escape(flight.reference)}</b><br>{remote_id}<br>"
                f"zones:<br>{zones}<br>"
                f"valid {flight.valid_from} to {flight.valid_to} local</p>"
            )
        self.view.setHtml("".join(parts))

    def text(self) -> str:
        """What the panel shows, as plain text."""
        return self.view.toPlainText()
