"""Flight-log readers: what each format gives (counts, first and last fix, times) and how a
broken file is refused (file, place in it, what is wrong)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from tests.unit.flightlog_writers import (
    twente_fixes,
    write_csv,
    write_dataflash,
    write_gpx,
    write_tlog,
)
from trainer.flightlogs.flight_log import FlightLogError
from trainer.flightlogs.formats import read_flight_log

DATA = Path(__file__).resolve().parents[1] / "data" / "flightlogs"
PX4_SAMPLE = DATA / "sample_log_small.ulg"

needs_pymavlink = pytest.mark.skipif(
    importlib.util.find_spec("pymavlink") is None,
    reason="the ArduPilot readers need pymavlink (the ardupilot and test extras)",
)


def test_px4_sample_reads_to_its_gps_fixes() -> None:
    # Checked by hand against the log's vehicle_gps_position topic (pyulog): 32 messages, all
    # with a 3D fix; lat/lon in 1e-7 degrees, alt in mm, timestamps in microseconds since boot.
    flight = read_flight_log(PX4_SAMPLE)
    assert flight.format == "ulog"
    assert flight.count == 32
    assert (flight.lat[0], flight.lon[0]) == pytest.approx((63.4170622, 10.4082151), abs=1e-9)
    assert (flight.lat[-1], flight.lon[-1]) == pytest.approx((63.4170457, 10.4082271), abs=1e-9)
    assert flight.time_s[0] == 0.0
    assert flight.time_s[1] == pytest.approx((20658637 - 20471648) * 1e-6)
    assert flight.duration_s == pytest.approx((26658637 - 20471648) * 1e-6)
    assert flight.height_m[0] == 0.0
    assert flight.height_m[-1] == pytest.approx((62977 - 66814) * 1e-3)  # GPS height scatter
    assert flight.airframe == "vtol"  # vehicle_status.is_vtol is 1 throughout the log
    assert np.all(np.diff(flight.time_s) > 0)


FIXES = twente_fixes(count=50, step_s=0.2)


@pytest.mark.parametrize(
    ("name", "write", "options", "log_format"),
    [
        pytest.param(
            "gps.bin", write_dataflash, {"kind": "GPS"}, "dataflash", marks=needs_pymavlink
        ),
        pytest.param(
            "pos.bin", write_dataflash, {"kind": "POS"}, "dataflash", marks=needs_pymavlink
        ),
        pytest.param(
            "global.tlog",
            write_tlog,
            {"kind": "GLOBAL_POSITION_INT"},
            "tlog",
            marks=needs_pymavlink,
        ),
        pytest.param(
            "raw.tlog", write_tlog, {"kind": "GPS_RAW_INT"}, "tlog", marks=needs_pymavlink
        ),
        ("track.csv", write_csv, {}, "csv"),
        ("track.gpx", write_gpx, {}, "gpx"),
    ],
)
def test_each_reader_gives_the_fixes_written(
    tmp_path: Path, name: str, write: object, options: dict[str, object], log_format: str
) -> None:
    path = write(tmp_path / name, FIXES, **options)  # type: ignore[operator]
    flight = read_flight_log(path)
    assert flight.format == log_format
    assert flight.count == len(FIXES)
    first, last = FIXES[0], FIXES[-1]
    # 1e-7 degrees is the binary formats' resolution (about 1 cm).
    assert (flight.lat[0], flight.lon[0]) == pytest.approx(first[1:3], abs=1.1e-7)
    assert (flight.lat[-1], flight.lon[-1]) == pytest.approx(last[1:3], abs=1.1e-7)
    assert flight.time_s[0] == 0.0
    assert flight.time_s == pytest.approx([f[0] for f in FIXES], abs=2e-6)
    # Heights above the first fix (the log starts on the ground here): cm resolution.
    assert flight.height_m == pytest.approx([f[3] for f in FIXES], abs=0.011)


@needs_pymavlink
def test_dataflash_keeps_to_the_first_receiver_and_to_3d_fixes(tmp_path: Path) -> None:
    second = write_dataflash(tmp_path / "second.bin", FIXES, instance=1)
    with pytest.raises(FlightLogError, match=r"second\.bin: no GPS positions: GPS records but no"):
        read_flight_log(second)
    no_fix = write_dataflash(tmp_path / "nofix.bin", FIXES, status=1)
    with pytest.raises(FlightLogError, match="no 3D fix"):
        read_flight_log(no_fix)


@needs_pymavlink
def test_tlog_without_a_fix_has_no_positions(tmp_path: Path) -> None:
    path = write_tlog(tmp_path / "nofix.tlog", FIXES, kind="GPS_RAW_INT", fix_type=1)
    with pytest.raises(FlightLogError, match=r"nofix\.tlog: no GPS positions"):
        read_flight_log(path)


def test_ulog_without_gps_is_refused_by_name(tmp_path: Path) -> None:
    from pyulog import ULog

    path = tmp_path / "nogps.ulg"
    ULog(str(PX4_SAMPLE), message_name_filter_list=["cpuload"]).write_ulog(str(path))
    with pytest.raises(FlightLogError, match=r"nogps\.ulg: no GPS positions: none of the topics"):
        read_flight_log(path)


@needs_pymavlink
def test_a_truncated_log_flies_up_to_its_last_complete_record(tmp_path: Path) -> None:
    whole = read_flight_log(PX4_SAMPLE)
    cut = tmp_path / "cut.ulg"
    cut.write_bytes(PX4_SAMPLE.read_bytes()[:300_000])
    part = read_flight_log(cut)
    assert 2 <= part.count < whole.count
    assert part.lat == pytest.approx(whole.lat[: part.count])
    assert part.time_s == pytest.approx(whole.time_s[: part.count])
    for name, write in (("cut.bin", write_dataflash), ("cut.tlog", write_tlog)):
        path = write(tmp_path / name, FIXES)
        path.write_bytes(path.read_bytes()[:-5])  # the last record is cut short
        assert read_flight_log(path).count == len(FIXES) - 1


@pytest.mark.parametrize("suffix", [".ulg", ".bin", ".tlog", ".csv", ".gpx"])
def test_an_empty_file_is_refused(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"empty{suffix}"
    path.write_bytes(b"")
    with pytest.raises(FlightLogError, match=rf"empty\{suffix}: the file is empty"):
        read_flight_log(path)


@pytest.mark.parametrize(
    ("suffix", "message"),
    [
        (".ulg", r"header: not a PX4 ULog file"),
        (".bin", r"header: not an ArduPilot DataFlash log"),
        pytest.param(".tlog", r"no GPS positions", marks=needs_pymavlink),
        (".csv", r"line 1: no lat column in the header"),
        (".gpx", r"not a GPX file|not well-formed XML|not UTF-8"),
    ],
)
def test_a_file_of_another_format_is_refused(tmp_path: Path, suffix: str, message: str) -> None:
    path = tmp_path / f"wrong{suffix}"
    path.write_bytes(PX4_SAMPLE.read_bytes()[:4000] if suffix != ".ulg" else b"time,x\n1,2\n")
    if suffix == ".csv":
        path.write_text("time,x,y\n1,2,3\n", encoding="utf-8")
    with pytest.raises(FlightLogError, match=message) as caught:
        read_flight_log(path)
    assert str(path) in str(caught.value)


def test_unknown_extension_names_the_known_ones(tmp_path: Path) -> None:
    path = tmp_path / "flight.kml"
    path.write_text("<kml/>", encoding="utf-8")
    with pytest.raises(FlightLogError, match=r"unknown flight log extension '\.kml'; known: \.ulg"):
        read_flight_log(path)
    with pytest.raises(FlightLogError, match="cannot read file"):
        read_flight_log(tmp_path / "missing.csv")


def test_csv_errors_name_the_line(tmp_path: Path) -> None:
    cases = {
        "time;lat;lon;height\n0;52.29;6.88;0\n1;52.29;x;0\n": r"line 3: lon 'x' is not a number",
        "time,lat,lon,height\n0,52.29,6.88,0\n1,52.29\n": r"line 3: 2 fields, the header has 4",
        "time,lat,lon,height\n0,52.29,6.88,0\n1,95,6.88,0\n": r"line 3: latitude 95 is outside",
        "# a note\ntime,lat,lon,height\n5,52.29,6.88,0\n4,52.29,6.88,0\n": r"line 4: time goes",
        "time,lat,lon,height\n0,52.29,6.88,0\n": r"only one position",
        "# exported by a phone app\ntime,lat,lon,height\n": r"bad\d\.csv: no positions in the file",
        "time,lat,lon,height\nnoon,52.29,6.88,0\n": r"line 2: time 'noon' is neither seconds",
        "time,lat,lon,height\n0,52.29,6.88,9e9\n1,52.29,6.88,0\n": r"line 2: height 9e\+09 m",
    }
    for number, (text, message) in enumerate(cases.items()):
        path = tmp_path / f"bad{number}.csv"
        path.write_text(text, encoding="utf-8")
        with pytest.raises(FlightLogError, match=message):
            read_flight_log(path)


def test_csv_takes_iso_times_aliases_and_a_bom(tmp_path: Path) -> None:
    path = tmp_path / "iso.csv"
    path.write_text(
        "\ufeffLatitude,Longitude,Alt,Timestamp,note\n"
        "52.29,6.88,0,2026-06-01T10:00:00+02:00,take-off\n"
        "52.2901,6.8801,12.5,2026-06-01T10:00:02.5+02:00,\n",
        encoding="utf-8",
    )
    flight = read_flight_log(path)
    assert list(flight.time_s) == [0.0, 2.5]
    assert list(flight.height_m) == [0.0, 12.5]


def test_gpx_errors_name_the_point_or_line(tmp_path: Path) -> None:
    path = write_gpx(tmp_path / "t.gpx", FIXES[:3])
    text = path.read_text(encoding="utf-8")
    no_time = tmp_path / "notime.gpx"
    no_time.write_text(text.replace("<time>", "<when>", 1).replace("</time>", "</when>", 1))
    with pytest.raises(FlightLogError, match=r"notime\.gpx: track point 1: no <time>"):
        read_flight_log(no_time)
    broken = tmp_path / "broken.gpx"
    # (a file cut short is read up to the cut: tests/unit/test_author_slips.py)
    broken.write_text(text.replace("</ele>", "</elevation>", 1), encoding="utf-8")
    with pytest.raises(FlightLogError, match=r"broken\.gpx: line \d+: not well-formed XML"):
        read_flight_log(broken)
    empty = tmp_path / "none.gpx"
    empty.write_text('<gpx xmlns="http://www.topografix.com/GPX/1/0"><trk/></gpx>')
    with pytest.raises(FlightLogError, match="no track points"):
        read_flight_log(empty)


def test_gpx_entity_expansion_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.gpx"
    path.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE gpx [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<gpx><trk><name>&b;</name></trk></gpx>\n',
        encoding="utf-8",
    )
    with pytest.raises(FlightLogError, match=r"bomb\.gpx: refused"):
        read_flight_log(path)


@needs_pymavlink
@pytest.mark.parametrize(
    ("firmware", "params", "airframe"),
    [
        ("ArduCopter", {}, "multirotor"),
        ("ArduPlane", {"Q_ENABLE": 0.0}, "fixed-wing"),
        ("ArduPlane", {"Q_ENABLE": 1.0}, "vtol"),
        (None, {}, None),
    ],
)
def test_dataflash_airframe_from_the_firmware(
    tmp_path: Path, firmware: str | None, params: dict[str, float], airframe: str | None
) -> None:
    path = write_dataflash(tmp_path / "fw.bin", FIXES, firmware=firmware, params=params)
    flight = read_flight_log(path)
    assert flight.airframe == airframe
    assert flight.count == len(FIXES)


@needs_pymavlink
@pytest.mark.parametrize(
    ("mav_type", "airframe"),
    [(1, "fixed-wing"), (2, "multirotor"), (13, "multirotor"), (21, "vtol"), (10, None)],
)
def test_tlog_airframe_from_the_vehicle_heartbeat(
    tmp_path: Path, mav_type: int, airframe: str | None
) -> None:
    # The ground station's own heartbeat (MAV_TYPE_GCS) comes first and is not the drone.
    path = write_tlog(tmp_path / "hb.tlog", FIXES, mav_type=mav_type)
    assert read_flight_log(path).airframe == airframe


def test_ulog_heights_are_above_home_when_the_log_has_it(tmp_path: Path) -> None:
    from trainer.flightlogs.ulog import _positions

    data = {
        "timestamp": np.array([1_000_000, 2_000_000, 3_000_000], dtype=np.uint64),
        "lat": np.array([52.29, 52.2901, 52.2902]),
        "lon": np.array([6.88, 6.88, 6.88]),
        "alt": np.array([150.0, 152.0, 149.0]),  # logging began 50 m above home
    }
    home = {"timestamp": np.array([500_000]), "alt": np.array([100.0]), "valid_alt": np.array([1])}
    above_home = _positions(tmp_path / "x.ulg", "vehicle_global_position", data, home, None)
    assert above_home.height_m.tolist() == [50.0, 52.0, 49.0]
    no_home = _positions(tmp_path / "x.ulg", "vehicle_global_position", data, None, None)
    assert no_home.height_m.tolist() == [0.0, 2.0, -1.0]


def test_ulog_of_px4_1_14_reads_degrees_and_metres(tmp_path: Path) -> None:
    from trainer.flightlogs.ulog import _positions

    data = {  # sensor_gps since PX4 v1.14: doubles in degrees and metres, a fix type
        "timestamp": np.array([1_000_000, 1_200_000, 1_400_000], dtype=np.uint64),
        "latitude_deg": np.array([52.29, 52.2901, 52.2902]),
        "longitude_deg": np.array([6.88, 6.8801, 6.8802]),
        "altitude_msl_m": np.array([40.0, 45.5, 50.0]),
        "fix_type": np.array([1, 3, 3], dtype=np.uint8),  # the first has no fix yet
    }
    flight = _positions(tmp_path / "new.ulg", "sensor_gps", data, None, "multirotor")
    assert flight.count == 2
    assert flight.lat.tolist() == [52.2901, 52.2902]
    assert flight.time_s.tolist() == pytest.approx([0.0, 0.2])
    assert flight.height_m.tolist() == [0.0, 4.5]
