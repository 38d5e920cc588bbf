"""Colours, pens and symbols of the operator picture, chosen for a dark, calm console."""

from __future__ import annotations

from PySide6.QtGui import QColor

from trainer.geo.zones import ZoneKind
from trainer.scenario.model import DroneType
from trainer.ui.translation import QT_TR_NOOP

BACKGROUND = QColor("#17202a")
LAND_TEXT = QColor("#aab7c4")
GRID_TEXT = QColor("#7f8c99")
RING = QColor(150, 165, 180, 110)
RUNWAY = QColor("#e5e8e8")
ROAD = QColor("#8a6d3b")
BORDER = QColor("#b08fd0")
SELECTION = QColor("#ffffff")

# Zone colours by kind: outline (and a faint fill of the same hue). Prohibited = red family,
# permission needed = orange, protection boxes = magenta, the airspace structure = blue.
ZONE_COLOURS: dict[ZoneKind, QColor] = {
    ZoneKind.ATZ: QColor("#5dade2"),
    ZoneKind.RMZ: QColor("#2e86c1"),
    ZoneKind.CTR: QColor("#3498db"),
    ZoneKind.UAS_PROHIBITED: QColor("#e74c3c"),
    ZoneKind.UAS_AUTHORISATION: QColor("#f39c12"),
    ZoneKind.UAS_CONDITIONAL: QColor("#f7dc6f"),
    ZoneKind.APPROACH_PROTECTION: QColor("#d35ea8"),
    ZoneKind.TEST_AREA: QColor("#52be80"),
    ZoneKind.SENSITIVE_SITE: QColor("#eb984e"),
    ZoneKind.EVENT_AREA: QColor("#f1c40f"),
    ZoneKind.PROHIBITED: QColor("#ff4d4d"),
    ZoneKind.RESTRICTED: QColor("#c0392b"),
    ZoneKind.DANGER: QColor("#e67e22"),
    ZoneKind.TMZ: QColor("#7fb3d5"),
    ZoneKind.CONTROLLED: QColor("#5d6d7e"),
}
ZONE_LABELS: dict[ZoneKind, str] = {
    ZoneKind.ATZ: "ATZ",
    ZoneKind.RMZ: "RMZ",
    ZoneKind.CTR: "CTR",
    ZoneKind.UAS_PROHIBITED: QT_TR_NOOP("UAS zone, prohibited"),
    ZoneKind.UAS_AUTHORISATION: QT_TR_NOOP("UAS zone, permission needed"),
    ZoneKind.UAS_CONDITIONAL: QT_TR_NOOP("UAS zone, conditions"),
    ZoneKind.APPROACH_PROTECTION: QT_TR_NOOP("Approach protection"),
    ZoneKind.TEST_AREA: QT_TR_NOOP("Drone test area"),
    ZoneKind.SENSITIVE_SITE: QT_TR_NOOP("Sensitive site"),
    ZoneKind.EVENT_AREA: QT_TR_NOOP("Event area"),
    ZoneKind.PROHIBITED: QT_TR_NOOP("Prohibited area"),
    ZoneKind.RESTRICTED: QT_TR_NOOP("Restricted area"),
    ZoneKind.DANGER: QT_TR_NOOP("Danger area"),
    ZoneKind.TMZ: "TMZ",
    ZoneKind.CONTROLLED: QT_TR_NOOP("Controlled airspace (TMA, CTA)"),
}
# Big structural zones get almost no fill, so the picture inside them stays readable.
ZONE_FILL_ALPHA: dict[ZoneKind, int] = {
    ZoneKind.ATZ: 0,
    ZoneKind.RMZ: 0,
    ZoneKind.CTR: 0,
    ZoneKind.UAS_AUTHORISATION: 0,
    ZoneKind.TMZ: 0,
    ZoneKind.CONTROLLED: 0,
    ZoneKind.RESTRICTED: 20,  # large areas (tens of km): a faint hatch-like tint, not a wash
    ZoneKind.DANGER: 20,
}
DEFAULT_FILL_ALPHA = 40

# Track symbols by airframe (pyqtgraph symbol names).
TRACK_SYMBOLS: dict[DroneType, str] = {
    DroneType.MULTIROTOR: "o",
    DroneType.FIXED_WING: "t1",
    DroneType.VTOL: "d",
}
UNKNOWN_AIRFRAME_SYMBOL = "s"  # a sensor track: the airframe is not known


def track_symbol(type_code: int) -> str:
    """Symbol by airframe code (DroneType order); a code past them is a sensor track."""
    types = list(DroneType)
    return TRACK_SYMBOLS[types[type_code]] if type_code < len(types) else UNKNOWN_AIRFRAME_SYMBOL


TRACK_SYMBOL_NAMES: dict[DroneType, str] = {
    DroneType.MULTIROTOR: QT_TR_NOOP("multirotor"),
    DroneType.FIXED_WING: QT_TR_NOOP("fixed-wing"),
    DroneType.VTOL: "VTOL",
}

# Track colours by identification state.
IDENTITY_COLOURS: dict[str, QColor] = {
    "unknown": QColor("#f5b041"),
    "cooperative": QColor("#48c9b0"),  # broadcasts Remote ID, not yet identified by the trainee
    "authorised": QColor("#58d68d"),
    "unauthorised": QColor("#ec7063"),
    "on_ground": QColor("#808b96"),
}
IDENTITY_LABELS: dict[str, str] = {
    "unknown": QT_TR_NOOP("Unknown"),
    "cooperative": QT_TR_NOOP("Remote ID broadcast"),
    "authorised": QT_TR_NOOP("Authorised"),
    "unauthorised": QT_TR_NOOP("Unauthorised"),
    "on_ground": QT_TR_NOOP("On the ground"),
}
