"""The one repair of an imported file's invalid outline (trainer/geo/formats/validity.py): the area
the outline encloses, generously read, or nothing when it encloses none."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shapely
from shapely.geometry import Polygon

from trainer import i18n
from trainer.geo.crs import Projector
from trainer.geo.formats.validity import repair_outline

# Near EHTW, in RD New metres.
X0, Y0 = 257_000.0, 477_000.0


@pytest.fixture(autouse=True)
def english_after() -> Iterator[None]:
    yield
    i18n.use_language("en")


def ring(*points: tuple[float, float]) -> Polygon:
    return Polygon([(X0 + 100 * x, Y0 + 100 * y) for x, y in points])


def test_a_bow_tie_is_its_two_triangles() -> None:
    repair = repair_outline(ring((0, 0), (10, 10), (10, 0), (0, 10)), Projector())
    assert repair is not None
    assert sorted(p.area for p in shapely.get_parts(repair.shape)) == [250_000.0, 250_000.0]
    assert repair.what.startswith("its outline crosses itself near 52.2759")
    assert repair.what.endswith("; read as the area it encloses: 2 parts, 0.5 km² in all")


def test_a_loop_lying_over_the_outline_counts_as_enclosed() -> None:
    # The outline runs round the right of a 10 x 10 square, down through it to below it, and
    # back up and across: the 3 x 5 piece between x 3-6, y 0-5 it passes round twice is
    # enclosed, not a hole (GEOS's 'linework' reading cuts it out: 0.85 km² instead of 1).
    outline = ring((0, 0), (10, 0), (10, 10), (3, 10), (3, -5), (6, -5), (6, 5), (0, 5))
    assert not outline.is_valid
    repair = repair_outline(outline, Projector())
    assert repair is not None and isinstance(repair.shape, Polygon) and repair.shape.is_valid
    assert shapely.contains_xy(repair.shape, X0 + 450, Y0 + 250)  # the piece passed twice
    assert not list(repair.shape.interiors)
    # The square but its top-left 3 x 5 (outside the outline), and the 3 x 5 below it.
    assert repair.shape.area == pytest.approx(1_000_000.0)


def test_an_outline_enclosing_nothing_is_not_repaired() -> None:
    assert repair_outline(ring((0, 0), (10, 10), (20, 20), (10, 10)), Projector()) is None


def test_one_area_is_said_without_parts_and_in_dutch() -> None:
    # Out and back along one edge: the square it encloses, in one piece.
    outline = ring((0, 0), (10, 0), (10, 10), (0, 10), (0, 5), (-3, 5), (0, 5))
    i18n.use_language("nl")
    repair = repair_outline(outline, Projector())
    assert repair is not None and isinstance(repair.shape, Polygon)
    assert repair.shape.area == pytest.approx(1_000_000.0)
    assert repair.what.endswith("; gelezen als het gebied dat de rand omsluit, 1,00 km²")
