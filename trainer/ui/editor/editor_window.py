"""The scenario editor: the scenario on the map, a form per section, live checks, a dry run.

The window puts the parts together and keeps them in step: menus and keys (editor_actions),
the sections (section_list) and the form of the one chosen (schema_form), the map (the draft
layer, drawing tools), the live check (live_check) and what it found (problem_list), the file
questions (file_dialogs), the timeline's edits (timeline_edits) and the dry run (dry_run_panel)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QWidget,
)

from trainer.errors import ScenarioError, TrainerError
from trainer.i18n.os_words import os_reason
from trainer.launch import Workspace
from trainer.library import default_user_folder
from trainer.scenario.airspace_builder import build_airspace
from trainer.scenario.authoring import (
    CheckResult,
    PathKey,
    ScenarioDocument,
    add_missing_incidents,
    path_text,
    round_coordinate,
)
from trainer.scenario.model import AirspaceRefs
from trainer.scenario.schema_walk import SchemaWalker
from trainer.ui.editor import file_dialogs, timeline_edits
from trainer.ui.editor.draft_layer import DraftLayer, zone_at
from trainer.ui.editor.drawing import MapDrawing, Outcome, Tool
from trainer.ui.editor.dry_run_panel import DryRunPanel
from trainer.ui.editor.editor_actions import EditorActions
from trainer.ui.editor.file_dialogs import CANCEL, DISCARD, SAVE, is_bundled
from trainer.ui.editor.live_check import CHECK_DELAY_MS, check_scenario
from trainer.ui.editor.new_items import filled_in
from trainer.ui.editor.problem_list import CheckStatus, ProblemList
from trainer.ui.editor.schema_form import SchemaForm
from trainer.ui.editor.section_list import SectionList
from trainer.ui.editor.sections import Section, section_for_field
from trainer.ui.left_out_airspace import LeftOutAirspace
from trainer.ui.map.canvas import CLICK_RADIUS_PX, MapCanvas
from trainer.ui.translation import tr
from trainer.ui.window_size import first_size

__all__ = ["CANCEL", "DISCARD", "SAVE", "ScenarioEditor"]

FIELDS_BELOW_PX = 200  # a new item's fields under its id, kept in view with it


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
        self.saved_revision = 0
        self.saved_text = ""  # the file as saved or opened: undone back to it, nothing is unsaved
        self.result: CheckResult | None = None
        # Asked when unsaved changes would be lost: returns SAVE, DISCARD or CANCEL.
        self.ask_unsaved: Callable[[], str] = partial(file_dialogs.ask_unsaved, self)
        self.drawing = MapDrawing(self.document, workspace.projector, self.selected_drone)
        self.form: SchemaForm | None = None
        self._shown_airspace = ""
        self._author_closes = False

        self.canvas = MapCanvas()
        self.draft = DraftLayer(self.canvas.view, workspace.projector)
        self.canvas.map_clicked.connect(self._on_map_clicked)
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
            parent.installEventFilter(self)
        first_size(self, 1500, 950)
        geometry = self.settings.value("editor/geometry")
        if isinstance(geometry, QByteArray):  # where the author left the window last time
            self.restoreGeometry(geometry)
        self._load(self.document)

    @property
    def sections(self) -> list[Section]:
        return self.section_list.sections

    def choose_tool(self, tool: Tool) -> None:
        self.editor_actions.tools[tool].setChecked(True)
        self.statusBar().showMessage(self.drawing.choose(tool))
        self._redraw()

    # -- the document and its file --------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return self.document.revision != self.saved_revision

    def _load(self, document: ScenarioDocument) -> None:
        self.document = document
        self.drawing.document = document
        self.drawing.pending = []
        self.saved_revision = document.revision
        self.saved_text = document.to_text()
        self.dry_run_panel.clear()
        self._rebuild_sections(select=0)
        self.check_now()
        self._redraw()
        self.fit()
        self._update_title()
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)

    def new_scenario(self) -> bool:
        if not self.may_discard():
            return False
        self._load(ScenarioDocument.new())
        return True

    def choose_file(self) -> None:
        path = file_dialogs.ask_open_path(self, self.settings)
        if path is not None:
            self.open_file(path)

    def open_file(self, path: Path) -> bool:
        """Open a scenario file; one that cannot be read shows why and changes nothing."""
        if not self.may_discard():
            return False
        try:
            document = ScenarioDocument.open(path)
        except ScenarioError as error:
            self.show_error(tr("Cannot open {name}").format(name=path.name), str(error))
            return False
        self.settings.setValue(file_dialogs.LAST_FOLDER, str(path.parent))
        self._load(document)
        return True

    def save(self) -> bool:
        """Save in place; a new scenario, or one of the bundled ones, asks where first (the
        bundled scenarios stay as shipped: an installed program's copy sits inside the
        package, lost at the next update)."""
        path = self.document.path
        if path is None or is_bundled(path):
            return self.choose_save_path()
        return self.save_to(path)

    def choose_save_path(self) -> bool:
        scenario_id = str(self.document.get(("id",)) or "")
        # default_user_folder looked up here, at the moment of asking (tests put it elsewhere)
        target = file_dialogs.ask_save_path(
            self, self.settings, scenario_id, lambda: default_user_folder()
        )
        return self.save_to(target) if target is not None else False

    def save_to(self, path: Path) -> bool:
        """Write the file; one with problems is saved too (work is never lost), and says so."""
        try:
            self.document.save(path)
        except OSError as error:
            # The title is in the window's frame only (Windows): the sentence says it again.
            said = tr("The scenario could not be saved as {path}: {reason}.")
            self.show_error(tr("Cannot save"), said.format(path=path, reason=os_reason(error)))
            return False
        self.saved_revision = self.document.revision
        self.saved_text = self.document.to_text()
        self.check_now()
        refused = len(self.form.refused) if self.form else 0  # not in the file: not its problem
        problems = (len(self.result.problems) if self.result else 0) - refused
        self.statusBar().showMessage(file_dialogs.saved_note(path.name, problems, refused), 10000)
        self._update_title()
        self.saved.emit(path)
        return True

    def may_discard(self) -> bool:
        """True when nothing unsaved would be lost (saved, or the author lets it go)."""
        if not self.dirty:
            return True
        answer = self.ask_unsaved()
        if answer == SAVE:
            return self.save()
        return answer == DISCARD

    def close_by_author(self) -> bool:
        """File > Close: asks about unsaved changes, as the window's own close button does."""
        self._author_closes = True
        try:
            return self.close()
        finally:
            self._author_closes = False

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closed by the program (the main window entering trainee mode), the editor hides at
        # once, never asking: the trainee must not see it, and the author's work is kept.
        by_author = event.spontaneous() or self._author_closes
        if not by_author and self.dirty:
            self.hide()
            event.ignore()
        elif not by_author or self.may_discard():
            self.dry_run_panel.stop()
            self.settings.setValue("editor/geometry", self.saveGeometry())
            event.accept()
        else:
            event.ignore()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The main window is closing: unsaved work in a shown editor is asked about first."""
        if (
            event.type() == QEvent.Type.Close
            and watched is self.parent()
            and self.isVisible()
            and not self.may_discard()
        ):
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    def show_error(self, title: str, text: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.open()
        self.error_box = box

    def _file(self) -> Path:
        return self.document.path or Path("new-scenario.yaml")

    def _update_title(self) -> None:
        name = self.document.path.name if self.document.path else tr("new scenario")
        self.setWindowTitle(
            tr("{else_value}{name} - Scenario editor").format(
                else_value="*" if self.dirty else "", name=name
            )
        )

    # -- edits ----------------------------------------------------------------------------------

    def _on_edited(self) -> None:
        """A value changed (in a form, on the map): redraw, check soon."""
        self.undo_action.setEnabled(self.document.can_undo)
        self.redo_action.setEnabled(self.document.can_redo)
        self._redraw()
        self._update_title()
        self._check_timer.start()
        self.section_list.refresh_titles(self.document.plain())
        self.dry_run_panel.mark_outdated()

    def _on_map_clicked(self, x: float, y: float) -> None:
        if self.drawing.tool is Tool.SELECT:
            self._select_drone_at(x, y)
            return
        self.drawing.pick_radius_m = CLICK_RADIUS_PX * self.canvas.metres_per_pixel()
        self._apply(self.drawing.click(x, y))

    def finish_shape(self) -> None:
        self._apply(self.drawing.finish())

    def cancel_shape(self) -> None:
        self.statusBar().showMessage(self.drawing.cancel())
        self._redraw()

    def _apply(self, outcome: Outcome) -> None:
        self.statusBar().showMessage(outcome.message)
        if outcome.changed:
            selected = outcome.selected if outcome.selected is not None else self.selected_drone()
            if outcome.section is not None and outcome.selected is None:
                self._rebuild_sections(path=outcome.section)
            else:
                self._rebuild_sections(drone=selected)
            self._on_edited()
            if outcome.shown is not None:  # once the new form is laid out
                QTimer.singleShot(0, partial(self._bring_into_view, path_text(outcome.shown)))
        else:
            self._redraw()

    def _bring_into_view(self, field: str) -> None:
        widget = self.form.editors.get(field) if self.form is not None else None
        if widget is not None:  # with the fields below it (a zone's limits) in view too
            self.form_area.ensureWidgetVisible(widget, 50, FIELDS_BELOW_PX)

    def delete_selected_drone(self) -> None:
        index = self.selected_drone()
        if index is None:
            return
        drone_id = self.document.get(("drones", index, "id"))
        self.document.remove(("drones", index))
        self._rebuild_sections(select=0)
        self._on_edited()
        self.statusBar().showMessage(
            tr(
                "Drone {drone_id} deleted (Ctrl+Z brings it back); what still names it is "
                "listed under Problems."
            ).format(drone_id=drone_id)
        )

    def add_incidents(self) -> None:
        added = add_missing_incidents(self.document)
        if not added:
            self.statusBar().showMessage(tr("Every drone has an incident in the answer key."))
            return
        self._rebuild_sections(path=("answer_key",))
        self._on_edited()
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
        if self.document.to_text() == self.saved_text:  # back where the file is: not unsaved
            self.saved_revision = self.document.revision
        self.drawing.pending = []
        self.drawing.moving = None
        row = self.section_list.currentRow()
        self._rebuild_sections(select=row)
        self._on_edited()
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
        self._rebuild_sections(path=("events",))
        self._on_edited()
        self.statusBar().showMessage(message)

    # -- sections and forms ---------------------------------------------------------------------

    def _rebuild_sections(
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
        self.form.edited.connect(self._on_edited)
        self.form.told.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.form.refusals_changed.connect(self._check_timer.start)
        self.form.rebuilt.connect(self._show_problems_in_form)
        self.form_area.setWidget(self.form)
        self._show_problems_in_form()
        self._redraw()

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

    def _focus_field(self, field: str) -> None:
        widget = self.form.editors.get(field) if self.form is not None else None
        if widget is not None:
            widget.setFocus()
            self.form_area.ensureWidgetVisible(widget)

    def _select_drone_at(self, x: float, y: float) -> None:
        radius = CLICK_RADIUS_PX * self.canvas.metres_per_pixel()
        drones = self.document.get(("drones",))
        drone = self.draft.drone_at(drones, x, y, radius)
        if drone is not None:
            self.select_section(("drones", drone))
            return
        zone = zone_at(self.draft.zone_shapes, x, y)
        if zone is not None:  # the scenario's own zone: its form, at its id
            self.select_section(("airspace",))
            self._focus_field(f"airspace.zones[{zone}].id")

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
        self._update_map_airspace()
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
        self._focus_field(field)

    # -- the map --------------------------------------------------------------------------------

    def _update_map_airspace(self) -> None:
        """The airspace behind the draft: asset sets and imported files (the scenario's own
        zones are the draft's); read again only when those parts change."""
        whole = self.result is not None and self.result.scenario is not None
        if self.result is not None and self.result.scenario is not None:
            refs = self.result.scenario.airspace.model_copy(update={"zones": []})
        else:  # half-typed: the asset sets alone, if they exist
            assets = self.document.get(("airspace", "assets"))
            names = [str(a) for a in assets] if isinstance(assets, list) else ["twente"]
            try:
                refs = AirspaceRefs(assets=names)
            except ValueError:
                return
        key = refs.model_dump_json() + ("" if whole else " (half-typed)")
        if key == self._shown_airspace:
            return
        base = self.document.path.parent if self.document.path else None
        try:
            airspace = build_airspace(refs, self.workspace.library, base)
        except (TrainerError, ValueError, OSError):
            return  # the problem list says which set or file is wrong
        self._shown_airspace = key
        if whole:  # half-typed, the imports are not read: what they left out still holds
            self.left_out.set_warnings(airspace.warnings)
        self.canvas.set_airspace(airspace)
        self.draft.forget_drawn()  # its items go back on top of the new airspace's

    def _redraw(self) -> None:
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
