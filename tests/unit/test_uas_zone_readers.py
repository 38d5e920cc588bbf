"""The ED-269 and ED-318 readers: the InterUSS samples (tests/data/ed269) and hand-made zones
with circles, several volumes, feet, AMSL and schedules."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
import shapely

from trainer.errors import AssetError
from trainer.geo.crs import Projector
from trainer.geo.formats.ed269 import read_ed269
from trainer.geo.formats.ed318 import read_ed318
from trainer.geo.imports import AirspaceFormat, area_km2, guess_format
from trainer.geo.zones import FEET, DailySchedule, ZoneKind

DATA = Path(__file__).resolve().parents[1] / "data" / "ed269"
ED269_SAMPLE = DATA / "cis_source_sample_ed269.json"
ED318_SAMPLE = DATA / "cis_source_sample_ed318.json"
GROUND = 115 * FEET  # EHTW, as the asset set gives it


@pytest.fixture(scope="module")
def projector() -> Projector:
    return Projector()


# --- the samples, checked against the files by hand -----------------------------------------


def test_ed269_sample(projector: Projector) -> None:
    read = read_ed269(ED269_SAMPLE, projector, GROUND)
    assert not read.warnings and not read.ignored
    (zone,) = read.zones
    # The file: identifier LSXX, name "LSXX City Sample", restriction REQ_AUTHORISATION,
    # lowerLimit "0" AGL, upperLimit null (no upper limit), uomDimensions M, permanent YES.
    assert (zone.id, zone.name, zone.kind) == (
        "lsxx",
        "LSXX City Sample",
        ZoneKind.UAS_AUTHORISATION,
    )
    assert (zone.lower.text, zone.upper.text) == ("GND", "UNL")
    assert math.isinf(zone.upper.height_agl_m) and zone.schedule is None
    assert zone.source == "cis_source_sample_ed269.json, zone LSXX (line 5)"
    # Four corners near Geneva, about 370 m by 530 m: a sliver of a square kilometre.
    assert 0.10 < area_km2(zone, projector) < 0.17


def test_ed318_sample(projector: Projector) -> None:
    read = read_ed318(ED318_SAMPLE, projector, GROUND)
    assert not read.warnings and not read.ignored
    zones = {zone.id: zone for zone in read.zones}
    assert list(zones) == ["lszb003", "blns058", "lstb002"]
    # The file's layers: LSZB003 lower 60 upper 99999 AGL m; the other two 0 to 99999 AGL m.
    bern = zones["lszb003"]
    assert (bern.lower.text, bern.upper.text) == ("60 m AGL", "99999 m AGL")
    assert bern.lower.height_agl_m == 60.0
    assert zones["blns058"].lower.text == "GND" and zones["lstb002"].upper.text == "99999 m AGL"
    # Names come in four languages; the English one is taken.
    assert zones["blns058"].name == "Protected natural object Langmatt"
    assert zones["lstb002"].name == "LSTB Bellechasse (Airport perimeter)"
    assert all(z.kind is ZoneKind.UAS_AUTHORISATION for z in zones.values())  # REQ_AUTHORIZATION
    assert bern.source.endswith("(line 66)")  # the '{' of the first feature


def test_formats_are_told_apart(projector: Projector) -> None:
    assert guess_format(ED269_SAMPLE) is AirspaceFormat.ED269
    assert guess_format(ED318_SAMPLE) is AirspaceFormat.ED318
    with pytest.raises(AssetError, match="use format ed318"):
        read_ed269(ED318_SAMPLE, projector)
    with pytest.raises(AssetError, match="use format ed269"):
        read_ed318(ED269_SAMPLE, projector)


# --- hand-made ED-269 -------------------------------------------------------------------------

SQUARE = [[[6.88, 52.27], [6.89, 52.27], [6.89, 52.28], [6.88, 52.28], [6.88, 52.27]]]
BOW_TIE = [[[6.88, 52.27], [6.89, 52.28], [6.89, 52.27], [6.88, 52.28], [6.88, 52.27]]]
# Out along a line and back: no area for any reading of it.
SPIKE = [[[6.88, 52.27], [6.89, 52.28], [6.90, 52.29], [6.89, 52.28], [6.88, 52.27]]]


def volume(projection: dict[str, Any], **limits: Any) -> dict[str, Any]:
    return {
        "uomDimensions": "M",
        "lowerLimit": 0,
        "lowerVerticalReference": "AGL",
        "upperLimit": 120,
        "upperVerticalReference": "AGL",
        "horizontalProjection": projection,
        **limits,
    }


def ed269_zone(identifier: str, geometry: list[dict[str, Any]], **fields: Any) -> dict[str, Any]:
    return {
        "identifier": identifier,
        "name": f"Zone {identifier}",
        "restriction": "PROHIBITED",
        "geometry": geometry,
        **fields,
    }


def write(folder: Path, document: Any, name: str = "zones.json") -> Path:
    path = folder / name
    path.write_text(json.dumps(document, indent=1), encoding="utf-8")
    return path


def test_circle_in_feet_and_amsl_limits(tmp_path: Path, projector: Projector) -> None:
    circle = {"type": "Circle", "center": [6.8892, 52.2758], "radius": 1000}
    zone_in_feet = ed269_zone(
        "EHX1",
        [
            volume(
                circle,
                uomDimensions="FT",
                lowerLimit=500,
                lowerVerticalReference="AMSL",
                upperLimit=1500,
                upperVerticalReference="AMSL",
            )
        ],
    )
    read = read_ed269(write(tmp_path, {"UASZoneList": [zone_in_feet]}), projector, GROUND)
    (zone,) = read.zones
    assert (zone.lower.text, zone.upper.text) == ("500 ft AMSL", "1500 ft AMSL")
    assert zone.lower.height_agl_m == pytest.approx((500 - 115) * FEET)  # above EHTW's ground
    assert zone.upper.height_agl_m == pytest.approx((1500 - 115) * FEET)
    # uomDimensions is the radius' unit too: 1000 ft.
    assert area_km2(zone, projector) == pytest.approx(math.pi * (1000 * FEET) ** 2 / 1e6, rel=0.01)
    assert zone.kind is ZoneKind.UAS_PROHIBITED


def test_several_volumes_give_one_zone_per_pair_of_limits(
    tmp_path: Path, projector: Projector
) -> None:
    east = [[[6.90, 52.27], [6.91, 52.27], [6.91, 52.28], [6.90, 52.28], [6.90, 52.27]]]
    geometry = [
        volume({"type": "Polygon", "coordinates": SQUARE}),
        volume({"type": "Polygon", "coordinates": east}),  # same limits: joined to the first
        volume({"type": "Polygon", "coordinates": SQUARE}, lowerLimit=120, upperLimit=300),
    ]
    read = read_ed269(write(tmp_path, {"UASZoneList": [ed269_zone("EHX2", geometry)]}), projector)
    low, high = read.zones
    assert (low.id, high.id) == ("ehx2-v1", "ehx2-v2")
    assert low.polygon.geom_type == "MultiPolygon" and len(low.polygon.geoms) == 2
    assert (high.lower.height_agl_m, high.upper.height_agl_m) == (120.0, 300.0)
    assert high.name == "Zone EHX2 (120 m AGL-300 m AGL)"


@pytest.mark.parametrize(
    ("daily", "expected"),
    [
        ([{"day": ["ANY"], "startTime": "08:00:00", "endTime": "17:00:00"}], "08:00-17:00"),
        (
            [{"day": ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"], "startTime": "06:00",
              "endTime": "24:00"}],
            "06:00-23:59",
        ),
        ([{"day": ["MON", "TUE"], "startTime": "08:00:00", "endTime": "17:00:00"}], None),
    ],
)  # fmt: skip
def test_schedules(
    tmp_path: Path, projector: Projector, daily: list[dict[str, Any]], expected: str | None
) -> None:
    applicability = [{"permanent": "NO", "dailyPeriod": daily}]
    zone = ed269_zone("EHX3", [volume({"type": "Polygon", "coordinates": SQUARE})],
                      applicability=applicability)  # fmt: skip
    (read,) = read_ed269(write(tmp_path, {"UASZoneList": [zone]}), projector).zones
    # A weekly pattern cannot be expressed: the zone then counts as always active (cautious).
    assert read.schedule == (DailySchedule.parse(expected) if expected else None)


def test_a_bad_zone_is_skipped_with_a_warning_naming_file_line_and_zone(
    tmp_path: Path, projector: Projector
) -> None:
    good = ed269_zone("EHOK", [volume({"type": "Polygon", "coordinates": SQUARE})])
    crossed = ed269_zone("EHBAD", [volume({"type": "Polygon", "coordinates": SPIKE})])
    upside_down = ed269_zone(
        "EHUP", [volume({"type": "Polygon", "coordinates": SQUARE}, lowerLimit=200)]
    )
    free = ed269_zone("EHFREE", [], restriction="NO_RESTRICTION")
    path = write(tmp_path, {"UASZoneList": [good, crossed, upside_down, free]})
    read = read_ed269(path, projector)
    assert [z.id for z in read.zones] == ["ehok"]
    assert read.ignored == {"NO_RESTRICTION": 1}
    first, second = read.warnings
    lines = path.read_text().splitlines()
    assert first.file == str(path) and first.field == "zone 'EHBAD' (Zone EHBAD)"
    assert lines[first.line - 1].strip() == "{"  # the line where the zone starts
    assert '"identifier": "EHBAD"' in lines[first.line]
    assert first.message.startswith("geometry[0]: not a valid polygon: ")
    assert first.message.endswith("skipped") and not read.repaired
    assert "not below upper limit" in second.message and second.field.startswith("zone 'EHUP'")


def test_an_ed269_outline_that_crosses_itself_is_kept_as_the_area_it_encloses(
    tmp_path: Path, projector: Projector
) -> None:
    crossed = ed269_zone(
        "EHX8",
        [
            volume({"type": "Polygon", "coordinates": SQUARE}),  # 0-120 m AGL
            volume({"type": "Polygon", "coordinates": BOW_TIE}, lowerLimit=120, upperLimit=300),
        ],
    )
    path = write(tmp_path, {"UASZoneList": [crossed]})
    read = read_ed269(path, projector)
    assert [z.id for z in read.zones] == ["ehx8-v1", "ehx8-v2"] and not read.skipped
    square, bow_tie = read.zones
    # The bow-tie's two triangles: half the square, within it.
    assert bow_tie.polygon.is_valid and len(shapely.get_parts(bow_tie.polygon)) == 2
    assert bow_tie.polygon.area == pytest.approx(square.polygon.area / 2, rel=0.001)
    assert square.polygon.buffer(0.01).contains(bow_tie.polygon)
    (repaired,) = read.repaired
    assert repaired.zone_id == "ehx8-v2"  # the volume that was repaired, not its sibling
    warning = repaired.problem
    lines = path.read_text().splitlines()
    assert warning.file == str(path) and warning.field == "zone 'EHX8' (Zone EHX8)"
    assert '"identifier": "EHX8"' in lines[warning.line]  # the line after the zone's "{"
    assert warning.message.startswith(
        "geometry[1]: its outline crosses itself near 52.27500, 6.88500 (lat, lon); "
        "read as the area it encloses: 2 parts, "
    )
    assert read.warnings == (warning,)


def test_ed318_outlines_that_cross_themselves_are_kept(
    tmp_path: Path, projector: Projector
) -> None:
    polygon = {"type": "Polygon", "coordinates": BOW_TIE, "layer": layer(0, 120)}
    # A MultiPolygon whose second part is a bow-tie inside the first (parts must not overlap, and
    # the bow-tie crosses itself): read as the area both enclose.
    inner = [[[6.882, 52.272], [6.886, 52.276], [6.886, 52.272], [6.882, 52.276], [6.882, 52.272]]]
    multi = {"type": "MultiPolygon", "coordinates": [SQUARE, inner], "layer": layer(0, 120)}
    spike = {"type": "Polygon", "coordinates": SPIKE, "layer": layer(0, 120)}
    document = {
        "type": "FeatureCollection",
        "features": [
            feature(polygon),
            feature(multi, identifier="EHY2"),
            feature(spike, identifier="EHY3"),
        ],
    }
    read = read_ed318(write(tmp_path, document), projector, GROUND)
    assert [z.id for z in read.zones] == ["ehy1", "ehy2"]
    bow_tie, multi_zone = read.zones
    assert len(shapely.get_parts(bow_tie.polygon)) == 2
    plain = read_ed318(write(tmp_path, _one(SQUARE), "square.json"), projector).zones[0]
    assert multi_zone.polygon.is_valid  # the square: the bow-tie inside it adds nothing
    assert multi_zone.polygon.symmetric_difference(plain.polygon).area < 1.0
    assert [(r.zone_id, r.problem.field) for r in read.repaired] == [
        ("ehy1", "zone 'EHY1' (Zone Y)"),
        ("ehy2", "zone 'EHY2' (Zone Y)"),
    ]
    assert all(r.problem.message.startswith("geometry: ") for r in read.repaired)
    (skipped,) = (s.problem for s in read.skipped)  # nothing with area: left out as before
    assert skipped.field == "zone 'EHY3' (Zone Y)"
    assert skipped.message.startswith("geometry: not a valid polygon: ")


def _one(rings: list[Any]) -> dict[str, Any]:
    polygon = {"type": "Polygon", "coordinates": rings, "layer": layer(0, 120)}
    return {"type": "FeatureCollection", "features": [feature(polygon)]}


@pytest.mark.parametrize(
    ("document", "words"),
    [
        ({"zones": []}, "UASZoneList"),
        ([1, 2], "UASZoneList"),
    ],
)
def test_files_that_are_not_ed269_are_refused(
    tmp_path: Path, projector: Projector, document: Any, words: str
) -> None:
    path = write(tmp_path, document)
    with pytest.raises(AssetError, match=words) as caught:
        read_ed269(path, projector)
    assert caught.value.path == str(path)


def test_json_errors_name_the_line(tmp_path: Path, projector: Projector) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{\n "UASZoneList": [\n  {"identifier": }\n ]\n}\n', encoding="utf-8")
    with pytest.raises(AssetError) as caught:
        read_ed269(path, projector)
    assert caught.value.field == "line 3 column 18"


# --- hand-made ED-318 -------------------------------------------------------------------------


def feature(geometry: dict[str, Any], **properties: Any) -> dict[str, Any]:
    return {
        "type": "Feature",
        "geometry": geometry,
        "properties": {"identifier": "EHY1", "name": "Zone Y", "type": "PROHIBITED", **properties},
    }


def layer(lower: float, upper: float, **extra: Any) -> dict[str, Any]:
    return {"lower": lower, "lowerReference": "AGL", "upper": upper, "upperReference": "AGL",
            "uom": "m", **extra}  # fmt: skip


def test_ed318_circle_and_geometry_collection(tmp_path: Path, projector: Projector) -> None:
    circle = {"type": "Point", "coordinates": [6.8892, 52.2758], "layer": layer(0, 50),
              "extent": {"subType": "Circle", "radius": 500}}  # fmt: skip
    collection = {
        "type": "GeometryCollection",
        "geometries": [
            {"type": "Polygon", "coordinates": SQUARE, "layer": layer(0, 120)},
            {"type": "Polygon", "coordinates": SQUARE,
             "layer": layer(400, 1000, uom="ft", upperReference="AMSL", lowerReference="AMSL")},
        ],
    }  # fmt: skip
    schedule = [{"schedule": [{"day": ["ANY"], "startTime": "09:00", "endTime": "18:00"}]}]
    document = {
        "type": "FeatureCollection",
        "features": [
            feature(circle),
            feature(collection, identifier="EHY2", limitedApplicability=schedule),
            feature(circle, identifier="EHY3", type="NOT_A_TYPE"),
        ],
    }
    read = read_ed318(write(tmp_path, document), projector, GROUND)
    assert [z.id for z in read.zones] == ["ehy1", "ehy2-v1", "ehy2-v2"]
    one, low, high = read.zones
    assert area_km2(one, projector) == pytest.approx(math.pi * 0.25, rel=0.01)
    assert high.lower.text == "400 ft AMSL"
    assert high.lower.height_agl_m == pytest.approx((400 - 115) * FEET)
    assert low.schedule == DailySchedule.parse("09:00-18:00") == high.schedule
    (warning,) = read.warnings
    assert "NOT_A_TYPE" in warning.message and warning.field == "zone 'EHY3' (Zone Y)"


def test_ed318_names_whatever_their_language_fields(tmp_path: Path, projector: Projector) -> None:
    # The fuzzer found a language given as a list: the reader raised TypeError (unhashable).
    circle = {"type": "Point", "coordinates": [6.8892, 52.2758], "layer": layer(0, 50),
              "extent": {"subType": "Circle", "radius": 500}}  # fmt: skip
    names = {
        "EHY1": [{"text": "Fuzz", "lang": ["en-GB"]}],
        "EHY2": [{"text": "Zone", "lang": None}, {"text": "Zone NL", "lang": "nl"}],
        "EHY3": [{"text": "Zone", "lang": {"en": 1}}, {"text": "   "}, "not an object"],
    }
    document = {
        "type": "FeatureCollection",
        "features": [feature(circle, identifier=key, name=name) for key, name in names.items()],
    }
    read = read_ed318(write(tmp_path, document), projector, GROUND)
    assert [z.name for z in read.zones] == ["Fuzz", "Zone NL", "Zone"]
    assert not read.warnings
