"""An instructor's hostile airspace files (review of issue 11): each gives a clear message or
warning naming the file and what is wrong, never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.errors import AssetError
from trainer.geo.crs import Projector
from trainer.geo.formats.ed269 import read_ed269
from trainer.geo.zones import FEET

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
