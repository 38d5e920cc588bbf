"""WGS84 <-> RD New conversion at Twente: the published ARP lands where the brief says."""

from __future__ import annotations

import numpy as np
import pytest
from pyproj import Transformer
from pyproj.transformer import TransformerGroup

from trainer.geo.crs import Projector

# eAIP Netherlands AD 2 EHTW: ARP 52°16'33"N 006°53'21"E; the brief gives RD X 257 502, Y 477 487.
ARP_LAT = 52 + 16 / 60 + 33 / 3600
ARP_LON = 6 + 53 / 60 + 21 / 3600


@pytest.fixture(scope="module")
def projector() -> Projector:
    return Projector()


def test_arp_converts_to_the_published_rd_position(projector: Projector) -> None:
    x, y = projector.to_rd(ARP_LAT, ARP_LON)
    assert x == pytest.approx(257_502, abs=2)
    assert y == pytest.approx(477_487, abs=2)


def test_round_trip_returns_the_same_point(projector: Projector) -> None:
    # The inverse projection is iterative, so allow 1e-7 degrees (about a centimetre).
    x, y = projector.to_rd(ARP_LAT, ARP_LON)
    lat, lon = projector.to_wgs84(x, y)
    assert lat == pytest.approx(ARP_LAT, abs=1e-7)
    assert lon == pytest.approx(ARP_LON, abs=1e-7)
    assert projector.to_rd(lat, lon) == pytest.approx((x, y), abs=0.01)


def test_arrays_convert_element_by_element(projector: Projector) -> None:
    lats = np.array([52.2682, ARP_LAT, 52.2835])
    lons = np.array([6.8712, ARP_LON, 6.9071])
    xs, ys = projector.to_rd(lats, lons)
    back_lat, back_lon = projector.to_wgs84(xs, ys)
    assert np.allclose(back_lat, lats, atol=1e-7)
    assert np.allclose(back_lon, lons, atol=1e-7)
    single = projector.to_rd(float(lats[1]), float(lons[1]))
    assert (xs[1], ys[1]) == pytest.approx(single)


def test_rd_axes_point_east_and_north(projector: Projector) -> None:
    x0, y0 = projector.to_rd(ARP_LAT, ARP_LON)
    x_east, y_east = projector.to_rd(ARP_LAT, ARP_LON + 0.01)
    x_north, y_north = projector.to_rd(ARP_LAT + 0.01, ARP_LON)
    assert x_east - x0 > 600 and abs(y_east - y0) < 30
    assert y_north - y0 > 1000 and abs(x_north - x0) < 30


def _epsg_4833(source: str, target: str) -> Transformer:
    """PROJ's own transformer through "Amersfoort to WGS 84 (4)", whatever grids are installed."""
    group = TransformerGroup(source, target, always_xy=True)
    (chosen,) = [t for t in group.transformers if "Amersfoort to WGS 84 (4)" in t.description]
    return chosen


def test_the_pinned_pipelines_are_proj_s_own_bit_for_bit() -> None:
    projector = Projector()
    # The east of the Netherlands and over the German border, well past any scenario's reach.
    lon, lat = np.meshgrid(np.linspace(5.0, 8.5, 120), np.linspace(51.3, 53.3, 120))
    theirs = _epsg_4833("EPSG:4326", "EPSG:28992").transform(lon.ravel(), lat.ravel())
    x, y = projector.to_rd(lat.ravel(), lon.ravel())
    assert np.array_equal(x, theirs[0]) and np.array_equal(y, theirs[1])

    lon_back, lat_back = _epsg_4833("EPSG:28992", "EPSG:4326").transform(x, y)
    ours_lat, ours_lon = projector.to_wgs84(x, y)
    assert np.array_equal(ours_lat, lat_back) and np.array_equal(ours_lon, lon_back)
