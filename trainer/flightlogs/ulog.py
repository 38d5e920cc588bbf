"""PX4 ULog (.ulg): the estimator's global position, or the GPS receiver's fixes when absent."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import numpy as np
from pyulog import ULog

from trainer.flightlogs.flight_log import FlightLog, FlightLogError, check_size, checked_flight

# Topics with positions, best first (PX4 message definitions, msg/*.msg in PX4-Autopilot): the
# fused estimate when logged, else the receiver (renamed sensor_gps in PX4 v1.14).
POSITION_TOPICS = ("vehicle_global_position", "vehicle_gps_position", "sensor_gps")
ULOG_MAGIC = b"ULog\x01\x12\x35"  # the ULog file header's first seven bytes (ULog format spec)
MIN_FIX_TYPE = 2  # GPS fix types 2 (2D) and above carry a position; 0-1 are "no fix"


def read_ulog(path: str | Path) -> FlightLog:
    path = Path(path)
    check_size(path)
    with path.open("rb") as file:
        head = file.read(len(ULOG_MAGIC))
    if head != ULOG_MAGIC:
        raise FlightLogError(path, "header", "not a PX4 ULog file (it does not start with 'ULog')")
    try:
        # pyulog prints warnings about damaged parts to stdout; they would garble our own output.
        with contextlib.redirect_stdout(io.StringIO()):
            ulog = ULog(str(path), message_name_filter_list=list(POSITION_TOPICS))
    except Exception as error:  # pyulog raises plain exceptions of many kinds on damaged files
        raise FlightLogError(path, "", f"cannot read the ULog data: {error}") from None
    for topic in POSITION_TOPICS:
        datasets = [d for d in ulog.data_list if d.name == topic and d.multi_id == 0]
        if datasets and len(datasets[0].data["timestamp"]):
            return _positions(path, topic, datasets[0].data)
    raise FlightLogError(
        path, "", f"no GPS positions: none of the topics {', '.join(POSITION_TOPICS)} was logged"
    )


def _positions(path: Path, topic: str, data: dict[str, np.ndarray]) -> FlightLog:
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
        raise FlightLogError(path, topic, "no GPS fix in the log (the receiver never had one)")
    alt = np.asarray(alt, dtype=np.float64)[records]
    return checked_flight(
        path,
        "ulog",
        data["timestamp"][records].astype(np.float64) * 1e-6,  # microseconds since boot
        np.asarray(lat, dtype=np.float64)[records],
        np.asarray(lon, dtype=np.float64)[records],
        alt - alt[0],
        [f"{topic} message {index + 1}" for index in records],
    )
