"""The map canvas: Twente in RD New metres at equal aspect, layers, scale bar, north arrow."""

from __future__ import annotations

import math

import pyqtgraph as pg
import shapely
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsSceneMouseEvent, QToolTip

from trainer.geo.airspace import Airspace
from trainer.sim.snapshot import Snapshot
from trainer.ui import style
from trainer.ui.map import static_layers
from trainer.ui.map.basemap_layer import BasemapLayer
from trainer.ui.map.layer import Layer
from trainer.ui.map.overlay_layer import OverlayLayer
from trainer.ui.map.place_labels import PlaceLabels
from trainer.ui.map.track_info import is_track, track_tooltip
from trainer.ui.map.track_layer import TrackLayer
from trainer.ui.map.traffic_layer import TrafficLayer
from trainer.ui.translation import fill, tr

NICE_LENGTHS_M = (50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000)
CLICK_RADIUS_PX = 12
AERODROME_VIEW_M = 9000.0  # width of "zoom to aerodrome": runway, approaches and rings


# The View menu's key for each layer, in the live window and on the stations alike.
LAYER_SHORTCUTS = {
    "orientation": "Ctrl+1",
    "airspace": "Ctrl+2",
    "aerodrome": "Ctrl+3",
    "rings": "Ctrl+4",
    "tracks": "Ctrl+5",
    "overlay": "Ctrl+6",
    "manned": "Ctrl+7",
}


class MapCanvas(pg.GraphicsView):
    cursor_moved = Signal(float, float)  # RD x, y in metres
    track_clicked = Signal(str)  # drone id; "" when the click hit no track
    map_clicked = Signal(float, float)  # RD x, y of every left click
    scale_changed = Signal(float)  # metres per pixel

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent, background=style.BACKGROUND)
        self.view = pg.ViewBox(lockAspect=True, enableMenu=False)
        self.view.setBackgroundColor(style.BACKGROUND)
        self.setCentralItem(self.view)
        self.basemap = BasemapLayer(self.view, self.viewport())  # off until a source is set
        self.text_scale = 1.0  # scale bar and north arrow drawn larger by this (projector mode)
        self.layers: dict[str, Layer] = {}
        for key, title in (
            ("orientation", tr("Towns, roads, border")),
            ("airspace", tr("Airspace")),
            ("aerodrome", tr("Aerodrome")),
            ("rings", tr("Range rings")),
        ):
            self.layers[key] = Layer(key, title)
        self.manned = TrafficLayer(self.view)
        self.layers["manned"] = self.manned
        self.tracks = TrackLayer(self.view)
        self.layers["tracks"] = self.tracks
        self.overlay = OverlayLayer(self.view)
        self.layers["overlay"] = self.overlay
        self.airspace: Airspace | None = None
        self.place_labels = PlaceLabels()  # town names, kept whole at the map's edges
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.scene().sigMouseClicked.connect(self._on_mouse_clicked)
        self.view.sigRangeChanged.connect(self._on_range_changed)

    # -- content -----------------------------------------------------------------------------

    def set_airspace(self, airspace: Airspace) -> None:
        """Draw the fixed picture of a scenario's airspace (replacing any earlier one)."""
        self.airspace = airspace
        for key in ("orientation", "airspace", "aerodrome", "rings"):
            self.layers[key].clear(self.view)
        towns = static_layers.build_orientation(self.layers["orientation"], self.view, airspace)
        self.place_labels.set(towns)
        self.place_labels.fit(self.view)
        static_layers.build_airspace(self.layers["airspace"], self.view, airspace)
        static_layers.build_aerodrome(self.layers["aerodrome"], self.view, airspace)
        static_layers.build_range_rings(self.layers["rings"], self.view, airspace)

    def show_snapshot(self, snapshot: Snapshot, states: list[str]) -> None:
        self.manned.show_snapshot(snapshot)
        self.tracks.show_snapshot(snapshot, states)

    def set_layer_visible(self, key: str, visible: bool) -> None:
        self.layers[key].set_visible(visible)

    # -- navigation --------------------------------------------------------------------------

    def zoom_to_aerodrome(self) -> None:
        if self.airspace is None:
            return
        x, y = self.airspace.aerodrome.reference_point
        half = AERODROME_VIEW_M / 2
        self.view.setRange(QRectF(x - half, y - half, 2 * half, 2 * half), padding=0)

    def fit(self, xs: list[float], ys: list[float], margin_m: float = 1500.0) -> None:
        """Show the aerodrome and every given point (the scenario's drones and waypoints)."""
        if self.airspace is None:
            return
        x, y = self.airspace.aerodrome.reference_point
        xs, ys = [*xs, x], [*ys, y]
        self.view.setRange(
            QRectF(
                min(xs) - margin_m,
                min(ys) - margin_m,
                max(xs) - min(xs) + 2 * margin_m,
                max(ys) - min(ys) + 2 * margin_m,
            ),
            padding=0,
        )

    def centre_on(self, x: float, y: float) -> None:
        (x0, x1), (y0, y1) = self.view.viewRange()
        self.view.setRange(
            QRectF(x - (x1 - x0) / 2, y - (y1 - y0) / 2, x1 - x0, y1 - y0), padding=0
        )

    def zoom(self, factor: float) -> None:
        self.view.scaleBy((factor, factor))

    def pan(self, dx_fraction: float, dy_fraction: float) -> None:
        (x0, x1), (y0, y1) = self.view.viewRange()
        self.view.translateBy(x=(x1 - x0) * dx_fraction, y=(y1 - y0) * dy_fraction)

    def metres_per_pixel(self) -> float:
        (x0, x1), _ = self.view.viewRange()
        return (x1 - x0) / max(1.0, self.view.width())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Panning and zooming repeat while the key is held, as a map's keys do.
        steps = {
            Qt.Key.Key_Left: (-0.1, 0.0),
            Qt.Key.Key_Right: (0.1, 0.0),
            Qt.Key.Key_Up: (0.0, 0.1),
            Qt.Key.Key_Down: (0.0, -0.1),
        }
        key = Qt.Key(event.key())
        if key in steps:
            self.pan(*steps[key])
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(0.8)
        elif key == Qt.Key.Key_Minus:
            self.zoom(1.25)
        else:
            super().keyPressEvent(event)

    # -- mouse -------------------------------------------------------------------------------

    def _on_range_changed(self, *_: object) -> None:
        self.tracks.place_labels()
        self.place_labels.fit(self.view)
        self.scale_changed.emit(self.metres_per_pixel())

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        point = self.view.mapSceneToView(scene_pos)
        self.cursor_moved.emit(point.x(), point.y())
        QToolTip.showText(
            self.mapToGlobal(self.mapFromScene(scene_pos)),
            self.hover_text(point.x(), point.y()),
            self,
        )

    def _on_mouse_clicked(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        point = self.view.mapSceneToView(event.scenePos())
        self.map_clicked.emit(point.x(), point.y())
        hit = self.tracks.track_at(point.x(), point.y(), CLICK_RADIUS_PX * self.metres_per_pixel())
        self.track_clicked.emit(hit or "")

    def viewportEvent(self, event: QEvent) -> bool:
        # When the mouse rests Qt asks the scene for a tooltip, and the scene answers with the
        # topmost item that has one: a zone's over the track on it (track symbols have none),
        # replacing the track's tooltip shown on the last move. The canvas answers instead, with
        # what it shows on a move.
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            point = self.view.mapSceneToView(self.mapToScene(event.pos()))
            text = self.hover_text(point.x(), point.y())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def hover_text(self, x: float, y: float) -> str:
        """The tooltip at a map point: a track's; else the aerodrome, roads and zones there."""
        over_track = self.track_tooltip_at(x, y)
        if over_track or self.airspace is None:
            return over_track
        visible = {key for key, layer in self.layers.items() if layer.visible}
        radius = CLICK_RADIUS_PX * self.metres_per_pixel()
        features = static_layers.feature_tooltip_at(self.airspace, x, y, radius, visible)
        return "\n\n".join(text for text in (features, self.zones_tooltip_at(x, y)) if text)

    def tooltip_at(self, x: float, y: float) -> str:
        """What lies under a map point: a track first, else the zones it is in."""
        return self.track_tooltip_at(x, y) or self.zones_tooltip_at(x, y)

    def zones_tooltip_at(self, x: float, y: float) -> str:
        """The zones a map point is in, the most specific (smallest) first."""
        if self.airspace is None or not self.layers["airspace"].visible:
            return ""
        under = [z for z in self.airspace.zones if shapely.intersects_xy(z.polygon, x, y)]
        return "\n\n".join(
            static_layers.zone_tooltip(z) for z in sorted(under, key=lambda z: z.polygon.area)
        )

    def track_tooltip_at(self, x: float, y: float) -> str:
        """The tooltip of the track (or, in the truth, the drone) at a map point; "" if none."""
        hit = self.tracks.track_at(x, y, CLICK_RADIUS_PX * self.metres_per_pixel())
        snapshot = self.tracks.last_snapshot
        if not hit or snapshot is None or not self.tracks.visible:
            return ""
        i = snapshot.ids.index(hit)
        zones = snapshot.zones_of(i)
        if is_track(snapshot, i) and snapshot.tracks is not None:
            return track_tooltip(snapshot.tracks, i, self._zone_names(zones))
        return fill(
            tr("{drone}: {height:.0f} m AGL, {speed:.1f} m/s, course {course:03.0f}°\n{zones}"),
            drone=hit,
            height=snapshot.alt[i],
            speed=snapshot.ground_speed[i],
            course=snapshot.course_deg[i],
            zones=", ".join(self._zone_names(zones)) or tr("no zone"),
        )

    def _zone_names(self, zone_ids: tuple[str, ...]) -> list[str]:
        """Zone names, the most specific (smallest) first."""
        zones = [z for z in (self.airspace.zones if self.airspace else ()) if z.id in zone_ids]
        return [z.shown_name() for z in sorted(zones, key=lambda z: z.polygon.area)]

    # -- overlays ----------------------------------------------------------------------------

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        super().drawForeground(painter, rect)
        painter.save()
        painter.resetTransform()
        zoom = self.text_scale
        painter.scale(zoom, zoom)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._draw_scale_bar(painter, self.viewport().height() / zoom)
        self._draw_north_arrow(painter, self.viewport().width() / zoom)
        painter.restore()

    def _draw_scale_bar(self, painter: QPainter, height: float) -> None:
        pixel = self.metres_per_pixel() * self.text_scale  # metres per unit of the painter
        if not math.isfinite(pixel) or pixel <= 0:
            return
        length = next((m for m in NICE_LENGTHS_M if m / pixel >= 80), NICE_LENGTHS_M[-1])
        width = length / pixel
        x0, y0 = 16.0, height - 22.0
        pen = QPen(QColor("#d5dbdb"))
        pen.setWidth(2)
        painter.setPen(pen)
        painter.drawLine(QPointF(x0, y0), QPointF(x0 + width, y0))
        for x in (x0, x0 + width):
            painter.drawLine(QPointF(x, y0 - 5), QPointF(x, y0 + 5))
        font = QFont()
        font.setPointSize(9)
        painter.setFont(font)
        text = f"{length / 1000:g} km" if length >= 1000 else f"{length} m"
        painter.drawText(QPointF(x0, y0 - 8), text)

    def _draw_north_arrow(self, painter: QPainter, width: float) -> None:
        cx, top = width - 30.0, 16.0
        arrow = QPolygonF(
            [
                QPointF(cx, top),
                QPointF(cx + 8, top + 24),
                QPointF(cx, top + 18),
                QPointF(cx - 8, top + 24),
            ]
        )
        path = QPainterPath()
        path.addPolygon(arrow)
        painter.fillPath(path, QColor("#d5dbdb"))
        font = QFont()
        font.setPointSize(9)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#d5dbdb"))
        painter.drawText(QRectF(cx - 20, top + 26, 40, 16), Qt.AlignmentFlag.AlignCenter, "N")
