"""The class roster and sessions dialog: trainees (typed or imported from CSV) and lessons."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from trainer.errors import TrainerError
from trainer.local_time import local_text
from trainer.records import Repository
from trainer.records.models import TraineeRecord
from trainer.records.roster import ImportResult, import_roster
from trainer.text import single_line
from trainer.ui.choice_dialog import ChoiceDialog
from trainer.ui.tooltips import plain_tip
from trainer.ui.trainee_edit_dialog import TraineeEditDialog
from trainer.ui.trainee_picker import roster_label
from trainer.ui.translation import QT_TR_NOOP, tr
from trainer.ui.window_size import first_size

GOOD = "#1e8449"
BAD = "#c0392b"
QUIET = "#7f8c8d"
CSV_FILTER = QT_TR_NOOP("CSV files (*.csv *.txt);;All files (*)")
EMPTY_ROSTER = QT_TR_NOOP(
    "No trainees yet. Import a class roster (a CSV file with a header row: name, id, group) or "
    "add trainees one by one."
)


def local_time(stamp: str) -> str:
    """An ISO 8601 UTC stamp from the record as the aerodrome's date and time, to the minute."""
    return local_text(stamp)


def _status(trainee: TraineeRecord, names: dict[int, str]) -> str:
    if trainee.merged_into is not None:
        return tr("merged into {merged_into}").format(
            merged_into=names.get(trainee.merged_into, trainee.merged_into)
        )
    return "retired" if trainee.retired else ""


def one_line(text: str) -> str:
    return " ".join(text.split())


def _no_wider_than_room(label: QLabel) -> None:
    """A message that names a title or a person wraps in the room it has: a long word in it
    (a name without spaces) is cut at the edge instead of widening the dialog past the screen."""
    policy = label.sizePolicy()
    policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
    label.setSizePolicy(policy)


def _table(columns: list[str], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(24)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setHighlightSections(False)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    return table


def _edit(placeholder: str, width: int | None = None) -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(500)
    if width:
        edit.setFixedWidth(width)
    return edit


def _button(text: str, slot: Callable[[], object], tip: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setAutoDefault(False)
    button.setToolTip(tip)
    button.clicked.connect(lambda _checked=False: slot())
    return button


class RosterDialog(QDialog):
    """Trainees on the left, class sessions on the right; choosing a session emits its id."""

    session_chosen = Signal(int)

    def __init__(
        self,
        repository: Repository,
        parent: QWidget | None = None,
        *,
        current_session: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.repository = repository
        self.current_session = current_session
        self.last_import: ImportResult | None = None
        self._trainees: dict[int, TraineeRecord] = {}
        self._folder = str(Path.home())
        self.setWindowTitle(tr("Class roster and sessions"))
        first_size(self, 1180, 640)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._build_trainees())
        splitter.addWidget(self._build_sessions())
        splitter.setSizes([640, 540])
        close = _button(tr("Close"), self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch()
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.refresh()
        if current_session is not None:
            self._select(self.session_table, current_session)

    # -- building ----------------------------------------------------------------------------

    def _build_trainees(self) -> QGroupBox:
        box = QGroupBox(tr("Trainees"), self)
        self.trainee_table = _table([tr("Name"), tr("ID"), tr("Group"), tr("Status")], stretch=0)
        self.trainee_table.itemSelectionChanged.connect(self._update_trainee_buttons)
        self.trainee_table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.import_button = _button(
            tr("Import CSV…"),
            self.choose_file,
            tr("Columns: name, id (optional), group (optional)"),
        )
        self.name_edit = _edit(tr("Name"))
        self.id_edit = _edit(tr("ID (optional)"), 120)
        self.group_edit = _edit(tr("Group (optional)"), 140)
        self.add_button = _button(tr("Add trainee"), self.add_trainee)
        self.add_button.setEnabled(False)
        self.name_edit.textChanged.connect(
            lambda text: self.add_button.setEnabled(bool(text.strip()))
        )
        for edit in (self.name_edit, self.id_edit, self.group_edit):
            edit.returnPressed.connect(self.add_trainee)
        self.trainee_message = QLabel(self)
        self.trainee_message.setWordWrap(True)
        _no_wider_than_room(self.trainee_message)
        self.trainee_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problem_list = QListWidget(self)
        self.problem_list.setMaximumHeight(110)
        self.problem_list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.problem_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.problem_list.setVisible(False)
        self.edit_button = _button(
            tr("Change…"), self.edit_selected, tr("Rename, or change ID or group")
        )
        self.merge_button = _button(
            tr("Merge into…"),
            self.merge_selected,
            tr("The same person entered twice: move this trainee's runs to the other entry"),
        )
        self.retire_button = _button(
            tr("Retire"), self.retire_or_restore_selected, tr("Off the pick lists; history kept")
        )
        self.show_retired = QCheckBox(tr("Show retired"), self)
        self.show_retired.toggled.connect(lambda _on: self.refresh())
        top = QHBoxLayout()
        self.trainee_count = QLabel(self)
        top.addWidget(self.trainee_count, 1)
        top.addWidget(self.show_retired)
        top.addWidget(self.import_button)
        manage = QHBoxLayout()
        manage.addStretch()
        for button in (self.edit_button, self.merge_button, self.retire_button):
            manage.addWidget(button)
        add = QHBoxLayout()
        for widget in (self.name_edit, self.id_edit, self.group_edit, self.add_button):
            add.addWidget(widget)
        layout = QVBoxLayout(box)
        layout.addLayout(top)
        layout.addWidget(self.trainee_table, 1)
        layout.addLayout(manage)
        layout.addLayout(add)
        layout.addWidget(self.trainee_message)
        layout.addWidget(self.problem_list)
        return box

    def _build_sessions(self) -> QGroupBox:
        box = QGroupBox(tr("Class sessions"), self)
        self.session_table = _table(
            [tr("Title"), tr("Instructor"), tr("Started"), tr("Runs")], stretch=0
        )
        self.session_table.doubleClicked.connect(lambda _index: self.choose_selected_session())
        self.session_table.itemSelectionChanged.connect(self._update_choose_button)
        self.title_edit = _edit(tr("Title, e.g. Duty officers, week 12"))
        self.instructor_edit = _edit(tr("Instructor"), 150)
        self.new_session_button = _button(tr("New session"), self.new_session)
        self.new_session_button.setEnabled(False)
        self.title_edit.textChanged.connect(
            lambda text: self.new_session_button.setEnabled(bool(text.strip()))
        )
        for edit in (self.title_edit, self.instructor_edit):
            edit.returnPressed.connect(self.new_session)
        self.choose_button = _button(
            tr("Use for the next runs"),
            self.choose_selected_session,
            tr("Runs started from now on are recorded in this class session"),
        )
        self.current_label = QLabel(self)
        self.current_label.setWordWrap(True)
        self.session_message = QLabel(self)
        self.session_message.setWordWrap(True)
        for label in (self.current_label, self.session_message):
            _no_wider_than_room(label)
        choose = QHBoxLayout()
        choose.addWidget(self.current_label, 1)
        choose.addWidget(self.choose_button)
        new = QHBoxLayout()
        for widget in (self.title_edit, self.instructor_edit, self.new_session_button):
            new.addWidget(widget)
        layout = QVBoxLayout(box)
        layout.addLayout(choose)
        layout.addWidget(self.session_table, 1)
        layout.addLayout(new)
        layout.addWidget(self.session_message)
        return box

    # -- filling -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read trainees and sessions again from the record."""
        try:
            everyone = self.repository.trainees(include_retired=True)
            sessions = self.repository.sessions()
            runs = {s.id: len(self.repository.runs(session_id=s.id)) for s in sessions}
        except TrainerError as error:
            self._say(self.trainee_message, str(error), BAD)
            return
        self._trainees = {t.id: t for t in everyone}
        trainees = [t for t in everyone if not t.retired]
        shown = everyone if self.show_retired.isChecked() else trainees
        names = {t.id: t.name for t in everyone}
        selected = self.selected_trainee()
        table = self.trainee_table
        table.setSortingEnabled(False)
        table.setRowCount(len(shown))
        for row, trainee in enumerate(shown):
            values = [
                trainee.name,
                trainee.external_id or "",
                trainee.group or "",
                _status(trainee, names),
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(one_line(value))
                item.setToolTip(plain_tip(value))
                item.setData(Qt.ItemDataRole.UserRole, trainee.id)
                if trainee.retired:
                    item.setForeground(QColor(QUIET))
                table.setItem(row, column, item)
        table.setSortingEnabled(True)
        if selected is not None:
            self._select(table, selected.id)
        self._update_trainee_buttons()
        self.trainee_count.setText(
            tr("1 trainee")
            if len(trainees) == 1
            else tr("{count} trainees").format(count=len(trainees))
        )
        if not trainees and not self.trainee_message.text():
            self._say(self.trainee_message, tr(EMPTY_ROSTER), QUIET)
        table = self.session_table
        table.setRowCount(len(sessions))
        for row, session in enumerate(reversed(sessions)):  # newest first
            values = [session.title, session.instructor or "", local_time(session.started_utc)]
            values.append(str(runs[session.id]))
            for column, value in enumerate(values):
                item = QTableWidgetItem(one_line(value))
                tip = value if column else f"{value}\n{session.notes or ''}".strip()
                item.setToolTip(plain_tip(tip))
                item.setData(Qt.ItemDataRole.UserRole, session.id)
                if column == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if session.id == self.current_session:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(row, column, item)
        titles = {s.id: s.title for s in sessions}
        current = titles.get(self.current_session or -1)
        self.current_label.setText(
            tr("Current session: <b>{current}</b>").format(current=escape(one_line(current)))
            if current is not None
            else tr(
                "<span style='color:{quiet}'>No current session: runs are not grouped.</span>"
            ).format(quiet=QUIET)
        )
        self._update_choose_button()

    def trainee_names(self) -> list[str]:
        """Names in the table, top to bottom (as shown, on one line)."""
        return [
            self._text(self.trainee_table, row, 0) for row in range(self.trainee_table.rowCount())
        ]

    def selected_trainee(self) -> TraineeRecord | None:
        rows = self.trainee_table.selectionModel().selectedRows()
        if not rows:
            return None
        trainee_id = self._item(self.trainee_table, rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        return self._trainees.get(int(trainee_id))

    def session_rows(self) -> list[tuple[int, str, str, int]]:
        """(id, title, instructor, runs) of each session row, top to bottom."""
        table = self.session_table
        return [
            (
                int(self._item(table, row, 0).data(Qt.ItemDataRole.UserRole)),
                self._text(table, row, 0),
                self._text(table, row, 1),
                int(self._text(table, row, 3)),
            )
            for row in range(table.rowCount())
        ]

    @staticmethod
    def _item(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
        item = table.item(row, column)
        assert item is not None, "every cell is filled in refresh"
        return item

    def _text(self, table: QTableWidget, row: int, column: int) -> str:
        return self._item(table, row, column).text()

    def _say(self, label: QLabel, text: str, colour: str) -> None:
        label.setText(f"<span style='color:{colour}'>{escape(text)}</span>")

    # -- trainees ----------------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Import class roster"), self._folder, tr(CSV_FILTER)
        )
        if path:
            self._folder = str(Path(path).parent)
            self.import_file(Path(path))

    def import_file(self, path: Path) -> ImportResult | None:
        """Import a roster CSV and show what happened; None when the record could not be written."""
        try:
            result = import_roster(self.repository, path)
        except TrainerError as error:
            self.refresh()
            self._say(self.trainee_message, tr("Import stopped: {error}").format(error=error), BAD)
            return None
        self.last_import = result
        added, known, problems = len(result.added), len(result.already_known), result.problems
        colour = GOOD if added else QUIET
        problem_word = (
            tr("1 problem")
            if len(problems) == 1
            else tr("{count} problems").format(count=len(problems))
        )
        self.trainee_message.setText(
            f"<b>{escape(path.name)}</b>: <span style='color:{colour}'>"
            + tr("{count} added").format(count=added)
            + "</span>, "
            + tr("{count} already known").format(count=known)
            + f", <span style='color:{BAD if problems else QUIET}'>{problem_word}</span>"
            + (tr(" (rows left out are listed below)") if problems else "")
            + (
                tr(
                    "<br><span style='color:{quiet}'>Columns not used: {unused_columns}</span>"
                ).format(quiet=QUIET, unused_columns=escape(", ".join(result.unused_columns)))
                if result.unused_columns
                else ""
            )
        )
        self.problem_list.clear()
        for problem in problems:
            where = f"{problem.field}: " if problem.field else ""
            self.problem_list.addItem(f"{where}{problem.message}")
            self.problem_list.item(self.problem_list.count() - 1).setForeground(QColor(BAD))
        self.problem_list.setVisible(bool(problems))
        self.refresh()
        return result

    def add_trainee(self) -> int | None:
        name = single_line(self.name_edit.text())  # a paste keeps line breaks and tabs
        if not name:
            return None
        try:
            trainee_id = self.repository.add_trainee(
                name,
                single_line(self.id_edit.text()) or None,
                single_line(self.group_edit.text()) or None,
            )
        except TrainerError as error:
            self._say(self.trainee_message, str(error), BAD)
            return None
        for edit in (self.name_edit, self.id_edit, self.group_edit):
            edit.clear()
        self.problem_list.setVisible(False)
        self._say(self.trainee_message, tr("Added {name}.").format(name=one_line(name)), GOOD)
        self.refresh()
        self._select(self.trainee_table, trainee_id)
        self.name_edit.setFocus()
        return trainee_id

    def edit_selected(self) -> bool:
        """Rename the selected trainee, or change their roster id or group."""
        trainee = self.selected_trainee()
        if trainee is None:
            return False
        fields = TraineeEditDialog.ask(trainee, self)
        if fields is None:
            return False
        try:
            self.repository.update_trainee(
                trainee.id, name=fields.name, external_id=fields.external_id, group=fields.group
            )
        except TrainerError as error:
            self._say(self.trainee_message, str(error), BAD)
            return False
        self._say(
            self.trainee_message, tr("Changed {name}.").format(name=one_line(fields.name)), GOOD
        )
        self.refresh()
        return True

    def merge_selected(self) -> bool:
        """The selected trainee is the same person as another entry: their runs move there."""
        gone = self.selected_trainee()
        if gone is None:
            return False
        others = [t for t in self._trainees.values() if t.id != gone.id and not t.retired]
        if not others:
            self._say(self.trainee_message, tr("There is no other trainee to merge into."), QUIET)
            return False
        others.sort(key=lambda t: (t.name != gone.name, t.name.casefold(), t.id))  # namesakes first
        keep_id = ChoiceDialog.ask(
            tr("Merge trainee"),
            tr(
                "{gone} is the same person as… (their runs move there, and this entry is retired)"
            ).format(gone=roster_label(gone)),
            [(roster_label(t), t.id) for t in others],
            self,
        )
        if keep_id is None:
            return False
        try:
            moved = self.repository.merge_trainees(keep_id, gone.id)
        except TrainerError as error:
            self._say(self.trainee_message, str(error), BAD)
            return False
        keep = self._trainees[keep_id]
        self._say(
            self.trainee_message,
            tr("Merged {name} into {name2}: {moved} run{else_value} moved.").format(
                name=one_line(gone.name),
                name2=one_line(keep.name),
                moved=moved,
                else_value="s" if moved != 1 else "",
            ),
            GOOD,
        )
        self.refresh()
        self._select(self.trainee_table, keep_id)
        return True

    def retire_or_restore_selected(self) -> bool:
        trainee = self.selected_trainee()
        if trainee is None:
            return False
        try:
            if trainee.retired:
                self.repository.restore_trainee(trainee.id)
            else:
                self.repository.retire_trainee(trainee.id)
        except TrainerError as error:
            self._say(self.trainee_message, str(error), BAD)
            return False
        done = tr("Restored") if trainee.retired else tr("Retired (history kept)")
        self._say(self.trainee_message, f"{done}: {one_line(trainee.name)}.", GOOD)
        self.refresh()
        return True

    def _update_trainee_buttons(self) -> None:
        trainee = self.selected_trainee()
        merged = trainee is not None and trainee.merged_into is not None
        self.edit_button.setEnabled(trainee is not None)
        self.merge_button.setEnabled(trainee is not None and not trainee.retired)
        self.retire_button.setEnabled(trainee is not None and not merged)
        self.retire_button.setText(
            tr("Restore") if trainee is not None and trainee.retired else tr("Retire")
        )

    # -- sessions ----------------------------------------------------------------------------

    def new_session(self) -> int | None:
        title = single_line(self.title_edit.text())  # a paste keeps line breaks and tabs
        if not title:
            return None
        try:
            session_id = self.repository.add_session(
                title, single_line(self.instructor_edit.text()) or None
            )
        except TrainerError as error:
            self._say(self.session_message, str(error), BAD)
            return None
        self.title_edit.clear()
        self._say(
            self.session_message, tr("Session {title} started.").format(title=one_line(title)), GOOD
        )
        self.refresh()
        self._select(self.session_table, session_id)
        return session_id

    def choose_session(self, session_id: int) -> None:
        """Make a session the current one: the window records the next runs in it."""
        self.current_session = session_id
        self.refresh()
        self._select(self.session_table, session_id)
        self.session_chosen.emit(session_id)

    def choose_selected_session(self) -> None:
        rows = self.session_table.selectionModel().selectedRows()
        if rows:
            item = self._item(self.session_table, rows[0].row(), 0)
            self.choose_session(int(item.data(Qt.ItemDataRole.UserRole)))

    def _update_choose_button(self) -> None:
        self.choose_button.setEnabled(bool(self.session_table.selectionModel().selectedRows()))

    def _select(self, table: QTableWidget, record_id: int) -> None:
        for row in range(table.rowCount()):
            if self._item(table, row, 0).data(Qt.ItemDataRole.UserRole) == record_id:
                table.selectRow(row)
                table.scrollToItem(self._item(table, row, 0))
                return
