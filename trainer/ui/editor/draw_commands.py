"""The scenario editor's Draw menu and map clicks: a tool chosen, a click drawn with it or
picking a drone or zone, a shape finished or cancelled, the selected drone deleted."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from trainer.scenario.authoring import path_text
from trainer.ui.editor.draft_layer import zone_at
from trainer.ui.editor.drawing import Outcome, Tool
from trainer.ui.map.canvas import CLICK_RADIUS_PX
from trainer.ui.translation import tr

if TYPE_CHECKING:
    from trainer.ui.editor.editor_window import ScenarioEditor

FIELDS_BELOW_PX = 200  # a new item's fields under its id, kept in view with it


class DrawCommands:
    """What `editor`'s drawing tools do to its document, its sections and its map."""

    def __init__(self, editor: ScenarioEditor) -> None:
        self._editor = editor
        editor.canvas.map_clicked.connect(self._on_map_clicked)

    def choose_tool(self, tool: Tool) -> None:
        editor = self._editor
        editor.editor_actions.tools[tool].setChecked(True)
        editor.statusBar().showMessage(editor.drawing.choose(tool))
        editor.redraw()

    def _on_map_clicked(self, x: float, y: float) -> None:
        editor = self._editor
        if editor.drawing.tool is Tool.SELECT:
            self._select_drone_at(x, y)
            return
        editor.drawing.pick_radius_m = CLICK_RADIUS_PX * editor.canvas.metres_per_pixel()
        self._apply(editor.drawing.click(x, y))

    def finish_shape(self) -> None:
        self._apply(self._editor.drawing.finish())

    def cancel_shape(self) -> None:
        self._editor.statusBar().showMessage(self._editor.drawing.cancel())
        self._editor.redraw()

    def _apply(self, outcome: Outcome) -> None:
        editor = self._editor
        editor.statusBar().showMessage(outcome.message)
        if outcome.changed:
            selected = outcome.selected if outcome.selected is not None else editor.selected_drone()
            if outcome.section is not None and outcome.selected is None:
                editor.rebuild_sections(path=outcome.section)
            else:
                editor.rebuild_sections(drone=selected)
            editor.after_edit()
            if outcome.shown is not None:  # once the new form is laid out
                QTimer.singleShot(0, partial(self._bring_into_view, path_text(outcome.shown)))
        else:
            editor.redraw()

    def _bring_into_view(self, field: str) -> None:
        editor = self._editor
        widget = editor.form.editors.get(field) if editor.form is not None else None
        if widget is not None:  # with the fields below it (a zone's limits) in view too
            editor.form_area.ensureWidgetVisible(widget, 50, FIELDS_BELOW_PX)

    def delete_selected_drone(self) -> None:
        editor = self._editor
        index = editor.selected_drone()
        if index is None:
            return
        drone_id = editor.document.get(("drones", index, "id"))
        editor.document.remove(("drones", index))
        editor.rebuild_sections(select=0)
        editor.after_edit()
        editor.statusBar().showMessage(
            tr(
                "Drone {drone_id} deleted (Ctrl+Z brings it back); what still names it is "
                "listed under Problems."
            ).format(drone_id=drone_id)
        )

    def _select_drone_at(self, x: float, y: float) -> None:
        editor = self._editor
        radius = CLICK_RADIUS_PX * editor.canvas.metres_per_pixel()
        drones = editor.document.get(("drones",))
        drone = editor.draft.drone_at(drones, x, y, radius)
        if drone is not None:
            editor.select_section(("drones", drone))
            return
        zone = zone_at(editor.draft.zone_shapes, x, y)
        if zone is not None:  # the scenario's own zone: its form, at its id
            editor.select_section(("airspace",))
            editor.focus_field(f"airspace.zones[{zone}].id")
