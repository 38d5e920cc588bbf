"""The track layer's symbols, trails and labels, from hand-made snapshots (no engine)."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QImage, QPainter, QPainterPath

from trainer.sim.fleet import Mode
from trainer.sim.snapshot import Snapshot
from trainer.ui import style
from trainer.ui.map.canvas import MapCanvas
from trainer.ui.map.track_layer import MAX_LABELS
from trainer.ui.projector_mode import MAP_TEXT_SCALE

CENTRE = (250_000.0, 480_000.0)  # RD New metres near Enschede


@pytest.fixture
def canvas(map_canvas: MapCanvas) -> MapCanvas:
    return map_canvas


def snapshot(
    time_s: float, ids: list[str], x: list[float], y: list[float], modes: list[Mode]
) -> Snapshot:
    n = len(ids)
    return Snapshot(
        tick=int(time_s * 10),
        time_s=time_s,
        ids=tuple(ids),
        type_code=np.zeros(n, dtype=np.int64),
        x=np.array(x, dtype=float),
        y=np.array(y, dtype=float),
        alt=np.full(n, 60.0),
        heading_deg=np.full(n, 90.0),
        course_deg=np.full(n, 90.0),
        ground_speed=np.full(n, 5.0),
        vertical_speed=np.zeros(n),
        mode=np.array([int(m) for m in modes], dtype=np.int64),
        link=np.ones(n, dtype=bool),
        battery_fraction=np.ones(n),
        runway_distance_m=np.full(n, 5000.0),
        approach_distance_m=np.full(n, 5000.0),
        zone_ids=(),
        member_drone=np.zeros(0, dtype=np.int64),
        member_zone=np.zeros(0, dtype=np.int64),
        event_count=0,
    )


def segments(path: QPainterPath) -> set[tuple[tuple[float, float], tuple[float, float]]]:
    """The straight pieces a painter path draws (its line-tos), as rounded point pairs."""
    pieces = set()
    last = (0.0, 0.0)
    for k in range(path.elementCount()):
        element = path.elementAt(k)
        point = (round(element.x, 3), round(element.y, 3))
        if element.isLineTo() and point != last:
            pieces.add((last, point))
        last = point
    return pieces


def test_trails_join_each_drones_samples_and_break_where_it_was_not_airborne(
    canvas: MapCanvas,
) -> None:
    x0, y0 = CENTRE
    fly, landed = Mode.HOVER, Mode.LANDED
    for t in range(5):
        # 'a' flies east all along; 'b' flies east 500 m further north but is down at t=2.
        canvas.show_snapshot(
            snapshot(
                t,
                ["a", "b"],
                [x0 + 100 * t, x0 + 100 * t],
                [y0, y0 + 500],
                [fly, landed if t == 2 else fly],
            ),
            ["unknown", "unknown"],
        )
    drawn = segments(canvas.tracks.trails.getPath())
    a = [(x0 + 100 * t, y0) for t in range(5)]
    b = [(x0 + 100 * t, y0 + 500) for t in range(5)]
    assert drawn == {
        *itertools.pairwise(a),  # four pieces for 'a'
        (b[0], b[1]),
        (b[3], b[4]),  # nothing across the gap, nothing from one drone to the other
    }


@pytest.mark.parametrize("text_scale", [1.0, MAP_TEXT_SCALE])  # as usual; projector mode
def test_labels_cover_no_symbol_and_no_other_label_and_the_selected_drone_comes_first(
    canvas: MapCanvas, text_scale: float
) -> None:
    canvas.tracks.labels.set_text_scale(text_scale)
    x0, y0 = CENTRE
    # 15 x 15 drones 300 m apart: far more than there is room to label.
    ids = [f"d{k:03d}" for k in range(225)]
    xs = [x0 + 300 * (k % 15) for k in range(225)]
    ys = [y0 + 300 * (k // 15) for k in range(225)]
    canvas.view.setRange(QRectF(x0 - 500, y0 - 500, 5200, 5200), padding=0)
    canvas.tracks.select("d224")  # the last by id
    canvas.show_snapshot(snapshot(0.0, ids, xs, ys, [Mode.HOVER] * 225), ["unknown"] * 225)

    texts = canvas.tracks.labels.texts()
    assert 0 < len(texts) <= MAX_LABELS
    assert texts[0].splitlines() == ["d224", "60 m  5 m/s"]
    rects = canvas.tracks.labels.scene_rects(canvas.view)
    for a in range(len(rects)):
        for b in range(a + 1, len(rects)):
            assert not rects[a].intersects(rects[b])
    for x, y in zip(xs, ys, strict=True):
        centre = canvas.view.mapViewToScene(QPointF(x, y))
        assert not any(rect.contains(centre) for rect in rects)


def test_each_symbol_is_stamped_where_its_track_is_in_the_colour_of_its_state(
    canvas: MapCanvas,
) -> None:
    x0, y0 = CENTRE
    xs, ys = [x0, x0 + 800, x0 + 1600], [y0, y0 + 300, y0 - 300]
    canvas.view.setRange(QRectF(x0 - 1000, y0 - 1500, 3600, 3000), padding=0)
    states = ["unknown", "cooperative", "unknown"]
    canvas.show_snapshot(snapshot(1.0, ["a", "b", "c"], xs, ys, [Mode.HOVER] * 3), states)
    assert canvas.tracks.symbols.points() == 3

    image = QImage(canvas.viewport().size(), QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    canvas.render(painter)
    painter.end()
    for x, y, state in zip(xs, ys, states, strict=True):
        pixel = canvas.mapFromScene(canvas.view.mapViewToScene(QPointF(x, y)))
        assert image.pixelColor(pixel) == style.IDENTITY_COLOURS[state], (x, y, state)


def rendered(canvas: MapCanvas) -> np.ndarray:
    """The canvas as painted, one grey level (the brightest channel) per pixel."""
    image = QImage(canvas.viewport().size(), QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    canvas.render(painter)
    painter.end()
    bits = np.frombuffer(image.constBits(), dtype=np.uint8)
    return bits.reshape(image.height(), image.width(), 4)[:, :, :3].max(axis=2)


def ink(canvas: MapCanvas, grey: np.ndarray, rect: QRectF) -> int:
    """How many bright (text) pixels lie in a scene rectangle."""
    r = canvas.mapFromScene(rect).boundingRect()
    return int((grey[max(0, r.top()) : r.bottom(), max(0, r.left()) : r.right()] > 160).sum())


def test_each_label_is_painted_where_it_was_placed_and_larger_in_projector_mode(
    canvas: MapCanvas,
) -> None:
    x0, y0 = CENTRE
    ids = ["alpha", "bravo", "charlie"]
    xs, ys = [x0, x0 + 900, x0 + 300], [y0, y0 + 400, y0 - 500]
    canvas.view.setRange(QRectF(x0 - 1000, y0 - 1500, 3600, 3000), padding=0)
    canvas.show_snapshot(snapshot(1.0, ids, xs, ys, [Mode.HOVER] * 3), ["unknown"] * 3)
    assert sorted(t.splitlines()[0] for t in canvas.tracks.labels.texts()) == sorted(ids)
    rects = canvas.tracks.labels.scene_rects(canvas.view)
    grey = rendered(canvas)
    assert all(ink(canvas, grey, rect) > 20 for rect in rects)  # text is there
    empty = rects[0].translated(0, rects[0].height() * 4)  # clear of labels and symbols
    assert ink(canvas, grey, empty) == 0

    canvas.tracks.labels.set_text_scale(1.6)
    grown = canvas.tracks.labels.scene_rects(canvas.view)
    for small, large in zip(rects, grown, strict=True):
        assert large.topLeft() == small.topLeft()  # larger from the same corner
        assert large.width() == pytest.approx(small.width() * 1.6)
    grey = rendered(canvas)
    for small, large in zip(rects, grown, strict=True):
        beyond = QRectF(
            small.right() + 2, large.top(), large.right() - small.right() - 2, large.height()
        )
        assert ink(canvas, grey, beyond) > 0  # the text reaches past where the unscaled text ended
