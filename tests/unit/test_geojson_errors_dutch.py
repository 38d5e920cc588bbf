"""Broken asset GeoJSON in Dutch: the same file, feature and field are named as in English, and
what is wrong is said in Dutch (every case of the English tests, so a new English-only text in
the reader fails here)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import examples
from tests.unit.test_geojson_errors import (
    BROKEN_ZONES,
    Doc,
    _index,
    aerodrome,
    airspace,
    write,
)
from trainer import i18n
from trainer.errors import AssetError
from trainer.geo.crs import Projector
from trainer.geo.formats.geojson import read_aerodrome, read_zones
from trainer.geo.formats.json_file import JSON_PROBLEMS
from trainer.i18n import en_geojson


@pytest.fixture(scope="module")
def projector() -> Projector:
    return Projector()


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    i18n.use_language("en")


def _error(path: Path, read: Callable[[Path], object], language: i18n.Language) -> AssetError:
    i18n.use_language(language)
    with pytest.raises(AssetError) as caught:
        read(path)
    return caught.value


def _what(error: AssetError) -> str:
    """The error's text after the file and the field: what is wrong."""
    return str(error).removeprefix(f"{error.path}: {error.field}: ")


@pytest.mark.parametrize(
    ("change", "field"), [c[1:3] for c in BROKEN_ZONES], ids=[c[0] for c in BROKEN_ZONES]
)
def test_every_broken_zone_is_told_in_dutch_naming_file_and_field(
    tmp_path: Path, projector: Projector, change: Callable[[Doc], None], field: str
) -> None:
    doc = airspace()
    change(doc)
    path = write(tmp_path, doc)
    english = _error(path, lambda p: read_zones(p, projector), "en")
    dutch = _error(path, lambda p: read_zones(p, projector), "nl")
    assert dutch.path == english.path == str(path)
    assert dutch.field == english.field and field in dutch.field
    assert str(dutch).startswith(f"{path}: {dutch.field}: ")
    assert _what(dutch) != _what(english), f"still English: {dutch}"


def test_a_bad_limit_says_in_dutch_how_to_write_one(tmp_path: Path, projector: Projector) -> None:
    doc = airspace()
    doc["features"][1]["properties"]["lower"] = "laag"
    path = write(tmp_path, doc)
    error = _error(path, lambda p: read_zones(p, projector), "nl")
    assert str(error) == (
        f"{path}: features[1] (id 'b').properties.lower: hoogtegrens 'laag' is niet te lezen: "
        "schrijf GND, UNL, FL<n> of '<getal> m|ft AGL|AMSL' (bijv. '120 m AGL', '2200 ft AMSL')"
    )


def test_swapped_coordinates_are_pointed_out_in_dutch(tmp_path: Path, projector: Projector) -> None:
    doc = airspace()
    doc["features"][0]["geometry"]["coordinates"][0][0] = [52.27, 6.88]
    path = write(tmp_path, doc)
    error = _error(path, lambda p: read_zones(p, projector), "nl")
    assert error.field == "features[0] (id 'a').geometry.coordinates[0][0]"
    assert "[52.27, 6.88] ligt buiten het gebied van RD New" in str(error)
    assert "zijn ze verwisseld?" in str(error)


def test_a_reversed_runway_and_a_missing_threshold_are_told_in_dutch(
    tmp_path: Path, projector: Projector
) -> None:
    doc = aerodrome()
    doc["features"][_index(doc, "rwy-05-23")]["geometry"]["coordinates"].reverse()
    path = write(tmp_path, doc, "aerodrome.geojson")
    error = _error(path, lambda p: read_aerodrome(p, projector), "nl")
    assert error.field.endswith("(id 'rwy-05-23').geometry.coordinates")
    assert _what(error) == (
        "de lijn moet beginnen bij baankop 05, maar drempel 05 ligt dichter bij het laatste punt"
    )
    doc = aerodrome()
    del doc["features"][_index(doc, "thr-23")]
    path = write(tmp_path, doc, "aerodrome.geojson")
    error = _error(path, lambda p: read_aerodrome(p, projector), "nl")
    assert error.field.endswith("(id 'rwy-05-23').properties.designators")
    assert _what(error).startswith("geen drempel voor baankop '23': voeg een Point van soort")


def test_every_reader_message_is_used_by_the_reader() -> None:
    """The catalog holds no GeoJSON text the reader stopped saying (nor one it never did)."""
    source = (Path(__file__).parents[2] / "trainer/geo/formats/geojson.py").read_text("utf-8")
    used = set(re.findall(r'"(geojson\.[a-z_]+)"', source))
    assert used == {key for key in en_geojson.MESSAGES if key.startswith("geojson.")}


# Words of the English templates that must not show through a Dutch message.
ENGLISH = ("must ", ", got ", "cannot ", "unknown ", "not above", "outside the area", "swapped")
ANY_VALUE = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),  # JSON has neither
    st.text(max_size=12),
    st.lists(st.one_of(st.integers(), st.text(max_size=3)), max_size=3),
)
KEYS = ("id", "kind", "lower", "upper", "approximate", "official", "schedule", "frequency_mhz")


@settings(
    max_examples=examples(60),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(key=st.sampled_from(KEYS), value=ANY_VALUE)
def test_any_bad_property_is_told_in_dutch(
    tmp_path: Path, projector: Projector, key: str, value: object
) -> None:
    doc = airspace()
    doc["features"][0]["properties"][key] = value
    path = write(tmp_path, doc)
    i18n.use_language("nl")
    try:
        read_zones(path, projector)
    except AssetError as error:
        assert error.path == str(path) and str(path) in str(error)
        # The feature and its field: this one's, or the one its value clashes with (a second
        # id "b", an upper limit now below the lower).
        assert re.match(r"features\[[01]\]( \(id '.*'\))?\.properties\.", error.field), error
        assert not any(word in _what(error) for word in ENGLISH), error
    finally:
        i18n.use_language("en")


@pytest.mark.parametrize(
    "text",
    [
        '{"features": [}',
        "{features: []}",
        '{"a" 1}',
        "[1 2]",
        '"abc',
        '"a\x01"',
        '"\\q"',
        '"\\u12"',
        "{} {}",
    ],
)
def test_what_pythons_json_finds_wrong_is_told_in_dutch(
    tmp_path: Path, projector: Projector, text: str
) -> None:
    path = write(tmp_path, text)
    english = _error(path, lambda p: read_zones(p, projector), "en")
    dutch = _error(path, lambda p: read_zones(p, projector), "nl")
    assert english.field.startswith("line 1 column ") and dutch.field.startswith("regel 1 kolom ")
    assert _what(english) in JSON_PROBLEMS  # as Python says it
    assert _what(dutch).startswith("geen geldige JSON (") and _what(english) not in _what(dutch)
