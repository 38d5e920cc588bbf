"""Broken asset GeoJSON: every problem raises an AssetError naming the file, feature and field."""

from __future__ import annotations

import copy
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from trainer.errors import AssetError
from trainer.geo.assets import default_assets_root, load_asset_set
from trainer.geo.crs import Projector
from trainer.geo.formats.geojson import read_aerodrome, read_map_features, read_zones

SQUARE = [[6.88, 52.27], [6.89, 52.27], [6.89, 52.28], [6.88, 52.28], [6.88, 52.27]]
Doc = dict[str, Any]


@pytest.fixture(scope="module")
def projector() -> Projector:
    return Projector()


def zone_feature(zone_id: str, **props: Any) -> Doc:
    properties = {
        "id": zone_id,
        "name": zone_id.title(),
        "kind": "test_area",
        "source": "unit test",
        "approximate": True,
        "official": False,
        "lower": "GND",
        "upper": "120 m AGL",
        **props,
    }
    return {
        "type": "Feature",
        "properties": properties,
        "geometry": {"type": "Polygon", "coordinates": [copy.deepcopy(SQUARE)]},
    }


def airspace() -> Doc:
    return {"type": "FeatureCollection", "features": [zone_feature("a"), zone_feature("b")]}


def write(tmp_path: Path, doc: Doc | str, name: str = "airspace.geojson") -> Path:
    path = tmp_path / name
    path.write_text(doc if isinstance(doc, str) else json.dumps(doc), encoding="utf-8")
    return path


def expect_error(path: Path, read: Callable[[Path], object], field: str, words: str) -> None:
    with pytest.raises(AssetError) as caught:
        read(path)
    error = caught.value
    assert error.path == str(path)
    assert field in error.field, error
    assert words in str(error)
    assert str(path) in str(error)


def test_valid_file_reads(tmp_path: Path, projector: Projector) -> None:
    zones = read_zones(write(tmp_path, airspace()), projector)
    assert [z.id for z in zones] == ["a", "b"]
    assert zones[0].polygon.area == pytest.approx(682 * 1112, rel=0.01)


def _set(feature: int, key: str, value: Any) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        if value is None:
            del doc["features"][feature]["properties"][key]
        else:
            doc["features"][feature]["properties"][key] = value

    return change


def _geometry(feature: int, geometry: Any) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        doc["features"][feature]["geometry"] = geometry

    return change


def _poly(ring: list[list[Any]]) -> Doc:
    return {"type": "Polygon", "coordinates": [ring]}


BROKEN_ZONES = [
    (
        "missing source",
        _set(1, "source", None),
        "features[1] (id 'b').properties.source",
        "non-empty",
    ),
    ("empty source", _set(0, "source", " "), "properties.source", "non-empty"),
    ("unknown kind", _set(1, "kind", "no_fly"), "properties.kind", "unknown zone kind 'no_fly'"),
    ("bad lower", _set(0, "lower", "low"), "properties.lower", "cannot read vertical limit"),
    ("bad upper", _set(0, "upper", 120), "properties.upper", "non-empty string"),
    ("upper below lower", _set(0, "lower", "200 m AGL"), "properties.upper", "not above"),
    (
        "approximate as text",
        _set(0, "approximate", "yes"),
        "properties.approximate",
        "true or false",
    ),
    ("official missing", _set(0, "official", None), "properties.official", "true or false"),
    ("bad schedule", _set(0, "schedule", "daytime"), "properties.schedule", "HH:MM-HH:MM"),
    ("bad frequency", _set(0, "frequency_mhz", "119.955"), "properties.frequency_mhz", "number"),
    ("duplicate id", _set(1, "id", "a"), "features[1] (id 'a').properties.id", "duplicate id"),
    (
        "text coordinate",
        _geometry(0, _poly([[6.88, 52.27], ["6.89", 52.27], [6.89, 52.28], [6.88, 52.27]])),
        "geometry.coordinates[0][1]",
        "[longitude, latitude]",
    ),
    (
        "swapped lon/lat",
        _geometry(0, _poly([[52.27, 6.88], [52.27, 6.89], [52.28, 6.89], [52.27, 6.88]])),
        "geometry.coordinates[0][0]",
        "swapped",
    ),
    (
        "open ring",
        _geometry(0, _poly(SQUARE[:-1])),
        "geometry.coordinates[0]",
        "end with its first position",
    ),
    (
        "too few positions",
        _geometry(0, _poly(SQUARE[:2])),
        "geometry.coordinates[0]",
        "at least 4 positions",
    ),
    (
        "bow tie",
        _geometry(
            0, _poly([[6.88, 52.27], [6.89, 52.28], [6.89, 52.27], [6.88, 52.28], [6.88, 52.27]])
        ),
        "features[0] (id 'a').geometry",
        "invalid polygon: Self-intersection",
    ),
    (
        "point as zone",
        _geometry(0, {"type": "Point", "coordinates": [6.88, 52.27]}),
        "geometry.type",
        "Polygon",
    ),
    ("no geometry", _geometry(1, None), "features[1] (id 'b').geometry", "geometry object"),
    # Found by fuzzing: JSON integers have no size limit, and a list is no dictionary key.
    (
        "huge integer coordinate",
        _geometry(0, _poly([[6.88, 52.27], [10**400, 52.27], [6.89, 52.28], [6.88, 52.27]])),
        "geometry.coordinates[0][1]",
        "[longitude, latitude]",
    ),
    ("huge integer frequency", _set(0, "frequency_mhz", 10**400), "frequency_mhz", "number"),
    ("list as type", _geometry(0, {"type": ["Polygon"]}), "geometry.type", "must be one of"),
]


@pytest.mark.parametrize(
    ("change", "field", "words"), [c[1:] for c in BROKEN_ZONES], ids=[c[0] for c in BROKEN_ZONES]
)
def test_broken_zone_is_named(
    tmp_path: Path, projector: Projector, change: Callable[[Doc], None], field: str, words: str
) -> None:
    doc = airspace()
    change(doc)
    expect_error(write(tmp_path, doc), lambda p: read_zones(p, projector), field, words)


@pytest.mark.parametrize(
    ("text", "field", "words"),
    [
        ('{"type": "FeatureCollection", "features": [}', "line 1 column", "Expecting value"),
        ('{"type": "FeatureCollection", "features": [NaN]}', "", "NaN is not valid JSON"),
        ('{"type": "Feature"}', "type", "FeatureCollection"),
        ('{"type": "FeatureCollection", "features": {}}', "features", "list"),
        ('{"type": "FeatureCollection", "type": "x", "features": []}', "type", "twice"),
        (
            '{"type": "FeatureCollection", "features": [{"type": "Feature"}]}',
            "features[0].properties",
            "object",
        ),
        ('{"type": "FeatureCollection", "features": [3]}', "features[0]", "Feature"),
        ("[" * 5000, "", "nested too deeply"),  # found by fuzzing: a RecursionError
    ],
)
def test_broken_json_is_named(
    tmp_path: Path, projector: Projector, text: str, field: str, words: str
) -> None:
    expect_error(write(tmp_path, text), lambda p: read_zones(p, projector), field, words)


def test_not_utf8(tmp_path: Path, projector: Projector) -> None:
    path = tmp_path / "airspace.geojson"
    path.write_bytes(b'{"type": "FeatureCollection", "features": []} \xff')
    expect_error(path, lambda p: read_zones(p, projector), "", "not UTF-8")


# --- aerodrome and orientation files ----------------------------------------------------------


def aerodrome() -> Doc:
    path = default_assets_root() / "twente" / "aerodrome.geojson"
    doc: Doc = json.loads(path.read_text(encoding="utf-8"))
    return doc


def _index(doc: Doc, fid: str) -> int:
    return next(i for i, f in enumerate(doc["features"]) if f["properties"]["id"] == fid)


def test_real_aerodrome_file_reads(tmp_path: Path, projector: Projector) -> None:
    assert (
        read_aerodrome(write(tmp_path, aerodrome(), "aerodrome.geojson"), projector).icao == "EHTW"
    )


def test_missing_threshold(tmp_path: Path, projector: Projector) -> None:
    doc = aerodrome()
    del doc["features"][_index(doc, "thr-23")]
    path = write(tmp_path, doc, "aerodrome.geojson")
    expect_error(
        path,
        lambda p: read_aerodrome(p, projector),
        "(id 'rwy-05-23').properties.designators",
        "'23'",
    )


def test_threshold_for_unknown_runway(tmp_path: Path, projector: Projector) -> None:
    doc = aerodrome()
    doc["features"][_index(doc, "thr-05")]["properties"]["runway"] = "rwy-11-29"
    path = write(tmp_path, doc, "aerodrome.geojson")
    expect_error(
        path, lambda p: read_aerodrome(p, projector), "(id 'thr-05').properties.runway", "rwy-11-29"
    )


def test_two_reference_points(tmp_path: Path, projector: Projector) -> None:
    doc = aerodrome()
    extra = copy.deepcopy(doc["features"][_index(doc, "ehtw-arp")])
    extra["properties"]["id"] = "second-arp"
    doc["features"].append(extra)
    path = write(tmp_path, doc, "aerodrome.geojson")
    expect_error(path, lambda p: read_aerodrome(p, projector), "features", "found 2")


@pytest.mark.parametrize(
    ("fid", "key", "value", "words"),
    [
        ("rwy-05-23", "designators", ["05"], "list of two"),
        ("rwy-05-23", "width_m", -45, "above 0"),
        ("rwy-05-23", "true_headings_deg", [56, "236"], "list of two"),
        ("ehtw-arp", "elevation_ft", None, "number"),
        pytest.param("ehtw-arp", "elevation_ft", -(10**400), "number", id="huge elevation"),
        pytest.param(
            "rwy-05-23", "true_headings_deg", [56, 10**400], "list of two", id="huge heading"
        ),
        ("ehtw-arp", "kind", "airport", "unknown kind 'airport'"),
    ],
)
def test_broken_aerodrome_property(
    tmp_path: Path, projector: Projector, fid: str, key: str, value: Any, words: str
) -> None:
    doc = aerodrome()
    doc["features"][_index(doc, fid)]["properties"][key] = value
    path = write(tmp_path, doc, "aerodrome.geojson")
    expect_error(
        path, lambda p: read_aerodrome(p, projector), f"(id '{fid}').properties.{key}", words
    )


def test_runway_needs_two_ends(tmp_path: Path, projector: Projector) -> None:
    doc = aerodrome()
    line = doc["features"][_index(doc, "rwy-05-23")]["geometry"]["coordinates"]
    line.insert(1, [6.89, 52.276])
    path = write(tmp_path, doc, "aerodrome.geojson")
    expect_error(
        path, lambda p: read_aerodrome(p, projector), "geometry.coordinates", "two physical ends"
    )


def test_orientation_geometry_type(tmp_path: Path, projector: Projector) -> None:
    doc = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {
                    "id": "x",
                    "name": "X",
                    "kind": "town",
                    "source": "t",
                    "approximate": True,
                },
                "geometry": {"type": "GeometryCollection", "geometries": []},
            }
        ],
    }
    path = write(tmp_path, doc, "orientation.geojson")
    expect_error(
        path,
        lambda p: read_map_features(p, projector),
        "(id 'x').geometry.type",
        "GeometryCollection",
    )


# --- the asset set ----------------------------------------------------------------------------


def copy_twente(tmp_path: Path) -> Path:
    target = tmp_path / "twente"
    target.mkdir()
    for name in ("aerodrome.geojson", "airspace.geojson", "orientation.geojson"):
        shutil.copy(default_assets_root() / "twente" / name, target / name)
    return target


def test_missing_file_in_set(tmp_path: Path, projector: Projector) -> None:
    directory = copy_twente(tmp_path)
    (directory / "orientation.geojson").unlink()
    expect_error(
        directory / "orientation.geojson",
        lambda p: load_asset_set(directory, projector),
        "",
        "missing",
    )


def test_duplicate_zone_id_in_set(tmp_path: Path, projector: Projector) -> None:
    directory = copy_twente(tmp_path)
    path = directory / "airspace.geojson"
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["features"][1]["properties"]["id"] = doc["features"][0]["properties"]["id"]
    write(directory, doc)
    expect_error(
        path, lambda p: load_asset_set(directory, projector), "properties.id", "duplicate id"
    )


def test_reversed_runway_line(tmp_path: Path, projector: Projector) -> None:
    doc = aerodrome()
    doc["features"][_index(doc, "rwy-05-23")]["geometry"]["coordinates"].reverse()
    path = write(tmp_path, doc, "aerodrome.geojson")
    expect_error(
        path,
        lambda p: read_aerodrome(p, projector),
        "(id 'rwy-05-23').geometry.coordinates",
        "must start at the 05 end",
    )
