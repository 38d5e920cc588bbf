"""The formats an airspace file may be in (a module of its own: the command line lists them
without loading the readers)."""

from enum import StrEnum

DEFAULT_RADIUS_KM = 40.0  # the trainer's map reaches 50 km; a margin keeps edges in view


class AirspaceFormat(StrEnum):
    """The formats an airspace file may be in."""

    OPENAIR = "openair"  # WinPilot/XCSoar text: AC, AN, AL, AH, DP, DA, DB, DC, V
    ED269 = "ed269"  # EUROCAE ED-269 UAS geographical zones (JSON, UASZoneList)
    ED318 = "ed318"  # EUROCAE ED-318 UAS geographical zones (GeoJSON with layers)
    GEOJSON = "geojson"  # the trainer's own zone GeoJSON, as in assets/<set>/airspace.geojson
