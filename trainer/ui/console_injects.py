"""Injects for the whole class: a drone placed by a click on the map, lost link, flyaway, outage.

As in the single-PC window (trainer/ui/instructor_tools.py), but every inject goes through
the console, so every station gets it at the same tick and every run's log has it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from trainer.classroom.console import ClassConsole
from trainer.sim.detections import SensorKind
from trainer.sim.injects import TEMPLATES, Inject, InjectKind, template_title
from trainer.ui.instructor_tools import INJECT_NAMES, OUTAGE_S
from trainer.ui.map.canvas import MapCanvas
from trainer.ui.translation import tr

ACTIVE_STATES = ("running", "paused")


class ConsoleInjects(QObject):
    """The Inject menu; says what happened (or why not) through `said`."""

    said = Signal(str)  # a line for the status bar
    injected = Signal(object)  # the Inject, once the console took it

    def __init__(self, console: ClassConsole, canvas: MapCanvas, parent: QWidget) -> None:
        super().__init__(parent)
        self.console = console
        self.canvas = canvas
        self.pending_template: str | None = None
        self.selected: str | None = None  # the drone clicked on the map
        self.menu = QMenu(tr("&Inject"), parent)
        self.place_actions: dict[str, QAction] = {}
        for key in TEMPLATES:
            action = self.menu.addAction(tr("Place: {title}…").format(title=template_title(key)))
            action.setToolTip(tr("Then click on the map where it should appear"))
            action.triggered.connect(lambda _=False, k=key: self.arm_placement(k))
            self.place_actions[key] = action
        self.menu.addSeparator()
        self.lost_link_action = self._add(
            tr("Lost link of the selected drone"),
            "Ctrl+Shift+K",
            lambda: self.inject_on_selected(InjectKind.LOST_LINK),
        )
        self.flyaway_action = self._add(
            tr("Flyaway of the selected drone"),
            "Ctrl+Shift+F",
            lambda: self.inject_on_selected(InjectKind.FLYAWAY),
        )
        self.outage_action = self._add(
            tr("Radar out for {outage_s:g} s").format(outage_s=OUTAGE_S),
            "Ctrl+Shift+O",
            self.radar_outage,
        )
        canvas.map_clicked.connect(self._on_map_clicked)
        canvas.track_clicked.connect(self._on_track_clicked)

    def _add(self, text: str, key: str, slot: Callable[[], object]) -> QAction:
        action = self.menu.addAction(text)
        action.setShortcut(QKeySequence(key))
        action.setAutoRepeat(False)  # a held key is one inject for the class, not one per repeat
        action.triggered.connect(lambda *_checked: slot())
        return action

    def update_enabled(self) -> None:
        active = self.console.state in ACTIVE_STATES
        for action in self.menu.actions():
            action.setEnabled(active)
        if not active:
            self.pending_template = None

    # -- placing and choosing ----------------------------------------------------------------

    def arm_placement(self, template: str) -> None:
        """The next click on the map places a drone of this template."""
        if not self._active():
            return
        self.pending_template = template
        self.said.emit(
            tr("Click on the map to place: {title} (Esc: cancel)").format(
                title=template_title(template)
            )
        )

    def disarm(self) -> None:
        if self.pending_template is not None:
            self.pending_template = None
            self.said.emit(tr("Placing cancelled"))

    def _on_map_clicked(self, x: float, y: float) -> None:
        if self.pending_template is None or not self._active():
            return
        template, self.pending_template = self.pending_template, None
        self.apply(Inject(InjectKind.ADD_DRONE, drone=self._new_drone_id(), template=template,
                          x_m=x, y_m=y))  # fmt: skip

    def _on_track_clicked(self, drone: str) -> None:
        if self.pending_template is not None:
            return  # that click places a drone; it does not choose one
        self.selected = drone or None
        self.canvas.tracks.select(self.selected)
        if self.selected:
            self.said.emit(
                tr("Selected {drone}: lost link or flyaway from the Inject menu").format(
                    drone=self.selected
                )
            )

    def _new_drone_id(self) -> str:
        taken = set(self.console.engine.fleet.ids)
        number = 1
        while f"inject-{number}" in taken:
            number += 1
        return f"inject-{number}"

    # -- injects -----------------------------------------------------------------------------

    def inject_on_selected(self, kind: InjectKind) -> bool:
        if not self.selected:
            self.said.emit(tr("Click a drone on the map first"))
            return False
        return self.apply(Inject(kind, drone=self.selected))

    def radar_outage(self) -> bool:
        sensing = self.console.engine.sensing
        radars = (
            [s.id for s in sensing.suite.sensors if s.kind == SensorKind.RADAR] if sensing else []
        )
        if not radars:
            self.said.emit(tr("This exercise has no radar"))
            return False
        return self.apply(Inject(InjectKind.SENSOR_OUTAGE, sensor=radars[0], duration_s=OUTAGE_S))

    def apply(self, inject: Inject) -> bool:
        if not self._active():
            return False
        try:
            self.console.inject(inject)
        except ValueError as error:
            self.said.emit(tr("Inject refused: {error}").format(error=error))
            return False
        what = tr(INJECT_NAMES[inject.kind])
        about = f" ({inject.drone})" if inject.drone else ""
        self.said.emit(
            tr("Injected {what}{about} for the whole class at T+{time_s:.0f} s").format(
                what=what, about=about, time_s=self.console.engine.time_s
            )
        )
        self.injected.emit(inject)
        return True

    def _active(self) -> bool:
        if self.console.state not in ACTIVE_STATES:
            self.said.emit(tr("Injects need an exercise that has started"))
            return False
        return True
