"""WGS84 (EPSG:4326) <-> Dutch RD New (EPSG:28992) with transformers built once."""

from __future__ import annotations

from functools import cached_property
from typing import overload

import numpy as np
from numpy.typing import ArrayLike, NDArray
from pyproj import Transformer

WGS84 = "EPSG:4326"
RD_NEW = "EPSG:28992"


class Projector:
    """Converts between latitude/longitude and RD New metres (x east, y north).

    Build one per application and pass it around: making a pyproj Transformer costs milliseconds.
    """

    def __init__(self) -> None:
        self._to_rd = Transformer.from_crs(WGS84, RD_NEW, always_xy=True)

    @cached_property
    def _to_wgs84(self) -> Transformer:
        """Made when first asked for (about 20 ms): a simulation only projects into RD."""
        return Transformer.from_crs(RD_NEW, WGS84, always_xy=True)

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
