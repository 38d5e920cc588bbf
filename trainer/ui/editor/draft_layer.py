"""What the scenario being edited puts on the map: drones, their routes and circles, its own
zones, and the points of a shape still being drawn."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import pyqtgraph as pg
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsItem
from shapely.geometry import Point, Polygon

from trainer.flightlogs.placement import PlacedTrack
from trainer.geo.crs import Projector
from trainer.geo.zones import ZoneKind
from trainer.scenario.authoring import ReadOnlyDict
from trainer.scenario.log_flights import LogPreviews
from trainer.scenario.schema_walk import SchemaWalker
from trainer.ui import style
from trainer.ui.editor.drawing import default_sensors, sensor_kinds
from trainer.ui.map.layer import Layer
from trainer.ui.map.static_layers import cosmetic_pen, label
from trainer.ui.translation import tr

DRONE = QColor("#f5b041")
SELECTED = QColor("#ffffff")
PENDING = QColor("#58d68d")
SENSOR = QColor("#af7ac5")
CIRCLE_POINTS = 72


def circle_points(x: float, y: float, radius: float) -> tuple[list[float], list[float]]:
    angles = [2 * math.pi * i / CIRCLE_POINTS for i in range(CIRCLE_POINTS + 1)]
    return [x + radius * math.cos(a) for a in angles], [y + radius * math.sin(a) for a in angles]


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _position(projector: Projector, value: Any) -> tuple[float, float] | None:
    """RD x, y of a {lat, lon} map, or None while the author has it half typed."""
    if not isinstance(value, dict):
        return None
    lat, lon = _number(value.get("lat")), _number(value.get("lon"))
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    x, y = projector.to_rd(lat, lon)
    return (float(x), float(y)) if math.isfinite(x) and math.isfinite(y) else None


@dataclass(eq=False)
class _Part:
    """What one sensor, zone, drone or unfinished shape put on the map, and what from."""

    key: object
    items: list[QGraphicsItem] = field(default_factory=list)
    extent: list[tuple[float, float]] = field(default_factory=list)
    zone_shape: tuple[int, Polygon] | None = None


class DraftLayer(Layer):
    def __init__(self, view: pg.ViewBox, projector: Projector) -> None:
        super().__init__("draft", tr("Scenario being edited"))
        self.view = view
        self.projector = projector
        self.extent: list[tuple[float, float]] = []  # every point drawn: what "fit" shows
        self.zone_shapes: list[tuple[int, Polygon]] = []  # the scenario's zones, for clicks
        self._parts: list[_Part] = []  # what is drawn, bottom to top
        self._reusable = False  # drawn from a document's read-only plain(): parts may stay
        self.log_previews = LogPreviews(projector)  # tracks of drones flying a recorded flight
        self.scenario_path = Path("new-scenario.yaml")  # log files are relative to its folder
        walker = SchemaWalker()
        self.default_ranges: dict[str, float] = {}  # sensor kind -> range when none is written
        self.sensor_kinds = sensor_kinds(walker)
        for kind in self.sensor_kinds:
            item = walker.items(walker.at(("sensors", kind), {}) or {})
            for name in ("max_range_m", "range_m"):
                default = item.get("properties", {}).get(name, {}).get("default")
                if isinstance(default, int | float):
                    self.default_ranges[kind] = float(default)
                    break

    def show(
        self,
        data: Any,
        selected_drone: int | None,
        pending: list[tuple[float, float]],
        default_site: tuple[float, float] | None = None,
        scenario_path: Path | None = None,
    ) -> None:
        """Draw the scenario's data; `default_site` is where a sensor without a position is,
        `scenario_path` where the file is (a drone flying a log names its file from there).

        Given the document's plain() (read-only), only the parts that changed are drawn again:
        choosing another drone redraws two drones, not the 24 of a swarm. Any other data is
        drawn afresh each time, as it may have been changed in place."""
        self.scenario_path = scenario_path or Path("new-scenario.yaml")
        wanted = self._parts_of(data, selected_drone, pending, default_site)
        reuse = self._reusable and isinstance(data, ReadOnlyDict)
        old = self._parts if reuse else []
        parts: list[_Part] = []
        # Kept parts stay in the order they were drawn in (what _stack_in_order needs): each
        # is looked for after the last one kept. A part may have moved (the selected drone
        # is drawn last): what moved is drawn again, as its key says it is selected now.
        start = 0
        for key, draw in wanted:
            found = next((j for j in range(start, len(old)) if old[j].key == key), None)
            if found is None:
                parts.append(self._draw(key, draw))
            else:
                parts.append(old[found])
                start = found + 1
        kept = {id(part) for part in parts}
        for part in self._parts:
            if id(part) not in kept:
                for item in part.items:
                    self.view.removeItem(item)
        _stack_in_order(parts, kept_before={id(part) for part in old})
        self._parts = parts
        self._reusable = isinstance(data, ReadOnlyDict)
        self.items = [item for part in parts for item in part.items]
        self.extent = [point for part in parts for point in part.extent]
        self.zone_shapes = [part.zone_shape for part in parts if part.zone_shape is not None]

    def clear(self, view: pg.ViewBox) -> None:
        super().clear(view)
        self._parts = []

    def forget_drawn(self) -> None:
        """Draw everything afresh next time (another layer's items were put above these)."""
        self._reusable = False

    def _parts_of(
        self,
        data: Any,
        selected_drone: int | None,
        pending: list[tuple[float, float]],
        default_site: tuple[float, float] | None,
    ) -> list[tuple[object, Callable[[_Part], None]]]:
        """What to draw, bottom to top: each part's key (what it is drawn from: an equal key
        draws the same picture) and how to draw it."""
        if not isinstance(data, dict):
            return []
        wanted: list[tuple[object, Callable[[_Part], None]]] = []
        sensors = data.get("sensors")
        sensors = sensors if isinstance(sensors, dict) else {}
        placed = 0  # labels of sensors on one spot are stacked, not overprinted
        for kind in self.sensor_kinds:  # a kind the file leaves out: its default sensors
            items = sensors[kind] if kind in sensors else default_sensors(kind)
            for item in items if isinstance(items, list) else []:
                key: object = ("sensor", kind, item, default_site, placed)
                wanted.append((key, partial(self._sensor, kind, item, default_site, placed)))
                placed += 1
        airspace = data.get("airspace")
        zones = airspace.get("zones") if isinstance(airspace, dict) else None
        for index, zone in enumerate(zones if isinstance(zones, list) else []):
            wanted.append((("zone", index, zone), partial(self._zone, index, zone)))
        drones = data.get("drones")
        on_top: list[tuple[object, Callable[[_Part], None]]] = []
        for index, drone in enumerate(drones if isinstance(drones, list) else []):
            selected = index == selected_drone
            # A recorded flight's track is read from its file, which may change on the disk.
            log = isinstance(drone, dict) and _kind(drone.get("behaviour")) == "log"
            key = object() if log else ("drone", drone, selected)
            # The selected drone over the others: another's route must not hide the one
            # being edited.
            (on_top if selected else wanted).append((key, partial(self._drone, drone, selected)))
        wanted += on_top
        if pending:
            wanted.append((("pending", tuple(pending)), partial(self._pending, list(pending))))
        return wanted

    def _draw(self, key: object, draw: Callable[[_Part], None]) -> _Part:
        part = _Part(key)
        draw(part)
        return part

    def _add(self, part: _Part, item: QGraphicsItem) -> None:
        self.add(item, self.view)
        part.items.append(item)

    def _pending(self, pending: list[tuple[float, float]], part: _Part) -> None:
        xs, ys = [p[0] for p in pending], [p[1] for p in pending]
        pen = cosmetic_pen(PENDING, 2.0, dashed=True)
        self._add(part, pg.PlotCurveItem(xs, ys, pen=pen))
        self._add(part, pg.ScatterPlotItem(xs, ys, size=9, brush=pg.mkBrush(PENDING)))

    def _sensor(
        self, kind: str, item: Any, default_site: tuple[float, float] | None, row: int, part: _Part
    ) -> None:
        if not isinstance(item, dict):
            return
        site = _position(self.projector, item.get("position"))
        if site is None:  # at the aerodrome with the other default sensors: label stacked
            site = default_site
        else:
            row = 0
        if site is None:
            return
        written = _number(item.get("max_range_m", item.get("range_m")))
        radius = written if written is not None else self.default_ranges.get(kind)
        if radius is not None and 0 < radius <= 100_000:
            xs, ys = circle_points(*site, radius)
            self._add(part, pg.PlotCurveItem(xs, ys, pen=cosmetic_pen(SENSOR, 1.0, dashed=True)))
        marker = pg.ScatterPlotItem(
            [site[0]], [site[1]], size=12, symbol="t", brush=pg.mkBrush(SENSOR)
        )
        self._add(part, marker)
        self._add(
            part, label(str(item.get("id", kind)), site[0], site[1], SENSOR, 8, (0.0, -0.6 - row))
        )

    def _zone(self, index: int, zone: Any, part: _Part) -> None:
        if not isinstance(zone, dict):
            return
        try:
            colour = QColor(style.ZONE_COLOURS[ZoneKind(str(zone.get("kind")))])
        except (ValueError, KeyError):
            colour = QColor("#aab7c4")
        xs: list[float] = []
        ys: list[float] = []
        polygon = zone.get("polygon")
        circle = zone.get("circle")
        if isinstance(polygon, list):
            corners = [_position(self.projector, p) for p in polygon]
            points = [c for c in corners if c is not None]
            if points:
                xs = [p[0] for p in points] + [points[0][0]]
                ys = [p[1] for p in points] + [points[0][1]]
        elif isinstance(circle, dict):
            centre = _position(self.projector, circle.get("centre"))
            radius = _number(circle.get("radius_m"))
            if centre is not None and radius is not None and 0 < radius <= 100_000:
                xs, ys = circle_points(*centre, radius)
        if len(xs) < 4:
            return
        part.zone_shape = (index, Polygon(zip(xs, ys, strict=True)))
        part.extent += list(zip(xs, ys, strict=True))
        fill = QColor(colour)
        fill.setAlpha(50)
        curve = pg.PlotCurveItem(xs, ys, pen=cosmetic_pen(colour, 2.0), fillLevel=None)
        curve.setBrush(pg.mkBrush(fill))
        self._add(part, curve)
        text = f"{zone.get('id', '')}\n{zone.get('lower', '')} - {zone.get('upper', '')}"
        self._add(part, label(text, sum(xs) / len(xs), sum(ys) / len(ys), colour, 9))

    def drone_at(self, drones: Any, x: float, y: float, radius: float) -> int | None:
        """The index of the drone drawn nearest a map point, within `radius` metres."""
        best: tuple[float, int] | None = None
        for index, drone in enumerate(drones if isinstance(drones, list) else []):
            start = self._drawn_start(drone, self._log_track(drone))
            if start is None:
                continue
            distance = math.hypot(start[0] - x, start[1] - y)
            if distance <= radius and (best is None or distance < best[0]):
                best = (distance, index)
        return best[1] if best is not None else None

    def _log_track(self, drone: Any) -> PlacedTrack | None:
        """The recorded flight a drone flies (read once per file), or None."""
        behaviour = drone.get("behaviour") if isinstance(drone, dict) else None
        if not isinstance(behaviour, dict) or behaviour.get("kind") != "log":
            return None
        return self.log_previews.track(behaviour, self.scenario_path)

    def _drawn_start(self, drone: Any, track: PlacedTrack | None) -> tuple[float, float] | None:
        """Where the drone's marker is: its start, or where its recorded flight starts."""
        if track is not None:
            return (float(track.x[0]), float(track.y[0]))
        return _position(self.projector, drone.get("start")) if isinstance(drone, dict) else None

    def _drone(self, drone: Any, selected: bool, part: _Part) -> None:
        if not isinstance(drone, dict):
            return
        behaviour = drone.get("behaviour")
        behaviour = behaviour if isinstance(behaviour, dict) else {}
        kind = behaviour.get("kind")
        track = self._log_track(drone)
        start = self._drawn_start(drone, track)
        if start is None:
            return
        colour = SELECTED if selected else DRONE
        part.extent.append(start)
        width = 3.0 if selected else 2.0
        if track is not None:
            part.extent += [(float(track.x.min()), float(track.y.min())),
                            (float(track.x.max()), float(track.y.max()))]  # fmt: skip
            pen = cosmetic_pen(colour, width, dashed=True)
            self._add(part, pg.PlotCurveItem(track.x, track.y, pen=pen))
        elif kind == "route" and isinstance(behaviour.get("waypoints"), list):
            points = [start] + [
                p for p in (_position(self.projector, w) for w in behaviour["waypoints"]) if p
            ]
            if behaviour.get("loop") and len(points) > 2:
                points.append(points[1])
            part.extent += points
            xs, ys = [p[0] for p in points], [p[1] for p in points]
            self._add(part, pg.PlotCurveItem(xs, ys, pen=cosmetic_pen(colour, width)))
            self._add(part, pg.ScatterPlotItem(xs[1:], ys[1:], size=7, brush=pg.mkBrush(colour)))
        elif kind in ("orbit", "loiter"):
            centre = _position(self.projector, behaviour.get("centre")) or start
            radius = _number(behaviour.get("radius_m"))
            if radius is not None and 0 < radius <= 100_000:
                xs, ys = circle_points(*centre, radius)
                part.extent += list(zip(xs, ys, strict=True))
                pen = cosmetic_pen(colour, width, dashed=kind == "loiter")
                self._add(part, pg.PlotCurveItem(xs, ys, pen=pen))
        symbol = {"fixed-wing": "t1", "vtol": "d"}.get(str(drone.get("type")), "o")
        marker = pg.ScatterPlotItem(
            [start[0]],
            [start[1]],
            size=14 if selected else 11,
            symbol=symbol,
            brush=pg.mkBrush(colour),
            pen=pg.mkPen("#17202a"),
        )
        self._add(part, marker)
        self._add(part, label(str(drone.get("id", "")), start[0], start[1], colour, 9, (0.0, 1.4)))


def _kind(behaviour: Any) -> Any:
    return behaviour.get("kind") if isinstance(behaviour, dict) else None


def _stack_in_order(parts: list[_Part], kept_before: set[int]) -> None:
    """Put the items of newly drawn parts (added on top) below the first part after them that
    was kept, so the map stacks them as drawing all of them afresh would (labels over lines)."""
    above: QGraphicsItem | None = None  # the lowest item of the nearest kept part above
    for part in reversed(parts):
        if id(part) in kept_before:
            above = part.items[0] if part.items else above
        elif above is not None:
            for item in part.items:
                item.stackBefore(above)
            above = part.items[0] if part.items else above


def zone_at(shapes: list[tuple[int, Polygon]], x: float, y: float) -> int | None:
    """The smallest of the scenario's zones containing a map point."""
    hits = [(polygon.area, index) for index, polygon in shapes if polygon.contains(Point(x, y))]
    return min(hits)[1] if hits else None
