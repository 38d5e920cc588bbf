"""Scenarios that import airspace files: the zones take part in the run like the bundled ones;
problems with the files are the loader's, with file, field and line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import SHARED_DATA
from tests.unit.scenario_factory import drone, prepare
from trainer.errors import ScenarioError
from trainer.geo.zones import FEET, ZoneKind
from trainer.launch import Workspace
from trainer.scenario.airspace_builder import build_airspace
from trainer.scenario.airspace_imports import with_absolute_imports
from trainer.scenario.model import AirspaceRefs
from trainer.sim.events import EventKind

NL_FILE = SHARED_DATA / "openair" / "NL-ASP-National-XCSoar_AIRAC2204.txt"
ARP = (52.2758, 6.8892)  # EHTW aerodrome reference point, about (eAIP AD 2 EHTW: 52°16'33"N)

# An illustrative restricted area 18-21 km north-east of EHTW, GND to FL100, shaped and placed
# like ED-R37A Nordhorn for the test (not its published outline), and a bow-tie that must be
# skipped without losing the rest of the file.
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
    (warning,) = airspace.warnings  # the bow-tie, named by file, line and name
    assert (warning.file, warning.line, warning.field) == (
        str(local_file),
        10,
        "airspace 'Crossed'",
    )
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
    # Within 40 km of EHTW the file holds the ATZ and RMZ of Twente, and parts C1 and C2 of a
    # TMZ and of the TMA "NM" (listed with `drone-trainer airspace FILE --radius-km 40`).
    assert set(imported) == {
        "nl-atz-twente", "nl-rmz-ehtw", "nl-tmz-c1", "nl-tmz-c1-2", "nl-tmz-c2", "nl-tmz-c2-2",
        "nl-tma-c1-nm", "nl-tma-c1-nm-2", "nl-tma-c2-nm", "nl-tma-c2-nm-2", "nl-tma-c2-nm-3",
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
    near = [(w.line, w.field) for w in airspace.warnings]
    assert near == [
        (2262, "airspace 'TMZ E'"), (2426, "airspace 'TMZ E'"), (3759, "airspace 'CTA E 2'"),
        (5790, "airspace 'TMA E NM'"), (5951, "airspace 'TMA E NM'"),
    ]  # fmt: skip
    engine = run.engine()
    engine.run_until(600)
    entered = {e.zone for e in engine.events if e.kind is EventKind.ZONE_ENTERED}
    assert {"nl-atz-twente", "nl-rmz-ehtw", "atz-twente"} <= entered


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
