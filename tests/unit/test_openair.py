"""The OpenAir reader: the Dutch national file against our Twente assets, and small inline cases."""

from __future__ import annotations

import dataclasses
import math
from pathlib import Path

import pytest
import shapely

from tests.conftest import SHARED_DATA
from trainer.errors import AssetError
from trainer.geo.assets import default_assets_root, load_asset_set
from trainer.geo.crs import Projector
from trainer.geo.formats.openair import DAYS, openair_limit, parse_openair, read_openair, zone_kind
from trainer.geo.imports import area_km2
from trainer.geo.zones import DailySchedule, ZoneKind

NL_FILE = SHARED_DATA / "openair" / "NL-ASP-National-XCSoar_AIRAC2204.txt"
NM = 1852.0
DAILY = "\n".join(f"AW {day}.06:00L-22:59L" for day in DAYS)


@pytest.fixture(scope="module")
def projector() -> Projector:
    return Projector()


def parse(text: str, projector: Projector) -> list:
    read = parse_openair(text.strip() + "\n", projector, "inline.txt")
    assert not read.warnings, read.warnings
    return list(read.zones)


# --- the real file ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def national(projector: Projector) -> dict:
    if not NL_FILE.is_file():
        pytest.skip(f"shared test data not present: {NL_FILE} (see ../shared/data/SOURCES.md)")
    return {zone.id: zone for zone in read_openair(NL_FILE, projector).zones}


def test_atz_twente_matches_our_asset(national: dict, projector: Projector) -> None:
    ours = load_asset_set(default_assets_root() / "twente", projector).zone("atz-twente")
    theirs = national["atz-twente"]
    assert theirs.kind is ZoneKind.ATZ and theirs.name == "ATZ Twente"
    difference = theirs.polygon.symmetric_difference(ours.polygon).area
    assert difference < 0.001 * ours.polygon.area
    assert (theirs.lower.text, theirs.upper.text) == ("GND", "2200 ft AMSL")
    assert (ours.lower, ours.upper) == (theirs.lower, theirs.upper)
    assert theirs.schedule == DailySchedule.parse("06:00-22:59") == ours.schedule
    assert theirs.frequency_mhz == pytest.approx(119.955)
    assert theirs.official and NL_FILE.name in theirs.source


def test_rmz_ehtw_shares_the_atz_outline(national: dict) -> None:
    rmz, atz = national["rmz-ehtw"], national["atz-twente"]
    assert rmz.kind is ZoneKind.RMZ
    assert rmz.polygon.symmetric_difference(atz.polygon).area < 1.0


def test_the_national_file_gives_valid_zones_of_known_kinds(national: dict) -> None:
    kinds = {zone.kind for zone in national.values()}
    assert {ZoneKind.ATZ, ZoneKind.RMZ, ZoneKind.CTR} <= kinds
    assert all(zone.polygon.is_valid and zone.polygon.area > 0 for zone in national.values())
    # Names used twice (two "CTR EHDL" parts) still give distinct ids.
    assert {"ctr-ehdl", "ctr-ehdl-2"} <= national.keys()


def test_the_national_file_reads_to_every_airspace_it_holds(projector: Projector) -> None:
    if not NL_FILE.is_file():
        pytest.skip(f"shared test data not present: {NL_FILE} (see ../shared/data/SOURCES.md)")
    read = read_openair(NL_FILE, projector)
    # 166 AC records (grep -c '^AC'): 165 zones, the FIR (AC E) not used, none skipped. Ten
    # outlines cross themselves in the file (TMZ D twice, TMZ E twice, CTA E 2, CTA S2, TMA D1
    # NM, TMA E NM twice, TERLET 3); each is kept as the area it encloses, named with its line.
    assert len(read.zones) == 165 and read.ignored == {"E": 1} and not read.skipped
    repaired = [(r.problem.line, r.problem.field, r.zone_id) for r in read.repaired]
    assert repaired == [
        (1673, "airspace 'TMZ D'", "tmz-d"), (1891, "airspace 'TMZ D'", "tmz-d-2"),
        (2262, "airspace 'TMZ E'", "tmz-e"), (2426, "airspace 'TMZ E'", "tmz-e-2"),
        (3759, "airspace 'CTA E 2'", "cta-e-2"), (3969, "airspace 'CTA S2'", "cta-s2"),
        (4751, "airspace 'TMA D1 NM'", "tma-d1-nm"), (5790, "airspace 'TMA E NM'", "tma-e-nm"),
        (5951, "airspace 'TMA E NM'", "tma-e-nm-2"), (6567, "airspace 'TERLET 3'", "terlet-3"),
    ]  # fmt: skip
    assert all("its outline crosses itself near" in w.message for w in read.warnings)
    zones = {zone.id: zone for zone in read.zones}
    tmz_e = zones["tmz-e"]
    assert str(read.repaired[2].problem) == (
        f"{NL_FILE}:2262: airspace 'TMZ E': its outline crosses itself near 52.23662, 7.05271 "
        "(lat, lon); read as the area it encloses: 2 parts, 3491.71 km² in all"
    )
    # TMZ E (AL 1200 MSL, AH FL 95) is the main area south-west of Twente (52.42-51.83 N,
    # 7.06-5.52 E) plus a loop of 0.158 km² where the outline crosses itself, 13 km east of
    # EHTW; a point 15 km south-west of EHTW is in the main area.
    parts = sorted(p.area for p in shapely.get_parts(tmz_e.polygon))
    assert parts[0] == pytest.approx(157_665, rel=0.01) and len(parts) == 2
    assert (tmz_e.lower.text, tmz_e.upper.text) == ("1200 ft AMSL", "FL95")
    assert shapely.contains_xy(tmz_e.polygon, *projector.to_rd(52.20, 6.70))
    # TERLET 3 is a figure-8: two lobes, 34 and 24 km².
    lobes = sorted(area_km2(dataclasses.replace(zones["terlet-3"], polygon=p), projector)
                   for p in shapely.get_parts(zones["terlet-3"].polygon))  # fmt: skip
    assert lobes == [pytest.approx(23.89, abs=0.01), pytest.approx(34.27, abs=0.01)]
    assert all(zone.polygon.is_valid for zone in read.zones)
    zones = {zone.id: zone for zone in read.zones}
    # By hand: "AC P / AN EHP 25 / AH 2000 MSL / AL GND" (line 133); "AC R / AN EHR 3 /
    # AH 3000 MSL / AL GND" (line 184); the first "AN TSA 16" (line 501) AH FL 055, AL GND.
    assert zones["ehp-25"].kind is ZoneKind.PROHIBITED
    assert (zones["ehp-25"].lower.text, zones["ehp-25"].upper.text) == ("GND", "2000 ft AMSL")
    assert (
        zones["ehr-3"].kind is ZoneKind.RESTRICTED and zones["ehr-3"].upper.text == "3000 ft AMSL"
    )
    assert zones["tsa-16"].upper.text == "FL55" and zones["tsa-16"].source.endswith("line 500")
    kinds = {zone.kind for zone in read.zones}
    assert {ZoneKind.DANGER, ZoneKind.TMZ, ZoneKind.CONTROLLED, ZoneKind.RESTRICTED} <= kinds


# --- inline texts -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("GND", "GND"),
        ("SFC", "GND"),
        ("0", "GND"),
        ("2200 MSL", "2200 ft AMSL"),
        ("3000MSL", "3000 ft AMSL"),
        ("3000 AMSL", "3000 ft AMSL"),
        ("8400 ft", "8400 ft AMSL"),
        ("FL 65", "FL65"),
        ("FL095", "FL95"),
        ("1500 AGL", "1500 ft AGL"),
        ("500 ft agl", "500 ft AGL"),
        ("300 m AGL", "300 m AGL"),
        ("15000ft (Mo-Fri)", "15000 ft AMSL"),
        ("UNLIMITED", "UNL"),
    ],
)
def test_limits_are_translated(text: str, expected: str) -> None:
    assert openair_limit(text) == expected


def test_unreadable_limit_is_rejected() -> None:
    with pytest.raises(ValueError, match="Ask on"):
        openair_limit("Ask on 122.8")


@pytest.mark.parametrize(
    ("ac", "name", "kind"),
    [
        ("Q", "ATZ Twente", ZoneKind.ATZ),
        ("RMZ", "RMZ EHTW", ZoneKind.RMZ),
        ("D", "CTR EHGG", ZoneKind.CTR),
        ("CTR", "Somewhere", ZoneKind.CTR),
        ("P", "EHP 25", ZoneKind.PROHIBITED),
        ("Q", "EHD 2", ZoneKind.DANGER),
        ("R", "EHR 3", ZoneKind.RESTRICTED),
        ("R", "ED-R37A Nordhorn", ZoneKind.RESTRICTED),
        ("TMZ", "TMZ EHAM", ZoneKind.TMZ),
        ("C", "TMA EHAM 1", ZoneKind.CONTROLLED),
        ("E", "FIR EHAA", None),
        ("GP", "Glider prohibited", None),
        ("W", "Wave box", None),
    ],
)
def test_classes_map_to_kinds(ac: str, name: str, kind: ZoneKind | None) -> None:
    assert zone_kind(ac, name) == kind


def test_polygon_limits_schedule_and_skipped_records(projector: Projector) -> None:
    zones = parse(
        f"""
* a comment
AC Q
AN ATZ Example
AH 1500 AGL
AL GND
AF 123.456 Example Radio
AG Example Radio
AX 7000
AT 52:16:00 N 006:53:00 E
{DAILY}
DP 52:16:00 N 006:52:00 E
DP 52:17:00 N 006:53:00 E
DP 52:16:00 N 006:54:00 E
DP 52:16:00 N 006:52:00 E
AC R
AN EHR 99
AL GND
AH FL 65
DP 52:00:00 N 006:00:00 E
DP 52:01:00 N 006:00:00 E
DP 52:01:00 N 006:01:00 E
""",
        projector,
    )
    assert [z.id for z in zones] == ["atz-example", "ehr-99"]
    assert zones[1].kind is ZoneKind.RESTRICTED and zones[1].upper.text == "FL65"
    zone = zones[0]
    assert zone.upper.text == "1500 ft AGL" and zone.lower.text == "GND"
    assert zone.upper.height_agl_m == pytest.approx(1500 * 0.3048)
    assert zone.frequency_mhz == pytest.approx(123.456)
    assert zone.schedule == DailySchedule.parse("06:00-22:59")
    assert zone.source == "OpenAir file inline.txt, line 2"  # the AC record
    assert len(zone.polygon.exterior.coords) == 4  # the repeated first point is dropped


def test_weekday_schedule_is_not_a_daily_one(projector: Projector) -> None:
    zones = parse(
        """
AC RMZ
AN RMZ Weekdays
AL GND
AH 3000 MSL
AW MON.08:00L-16:59L
AW TUE.08:00L-16:59L
DP 52:16:00 N 006:52:00 E
DP 52:17:00 N 006:53:00 E
DP 52:16:00 N 006:54:00 E
""",
        projector,
    )
    assert zones[0].schedule is None  # counted as always active: the cautious reading


def test_circle(projector: Projector) -> None:
    (zone,) = parse(
        "AC P\nAN EHP 1\nAL GND\nAH 2000 MSL\nV X=52:16:33 N 006:53:21 E\nDC 1.0", projector
    )
    assert zone.polygon.area == pytest.approx(math.pi * NM**2, rel=0.005)
    centre = projector.to_rd(52 + 16 / 60 + 33 / 3600, 6 + 53 / 60 + 21 / 3600)
    assert zone.polygon.centroid.distance(type(zone.polygon.centroid)(centre)) < 1.0


@pytest.mark.parametrize(("direction", "east"), [("+", True), ("-", False)])
def test_db_arc_follows_the_direction(projector: Projector, direction: str, east: bool) -> None:
    # From 1 NM north of the centre to 1 NM south of it: clockwise (+) sweeps through the east.
    (zone,) = parse(
        f"""
AC RMZ
AN RMZ Half
AL GND
AH 2000 MSL
V D={direction}
V X=52:16:00 N 006:53:00 E
DB 52:17:00 N 006:53:00 E , 52:15:00 N 006:53:00 E
""",
        projector,
    )
    centre_x, _ = projector.to_rd(52 + 16 / 60, 6 + 53 / 60)
    assert (zone.polygon.centroid.x > centre_x) is east
    assert zone.polygon.area == pytest.approx(math.pi * NM**2 / 2, rel=0.01)


def test_da_arc_uses_true_bearings(projector: Projector) -> None:
    # A quarter circle from north (0°) to east (90°) plus the centre: a pie slice to the north-east.
    (zone,) = parse(
        """
AC RMZ
AN RMZ Quarter
AL GND
AH 2000 MSL
V X=52:16:00 N 006:53:00 E
DP 52:16:00 N 006:53:00 E
DA 2,0,90
""",
        projector,
    )
    assert zone.polygon.area == pytest.approx(math.pi * (2 * NM) ** 2 / 4, rel=0.01)
    centre = projector.to_rd(52 + 16 / 60, 6 + 53 / 60)
    assert zone.polygon.centroid.x > centre[0] and zone.polygon.centroid.y > centre[1]


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("AC RMZ\nAN X\nAL GND\nAH 2000 MSL\nDP 52:16:00 N 6:53", 5, "expected 1 coordinate"),
        ("AC RMZ\nAN X\nAL GND\nAH 2000 MSL\nDP 52:75:00 N 006:53:00 E", 5, "not a valid"),
        ("AC RMZ\nAN X\nAL GND\nAH 2000 MSL\nDB 52:17:00 N 006:53:00 E", 5, "V X="),
        (
            "AC RMZ\nAN X\nAL GND\nAH 2000 MSL\nV X=52:16:00 N 006:53:00 E\nDC -1",
            6,
            "a radius from 1 m",
        ),
        ("AC RMZ\nAN X\nAL GND\nAH 2000 MSL\nV D=?", 5, "+ or -"),
        ("AC RMZ\nAN X\nAL GND\nAH 2000 MSL\nAW MONDAY 06-22", 5, "MON.06:00L"),
        ("AC RMZ\nAN X\nAL GND\nAF radio", 4, "frequency"),
        ("*\nAC RMZ\nAN X\nAL GND\nAH lots\nDP 52:16:00 N 006:53:00 E", 5, "cannot read"),
        ("AC RMZ\nAN X\nAL GND\nDP 52:16:00 N 006:53:00 E", 1, "no AH"),
        ("AC RMZ\nAN X\nAL FL 65\nAH 3000 MSL\nDP 52:16:00 N 006:53:00 E", 4, "not below AH"),
        ("AC RMZ\nAN X\nAL GND\nAH 2000 MSL\nDP 52:16:00 N 006:53:00 E", 1, "three distinct"),
        (  # an outline that runs out and back along itself: no area to read it as
            "AC RMZ\nAN X\nAL GND\nAH 2000 MSL\nDP 52:16:00 N 006:52:00 E\n"
            "DP 52:17:00 N 006:54:00 E\nDP 52:18:00 N 006:56:00 E\nDP 52:17:00 N 006:54:00 E",
            1,
            "not a valid polygon",
        ),
    ],
)
def test_a_broken_airspace_is_skipped_with_a_warning_naming_file_line_and_name(
    projector: Projector, text: str, line: int, words: str
) -> None:
    read = parse_openair(text + "\n" + GOOD, projector, "broken.txt")
    assert [z.name for z in read.zones] == ["RMZ Good"]  # the rest of the file is still read
    (warning,) = read.warnings
    assert (warning.file, warning.line, warning.field) == ("broken.txt", line, "airspace 'X'")
    assert words in warning.message and warning.message.endswith("skipped")
    assert str(warning).startswith(f"broken.txt:{line}: airspace 'X': ")


# A bow-tie: the outline goes corner to corner, so its two halves cross in the middle.
BOW_TIE = """AC R
AN Bow Tie
AL GND
AH 1000 MSL
DP 52:16:00 N 006:52:00 E
DP 52:17:00 N 006:54:00 E
DP 52:16:00 N 006:54:00 E
DP 52:17:00 N 006:52:00 E
"""
# A figure-8 whose waist is one point the outline passes twice (as TERLET 3 in the Dutch file):
# GEOS calls it a ring self-intersection.
FIGURE_8 = """AC Q
AN Figure Eight
AL GND
AH 1500 MSL
DP 52:16:00 N 006:52:00 E
DP 52:16:00 N 006:54:00 E
DP 52:17:00 N 006:53:00 E
DP 52:18:00 N 006:52:00 E
DP 52:18:00 N 006:54:00 E
DP 52:17:00 N 006:53:00 E
"""


def test_an_outline_that_crosses_itself_is_kept_as_the_area_it_encloses(
    projector: Projector,
) -> None:
    read = parse_openair(BOW_TIE + GOOD, projector, "crossed.txt")
    assert [z.id for z in read.zones] == ["bow-tie", "rmz-good"] and not read.skipped
    zone = read.zones[0]
    # Both triangles, each a quarter of the 1' x 2' box the corners span.
    corners = [projector.to_rd(lat, lon) for lat, lon in
               [(52 + 16 / 60, 6 + 52 / 60), (52 + 16 / 60, 6 + 54 / 60),
                (52 + 17 / 60, 6 + 54 / 60), (52 + 17 / 60, 6 + 52 / 60)]]  # fmt: skip
    box = shapely.Polygon(corners)
    assert zone.polygon.is_valid and len(shapely.get_parts(zone.polygon)) == 2
    assert zone.polygon.area == pytest.approx(box.area / 2, rel=0.01)
    assert box.buffer(1.0).contains(zone.polygon)
    (repaired,) = read.repaired
    assert repaired.zone_id == "bow-tie"
    warning = repaired.problem
    assert (warning.file, warning.line, warning.field) == ("crossed.txt", 1, "airspace 'Bow Tie'")
    # The outline crosses at the box's centre, 52:16:30 N 006:53:00 E.
    assert warning.message.startswith(
        "its outline crosses itself near 52.27500, 6.88333 (lat, lon); "
        "read as the area it encloses: 2 parts, "
    )
    km2 = area_km2(zone, projector)
    assert (
        warning.message.endswith(f"{km2:.2f} km² in all") and 2.0 < km2 < 2.2
    )  # 1.85 km x 2.27 km, halved
    assert read.warnings == (warning,)  # warned, not skipped


def test_a_figure_8_keeps_both_lobes(projector: Projector) -> None:
    read = parse_openair(FIGURE_8, projector, "eight.txt")
    (zone,) = read.zones
    lobes = shapely.get_parts(zone.polygon)
    assert len(lobes) == 2 and lobes[0].area == pytest.approx(lobes[1].area, rel=0.02)
    waist = projector.to_rd(52 + 17 / 60, 6 + 53 / 60)
    assert all(lobe.distance(shapely.Point(waist)) < 1.0 for lobe in lobes)
    (warning,) = read.warnings
    assert warning.line == 1 and warning.field == "airspace 'Figure Eight'"
    assert warning.message.startswith("its outline crosses itself near 52.28333, 6.88333")


GOOD = """AC RMZ
AN RMZ Good
AL GND
AH 2000 MSL
DP 52:16:00 N 006:52:00 E
DP 52:17:00 N 006:53:00 E
DP 52:16:00 N 006:54:00 E
"""


def test_records_before_the_first_ac_are_ignored_with_a_warning(projector: Projector) -> None:
    read = parse_openair("DP 52:16:00 N 006:53:00 E\n" + GOOD, projector, "early.txt")
    assert len(read.zones) == 1
    assert [(w.line, w.message) for w in read.warnings] == [
        (1, "DP before the first AC record; ignored")
    ]


def test_text_without_airspace_is_refused(projector: Projector) -> None:
    with pytest.raises(AssetError, match="no OpenAir airspace"):
        parse_openair("* only a comment\nDP 52:16:00 N 006:53:00 E\n", projector, "none.txt")


def test_crlf_and_cr_line_ends_read_like_lf(projector: Projector) -> None:
    lf = parse_openair(GOOD, projector, "lf.txt").zones
    for ending in ("\r\n", "\r"):
        (zone,) = parse_openair(GOOD.replace("\n", ending), projector, "crlf.txt").zones
        assert zone.polygon.equals(lf[0].polygon) and zone.upper == lf[0].upper


def test_classes_without_a_kind_are_counted_not_warned(projector: Projector) -> None:
    read = parse_openair(GOOD + GOOD.replace("AC RMZ", "AC GP"), projector, "gp.txt")
    assert len(read.zones) == 1 and read.ignored == {"GP": 1} and not read.warnings


def test_ground_elevation_sets_heights_of_amsl_limits(projector: Projector) -> None:
    (zone,) = parse_openair(GOOD, projector, "g.txt", ground_elevation_m=100.0).zones
    assert zone.upper.height_agl_m == pytest.approx(2000 * 0.3048 - 100.0)


def test_latin1_file_is_read(tmp_path: Path, projector: Projector) -> None:
    path = tmp_path / "latin1.txt"
    text = "* Landing Area\xb4s\nAC RMZ\nAN RMZ Caf\xe9\nAL GND\nAH 1000 MSL\n"
    text += "DP 52:16:00 N 006:52:00 E\nDP 52:17:00 N 006:53:00 E\nDP 52:16:00 N 006:54:00 E\n"
    path.write_bytes(text.encode("latin-1"))
    (zone,) = read_openair(path, projector).zones
    assert zone.name == "RMZ Café" and zone.source.startswith("OpenAir file latin1.txt")


def test_missing_file(tmp_path: Path, projector: Projector) -> None:
    with pytest.raises(AssetError, match="cannot read"):
        read_openair(tmp_path / "nothing.txt", projector)


CENTRED = "AC RMZ\nAN X\nAL GND\nAH 2000 MSL\nV X=52:16:00 N 006:53:00 E\n"


@pytest.mark.parametrize(
    ("record", "line", "words"),
    [
        ("DA 2,0,inf", 6, "finite numbers"),
        ("DA 2,nan,90", 6, "finite numbers"),
        ("DC inf", 6, "finite numbers"),
        ("DC 1e-300", 6, "a radius from 1 m"),
        ("DC 1e300", 6, "a radius from 1 m"),
        ("DB 52:16:00 N 006:53:00 E , 52:16:00 N 006:53:00 E", 6, "away from the centre"),
        ("DB 52:16:00 N 006:53:00 E , 52:17:00 N 006:53:00 E", 6, "away from the centre"),
    ],
)
def test_arcs_that_cannot_be_drawn_name_the_line(
    projector: Projector, record: str, line: int, words: str
) -> None:
    # These raised bare ValueErrors (NaN sweeps, rings that collapsed to a point).
    text = CENTRED + record + "\nDP 52:16:00 N 006:52:00 E\n"
    (warning,) = parse_openair(text, projector, "arc.txt").warnings
    assert (warning.file, warning.line) == ("arc.txt", line) and words in warning.message


def test_a_ring_that_collapses_to_a_point_names_the_airspace(projector: Projector) -> None:
    points = "\n".join(f"DP 52:16:00.{n:02d} N 006:53:00 E" for n in (0, 1, 2))  # 30 cm apart
    (warning,) = parse_openair(CENTRED + points, projector, "tiny.txt").warnings
    assert warning.line == 1 and warning.field == "airspace 'X'"
    assert "at least 1 m apart" in warning.message


def test_huge_da_bearings_are_turns(projector: Projector) -> None:
    (zone,) = parse(CENTRED + "DP 52:16:00 N 006:53:00 E\nDA 2,720,1e17", projector)
    assert zone.polygon.area > 0


# --- the format description's own sample (tests/data/openair, MIT/Apache-2.0) ---------------

WINPILOT = (
    Path(__file__).resolve().parents[1] / "data" / "openair" / "OPENAIR_FORMAT_WinPilot_1998.txt"
)


def test_the_format_descriptions_sample(projector: Projector) -> None:
    read = read_openair(WINPILOT, projector)
    zones = {zone.id: zone for zone in read.zones}
    # 24 AC records (counted by hand): 22 zones, one wave window (AC W) not used, one skipped.
    assert len(zones) == 22 and read.ignored == {"W": 1}
    (bad_direction,) = (s.problem for s in read.skipped)
    assert (bad_direction.line, bad_direction.field) == (108, "airspace 'BEALE AFB'")
    assert "V D= must be + or -, got '-5'" in bad_direction.message
    # "R 4812 4804": two half circles around centres 34 km apart, the second drawn the wrong
    # way round, so the outline crosses itself: kept as the two lobes it encloses.
    (crossed,) = read.repaired
    assert (crossed.problem.line, crossed.problem.field) == (124, "airspace 'R 4812 4804'")
    assert crossed.problem.message.startswith("its outline crosses itself near 39.0")
    assert "read as the area it encloses: 2 parts" in crossed.problem.message
    assert zones[crossed.zone_id].name == "R 4812 4804"
    # Limits by hand from the file: RENO "AL 7200 ft", "AH 8400 ft"; R-4806 E "AL 100 Agl";
    # R-4807 A "AH UNLIM (Mon-Fri)"; R-4816S "AL 500 ft agl", "AH FL180"; R-4808 N "AL 0".
    assert (zones["reno"].lower.text, zones["reno"].upper.text) == ("7200 ft AMSL", "8400 ft AMSL")
    assert zones["r-4806-e"].lower.text == "100 ft AGL" and zones["r-4807-a"].upper.text == "UNL"
    assert (zones["r-4816s"].lower.text, zones["r-4816s"].upper.text) == ("500 ft AGL", "FL180")
    assert zones["r-4808-n"].lower.text == "GND" and zones["r-4808-n"].kind is ZoneKind.RESTRICTED
    assert zones["reno-c"].kind is ZoneKind.CONTROLLED  # AC C, not a CTR by name
    # "BEALE AFB" part 2 has no V X= of its own: the centre of part 1 carries over. Its arcs
    # (10 NM from 9 to 130 degrees, back at 5 NM) enclose 121/360 of a 5-10 NM ring.
    ring_km2 = 121 / 360 * math.pi * (10**2 - 5**2) * NM**2 / 1e6
    assert area_km2(zones["beale-afb-2"], projector) == pytest.approx(ring_km2, rel=0.005)
    assert area_km2(zones["reno-c"], projector) == pytest.approx(
        math.pi * (5 * NM) ** 2 / 1e6, rel=0.005
    )
