"""The briefing: the day's flight authorisations, for checking what Remote ID reports against."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from trainer.briefing import AuthorisedFlight, headline
from trainer.i18n import message
from trainer.text import printable
from trainer.ui.translation import QT_TR_NOOP, tr

NO_SCENARIO = QT_TR_NOOP("No scenario loaded.")


class BriefingPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = QTextBrowser(self)  # read-only, and serials can be selected and copied
        self.view.setOpenLinks(False)
        self.view.setPlainText(tr(NO_SCENARIO))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view)

    def show_flights(self, flights: tuple[AuthorisedFlight, ...]) -> None:
        def escape(text: str) -> str:  # a scenario's words as text: no markup, no bidi override
            return html.escape(printable(text))

        parts = [f"<p><b>{escape(headline(flights))}</b></p>"]
        not_given = tr("not given")  # outside the f-strings: lupdate reads no code inside one
        for flight in flights:
            remote_id = (
                message("briefing.no_remote_id")
                if flight.operator_id is None and flight.serial is None
                else tr("operator {operator}<br>serial {serial}").format(
                    operator=f"<tt>{escape(flight.operator_id or not_given)}</tt>",
                    serial=f"<tt>{escape(flight.serial or not_given)}</tt>",
                )
            )
            # One zone a line: zone names may hold commas.
            zones = "<br>".join(f"&nbsp;&nbsp;\u00b7 {escape(zone)}" for zone in flight.zones)
            parts.append(
                tr(
                    "<p><b>{reference}</b><br>{remote_id}<br>zones:<br>{zones}<br>valid "
                    "{valid_from} to {valid_to} local</p>"
                ).format(
                    reference=escape(flight.reference),
                    remote_id=remote_id,
                    zones=zones,
                    valid_from=flight.valid_from,
                    valid_to=flight.valid_to,
                )
            )
        self.view.setHtml("".join(parts))

    def text(self) -> str:
        """What the panel shows, as plain text."""
        return self.view.toPlainText()
