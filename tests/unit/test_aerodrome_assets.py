"""The Twente asset set: runway geometry against published figures, sources, and reproducibility."""

from __future__ import annotations

import importlib.util
import json
import math
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from pyproj import Geod
from shapely.geometry import Point

from trainer.geo.assets import AssetSet, default_assets_root, load_asset_set
from trainer.geo.crs import Projector
from trainer.geo.zones import FEET, ZoneKind

TWENTE = default_assets_root() / "twente"
FILES = ("aerodrome.geojson", "airspace.geojson", "orientation.geojson")
CONSTRUCTS = {
    "uas-ehtw-core",
    "approach-23",
    "approach-05",
    "uas-ehtw-atz-authorisation",
    "test-area-twente",
    "safety-campus",
    "event-area-campus",
}


@pytest.fixture(scope="module")
def projector() -> Projector:
    return Projector()


@pytest.fixture(scope="module")
def assets(projector: Projector) -> AssetSet:
    return load_asset_set(TWENTE, projector)


def _build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("twente_build_assets", TWENTE / "build_assets.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _raw_features() -> list[tuple[str, dict[str, Any]]]:
    found = []
    for name in FILES:
        doc = json.loads((TWENTE / name).read_text(encoding="utf-8"))
        found += [(name, f["properties"]) for f in doc["features"]]
    return found


def test_the_set_loads_with_its_parts(assets: AssetSet) -> None:
    assert assets.name == "twente"
    assert assets.aerodrome.icao == "EHTW"
    assert assets.aerodrome.radio_name == "Twente Radio"
    assert assets.aerodrome.radio_mhz == pytest.approx(119.955)
    assert assets.aerodrome.elevation_m == pytest.approx(115 * FEET)
    assert {z.id for z in assets.zones} >= {"atz-twente", "rmz-ehtw"} | CONSTRUCTS
    assert {f.kind for f in assets.features} == {"town", "motorway", "border"}


def test_zone_lookup(assets: AssetSet) -> None:
    assert assets.zone("atz-twente").kind is ZoneKind.ATZ
    with pytest.raises(KeyError, match="no zone 'nowhere'"):
        assets.zone("nowhere")


def test_runway_length_matches_ourairports(assets: AssetSet) -> None:
    # runways.csv: 9801 ft = 2,987 m. The end coordinates themselves are 2,982.7 m apart.
    assert assets.aerodrome.runway("05").length_m() == pytest.approx(2987, abs=15)


def test_distance_between_thresholds(assets: AssetSet) -> None:
    # Brief: 2,406 m. End-to-end 2,982.7 m less 935 ft and 972 ft gives 2,401.4 m: the published
    # end coordinates sit about 4.7 m closer together than length_ft says.
    assert assets.aerodrome.runway("23").threshold_distance_m() == pytest.approx(2406, abs=10)


def test_runway_bearing(assets: AssetSet, projector: Projector) -> None:
    runway = assets.aerodrome.runways[0]
    assert runway.true_headings_deg == (56.0, 236.0)
    # The ends' true azimuth is 55.2° (runways.csv rounds headings to whole degrees); RD grid
    # north is turned about 1.2° from true north at Twente, so the grid bearing reads 54.0°.
    (lat0, lon0), (lat1, lon1) = (projector.to_wgs84(*end) for end in runway.ends)
    true_azimuth = Geod(ellps="WGS84").inv(lon0, lat0, lon1, lat1)[0]
    assert true_azimuth == pytest.approx(56, abs=1.0)
    assert runway.grid_bearing_deg() == pytest.approx(56, abs=2.5)
    assert runway.grid_bearing_deg() == pytest.approx(54.0, abs=0.3)


def test_thresholds_lie_inside_the_runway(assets: AssetSet) -> None:
    runway = assets.aerodrome.runways[0]
    strip = runway.polygon()
    assert strip.area == pytest.approx(runway.length_m() * runway.width_m)
    for point in runway.thresholds:
        assert strip.contains(Point(point))
        assert runway.centreline().distance(Point(point)) < 0.01
    ends = [Point(e) for e in runway.ends]
    # Threshold 05 is 935 ft from the 05 end, threshold 23 972 ft from the 23 end.
    assert ends[0].distance(Point(runway.thresholds[0])) == pytest.approx(935 * FEET, abs=0.1)
    assert ends[1].distance(Point(runway.thresholds[1])) == pytest.approx(972 * FEET, abs=0.1)


def test_arp_is_near_the_runway_midpoint(assets: AssetSet) -> None:
    aerodrome = assets.aerodrome
    midpoint = Point(aerodrome.runways[0].midpoint())
    assert midpoint.distance(Point(aerodrome.reference_point)) < 300


def test_every_feature_has_a_source_and_says_if_approximate() -> None:
    for file_name, props in _raw_features():
        assert isinstance(props.get("source"), str) and props["source"].strip(), (file_name, props)
        assert isinstance(props.get("approximate"), bool), (file_name, props)


def test_constructs_are_marked_as_such(assets: AssetSet) -> None:
    raw = {p["id"]: p for name, p in _raw_features() if name == "airspace.geojson"}
    for zone in assets.zones:
        if zone.id in CONSTRUCTS:
            assert not zone.official
            assert raw[zone.id]["approximate"] is True
            assert zone.source.startswith("training construct, not published airspace")
        else:
            assert zone.official and raw[zone.id]["approximate"] is False


def test_orientation_features_are_approximate(assets: AssetSet) -> None:
    assert assets.features and all(f.approximate for f in assets.features)


def test_construct_layout(assets: AssetSet) -> None:
    runway = assets.aerodrome.runways[0]
    strip = runway.polygon()
    atz = assets.zone("atz-twente").polygon
    for zone in assets.zones:
        # The core zone and the ATZ-wide authorisation zone cover the runway on purpose.
        if zone.id in CONSTRUCTS - {"uas-ehtw-core", "uas-ehtw-atz-authorisation"}:
            assert zone.polygon.intersection(strip).area < 1.0, zone.id
    assert assets.zone("test-area-twente").polygon.within(atz)
    end_05, end_23 = (Point(e) for e in runway.ends)
    # approach-23 serves aircraft landing on 23, who come in from the north-east.
    approach_23 = assets.zone("approach-23").polygon.centroid
    assert approach_23.distance(end_23) < approach_23.distance(end_05)
    assert approach_23.y > end_23.y and approach_23.x > end_23.x
    approach_05 = assets.zone("approach-05").polygon.centroid
    assert approach_05.y < end_05.y and approach_05.x < end_05.x


def test_towns_are_where_the_brief_puts_them(assets: AssetSet) -> None:
    arp = Point(assets.aerodrome.reference_point)
    distance_km = {f.name: f.geometry.distance(arp) / 1000 for f in assets.features}
    assert distance_km["Enschede"] == pytest.approx(6, abs=1)
    assert distance_km["Hengelo"] == pytest.approx(7, abs=1)
    assert distance_km["Oldenzaal"] == pytest.approx(5, abs=1)
    assert distance_km["Dutch-German border"] == pytest.approx(10, abs=1.5)


def test_files_are_what_the_build_script_writes(tmp_path: Path) -> None:
    written = _build_script().build(tmp_path)
    assert sorted(p.name for p in written) == sorted(FILES)
    for name in FILES:
        fresh = (tmp_path / name).read_bytes()
        assert fresh.endswith(b"\n")
        assert fresh == (TWENTE / name).read_bytes(), (
            f"{name} is stale: run python assets/twente/build_assets.py"
        )


def test_build_is_deterministic(tmp_path: Path) -> None:
    script = _build_script()
    script.build(tmp_path / "a")
    script.build(tmp_path / "b")
    for name in FILES:
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()


def test_coordinates_have_at_most_seven_decimals() -> None:
    def numbers(value: Any) -> list[float]:
        if isinstance(value, list):
            return [n for item in value for n in numbers(item)]
        return [value]

    for name in FILES:
        doc = json.loads((TWENTE / name).read_text(encoding="utf-8"))
        assert "metadata" in doc
        for feature in doc["features"]:
            for n in numbers(feature["geometry"]["coordinates"]):
                assert math.isclose(n, round(n, 7), abs_tol=1e-12)


def test_every_zone_has_a_dutch_name(assets: AssetSet) -> None:
    """Dutch is the classroom's working language (the brief): the map, the tracks' zone column
    and the alerts name each bundled zone in it."""
    from trainer import i18n

    assert all(zone.name_nl for zone in assets.zones)
    core = assets.zone("uas-ehtw-core")
    try:
        i18n.use_language("nl")
        assert core.shown_name() == "Kernzone baan EHTW, geen drones"
        i18n.use_language("en")
        assert core.shown_name() == "EHTW runway core, no drones" == core.name
    finally:
        i18n.use_language("en")


def test_every_construct_says_in_dutch_how_it_was_drawn(assets: AssetSet) -> None:
    """A zone's source shows in its map tooltip: the constructs, drawn by us, say in Dutch how;
    the official zones' citations stay as published."""
    from trainer import i18n

    constructs = [zone for zone in assets.zones if not zone.official]
    assert constructs and all(zone.source_nl for zone in constructs)
    assert not any(zone.source_nl for zone in assets.zones if zone.official)
    campus = assets.zone("safety-campus")
    try:
        i18n.use_language("nl")
        assert campus.shown_source() == (
            "trainingsconstructie, geen gepubliceerd luchtruim: vierkant van 400 m rond de "
            "campus, positie bij benadering"
        )
        assert assets.zone("atz-twente").shown_source().startswith("Dutch national OpenAir")
        i18n.use_language("en")
        assert campus.shown_source() == campus.source
    finally:
        i18n.use_language("en")
