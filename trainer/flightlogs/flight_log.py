"""A recorded flight as read from a file: times, positions and heights, checked once."""

from __future__ import annotations

import contextlib
import io
import math
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from trainer.errors import TrainerError
from trainer.i18n import decimals, message
from trainer.i18n.os_words import os_reason

FloatArray = NDArray[np.float64]

MAX_LOG_BYTES = 512_000_000  # a long ArduPilot .bin runs to a few hundred MB; more is no flight log
MAX_ABS_HEIGHT_M = 20_000.0  # above any drone's reach: such a height is a unit or field mix-up
# A jump of over a kilometre faster than 250 m/s (900 km/h, beyond any drone) between two fixes is
# a receiver's glitch (one without a fix often logs 0, 0), not flight; shorter jumps at such
# speeds are the noise of fixes milliseconds apart and harmless.
MAX_SPEED_MPS = 250.0
MIN_JUMP_M = 1_000.0
EARTH_RADIUS_M = 6_371_000.0  # mean radius: enough to tell a glitch from flight


class FlightLogError(TrainerError):
    """A flight log that cannot be used: the file, where in it (line, record), what is wrong."""

    def __init__(self, path: str | Path, where: str, message: str) -> None:
        self.path = str(path)
        self.where = where
        self.message = message
        super().__init__(f"{path}: {where}: {message}" if where else f"{path}: {message}")


@dataclass(frozen=True)
class FlightLog:
    """Positions of one recorded flight, oldest first.

    `time_s` counts from the first position (0.0) and strictly increases; `height_m` is metres
    above the first position (the take-off point) unless the format gives heights above ground
    itself (CSV's `height` column), and may dip below zero where the sensor drifted.
    """

    path: str
    format: str
    time_s: FloatArray
    lat: FloatArray
    lon: FloatArray
    height_m: FloatArray
    airframe: str | None = None  # multirotor | fixed-wing | vtol, when the log says so

    @property
    def count(self) -> int:
        return int(self.time_s.size)

    @property
    def duration_s(self) -> float:
        return float(self.time_s[-1])


def checked_flight(
    path: str | Path,
    log_format: str,
    time_s: Sequence[float] | FloatArray,
    lat: Sequence[float] | FloatArray,
    lon: Sequence[float] | FloatArray,
    height_m: Sequence[float] | FloatArray,
    where: Sequence[str],
    airframe: str | None = None,
) -> FlightLog:
    """Check the positions a reader found and make a FlightLog of them.

    `where` names each position's place in the file (e.g. 'line 12', 'GPS record 40') for the
    messages. Repeated times keep their first position (logs often write a fix twice).
    """
    times = np.asarray(time_s, dtype=np.float64)
    lats = np.asarray(lat, dtype=np.float64)
    lons = np.asarray(lon, dtype=np.float64)
    heights = np.asarray(height_m, dtype=np.float64)
    if times.size == 0:
        raise FlightLogError(path, "", message("log.no_positions"))
    for index in range(times.size):
        problem = _fix_problem(float(times[index]), float(lats[index]), float(lons[index]))
        if problem is None and not (
            math.isfinite(heights[index]) and abs(heights[index]) <= MAX_ABS_HEIGHT_M
        ):
            problem = f"height {heights[index]:g} m is not a height a drone flies at"
        if problem is not None:
            raise FlightLogError(path, where[index], problem)
    steps = np.diff(times)
    backwards = np.flatnonzero(steps < 0)
    if backwards.size:
        at = int(backwards[0]) + 1
        raise FlightLogError(
            path,
            where[at],
            message("log.time_backwards", now=f"{times[at]:.3f}", before=f"{times[at - 1]:.3f}"),
        )
    keep = np.concatenate([[True], steps > 0])
    times, lats, lons, heights = times[keep], lats[keep], lons[keep], heights[keep]
    if times.size < 2:
        raise FlightLogError(path, "", message("log.one_position"))
    kept_where = [place for place, kept in zip(where, keep, strict=True) if kept]
    _check_jumps(path, times, lats, lons, kept_where, editable=log_format in ("csv", "gpx"))
    return FlightLog(str(path), log_format, times - times[0], lats, lons, heights, airframe)


def _check_jumps(
    path: str | Path,
    times: FloatArray,
    lats: FloatArray,
    lons: FloatArray,
    where: list[str],
    editable: bool,
) -> None:
    """FlightLogError at the first position that jumps further and faster than flight can."""
    lat, lon = np.radians(lats), np.radians(lons)
    half_chord = (
        np.sin(np.diff(lat) / 2) ** 2
        + np.cos(lat[:-1]) * np.cos(lat[1:]) * np.sin(np.diff(lon) / 2) ** 2
    )
    metres = 2 * EARTH_RADIUS_M * np.arcsin(np.sqrt(np.clip(half_chord, 0.0, 1.0)))
    seconds = np.diff(times)
    jumps = np.flatnonzero((metres > MIN_JUMP_M) & (metres > MAX_SPEED_MPS * seconds))
    if jumps.size:
        at = int(jumps[0])
        raise FlightLogError(
            path,
            where[at + 1],
            message(
                "log.gps_jump_editable" if editable else "log.gps_jump",
                km=decimals(f"{metres[at] / 1000:.1f}"),
                seconds=decimals(f"{seconds[at]:g}"),
                speed=decimals(f"{metres[at] / seconds[at]:.0f}"),
            ),
        )


def _fix_problem(time_s: float, lat: float, lon: float) -> str | None:
    if not math.isfinite(time_s):
        return message("log.time_not_number", value=str(time_s))
    if not (math.isfinite(lat) and -90.0 <= lat <= 90.0):
        return message("log.latitude", value=f"{lat:g}")
    if not (math.isfinite(lon) and -180.0 <= lon <= 180.0):
        return message("log.longitude", value=f"{lon:g}")
    return None


@contextlib.contextmanager
def quiet() -> Iterator[None]:
    """Keep a parser library's prints (a line per damaged record) off the user's terminal; what
    is wrong reaches the user as a FlightLogError instead."""
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        yield


def check_size(path: Path) -> int:
    """The file's size in bytes; FlightLogError when it is missing, unreadable or far too big."""
    try:
        size = path.stat().st_size
    except OSError as error:
        why = os_reason(error)
        raise FlightLogError(path, "", message("log.cannot_read", why=why)) from None
    if not path.is_file():
        raise FlightLogError(path, "", message("log.not_a_file"))
    if size == 0:
        raise FlightLogError(path, "", message("log.empty"))
    if size > MAX_LOG_BYTES:
        raise FlightLogError(
            path,
            "",
            message("log.too_big", size=f"{size / 1e6:.0f}", limit=MAX_LOG_BYTES // 1_000_000),
        )
    return size
