"""Fuzzing the file readers: any input is read, or refused with the reader's typed error naming
the file; never another exception.

Bounded for CI (FUZZ_EXAMPLES examples per test, 100 unless set); tests/fuzz.py runs them longer.
"""

from __future__ import annotations

import json
import math
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.conftest import examples
from trainer.errors import AssetError
from trainer.geo.crs import Projector
from trainer.geo.formats.ed269 import read_ed269
from trainer.geo.formats.ed318 import read_ed318
from trainer.geo.formats.geojson import read_map_features, read_zones
from trainer.geo.formats.openair import parse_openair, read_openair
from trainer.records import Repository, open_database
from trainer.records.roster import import_roster, parse_roster, read_roster
from trainer.scenario.answer_key import JUDGED_PARAMS
from trainer.scoring.action_file import ActionFileError, parse_action_lines
from trainer.scoring.protocol import ActionKind

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "0")) or examples(100)
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,  # a slow example on a busy CI machine is not a finding
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
PROJECTOR = Projector()

# --- shared strategies ------------------------------------------------------------------------

ODD_NUMBERS = st.sampled_from(
    ["nan", "-nan", "inf", "-inf", "1e309", "-1e309", "1e-320", "0", "-0", "9" * 400, "1e300"]
)
NUMBER_TEXT = st.one_of(
    ODD_NUMBERS,
    st.integers(-(10**30), 10**30).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.floats(-400, 400).map(lambda v: f"{v:.3f}"),
)
JSON_NUMBERS = st.one_of(
    st.integers(-(10**500), 10**500),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([0, -1, 1e308, -1e308, 5e-324, 10**400]),
)
# json's decoder recurses once per bracket: thousands of them exhaust Python's stack.
DEEP_JSON = st.builds(
    lambda opener, depth: opener * depth, st.sampled_from(["[", '{"a":']), st.integers(1, 5000)
)
JSON_LEAVES = st.one_of(st.none(), st.booleans(), JSON_NUMBERS, st.text(max_size=12))
JSON_VALUES = st.recursive(
    JSON_LEAVES,
    lambda inner: st.one_of(
        st.lists(inner, max_size=5), st.dictionaries(st.text(max_size=8), inner, max_size=5)
    ),
    max_leaves=20,
)


def edited(text: str, data: st.DataObject, inserts: st.SearchStrategy[str]) -> str:
    """`text` after a few random line edits: delete, duplicate, swap, cut, insert, retype."""
    lines = text.splitlines()
    for _ in range(data.draw(st.integers(1, 6), label="edits")):
        if not lines:
            lines.append(data.draw(inserts))
            continue
        at = data.draw(st.integers(0, len(lines) - 1), label="at")
        edit = data.draw(st.sampled_from(["del", "dup", "swap", "cut", "insert", "char"]))
        if edit == "del":
            del lines[at]
        elif edit == "dup":
            lines.insert(at, lines[at])
        elif edit == "swap":
            other = data.draw(st.integers(0, len(lines) - 1), label="other")
            lines[at], lines[other] = lines[other], lines[at]
        elif edit == "cut":
            lines[at] = lines[at][: data.draw(st.integers(0, len(lines[at])), label="cut")]
        elif edit == "insert":
            lines.insert(at, data.draw(inserts, label="line"))
        else:
            line = lines[at]
            spot = data.draw(st.integers(0, len(line)), label="spot")
            char = data.draw(st.characters(codec="utf-8"), label="char")
            lines[at] = line[:spot] + char + line[spot + 1 :]
    return "\n".join(lines) + data.draw(st.sampled_from(["", "\n", "\r\n"]))


@pytest.fixture(scope="module")
def folder() -> Iterator[Path]:
    # Module-scoped: hypothesis runs many examples in one test call, which share tmp_path anyway.
    with tempfile.TemporaryDirectory(prefix="fuzz-readers-") as name:
        yield Path(name)


# --- OpenAir ----------------------------------------------------------------------------------

OPENAIR = """\
* a small valid file
AC RMZ
AN RMZ Fuzz
AL GND
AH 2000 MSL
AF 119.955
AW MON.06:00L-22:59L
V D=+
V X=52:16:00 N 006:53:00 E
DP 52:16:00 N 006:53:00 E
DA 2,0,90
DB 52:14:00 N 006:53:00 E , 52:16:00 N 006:50:00 E
AC P
AN EHP Fuzz
AL SFC
AH FL 65
V X=52:18:00 N 006:40:00 E
DC 1.5
AC Q
AN ATZ Fuzz
AL 0
AH 1500 AGL
DP 52:10:00 N 006:30:00 E
DP 52:11:00 N 006:31:00 E
DP 52:10:00 N 006:32:00 E
"""
DEGREES = st.one_of(st.integers(-5, 400).map(str), NUMBER_TEXT)
OPENAIR_COORD = st.builds(
    lambda d, m, s, h, d2, m2, s2, h2: f"{d}:{m}:{s} {h} {d2}:{m2}:{s2} {h2}",
    DEGREES,
    DEGREES,
    DEGREES,
    st.sampled_from("NSEWnx"),
    DEGREES,
    DEGREES,
    DEGREES,
    st.sampled_from("NSEWex"),
)
LIMIT = st.one_of(
    st.sampled_from(["GND", "SFC", "UNL", "FL", "FL 999", "(x) 1000 FT", "1500 AGL", "M"]),
    st.builds(lambda n, u: f"{n} {u}", NUMBER_TEXT, st.sampled_from(["", "FT", "M", "MSL", "AGL"])),
)
OPENAIR_LINE = st.one_of(
    st.builds(lambda c: f"AC {c}", st.sampled_from(["RMZ", "P", "CTR", "D", "Q", "", "C"])),
    st.builds(lambda n: f"AN {n}", st.sampled_from(["ATZ X", "CTR Y", "", "Z"])),
    st.builds(lambda r, v: f"{r} {v}", st.sampled_from(["AL", "AH"]), LIMIT),
    st.builds(lambda v: f"AF {v}", NUMBER_TEXT),
    st.builds(lambda v: f"AW {v}", st.sampled_from(["MON.06:00L-22:59L", "SUN.99:99Z-00:00L"])),
    st.builds(lambda v: f"V D={v}", st.sampled_from(["+", "-", "", "x"])),
    st.builds(lambda v: f"V X={v}", OPENAIR_COORD),
    st.builds(lambda v: f"DP {v}", OPENAIR_COORD),
    st.builds(lambda a, b: f"DB {a} , {b}", OPENAIR_COORD, OPENAIR_COORD),
    st.builds(lambda v: f"DC {v}", NUMBER_TEXT),
    st.builds(lambda r, a, b: f"DA {r},{a},{b}", NUMBER_TEXT, NUMBER_TEXT, NUMBER_TEXT),
    st.text(max_size=30),
)


def read_openair_text(text: str) -> None:
    try:
        parse_openair(text, PROJECTOR, "fuzz.txt")
    except AssetError as error:
        assert error.path == "fuzz.txt", error


@FUZZ
@given(data=st.data())
def test_openair_mutations(data: st.DataObject) -> None:
    read_openair_text(edited(OPENAIR, data, OPENAIR_LINE))


@FUZZ
@given(lines=st.lists(OPENAIR_LINE, max_size=25))
@example(["AC RMZ", "AN X", "AL GND", "AH 1 MSL", "V X=52:16:00 N 006:53:00 E", "DA 2,0,inf"])
@example(["AC RMZ", "AN X", "AL GND", "AH 1 MSL", "V X=52:16:00 N 006:53:00 E", "DC inf"])
def test_openair_random_lines(lines: list[str]) -> None:
    read_openair_text("AC RMZ\nAN Fuzz\nAL GND\nAH 2000 MSL\n" + "\n".join(lines))


@FUZZ
@given(content=st.binary(max_size=300))
def test_openair_random_bytes(folder: Path, content: bytes) -> None:
    path = folder / "fuzz.txt"
    path.write_bytes(content)
    try:
        read_openair(path, PROJECTOR)
    except AssetError as error:
        assert error.path == str(path), error


# --- GeoJSON zones ----------------------------------------------------------------------------


def zone(zone_id: str, ring: list[list[float]]) -> dict[str, Any]:
    return {
        "type": "Feature",
        "properties": {
            "id": zone_id,
            "name": zone_id,
            "kind": "test_area",
            "source": "fuzz",
            "approximate": True,
            "official": False,
            "lower": "GND",
            "upper": "120 m AGL",
            "schedule": "06:00-22:59",
            "frequency_mhz": 119.955,
        },
        "geometry": {"type": "Polygon", "coordinates": [ring]},
    }


SQUARE = [[6.88, 52.27], [6.89, 52.27], [6.89, 52.28], [6.88, 52.28], [6.88, 52.27]]
COLLECTION = {
    "type": "FeatureCollection",
    "features": [zone("a", SQUARE), zone("b", [[x + 0.02, y] for x, y in SQUARE])],
}


def mutated(value: Any, data: st.DataObject) -> Any:
    """`value` with one random part replaced, removed, or (for numbers) nudged."""
    # Descend four times in five: the coordinates lie seven levels down.
    if isinstance(value, dict) and value and data.draw(st.integers(0, 4), label="descend"):
        key = data.draw(st.sampled_from(sorted(value)), label="key")
        if data.draw(st.integers(0, 5), label="drop") == 0:
            return {k: v for k, v in value.items() if k != key}
        return {**value, key: mutated(value[key], data)}
    if isinstance(value, list) and value and data.draw(st.integers(0, 4), label="descend"):
        at = data.draw(st.integers(0, len(value) - 1), label="index")
        return [*value[:at], mutated(value[at], data), *value[at + 1 :]]
    if isinstance(value, float) and data.draw(st.booleans(), label="nudge"):
        return value + data.draw(st.sampled_from([-0.02, -1e-9, 0.0, 1e-9, 0.01, 3.0]))
    if isinstance(value, float) and data.draw(st.booleans(), label="number"):
        return data.draw(JSON_NUMBERS, label="number")
    return data.draw(JSON_VALUES, label="replacement")


def read_geojson_text(folder: Path, text: str) -> None:
    path = folder / "zones.geojson"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    for reader in (read_zones, read_map_features):
        try:
            reader(path, PROJECTOR)
        except AssetError as error:
            assert error.path == str(path), error


@FUZZ
@given(data=st.data())
@example(data=None)  # the unchanged collection must read
def test_geojson_mutated_collections(folder: Path, data: st.DataObject | None) -> None:
    document: Any = COLLECTION
    if data is not None:
        for _ in range(data.draw(st.integers(1, 4), label="mutations")):
            document = mutated(document, data)
    read_geojson_text(folder, json.dumps(document))  # NaN and Infinity are written as such


@FUZZ
@given(document=JSON_VALUES)
def test_geojson_random_documents(folder: Path, document: Any) -> None:
    read_geojson_text(folder, json.dumps({"type": "FeatureCollection", "features": document}))


@FUZZ
@given(text=st.one_of(st.text(max_size=200), DEEP_JSON))
def test_geojson_random_text(folder: Path, text: str) -> None:
    read_geojson_text(folder, text)


# --- ED-269 and ED-318 UAS zones ------------------------------------------------------------

ED269_DOCUMENT = {
    "UASZoneList": [
        {
            "identifier": "EHF1",
            "name": "Fuzz polygon",
            "restriction": "PROHIBITED",
            "applicability": [
                {"permanent": "NO", "dailyPeriod": [
                    {"day": ["ANY"], "startTime": "08:00:00", "endTime": "17:00:00"}]}
            ],
            "geometry": [
                {"uomDimensions": "M", "lowerLimit": 0.0, "lowerVerticalReference": "AGL",
                 "upperLimit": 120.0, "upperVerticalReference": "AGL",
                 "horizontalProjection": {"type": "Polygon", "coordinates": [SQUARE]}},
                {"uomDimensions": "FT", "lowerLimit": 500.0, "lowerVerticalReference": "AMSL",
                 "upperLimit": 1500.0, "upperVerticalReference": "AMSL",
                 "horizontalProjection": {"type": "Circle", "center": [6.8892, 52.2758],
                                          "radius": 900.0}},
            ],
        },
        {
            "identifier": "EHF2",
            "name": "Fuzz circle",
            "restriction": "REQ_AUTHORISATION",
            "geometry": [
                {"uomDimensions": "M", "lowerLimit": "0", "lowerVerticalReference": "AGL",
                 "upperLimit": None, "upperVerticalReference": "AGL",
                 "horizontalProjection": {"type": "Circle", "center": [6.87, 52.28],
                                          "radius": 300.5}},
            ],
        },
    ]
}  # fmt: skip
ED318_DOCUMENT = {
    "type": "FeatureCollection",
    "features": [
        {
            "type": "Feature",
            "properties": {"identifier": "EHF3", "name": [{"text": "Fuzz", "lang": "en-GB"}],
                           "type": "CONDITIONAL"},
            "geometry": {"type": "GeometryCollection", "geometries": [
                {"type": "Polygon", "coordinates": [SQUARE],
                 "layer": {"lower": 0.0, "lowerReference": "AGL", "upper": 120.0,
                           "upperReference": "AGL", "uom": "m"}},
                {"type": "Point", "coordinates": [6.87, 52.28],
                 "extent": {"subType": "Circle", "radius": 250.0},
                 "layer": {"lower": 100.0, "lowerReference": "WGS84", "upper": 400.0,
                           "upperReference": "AMSL", "uom": "ft"}},
            ]},
        }
    ],
}  # fmt: skip


def read_uas_zones_text(folder: Path, text: str) -> None:
    """Any text is read, or refused with AssetError naming the file; a zone that is broken is
    skipped with a warning naming the file; never another exception."""
    path = folder / "uas-zones.json"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    for reader in (read_ed269, read_ed318):
        try:
            read = reader(path, PROJECTOR)
        except AssetError as error:
            assert error.path == str(path), error
            continue
        assert all(w.file == str(path) and w.message.endswith("skipped") for w in read.warnings)
        assert all(z.polygon.is_valid and z.lower.height_agl_m < z.upper.height_agl_m
                   for z in read.zones)  # fmt: skip


@FUZZ
@given(data=st.data(), document=st.sampled_from([ED269_DOCUMENT, ED318_DOCUMENT]))
@example(data=None, document=ED269_DOCUMENT)  # the unchanged documents must read
@example(data=None, document=ED318_DOCUMENT)
def test_uas_zones_mutated(folder: Path, data: st.DataObject | None, document: Any) -> None:
    if data is not None:
        for _ in range(data.draw(st.integers(1, 4), label="mutations")):
            document = mutated(document, data)
    else:
        path = folder / "unchanged.json"
        path.write_text(json.dumps(document), encoding="utf-8")
        reader = read_ed269 if "UASZoneList" in document else read_ed318
        read = reader(path, PROJECTOR)
        assert len(read.zones) >= 2 and not read.warnings
    read_uas_zones_text(folder, json.dumps(document, indent=int(data is not None)))


@FUZZ
@given(zones=JSON_VALUES)
def test_uas_zones_random_documents(folder: Path, zones: Any) -> None:
    read_uas_zones_text(folder, json.dumps({"UASZoneList": zones}))
    read_uas_zones_text(folder, json.dumps({"type": "FeatureCollection", "features": zones}))


@FUZZ
@given(text=st.one_of(st.text(max_size=200), DEEP_JSON))
def test_uas_zones_random_text(folder: Path, text: str) -> None:
    read_uas_zones_text(folder, text)


# --- roster CSV -------------------------------------------------------------------------------

CSV_SYMBOLS = (
    ",",
    ";",
    "\t",
    "|",
    '"',
    '""',
    "\n",
    "\r\n",
    "\r",
    "\x00",
    "\x1b",
    "\u202e",
    "\ufeff",
)
CSV_WORDS = ("name", "naam", "id", "group", "groep", "sep=", "sep=;", 'sep="', " ", "\x85")
CSV_PIECES = st.one_of(st.sampled_from((*CSV_SYMBOLS, *CSV_WORDS)), st.text(max_size=6))
CSV_TEXT = st.lists(CSV_PIECES, max_size=40).map("".join)


def check_roster(roster_problems: list[Any], name: str) -> None:
    assert all(problem.file == name for problem in roster_problems), roster_problems


@FUZZ
@given(text=CSV_TEXT)
@example("name\n\x00\n")
@example("sep=;\nname;id\nAnna;1\n")
def test_roster_random_text(text: str) -> None:
    roster = parse_roster(text, "fuzz.csv")
    check_roster(roster.problems, "fuzz.csv")
    assert all(row.name and row.name == row.name.strip() for row in roster.rows)


@pytest.fixture(scope="module")
def repository(folder: Path) -> Iterator[Repository]:
    database = open_database(folder / "records.sqlite")
    yield Repository(database)
    database.close()


@FUZZ
@given(text=CSV_TEXT, bom=st.booleans())
@example(text="name,id\n\x00Anna,S1\n", bom=False)
def test_roster_import_from_a_file(
    folder: Path, repository: Repository, text: str, bom: bool
) -> None:
    path = folder / "roster.csv"
    path.write_bytes(("\ufeff" if bom else "").encode() + text.encode("utf-8", "surrogatepass"))
    check_roster(read_roster(path).problems, str(path))
    result = import_roster(repository, path)  # never a records error: the rows were checked
    check_roster(result.problems, str(path))


# --- action files -----------------------------------------------------------------------------

PARAMS = st.one_of(
    st.none(),
    st.dictionaries(
        st.sampled_from(["log", *(name for name, _ in JUDGED_PARAMS.values()), "x"]),
        st.one_of(
            st.sampled_from([v for _, values in JUDGED_PARAMS.values() for v in values]),
            JSON_VALUES,
        ),
        max_size=3,
    ),
    JSON_VALUES,
)
ACTION = st.fixed_dictionaries(
    {},
    optional={
        "at_s": st.one_of(JSON_NUMBERS, st.floats(0, 600), JSON_LEAVES),
        "kind": st.one_of(
            st.sampled_from([*(k.value for k in ActionKind), "end_run"]), JSON_VALUES
        ),
        "track": st.one_of(st.none(), st.sampled_from(["T001", " ", ""]), JSON_VALUES),
        "params": PARAMS,
        "extra": JSON_VALUES,
    },
)
ACTION_LINE = st.one_of(
    ACTION.map(json.dumps),
    JSON_VALUES.map(json.dumps),
    st.text(max_size=40),
    DEEP_JSON,
)


@FUZZ
@given(lines=st.lists(ACTION_LINE, max_size=8), duration=st.sampled_from([0.0, 600.0, math.inf]))
@example(lines=["[" * 3000], duration=600.0)
@example(lines=['{"at_s": 1' + "0" * 400 + ', "kind": "acknowledge"}'], duration=600.0)
def test_action_lines(lines: list[str], duration: float) -> None:
    try:
        parse_action_lines("fuzz.jsonl", lines, duration)
    except ActionFileError as error:
        assert all(line.startswith("fuzz.jsonl:") for line in str(error).splitlines()), error
