"""Putting a recorded flight on the map: cutting at start_s, moving (shift) and turning (rotate)
keep the flight's shape, checked with geodesics independent of the code's own projection."""

from __future__ import annotations

import numpy as np
import pytest
from pyproj import Geod

from trainer.flightlogs.flight_log import checked_flight
from trainer.flightlogs.placement import Placement, PlacementError, cut, moved, place
from trainer.geo.crs import Projector

GEOD = Geod(ellps="WGS84")
TO = (52.2913, 6.8807)  # near the drone test area at Twente


def _flight(lat0: float = 63.417, lon0: float = 10.408) -> object:
    """A 2 km zig-zag recorded in Norway, fixes at uneven times."""
    times = np.cumsum([0.0, 0.9, 1.3, 2.0, 0.7, 5.0, 3.3])
    east = np.array([0.0, 5.0, 20.0, 150.0, 400.0, 900.0, 1500.0])
    north = np.array([0.0, 2.0, -30.0, 300.0, 250.0, 1200.0, 800.0])
    azimuth = np.degrees(np.arctan2(east, north))
    lon, lat, _ = GEOD.fwd(
        np.full(east.size, lon0), np.full(east.size, lat0), azimuth, np.hypot(east, north)
    )
    heights = [0.0, 3.0, 10.0, 40.0, 60.0, 55.0, -2.0]
    return checked_flight("zigzag.csv", "csv", times, lat, lon, heights, [""] * times.size)


def _from_first(lat: np.ndarray, lon: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Bearing (degrees) and distance (m) of every point from the first, on the ellipsoid."""
    azimuth, _, distance = GEOD.inv(np.full(lat.size, lon[0]), np.full(lat.size, lat[0]), lon, lat)
    return np.asarray(azimuth), np.asarray(distance)


def test_shift_keeps_distances_and_bearings_from_the_first_position() -> None:
    flight = _flight()
    lat, lon = moved(flight.lat, flight.lon, Placement(to_lat=TO[0], to_lon=TO[1]))
    assert (lat[0], lon[0]) == pytest.approx(TO, abs=1e-9)
    bearing_before, distance_before = _from_first(flight.lat, flight.lon)
    bearing_after, distance_after = _from_first(lat, lon)
    assert distance_after == pytest.approx(distance_before, abs=0.01)
    assert bearing_after[1:] == pytest.approx(bearing_before[1:], abs=1e-6)


@pytest.mark.parametrize("turn", [90.0, -45.0, 200.0])
def test_rotate_turns_every_bearing_clockwise(turn: float) -> None:
    flight = _flight()
    lat, lon = moved(flight.lat, flight.lon, Placement(to_lat=TO[0], to_lon=TO[1], rotate_deg=turn))
    bearing_before, distance_before = _from_first(flight.lat, flight.lon)
    bearing_after, distance_after = _from_first(lat, lon)
    assert distance_after == pytest.approx(distance_before, abs=0.01)
    turned = np.mod(bearing_after[1:] - bearing_before[1:], 360.0)
    assert turned == pytest.approx(np.full(turned.size, turn % 360.0), abs=1e-6)


def test_rotate_without_shift_turns_about_the_first_position() -> None:
    flight = _flight(*TO)
    lat, lon = moved(flight.lat, flight.lon, Placement(rotate_deg=90.0))
    assert (lat[0], lon[0]) == pytest.approx(TO, abs=1e-9)
    north_of_start = _from_first(lat, lon)[0][3]  # was 150 m east, 300 m north
    assert north_of_start == pytest.approx(np.degrees(np.arctan2(150.0, 300.0)) + 90.0, abs=1e-6)


def test_unmoved_flight_is_projected_as_recorded() -> None:
    projector = Projector()
    flight = _flight(*TO)
    track = place(flight, Placement(), projector)
    x, y = projector.to_rd(flight.lat, flight.lon)
    assert track.x == pytest.approx(x, abs=1e-6)
    assert track.y == pytest.approx(y, abs=1e-6)
    assert track.alt.tolist() == [0.0, 3.0, 10.0, 40.0, 60.0, 55.0, 0.0]  # none below ground
    assert track.time_s.tolist() == pytest.approx(flight.time_s.tolist())


def test_cut_starts_between_fixes_with_an_interpolated_position() -> None:
    flight = _flight(*TO)
    times, lat, _lon, height = cut(flight, 3.0)  # between the fixes at 2.2 s and 4.2 s
    assert times[0] == 0.0
    assert times[1] == pytest.approx(4.2 - 3.0)
    assert height[0] == pytest.approx(10.0 + (40.0 - 10.0) * 0.8 / 2.0)
    assert lat[1] == flight.lat[3]
    assert times.size == 1 + 4  # the interpolated start and the four fixes after 3.0 s
    with pytest.raises(PlacementError, match=r"start_s 20 s is not within the recording \(0 to"):
        cut(flight, 20.0)


def test_track_position_and_velocity_between_fixes() -> None:
    track = place(_flight(*TO), Placement(), Projector())
    x, _y, alt = track.at(1.0)  # 0.1 s into the leg from 0.9 s to 2.2 s
    share = 0.1 / 1.3
    assert x == pytest.approx(track.x[1] + (track.x[2] - track.x[1]) * share)
    assert alt == pytest.approx(3.0 + 7.0 * share)
    vx, _vy, vz = track.velocity_at(1.0)
    assert vx == pytest.approx((track.x[2] - track.x[1]) / 1.3)
    assert vz == pytest.approx(7.0 / 1.3)
    assert track.velocity_at(track.duration_s) == (0.0, 0.0, 0.0)
    assert track.at(track.duration_s + 50.0) == track.at(track.duration_s)
