"""The scenario editor: the scenario on the map, a form per section, live checks, a dry run.

The window puts the parts together and keeps them in step: menus and keys (editor_actions),
the file and its unsaved changes (editor_file), the sections (section_list) and the form of the
one chosen (schema_form), the map (the draft layer, the airspace behind it in map_airspace, the
drawing tools in draw_commands), the live check (live_check) and what it found (problem_list),
the timeline's edits (timeline_edits) and the dry run (dry_run_panel)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QWidget,
)

from trainer.launch import Workspace
from trainer.scenario.authoring import (
    CheckResult,
    PathKey,
    ScenarioDocument,
    add_missing_incidents,
    round_coordinate,
)
from trainer.scenario.schema_walk import SchemaWalker
from trainer.ui.editor import file_dialogs, timeline_edits
from trainer.ui.editor.draft_layer import DraftLayer
from trainer.ui.editor.draw_commands import DrawCommands
from trainer.ui.editor.drawing import MapDrawing, Tool
from trainer.ui.editor.dry_run_panel import DryRunPanel
from trainer.ui.editor.editor_actions import EditorActions
from trainer.ui.editor.editor_file import EditorFile
from trainer.ui.editor.file_dialogs import CANCEL, DISCARD, SAVE
from trainer.ui.editor.live_check import CHECK_DELAY_MS, check_scenario
from trainer.ui.editor.map_airspace import MapAirspace
from trainer.ui.editor.new_items import filled_in
from trainer.ui.editor.problem_list import CheckStatus, ProblemList
from trainer.ui.editor.schema_form import SchemaForm
from trainer.ui.editor.section_list import SectionList
from trainer.ui.editor.sections import Section, section_for_field
from trainer.ui.left_out_airspace import LeftOutAirspace
from trainer.ui.map.canvas import MapCanvas
from trainer.ui.translation import tr
from trainer.ui.window_size import first_size

__all__ = ["CANCEL", "DISCARD", "SAVE", "ScenarioEditor"]


class ScenarioEditor(QMainWindow):
    saved = Signal(Path)  # the file was written (and checked: see .result)

    def __init__(
        self,
        workspace: Workspace,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.settings = settings or QSettings()
        self.walker = SchemaWalker()
        self.document = ScenarioDocument.new()
        self.file = EditorFile(self)
        self.result: CheckResult | None = None
        # Asked when unsaved changes would be lost: returns SAVE, DISCARD or CANCEL.
        self.ask_unsaved: Callable[[], str] = partial(file_dialogs.ask_unsaved, self)
        self.drawing = MapDrawing(self.document, workspace.projector, self.selected_drone)
        self.form: SchemaForm | None = None

        self.canvas = MapCanvas()
        self.draft = DraftLayer(self.canvas.view, workspace.projector)
        self.draw = DrawCommands(self)
        self.section_list = SectionList(self.walker)
        self.section_list.currentRowChanged.connect(self._on_section_changed)
        self.form_area = QScrollArea()
        self.form_area.setWidgetResizable(True)
        self.form_area.setMinimumWidth(380)
        splitter = QSplitter()
        splitter.addWidget(self.section_list)
        splitter.addWidget(self.canvas)
        splitter.addWidget(self.form_area)
        # The form's pane is as wide as the deepest bundled section needs in Dutch (an answer
        # key's responses, a radar's settings: 460 px); narrowed by the author, it scrolls.
        splitter.setSizes([160, 840, 500])
        bottom = QSplitter(Qt.Orientation.Vertical)
        bottom.addWidget(splitter)
        self.tabs = QTabWidget()
        self.problem_list = ProblemList()
        self.problem_list.field_chosen.connect(self._on_problem_chosen)
        self.dry_run_panel = DryRunPanel(workspace)
        self.dry_run_panel.timeline.time_clicked.connect(self.add_event_at)
        self.dry_run_panel.timeline.event_moved.connect(self.move_event)
        self.tabs.addTab(self.problem_list, tr("Problems"))
        self.tabs.addTab(self.dry_run_panel, tr("Timeline and dry run"))
        bottom.addWidget(self.tabs)
        bottom.setSizes([760, 200])
        self.setCentralWidget(bottom)
        self.status = CheckStatus()
        # What imported airspace files had to leave out (or, far away, had nothing to give):
        # `validate` says so, and the author who is choosing the files should see it here.
        self.left_out = LeftOutAirspace(self)
        self.statusBar().addPermanentWidget(self.left_out)
        self.statusBar().addPermanentWidget(self.status)
        self.map_airspace = MapAirspace(self.canvas, self.draft, self.left_out, workspace.library)

        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.check_now)
        self.editor_actions = EditorActions(self, self.canvas, self, self.drawing, self.walker)
        self.undo_action = self.editor_actions.undo
        self.redo_action = self.editor_actions.redo
        self.dry_run_action = self.editor_actions.dry_run
        self.sensor_kind_box = self.editor_actions.sensor_kind_box
        self.height_box = self.editor_actions.height_box
        if parent is not None:  # the app's window closing would take unsaved work with it
            parent.installEventFilter(self.file)
        first_size(self, 1500, 950)
        geometry = self.settings.value("editor/geometry")
        if isinstance(geometry, QByteArray):  # where the author left the window last time
            self.restoreGeometry(geometry)
        self.load(self.document)

    @property
    def sections(self) -> list[Section]:
        return self.section_list.sections

    # -- the document and its file (editor_file) ------------------------------------------------

    @property
    def dirty(self) -> bool:
        return self.file.dirty

    def new_scenario(self) -> bool:
        return self.file.new()

    def choose_file(self) -> None:
        self.file.choose()

    def open_file(self, path: Path) -> bool:
        """Open a scenario file; one that cannot be read shows why and changes nothing."""
        return self.file.open(path)

    def save(self) -> bool:
        return self.file.save()

    def choose_save_path(self) -> bool:
        return self.file.choose_save_path()

    def save_to(self, path: Path) -> bool:
        return self.file.save_to(path)

    def close_by_author(self) -> bool:
        return self.file.close_by_author()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.file.on_close(event)

    def load(self, document: ScenarioDocument) -> None:
        """`document` in every part of the window, as its file is."""
        self.document = document
        self.drawing.document = document
        self.drawing.pending = []
        self.file.mark_saved()
        self.dry_run_panel.clear()
        self.rebuild_sections(select=0)
        self.check_now()
        self.redraw()
        self.fit()
        self.file.update_title()
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)

    def show_error(self, title: str, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.open()
        self.error_box = box

    def _file(self) -> Path:
        return self.document.path or Path("new-scenario.yaml")

    # -- edits ----------------------------------------------------------------------------------

    def after_edit(self) -> None:
        """A value changed (in a form, on the map): redraw, check soon."""
        self.undo_action.setEnabled(self.document.can_undo)
        self.redo_action.setEnabled(self.document.can_redo)
        self.redraw()
        self.file.update_title()
        self._check_timer.start()
        self.section_list.refresh_titles(self.document.plain())
        self.dry_run_panel.mark_outdated()

    # the Draw menu's commands (draw_commands)

    def choose_tool(self, tool: Tool) -> None:
        self.draw.choose_tool(tool)

    def finish_shape(self) -> None:
        self.draw.finish_shape()

    def cancel_shape(self) -> None:
        self.draw.cancel_shape()

    def delete_selected_drone(self) -> None:
        self.draw.delete_selected_drone()

    def add_incidents(self) -> None:
        added = add_missing_incidents(self.document)
        if not added:
            self.statusBar().showMessage(tr("Every drone has an incident in the answer key."))
            return
        self.rebuild_sections(path=("answer_key",))
        self.after_edit()
        self.statusBar().showMessage(
            tr(
                "Incidents added for {added}: acknowledge and classify; add the responses the "
                "scenario trains."
            ).format(added=", ".join(added))
        )

    def undo(self) -> None:
        if self.document.undo():
            self._after_undo(tr("Undone."))

    def redo(self) -> None:
        if self.document.redo():
            self._after_undo(tr("Redone."))

    def _after_undo(self, message: str) -> None:
        self.file.after_undo()  # back where the file is: not unsaved
        self.drawing.pending = []
        self.drawing.moving = None
        row = self.section_list.currentRow()
        self.rebuild_sections(select=row)
        self.after_edit()
        self.statusBar().showMessage(message)

    def move_event(self, index: int, time_s: float) -> None:
        """An event dragged along the timeline: its time changes, nothing else."""
        message = timeline_edits.move_event(self.document, index, time_s)
        if message is not None:
            self._after_timeline_edit(message)

    def add_event_at(self, time_s: float) -> None:
        """A click on the timeline: a scripted event for the selected (or first) drone."""
        drone = self.selected_drone() or 0
        message = timeline_edits.add_event(self.document, self.walker, drone, time_s)
        if message is None:
            self.statusBar().showMessage(tr("Place a drone first: events happen to drones."))
        else:
            self._after_timeline_edit(message)

    def _after_timeline_edit(self, message: str) -> None:
        self.rebuild_sections(path=("events",))
        self.after_edit()
        self.statusBar().showMessage(message)

    # -- sections and forms ---------------------------------------------------------------------

    def rebuild_sections(
        self, select: int | None = None, drone: int | None = None, path: PathKey | None = None
    ) -> None:
        self.section_list.rebuild(self.document.plain(), select, drone, path)

    def _on_section_changed(self, row: int) -> None:
        if not 0 <= row < len(self.sections):
            return
        section = self.sections[row]
        if self.form is not None and self.form.refused:  # those fields are gone: check again
            self._check_timer.start()
        self.form = SchemaForm(
            self.document,
            section.path,
            self.walker,
            section.skip,
            suggestions=self._references(),
            new_item=self._new_item,
        )
        self.form.edited.connect(self.after_edit)
        self.form.told.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.form.refusals_changed.connect(self._check_timer.start)
        self.form.rebuilt.connect(self._show_problems_in_form)
        self.form_area.setWidget(self.form)
        self._show_problems_in_form()
        self.redraw()

    def _new_item(self, path: PathKey, item: Any) -> Any:
        """An item added to a list: an id of its own, the first drone, the aerodrome's place."""
        references = self._references()
        items = self.document.get(path)
        taken = [str(i.get("id")) for i in items or [] if isinstance(i, dict)]
        if path == ("airspace", "zones"):
            taken += references["zone"]
        drones = [d for d in references["drone"] if not d.startswith("bird:")]
        airspace = self.canvas.airspace
        site = None
        if airspace is not None:
            lat, lon = self.workspace.projector.to_wgs84(*airspace.aerodrome.reference_point)
            site = (round_coordinate(lat), round_coordinate(lon))
        name = str(path[-1]) if path else ""
        return filled_in(item, name, taken, drones, site)

    def _references(self) -> dict[str, list[str]]:
        """The ids a reference field may name: drones (and bird flocks), zones on the map."""
        data = self.document.plain()
        drones = [str(d.get("id")) for d in data.get("drones") or [] if isinstance(d, dict)]
        birds = [f"bird:{b.get('id')}" for b in data.get("birds") or [] if isinstance(b, dict)]
        zones = [zone.id for zone in self.canvas.airspace.zones] if self.canvas.airspace else []
        airspace = data.get("airspace") if isinstance(data.get("airspace"), dict) else {}
        zones += [str(z.get("id")) for z in airspace.get("zones") or [] if isinstance(z, dict)]
        return {"drone": drones + birds, "zone": zones, "on_zone_entry": zones}

    def selected_drone(self) -> int | None:
        return self.section_list.selected_drone()

    def select_section(self, path: PathKey) -> None:
        self.section_list.select(path)

    def focus_field(self, field: str) -> None:
        widget = self.form.editors.get(field) if self.form is not None else None
        if widget is not None:
            widget.setFocus()
            self.form_area.ensureWidgetVisible(widget)

    # -- checks ---------------------------------------------------------------------------------

    def check_now(self) -> CheckResult:
        self._check_timer.stop()
        self.result = check_scenario(self.document, self.workspace.library, self.form)
        self.problem_list.show_problems(self.result.problems)
        self.status.show_result(self.result)
        count = len(self.result.problems)
        self.tabs.setTabText(0, tr("Problems ({count})").format(count=count))
        self.dry_run_action.setEnabled(self.result.ok)
        self._show_problems_in_form()
        self.map_airspace.update(self.result, self.document)
        self.dry_run_panel.show_scripted(self.document.plain())
        # The author has paused: copy the tree for the next undo step now, once what is
        # waiting (a key typed meanwhile) is handled, not when the next key is.
        QTimer.singleShot(0, self.document.prepare_undo)
        return self.result

    def _show_problems_in_form(self) -> None:
        if self.form is not None and self.result is not None:
            self.form.show_problems(self.result.problems)

    def _on_problem_chosen(self, field: str) -> None:
        self.select_section(section_for_field(field, self.sections))
        self.focus_field(field)

    # -- the map --------------------------------------------------------------------------------

    def redraw(self) -> None:
        airspace = self.canvas.airspace
        site = airspace.aerodrome.reference_point if airspace is not None else None
        self.draft.show(
            self.document.plain(),
            self.selected_drone(),
            self.drawing.pending,
            site,
            self.document.path,
        )

    def fit(self) -> None:
        if not self.draft.extent:  # nothing drawn yet: the aerodrome and its surroundings
            self.canvas.zoom_to_aerodrome()
            return
        xs = [x for x, _ in self.draft.extent]
        ys = [y for _, y in self.draft.extent]
        self.canvas.fit(xs, ys)

    # -- dry run --------------------------------------------------------------------------------

    def start_dry_run(self) -> bool:
        result = self.check_now()
        if result.scenario is None:
            self.tabs.setCurrentIndex(0)
            self.statusBar().showMessage(
                tr("Fix the problems first: a dry run needs a valid scenario.")
            )
            return False
        self.tabs.setCurrentWidget(self.dry_run_panel)
        path = self._file()
        return self.dry_run_panel.start(result.scenario, path)
