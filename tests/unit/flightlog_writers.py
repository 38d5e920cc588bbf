"""Small flight logs for tests, written with the formats' own tools where they are binary:
pymavlink's DataFlash message packer (DFMessage.get_msgbuf) and MAVLink packers."""

from __future__ import annotations

import struct
from collections.abc import Sequence
from pathlib import Path
from xml.sax.saxutils import escape

# A fix: seconds, latitude, longitude, height (m).
Fix = tuple[float, float, float, float]

# ArduPilot's message layouts (AP_GPS and AP_AHRS log structures, as in ArduPilot 4.x logs).
GPS_FORMAT = (
    "GPS",
    "QBBIHBcLLeffffB",
    "TimeUS,I,Status,GMS,GWk,NSats,HDop,Lat,Lng,Alt,Spd,GCrs,VZ,Yaw,U",
)
POS_FORMAT = ("POS", "QLLfff", "TimeUS,Lat,Lng,Alt,RelHomeAlt,RelOriginAlt")
MSG_FORMAT = ("MSG", "QZ", "TimeUS,Message")
PARM_FORMAT = ("PARM", "QNf", "TimeUS,Name,Value")


def write_dataflash(
    path: Path,
    fixes: Sequence[Fix],
    kind: str = "GPS",
    status: int = 3,
    alt_amsl_m: float = 40.0,
    instance: int = 0,
    firmware: str | None = None,
    params: dict[str, float] | None = None,
) -> Path:
    """A DataFlash .bin: FMT records, the firmware's MSG and PARM records (if given), then one
    GPS or POS record a fix."""
    from pymavlink.DFReader import DFFormat, DFMessage

    fmt_fmt = DFFormat(0x80, "FMT", 89, "BBnNZ", "Type,Length,Name,Format,Columns")
    name, layout, columns = GPS_FORMAT if kind == "GPS" else POS_FORMAT
    data_fmt = DFFormat(0x81, name, 0, layout, columns)
    length = 3 + struct.calcsize(data_fmt.msg_struct)

    def packed(fmt: DFFormat, values: dict[str, object]) -> bytes:
        raw = []
        for column, mult in zip(fmt.columns, fmt.msg_mults, strict=True):
            value = values.get(column, 0)
            raw.append(round(value / mult) if mult is not None else value)  # type: ignore[operator]
        buffer = DFMessage(fmt, raw, True, None).get_msgbuf()
        assert buffer is not None, f"pymavlink could not pack {fmt.name} {values}"
        return bytes(buffer)

    out = packed(fmt_fmt, {"Type": 0x80, "Length": 89, "Name": "FMT", "Format": "BBnNZ",
                           "Columns": "Type,Length,Name,Format,Columns"})  # fmt: skip
    out += packed(fmt_fmt, {"Type": 0x81, "Length": length, "Name": name, "Format": layout,
                            "Columns": columns})  # fmt: skip
    for type_id, (extra_name, extra_layout, extra_columns) in (
        (0x82, MSG_FORMAT),
        (0x83, PARM_FORMAT),
    ):
        extra = DFFormat(type_id, extra_name, 0, extra_layout, extra_columns)
        out += packed(fmt_fmt, {"Type": type_id, "Length": 3 + struct.calcsize(extra.msg_struct),
                                "Name": extra_name, "Format": extra_layout,
                                "Columns": extra_columns})  # fmt: skip
        if extra_name == "MSG" and firmware:
            out += packed(extra, {"Message": f"{firmware} V4.4.0 (test)"})
        for name, value in (params or {}).items() if extra_name == "PARM" else ():
            out += packed(extra, {"Name": name, "Value": value})
    for time_s, lat, lon, height in fixes:
        values: dict[str, object] = {"TimeUS": round(time_s * 1e6), "Lat": lat, "Lng": lon}
        if kind == "GPS":
            values.update(I=instance, Status=status, NSats=12, HDop=0.8, Alt=alt_amsl_m + height)
        else:
            values.update(Alt=alt_amsl_m + height, RelHomeAlt=height, RelOriginAlt=height)
        out += packed(data_fmt, values)
    path.write_bytes(out)
    return path


def write_tlog(
    path: Path,
    fixes: Sequence[Fix],
    kind: str = "GLOBAL_POSITION_INT",
    epoch_s: float = 1_700_000_000.0,
    fix_type: int = 3,
    alt_amsl_m: float = 40.0,
    mav_type: int = 2,
) -> Path:
    """A telemetry log: each message as the ground station writes it, an 8-byte big-endian
    microsecond timestamp and the MAVLink packet pymavlink packs."""
    from pymavlink import mavutil

    log = mavutil.mavlogfile(str(path), write=True)
    try:
        mav = log.mav
        ground_station = mav.heartbeat_encode(6, 8, 0, 0, 4)  # GCS, no autopilot: not the drone
        log.write(struct.pack(">Q", int(epoch_s * 1e6)) + ground_station.pack(mav))
        heartbeat = mav.heartbeat_encode(mav_type, 3, 0, 0, 4)  # MAV_TYPE, ArduPilot, active
        log.write(struct.pack(">Q", int(epoch_s * 1e6)) + heartbeat.pack(mav))
        for time_s, lat, lon, height in fixes:
            if kind == "GLOBAL_POSITION_INT":
                message = mav.global_position_int_encode(
                    int(time_s * 1000), round(lat * 1e7), round(lon * 1e7),
                    round((alt_amsl_m + height) * 1000), round(height * 1000), 0, 0, 0, 0,
                )  # fmt: skip
            else:
                message = mav.gps_raw_int_encode(
                    int(time_s * 1e6), fix_type, round(lat * 1e7), round(lon * 1e7),
                    round((alt_amsl_m + height) * 1000), 80, 120, 0, 0, 12,
                )  # fmt: skip
            stamp = round((epoch_s + time_s) * 1e6)
            log.write(struct.pack(">Q", stamp) + message.pack(mav))
    finally:
        log.close()
    return path


def write_csv(path: Path, fixes: Sequence[Fix], header: str = "time,lat,lon,height") -> Path:
    lines = [header] + [f"{t!r},{lat!r},{lon!r},{h!r}" for t, lat, lon, h in fixes]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def write_gpx(path: Path, fixes: Sequence[Fix], ground_m: float = 30.0) -> Path:
    """GPX 1.1, times as UTC ISO 8601 from 2026-06-01 10:00:00Z, elevation = ground + height."""
    from datetime import UTC, datetime, timedelta

    start = datetime(2026, 6, 1, 10, 0, 0, tzinfo=UTC)
    points = "".join(
        f'<trkpt lat="{lat!r}" lon="{lon!r}"><ele>{ground_m + h!r}</ele>'
        f"<time>{escape((start + timedelta(seconds=t)).isoformat())}</time></trkpt>\n"
        for t, lat, lon, h in fixes
    )
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<gpx version="1.1" creator="tests" xmlns="http://www.topografix.com/GPX/1/1">\n'
        f"<trk><name>test</name><trkseg>\n{points}</trkseg></trk></gpx>\n",
        encoding="utf-8",
    )
    return path


def twente_fixes(count: int = 50, step_s: float = 0.2) -> list[Fix]:
    """A short flight near the drone test area: north-east at about 5 m/s, climbing to 60 m."""
    return [
        (
            i * step_s,
            52.2910 + i * step_s * 5.0 / 111_000 * 0.7,
            6.8810 + i * step_s * 5.0 / 68_000 * 0.7,
            min(60.0, i * step_s * 3.0),
        )
        for i in range(count)
    ]
