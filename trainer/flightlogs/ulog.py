"""PX4 ULog (.ulg): the estimator's global position, or the GPS receiver's fixes when absent."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from pyulog import ULog

from trainer.flightlogs.flight_log import (
    FlightLog,
    FlightLogError,
    check_size,
    checked_flight,
    quiet,
)
from trainer.i18n import message

# Topics with positions, best first (PX4 message definitions, msg/*.msg in PX4-Autopilot): the
# fused estimate when logged, else the receiver (renamed sensor_gps in PX4 v1.14).
POSITION_TOPICS = ("vehicle_global_position", "vehicle_gps_position", "sensor_gps")
ULOG_MAGIC = b"ULog\x01\x12\x35"  # the ULog file header's first seven bytes (ULog format spec)
MIN_FIX_TYPE = 2  # GPS fix types 2 (2D) and above carry a position; 0-1 are "no fix"
# vehicle_status.vehicle_type (msg/VehicleStatus.msg): 1 rotary wing, 2 fixed wing; is_vtol.
ROTARY_WING, FIXED_WING = 1, 2


def read_ulog(path: str | Path) -> FlightLog:
    path = Path(path)
    check_size(path)
    with path.open("rb") as file:
        head = file.read(len(ULOG_MAGIC))
    if head != ULOG_MAGIC:
        raise FlightLogError(path, "header", message("log.not_ulog"))
    try:
        # pyulog prints warnings about damaged parts to stdout; they would garble our own output.
        with quiet():
            topics = [*POSITION_TOPICS, "vehicle_status", "home_position"]
            ulog = ULog(str(path), message_name_filter_list=topics)
    except Exception as error:  # pyulog raises plain exceptions of many kinds on damaged files
        why = f"{type(error).__name__}: {error}"
        raise FlightLogError(path, "", message("log.ulog_unreadable", why=why)) from None
    for topic in POSITION_TOPICS:
        datasets = [d for d in ulog.data_list if d.name == topic and d.multi_id == 0]
        if datasets and len(datasets[0].data["timestamp"]):
            home = _first(ulog, "home_position")
            return _positions(path, topic, datasets[0].data, home, _airframe(ulog))
    wanted = ", ".join(POSITION_TOPICS)
    if ulog.file_corruption:  # pyulog stopped at the damage: the positions may lie beyond it
        raise FlightLogError(path, "", message("log.ulog_damaged", topics=wanted))
    raise FlightLogError(path, "", message("log.ulog_no_positions", topics=wanted))


def _first(ulog: ULog, topic: str) -> dict[str, np.ndarray] | None:
    for dataset in ulog.data_list:
        if dataset.name == topic and len(dataset.data["timestamp"]):
            return dict(dataset.data)
    return None


def _airframe(ulog: ULog) -> str | None:
    status = _first(ulog, "vehicle_status")
    if status is None:
        return None
    if "is_vtol" in status and bool(status["is_vtol"][0]):
        return "vtol"
    kind = int(status["vehicle_type"][0]) if "vehicle_type" in status else 0
    return {ROTARY_WING: "multirotor", FIXED_WING: "fixed-wing"}.get(kind)


def _positions(
    path: Path,
    topic: str,
    data: dict[str, np.ndarray],
    home: dict[str, np.ndarray] | None,
    airframe: str | None,
) -> FlightLog:
    if "latitude_deg" in data:  # PX4 v1.14 and later: degrees and metres as doubles
        lat, lon, alt = data["latitude_deg"], data["longitude_deg"], data["altitude_msl_m"]
    elif topic == "vehicle_global_position":  # degrees and metres
        lat, lon, alt = data["lat"], data["lon"], data["alt"]
    else:  # older receivers: 1e-7 degrees and millimetres as integers
        lat = data["lat"].astype(np.float64) * 1e-7
        lon = data["lon"].astype(np.float64) * 1e-7
        alt = data["alt"].astype(np.float64) * 1e-3
    usable = np.ones(len(data["timestamp"]), dtype=np.bool_)
    if "fix_type" in data:
        usable &= data["fix_type"] >= MIN_FIX_TYPE
    usable &= ~((lat == 0) & (lon == 0))  # receivers log 0, 0 before their first fix
    records = np.flatnonzero(usable)
    if records.size == 0:
        raise FlightLogError(path, topic, message("log.no_gps_fix"))
    alt = np.asarray(alt, dtype=np.float64)[records]
    # Heights above home (where the drone was armed) when the log has it, so that a log that
    # starts in the air starts high; else above the first fix.
    ground = float(alt[0])
    if home is not None and "alt" in home and bool(home.get("valid_alt", [True])[0]):
        ground = float(home["alt"][0])
    return checked_flight(
        path,
        "ulog",
        data["timestamp"][records].astype(np.float64) * 1e-6,  # microseconds since boot
        np.asarray(lat, dtype=np.float64)[records],
        np.asarray(lon, dtype=np.float64)[records],
        alt - ground,
        [message("log.where.message", number=int(index) + 1, kind=topic) for index in records],
        airframe,
    )
