"""What the scenario being edited puts on the map: drones, their routes and circles, its own
zones, and the points of a shape still being drawn."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pyqtgraph as pg
from PySide6.QtGui import QColor
from shapely.geometry import Point, Polygon

from trainer.geo.crs import Projector
from trainer.geo.zones import ZoneKind
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


class DraftLayer(Layer):
    def __init__(self, view: pg.ViewBox, projector: Projector) -> None:
        super().__init__("draft", tr("Scenario being edited"))
        self.view = view
        self.projector = projector
        self.extent: list[tuple[float, float]] = []  # every point drawn: what "fit" shows
        self.zone_shapes: list[tuple[int, Polygon]] = []  # the scenario's zones, for clicks
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
        `scenario_path` where the file is (a drone flying a log names its file from there)."""
        self.scenario_path = scenario_path or Path("new-scenario.yaml")
        self.clear(self.view)
        self.extent = []
        self.zone_shapes = []
        if not isinstance(data, dict):
            return
        sensors = data.get("sensors")
        sensors = sensors if isinstance(sensors, dict) else {}
        placed = 0  # labels of sensors on one spot are stacked, not overprinted
        for kind in self.sensor_kinds:  # a kind the file leaves out: its default sensors
            items = sensors[kind] if kind in sensors else default_sensors(kind)
            for item in items if isinstance(items, list) else []:
                self._sensor(kind, item, default_site, placed)
                placed += 1
        airspace = data.get("airspace")
        zones = airspace.get("zones") if isinstance(airspace, dict) else None
        for index, zone in enumerate(zones if isinstance(zones, list) else []):
            self._zone(index, zone)
        drones = data.get("drones")
        for index, drone in enumerate(drones if isinstance(drones, list) else []):
            self._drone(drone, index == selected_drone)
        if pending:
            xs, ys = [p[0] for p in pending], [p[1] for p in pending]
            pen = cosmetic_pen(PENDING, 2.0, dashed=True)
            self.add(pg.PlotCurveItem(xs, ys, pen=pen), self.view)
            self.add(pg.ScatterPlotItem(xs, ys, size=9, brush=pg.mkBrush(PENDING)), self.view)

    def _sensor(
        self, kind: str, item: Any, default_site: tuple[float, float] | None, row: int
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
            self.add(
                pg.PlotCurveItem(xs, ys, pen=cosmetic_pen(SENSOR, 1.0, dashed=True)), self.view
            )
        marker = pg.ScatterPlotItem(
            [site[0]], [site[1]], size=12, symbol="t", brush=pg.mkBrush(SENSOR)
        )
        self.add(marker, self.view)
        self.add(
            label(str(item.get("id", kind)), site[0], site[1], SENSOR, 8, (0.0, -0.6 - row)),
            self.view,
        )

    def _zone(self, index: int, zone: Any) -> None:
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
        self.zone_shapes.append((index, Polygon(zip(xs, ys, strict=True))))
        self.extent += list(zip(xs, ys, strict=True))
        fill = QColor(colour)
        fill.setAlpha(50)
        curve = pg.PlotCurveItem(xs, ys, pen=cosmetic_pen(colour, 2.0), fillLevel=None)
        curve.setBrush(pg.mkBrush(fill))
        self.add(curve, self.view)
        text = f"{zone.get('id', '')}\n{zone.get('lower', '')} - {zone.get('upper', '')}"
        self.add(label(text, sum(xs) / len(xs), sum(ys) / len(ys), colour, 9), self.view)

    def _drone(self, drone: Any, selected: bool) -> None:
        if not isinstance(drone, dict):
            return
        behaviour = drone.get("behaviour")
        behaviour = behaviour if isinstance(behaviour, dict) else {}
        kind = behaviour.get("kind")
        start = _position(self.projector, drone.get("start"))
        track = self.log_previews.track(behaviour, self.scenario_path) if kind == "log" else None
        if track is not None:  # a recorded flight starts where the recording does
            start = (float(track.x[0]), float(track.y[0]))
        if start is None:
            return
        colour = SELECTED if selected else DRONE
        self.extent.append(start)
        width = 3.0 if selected else 2.0
        if track is not None:
            self.extent += [(float(track.x.min()), float(track.y.min())),
                            (float(track.x.max()), float(track.y.max()))]  # fmt: skip
            pen = cosmetic_pen(colour, width, dashed=True)
            self.add(pg.PlotCurveItem(track.x, track.y, pen=pen), self.view)
        elif kind == "route" and isinstance(behaviour.get("waypoints"), list):
            points = [start] + [
                p for p in (_position(self.projector, w) for w in behaviour["waypoints"]) if p
            ]
            if behaviour.get("loop") and len(points) > 2:
                points.append(points[1])
            self.extent += points
            xs, ys = [p[0] for p in points], [p[1] for p in points]
            self.add(pg.PlotCurveItem(xs, ys, pen=cosmetic_pen(colour, width)), self.view)
            self.add(
                pg.ScatterPlotItem(xs[1:], ys[1:], size=7, brush=pg.mkBrush(colour)), self.view
            )
        elif kind in ("orbit", "loiter"):
            centre = _position(self.projector, behaviour.get("centre")) or start
            radius = _number(behaviour.get("radius_m"))
            if radius is not None and 0 < radius <= 100_000:
                xs, ys = circle_points(*centre, radius)
                self.extent += list(zip(xs, ys, strict=True))
                pen = cosmetic_pen(colour, width, dashed=kind == "loiter")
                self.add(pg.PlotCurveItem(xs, ys, pen=pen), self.view)
        symbol = {"fixed-wing": "t1", "vtol": "d"}.get(str(drone.get("type")), "o")
        self.add(
            pg.ScatterPlotItem(
                [start[0]],
                [start[1]],
                size=14 if selected else 11,
                symbol=symbol,
                brush=pg.mkBrush(colour),
                pen=pg.mkPen("#17202a"),
            ),
            self.view,
        )
        self.add(
            label(str(drone.get("id", "")), start[0], start[1], colour, 9, (0.0, 1.4)), self.view
        )


def zone_at(shapes: list[tuple[int, Polygon]], x: float, y: float) -> int | None:
    """The smallest of the scenario's zones containing a map point."""
    hits = [(polygon.area, index) for index, polygon in shapes if polygon.contains(Point(x, y))]
    return min(hits)[1] if hits else None
