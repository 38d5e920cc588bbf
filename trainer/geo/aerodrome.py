"""The aerodrome model: reference point, elevation, radio and runways, in RD New metres."""

from __future__ import annotations

import math
from dataclasses import dataclass

from shapely.geometry import LineString, Polygon

Point2 = tuple[float, float]


@dataclass(frozen=True)
class Runway:
    """One runway. Index 0 of every pair belongs to the end of designators[0] ("05" at Twente).

    `ends` are the physical ends of the paved runway; `thresholds` are where landing may begin,
    displaced inward where the published data says so. All points are RD New (x, y) metres.
    """

    designators: tuple[str, str]
    ends: tuple[Point2, Point2]
    thresholds: tuple[Point2, Point2]
    width_m: float
    true_headings_deg: tuple[float, float]

    def centreline(self) -> LineString:
        """The centreline between the two physical ends."""
        return LineString(self.ends)

    def polygon(self) -> Polygon:
        """The paved rectangle: the centreline widened to `width_m`, with square ends."""
        (x0, y0), (x1, y1) = self.ends
        length = self.length_m()
        # Unit normal to the centreline, scaled to half the width.
        nx = -(y1 - y0) / length * self.width_m / 2
        ny = (x1 - x0) / length * self.width_m / 2
        corners = [(x0 + nx, y0 + ny), (x1 + nx, y1 + ny), (x1 - nx, y1 - ny), (x0 - nx, y0 - ny)]
        return Polygon(corners)

    def length_m(self) -> float:
        """Distance between the physical ends in RD metres."""
        (x0, y0), (x1, y1) = self.ends
        return math.hypot(x1 - x0, y1 - y0)

    def threshold_distance_m(self) -> float:
        """Distance between the two (possibly displaced) thresholds in RD metres."""
        (x0, y0), (x1, y1) = self.thresholds
        return math.hypot(x1 - x0, y1 - y0)

    def grid_bearing_deg(self) -> float:
        """Bearing from end 0 to end 1 against RD grid north, 0-360 degrees.

        Differs from the true heading by the meridian convergence of RD New (about 1.2 degrees at
        Twente), so do not compare it with `true_headings_deg` without allowing for that.
        """
        (x0, y0), (x1, y1) = self.ends
        return math.degrees(math.atan2(x1 - x0, y1 - y0)) % 360.0

    def midpoint(self) -> Point2:
        (x0, y0), (x1, y1) = self.ends
        return ((x0 + x1) / 2, (y0 + y1) / 2)


@dataclass(frozen=True)
class Aerodrome:
    """An aerodrome as the trainer needs it: where it is, how high, whom to call, which runways."""

    icao: str
    name: str
    reference_point: Point2  # RD New (x, y) metres
    elevation_m: float  # AMSL
    runways: tuple[Runway, ...]
    radio_name: str
    radio_mhz: float

    def runway(self, designator: str) -> Runway:
        """The runway one of whose designators is `designator` (e.g. "23")."""
        for runway in self.runways:
            if designator in runway.designators:
                return runway
        known = ", ".join("/".join(r.designators) for r in self.runways) or "none"
        raise KeyError(f"{self.icao} has no runway {designator!r} (runways: {known})")
