"""A recorded flight put into the trainer's map: cut at a start, moved, turned, in RD metres.

Moving keeps the flight's shape: every position keeps its distance and true bearing from the
replay's first position (an azimuthal equidistant projection about it), which is then put on
the new spot; turning turns those bearings. Distances and bearings from the first position are
exact on the ellipsoid; between other positions they are within centimetres for a drone flight.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray
from pyproj import Transformer

from trainer.flightlogs.flight_log import FlightLog
from trainer.geo.crs import WGS84, Projector
from trainer.i18n import message

FloatArray = NDArray[np.float64]


class PlacementError(ValueError):
    """The replay cannot be cut or placed as asked (e.g. it starts after the log ends)."""


@dataclass(frozen=True)
class PlacedTrack:
    """A flight ready to fly: `time_s` from 0 (the drone's launch), RD New metres, m AGL >= 0."""

    time_s: FloatArray
    x: FloatArray
    y: FloatArray
    alt: FloatArray

    @property
    def duration_s(self) -> float:
        return float(self.time_s[-1])

    def at(self, time_s: float) -> tuple[float, float, float]:
        """Position at a time, linear between fixes, held at the ends."""
        return self.state_at(time_s)[:3]

    def velocity_at(self, time_s: float) -> tuple[float, float, float]:
        """Ground velocity (m/s east, north, up) of the leg flown at a time; zero after the end."""
        return self.state_at(time_s)[3:]

    def state_at(self, time_s: float) -> tuple[float, float, float, float, float, float]:
        """Position (x, y, alt) and velocity (east, north, up) at a time, from one look-up."""
        t = self.time_s
        if time_s <= t[0] or time_s >= t[-1]:
            end = 0 if time_s <= t[0] else -1
            moving = 0.0 <= time_s < t[-1]  # at the very start the first leg is flown
            velocity = self._leg_velocity(0) if moving else (0.0, 0.0, 0.0)
            return (float(self.x[end]), float(self.y[end]), float(self.alt[end]), *velocity)
        leg = int(np.searchsorted(t, time_s, side="right")) - 1
        share = (time_s - t[leg]) / (t[leg + 1] - t[leg])
        return (
            float(self.x[leg] + (self.x[leg + 1] - self.x[leg]) * share),
            float(self.y[leg] + (self.y[leg + 1] - self.y[leg]) * share),
            float(self.alt[leg] + (self.alt[leg + 1] - self.alt[leg]) * share),
            *self._leg_velocity(leg),
        )

    def _leg_velocity(self, leg: int) -> tuple[float, float, float]:
        dt = self.time_s[leg + 1] - self.time_s[leg]
        return (
            float((self.x[leg + 1] - self.x[leg]) / dt),
            float((self.y[leg + 1] - self.y[leg]) / dt),
            float((self.alt[leg + 1] - self.alt[leg]) / dt),
        )

    def max_speed_mps(self) -> float:
        dt = np.diff(self.time_s)
        return float(np.max(np.hypot(np.diff(self.x), np.diff(self.y)) / dt, initial=0.0))

    def max_climb_mps(self) -> float:
        return float(np.max(np.abs(np.diff(self.alt)) / np.diff(self.time_s), initial=0.0))


@dataclass(frozen=True)
class Placement:
    """How to put a recording on the map: where to start in it, where to move it, how to turn."""

    start_s: float = 0.0  # seconds into the recording (from its first position)
    to_lat: float | None = None  # the replay's first position goes here; None: stays put
    to_lon: float | None = None
    rotate_deg: float = 0.0  # clockwise, about the replay's first position


def cut(flight: FlightLog, start_s: float) -> tuple[FloatArray, FloatArray, FloatArray, FloatArray]:
    """Times (from 0), latitudes, longitudes and heights from `start_s` into the recording on,
    with a position interpolated at `start_s` itself."""
    if not 0.0 <= start_s < flight.duration_s:
        raise PlacementError(
            message("log.start_outside", start=f"{start_s:g}", length=f"{flight.duration_s:.1f}")
        )
    t = flight.time_s
    later = t > start_s
    times = np.concatenate([[start_s], t[later]]) - start_s
    lat = np.concatenate([[np.interp(start_s, t, flight.lat)], flight.lat[later]])
    lon = np.concatenate([[np.interp(start_s, t, flight.lon)], flight.lon[later]])
    height = np.concatenate([[np.interp(start_s, t, flight.height_m)], flight.height_m[later]])
    return times, lat, lon, height


def moved(lat: FloatArray, lon: FloatArray, placement: Placement) -> tuple[FloatArray, FloatArray]:
    """Latitudes and longitudes shifted and turned as the placement says (first point = anchor)."""
    shifted = placement.to_lat is not None and placement.to_lon is not None
    if not shifted and placement.rotate_deg % 360.0 == 0.0:
        return lat, lon
    east, north = _local_frame(float(lat[0]), float(lon[0])).transform(lon, lat)
    angle = math.radians(placement.rotate_deg)
    turned_east = east * math.cos(angle) + north * math.sin(angle)
    turned_north = -east * math.sin(angle) + north * math.cos(angle)
    to_lat = placement.to_lat if placement.to_lat is not None else float(lat[0])
    to_lon = placement.to_lon if placement.to_lon is not None else float(lon[0])
    new_lon, new_lat = _local_frame(to_lat, to_lon).transform(
        turned_east, turned_north, direction="INVERSE"
    )
    return np.asarray(new_lat, dtype=np.float64), np.asarray(new_lon, dtype=np.float64)


def place(flight: FlightLog, placement: Placement, projector: Projector) -> PlacedTrack:
    """The recording cut, moved and turned, in RD New metres; heights below ground become 0."""
    times, lat, lon, height = cut(flight, placement.start_s)
    new_lat, new_lon = moved(lat, lon, placement)
    x, y = projector.to_rd(new_lat, new_lon)
    x, y = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
    if not (np.all(np.isfinite(x)) and np.all(np.isfinite(y))):
        raise PlacementError(message("log.off_grid"))
    return PlacedTrack(times, x, y, np.maximum(height, 0.0))


def _local_frame(lat: float, lon: float) -> Transformer:
    """WGS84 <-> metres east and north of a point (azimuthal equidistant about it)."""
    frame = f"+proj=aeqd +lat_0={lat!r} +lon_0={lon!r} +datum=WGS84 +units=m +no_defs"
    return Transformer.from_crs(WGS84, frame, always_xy=True)
