"""Fuzzing the text flight-log readers (CSV, GPX): any input is read to a sound flight, or
refused with FlightLogError naming the file; never another exception. Valid tracks read back
exactly as written.

Bounded for CI (FUZZ_EXAMPLES examples per test, 100 unless set); tests/fuzz.py runs them longer.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.conftest import examples
from tests.unit.flightlog_writers import Fix, twente_fixes, write_csv, write_gpx
from trainer.flightlogs.flight_log import FlightLog, FlightLogError
from trainer.flightlogs.text_tracks import read_csv, read_gpx

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "0")) or examples(100)
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@pytest.fixture(scope="module")
def folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as name:
        yield Path(name)


def assert_sound(flight: FlightLog) -> None:
    assert flight.count >= 2
    assert flight.time_s[0] == 0.0
    assert np.all(np.diff(flight.time_s) > 0)
    assert np.all(np.isfinite(flight.time_s))
    assert np.all((flight.lat >= -90) & (flight.lat <= 90))
    assert np.all((flight.lon >= -180) & (flight.lon <= 180))
    assert np.all(np.isfinite(flight.height_m))


def read_or_refuse(reader: object, path: Path) -> None:
    try:
        flight = reader(path)  # type: ignore[operator]
    except FlightLogError as error:
        assert str(path) in str(error)
    else:
        assert_sound(flight)


CSV_ALPHABET = "0123456789.,;-+:eETZ# \t\n\r\"'nainflatlonheighttime\x00é"
CSV_HEAD = st.sampled_from(
    ["", "time,lat,lon,height\n", "t;latitude;lng;alt\n", "lat,lon,height\n"]
)


@FUZZ
@given(head=CSV_HEAD, body=st.text(alphabet=CSV_ALPHABET, max_size=400))
@example(head="time,lat,lon,height\n", body="0,52,6,0\n1,nan,6,0\n")
@example(head="time,lat,lon,height\n", body="1e308,52,6,0\n1e309,52,6,0\n")
@example(head="time,lat,lon,height\n", body='0,52,6,0\n"1,52,6,0\n')
@example(head="time,lat,lon,height\n", body="2026-01-01T00:00:00Z,52,6,0\n5,52,6,0\n")
def test_csv_text_is_read_or_refused(folder: Path, head: str, body: str) -> None:
    path = folder / "fuzz.csv"
    path.write_text(head + body, encoding="utf-8")
    read_or_refuse(read_csv, path)


@FUZZ
@given(content=st.binary(max_size=300))
def test_csv_bytes_are_read_or_refused(folder: Path, content: bytes) -> None:
    path = folder / "bytes.csv"
    path.write_bytes(content)
    read_or_refuse(read_csv, path)


GPX_PIECES = st.sampled_from(
    [
        "<gpx>", "</gpx>", '<gpx xmlns="http://www.topografix.com/GPX/1/1">', "<trk>", "</trk>",
        "<trkseg>", "</trkseg>", '<trkpt lat="52.29" lon="6.88">', '<trkpt lat="x" lon="1e999">',
        "</trkpt>", "<ele>", "</ele>", "<time>", "</time>", "2026-06-01T10:00:00Z",
        "2026-06-01T10:00:01+02:00", "12.5", "-nan", "<!-- c -->", "<![CDATA[3]]>", "&amp;",
        "&lt;", '<?xml version="1.0"?>', "<!DOCTYPE gpx>", "\n", " ",
    ]
)  # fmt: skip


@FUZZ
@given(pieces=st.lists(GPX_PIECES, max_size=40))
@example(
    pieces=[
        "<gpx>", "<trk>", "<trkseg>", '<trkpt lat="52.29" lon="6.88">', "<ele>", "12.5", "</ele>",
        "<time>", "2026-06-01T10:00:00Z", "</time>", "</trkpt>", "</trkseg>", "</trk>", "</gpx>",
    ]
)  # fmt: skip
def test_gpx_pieces_are_read_or_refused(folder: Path, pieces: list[str]) -> None:
    path = folder / "fuzz.gpx"
    path.write_text("".join(pieces), encoding="utf-8")
    read_or_refuse(read_gpx, path)


@FUZZ
@given(cut=st.integers(0, 2000), junk=st.binary(max_size=20))
def test_damaged_gpx_is_read_or_refused(folder: Path, cut: int, junk: bytes) -> None:
    good = write_gpx(folder / "good.gpx", FIXED_TRACK).read_bytes()
    path = folder / "damaged.gpx"
    path.write_bytes(good[:cut] + junk + good[cut + len(junk) :])
    read_or_refuse(read_gpx, path)


FIXED_TRACK: list[Fix] = [(t * 0.5, 52.29 + t * 1e-5, 6.88, t * 1.0) for t in range(6)]


@st.composite
def tracks(draw: st.DrawFn) -> list[Fix]:
    count = draw(st.integers(2, 30))
    steps = draw(st.lists(st.floats(0.001, 60.0), min_size=count - 1, max_size=count - 1))
    times = np.concatenate([[draw(st.floats(0, 1e6))], steps]).cumsum()
    # A walk from anywhere on Earth: steps of up to 0.0002 degrees (22 m) keep the whole track
    # within 1 km, below what the readers refuse as a glitch (a jump of over 1 km at > 250 m/s).
    start = draw(st.tuples(st.floats(-89.9, 89.9), st.floats(-179.9, 179.9)))
    step = st.floats(-0.0002, 0.0002, allow_subnormal=False)
    walk = draw(st.lists(st.tuples(step, step), min_size=count - 1, max_size=count - 1))
    lats = np.concatenate([[start[0]], [d[0] for d in walk]]).cumsum()
    lons = np.concatenate([[start[1]], [d[1] for d in walk]]).cumsum()
    heights = draw(
        st.lists(st.floats(-500, 5000, allow_subnormal=False), min_size=count, max_size=count)
    )
    return [
        (float(t), float(lat), float(lon), h)
        for t, lat, lon, h in zip(times, lats, lons, heights, strict=True)
    ]


@FUZZ
@given(track=tracks())
def test_csv_reads_back_what_was_written(folder: Path, track: list[Fix]) -> None:
    flight = read_csv(write_csv(folder / "round.csv", track))
    times = np.array([f[0] for f in track])
    keep = np.concatenate([[True], np.diff(times) > 0])  # equal float times collapse to one
    assert flight.count == int(keep.sum())
    assert flight.time_s == pytest.approx((times - times[0])[keep], rel=1e-12, abs=1e-6)
    assert flight.lat.tolist() == [f[1] for f, k in zip(track, keep, strict=True) if k]
    assert flight.height_m.tolist() == [f[3] for f, k in zip(track, keep, strict=True) if k]


@FUZZ
@given(track=tracks())
def test_gpx_reads_back_what_was_written(folder: Path, track: list[Fix]) -> None:
    shifted = [(round(t - track[0][0], 6), lat, lon, h) for t, lat, lon, h in track]
    times = np.array([f[0] for f in shifted])
    if np.any(np.diff(times) <= 0):  # microsecond times: too close to tell apart
        return
    flight = read_gpx(write_gpx(folder / "round.gpx", shifted, ground_m=0.0))
    assert flight.count == len(track)
    assert flight.time_s == pytest.approx(times, abs=2e-6)
    assert flight.lon.tolist() == [f[2] for f in shifted]
    assert flight.height_m == pytest.approx([f[3] - shifted[0][3] for f in shifted], abs=1e-9)


@pytest.fixture(scope="module")
def library() -> object:
    from trainer.launch import Workspace

    return Workspace().library


NAME_CHARS = st.characters(blacklist_characters="\x00/\\", blacklist_categories=("Cs",))


@FUZZ
@given(title=st.text(max_size=150), name=st.text(NAME_CHARS, min_size=1, max_size=30))
@example(title="Vlucht\u2028boven\x85Twente\n# not: yaml", name="log\u2028\nanswer_key: 1")
def test_imported_scenario_text_keeps_any_title_and_file_name(
    folder: Path, library: object, title: str, name: str
) -> None:
    import yaml

    from trainer.scenario.from_log import ImportChoices, scenario_for_log
    from trainer.scenario.model import Scenario

    log = folder / f"{name}.csv"
    flight = read_csv(write_csv(folder / "named.csv", FIXED_TRACK))
    made = scenario_for_log(flight, log, folder / "out.yaml", ImportChoices(title=title), library)  # type: ignore[arg-type]
    data = yaml.safe_load(made.text)
    assert data["title"] == (title or f"Recorded flight {log.name}")[:120]
    assert data["drones"][0]["behaviour"]["file"] == f"{name}.csv"
    assert set(data) == {  # no key smuggled in, none lost
        "format", "id", "title", "summary", "difficulty", "offender", "tags", "duration_s",
        "seed", "airspace", "wind", "drones", "answer_key",
    }  # fmt: skip
    Scenario.model_validate(data)


@FUZZ
@given(
    suffix=st.sampled_from([".bin", ".tlog", ".ulg"]),
    flips=st.lists(st.tuples(st.integers(0, 4000), st.integers(0, 255)), max_size=12),
    cut=st.integers(0, 5000),
)
def test_damaged_binary_logs_are_read_or_refused(
    folder: Path, suffix: str, flips: list[tuple[int, int]], cut: int
) -> None:
    pytest.importorskip("pymavlink", reason="ArduPilot logs need pymavlink (the test extra)")
    from tests.unit.flightlog_writers import write_dataflash, write_tlog
    from trainer.flightlogs.formats import read_flight_log

    source = folder / f"source{suffix}"
    if suffix == ".ulg":
        sample = (
            Path(__file__).resolve().parents[1] / "data" / "flightlogs" / "sample_log_small.ulg"
        )
        data = bytearray(sample.read_bytes()[:5000])
    else:
        writer = write_dataflash if suffix == ".bin" else write_tlog
        data = bytearray(writer(source, twente_fixes(30)).read_bytes())
    for position, value in flips:
        if position < len(data):
            data[position] = value
    path = folder / f"damaged{suffix}"
    path.write_bytes(bytes(data[: max(cut, 1)]))
    read_or_refuse(read_flight_log, path)


def test_a_damaged_dataflash_log_prints_nothing(
    folder: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("pymavlink", reason="ArduPilot logs need pymavlink (the test extra)")
    from tests.unit.flightlog_writers import write_dataflash
    from trainer.flightlogs.formats import read_flight_log

    data = bytearray(write_dataflash(folder / "noisy.bin", twente_fixes(30)).read_bytes())
    starts = [i for i in range(len(data) - 1) if data[i : i + 2] == b"\xa3\x95"]
    data[starts[8]] = 0  # a broken record header: pymavlink's compiled indexer prints a line
    (folder / "noisy.bin").write_bytes(bytes(data))
    read_flight_log(folder / "noisy.bin")
    out, err = capfd.readouterr()  # at the file-descriptor level, past Python's sys.stderr
    assert out == "" and err == ""
