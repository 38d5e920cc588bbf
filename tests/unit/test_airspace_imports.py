"""Scenarios that import airspace files: the zones take part in the run like the bundled ones;
problems with the files are the loader's, with file, field and line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import shapely

from tests.conftest import SHARED_DATA
from tests.unit.scenario_factory import drone, prepare
from trainer.errors import AssetError, ScenarioError
from trainer.geo.formats.geojson import read_zones
from trainer.geo.zones import FEET, ZoneKind
from trainer.launch import Workspace
from trainer.scenario.airspace_builder import build_airspace
from trainer.scenario.airspace_imports import with_absolute_imports
from trainer.scenario.model import AirspaceRefs
from trainer.sim.events import EventKind

NL_FILE = SHARED_DATA / "openair" / "NL-ASP-National-XCSoar_AIRAC2204.txt"
ARP = (52.2758, 6.8892)  # EHTW aerodrome reference point, about (eAIP AD 2 EHTW: 52°16'33"N)

# An illustrative restricted area 18-21 km north-east of EHTW, GND to FL100, shaped and placed
# like ED-R37A Nordhorn for the test (not its published outline), and a bow-tie that is kept as
# the two triangles it encloses, with a warning.
LOCAL_OPENAIR = """\
* hand-made for the tests
AC R
AN ED-R37A Nordhorn (illustrative)
AL GND
AH FL100
DP 52:26:00 N 007:02:00 E
DP 52:26:00 N 007:05:00 E
DP 52:24:00 N 007:05:00 E
DP 52:24:00 N 007:02:00 E
AC R
AN Crossed
AL GND
AH 1000 MSL
DP 52:20:00 N 006:50:00 E
DP 52:21:00 N 006:52:00 E
DP 52:20:00 N 006:52:00 E
DP 52:21:00 N 006:50:00 E
AC Q
AN ATZ Twente
AL GND
AH 2200 MSL
V X=52:16:33 N 006:53:21 E
DC 3
"""
NORTH_EAST = {"kind": "route", "waypoints": [{"lat": 52.415, "lon": 7.06, "alt_agl_m": 80}]}


@pytest.fixture()
def local_file(tmp_path: Path) -> Path:
    path = tmp_path / "local.txt"
    path.write_bytes(LOCAL_OPENAIR.replace("\n", "\r\n").encode("latin-1"))  # as files come
    return path


def imports(*items: dict[str, Any], **refs: Any) -> dict[str, Any]:
    return {"airspace": {"imports": list(items), **refs}}


def test_a_restricted_area_is_kept_and_entered(
    workspace: Workspace, tmp_path: Path, local_file: Path
) -> None:
    start = drone("d1", 52.39, 7.00, NORTH_EAST, alt_agl_m=80)
    run = prepare(
        workspace,
        tmp_path,
        [start],
        **imports({"file": "local.txt", "format": "openair", "kinds": ["restricted"]}),
    )  # a relative path starts at the scenario file
    airspace = run.world.airspace
    zone = airspace.zone("ed-r37a-nordhorn-illustrative")
    assert zone.kind is ZoneKind.RESTRICTED and zone.upper.text == "FL100"
    assert zone.upper.height_agl_m == pytest.approx(10_000 * FEET - 115 * FEET)
    assert "atz-twente" in {z.id for z in airspace.zones}  # the asset's, not the import's
    # The bow-tie (also a restricted area, 8 km north of EHTW) is kept as the two triangles its
    # outline encloses, with a warning naming file, line and name, and what was done.
    assert len(shapely.get_parts(airspace.zone("crossed").polygon)) == 2
    (warning,) = airspace.warnings
    assert (warning.file, warning.line, warning.field) == (
        str(local_file),
        10,
        "airspace 'Crossed'",
    )
    assert warning.message.startswith("its outline crosses itself near 52.34167, 6.85000")
    assert "read as the area it encloses: 2 parts, " in warning.message
    engine = run.engine()
    engine.run_until(300)
    entered = [e for e in engine.events if e.kind is EventKind.ZONE_ENTERED]
    assert "ed-r37a-nordhorn-illustrative" in {e.zone for e in entered}


def test_imported_ids_must_not_clash_with_asset_zones(
    workspace: Workspace, tmp_path: Path, local_file: Path
) -> None:
    item = {"file": "local.txt", "format": "openair", "kinds": ["atz"]}
    with pytest.raises(ScenarioError) as caught:
        prepare(workspace, tmp_path, [drone("d1", *ARP, {"kind": "hover"})], **imports(item))
    (problem,) = caught.value.problems
    assert problem.field == "airspace.imports[0]" and problem.line is not None
    assert "'atz-twente'" in problem.message and "exclude_zones" in problem.message
    # Leaving the asset's ATZ out makes room for the imported one, which scenarios may name.
    authorised = drone(
        "d1", *ARP, {"kind": "hover"},
        authorisation={"reference": "A1", "zones": ["atz-twente"], "valid_to_s": 600},
    )  # fmt: skip
    run = prepare(workspace, tmp_path, [authorised], **imports(item, exclude_zones=["atz-twente"]))
    atz = run.world.airspace.zone("atz-twente")
    assert atz.source == "OpenAir file local.txt, line 18"
    # An id_prefix keeps both.
    run = prepare(workspace, tmp_path, [authorised], **imports({**item, "id_prefix": "nl-"}))
    ids = {z.id for z in run.world.airspace.zones}
    assert {"atz-twente", "nl-atz-twente"} <= ids


def test_area_and_kind_filters(workspace: Workspace, tmp_path: Path, local_file: Path) -> None:
    hover = [drone("d1", *ARP, {"kind": "hover"})]
    base = {"file": str(local_file), "format": "openair", "id_prefix": "x-"}
    everything = prepare(workspace, tmp_path, hover, **imports(base)).world.airspace
    assert {"x-ed-r37a-nordhorn-illustrative", "x-atz-twente"} <= {z.id for z in everything.zones}
    near = prepare(workspace, tmp_path, hover, **imports({**base, "within_km": 10}))
    assert "x-ed-r37a-nordhorn-illustrative" not in {z.id for z in near.world.airspace.zones}
    danger = prepare(workspace, tmp_path, hover, **imports({**base, "kinds": ["danger"]}))
    assert not [z for z in danger.world.airspace.zones if z.id.startswith("x-")]


def test_a_missing_or_unusable_file_is_the_loaders_problem(
    workspace: Workspace, tmp_path: Path
) -> None:
    hover = [drone("d1", *ARP, {"kind": "hover"})]
    with pytest.raises(ScenarioError) as caught:
        prepare(workspace, tmp_path, hover, **imports({"file": "nowhere.txt", "format": "openair"}))
    (problem,) = caught.value.problems
    assert problem.field == "airspace.imports[0].file"
    assert str(tmp_path / "nowhere.txt") in problem.message and "cannot read" in problem.message
    (tmp_path / "bad.json").write_text('{"UASZoneList": 3}', encoding="utf-8")
    with pytest.raises(ScenarioError, match="UASZoneList"):
        prepare(workspace, tmp_path, hover, **imports({"file": "bad.json", "format": "ed269"}))
    with pytest.raises(ScenarioError, match="'kml'"):
        prepare(workspace, tmp_path, hover, **imports({"file": "x.kml", "format": "kml"}))


def test_a_scenario_importing_the_national_openair_file_runs_with_its_zones(
    workspace: Workspace, tmp_path: Path
) -> None:
    if not NL_FILE.is_file():
        pytest.skip(f"shared test data not present: {NL_FILE} (see ../shared/data/SOURCES.md)")
    south = {"kind": "route", "waypoints": [{"lat": 52.30, "lon": 6.89, "alt_agl_m": 100}]}
    run = prepare(
        workspace,
        tmp_path,
        [drone("d1", 52.37, 6.89, south, alt_agl_m=100)],
        **imports({"file": str(NL_FILE), "format": "openair", "id_prefix": "nl-"}),
    )
    airspace = run.world.airspace
    imported = {z.id: z for z in airspace.zones if z.id.startswith("nl-")}
    # Within 40 km of EHTW the file holds the ATZ and RMZ of Twente, parts C1, C2 and E of a
    # TMZ and of the TMA "NM", and CTA E 2 (listed with `drone-trainer airspace FILE
    # --radius-km 40`). The E parts and CTA E 2 cross themselves and are kept as repaired.
    assert set(imported) == {
        "nl-atz-twente", "nl-rmz-ehtw", "nl-tmz-c1", "nl-tmz-c1-2", "nl-tmz-c2", "nl-tmz-c2-2",
        "nl-tma-c1-nm", "nl-tma-c1-nm-2", "nl-tma-c2-nm", "nl-tma-c2-nm-2", "nl-tma-c2-nm-3",
        "nl-tmz-e", "nl-tmz-e-2", "nl-cta-e-2", "nl-tma-e-nm", "nl-tma-e-nm-2",
    }  # fmt: skip
    # By hand from the file: the second "AN TMA C2 NM" (line 5744) has AL FL 055, AH FL 095;
    # the first "AN TMZ C1" (line 1372) AL 1200 MSL, AH FL 195; "AN ATZ Twente" (line 6657)
    # AL GND, AH 2200 MSL.
    assert (imported["nl-tma-c2-nm-2"].lower.text, imported["nl-tma-c2-nm-2"].upper.text) == (
        "FL55", "FL95",
    )  # fmt: skip
    assert imported["nl-tmz-c1"].lower.height_agl_m == pytest.approx((1200 - 115) * FEET)
    assert imported["nl-atz-twente"].upper.text == "2200 ft AMSL"
    # Of the file's ten self-intersecting outlines, five lie within 40 km: TMZ E (twice), CTA E 2
    # and TMA E NM (twice), all crossing themselves near 52.2366 N 7.0527 E, 13 km east of EHTW.
    # They are the run's warnings; none is left out.
    near = [(w.line, w.field) for w in airspace.warnings]
    assert near == [
        (2262, "airspace 'TMZ E'"), (2426, "airspace 'TMZ E'"), (3759, "airspace 'CTA E 2'"),
        (5790, "airspace 'TMA E NM'"), (5951, "airspace 'TMA E NM'"),
    ]  # fmt: skip
    assert all("read as the area it encloses" in w.message for w in airspace.warnings)
    engine = run.engine()
    engine.run_until(600)
    entered = {e.zone for e in engine.events if e.kind is EventKind.ZONE_ENTERED}
    assert {"nl-atz-twente", "nl-rmz-ehtw", "atz-twente"} <= entered


def test_a_drone_in_a_repaired_zone_of_the_national_file_is_in_it(
    workspace: Workspace, tmp_path: Path
) -> None:
    """TMZ E (AL 1200 MSL, AH FL 95: 331 to 2861 m above EHTW) crosses itself 13 km east of
    EHTW; its main area lies south-west of the aerodrome. A drone climbing there from 200 m to
    450 m above the ground enters it, as the zone monitor reports."""
    if not NL_FILE.is_file():
        pytest.skip(f"shared test data not present: {NL_FILE} (see ../shared/data/SOURCES.md)")
    up = {"kind": "route", "waypoints": [{"lat": 52.20, "lon": 6.70, "alt_agl_m": 450}]}
    item = {"file": str(NL_FILE), "format": "openair", "kinds": ["tmz"], "id_prefix": "nl-"}
    run = prepare(
        workspace, tmp_path, [drone("d1", 52.20, 6.70, up, alt_agl_m=200)], **imports(item)
    )
    tmz_e = run.world.airspace.zone("nl-tmz-e")
    assert len(shapely.get_parts(tmz_e.polygon)) == 2  # the main area and the 0.16 km2 loop
    # Only the TMZs were asked for: the warnings name the two TMZ E parts, not CTA E 2 or
    # TMA E NM, whose repair concerns a run that has them.
    assert [w.field for w in run.world.airspace.warnings] == ["airspace 'TMZ E'"] * 2
    engine = run.engine()
    engine.run_until(300)
    entered = [e for e in engine.events if e.kind is EventKind.ZONE_ENTERED]
    # Into TMZ E, not its part from FL55 (1641 m above EHTW) up.
    assert {(e.drone, e.zone) for e in entered} == {("d1", "nl-tmz-e")}


def test_the_documented_example_runs(workspace: Workspace, tmp_path: Path) -> None:
    """docs/examples/imported-airspace.yaml, with the national file wherever it is here."""
    if not NL_FILE.is_file():
        pytest.skip(f"shared test data not present: {NL_FILE} (see ../shared/data/SOURCES.md)")
    examples = Path(__file__).resolve().parents[2] / "docs" / "examples"
    text = (examples / "imported-airspace.yaml").read_text(encoding="utf-8")
    text = text.replace("../../../shared/data/openair/", f"{NL_FILE.parent}/")
    text = text.replace(
        "file: example-zones-ed269.json", f"file: {examples}/example-zones-ed269.json"
    )
    path = tmp_path / "example.yaml"
    path.write_text(text, encoding="utf-8")
    run = workspace.prepare(path)
    engine = run.engine()
    engine.run_until(run.scenario.duration_s)
    entered = {(e.drone, e.zone) for e in engine.events if e.kind is EventKind.ZONE_ENTERED}
    # The ED-269 zone's two volumes (0-120 m AGL circle; GND-1000 ft AMSL square) are two zones.
    assert {("hobby-1", "example-1-v1"), ("hobby-1", "example-1-v2")} <= entered
    assert ("survey-1", "atz-twente") in entered  # the imported ATZ, the asset's is excluded
    assert run.world.airspace.zone("atz-twente").source.startswith("OpenAir file")


def test_a_station_elsewhere_finds_the_imports_the_console_sends(
    workspace: Workspace, tmp_path: Path, local_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The console sends the airspace section with absolute import paths (the station does not
    know where the scenario file is) and the station builds the same zones from it."""
    item = {"file": "local.txt", "format": "openair", "id_prefix": "nl-"}
    run = prepare(workspace, tmp_path, [drone("d1", *ARP, {"kind": "hover"})], **imports(item))
    sent = with_absolute_imports(run.scenario.airspace, run.path.parent).model_dump_json()
    monkeypatch.chdir(tmp_path.parent)  # anywhere but beside the scenario
    received = build_airspace(AirspaceRefs.model_validate_json(sent), workspace.library)
    assert [z.id for z in received.zones] == [z.id for z in run.world.airspace.zones]
    assert AirspaceRefs.model_validate_json(sent).imports[0].file == str(local_file.resolve())


def test_a_repaired_zone_is_named_only_when_the_run_keeps_it(
    workspace: Workspace, tmp_path: Path, local_file: Path
) -> None:
    hover = [drone("d1", *ARP, {"kind": "hover"})]
    atz_only = {"file": "local.txt", "format": "openair", "kinds": ["atz"], "id_prefix": "x-"}
    run = prepare(workspace, tmp_path, hover, **imports(atz_only))
    assert "x-atz-twente" in {z.id for z in run.world.airspace.zones}
    assert not run.world.airspace.warnings  # the bow-tie is a restricted area: not asked for
    far_crossed = LOCAL_OPENAIR.replace("52:2", "53:2")  # the bow-tie 100 km north instead
    (tmp_path / "far.txt").write_text(far_crossed, encoding="latin-1")
    far = {"file": "far.txt", "format": "openair", "id_prefix": "f-"}
    run = prepare(workspace, tmp_path, hover, **imports(far))
    assert "f-ed-r37a-nordhorn-illustrative" not in {z.id for z in run.world.airspace.zones}
    assert not run.world.airspace.warnings  # nor the bow-tie: too far to be imported


def test_an_imported_geojson_outline_is_repaired_but_a_scenarios_own_zone_is_refused(
    workspace: Workspace, tmp_path: Path
) -> None:
    """The trainer's GeoJSON, imported, is read like the field's formats; the same outline in
    an asset set's file or drawn in the scenario is the author's to fix, and refused."""
    bow_tie = [[6.87, 52.28], [6.89, 52.29], [6.89, 52.28], [6.87, 52.29], [6.87, 52.28]]
    properties = {
        "id": "crossed", "name": "Crossed", "kind": "event_area", "source": "test",
        "approximate": True, "official": False, "lower": "GND", "upper": "120 m AGL",
    }  # fmt: skip
    feature = {"type": "Feature", "properties": properties,
               "geometry": {"type": "Polygon", "coordinates": [bow_tie]}}  # fmt: skip
    triangle_feature = {
        **feature,
        "properties": {**properties, "id": "triangle", "name": "Triangle"},
    }
    triangle = [[6.86, 52.27], [6.87, 52.27], [6.87, 52.28], [6.86, 52.27]]
    triangle_feature["geometry"] = {"type": "Polygon", "coordinates": [triangle]}
    path = tmp_path / "zones.geojson"
    path.write_text(
        json.dumps(
            {"type": "FeatureCollection", "features": [triangle_feature, feature]}, indent=1
        ),
        encoding="utf-8",
    )
    hover = [drone("d1", *ARP, {"kind": "hover"})]
    item = {"file": "zones.geojson", "format": "geojson", "id_prefix": "g-"}
    run = prepare(workspace, tmp_path, hover, **imports(item))
    crossed = run.world.airspace.zone("g-crossed")
    assert len(shapely.get_parts(crossed.polygon)) == 2 and crossed.polygon.is_valid
    (warning,) = run.world.airspace.warnings
    lines = path.read_text(encoding="utf-8").splitlines()
    assert warning.file == str(path) and warning.field == "features[1] (id 'crossed').geometry"
    assert lines[warning.line - 1].strip() == "{" and '"Feature"' in lines[warning.line]
    assert warning.message.startswith("its outline crosses itself near 52.28500, 6.88000")
    # As an asset set's airspace file, the same file is refused.
    with pytest.raises(AssetError) as refused:
        read_zones(path, workspace.projector)
    assert "invalid polygon: Self-intersection near 52.28500, 6.88000" in str(refused.value)
    # Drawn in the scenario itself, the outline is refused with where it crosses.
    outline = [{"lat": lat, "lon": lon} for lon, lat in bow_tie[:-1]]
    own = {"id": "own", "name": "Own", "kind": "event_area", "lower": "GND",
           "upper": "120 m AGL", "polygon": outline}  # fmt: skip
    with pytest.raises(ScenarioError) as caught:
        prepare(workspace, tmp_path, hover, **imports(item, zones=[own]))
    (problem,) = caught.value.problems
    assert problem.field == "airspace.zones[0].polygon"
    assert problem.message == (
        "invalid polygon: Self-intersection near 52.28500, 6.88000 (lat, lon); edges must not cross"
    )


def test_only_airspace_left_out_near_the_aerodrome_is_named(
    workspace: Workspace, tmp_path: Path
) -> None:
    far_crossed = LOCAL_OPENAIR.replace("52:2", "53:2")  # the bow-tie 100 km north instead
    broken_record = "AC R\nAN Half read\nAL GND\nAH FL50\nDP 53:00:00 N 006:00:00 E\nDP nonsense\n"
    (tmp_path / "mixed.txt").write_text(far_crossed + broken_record, encoding="latin-1")
    item = {"file": "mixed.txt", "format": "openair", "id_prefix": "m-"}
    run = prepare(workspace, tmp_path, [drone("d1", *ARP, {"kind": "hover"})], **imports(item))
    # The bow-tie was read whole and lies far away: not this run's concern. The airspace that
    # failed half way could reach anywhere: named.
    assert [w.field for w in run.world.airspace.warnings] == ["airspace 'Half read'"]
