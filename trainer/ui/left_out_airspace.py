"""The status bar's lasting note of the warnings of imported airspace files: airspace a file had
to leave out, and outlines read as the area they enclose.

A flash message is gone by the time the instructor looks, and the run's start clears it; a
zone missing from an exercise matters for its whole length. So the count stays in the status bar
while the scenario is open, and a click lists every warning.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from trainer.ui.translation import tr

SHOWN_IN_TOOLTIP = 10  # the rest are in the list a click opens
SHOWN_IN_DIALOG = 5  # the rest under Show Details


class LeftOutAirspace(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.warnings: tuple[str, ...] = ()
        self.for_trainee = False  # a trainee can do nothing about it
        self.dialog: QMessageBox | None = None
        self.linkActivated.connect(lambda _link: self.show_list())
        self.setVisible(False)

    def set_warnings(self, warnings: Sequence[object]) -> None:
        """The warnings of the scenario now open (none: the note goes away)."""
        self.warnings = tuple(str(w) for w in warnings)
        count = len(self.warnings)
        self.setText(
            '<a href="list">{}</a>'.format(
                tr("\u26a0 Imported airspace: {count} warning(s)").format(count=count)
            )
        )
        shown = list(self.warnings[:SHOWN_IN_TOOLTIP])
        if count > SHOWN_IN_TOOLTIP:
            shown.append(tr("... and {more} more").format(more=count - SHOWN_IN_TOOLTIP))
        # Names come from the files: escaped, so that a tooltip never reads them as rich text.
        self.setToolTip("<br>".join(html.escape(line) for line in shown))
        self.setVisible(count > 0 and not self.for_trainee)

    def set_trainee(self, trainee: bool) -> None:
        self.for_trainee = trainee
        self.setVisible(bool(self.warnings) and not trainee)

    def show_list(self) -> None:
        """Every warning, in a dialog that does not block the window."""
        dialog = QMessageBox(
            QMessageBox.Icon.Warning,
            tr("Imported airspace"),
            tr(
                "The scenario's airspace files gave {count} warning(s). Airspace that could not "
                "be used (skipped) is not on the map and no zone rule applies to it; an outline "
                "that crosses itself is on the map as the area it encloses."
            ).format(count=len(self.warnings)),
            QMessageBox.StandardButton.Ok,
            self.window(),
        )
        dialog.setInformativeText("\n".join(self.warnings[:SHOWN_IN_DIALOG]))
        dialog.setDetailedText("\n".join(self.warnings))
        dialog.open()
        self.dialog = dialog
