"""WGS84 (EPSG:4326) <-> Dutch RD New (EPSG:28992) with transformers built once."""

from __future__ import annotations

from typing import overload

import numpy as np
import shapely
from numpy.typing import ArrayLike, NDArray
from pyproj import Geod, Transformer
from shapely.geometry.base import BaseGeometry

WGS84 = "EPSG:4326"
RD_NEW = "EPSG:28992"

# PROJ's pipelines between the two through EPSG:4833 "Amersfoort to WGS 84 (4)" (a Helmert
# transformation, about 1 m) and EPSG:19914 "RD New", as printed by pyproj 3.7 / PROJ 9
# (Transformer.definition). Transformer.from_crs picks exactly these when the RDNAPTRANS
# grids are not installed, but takes ~25 ms to search PROJ's database on every start; pinned,
# a PC that has the grids simulates exactly as every other PC. tests/unit/test_geo_crs.py checks
# them bit for bit against PROJ's own choice of EPSG:4833.
TO_RD_PIPELINE = (
    "proj=pipeline step proj=unitconvert xy_in=deg xy_out=rad step proj=push v_3 "
    "step proj=cart ellps=WGS84 step inv proj=helmert x=565.4171 y=50.3319 z=465.5524 "
    "rx=0.398957388243134 ry=-0.343987817378283 rz=1.87740163998045 s=4.0725 "
    "convention=coordinate_frame step inv proj=cart ellps=bessel step proj=pop v_3 "
    "step proj=sterea lat_0=52.1561605555556 lon_0=5.38763888888889 k=0.9999079 "
    "x_0=155000 y_0=463000 ellps=bessel"
)
TO_WGS84_PIPELINE = (
    "proj=pipeline step inv proj=sterea lat_0=52.1561605555556 lon_0=5.38763888888889 "
    "k=0.9999079 x_0=155000 y_0=463000 ellps=bessel step proj=push v_3 "
    "step proj=cart ellps=bessel step proj=helmert x=565.4171 y=50.3319 z=465.5524 "
    "rx=0.398957388243134 ry=-0.343987817378283 rz=1.87740163998045 s=4.0725 "
    "convention=coordinate_frame step inv proj=cart ellps=WGS84 step proj=pop v_3 "
    "step proj=unitconvert xy_in=rad xy_out=deg"
)


class Projector:
    """Converts between latitude/longitude and RD New metres (x east, y north)."""

    def __init__(self) -> None:
        self._to_rd = Transformer.from_pipeline(TO_RD_PIPELINE)
        self._to_wgs84 = Transformer.from_pipeline(TO_WGS84_PIPELINE)

    @overload
    def to_rd(self, lat: float, lon: float) -> tuple[float, float]: ...
    @overload
    def to_rd(
        self, lat: ArrayLike, lon: ArrayLike
    ) -> tuple[NDArray[np.float64], NDArray[np.float64]]: ...
    def to_rd(self, lat, lon):  # type: ignore[no-untyped-def]
        """Latitude and longitude in degrees -> RD x and y in metres."""
        x, y = self._to_rd.transform(lon, lat)
        return x, y

    @overload
    def to_wgs84(self, x: float, y: float) -> tuple[float, float]: ...
    @overload
    def to_wgs84(
        self, x: ArrayLike, y: ArrayLike
    ) -> tuple[NDArray[np.float64], NDArray[np.float64]]: ...
    def to_wgs84(self, x, y):  # type: ignore[no-untyped-def]
        """RD x and y in metres -> latitude and longitude in degrees."""
        lon, lat = self._to_wgs84.transform(x, y)
        return lat, lon


_GEOD = Geod(ellps="WGS84")


def ellipsoid_area_km2(shape: BaseGeometry, projector: Projector) -> float:
    """The area of a shape in RD New metres, on the WGS84 ellipsoid: right anywhere, also far
    from RD New's centre, where its metres stretch."""

    def to_lonlat(xy: np.ndarray) -> np.ndarray:
        lat, lon = projector.to_wgs84(xy[:, 0], xy[:, 1])
        return np.column_stack([lon, lat])

    lonlat = shapely.transform(shapely.force_2d(shape), to_lonlat)
    area, _ = _GEOD.geometry_area_perimeter(lonlat)
    return abs(area) / 1e6
