"""The scenario editor's menus, toolbars and keys, and the command each one calls."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow, QWidget

from trainer.scenario.schema_walk import SchemaWalker, field_label
from trainer.ui.editor.drawing import MapDrawing, Tool, sensor_kinds
from trainer.ui.editor.number_entry import NumberBox
from trainer.ui.translation import QT_TR_NOOP, tr

REPEATING_KEYS = ("Ctrl+Z", "Ctrl+Shift+Z")  # undo and redo: many steps while held
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


class EditorCommands(Protocol):
    """What the menus, toolbars and keys ask the editor to do."""

    def new_scenario(self) -> bool: ...
    def choose_file(self) -> None: ...
    def save(self) -> bool: ...
    def choose_save_path(self) -> bool: ...
    def close_by_author(self) -> bool: ...
    def finish_shape(self) -> None: ...
    def cancel_shape(self) -> None: ...
    def delete_selected_drone(self) -> None: ...
    def start_dry_run(self) -> bool: ...
    def undo(self) -> None: ...
    def redo(self) -> None: ...
    def choose_tool(self, tool: Tool) -> None: ...
    def add_incidents(self) -> None: ...


class EditorActions:
    """The actions of `window`'s menus and toolbars, calling `commands`; the drawing tools'
    sensor kind and waypoint height are set in `drawing` directly. Shape keys (Enter, Escape)
    act on `canvas` only: Enter in a form field is the field's own."""

    def __init__(
        self,
        window: QMainWindow,
        canvas: QWidget,
        commands: EditorCommands,
        drawing: MapDrawing,
        walker: SchemaWalker,
    ) -> None:
        self._window = window
        self._drawing = drawing
        self.new = self._action(tr("&New"), "Ctrl+N", commands.new_scenario)
        self.open = self._action(tr("&Open…"), "Ctrl+O", commands.choose_file)
        self.save = self._action(tr("&Save"), "Ctrl+S", commands.save)
        self.save_as = self._action(tr("Save &as…"), "Ctrl+Shift+S", commands.choose_save_path)
        self.close = self._action(tr("&Close"), "Ctrl+W", commands.close_by_author)
        self.finish = self._action(tr("&Finish shape"), "Return", commands.finish_shape)
        self.cancel = self._action(tr("Cancel shape"), "Escape", commands.cancel_shape)
        self.delete_drone = self._action(
            tr("&Delete selected drone"), "Ctrl+Delete", commands.delete_selected_drone
        )
        self.dry_run = self._action(tr("&Dry run"), "Ctrl+R", commands.start_dry_run)
        self.undo = self._action(tr("&Undo"), "Ctrl+Z", commands.undo)
        self.redo = self._action(tr("&Redo"), "Ctrl+Shift+Z", commands.redo)
        # Ctrl+Y too: the redo key of Windows programs, which classroom PCs mostly run.
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.finish, self.cancel):  # Enter in a form field is its own
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            canvas.addAction(action)
        menus = window.menuBar()
        file_menu = menus.addMenu(tr("&File"))
        for action in (self.new, self.open, self.save, self.save_as):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.close)
        edit_menu = menus.addMenu(tr("&Edit"))
        edit_menu.addAction(self.undo)
        edit_menu.addAction(self.redo)
        draw_menu = menus.addMenu(tr("&Draw"))
        toolbar = window.addToolBar(tr("Tools"))
        toolbar.setObjectName("editor-tools")
        for action in (self.new, self.open, self.save):
            toolbar.addAction(action)
        toolbar.addSeparator()
        group = QActionGroup(window)
        self.tools: dict[Tool, QAction] = {}
        for tool, title in TOOL_TITLES.items():
            action = self._action(tr(title), TOOL_KEYS[tool], partial(commands.choose_tool, tool))
            action.setCheckable(True)
            group.addAction(action)
            toolbar.addAction(action)
            draw_menu.addAction(action)
            self.tools[tool] = action
            if tool is Tool.SENSOR:  # which kind of sensor, right beside its tool
                self.sensor_kind_box = QComboBox()
                for kind in sensor_kinds(walker):  # in words ('RF-detectoren'), file's key
                    self.sensor_kind_box.addItem(field_label(kind), kind)
                self.sensor_kind_box.setToolTip(tr("Which kind of sensor the Sensor tool places"))
                self.sensor_kind_box.currentIndexChanged.connect(self._on_sensor_kind_changed)
                toolbar.addWidget(self.sensor_kind_box)
        self.tools[Tool.SELECT].setChecked(True)
        draw_menu.addSeparator()
        for action in (self.finish, self.cancel, self.delete_drone):
            draw_menu.addAction(action)
        # A second row: on one, the Dutch words made the toolbar wider than the window and put
        # these behind its overflow arrow.
        window.addToolBarBreak()
        toolbar = window.addToolBar(tr("Shape and dry run"))
        toolbar.setObjectName("editor-shape-run")
        toolbar.addAction(self.finish)
        toolbar.addWidget(QLabel(tr(" height of new waypoints ")))
        self.height_box = NumberBox()
        self.height_box.setRange(0, 3000)
        self.height_box.setDecimals(1)
        self.height_box.refused.connect(lambda why: window.statusBar().showMessage(why, 10000))
        self.height_box.setSuffix(tr(" m AGL"))
        self.height_box.setValue(drawing.height_m)
        self.height_box.valueChanged.connect(self._on_height_changed)
        toolbar.addWidget(self.height_box)
        toolbar.addSeparator()
        toolbar.addAction(self.dry_run)
        self.incidents = self._action(
            tr("Add an &incident for each drone without one"), "", commands.add_incidents
        )
        menus.addMenu(tr("&Answer key")).addAction(self.incidents)
        menus.addMenu(tr("&Run")).addAction(self.dry_run)

    def _action(self, text: str, key: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self._window)
        if key:
            action.setShortcut(QKeySequence(key))
        # Undo and redo repeat while held, as in any editor; a held Ctrl+R is one dry run.
        action.setAutoRepeat(key in REPEATING_KEYS)
        action.triggered.connect(lambda *_checked: slot())
        return action

    def _on_sensor_kind_changed(self, _index: int) -> None:
        self._drawing.sensor_kind = str(self.sensor_kind_box.currentData())

    def _on_height_changed(self, value: float) -> None:
        self._drawing.height_m = value
