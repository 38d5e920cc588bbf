"""Clicks on the map turned into scenario edits: place a drone, draw a route, an orbit, a loiter
area, a polygon or circle zone. No Qt here: the window passes map points (RD metres) in."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from trainer.geo.crs import Projector
from trainer.geo.zones import ZoneKind
from trainer.scenario.authoring import PathKey, ScenarioDocument, path_text, round_coordinate
from trainer.scenario.schema_walk import SchemaWalker
from trainer.scenario.sensors_model import SensorSetup
from trainer.ui.translation import QT_TR_NOOP, tr

DEFAULT_ZONE_KIND = ZoneKind.TEST_AREA
DEFAULT_LOWER, DEFAULT_UPPER = "GND", "120 m AGL"  # the open category's ceiling (EU 2019/947)
MIN_RADIUS_M = 10.0  # an orbit needs more than 5 m (the format); a click-drawn circle more still


class Tool(StrEnum):
    SELECT = "select"
    DRONE = "drone"
    ROUTE = "route"
    ORBIT = "orbit"
    LOITER = "loiter"
    POLYGON = "polygon"
    CIRCLE = "circle"
    SENSOR = "sensor"
    MOVE = "move"


HINTS = {
    Tool.SELECT: QT_TR_NOOP("Click a drone to select it."),
    Tool.DRONE: QT_TR_NOOP("Click where the drone takes off."),
    Tool.ROUTE: QT_TR_NOOP(
        "Click the waypoints of the selected drone's route; Enter finishes, Esc cancels."
    ),
    Tool.ORBIT: QT_TR_NOOP("Click the centre of the orbit, then a point on it."),
    Tool.LOITER: QT_TR_NOOP("Click the centre of the loiter area, then a point on its edge."),
    Tool.POLYGON: QT_TR_NOOP(
        "Click the corners of the zone (3 at least); Enter finishes, Esc cancels."
    ),
    Tool.CIRCLE: QT_TR_NOOP("Click the centre of the zone, then a point on its edge."),
    Tool.SENSOR: QT_TR_NOOP("Click where the sensor stands (choose which kind beside the tool)."),
    Tool.MOVE: QT_TR_NOOP(
        "Click a point (a start, waypoint, centre, corner or sensor), then its new place."
    ),
}
NEEDS_DRONE = (Tool.ROUTE, Tool.ORBIT, Tool.LOITER)


@dataclass(frozen=True)
class Outcome:
    message: str
    changed: bool = False  # the document was edited
    selected: int | None = None  # a drone to select (a new one)
    refused: bool = False  # the click or the finish was not accepted
    section: PathKey | None = None  # the section to show (a new zone's, a new sensor's)
    shown: PathKey | None = None  # a field to bring into view in it (the new item's id)


class MapDrawing:
    """The drawing tool in use and the points clicked so far."""

    def __init__(
        self,
        document: ScenarioDocument,
        projector: Projector,
        selected_drone: Callable[[], int | None],
    ) -> None:
        self.document = document
        self.projector = projector
        self.selected_drone = selected_drone
        self.tool = Tool.SELECT
        self.pending: list[tuple[float, float]] = []
        self.height_m = 60.0  # height of new waypoints; the open category allows 120 m
        self.walker = SchemaWalker()
        self.pick_radius_m = 50.0  # how near a click must be to a point to move it (the window
        # sets it from the zoom)
        self.moving: PathKey | None = None  # the point picked up by the Move tool
        kinds = sensor_kinds(self.walker)
        self.sensor_kind = kinds[0] if kinds else ""  # which list of `sensors` a click adds to

    def choose(self, tool: Tool) -> str:
        self.tool = tool
        self.pending = []
        self.moving = None
        return tr(HINTS[tool])

    def cancel(self) -> str:
        had = bool(self.pending)
        self.pending = []
        self.moving = None
        return tr("Drawing cancelled.") if had else tr(HINTS[self.tool])

    def click(self, x: float, y: float) -> Outcome:
        tool = self.tool
        if tool is Tool.SELECT:
            return Outcome(tr(HINTS[tool]))
        if tool in NEEDS_DRONE and self._drone_index() is None:
            return Outcome(tr("Select a drone first (or place one)."), refused=True)
        if tool is Tool.DRONE:
            return self._place_drone(x, y)
        if tool is Tool.SENSOR:
            return self._place_sensor(x, y)
        if tool is Tool.MOVE:
            return self._move(x, y)
        self.pending.append((x, y))
        if tool in (Tool.ORBIT, Tool.LOITER, Tool.CIRCLE) and len(self.pending) == 2:
            return self._finish_circle()
        count = len(self.pending)
        points = tr("1 point") if count == 1 else tr("{count} points").format(count=count)
        return Outcome(f"{points}; {tr(HINTS[tool])}")

    def finish(self) -> Outcome:
        """Enter: end a route or polygon being drawn."""
        if self.tool is Tool.ROUTE:
            return self._finish_route()
        if self.tool is Tool.POLYGON:
            return self._finish_polygon()
        return Outcome(tr(HINTS[self.tool]))

    # -- shapes ---------------------------------------------------------------------------------

    def _position(self, x: float, y: float) -> dict[str, float]:
        lat, lon = self.projector.to_wgs84(x, y)
        return {"lat": round_coordinate(lat), "lon": round_coordinate(lon)}

    def _drone_index(self) -> int | None:
        index = self.selected_drone()
        drones = self.document.get(("drones",))
        if index is None or not isinstance(drones, list) or not 0 <= index < len(drones):
            return None
        return index

    def _place_drone(self, x: float, y: float) -> Outcome:
        drones = self.document.get(("drones",))
        taken = {str(d.get("id")) for d in drones} if isinstance(drones, list) else set()
        number = 1
        while f"drone-{number}" in taken:
            number += 1
        drone: dict[str, Any] = {
            "id": f"drone-{number}",
            "type": "multirotor",
            "eu_class": "C0",
            "start": {**self._position(x, y), "alt_agl_m": 0},
            "behaviour": {"kind": "hover"},
        }
        index = self.document.append(("drones",), drone)
        return Outcome(
            tr("Placed drone-{number}; draw its route or orbit next.").format(number=number),
            True,
            index,
        )

    def _finish_route(self) -> Outcome:
        index = self._drone_index()
        if index is None:
            return Outcome(tr("Select a drone first (or place one)."), refused=True)
        if not self.pending:
            return Outcome(
                tr("A route needs at least one waypoint: click on the map."), refused=True
            )
        height = self._new_height()
        waypoints = [{**self._position(x, y), "alt_agl_m": height} for x, y in self.pending]
        self.pending = []
        path = ("drones", index, "behaviour")
        behaviour = self.document.get(path)
        loop = behaviour.get("loop", False) if isinstance(behaviour, dict) else False
        self.document.set(path, {"kind": "route", "waypoints": waypoints, "loop": loop})
        count = len(waypoints)
        return Outcome(
            tr("Route of {count} waypoint{else_value} set.").format(
                count=count, else_value="s" if count != 1 else ""
            ),
            True,
        )

    def _finish_polygon(self) -> Outcome:
        if len(self.pending) < 3:
            count = len(self.pending)
            return Outcome(
                tr("A zone needs at least 3 corners; {count} clicked. Click more, or Esc.").format(
                    count=count
                ),
                refused=True,
            )
        corners = [self._position(x, y) for x, y in self.pending]
        self.pending = []
        zone_id = self._zone_id()
        index = self.document.append(
            ("airspace", "zones"), self._zone(zone_id, {"polygon": corners})
        )
        return Outcome(
            tr("Zone {zone_id} added; set its kind and limits in the form.").format(
                zone_id=zone_id
            ),
            True,
            section=("airspace",),
            shown=("airspace", "zones", index, "id"),
        )

    def _finish_circle(self) -> Outcome:
        (cx, cy), (ex, ey) = self.pending
        self.pending = []
        radius = round(math.hypot(ex - cx, ey - cy))
        if radius < MIN_RADIUS_M:
            return Outcome(
                tr("A radius of {radius} m is too small: click the edge further out.").format(
                    radius=radius
                ),
                refused=True,
            )
        centre = self._position(cx, cy)
        if self.tool is Tool.CIRCLE:
            zone_id = self._zone_id()
            shape = {"circle": {"centre": centre, "radius_m": radius}}
            zone = self.document.append(("airspace", "zones"), self._zone(zone_id, shape))
            return Outcome(
                tr("Zone {zone_id} added (radius {radius} m).").format(
                    zone_id=zone_id, radius=radius
                ),
                True,
                section=("airspace",),
                shown=("airspace", "zones", zone, "id"),
            )
        index = self._drone_index()
        assert index is not None  # checked at the first click
        behaviour: dict[str, Any] = {"kind": self.tool.value, "centre": centre, "radius_m": radius}
        self.document.set(("drones", index, "behaviour"), behaviour)
        done = (
            tr("Orbit of {radius} m set.")
            if self.tool is Tool.ORBIT
            else tr("Loiter area of {radius} m set.")
        ).format(radius=radius)
        height = self._lift_start(index)
        if height is not None:
            done += " " + tr(
                "The drone flies at its start's height, now {height} m above ground "
                "(the height of new waypoints)."
            ).format(height=height)
        return Outcome(done, True)

    def _lift_start(self, index: int) -> float | None:
        """An orbit or a loiter is flown at the start's height: a drone placed on the ground
        would circle there. It starts at the toolbar's height instead (the new height, or None
        when the author had set one already)."""
        start = self.document.get(("drones", index, "start"))
        if not isinstance(start, dict) or start.get("alt_agl_m") not in (0, None):
            return None
        height = self._new_height()
        self.document.set(("drones", index, "start", "alt_agl_m"), height)
        return height

    def _new_height(self) -> float:
        height: float = round(self.height_m, 1)
        return int(height) if height.is_integer() else height  # 60, not 60.0, in the file

    def _place_sensor(self, x: float, y: float) -> Outcome:
        """A sensor of the chosen kind where clicked. A kind the file leaves out stands for its
        default (the radar at the aerodrome): that is written out first, so it stays."""
        kind = self.sensor_kind
        if not kind:
            return Outcome(tr("The format has no sensors with a position."), refused=True)
        path = ("sensors", kind)
        if not isinstance(self.document.get(path), list):
            self.document.set(path, default_sensors(kind))
        items = self.document.get(path)
        item_schema = self.walker.items(self.walker.at(path, self.document.plain()) or {})
        id_default = item_schema.get("properties", {}).get("id", {}).get("default") or kind
        taken = {str(item.get("id")) for item in items if isinstance(item, dict)}
        sensor_id, number = str(id_default), 1
        while sensor_id in taken:
            number += 1
            sensor_id = f"{id_default}-{number}"
        index = self.document.append(path, {"id": sensor_id, "position": self._position(x, y)})
        return Outcome(
            tr("Sensor {sensor_id} placed; set its range and other values in the form.").format(
                sensor_id=sensor_id
            ),
            True,
            section=("sensors",),
            shown=(*path, index, "id"),
        )

    def _move(self, x: float, y: float) -> Outcome:
        if self.moving is None:
            near = [
                (math.hypot(px - x, py - y), path, (px, py))
                for path, px, py in movable_points(self.document.plain(), self.projector)
            ]
            near = [item for item in near if item[0] <= self.pick_radius_m]
            if not near:
                return Outcome(tr("No point there: click on a start, waypoint, corner or sensor."))
            _, path, point = min(near, key=lambda item: item[0])
            self.moving = path
            self.pending = [point]
            return Outcome(
                tr("Moving {path}: click its new place (Esc cancels).").format(path=path_text(path))
            )
        path, self.moving, self.pending = self.moving, None, []
        position = self._position(x, y)
        self.document.set((*path, "lat"), position["lat"])
        self.document.set((*path, "lon"), position["lon"])
        moved = tr("Moved {path}.").format(path=path_text(path))
        return Outcome(moved, True, section=_section_of(path))

    def _zone_id(self) -> str:
        zones = self.document.get(("airspace", "zones"))
        taken = {str(z.get("id")) for z in zones} if isinstance(zones, list) else set()
        number = 1
        while f"zone-{number}" in taken:
            number += 1
        return f"zone-{number}"

    def _zone(self, zone_id: str, shape: dict[str, Any]) -> dict[str, Any]:
        return {
            "id": zone_id,
            "name": f"{zone_id} (training construct)",
            "kind": DEFAULT_ZONE_KIND.value,
            "lower": DEFAULT_LOWER,
            "upper": DEFAULT_UPPER,
            **shape,
        }


def sensor_kinds(walker: SchemaWalker) -> list[str]:
    """The lists of `sensors` whose items stand somewhere (they have a position), in order."""
    setup = walker.at(("sensors",), {})
    kinds = []
    for spec in walker.fields(setup or {}):
        if spec.kind == "list" and "position" in walker.items(spec.schema).get("properties", {}):
            kinds.append(spec.name)
    return kinds


def default_sensors(kind: str) -> list[dict[str, Any]]:
    """What a scenario without `sensors.<kind>` has, written out (e.g. [{id: radar}])."""
    written = []
    for sensor in getattr(SensorSetup(), kind, []):
        item = sensor.model_dump(mode="json", exclude_defaults=True)
        written.append({"id": sensor.id, **item} if hasattr(sensor, "id") else item)
    return written


def movable_points(data: Any, projector: Projector) -> list[tuple[PathKey, float, float]]:
    """Every {lat, lon} of the scenario a click may move, with its path and RD x, y."""
    found: list[tuple[PathKey, float, float]] = []

    def visit(value: Any, path: PathKey) -> None:
        if isinstance(value, dict):
            lat, lon = _number(value.get("lat")), _number(value.get("lon"))
            if lat is not None and lon is not None and -90 <= lat <= 90 and -180 <= lon <= 180:
                x, y = projector.to_rd(lat, lon)
                if math.isfinite(x) and math.isfinite(y):
                    found.append((path, float(x), float(y)))
            for key, item in value.items():
                visit(item, (*path, str(key)))
        elif isinstance(value, list):
            for index, item in enumerate(value):
                visit(item, (*path, index))

    visit(data, ())
    return found


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _section_of(path: PathKey) -> PathKey:
    if len(path) >= 2 and path[0] == "drones":
        return path[:2]
    return path[:1]
