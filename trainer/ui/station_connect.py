"""Joining a class: the console (found on the LAN, or typed), the session code, and who you are.

The dialog pumps the station's link from a timer while the console answers, so it never
blocks; it closes once the console has welcomed the station, handing the joined link over.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from trainer.classroom import messages as msg
from trainer.classroom.discovery import ConsoleFound, find_consoles
from trainer.classroom.station import StationLink
from trainer.classroom.stations import normal_code
from trainer.text import single_line
from trainer.ui.station_finder import ConsoleFinder, Finder
from trainer.ui.station_refusal import blames_the_name, refusal_text
from trainer.ui.station_state import LastJoin, StationState, endpoint_of
from trainer.ui.translation import tr

PUMP_MS = 20
FINDER_CHECK_MS = 250
NO_ANSWER_S = 3.0  # no word from the console this long: say so (the link keeps asking)
REFUSED_COLOUR = "#c0392b"
WAITING_COLOUR = "#f5b041"


def console_address(found: ConsoleFound) -> str:
    host = f"[{found.address}]" if ":" in found.address else found.address
    return f"{host}:{found.port}"


def console_label(found: ConsoleFound) -> str:
    """The class session and the console's name, the session once: the class console names
    itself after its session ("Week 12 (PC-7)"), and the list showed "Week 12 — Week 12 (PC-7)"."""
    if not found.session or found.name.startswith(found.session):
        return found.name
    return f"{found.session} \u2014 {found.name}"


def roster_label(entry: msg.RosterEntry) -> str:
    """A roster entry as the list shows it: on one line, without the direction characters a
    name typed into the roster may hold (they would turn the text after them round)."""
    name = single_line(entry.name)
    if not entry.group:
        return name
    return tr("{name}  (group {group})").format(name=name, group=single_line(entry.group))


class ConnectDialog(QDialog):
    """Accepted once joined: `link` is then the station's link, welcomed by the console."""

    def __init__(
        self,
        state: StationState,
        endpoint: str | None = None,
        code: str | None = None,
        name: str | None = None,
        *,
        find: Finder = find_consoles,
        clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.clock = clock
        self.link: StationLink | None = None
        self.endpoint = ""
        self._joining_since = 0.0
        self._station_known = False  # rejoining a class this station is already in
        self._identity_settled = False  # the trainee's roster entry is picked (or none fits)
        self.setWindowTitle(tr("Join the class — Twente Drone Safety Trainer"))
        self.resize(620, 520)
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._build_join_page())
        self.pages.addWidget(self._build_roster_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.pump_timer = QTimer(self)
        self.pump_timer.setInterval(PUMP_MS)
        self.pump_timer.timeout.connect(self._on_pump_due)
        self.finder = ConsoleFinder(find)
        self.finder_timer = QTimer(self)
        self.finder_timer.setInterval(FINDER_CHECK_MS)
        self.finder_timer.timeout.connect(self._on_finder_due)
        self.finder.start()
        self.finder_timer.start()
        self._prefill(endpoint, code, name)
        if endpoint and code and name:
            QTimer.singleShot(0, self.join)  # all given on the command line: join at once

    # -- building ----------------------------------------------------------------------------

    def _build_join_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(tr("<b>Consoles on the network</b> (click yours)")))
        self.consoles = QListWidget(page)
        self.consoles.itemClicked.connect(self._on_console_clicked)
        layout.addWidget(self.consoles, 1)
        self.finder_note = QLabel(tr("Looking for consoles on the network…"))
        self.finder_note.setWordWrap(True)
        layout.addWidget(self.finder_note)
        form = QFormLayout()
        self.address_edit = QLineEdit(page)
        self.address_edit.setPlaceholderText(tr("host:port, e.g. 10.0.0.5:47650"))
        self.code_edit = QLineEdit(page)
        self.code_edit.setPlaceholderText(tr("as shown on the instructor's screen"))
        self.code_edit.setMaxLength(32)
        self.code_edit.textEdited.connect(self._on_code_edited)
        self.name_edit = QLineEdit(page)
        self.name_edit.setPlaceholderText(tr("first and last name"))
        self.name_edit.setMaxLength(200)
        form.addRow(tr("Console address"), self.address_edit)
        form.addRow(tr("Session code"), self.code_edit)
        form.addRow(tr("Your name"), self.name_edit)
        layout.addLayout(form)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(page)
        self.join_button = QPushButton(tr("Join"))
        self.join_button.setDefault(True)
        self.join_button.clicked.connect(self._on_join_clicked)
        buttons.addButton(self.join_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        layout.addWidget(buttons)
        return page

    def _build_roster_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.roster_prompt = QLabel("")
        self.roster_prompt.setWordWrap(True)
        layout.addWidget(self.roster_prompt)
        self.roster = QListWidget(page)
        self.roster.itemActivated.connect(lambda _item: self._on_roster_picked())
        layout.addWidget(self.roster, 1)
        buttons = QDialogButtonBox(page)
        self.pick_button = QPushButton(tr("That is me"))
        self.pick_button.clicked.connect(self._on_roster_picked)
        buttons.addButton(self.pick_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)
        layout.addWidget(buttons)
        return page

    def _prefill(self, endpoint: str | None, code: str | None, name: str | None) -> None:
        last = self.state.last_join()
        self.address_edit.setText((endpoint or last.endpoint).removeprefix("tcp://"))
        self.code_edit.setText(code or last.code)
        self.name_edit.setText(name or last.name)
        for edit in (self.address_edit, self.code_edit, self.name_edit):
            if not edit.text():
                edit.setFocus()
                break
        else:
            self.join_button.setFocus()

    # -- joining -----------------------------------------------------------------------------

    def join(self) -> bool:
        """Ask the console in with what is typed; False (and why, on the dialog) if incomplete."""
        endpoint = endpoint_of(self.address_edit.text())
        code = normal_code(self.code_edit.text())
        name = " ".join(self.name_edit.text().split())
        for edit, missing, problem in (
            (self.address_edit, endpoint is None, tr("Pick a console above, or type its address.")),
            (self.code_edit, not code, tr("Type the session code from the instructor's screen.")),
            (self.name_edit, not name, tr("Type your name.")),
        ):
            if missing:
                edit.setFocus()
                self._say(problem, REFUSED_COLOUR)
                return False
        assert endpoint is not None
        station_id, self._station_known = self.state.station_for(code)
        last = self.state.last_join()
        trainee_id = last.trainee_id if self._station_known and last.name == name else None
        self._identity_settled = self._station_known
        self.endpoint = endpoint
        self._open_link(code, name, trainee_id, station_id)
        return True

    def _open_link(self, code: str, name: str, trainee_id: int | None, station_id: str) -> None:
        self._close_link()
        self.link = StationLink(self.endpoint, code, name, station_id=station_id,
                                trainee_id=trainee_id, outbox=self.state.outbox)  # fmt: skip
        self._joining_since = self.clock()
        self._set_joining(True)
        where = self.endpoint.removeprefix("tcp://")
        self._say(tr("Joining the class at {where}…").format(where=where), "")
        self.pump_timer.start()

    def stop_joining(self, message: str = "", colour: str = "") -> None:
        self._close_link()
        self._set_joining(False)
        self._show_page(0)
        self._say(message, colour)

    def _on_join_clicked(self) -> None:
        if self.link is None:
            self.join()
        elif self.clock() - self._joining_since > QApplication.doubleClickInterval() / 1000:
            self.stop_joining(tr("Stopped trying. Check the address and join again."))
        # else: the second click of a double-click on Join, which had just become Stop

    def _on_pump_due(self) -> None:
        link = self.link
        if link is None:
            self.pump_timer.stop()
            return
        link.pump(0)
        if link.refusal is not None:
            self.stop_joining(refusal_text(link.refusal), REFUSED_COLOUR)
            wrong = self.name_edit if blames_the_name(link.refusal) else self.code_edit
            wrong.setFocus()
            wrong.selectAll()
        elif link.welcome is not None:
            if self.pages.currentIndex() == 0:  # the roster page keeps the link alive meanwhile
                self._on_welcomed(link, link.welcome)
        elif self.clock() - self._joining_since > NO_ANSWER_S:
            self._say(
                tr(
                    "No answer yet from {where}. Is the address right, and is the console "
                    "running? Still trying…"
                ).format(where=self.endpoint.removeprefix("tcp://")),
                WAITING_COLOUR,
            )

    def _on_welcomed(self, link: StationLink, welcome: msg.Welcome) -> None:
        namesakes = [e for e in welcome.roster if e.name == link.trainee]
        if self._identity_settled or not welcome.roster or len(namesakes) == 1:
            self._finish(link)
            return
        self.roster_prompt.setText(
            tr(
                "<b>Welcome to {class_value}.</b><br>Which of these is you? Pick your name, or "
                "join under the name you typed."
            ).format(class_value=escape(single_line(welcome.session) or tr("the class")))
        )
        self.roster.clear()
        for entry in welcome.roster:
            item = QListWidgetItem(roster_label(entry))
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.roster.addItem(item)
        typed = QListWidgetItem(
            tr("Not on the list: join as “{trainee}”").format(trainee=single_line(link.trainee))
        )
        typed.setData(Qt.ItemDataRole.UserRole, None)
        self.roster.addItem(typed)
        folded = link.trainee.casefold()
        close = [i for i, e in enumerate(welcome.roster) if e.name.casefold() == folded]
        self.roster.setCurrentRow(close[0] if close else self.roster.count() - 1)
        self._show_page(1)
        self.roster.setFocus()

    def _on_roster_picked(self) -> None:
        link, item = self.link, self.roster.currentItem()
        if link is None or link.welcome is None or item is None:
            return
        self._identity_settled = True
        picked = item.data(Qt.ItemDataRole.UserRole)
        entry = next((e for e in link.welcome.roster if e.id == picked), None)
        self._show_page(0)
        if entry is None or (entry.id == link.trainee_id and entry.name == link.trainee):
            self._finish(link)
            return
        # Joined again as the roster entry: the same station, so the console keeps one seat.
        self._open_link(link.code, entry.name, entry.id, link.station_id)
        self._say(tr("Joining as {name}…").format(name=single_line(entry.name)), "")

    def _finish(self, link: StationLink) -> None:
        self.state.remember(
            link.station_id, LastJoin(self.endpoint, link.code, link.trainee, link.trainee_id)
        )
        self.pump_timer.stop()  # the station window pumps the link from here on
        self._stop_finding()
        self.accept()

    # -- consoles on the network -------------------------------------------------------------

    def _on_finder_due(self) -> None:
        found = self.finder.latest()
        if found is None:
            return
        chosen = self.consoles.currentItem()
        chosen_address = chosen.data(Qt.ItemDataRole.UserRole) if chosen is not None else None
        self.consoles.clear()
        for console in found:
            address = console_address(console)
            item = QListWidgetItem(f"{console_label(console)}   ({address})")
            item.setData(Qt.ItemDataRole.UserRole, address)
            self.consoles.addItem(item)
            if address == chosen_address:
                self.consoles.setCurrentItem(item)
        self.finder_note.setText(
            tr("Consoles found: {count}; the list keeps itself up to date.").format(
                count=len(found)
            )
            if found
            else tr(
                "No console found on the network yet (still looking). You can type its address "
                "below: the instructor's screen shows it."
            )
        )

    def _on_code_edited(self, text: str) -> None:
        if text != text.upper():  # codes are capitals: shown as the instructor's screen shows it
            cursor = self.code_edit.cursorPosition()
            self.code_edit.setText(text.upper())
            self.code_edit.setCursorPosition(cursor)

    def _on_console_clicked(self, item: QListWidgetItem) -> None:
        if self.link is None:
            self.address_edit.setText(str(item.data(Qt.ItemDataRole.UserRole)))
            (self.name_edit if self.code_edit.text() else self.code_edit).setFocus()

    # -- small things ------------------------------------------------------------------------

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        # Enter presses the shown page's button: a hidden default button would take it.
        self.join_button.setDefault(index == 0)
        self.pick_button.setDefault(index == 1)

    def _set_joining(self, joining: bool) -> None:
        for widget in (self.address_edit, self.code_edit, self.name_edit, self.consoles):
            widget.setEnabled(not joining)
        self.join_button.setText(tr("Stop") if joining else tr("Join"))

    def _say(self, text: str, colour: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(f"color: {colour}; font-weight: bold;" if colour else "")

    def _close_link(self) -> None:
        self.pump_timer.stop()
        if self.link is not None:
            self.link.close()
            self.link = None

    def _stop_finding(self) -> None:
        self.finder_timer.stop()
        self.finder.stop()

    def reject(self) -> None:
        self._close_link()
        self._stop_finding()
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._close_link()
        self._stop_finding()
        super().closeEvent(event)
