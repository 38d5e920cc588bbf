"""The map canvas: Twente in RD New metres at equal aspect, layers, scale bar, north arrow."""

from __future__ import annotations

import math

import pyqtgraph as pg
import shapely
from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QKeyEvent, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsSceneMouseEvent, QToolTip

from trainer.geo.airspace import Airspace
from trainer.sim.snapshot import Snapshot
from trainer.ui import style
from trainer.ui.map import static_layers
from trainer.ui.map.layer import Layer
from trainer.ui.map.overlay_layer import OverlayLayer
from trainer.ui.map.track_layer import TrackLayer
from trainer.ui.map.traffic_layer import TrafficLayer

NICE_LENGTHS_M = (50, 100, 200, 500, 1000, 2000, 5000, 10_000, 20_000, 50_000)
CLICK_RADIUS_PX = 12
AERODROME_VIEW_M = 9000.0  # width of "zoom to aerodrome": runway, approaches and rings


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
        self.layers: dict[str, Layer] = {}
        for key, title in (
            ("orientation", "Towns, roads, border"),
            ("airspace", "Airspace"),
            ("aerodrome", "Aerodrome"),
            ("rings", "Range rings"),
        ):
            self.layers[key] = Layer(key, title)
        self.manned = TrafficLayer(self.view)
        self.layers["manned"] = self.manned
        self.tracks = TrackLayer(self.view)
        self.layers["tracks"] = self.tracks
        self.overlay = OverlayLayer(self.view)
        self.layers["overlay"] = self.overlay
        self.airspace: Airspace | None = None
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
        static_layers.build_orientation(self.layers["orientation"], self.view, airspace)
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
        self.scale_changed.emit(self.metres_per_pixel())

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        point = self.view.mapSceneToView(scene_pos)
        self.cursor_moved.emit(point.x(), point.y())
        QToolTip.showText(
            self.mapToGlobal(self.mapFromScene(scene_pos)),
            self.tooltip_at(point.x(), point.y()),
            self,
        )

    def _on_mouse_clicked(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        point = self.view.mapSceneToView(event.scenePos())
        self.map_clicked.emit(point.x(), point.y())
        hit = self.tracks.track_at(point.x(), point.y(), CLICK_RADIUS_PX * self.metres_per_pixel())
        self.track_clicked.emit(hit or "")

    def tooltip_at(self, x: float, y: float) -> str:
        """What lies under a map point: a track first, else the zones it is in."""
        hit = self.tracks.track_at(x, y, CLICK_RADIUS_PX * self.metres_per_pixel())
        snapshot = self.tracks.last_snapshot
        if hit and snapshot is not None:
            i = snapshot.ids.index(hit)
            zones = ", ".join(snapshot.zones_of(i)) or "no zone"
            return (
                f"{hit}: {snapshot.alt[i]:.0f} m AGL, {snapshot.ground_speed[i]:.1f} m/s, "
                f"course {snapshot.course_deg[i]:03.0f}\u00b0\n{zones}"
            )
        if self.airspace is None or not self.layers["airspace"].visible:
            return ""
        under = [z for z in self.airspace.zones if shapely.intersects_xy(z.polygon, x, y)]
        return "\n\n".join(
            static_layers.zone_tooltip(z) for z in sorted(under, key=lambda z: z.polygon.area)
        )

    # -- overlays ----------------------------------------------------------------------------

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        super().drawForeground(painter, rect)
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._draw_scale_bar(painter)
        self._draw_north_arrow(painter)
        painter.restore()

    def _draw_scale_bar(self, painter: QPainter) -> None:
        pixel = self.metres_per_pixel()
        if not math.isfinite(pixel) or pixel <= 0:
            return
        length = next((m for m in NICE_LENGTHS_M if m / pixel >= 80), NICE_LENGTHS_M[-1])
        width = length / pixel
        x0, y0 = 16.0, self.viewport().height() - 22.0
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

    def _draw_north_arrow(self, painter: QPainter) -> None:
        cx, top = self.viewport().width() - 30.0, 16.0
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
