"""The perceived picture packed for the wire and checked on arrival: tracks and manned traffic.

Only the sensors' picture travels (TrackPicture: track ids, positions, what each sensor reports)
and the known cooperative traffic: the console never packs a drone id or any other truth.
"""

from __future__ import annotations

import dataclasses

import numpy as np
from numpy.typing import NDArray

from trainer.classroom.messages import Array, MannedPacked, MessageError, TracksPacked
from trainer.sim.track_picture import TrackPicture, read_only
from trainer.sim.traffic_picture import MannedPicture

_TYPES = {"<f8": np.dtype("<f8"), "<i8": np.dtype("<i8"), "|b1": np.dtype("|b1")}
_STROBES = ("strobe_x", "strobe_y", "strobe_bearing_deg", "strobe_sigma_deg", "strobe_time_s")


def pack_array(values: NDArray) -> Array:
    kind = {"f": "<f8", "i": "<i8", "b": "|b1"}[values.dtype.kind]
    return Array(kind, np.ascontiguousarray(values, dtype=_TYPES[kind]).tobytes())  # type: ignore[arg-type]


def unpack_array(packed: Array, length: int, dtype: str, name: str) -> NDArray:
    """The array, read-only; MessageError unless it has the expected type and length."""
    if packed.dtype != dtype:
        raise MessageError(f"{name}: {packed.dtype} where {dtype} belongs")
    values = np.frombuffer(packed.data, dtype=_TYPES[dtype])
    if values.size != length:
        raise MessageError(f"{name}: {values.size} values where {length} belong")
    if values.dtype.kind == "f" and not np.all(np.isfinite(values) | np.isnan(values)):
        raise MessageError(f"{name}: infinite values")
    return read_only(values)


def _fields(picture: object, keep_tuples: tuple[str, ...] = ()) -> dict[str, object]:
    """A picture's fields as the wire carries them: arrays packed, tuples as lists."""
    fields: dict[str, object] = {}
    assert dataclasses.is_dataclass(picture)
    for field in dataclasses.fields(picture):
        value = getattr(picture, field.name)
        if isinstance(value, np.ndarray):
            fields[field.name] = pack_array(value)
        elif isinstance(value, tuple) and field.name not in keep_tuples:
            fields[field.name] = list(value)
        else:
            fields[field.name] = value
    return fields


def pack_tracks(picture: TrackPicture) -> TracksPacked:
    return TracksPacked(**_fields(picture))  # type: ignore[arg-type]


def unpack_tracks(packed: TracksPacked) -> TrackPicture:
    n = len(packed.ids)
    if len(packed.serial) != n or len(packed.operator) != n:
        raise MessageError("tracks: Remote ID lists do not match the tracks")
    strobes = len(packed.strobe_x.data) // 8

    def arr(name: str, dtype: str = "<f8", length: int = n) -> NDArray:
        return unpack_array(getattr(packed, name), length, dtype, f"tracks.{name}")

    return TrackPicture(
        time_s=packed.time_s,
        ids=tuple(packed.ids),
        x=arr("x"),
        y=arr("y"),
        alt=arr("alt"),
        sigma_m=arr("sigma_m"),
        speed=arr("speed"),
        course_deg=arr("course_deg"),
        sensors=arr("sensors", "<i8"),
        serial=tuple(packed.serial),
        operator=tuple(packed.operator),
        age_s=arr("age_s"),
        last_update_s=arr("last_update_s"),
        coasting=arr("coasting", "|b1"),
        **{name: arr(name, "<f8", strobes) for name in _STROBES},
    )


def pack_manned(picture: MannedPicture) -> MannedPacked:
    return MannedPacked(**_fields(picture, keep_tuples=("protection_m",)))  # type: ignore[arg-type]


def unpack_manned(packed: MannedPacked) -> MannedPicture:
    n = len(packed.ids)
    if len(packed.callsigns) != n or len(packed.types) != n:
        raise MessageError("manned: names do not match the flights")
    points = len(packed.path_x.data) // 8

    def arr(name: str, dtype: str = "<f8", length: int = n) -> NDArray:
        return unpack_array(getattr(packed, name), length, dtype, f"manned.{name}")

    starts, stops = arr("path_start", "<i8"), arr("path_stop", "<i8")
    if n and (starts.min() < 0 or stops.max() > points or np.any(starts > stops)):
        raise MessageError("manned: paths out of range")
    return MannedPicture(
        ids=tuple(packed.ids),
        callsigns=tuple(packed.callsigns),
        types=tuple(packed.types),
        x=arr("x"),
        y=arr("y"),
        alt=arr("alt"),
        course_deg=arr("course_deg"),
        speed=arr("speed"),
        phase=arr("phase", "<i8"),
        present=arr("present", "|b1"),
        phase_names=tuple(packed.phase_names),
        path_x=arr("path_x", length=points),
        path_y=arr("path_y", length=points),
        path_start=starts,
        path_stop=stops,
        protection_m=packed.protection_m,
    )
