"""Before the class: choose or start the class session, the scenario and the port to listen on."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from trainer.bundled import bundled_scenario
from trainer.classroom.transport import ConsoleSocket
from trainer.errors import TrainerError, readable
from trainer.launch import PreparedRun
from trainer.library import ScenarioLibrary
from trainer.records import Repository
from trainer.ui.library_dialog import ScenarioLibraryDialog
from trainer.ui.narrow_combo import narrow
from trainer.ui.roster_dialog import RosterDialog, local_time, one_line
from trainer.ui.translation import tr

NEW_SESSION = -1
BAD = "#c0392b"


class ConsoleSetupDialog(QDialog):
    """Accepting checks the scenario and starts a new session if asked; then `prepared`,
    `session_id` and `port` hold the choices. With `listen`, accepting also opens the port
    (`socket`), before a new session is made: a port that cannot be opened is said here and
    leaves no empty session on the record."""

    def __init__(
        self,
        repository: Repository,
        library: ScenarioLibrary,
        *,
        scenario: Path | None = None,
        session_title: str | None = None,
        session_id: int | None = None,
        port: int = 0,
        problem: str = "",
        listen: Callable[[int], ConsoleSocket] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.repository = repository
        self.library = library
        self.listen = listen
        self.prepared: PreparedRun | None = None
        self.session_id: int | None = None
        self.socket: ConsoleSocket | None = None  # the port opened on accepting, with `listen`
        self.setWindowTitle(tr("Class console: session and scenario"))
        self.setMinimumWidth(720)
        self.session_combo = narrow(QComboBox(self))
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(
            tr("Title of the new session, e.g. Duty officers, week 12")
        )
        self.title_edit.setMaxLength(500)
        self.instructor_edit = QLineEdit(self)
        self.instructor_edit.setPlaceholderText(tr("Instructor (optional)"))
        hint = self.instructor_edit.fontMetrics().horizontalAdvance(tr("Instructor (optional)"))
        self.instructor_edit.setMinimumWidth(hint + 24)  # the hint whole ('Instructeur (optio…')
        self.instructor_edit.setMaxLength(500)
        self.roster_button = QPushButton(tr("Roster and sessions…"), self)
        self.roster_button.setAutoDefault(False)
        self.roster_button.clicked.connect(lambda _checked=False: self.show_roster())
        self.scenario_combo = narrow(QComboBox(self))
        self.library_button = QPushButton(tr("Library…"), self)
        self.file_button = QPushButton(tr("File…"), self)
        for button in (self.library_button, self.file_button):
            button.setAutoDefault(False)
        self.library_button.clicked.connect(lambda _checked=False: self.show_library())
        self.file_button.clicked.connect(lambda _checked=False: self.choose_file())
        self.port_spin = QSpinBox(self)
        self.port_spin.setRange(0, 65535)
        self.port_spin.setSpecialValueText(tr("any free port"))
        self.port_spin.setValue(port)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self._build()
        self._fill_sessions(session_id, session_title)
        self._fill_scenarios(scenario)
        self.show_problem(problem)

    def _build(self) -> None:
        session_row = QHBoxLayout()
        session_row.addWidget(self.session_combo, 1)
        session_row.addWidget(self.roster_button)
        new_row = QHBoxLayout()
        new_row.addWidget(self.title_edit, 1)
        new_row.addWidget(self.instructor_edit)
        scenario_row = QHBoxLayout()
        scenario_row.addWidget(self.scenario_combo, 1)
        scenario_row.addWidget(self.library_button)
        scenario_row.addWidget(self.file_button)
        form = QFormLayout()
        form.addRow(tr("Class session"), session_row)
        form.addRow("", new_row)
        form.addRow(tr("Scenario"), scenario_row)
        form.addRow(tr("Port"), self.port_spin)
        buttons = QDialogButtonBox(self)
        buttons.addButton(tr("Open the console"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.session_combo.currentIndexChanged.connect(self._on_session_changed)

    # -- sessions ----------------------------------------------------------------------------

    def _fill_sessions(self, chosen: int | None, title: str | None) -> None:
        combo = self.session_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(tr("New session…"), NEW_SESSION)
        try:
            sessions = list(reversed(self.repository.sessions()))  # newest first
        except TrainerError as error:
            sessions = []
            self.show_problem(str(error))
        for session in sessions:
            combo.addItem(f"{one_line(session.title)}  ({local_time(session.started_utc)})",
                          session.id)  # fmt: skip
        if chosen is None and title:  # the newest session of that title, else a new one
            chosen = next((s.id for s in sessions if s.title == title), None)
            self.title_edit.setText(title)
        combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
        combo.blockSignals(False)
        self._on_session_changed()

    def _on_session_changed(self, *_: object) -> None:
        new = self.session_combo.currentData() == NEW_SESSION
        self.title_edit.setEnabled(new)
        self.instructor_edit.setEnabled(new)

    def show_roster(self) -> RosterDialog:
        chosen = self.session_combo.currentData()
        dialog = RosterDialog(
            self.repository, self, current_session=chosen if chosen != NEW_SESSION else None
        )
        known = self._session_ids()
        dialog.session_chosen.connect(lambda session: self._fill_sessions(session, None))
        dialog.finished.connect(lambda _result: self._on_roster_closed(known))
        dialog.open()
        return dialog

    def _session_ids(self) -> set[int]:
        try:
            return {session.id for session in self.repository.sessions()}
        except TrainerError:
            return set()

    def _on_roster_closed(self, known: set[int]) -> None:
        """A session the instructor started there is the one meant, unless another was chosen
        (it stayed 'New session…' with an empty title, which only asked for a title again)."""
        chosen = self.session_combo.currentData()
        started = sorted(self._session_ids() - known)
        if chosen == NEW_SESSION and started:
            chosen = started[-1]
        self._fill_sessions(chosen, None)

    # -- scenarios ---------------------------------------------------------------------------

    def _fill_scenarios(self, given: Path | None) -> None:
        for entry in self.library.entries:
            if entry.valid:
                self.scenario_combo.addItem(entry.title, str(entry.path))
                last = self.scenario_combo.count() - 1
                self.scenario_combo.setItemData(last, str(entry.path), Qt.ItemDataRole.ToolTipRole)
        if given is not None:
            self.choose_scenario(given)

    def choose_scenario(self, path: Path) -> None:
        # A bundled scenario's bare name, as the command line takes it from any folder (with
        # no bundled scenarios at all, the file as named: the dialog says it is missing).
        with contextlib.suppress(TrainerError):
            path = bundled_scenario(Path(path))
        path = Path(path).resolve()
        index = self.scenario_combo.findData(str(path))
        if index < 0:
            self.scenario_combo.addItem(path.name, str(path))
            index = self.scenario_combo.count() - 1
        self.scenario_combo.setCurrentIndex(index)

    def show_library(self) -> ScenarioLibraryDialog:
        dialog = ScenarioLibraryDialog(self.library, self)
        dialog.scenario_chosen.connect(self.choose_scenario)
        # The console has no scenario editor: Edit would close the library and do nothing.
        dialog.edit_button.hide()
        dialog.open()
        return dialog

    def choose_file(self) -> None:
        start = self.scenario_path() or self.library.user_folder
        path, _ = QFileDialog.getOpenFileName(
            self,
            tr("Scenario for the class"),
            str(Path(start).parent),
            tr("Scenarios (*.yaml *.yml)"),
        )
        if path:
            self.choose_scenario(Path(path))

    def scenario_path(self) -> Path | None:
        data = self.scenario_combo.currentData()
        return Path(data) if data else None

    # -- accepting ---------------------------------------------------------------------------

    def show_problem(self, text: str) -> None:
        """The problem as written, a line each (a broken scenario's problems ran together)."""
        lines = "<br>".join(escape(line) for line in text.splitlines())
        self.problem.setText(
            f"<span style='color:{BAD}; white-space:pre-wrap'>{lines}</span>" if lines else ""
        )

    def accept(self) -> None:
        path = self.scenario_path()
        if path is None:
            self.show_problem(tr("Choose a scenario for the class."))
            return
        try:
            prepared = self.library.workspace.prepare(path)
        except TrainerError as error:
            self.show_problem(
                tr("{name} cannot be run: {error}").format(name=path.name, error=readable(error))
            )
            return
        session = self.session_combo.currentData()
        if session == NEW_SESSION:
            title = self.title_edit.text().strip()
            if not title:
                self.show_problem(
                    tr("Give the new session a title, or choose an existing session.")
                )
                self.title_edit.setFocus()
                return
        socket = None
        if self.listen is not None:
            try:
                socket = self.listen(self.port)
            except TrainerError as error:
                self.show_problem(str(error))
                self.port_spin.setFocus()
                return
        if session == NEW_SESSION:
            try:
                session = self.repository.add_session(
                    title, self.instructor_edit.text().strip() or None
                )
            except TrainerError as error:
                if socket is not None:
                    socket.close()
                self.show_problem(str(error))
                return
        self.prepared, self.session_id, self.socket = prepared, int(session), socket
        super().accept()

    @property
    def port(self) -> int:
        return self.port_spin.value()
