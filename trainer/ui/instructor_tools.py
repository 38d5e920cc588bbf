"""The instructor's menu: scenario library, roster and sessions, export, injects during a run."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QInputDialog,
    QMenu,
    QProgressDialog,
    QWidget,
)

from trainer.errors import TrainerError, readable
from trainer.library import ScenarioLibrary
from trainer.local_time import local_date
from trainer.replay import load_replay
from trainer.sim.injects import TEMPLATES, Inject, InjectKind, template_title
from trainer.ui.debrief_window import DebriefWindow
from trainer.ui.export_folder import EXPORT_FOLDER_KEY, EXPORT_FORMAT_KEY, ask_export_folder
from trainer.ui.library_dialog import ScenarioLibraryDialog
from trainer.ui.progress_dialog import ProgressDialog
from trainer.ui.roster_dialog import RosterDialog, one_line
from trainer.ui.run_picker import RunPickerDialog
from trainer.ui.translation import QT_TR_NOOP, tr

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from trainer.export.batch import Skipped
    from trainer.ui.editor.editor_window import ScenarioEditor
    from trainer.ui.main_window import MainWindow

OUTAGE_S = 60.0

# What an inject is called where the instructor reads it (the log's kinds are identifiers).
INJECT_NAMES = {
    InjectKind.ADD_DRONE: QT_TR_NOOP("an extra drone"),
    InjectKind.LOST_LINK: QT_TR_NOOP("lost link"),
    InjectKind.FLYAWAY: QT_TR_NOOP("flyaway"),
    InjectKind.SENSOR_OUTAGE: QT_TR_NOOP("sensor outage"),
}
DEFAULT_PORT = 47650  # as `drone-trainer console` (trainer/cli_classroom.py)
EXPORT_FORMATS = ("pdf", "csv", "xlsx")


SESSION_LABEL_CHARS = 60  # a session's title in the pick list; the list must fit a screen


class InstructorTools(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.pending_template: str | None = None
        self.injected = 0
        self.menu = QMenu(tr("&Instructor"), window)
        self.library_action = self._add(tr("Scenario &library…"), "Ctrl+L", self.show_library)
        self.editor_action = self._add(tr("Scenario edi&tor…"), "Ctrl+Shift+D", self.show_editor)
        self.roster_action = self._add(
            tr("&Roster and sessions…"), "Ctrl+Shift+R", self.show_roster
        )
        self.export_action = self._add(
            tr("&Export score sheets…"), "Ctrl+Shift+E", self.export_runs
        )
        self.export_session_action = self._add(
            tr("Export a class &session…"), "Ctrl+Shift+S", self.export_session
        )
        self.debrief_action = self._add(tr("&Debrief a run\u2026"), "Ctrl+D", self.choose_debrief)
        self.progress_action = self._add(tr("Trainee &progress…"), "Ctrl+G", self.show_progress)
        self.console_action = self._add(
            tr("&Class console (stations on the LAN)…"), "Ctrl+Shift+L", self.open_class_console
        )
        self.consoles: list[QWidget] = []
        self.editor: ScenarioEditor | None = None
        self.menu.addSeparator()
        self.inject_menu = self.menu.addMenu(tr("&Inject"))
        self.place_actions = {}
        for key in TEMPLATES:
            action = QAction(
                tr("Place: {title}").format(title=template_title(key)), self.inject_menu
            )
            action.triggered.connect(lambda _=False, k=key: self.arm_placement(k))
            self.inject_menu.addAction(action)
            self.place_actions[key] = action
        self.inject_menu.addSeparator()
        self.lost_link_action = self._add(
            tr("Lost link on the selected drone"),
            "Ctrl+Shift+K",
            lambda: self.inject_on_selected(InjectKind.LOST_LINK),
            self.inject_menu,
        )
        self.flyaway_action = self._add(
            tr("Flyaway of the selected drone"),
            "Ctrl+Shift+F",
            lambda: self.inject_on_selected(InjectKind.FLYAWAY),
            self.inject_menu,
        )
        outage = tr("Radar out for {outage_s:g} s").format(outage_s=OUTAGE_S)
        self.outage_action = self._add(outage, "Ctrl+Shift+O", self.radar_outage, self.inject_menu)
        window.canvas.map_clicked.connect(self._on_map_clicked)
        self.debriefs: list[DebriefWindow] = []
        for action in (
            self.roster_action,
            self.export_action,
            self.export_session_action,
            self.debrief_action,
            self.progress_action,
            self.console_action,
        ):
            action.setEnabled(window.repository is not None)

    def _add(
        self, text: str, key: str, slot: Callable[[], object], menu: QMenu | None = None
    ) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(key))
        action.setAutoRepeat(False)  # a held Ctrl+Shift+K is one lost link, not one per repeat
        # triggered(bool) hands Qt's `checked` to a slot's first parameter (export_runs would
        # take False for its run ids): the slot is called with no arguments instead.
        action.triggered.connect(lambda *_checked: slot())
        (menu or self.menu).addAction(action)
        return action

    # -- library, roster, export -------------------------------------------------------------

    def show_library(self) -> ScenarioLibraryDialog:
        dialog = ScenarioLibraryDialog(ScenarioLibrary(self.window.workspace), self.window)
        dialog.scenario_chosen.connect(self.window.open_scenario_asking)
        dialog.edit_chosen.connect(self.edit_scenario)
        dialog.open()
        return dialog

    def edit_scenario(self, path: Path) -> None:
        """A file chosen in the library to be edited (a broken one to be fixed): the editor
        opens it, asking first about unsaved work there."""
        self.show_editor()
        editor = self.editor
        if editor is not None and editor.document.path != path:
            editor.open_file(path)

    def _on_editor_saved(self, path: Path) -> None:
        """The scenario open here was saved in the editor: a restart would run the version
        loaded before. Not started (or over), it is loaded again at once; a run under way
        keeps the version it started with, and the status bar says so."""
        window, editor = self.window, self.editor
        if window.run is None or window.run.path.resolve() != path.resolve() or editor is None:
            return
        bar = window.statusBar()
        if editor.result is None or not editor.result.ok:
            bar.showMessage(
                tr("{name} was saved with problems: this window keeps the version it has.").format(
                    name=path.name
                )
            )
        elif window.run_under_way():
            bar.showMessage(
                tr(
                    "{name} was saved: the run under way keeps the version it started with; "
                    "open the file again for the new one."
                ).format(name=path.name)
            )
        elif window.open_scenario(path):
            bar.showMessage(
                tr("{name} loaded again as saved in the editor.").format(name=path.name)
            )

    def show_editor(self) -> QWidget:
        """The scenario editor on the open scenario, in a window of its own. There is one: an
        editor hidden with unsaved work (trainee mode hides it) comes back with that work."""
        from trainer.ui.editor.editor_window import ScenarioEditor  # only when asked for

        if self.editor is None:
            self.editor = ScenarioEditor(self.window.workspace, self.window.settings, self.window)
            self.editor.saved.connect(self._on_editor_saved)
        editor = self.editor
        run = self.window.run
        if run is not None and not editor.dirty and editor.document.path != run.path:
            editor.open_file(run.path)
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor

    def show_roster(self) -> RosterDialog | None:
        repository = self.window.repository
        if repository is None:
            return None
        dialog = RosterDialog(
            repository, self.window, current_session=self.window.recorder.session_id
        )
        dialog.session_chosen.connect(self._on_session_chosen)
        dialog.open()
        return dialog

    def _on_session_chosen(self, session_id: int) -> None:
        self.window.recorder.session_id = session_id
        self.window.statusBar().showMessage(
            tr("New runs belong to class session {session_id}").format(session_id=session_id), 6000
        )

    def export_runs(
        self, run_ids: list[int] | None = None, fmt: str | None = None, folder: Path | None = None
    ) -> list[Path]:
        """Export chosen runs' score sheets with a progress bar; arguments skip the questions."""
        from trainer.export import export_runs  # PDF writing pulls in more of Qt: only on demand

        window, repository = self.window, self.window.repository
        if repository is None:
            return []
        if run_ids is None:
            picker = RunPickerDialog(
                repository,
                tr("Export score sheets"),
                multiple=True,
                parent=window,
                accept_text=tr("Export…"),
            )
            if not picker.exec() or not picker.chosen():
                return []
            run_ids = picker.chosen()
        target = self._ask_target(fmt, folder)
        if target is None:
            return []
        runs, (fmt_, folder_) = run_ids, target
        return self._with_progress(
            lambda advance, skipped: export_runs(
                repository, runs, fmt_, folder_, advance, skipped=skipped
            ),
            folder_,
        )

    def print_run(self, run_id: int, printer: QPrinter | None = None) -> int:
        """Print one run's score sheet; asks for the printer unless one is given. Returns
        the pages printed (0: cancelled or failed, and the window says why)."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # only when printing

        from trainer.export import gather
        from trainer.export.pdf_export import print_sheet

        repository = self.window.repository
        if repository is None:
            return 0
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            dialog = QPrintDialog(printer, self.window)
            dialog.setWindowTitle(tr("Print the score sheet of run {run_id}").format(run_id=run_id))
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return 0
        try:
            pages = print_sheet(gather(repository, run_id), printer)
        except TrainerError as error:
            self.window.show_error(
                tr("Cannot print run {run_id}").format(run_id=run_id), str(error)
            )
            return 0
        self.window.statusBar().showMessage(
            tr("Score sheet of run {run_id} sent to the printer ({pages} page(s))").format(
                run_id=run_id, pages=pages
            ),
            6000,
        )
        return pages

    def export_session(
        self, session_id: int | None = None, fmt: str | None = None, folder: Path | None = None
    ) -> list[Path]:
        """Export every scored run of a class session and a summary; arguments skip questions."""
        from trainer.export import export_session

        window, repository = self.window, self.window.repository
        if repository is None:
            return []
        if session_id is None:
            sessions = repository.sessions()
            if not sessions:
                window.statusBar().showMessage(
                    tr("No class sessions yet: add one under Roster"), 6000
                )
                return []
            labels = [
                f"{s.id}: {_cut(one_line(s.title))} ({local_date(s.started_utc)})" for s in sessions
            ]
            label, ok = QInputDialog.getItem(
                window, tr("Export a session"), tr("Session"), labels, 0, False
            )
            if not ok:
                return []
            session_id = sessions[labels.index(label)].id
        target = self._ask_target(fmt, folder)
        if target is None:
            return []
        session, (fmt_, folder_) = session_id, target
        return self._with_progress(
            lambda advance, skipped: export_session(
                repository, session, fmt_, folder_, advance, skipped=skipped
            ),
            folder_,
        )

    def _ask_target(self, fmt: str | None, folder: Path | None) -> tuple[str, Path] | None:
        """The format and folder to export to, asking for what was not given; None: cancelled.
        The questions start at the last answers (kept in the settings): after each class the
        same folder for the learning-management system, not the folder the trainer started in."""
        settings = self.window.settings
        if fmt is None:
            last = str(settings.value(EXPORT_FORMAT_KEY, EXPORT_FORMATS[0]))
            current = EXPORT_FORMATS.index(last) if last in EXPORT_FORMATS else 0
            fmt, ok = QInputDialog.getItem(
                self.window, tr("Export"), tr("Format"), list(EXPORT_FORMATS), current, False
            )
            if not ok:
                return None
        if folder is None:
            folder = ask_export_folder(self.window, settings)
            if folder is None:
                return None
        settings.setValue(EXPORT_FORMAT_KEY, fmt)
        settings.setValue(EXPORT_FOLDER_KEY, str(folder))
        return fmt, folder

    def _with_progress(
        self,
        export: Callable[[Callable[[int, int], None], Skipped], list[Path]],
        folder: Path,
    ) -> list[Path]:
        """Run `export(advance, skipped)` under a progress bar; then say what was written and
        which picked runs were left out for having no score sheet."""
        window = self.window
        left_out: list[int] = []

        def skipped(run_id: int, _why: str) -> None:
            left_out.append(run_id)

        progress = QProgressDialog(tr("Exporting score sheets…"), "", 0, 1, window)
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)

        def advance(done: int, total: int) -> None:
            progress.setMaximum(total)
            progress.setValue(done)

        try:
            written = export(advance, skipped)
        except TrainerError as error:
            window.show_error(tr("Export"), str(error))
            written = []
        finally:
            progress.close()
        if written:
            message = tr("Wrote {count} file(s) to {folder}").format(
                count=len(written), folder=folder
            )
            if left_out:  # the instructor may want to rescore them and export again
                runs = ", ".join(str(run_id) for run_id in left_out)
                message += tr("; left out run(s) without a score sheet: {runs}").format(runs=runs)
            window.statusBar().showMessage(message, 12000)
        return written

    # -- the classroom -------------------------------------------------------------------------

    def open_class_console(self, port: int = DEFAULT_PORT) -> QWidget | None:
        """The class console over the LAN, in a window of its own, on this window's record."""
        from trainer.ui.console_app import open_console_window  # ZeroMQ only when asked

        window = self.window
        if window.repository is None:
            return None
        scenario = window.run.path if window.run is not None else None
        console = open_console_window(window.repository, window.workspace, scenario, port)
        if console is not None:
            self.consoles.append(console)
        return console

    # -- debrief and progress ----------------------------------------------------------------

    def choose_debrief(self) -> None:
        if self.window.repository is None:
            return
        picker = RunPickerDialog(self.window.repository, tr("Debrief a run"), parent=self.window)
        if picker.exec() and picker.chosen():
            self.open_debrief(picker.chosen()[0])

    def open_debrief(self, run_id: int) -> DebriefWindow | None:
        """Replay a recorded run in a window of its own."""
        if self.window.repository is None:
            return None
        try:
            replay = load_replay(self.window.repository, run_id, self.window.workspace)
            trainee_id = replay.run.trainee_id
            trainee = (
                self.window.repository.trainee(trainee_id).name if trainee_id else tr("no trainee")
            )
        except TrainerError as error:
            self.window.show_error(
                tr("Cannot replay run {run_id}").format(run_id=run_id), readable(error)
            )
            return None
        window = DebriefWindow(replay, trainee, self.window, self.window.repository)
        window.closed.connect(lambda: self._forget_debrief(window))  # deleted on close
        window.rescored.connect(self.open_debrief)
        window.show()
        self.debriefs.append(window)
        return window

    def _forget_debrief(self, window: DebriefWindow) -> None:
        if window in self.debriefs:
            self.debriefs.remove(window)

    def show_progress(self) -> ProgressDialog | None:
        if self.window.repository is None:
            return None
        dialog = ProgressDialog(self.window.repository, self.window.workspace, self.window)
        dialog.open()
        return dialog

    # -- injects -----------------------------------------------------------------------------

    def arm_placement(self, template: str) -> None:
        """The next click on the map places a drone of this template."""
        if not self._running():
            return
        self.pending_template = template
        self.window.statusBar().showMessage(
            tr("Click on the map to place: {title}").format(title=template_title(template))
        )

    def _on_map_clicked(self, x: float, y: float) -> None:
        if self.pending_template is None or not self._running():
            return
        self.injected += 1
        drone = f"inject-{self.injected}"
        self.apply(
            Inject(InjectKind.ADD_DRONE, drone=drone, template=self.pending_template, x_m=x, y_m=y)
        )
        self.pending_template = None

    def inject_on_selected(self, kind: InjectKind) -> None:
        selected = self.window.selected
        if not selected:
            self.window.statusBar().showMessage(tr("Select a drone first"), 4000)
            return
        self.apply(Inject(kind, drone=selected))

    def radar_outage(self) -> None:
        driver = self.window.driver
        radars = driver.radar_ids() if driver is not None else []
        if not radars:
            self.window.statusBar().showMessage(tr("This run has no radar"), 4000)
            return
        self.apply(Inject(InjectKind.SENSOR_OUTAGE, sensor=radars[0], duration_s=OUTAGE_S))

    def apply(self, inject: Inject) -> bool:
        driver = self.window.driver
        if driver is None or not self._running():
            return False
        try:
            driver.inject(inject)
        except ValueError as error:
            self.window.statusBar().showMessage(
                tr("Inject refused: {error}").format(error=error), 6000
            )
            return False
        self.window.statusBar().showMessage(
            tr("Injected {value} at T+{time_s:.0f} s").format(
                value=tr(INJECT_NAMES[inject.kind]), time_s=driver.time_s
            ),
            6000,
        )
        return True

    def _running(self) -> bool:
        driver = self.window.driver
        if driver is None or driver.state.value not in ("running", "paused"):
            self.window.statusBar().showMessage(tr("Injects need a run that has started"), 4000)
            return False
        return True


def _cut(title: str) -> str:
    """A long title cut to fit the pick list (its id and date tell sessions apart)."""
    return title if len(title) <= SESSION_LABEL_CHARS else title[: SESSION_LABEL_CHARS - 1] + "…"
