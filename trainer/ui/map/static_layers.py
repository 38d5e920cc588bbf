"""The map's fixed picture: orientation features, the aerodrome, airspace zones and range rings."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
import shapely
from pyqtgraph.graphicsItems.ScatterPlotItem import Symbols
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath, QPen, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsSimpleTextItem

from trainer.geo.aerodrome import Aerodrome, Runway
from trainer.geo.airspace import Airspace
from trainer.geo.features import MapFeature
from trainer.geo.zones import Zone
from trainer.ui import style
from trainer.ui.map.layer import Layer
from trainer.ui.map.picture import Picture
from trainer.ui.map.place_labels import PlaceLabel
from trainer.ui.translation import fill, tr

RANGE_RINGS_M = (1000.0, 2000.0, 5000.0)


def cosmetic_pen(colour: QColor, width: float = 1.0, dashed: bool = False) -> QPen:
    """A pen whose width is in screen pixels whatever the zoom."""
    pen = QPen(colour)
    pen.setWidthF(width)
    pen.setCosmetic(True)
    if dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    return pen


def path_of(geometry: shapely.Geometry) -> QPainterPath:
    """Polygons and lines (RD metres) as one painter path; holes are cut out by odd-even fill."""
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.OddEvenFill)
    for part in shapely.get_parts(geometry):
        rings = [part.exterior, *part.interiors] if part.geom_type == "Polygon" else [part]
        for ring in rings:
            coords = np.asarray(ring.coords)
            path.moveTo(QPointF(*coords[0]))
            for x, y in coords[1:]:
                path.lineTo(QPointF(x, y))
    return path


def label(
    text: str,
    x: float,
    y: float,
    colour: QColor,
    size: int = 9,
    anchor: tuple[float, float] = (0.5, 0.5),
    bold: bool = False,
) -> QGraphicsSimpleTextItem:
    """Text at a map point that keeps its size on screen; `anchor` is the text's point at (x, y)."""
    item = QGraphicsSimpleTextItem(text)
    font = QFont()
    font.setPointSize(size)
    font.setBold(bold)
    item.setFont(font)
    item.setBrush(colour)
    item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
    bounds = item.boundingRect()
    # The view flips y (north up); the text itself is drawn in screen pixels from its anchor.
    item.setTransform(
        QTransform.fromTranslate(-bounds.width() * anchor[0], -bounds.height() * anchor[1])
    )
    item.setPos(float(x), float(y))
    return item


def marker(outline: QPainterPath, x: float, y: float, pen: QPen, brush: QBrush) -> QGraphicsItem:
    """A symbol drawn in screen pixels (`outline` around 0, 0) at a map point."""
    item = QGraphicsPathItem(outline)
    item.setPen(pen)
    item.setBrush(brush)
    item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
    item.setPos(float(x), float(y))
    return item


def symbol(name: str, size_px: float) -> QPainterPath:
    """A pyqtgraph scatter symbol ("s", "+", ...) `size_px` across, as the map's points had."""
    return QTransform.fromScale(size_px, size_px).map(Symbols[name])


def picture(layer: Layer, view: pg.ViewBox, kept: bool = False) -> Picture:
    """The layer's one item for its shapes in map metres (trainer.ui.map.picture)."""
    item = Picture(kept)
    layer.add(item, view)
    return item


TOWN_NAME_BELOW_M = 250.0  # a town's name hangs this far south of its square


def build_orientation(layer: Layer, view: pg.ViewBox, airspace: Airspace) -> list[PlaceLabel]:
    """Towns, motorways and the border; returns the towns' names, which the canvas keeps
    whole at the map's edges (trainer.ui.map.place_labels)."""
    places: list[PlaceLabel] = []
    shapes = picture(layer, view)
    no_pen = QPen(Qt.PenStyle.NoPen)
    for feature in airspace.features:
        geometry = feature.geometry
        if feature.kind == "town":
            point = shapely.get_point(geometry, 0) if geometry.geom_type != "Point" else geometry
            layer.add(
                marker(symbol("s", 6), point.x, point.y, no_pen, QBrush(style.LAND_TEXT)), view
            )
            name = label(
                feature.name, point.x, point.y - TOWN_NAME_BELOW_M, style.LAND_TEXT, 10, (0.5, 0.0)
            )
            layer.add(name, view)
            places.append(PlaceLabel(name, point.x, point.y, TOWN_NAME_BELOW_M))
        else:
            colour = style.BORDER if feature.kind == "border" else style.ROAD
            shapes.add(
                path_of(geometry),
                cosmetic_pen(
                    colour,
                    2.0 if feature.kind != "border" else 1.5,
                    dashed=feature.kind == "border",
                ),
            )
            if feature.kind == "motorway":
                mid = geometry.interpolate(0.5, normalized=True)
                layer.add(label(feature.name, mid.x, mid.y, colour, 8, (0.5, 1.0), bold=True), view)
    return places


def build_aerodrome(layer: Layer, view: pg.ViewBox, airspace: Airspace) -> None:
    aerodrome = airspace.aerodrome
    shapes = picture(layer, view)
    for runway in aerodrome.runways:
        shapes.add(path_of(runway.polygon()), cosmetic_pen(style.RUNWAY, 1.0), QBrush(style.RUNWAY))
        (x0, y0), (x1, y1) = runway.ends
        length = math.hypot(x1 - x0, y1 - y0)
        ux, uy = (x1 - x0) / length, (y1 - y0) / length
        # Threshold bars across the runway, and designators beyond each end.
        for tx, ty in runway.thresholds:
            half = runway.width_m * 1.5
            bar = QPainterPath(QPointF(tx - uy * half, ty + ux * half))
            bar.lineTo(QPointF(tx + uy * half, ty - ux * half))
            shapes.add(bar, cosmetic_pen(QColor("#f4d03f"), 3.0), smooth=True)
        for designator, (ex, ey), outward in zip(
            runway.designators, runway.ends, (-1.0, 1.0), strict=True
        ):
            layer.add(
                label(
                    designator,
                    ex + outward * ux * 220,
                    ey + outward * uy * 220,
                    style.RUNWAY,
                    10,
                    bold=True,
                ),
                view,
            )
    x, y = aerodrome.reference_point
    layer.add(marker(symbol("+", 11), x, y, cosmetic_pen(style.RUNWAY, 2.0), QBrush()), view)
    # North-west of the reference point: clear of the runway, its approaches and the ring labels.
    layer.add(
        label(
            f"{aerodrome.icao}  {aerodrome.radio_name} {aerodrome.radio_mhz:.3f} MHz",
            x - 250,
            y + 250,
            style.RUNWAY,
            9,
            (1.0, 1.0),
        ),
        view,
    )


# Tooltips come from the map canvas, not from the items: under pyqtgraph's ViewBox, which clips
# its children, Qt takes an item's whole bounding rectangle as the area under the mouse, so a
# motorway would claim kilometres of map beside it and a zone the corners outside its outline.


def line_tooltip(feature: MapFeature) -> str:
    return (
        tr("{name} (approximate)").format(name=feature.name)
        if feature.approximate
        else feature.name
    )


def runway_tooltip(runway: Runway) -> str:
    return fill(
        tr("Runway {designators}, {length_m:,.0f} m x {width_m:.0f} m"),
        designators="/".join(runway.designators),
        length_m=runway.length_m(),
        width_m=runway.width_m,
    )


def reference_point_tooltip(aerodrome: Aerodrome) -> str:
    return tr("{icao} aerodrome reference point, elevation {elevation_m:.0f} m").format(
        icao=aerodrome.icao, elevation_m=aerodrome.elevation_m
    )


def feature_tooltip_at(
    airspace: Airspace, x: float, y: float, radius_m: float, visible: set[str]
) -> str:
    """The aerodrome's parts and the roads and border within `radius_m` of a map point, in
    the layers named in `visible` ("aerodrome", "orientation")."""
    point = shapely.Point(x, y)
    found = []
    if "aerodrome" in visible:
        aerodrome = airspace.aerodrome
        if point.distance(shapely.Point(*aerodrome.reference_point)) <= radius_m:
            found.append(reference_point_tooltip(aerodrome))
        found += [runway_tooltip(r) for r in aerodrome.runways if r.polygon().intersects(point)]
    if "orientation" in visible:
        found += [
            line_tooltip(feature)
            for feature in airspace.features
            if feature.kind != "town" and feature.geometry.distance(point) <= radius_m
        ]
    return "\n".join(found)


def zone_tooltip(zone: Zone) -> str:
    schedule = (
        tr(", active {schedule} local").format(schedule=zone.schedule) if zone.schedule else ""
    )
    status = tr("official") if zone.official else tr("training construct")
    limits = tr("{lower} to {upper}").format(lower=zone.lower.text, upper=zone.upper.text)
    origin = tr("{status}; source: {source}").format(status=status, source=zone.shown_source())
    return (
        f"{zone.shown_name()} [{zone.id}]\n{tr(style.ZONE_LABELS[zone.kind])}, "
        f"{limits}{schedule}\n{origin}"
    )


def build_airspace(layer: Layer, view: pg.ViewBox, airspace: Airspace) -> None:
    shapes = picture(layer, view, kept=True)  # large translucent fills: copied, not filled
    shapes.setZValue(-10)
    # Largest first, so small zones are drawn on top and stay visible.
    for zone in sorted(airspace.zones, key=lambda z: -z.polygon.area):
        colour = style.ZONE_COLOURS[zone.kind]
        alpha = style.ZONE_FILL_ALPHA.get(zone.kind, style.DEFAULT_FILL_ALPHA)
        fill = QColor(colour)
        fill.setAlpha(alpha)
        shapes.add(
            path_of(zone.polygon),
            cosmetic_pen(colour, 1.5, dashed=not zone.official),
            QBrush(fill) if alpha else QBrush(),  # no fill at all is cheaper than a clear one
        )


def build_range_rings(layer: Layer, view: pg.ViewBox, airspace: Airspace) -> None:
    x, y = airspace.aerodrome.reference_point
    angles = np.linspace(0, 2 * np.pi, 181)
    shapes = picture(layer, view)
    for radius in RANGE_RINGS_M:
        ring = shapely.LineString(
            np.column_stack([x + radius * np.sin(angles), y + radius * np.cos(angles)])
        )
        shapes.add(path_of(ring), cosmetic_pen(style.RING, 1.0, dashed=True), smooth=True)
        # Labels to the south-east, away from the runway and its approaches.
        bearing = math.radians(150)
        layer.add(
            label(
                f"{radius / 1000:g} km",
                x + radius * math.sin(bearing),
                y + radius * math.cos(bearing),
                style.GRID_TEXT,
                8,
            ),
            view,
        )
