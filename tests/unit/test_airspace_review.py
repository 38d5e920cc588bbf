"""An instructor's hostile airspace files (review of issue 11): each gives a clear message or
warning naming the file and what is wrong, never a traceback."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from trainer.errors import AssetError
from trainer.geo.crs import Projector
from trainer.geo.formats.ed269 import read_ed269
from trainer.geo.formats.file_bytes import MAX_AIRSPACE_BYTES
from trainer.geo.formats.openair import openair_limit, read_openair
from trainer.geo.imports import Around, select
from trainer.geo.zones import FEET, Zone
from trainer.launch import Workspace
from trainer.scenario.airspace_imports import read_import
from trainer.scenario.model import AirspaceImport

GROUND = 115 * FEET  # EHTW


@pytest.fixture(scope="module")
def projector() -> Projector:
    return Projector()


def ed269_with_upper(tmp_path: Path, upper: str) -> Path:
    path = tmp_path / "zones.json"
    path.write_text(
        '{"UASZoneList": [{"identifier": "Z1", "restriction": "PROHIBITED", "geometry": [{'
        '"uomDimensions": "M", "lowerLimit": 0, "lowerVerticalReference": "AGL", '
        f'"upperLimit": {upper}, "upperVerticalReference": "AGL", '
        '"horizontalProjection": {"type": "Circle", "center": [6.89, 52.27], "radius": 100}}]}]}',
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(
    ("upper", "metres"),
    [
        ("1234567", None),
        ('"1e6"', None),
        ("0.00001", None),
        ("123456.5", 123456.5),
        ("99999", 99999.0),
    ],
)
def test_ed269_limits_of_any_size_are_read_or_skipped_with_a_warning(
    tmp_path: Path, projector: Projector, upper: str, metres: float | None
) -> None:
    """A limit float formatting would write with an exponent ('1e+06') once crashed the reader."""
    read = read_ed269(ed269_with_upper(tmp_path, upper), projector, GROUND)
    if metres is None:
        assert not read.zones
        (skipped,) = read.skipped
        assert "limit" in str(skipped.problem) and "Z1" in str(skipped.problem)
    else:
        (zone,) = read.zones
        assert zone.upper.height_agl_m == pytest.approx(metres)


@pytest.mark.parametrize("upper", ["1e308", "-1e308"])
def test_ed269_absurd_limits_are_skipped(tmp_path: Path, projector: Projector, upper: str) -> None:
    read = read_ed269(ed269_with_upper(tmp_path, upper), projector, GROUND)
    assert not read.zones and len(read.skipped) == 1


def test_json_with_an_endless_integer_names_the_file(tmp_path: Path, projector: Projector) -> None:
    path = ed269_with_upper(tmp_path, "9" * 5000)
    with pytest.raises(AssetError) as caught:
        read_ed269(path, projector, GROUND)
    assert "zones.json" in str(caught.value)
    assert "set_int_max_str_digits" not in str(caught.value)


def nevada_circle(tmp_path: Path, projector: Projector) -> Zone:
    """A 1 NM circle at 39 N 118 W, where the OpenAir format's own 1998 sample lies."""
    path = tmp_path / "nevada.txt"
    path.write_text("AC R\nAN C\nAL GND\nAH 2000 MSL\nV X=39:00:00 N 118:00:00 W\nDC 1\n")
    (zone,) = read_openair(path, projector, GROUND).zones
    return zone


@pytest.mark.parametrize(("radius_km", "reaches"), [(31.0, False), (32.0, True)])
def test_near_elsewhere_on_earth_measures_true_distances(
    tmp_path: Path, projector: Projector, radius_km: float, reaches: bool
) -> None:
    """The circle's edge is 31.46 km from 39.3 N 118 W (geodesic, 33.32 km to the centre less
    1 NM); RD metres there are half as long again, so no radius under 45 km found it."""
    zone = nevada_circle(tmp_path, projector)
    around = Around(39.3, -118.0, radius_km * 1000)
    assert select([zone], around) == ([zone] if reaches else [])


def test_near_the_far_side_of_the_earth(tmp_path: Path, projector: Projector) -> None:
    zone = nevada_circle(tmp_path, projector)
    assert select([zone], Around(-33.9, 151.2, 20_000_000)) == [zone]
    assert select([zone], Around(-33.9, 151.2, 1_000_000)) == []
    assert Around(-33.9, 151.2, 20_000_000).may_reach((-118.1, 38.9, -117.9, 39.1))
    assert not Around(52.27, 6.89, 40_000).may_reach((-118.1, 38.9, -117.9, 39.1))


def test_openair_records_separated_by_tabs(tmp_path: Path, projector: Projector) -> None:
    """'AC<tab>R' was not taken for an AC record, so its points ran on into the airspace before."""
    square = "DP 52:10:00 N 006:50:00 E\nDP 52:12:00 N 006:50:00 E\nDP 52:12:00 N 006:52:00 E\n"
    text = "AC R\nAN First\nAL GND\nAH 2000 MSL\n" + square
    text += "AC\tQ\nAN\tSecond\tone\nAL\tGND\nAH\t1500 MSL\n" + square.replace("DP ", "DP\t")
    path = tmp_path / "tabs.txt"
    path.write_text(text, encoding="latin-1")
    read = read_openair(path, projector, GROUND)
    assert [(z.name, z.upper.text) for z in read.zones] == [
        ("First", "2000 ft AMSL"),
        ("Second one", "1500 ft AMSL"),
    ]
    assert not read.skipped


@pytest.mark.parametrize("reader", [read_openair, read_ed269])
def test_an_endless_or_enormous_file_is_refused_unread(
    tmp_path: Path, projector: Projector, reader: Any
) -> None:
    """/dev/zero (or a pipe) as an airspace file was read until the memory ran out."""
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as file:
        file.truncate(MAX_AIRSPACE_BYTES + 1)  # sparse: no disk used
    with pytest.raises(AssetError, match="limited to"):
        reader(huge, projector, GROUND)
    with pytest.raises(AssetError, match="a folder"):
        reader(tmp_path, projector, GROUND)
    if Path("/dev/zero").exists():
        with pytest.raises(AssetError, match="not a regular file"):
            reader(Path("/dev/zero"), projector, GROUND)
    with pytest.raises(AssetError, match="No such file"):
        reader(tmp_path / "missing.txt", projector, GROUND)


def square(name: str, minute: int) -> str:
    corner = f"52:{minute:02d}:00 N 006:50:00 E"
    return (
        f"AC R\nAN {name}\nAL GND\nAH 2000 MSL\nDP {corner}\n"
        f"DP 52:{minute:02d}:30 N 006:50:00 E\nDP 52:{minute:02d}:30 N 006:51:00 E\n"
    )


def test_openair_ids_are_unique_in_a_file_and_readable(
    tmp_path: Path, projector: Projector
) -> None:
    """'Zone A' twice and then 'Zone A 2' gave two zones 'zone-a-2', and the scenario was refused
    with advice (an id_prefix) that could not help; 'Düsseldorf' became 'd-sseldorf'."""
    path = tmp_path / "ids.txt"
    text = square("Zone A", 10) + square("Zone A", 12) + square("Zone A 2", 14)
    path.write_text(text + square("Düsseldorf Süd", 16), encoding="utf-8")
    ids = [z.id for z in read_openair(path, projector, GROUND).zones]
    assert ids == ["zone-a", "zone-a-2", "zone-a-2-2", "dusseldorf-sud"]


def test_ed269_ids_are_unique_in_a_file(tmp_path: Path, projector: Projector) -> None:
    zone = (
        '{{"identifier": "{}", "restriction": "PROHIBITED", "geometry": [{{"uomDimensions": "M",'
        ' "lowerLimit": 0, "lowerVerticalReference": "AGL", "upperLimit": 120,'
        ' "upperVerticalReference": "AGL", "horizontalProjection": {{"type": "Circle",'
        ' "center": [6.89, 52.27], "radius": 100}}}}]}}'
    )
    path = tmp_path / "ids.json"
    zones = ", ".join(zone.format(i) for i in ["EHX", "EHX", "EHX-2", "Zöne"])
    path.write_text(f'{{"UASZoneList": [{zones}]}}', encoding="utf-8")
    ids = [z.id for z in read_ed269(path, projector, GROUND).zones]
    assert ids == ["ehx", "ehx-2", "ehx-2-2", "zone"]


def test_openair_unltd_is_no_upper_limit() -> None:
    assert openair_limit("UNLTD") == "UNL"


def test_an_import_that_gives_nothing_says_so() -> None:
    """The Swiss ED-269 sample imported into a Twente scenario gave no zone and no word."""
    workspace = Workspace()
    aerodrome = workspace.library.get("twente").aerodrome
    sample = Path(__file__).resolve().parents[1] / "data" / "ed269" / "cis_source_sample_ed269.json"
    item = AirspaceImport(file=str(sample), format="ed269")
    imported = read_import(item, None, workspace.library, aerodrome)
    assert imported.zones == ()
    (warning,) = imported.warnings
    assert "cis_source_sample_ed269.json" in str(warning)
    assert "none of its 1 zones lies within 40 km" in str(warning)
