"""The scenario editor: the scenario on the map, a form per section, live checks, a dry run."""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QWidget,
)

from trainer.errors import Problem, ScenarioError, TrainerError
from trainer.launch import Workspace, bundled_scenarios_dir
from trainer.library import default_user_folder
from trainer.scenario.airspace_builder import build_airspace
from trainer.scenario.authoring import (
    CheckResult,
    PathKey,
    ScenarioDocument,
    add_missing_incidents,
    path_text,
)
from trainer.scenario.model import AirspaceRefs
from trainer.scenario.schema_walk import SchemaWalker, field_label
from trainer.scenario.yaml_source import YamlProblem, read_yaml
from trainer.ui.editor.draft_layer import DraftLayer, zone_at
from trainer.ui.editor.drawing import MapDrawing, Outcome, Tool, sensor_kinds
from trainer.ui.editor.dry_run_panel import DryRunPanel
from trainer.ui.editor.number_entry import NumberBox
from trainer.ui.editor.schema_form import SchemaForm
from trainer.ui.editor.sections import Section, section_for_field, sections_of
from trainer.ui.map.canvas import CLICK_RADIUS_PX, MapCanvas
from trainer.ui.translation import QT_TR_NOOP, tr
from trainer.ui.window_size import first_size

CHECK_DELAY_MS = 250  # live checks wait for a pause in typing
FIELDS_BELOW_PX = 200  # a new item's fields under its id, kept in view with it
TOOL_KEYS = {
    Tool.SELECT: "Ctrl+1",
    Tool.DRONE: "Ctrl+2",
    Tool.ROUTE: "Ctrl+3",
    Tool.ORBIT: "Ctrl+4",
    Tool.LOITER: "Ctrl+5",
    Tool.POLYGON: "Ctrl+6",
    Tool.CIRCLE: "Ctrl+7",
    Tool.SENSOR: "Ctrl+8",
    Tool.MOVE: "Ctrl+9",
}
TOOL_TITLES = {
    Tool.SELECT: QT_TR_NOOP("Select"),
    Tool.DRONE: QT_TR_NOOP("Place drone"),
    Tool.ROUTE: QT_TR_NOOP("Route"),
    Tool.ORBIT: QT_TR_NOOP("Orbit"),
    Tool.LOITER: QT_TR_NOOP("Loiter area"),
    Tool.POLYGON: QT_TR_NOOP("Polygon zone"),
    Tool.CIRCLE: QT_TR_NOOP("Circle zone"),
    Tool.SENSOR: QT_TR_NOOP("Sensor"),
    Tool.MOVE: QT_TR_NOOP("Move point"),
}
SAVE, DISCARD, CANCEL = "save", "discard", "cancel"


class ScenarioEditor(QMainWindow):
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
        self.result: CheckResult | None = None
        # Asked when unsaved changes would be lost: returns SAVE, DISCARD or CANCEL.
        self.ask_unsaved: Callable[[], str] = self._ask_unsaved
        self.drawing = MapDrawing(self.document, workspace.projector, self.selected_drone)
        self.sections: list[Section] = []
        self.form: SchemaForm | None = None
        self._shown_airspace = ""
        self._author_closes = False

        self.canvas = MapCanvas()
        self.draft = DraftLayer(self.canvas.view, workspace.projector)
        self.canvas.map_clicked.connect(self._on_map_clicked)
        self.section_list = QListWidget()
        self.section_list.currentRowChanged.connect(self._on_section_changed)
        self.form_area = QScrollArea()
        self.form_area.setWidgetResizable(True)
        self.form_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form_area.setMinimumWidth(380)
        splitter = QSplitter()
        splitter.addWidget(self.section_list)
        splitter.addWidget(self.canvas)
        splitter.addWidget(self.form_area)
        splitter.setSizes([180, 900, 420])
        bottom = QSplitter(Qt.Orientation.Vertical)
        bottom.addWidget(splitter)
        self.tabs = QTabWidget()
        self.problem_list = QListWidget()
        self.problem_list.itemActivated.connect(self._on_problem_chosen)
        self.problem_list.itemClicked.connect(self._on_problem_chosen)
        self.dry_run_panel = DryRunPanel(workspace)
        self.dry_run_panel.timeline.time_clicked.connect(self.add_event_at)
        self.dry_run_panel.timeline.event_moved.connect(self.move_event)
        self.tabs.addTab(self.problem_list, tr("Problems"))
        self.tabs.addTab(self.dry_run_panel, tr("Timeline and dry run"))
        bottom.addWidget(self.tabs)
        bottom.setSizes([760, 200])
        self.setCentralWidget(bottom)
        self.status = QLabel()
        self.statusBar().addPermanentWidget(self.status)

        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.check_now)
        self._build_actions()
        if parent is not None:  # the app's window closing would take unsaved work with it
            parent.installEventFilter(self)
        first_size(self, 1500, 950)
        geometry = self.settings.value("editor/geometry")
        if isinstance(geometry, QByteArray):  # where the author left the window last time
            self.restoreGeometry(geometry)
        self._load(self.document)

    # -- menus and tools ------------------------------------------------------------------------

    def _action(self, text: str, key: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        if key:
            action.setShortcut(QKeySequence(key))
        action.triggered.connect(lambda *_checked: slot())
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(tr("&New"), "Ctrl+N", self.new_scenario)
        self.open_action = self._action(tr("&Open…"), "Ctrl+O", self.choose_file)
        self.save_action = self._action(tr("&Save"), "Ctrl+S", self.save)
        self.save_as_action = self._action(tr("Save &as…"), "Ctrl+Shift+S", self.choose_save_path)
        self.close_action = self._action(tr("&Close"), "Ctrl+W", self.close_by_author)
        self.finish_action = self._action(tr("&Finish shape"), "Return", self.finish_shape)
        self.cancel_action = self._action(tr("Cancel shape"), "Escape", self.cancel_shape)
        self.delete_drone_action = self._action(
            tr("&Delete selected drone"), "Ctrl+Delete", self.delete_selected_drone
        )
        self.dry_run_action = self._action(tr("&Dry run"), "Ctrl+R", self.start_dry_run)
        self.undo_action = self._action(tr("&Undo"), "Ctrl+Z", self.undo)
        self.redo_action = self._action(tr("&Redo"), "Ctrl+Shift+Z", self.redo)
        for action in (self.finish_action, self.cancel_action):  # Enter in a form field is its own
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.canvas.addAction(action)
        file_menu = self.menuBar().addMenu(tr("&File"))
        for action in (self.new_action, self.open_action, self.save_action, self.save_as_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.close_action)
        edit_menu = self.menuBar().addMenu(tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        draw_menu = self.menuBar().addMenu(tr("&Draw"))
        toolbar = self.addToolBar(tr("Tools"))
        toolbar.setObjectName("editor-tools")
        for action in (self.new_action, self.open_action, self.save_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        group = QActionGroup(self)
        self.tool_actions: dict[Tool, QAction] = {}
        for tool, title in TOOL_TITLES.items():
            action = self._action(tr(title), TOOL_KEYS[tool], partial(self.choose_tool, tool))
            action.setCheckable(True)
            group.addAction(action)
            toolbar.addAction(action)
            draw_menu.addAction(action)
            self.tool_actions[tool] = action
            if tool is Tool.SENSOR:  # which kind of sensor, right beside its tool
                self.sensor_kind_box = QComboBox()
                for kind in sensor_kinds(self.walker):  # in words ('RF-detectoren'), file's key
                    self.sensor_kind_box.addItem(field_label(kind), kind)
                self.sensor_kind_box.setToolTip(tr("Which kind of sensor the Sensor tool places"))
                self.sensor_kind_box.currentIndexChanged.connect(self._on_sensor_kind_changed)
                toolbar.addWidget(self.sensor_kind_box)
        self.tool_actions[Tool.SELECT].setChecked(True)
        draw_menu.addSeparator()
        for action in (self.finish_action, self.cancel_action, self.delete_drone_action):
            draw_menu.addAction(action)
        # A second row: on one, the Dutch words made the toolbar wider than the window and put
        # these behind its overflow arrow.
        self.addToolBarBreak()
        toolbar = self.addToolBar(tr("Shape and dry run"))
        toolbar.setObjectName("editor-shape-run")
        toolbar.addAction(self.finish_action)
        toolbar.addWidget(QLabel(tr(" height of new waypoints ")))
        self.height_box = NumberBox()
        self.height_box.setRange(0, 3000)
        self.height_box.setDecimals(1)
        self.height_box.refused.connect(lambda why: self.statusBar().showMessage(why, 10000))
        self.height_box.setSuffix(tr(" m AGL"))
        self.height_box.setValue(self.drawing.height_m)
        self.height_box.valueChanged.connect(self._on_height_changed)
        toolbar.addWidget(self.height_box)
        toolbar.addSeparator()
        toolbar.addAction(self.dry_run_action)
        self.incidents_action = self._action(
            tr("Add an &incident for each drone without one"), "", self.add_incidents
        )
        self.menuBar().addMenu(tr("&Answer key")).addAction(self.incidents_action)
        self.menuBar().addMenu(tr("&Run")).addAction(self.dry_run_action)

    def choose_tool(self, tool: Tool) -> None:
        self.tool_actions[tool].setChecked(True)
        self.statusBar().showMessage(self.drawing.choose(tool))
        self._redraw()

    def _on_sensor_kind_changed(self, _index: int) -> None:
        self.drawing.sensor_kind = str(self.sensor_kind_box.currentData())

    def _on_height_changed(self, value: float) -> None:
        self.drawing.height_m = value

    # -- the document ---------------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        return self.document.revision != self.saved_revision

    def _load(self, document: ScenarioDocument) -> None:
        self.document = document
        self.drawing.document = document
        self.drawing.pending = []
        self.saved_revision = document.revision
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
        start = self.settings.value("editor/last_folder", str(bundled_scenarios_dir()))
        path, _ = QFileDialog.getOpenFileName(
            self, tr("Open scenario"), str(start), tr("Scenarios (*.yaml *.yml)")
        )
        if path:
            self.open_file(Path(path))

    def open_file(self, path: Path) -> bool:
        """Open a scenario file; one that cannot be read shows why and changes nothing."""
        if not self.may_discard():
            return False
        try:
            document = ScenarioDocument.open(path)
        except ScenarioError as error:
            self.show_error(tr("Cannot open {name}").format(name=path.name), str(error))
            return False
        self.settings.setValue("editor/last_folder", str(path.parent))
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
        start = Path(str(self.settings.value("editor/last_folder", str(Path.home()))))
        if is_bundled(start / "any.yaml"):  # your own folder, the library's second half
            start = default_user_folder()
            try:
                start.mkdir(parents=True, exist_ok=True)
            except OSError:
                start = Path.home()
        suggested = start / f"{self.document.get(('id',)) or 'scenario'}.yaml"
        path, _ = QFileDialog.getSaveFileName(
            self, tr("Save scenario"), str(suggested), tr("Scenarios (*.yaml *.yml)")
        )
        if not path:
            return False
        target = Path(path)
        if target.suffix.lower() not in (".yaml", ".yml"):
            # A name typed without .yaml: the open dialog, the library and `validate` of a
            # folder only see .yaml and .yml files. The dialog asked about replacing the name
            # as typed, so a file of the new name is asked about here.
            target = target.with_name(f"{target.name}.yaml")
            if target.exists() and not self._may_replace(target):
                return False
        return self.save_to(target)

    def _may_replace(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self,
            tr("Save scenario"),
            tr("{name} already exists. Replace it?").format(name=path.name),
        )
        return answer == QMessageBox.StandardButton.Yes

    def save_to(self, path: Path) -> bool:
        """Write the file; one with problems is saved too (work is never lost), and says so."""
        try:
            self.document.save(path)
        except OSError as error:
            self.show_error(tr("Cannot save"), f"{path}: {error.strerror or error}")
            return False
        self.saved_revision = self.document.revision
        self.check_now()
        refused = len(self.form.refused) if self.form else 0  # not in the file: not its problem
        problems = (len(self.result.problems) if self.result else 0) - refused
        note = (
            tr("Saved {name}.").format(name=path.name)
            if not problems
            else tr(
                "Saved {name} with {problems} problem(s): validate refuses it until fixed."
            ).format(name=path.name, problems=problems)
        )
        if refused:
            note += " " + tr(
                "{count} typed value(s) that are no number were not saved: the file keeps "
                "the value(s) before them."
            ).format(count=refused)
        self.statusBar().showMessage(note, 10000)
        self._update_title()
        return True

    def may_discard(self) -> bool:
        """True when nothing unsaved would be lost (saved, or the author lets it go)."""
        if not self.dirty:
            return True
        answer = self.ask_unsaved()
        if answer == SAVE:
            return self.save()
        return answer == DISCARD

    def _ask_unsaved(self) -> str:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            tr("Unsaved changes"),
            tr("The scenario has changes that are not saved."),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            self,
        )
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return SAVE
        if answer == QMessageBox.StandardButton.Discard:
            return DISCARD
        return CANCEL

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

    # -- edits ----------------------------------------------------------------------------------

    def _on_edited(self) -> None:
        """A value changed (in a form, on the map): redraw, check soon."""
        self.undo_action.setEnabled(self.document.can_undo)
        self.redo_action.setEnabled(self.document.can_redo)
        self._redraw()
        self._update_title()
        self._check_timer.start()
        self._refresh_section_titles()
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
        self.drawing.pending = []
        self.drawing.moving = None
        row = self.section_list.currentRow()
        self._rebuild_sections(select=row)
        self._on_edited()
        self.statusBar().showMessage(message)

    def move_event(self, index: int, time_s: float) -> None:
        """An event dragged along the timeline: its time changes, nothing else."""
        if self.document.get(("events", index, "at_s")) is None:
            return
        self.document.set(("events", index, "at_s"), _seconds(time_s))
        self._rebuild_sections(path=("events",))
        self._on_edited()
        self.statusBar().showMessage(
            tr("Event {index} now at {time_s:g} s.").format(index=index + 1, time_s=time_s)
        )

    def add_event_at(self, time_s: float) -> None:
        """A click on the timeline: a scripted event for the selected (or first) drone."""
        drones = self.document.get(("drones",))
        if not isinstance(drones, list) or not drones:
            self.statusBar().showMessage(tr("Place a drone first: events happen to drones."))
            return
        index = self.selected_drone() or 0
        drone_id = str(drones[index].get("id", ""))
        item = self.walker.items(self.walker.at(("events",), self.document.plain()) or {})
        event = self.walker.skeleton(item)
        event.update({"drone": drone_id, "at_s": _seconds(time_s)})
        self.document.append(("events",), event)
        self._rebuild_sections(path=("events",))
        self._on_edited()
        self.statusBar().showMessage(
            tr("Event at {time_s:g} s for {drone_id}; choose what happens in the form.").format(
                time_s=time_s, drone_id=drone_id
            )
        )

    # -- sections and forms ---------------------------------------------------------------------

    def _rebuild_sections(
        self, select: int | None = None, drone: int | None = None, path: PathKey | None = None
    ) -> None:
        self.sections = sections_of(self.document.plain(), self.walker)
        self.section_list.blockSignals(True)
        self.section_list.clear()
        for section in self.sections:
            self.section_list.addItem(QListWidgetItem(section.title))
        self.section_list.blockSignals(False)
        if drone is not None:
            path = ("drones", drone)
        if path is not None:
            select = next((i for i, s in enumerate(self.sections) if s.path == path), 0)
        if select is None:
            select = max(0, self.section_list.currentRow())
        self.section_list.setCurrentRow(-1)
        self.section_list.setCurrentRow(min(select, len(self.sections) - 1))

    def _refresh_section_titles(self) -> None:
        fresh = sections_of(self.document.plain(), self.walker)
        if [s.path for s in fresh] != [s.path for s in self.sections]:
            return
        self.sections = fresh
        for row, section in enumerate(fresh):
            item = self.section_list.item(row)
            if item is not None and item.text() != section.title:
                item.setText(section.title)

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
        )
        self.form.edited.connect(self._on_edited)
        self.form.told.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.form.refusals_changed.connect(self._check_timer.start)
        self.form.rebuilt.connect(self._show_problems_in_form)
        self.form_area.setWidget(self.form)
        self._show_problems_in_form()
        self._redraw()

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
        row = self.section_list.currentRow()
        if 0 <= row < len(self.sections):
            path = self.sections[row].path
            if len(path) == 2 and path[0] == "drones" and isinstance(path[1], int):
                return path[1]
        return None

    def select_section(self, path: PathKey) -> None:
        row = next((i for i, s in enumerate(self.sections) if s.path == path), None)
        if row is not None:
            self.section_list.setCurrentRow(row)

    def _select_drone_at(self, x: float, y: float) -> None:
        radius = CLICK_RADIUS_PX * self.canvas.metres_per_pixel()
        best: tuple[float, int] | None = None
        drones = self.document.get(("drones",))
        for index, drone in enumerate(drones if isinstance(drones, list) else []):
            start = drone.get("start") if isinstance(drone, dict) else None
            if not isinstance(start, dict):
                continue
            try:
                dx, dy = self.workspace.projector.to_rd(float(start["lat"]), float(start["lon"]))
            except (TypeError, KeyError, ValueError):
                continue
            distance = math.hypot(dx - x, dy - y)
            if distance <= radius and (best is None or distance < best[0]):
                best = (distance, index)
        if best is not None:
            self.select_section(("drones", best[1]))
            return
        zone = zone_at(self.draft.zone_shapes, x, y)
        if zone is not None:  # the scenario's own zone: its form, at its id
            self.select_section(("airspace",))
            widget = self.form.editors.get(f"airspace.zones[{zone}].id") if self.form else None
            if widget is not None:
                widget.setFocus()
                self.form_area.ensureWidgetVisible(widget)

    # -- checks ---------------------------------------------------------------------------------

    def check_now(self) -> CheckResult:
        self._check_timer.stop()
        self.result = self.document.check(self.workspace.library)
        refused = self.form.refusal_problems(str(self._file()), self._line_of) if self.form else []
        if refused:  # a typed number the form could not read: the file is not what is shown
            self.result = CheckResult(None, (*refused, *self.result.problems))
        self.problem_list.clear()
        for problem in self.result.problems:
            item = QListWidgetItem(_problem_text(problem))
            item.setData(Qt.ItemDataRole.UserRole, problem.field)
            self.problem_list.addItem(item)
        count = len(self.result.problems)
        self.status.setText(
            tr("valid")
            if self.result.ok
            else (tr("1 problem") if count == 1 else tr("{count} problems").format(count=count))
        )
        self.status.setStyleSheet("color: #52be80;" if self.result.ok else "color: #e74c3c;")
        self.tabs.setTabText(0, tr("Problems ({count})").format(count=count))
        self.dry_run_action.setEnabled(self.result.ok)
        self._show_problems_in_form()
        self._update_map_airspace()
        self.dry_run_panel.show_scripted(self.document.plain())
        # The author has paused: copy the tree for the next undo step now, once what is
        # waiting (a key typed meanwhile) is handled, not when the next key is.
        QTimer.singleShot(0, self.document.prepare_undo)
        return self.result

    def _line_of(self, path: PathKey) -> int | None:
        """The line of a field in the file as it would be saved (for a problem found here)."""
        try:
            return read_yaml(self.document.to_text()).line_of(path)
        except YamlProblem:
            return None

    def _show_problems_in_form(self) -> None:
        if self.form is not None and self.result is not None:
            self.form.show_problems(self.result.problems)

    def _on_problem_chosen(self, item: QListWidgetItem) -> None:
        field = str(item.data(Qt.ItemDataRole.UserRole) or "")
        self.select_section(section_for_field(field, self.sections))
        if self.form is not None:
            widget = self.form.editors.get(field)
            if widget is not None:
                widget.setFocus()
                self.form_area.ensureWidgetVisible(widget)

    # -- the map --------------------------------------------------------------------------------

    def _update_map_airspace(self) -> None:
        """The airspace behind the draft: asset sets and imported files (the scenario's own
        zones are the draft's); read again only when those parts change."""
        if self.result is not None and self.result.scenario is not None:
            refs = self.result.scenario.airspace.model_copy(update={"zones": []})
        else:  # half-typed: the asset sets alone, if they exist
            assets = self.document.get(("airspace", "assets"))
            names = [str(a) for a in assets] if isinstance(assets, list) else ["twente"]
            try:
                refs = AirspaceRefs(assets=names)
            except ValueError:
                return
        key = refs.model_dump_json()
        if key == self._shown_airspace:
            return
        base = self.document.path.parent if self.document.path else None
        try:
            airspace = build_airspace(refs, self.workspace.library, base)
        except (TrainerError, ValueError, OSError):
            return  # the problem list says which set or file is wrong
        self._shown_airspace = key
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

    def _file(self) -> Path:
        return self.document.path or Path("new-scenario.yaml")

    def _update_title(self) -> None:
        name = self.document.path.name if self.document.path else tr("new scenario")
        self.setWindowTitle(
            tr("{else_value}{name} - Scenario editor").format(
                else_value="*" if self.dirty else "", name=name
            )
        )


def _seconds(time_s: float) -> float | int:
    """A time from the timeline (whole seconds, carried as a float by the signal) as the file
    writes it: 120, not 120.0."""
    return int(time_s) if float(time_s).is_integer() else time_s


def _problem_text(problem: Problem) -> str:
    where = tr("line {line}: ").format(line=problem.line) if problem.line else ""
    field = f"{problem.field}: " if problem.field else ""
    return f"{where}{field}{problem.message}"


def is_bundled(path: Path) -> bool:
    """Whether `path` is one of the bundled scenarios' files."""
    try:
        return path.resolve().parent == bundled_scenarios_dir().resolve()
    except (OSError, TrainerError):
        return False
