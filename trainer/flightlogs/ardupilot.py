"""ArduPilot logs through pymavlink: DataFlash (.bin, written on board) and MAVLink telemetry
logs (.tlog, written by the ground station). pymavlink is an optional extra (it is large)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from trainer.flightlogs.flight_log import (
    FlightLog,
    FlightLogError,
    check_size,
    checked_flight,
    quiet,
)
from trainer.i18n import message as say

DATAFLASH_MAGIC = b"\xa3\x95"  # every DataFlash record starts with these two bytes
MIN_GPS_STATUS = 3  # ArduPilot GPS Status: 3 = 3D fix and better (AP_GPS::GPS_Status)
# The firmware names itself in a MSG record at boot ("ArduCopter V4.4.0 (...)"); an ArduPlane
# with Q_ENABLE = 1 is a QuadPlane, a VTOL (ArduPilot parameter documentation).
FIRMWARE_AIRFRAMES = {
    "ArduCopter": "multirotor",
    "ArduHeli": "multirotor",
    "ArduPlane": "fixed-wing",
}
FAST_INDEX_ENV = "PYMAVLINK_FAST_INDEX"  # read by DFReader_binary when it opens a log
INSTALL_HINT = (
    "reading ArduPilot logs needs pymavlink: pip install 'twente-drone-trainer[ardupilot]'"
)


def read_dataflash(path: str | Path) -> FlightLog:
    """Positions from POS (the EKF's estimate) when logged, else from GPS (first receiver)."""
    path = Path(path)
    check_size(path)
    with path.open("rb") as file:
        if file.read(2) != DATAFLASH_MAGIC:
            raise FlightLogError(path, "header", say("log.not_dataflash"))
    dfreader = _pymavlink_module(path, "DFReader")
    fixes: dict[str, list[tuple[float, float, float, float, str]]] = {"POS": [], "GPS": []}
    counts = {"POS": 0, "GPS": 0}
    relative_pos = False
    firmware: str | None = None
    quadplane = False
    try:
        with quiet():
            log = _dataflash_reader(dfreader, path)
            try:
                while (message := log.recv_match(type=["POS", "GPS", "MSG", "PARM"])) is not None:
                    kind = message.get_type()
                    if kind == "MSG":
                        words = str(message.Message).split()
                        if firmware is None and words and words[0] in FIRMWARE_AIRFRAMES:
                            firmware = words[0]
                        continue
                    if kind == "PARM":
                        quadplane |= message.Name == "Q_ENABLE" and float(message.Value) >= 1
                        continue
                    counts[kind] += 1
                    fix = _dataflash_fix(message, kind)
                    if kind == "POS" and counts["POS"] == 1:
                        relative_pos = "RelHomeAlt" in message.get_fieldnames()
                    if fix is not None:
                        time_s, lat, lon, alt = fix
                        fixes[kind].append(
                            (
                                time_s,
                                lat,
                                lon,
                                alt,
                                say("log.where.record", kind=kind, number=counts[kind]),
                            )
                        )
            finally:
                log.close()  # its file and memory map (Windows locks an open file)
    except Exception as error:  # pymavlink raises plain exceptions of many kinds on damaged files
        raise FlightLogError(
            path, "", say("log.cannot_read_data", kind="DataFlash", error=str(error))
        ) from None
    chosen = fixes["POS"] or fixes["GPS"]
    if not chosen:
        found = say("log.gps_no_fix") if counts["GPS"] else say("log.no_pos_gps")
        raise FlightLogError(path, "", say("log.no_positions_because", why=found))
    airframe = FIRMWARE_AIRFRAMES.get(firmware or "")
    if airframe == "fixed-wing" and quadplane:
        airframe = "vtol"
    # POS has the height above home in newer firmware (RelHomeAlt); else heights are AMSL.
    relative = bool(fixes["POS"]) and relative_pos
    return _flight(path, "dataflash", chosen, relative, airframe)


def _dataflash_reader(dfreader: Any, path: Path) -> Any:
    """pymavlink's DataFlash reader with its Python indexer: the compiled one prints a line per
    damaged record straight to the terminal, past Python; on whole logs both are as fast."""
    before = os.environ.get(FAST_INDEX_ENV)
    os.environ[FAST_INDEX_ENV] = "0"
    try:
        return dfreader.DFReader_binary(str(path), zero_time_base=True)
    finally:
        if before is None:
            del os.environ[FAST_INDEX_ENV]
        else:
            os.environ[FAST_INDEX_ENV] = before


def _dataflash_fix(message: Any, kind: str) -> tuple[float, float, float, float] | None:
    fields = message.get_fieldnames()
    if kind == "GPS":
        if "I" in fields and int(message.I) != 0:  # a second receiver: keep to the first
            return None
        if int(message.Status) < MIN_GPS_STATUS:
            return None
    lat, lon = float(message.Lat), float(message.Lng)  # DFReader scales to degrees and metres
    if lat == 0 and lon == 0:
        return None
    height = message.RelHomeAlt if "RelHomeAlt" in fields else message.Alt
    return float(message.TimeUS) * 1e-6, lat, lon, float(height)


def read_tlog(path: str | Path) -> FlightLog:
    """Positions from GLOBAL_POSITION_INT (the autopilot's estimate), else GPS_RAW_INT, at the
    times the ground station stamped on each message."""
    path = Path(path)
    size = check_size(path)
    if size < 8 + 8:  # one timestamp and the smallest MAVLink packet
        raise FlightLogError(path, "", say("log.too_short_mavlink"))
    mavutil = _pymavlink_module(path, "mavutil")
    fixes: dict[str, list[tuple[float, float, float, float, str]]] = {
        "GLOBAL_POSITION_INT": [],
        "GPS_RAW_INT": [],
    }
    number = 0
    airframe: str | None = None
    try:
        with quiet():
            log = mavutil.mavlogfile(str(path))
            try:
                wanted = [*fixes, "HEARTBEAT"]
                while (message := log.recv_match(type=wanted)) is not None:
                    number += 1
                    kind = message.get_type()
                    if kind == "HEARTBEAT":
                        airframe = airframe or _mav_airframe(mavutil, message)
                        continue
                    if kind == "GPS_RAW_INT" and int(message.fix_type) < MIN_GPS_STATUS:
                        continue
                    if message.lat == 0 and message.lon == 0:
                        continue
                    # GLOBAL_POSITION_INT has the height above home; GPS_RAW_INT only AMSL.
                    height_mm = (
                        message.relative_alt if kind == "GLOBAL_POSITION_INT" else message.alt
                    )
                    fixes[kind].append(
                        (
                            float(message._timestamp),
                            message.lat * 1e-7,
                            message.lon * 1e-7,
                            height_mm * 1e-3,
                            say("log.where.message", number=number, kind=kind),
                        )
                    )
            finally:
                log.close()
    except Exception as error:
        raise FlightLogError(
            path, "", say("log.cannot_read_data", kind="MAVLink", error=str(error))
        ) from None
    chosen = fixes["GLOBAL_POSITION_INT"] or fixes["GPS_RAW_INT"]
    if not chosen:
        raise FlightLogError(
            path, "", say("log.no_positions_because", why=say("log.no_mavlink_fix"))
        )
    # GLOBAL_POSITION_INT's relative_alt is the height above home; GPS_RAW_INT has only AMSL.
    return _flight(path, "tlog", chosen, bool(fixes["GLOBAL_POSITION_INT"]), airframe)


def _mav_airframe(mavutil: Any, heartbeat: Any) -> str | None:
    """The airframe a vehicle's HEARTBEAT names (MAV_TYPE); None for ground stations and such."""
    names = mavutil.mavlink.enums["MAV_TYPE"]
    name = names[heartbeat.type].name if heartbeat.type in names else ""
    if name.startswith("MAV_TYPE_VTOL"):
        return "vtol"
    if name == "MAV_TYPE_FIXED_WING":
        return "fixed-wing"
    rotors = ("QUADROTOR", "HEXAROTOR", "OCTOROTOR", "TRICOPTER", "COAXIAL", "HELICOPTER",
              "DODECAROTOR", "DECAROTOR", "GENERIC_MULTIROTOR")  # fmt: skip
    return "multirotor" if name.removeprefix("MAV_TYPE_") in rotors else None


def _flight(
    path: Path,
    log_format: str,
    fixes: list[tuple[float, float, float, float, str]],
    relative: bool,
    airframe: str | None,
) -> FlightLog:
    times, lats, lons, alts, where = zip(*fixes, strict=True)
    first = 0.0 if relative else alts[0]
    return checked_flight(
        path, log_format, times, lats, lons, [a - first for a in alts], list(where), airframe
    )


def _pymavlink_module(path: Path, name: str) -> Any:
    try:
        if name == "DFReader":
            from pymavlink import DFReader

            return DFReader
        from pymavlink import mavutil

        return mavutil
    except ImportError:
        raise FlightLogError(path, "", INSTALL_HINT) from None
