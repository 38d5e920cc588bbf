"""Town names stay whole at the map's edges: "Hengelo" was cut to "ngelo" with its town just
inside the left edge. A name slides inside while its town is in view, and leaves with it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QPointF, QRect, QRectF

from trainer.ui.map.canvas import MapCanvas
from trainer.ui.map.place_labels import MARGIN_PX, PlaceLabel, shift_into
from trainer.ui.projector_mode import MapTextScale

VIEW = (0.0, 800.0)


@given(
    st.floats(-2000, 2000),  # where the name starts, pixels
    st.floats(1, 300),  # its width
    st.floats(0, 1),  # where its town is along it
)
def test_a_shifted_name_is_inside_with_its_town_and_outside_without(
    low: float, width: float, at: float
) -> None:
    start, end = VIEW
    point = low + at * width
    shift = shift_into(low, low + width, point, start, end)
    moved = (low + shift, low + width + shift)
    if start <= point <= end:
        assert moved[0] >= start + MARGIN_PX - 1e-6 and moved[1] <= end - MARGIN_PX + 1e-6
        if low >= start + MARGIN_PX and low + width <= end - MARGIN_PX:
            assert shift == 0  # nothing in the way: where it was put
    else:
        assert moved[1] <= start + 1e-6 or moved[0] >= end - 1e-6


@pytest.fixture
def canvas(hobby_canvas: MapCanvas) -> MapCanvas:
    return hobby_canvas


def hengelo(canvas: MapCanvas) -> PlaceLabel:
    (town,) = [p for p in canvas.place_labels.labels if p.item.text() == "Hengelo"]
    return town


def on_screen(canvas: MapCanvas, label: PlaceLabel) -> QRect:
    """Where the name is drawn, in the canvas's pixels."""
    item = label.item
    return item.deviceTransform(canvas.viewportTransform()).mapRect(item.boundingRect()).toRect()


def map_area(canvas: MapCanvas) -> QRect:
    return canvas.mapFromScene(canvas.view.sceneBoundingRect()).boundingRect()


def town_at_left_edge(canvas: MapCanvas, inset_px: float) -> None:
    """A view 10 m a pixel with Hengelo `inset_px` inside its left edge (negative: outside)."""
    label = hengelo(canvas)
    width, height = canvas.view.width() * 10.0, canvas.view.height() * 10.0
    left = label.x - inset_px * 10.0
    canvas.view.setRange(QRectF(left, label.y - height / 2, width, height), padding=0)
    canvas.view.updateMatrix()  # as painting would: the map's items where the new range puts them
    assert canvas.metres_per_pixel() == pytest.approx(10.0, rel=0.01)


def test_a_name_far_from_the_edges_hangs_centred_under_its_town(canvas: MapCanvas) -> None:
    town_at_left_edge(canvas, 400)
    label, area = hengelo(canvas), map_area(canvas)
    box = on_screen(canvas, label)
    town = canvas.mapFromScene(canvas.view.mapViewToScene(QPointF(label.x, label.y)))
    assert area.contains(box)
    assert abs(box.center().x() - town.x()) <= 1 and box.top() > town.y()


def test_a_town_just_inside_the_left_edge_keeps_its_whole_name(canvas: MapCanvas) -> None:
    town_at_left_edge(canvas, 10)
    box, area = on_screen(canvas, hengelo(canvas)), map_area(canvas)
    # Was cut: the name centred on its town, 10 px in, started some 20 px left of the map.
    assert box.left() >= area.left() and area.contains(box), (box, area)


def test_a_town_just_outside_shows_no_piece_of_its_name(canvas: MapCanvas) -> None:
    town_at_left_edge(canvas, -3)
    box, area = on_screen(canvas, hengelo(canvas)), map_area(canvas)
    assert not box.intersects(area), (box, area)


def test_a_larger_name_in_projector_mode_is_kept_whole_too(canvas: MapCanvas, qtbot) -> None:  # type: ignore[no-untyped-def]
    town_at_left_edge(canvas, 10)
    MapTextScale(canvas).set_factor(1.6)
    box, area = on_screen(canvas, hengelo(canvas)), map_area(canvas)
    assert box.width() > 60 and area.contains(box), (box, area)
