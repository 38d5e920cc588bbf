"""The map's fixed picture: each layer's shapes in one item, the airspace's copied from an
image kept for the view. What is on screen must be what painting every shape would give,
wherever the view goes, and the zones filled once per view, not on every frame."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from tests.conftest import SCENARIOS
from tests.ui.test_track_layer import snapshot
from trainer.geo.airspace import Airspace
from trainer.launch import Workspace
from trainer.sim.fleet import Mode
from trainer.ui import style
from trainer.ui.map.canvas import MapCanvas
from trainer.ui.map.picture import Picture


@pytest.fixture
def canvas(hobby_canvas: MapCanvas) -> MapCanvas:
    return hobby_canvas


@pytest.fixture
def airspace(canvas: MapCanvas) -> Airspace:
    assert canvas.airspace is not None
    return canvas.airspace


def rendered(canvas: MapCanvas) -> QImage:
    image = QImage(canvas.viewport().size(), QImage.Format.Format_ARGB32_Premultiplied)
    painter = QPainter(image)
    canvas.render(painter)
    painter.end()
    return image


def channels(image: QImage) -> np.ndarray:
    bits = np.frombuffer(image.constBits(), dtype=np.uint8)
    return bits.reshape(image.height(), image.width(), 4).astype(np.int16)


def alike(a: QImage, b: QImage) -> bool:
    """Equal but for rounding: translucent zones laid on a clear image and then on the map
    may come out a unit of colour away from zones laid on the map one by one."""
    return bool(np.abs(channels(a) - channels(b)).max() <= 2)


def colour_at(canvas: MapCanvas, image: QImage, x: float, y: float) -> QColor:
    pixel = canvas.mapFromScene(canvas.view.mapViewToScene(QPointF(x, y)))
    return image.pixelColor(pixel)


def near(canvas: MapCanvas, image: QImage, x: float, y: float, colour: QColor) -> bool:
    """Whether `colour` is at the pixel of a map point or one next to it (a thin line's
    pixels may fall either side of where it is exactly)."""
    pixel = canvas.mapFromScene(canvas.view.mapViewToScene(QPointF(x, y)))
    return any(
        image.pixelColor(pixel.x() + dx, pixel.y() + dy) == colour
        for dx in (-1, 0, 1)
        for dy in (-1, 0, 1)
    )


def zones_picture(canvas: MapCanvas) -> Picture:
    (picture,) = [i for i in canvas.layers["airspace"].items if isinstance(i, Picture)]
    return picture


def views(airspace: Airspace) -> list[QRectF]:
    """The whole area, the aerodrome close up, and a view panned half a view east."""
    x, y = airspace.aerodrome.reference_point
    return [
        QRectF(x - 20_000, y - 15_000, 40_000, 30_000),
        QRectF(x - 1500, y - 1200, 3000, 2400),
        QRectF(x - 1500 + 1500, y - 1200, 3000, 2400),
    ]


def test_the_kept_zones_look_as_painting_every_zone_would_wherever_the_view_goes(
    canvas: MapCanvas, airspace: Airspace
) -> None:
    picture = zones_picture(canvas)
    assert picture.kept and len(picture.shapes) == len(airspace.zones)
    for view in views(airspace):
        canvas.view.setRange(view, padding=0)
        picture.kept = False
        painted = rendered(canvas)
        picture.kept = True
        kept = rendered(canvas)
        assert alike(kept, painted), view
        assert rendered(canvas) == kept, view  # and again from the kept image


def test_the_zones_are_filled_once_for_a_view_and_again_when_it_moves(
    canvas: MapCanvas, airspace: Airspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    picture = zones_picture(canvas)
    fills: list[int] = []
    paint_shapes = picture._paint_shapes
    monkeypatch.setattr(picture, "_paint_shapes", lambda p: (fills.append(1), paint_shapes(p)))
    whole, close, panned = views(airspace)
    canvas.view.setRange(whole, padding=0)
    for _ in range(5):  # frames of a run: tracks move, the view does not
        rendered(canvas)
    assert len(fills) == 1
    canvas.view.setRange(close, padding=0)
    rendered(canvas)
    canvas.view.setRange(panned, padding=0)
    rendered(canvas)
    assert len(fills) == 3


def test_each_layer_is_drawn_where_its_features_are_and_goes_when_switched_off(
    canvas: MapCanvas, airspace: Airspace
) -> None:
    runway = airspace.aerodrome.runways[0]
    (x0, y0), (x1, y1) = runway.ends
    mid = ((x0 + x1) / 2, (y0 + y1) / 2)
    towns = [f for f in airspace.features if f.kind == "town" and f.geometry.geom_type == "Point"]
    filled = [
        z for z in airspace.zones if style.ZONE_FILL_ALPHA.get(z.kind, style.DEFAULT_FILL_ALPHA)
    ]
    assert towns and filled
    canvas.view.setRange(views(airspace)[0], padding=0)
    image = rendered(canvas)
    assert colour_at(canvas, image, *mid) == style.RUNWAY
    assert all(
        colour_at(canvas, image, t.geometry.x, t.geometry.y) == style.LAND_TEXT for t in towns
    )
    inside = [z.polygon.representative_point() for z in filled]
    with_zones = [colour_at(canvas, image, p.x, p.y) for p in inside]

    for key in ("aerodrome", "orientation", "airspace"):
        canvas.set_layer_visible(key, False)
    image = rendered(canvas)
    assert colour_at(canvas, image, *mid) != style.RUNWAY
    assert all(
        colour_at(canvas, image, t.geometry.x, t.geometry.y) != style.LAND_TEXT for t in towns
    )
    assert all(
        colour_at(canvas, image, p.x, p.y) != shown
        for p, shown in zip(inside, with_zones, strict=True)
    )


def test_another_scenarios_airspace_replaces_the_kept_zones(
    canvas: MapCanvas, airspace: Airspace, workspace: Workspace
) -> None:
    canvas.view.setRange(views(airspace)[0], padding=0)
    before = rendered(canvas)
    other = workspace.prepare(SCENARIOS / "flyaway-test-area.yaml").world.airspace
    assert {z.id for z in other.zones} != {z.id for z in airspace.zones}
    canvas.set_airspace(other)
    after = rendered(canvas)
    picture = zones_picture(canvas)
    picture.kept = False
    assert alike(after, rendered(canvas)) and not alike(after, before)


def test_a_trail_drawn_from_qts_cache_grows_with_each_sample(
    canvas: MapCanvas, airspace: Airspace
) -> None:
    for key in ("orientation", "airspace", "aerodrome", "rings"):
        canvas.set_layer_visible(key, False)  # the trail alone on the background
    x, y = airspace.aerodrome.reference_point
    canvas.view.setRange(QRectF(x - 1000, y - 1000, 2000, 2000), padding=0)
    for time_s, east in ((0.0, -600), (1.0, -300)):
        canvas.show_snapshot(snapshot(time_s, ["d1"], [x + east], [y], [Mode.HOVER]), ["unknown"])
    first = rendered(canvas)
    canvas.show_snapshot(snapshot(2.0, ["d1"], [x + 300], [y], [Mode.HOVER]), ["unknown"])
    second = rendered(canvas)
    trail = QColor(95, 108, 120)
    assert near(canvas, first, x - 450, y, trail)
    assert not near(canvas, first, x, y, trail)  # not flown yet
    assert near(canvas, second, x, y, trail)
