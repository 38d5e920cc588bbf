"""The legend: what each colour, line and symbol on the map means."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from trainer.geo.airspace import Airspace
from trainer.scenario.model import DroneType
from trainer.ui import style
from trainer.ui.translation import tr

SWATCH = 18


def _pixmap() -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(SWATCH, SWATCH)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


def zone_swatch(colour: QColor, dashed: bool, fill_alpha: int) -> QPixmap:
    pixmap, painter = _pixmap()
    pen = QPen(colour, 2, Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine)
    painter.setPen(pen)
    fill = QColor(colour)
    fill.setAlpha(max(fill_alpha, 0))
    painter.setBrush(fill)
    painter.drawRect(QRectF(2, 2, SWATCH - 4, SWATCH - 4))
    painter.end()
    return pixmap


def symbol_swatch(drone_type: DroneType | None, colour: QColor) -> QPixmap:
    pixmap, painter = _pixmap()
    painter.setPen(QPen(QColor(10, 15, 20), 1))
    painter.setBrush(colour)
    c = SWATCH / 2
    if drone_type is DroneType.FIXED_WING:
        painter.drawPolygon(
            QPolygonF([QPointF(c, 3), QPointF(SWATCH - 3, SWATCH - 4), QPointF(3, SWATCH - 4)])
        )
    elif drone_type is DroneType.VTOL:
        painter.drawPolygon(
            QPolygonF(
                [QPointF(c, 2), QPointF(SWATCH - 2, c), QPointF(c, SWATCH - 2), QPointF(2, c)]
            )
        )
    else:
        painter.drawEllipse(QPointF(c, c), 5.5, 5.5)
    painter.end()
    return pixmap


def line_swatch(colour: QColor, width: float, dashed: bool = False) -> QPixmap:
    pixmap, painter = _pixmap()
    painter.setPen(QPen(colour, width, Qt.PenStyle.DashLine if dashed else Qt.PenStyle.SolidLine))
    painter.drawLine(QPointF(1, SWATCH / 2), QPointF(SWATCH - 1, SWATCH / 2))
    painter.end()
    return pixmap


class LegendPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 8, 8, 8)
        self._layout.addStretch(1)
        self._container: QWidget | None = None
        self._form = QFormLayout()
        self.entries: list[str] = []

    def set_airspace(self, airspace: Airspace) -> None:
        """Show the zone kinds of this airspace, then the fixed map and track symbols."""
        if self._container is not None:
            self._layout.removeWidget(self._container)
            self._container.deleteLater()
        self._container = QWidget(self)
        self._form = QFormLayout(self._container)
        self._form.setContentsMargins(0, 0, 0, 0)
        self._form.setVerticalSpacing(3)
        self.entries = []
        self._heading(tr("Airspace"))
        order = list(style.ZONE_COLOURS)
        kinds = sorted(
            {(z.kind, z.official) for z in airspace.zones},
            key=lambda k: (order.index(k[0]), not k[1]),
        )
        for kind, official in kinds:
            suffix = "" if official else " *"
            alpha = style.ZONE_FILL_ALPHA.get(kind, style.DEFAULT_FILL_ALPHA)
            self._row(
                zone_swatch(style.ZONE_COLOURS[kind], not official, alpha),
                tr(style.ZONE_LABELS[kind]) + suffix,
            )
        if any(not official for _, official in kinds):
            note = QLabel(tr("* dashed: training construct, not published airspace"))
            note.setWordWrap(True)
            self._form.addRow(note)
        self._heading(tr("Aerodrome and map"))
        self._row(line_swatch(style.RUNWAY, 5), tr("Runway, thresholds (yellow)"))
        self._row(line_swatch(style.RING, 1.5, dashed=True), tr("Range rings 1, 2, 5 km"))
        self._row(line_swatch(style.ROAD, 2), tr("Motorway (approximate)"))
        self._row(line_swatch(style.BORDER, 1.5, dashed=True), tr("German border (approximate)"))
        self._heading(tr("Tracks"))
        for drone_type in DroneType:
            self._row(
                symbol_swatch(drone_type, QColor("#d5dbdb")),
                tr(style.TRACK_SYMBOL_NAMES[drone_type]),
            )
        for state, colour in style.IDENTITY_COLOURS.items():
            self._row(symbol_swatch(None, colour), tr(style.IDENTITY_LABELS[state]))
        self._row(line_swatch(QColor(230, 235, 240), 1), tr("Ground track in the next 30 s"))
        self._layout.insertWidget(0, self._container)

    def _heading(self, text: str) -> None:
        self._form.addRow(QLabel(f"<b>{text}</b>"))

    def _row(self, pixmap: QPixmap, text: str) -> None:
        swatch = QLabel()
        swatch.setPixmap(pixmap)
        self._form.addRow(swatch, QLabel(text))
        self.entries.append(text)
