"""The editor's map of the scenario being edited: parts that did not change stay drawn, and the
map is the same as when everything is drawn afresh (the same items, stacked the same way)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pyqtgraph as pg
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QGraphicsItem, QGraphicsSimpleTextItem

from tests.conftest import examples
from trainer.launch import Workspace, bundled_scenarios
from trainer.scenario.authoring import ScenarioDocument
from trainer.ui.app import configure_pyqtgraph
from trainer.ui.editor.draft_layer import DraftLayer
from trainer.ui.editor.editor_window import DISCARD, ScenarioEditor

SCENARIOS = {path.stem: path for path in bundled_scenarios()}
SITES = [(258_000.0, 471_000.0), (257_000.0, 472_500.0)]  # two aerodrome points (RD metres)
PROJECTOR = Workspace().projector


def _rounded(values: Any) -> tuple[float, ...]:
    return tuple(round(float(v), 3) for v in values)


def describe(item: QGraphicsItem) -> tuple[Any, ...]:
    """What an item shows: its kind, where, in which colour and size, with which text."""
    if isinstance(item, pg.PlotCurveItem):
        pen = item.opts["pen"]
        brush = item.opts.get("brush")
        fill = pg.mkBrush(brush).color().name(pg.QtGui.QColor.NameFormat.HexArgb) if brush else ""
        return ("curve", _rounded(item.xData), _rounded(item.yData), pen.color().name(),
                pen.widthF(), pen.style(), fill)  # fmt: skip
    if isinstance(item, pg.ScatterPlotItem):
        data = item.data
        return ("points", _rounded(data["x"]), _rounded(data["y"]), _rounded(data["size"]),
                tuple(str(s) for s in data["symbol"]),
                tuple((b or item.opts["brush"]).color().name() for b in data["brush"]))  # fmt: skip
    assert isinstance(item, QGraphicsSimpleTextItem)
    return ("text", item.text(), round(item.pos().x(), 3), round(item.pos().y(), 3),
            item.brush().color().name())  # fmt: skip


def picture(layer: DraftLayer) -> list[tuple[Any, ...]]:
    """The layer's items bottom to top, as the view stacks them."""
    mine = {id(item) for item in layer.items}
    stacked = [item for item in layer.view.childGroup.childItems() if id(item) in mine]
    assert len(stacked) == len(layer.items)
    return [describe(item) for item in stacked]


def drawn_afresh(data: Any, selected: int | None, pending: list[tuple[float, float]],
                 site: tuple[float, float]) -> DraftLayer:  # fmt: skip
    layer = DraftLayer(pg.ViewBox(), PROJECTOR)
    layer.show(data, selected, pending, site)
    return layer


def assert_same_map(kept: DraftLayer, fresh: DraftLayer) -> None:
    assert picture(kept) == picture(fresh)
    assert kept.extent == fresh.extent
    assert [(i, p.wkt) for i, p in kept.zone_shapes] == [(i, p.wkt) for i, p in fresh.zone_shapes]


def _document() -> ScenarioDocument:
    """A zone, an orbit, a route, a hover and a placed radar: each kind of part."""
    document = ScenarioDocument.open(SCENARIOS["flyaway-test-area"])
    route = {"kind": "route", "loop": True, "waypoints": [
        {"lat": 52.30, "lon": 6.88, "alt_agl_m": 60}, {"lat": 52.31, "lon": 6.90, "alt_agl_m": 60},
        {"lat": 52.32, "lon": 6.89, "alt_agl_m": 60}]}  # fmt: skip
    document.append(("drones",), {"id": "router", "start": {"lat": 52.3, "lon": 6.87},
                                  "behaviour": route})  # fmt: skip
    document.append(("drones",), {"id": "hoverer", "type": "vtol",
                                  "start": {"lat": 52.29, "lon": 6.93}})  # fmt: skip
    document.set(("sensors", "radar"), [{"id": "r1", "position": {"lat": 52.28, "lon": 6.91}}])
    return document


STEPS = st.one_of(
    st.tuples(st.just("select"), st.sampled_from([None, 0, 1, 2, 5])),
    st.tuples(st.just("move"), st.integers(0, 2), st.floats(-0.01, 0.01)),
    st.tuples(st.just("rename"), st.integers(0, 2), st.sampled_from(["x", "y", "router"])),
    st.tuples(st.just("corner"), st.integers(0, 3), st.floats(-0.002, 0.002)),
    st.tuples(st.just("pending"), st.integers(0, 3)),
    st.tuples(st.just("site"), st.integers(0, 1)),
    st.tuples(st.just("add drone")),
    st.tuples(st.just("remove drone"), st.integers(0, 3)),
    st.tuples(st.just("undo")),
)


@settings(
    max_examples=examples(15),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(st.lists(STEPS, min_size=1, max_size=10))
def test_any_edits_and_selections_draw_the_map_a_fresh_drawing_would(
    qtbot, steps: list[tuple[Any, ...]]
) -> None:  # type: ignore[no-untyped-def]
    document = _document()
    layer = DraftLayer(pg.ViewBox(), PROJECTOR)
    selected: int | None = None
    pending: list[tuple[float, float]] = []
    site = SITES[0]
    for kind, *args in steps:
        if kind == "select":
            selected = args[0]
        elif kind == "move" and document.get(("drones", args[0], "start")) is not None:
            lat = document.get(("drones", args[0], "start", "lat"))
            document.set(("drones", args[0], "start", "lat"), round(lat + args[1], 5))
        elif kind == "rename" and document.get(("drones", args[0])) is not None:
            document.set(("drones", args[0], "id"), args[1])
        elif kind == "corner":
            corner = ("airspace", "zones", 0, "polygon", args[0], "lat")
            document.set(corner, round(document.get(corner) + args[1], 5))
        elif kind == "pending":
            pending = [(257_500.0 + 100 * i, 471_000.0 + 50 * i) for i in range(args[0])]
        elif kind == "site":
            site = SITES[args[0]]
        elif kind == "add drone":
            document.append(("drones",), {"id": "new", "start": {"lat": 52.31, "lon": 6.95}})
        elif kind == "remove drone":
            document.remove(("drones", args[0]))
        elif kind == "undo":
            document.undo()
        layer.show(document.plain(), selected, pending, site)
        assert_same_map(layer, drawn_afresh(document.plain(), selected, pending, site))


def test_choosing_another_drone_redraws_those_two_only(qtbot) -> None:  # type: ignore[no-untyped-def]
    document = ScenarioDocument.open(SCENARIOS["swarm-24"])
    layer = DraftLayer(pg.ViewBox(), PROJECTOR)
    layer.show(document.plain(), 0, [], SITES[0])
    before = {id(item) for item in layer.items}
    layer.show(document.plain(), 1, [], SITES[0])
    after = {id(item) for item in layer.items}
    each_drone = len(before) // len(document.plain()["drones"])  # about: routes vary
    assert 0 < len(after - before) <= 3 * each_drone  # drones 0 and 1, drawn again
    assert len(after & before) >= len(before) - 3 * each_drone
    assert_same_map(layer, drawn_afresh(document.plain(), 1, [], SITES[0]))
    layer.show(document.plain(), 1, [], SITES[0])  # nothing changed: nothing drawn again
    assert {id(item) for item in layer.items} == after


def _drone_items_stacked(layer: DraftLayer, drone_id: str) -> list[int]:
    """Where a drone's items are in the view's stack (0 at the bottom), found by its label."""
    stacked = [item for item in layer.view.childGroup.childItems() if item in layer.items]
    label = next(
        i for i, item in enumerate(stacked)
        if isinstance(item, QGraphicsSimpleTextItem) and item.text() == drone_id
    )  # fmt: skip
    # A drone's part is its route or circle, points, marker and label, with the label last.
    first = label
    while first > 0 and not isinstance(stacked[first - 1], QGraphicsSimpleTextItem):
        first -= 1
    return list(range(first, label + 1))


def _drone_ids(document: ScenarioDocument) -> list[str]:
    return [str(drone["id"]) for drone in document.plain()["drones"]]


def test_the_selected_drone_is_drawn_over_every_other_drone(qtbot) -> None:  # type: ignore[no-untyped-def]
    document = ScenarioDocument.open(SCENARIOS["swarm-24"])
    ids = _drone_ids(document)
    layer = DraftLayer(pg.ViewBox(), PROJECTOR)
    for selected in (0, 5, 1, len(ids) - 1, None, 3):
        layer.show(document.plain(), selected, [], SITES[0])
        stacked = {drone_id: _drone_items_stacked(layer, drone_id) for drone_id in ids}
        assert all(len(rows) >= 2 for rows in stacked.values())  # a marker and its label
        z = {item.zValue() for item in layer.items}
        assert len(z) == 1  # stacked by order alone, as the layer's other parts are
        others = [drone_id for i, drone_id in enumerate(ids) if i != selected]
        # The others in the file's order, one after another, under the selected one.
        tops = [max(stacked[drone_id]) for drone_id in others]
        assert tops == sorted(tops)
        if selected is not None:
            assert min(stacked[ids[selected]]) > max(tops)
            assert max(stacked[ids[selected]]) == max(
                i for rows in stacked.values() for i in rows
            )  # fmt: skip
        assert_same_map(layer, drawn_afresh(document.plain(), selected, [], SITES[0]))


def test_the_selected_drone_stays_under_a_shape_being_drawn(qtbot) -> None:  # type: ignore[no-untyped-def]
    document = _document()
    layer = DraftLayer(pg.ViewBox(), PROJECTOR)
    pending = [(257_500.0, 471_000.0), (257_600.0, 471_100.0)]
    layer.show(document.plain(), 0, pending, SITES[0])
    stacked = [item for item in layer.view.childGroup.childItems() if item in layer.items]
    selected = _drone_items_stacked(layer, _drone_ids(document)[0])
    assert describe(stacked[-1])[0] == "points"  # the shape's own points, over everything
    assert max(selected) == len(stacked) - 3  # then its line, then the selected drone


def test_choosing_a_drone_in_the_editor_puts_it_on_top_of_the_map(
    qtbot, workspace: Workspace, settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    configure_pyqtgraph()
    editor = ScenarioEditor(workspace, settings)
    qtbot.addWidget(editor)
    editor.ask_unsaved = lambda: DISCARD
    assert editor.open_file(Path(SCENARIOS["swarm-24"]))
    ids = _drone_ids(editor.document)

    def highest_drone() -> str:
        tops = {drone_id: max(_drone_items_stacked(editor.draft, drone_id)) for drone_id in ids}
        return max(tops, key=lambda drone_id: tops[drone_id])

    assert highest_drone() == ids[-1]  # none chosen: the file's order
    editor.select_section(("drones", 2))
    assert highest_drone() == ids[2]
    editor.select_section(("drones", 7))
    assert highest_drone() == ids[7]
    tops = [max(_drone_items_stacked(editor.draft, drone_id)) for drone_id in ids]
    assert tops[2] < tops[3]  # the one chosen before is back in its place
    editor.select_section(("drones", 0))
    assert highest_drone() == ids[0]


def test_data_that_may_change_in_place_is_drawn_afresh(qtbot) -> None:  # type: ignore[no-untyped-def]
    data = _document().to_text()
    plain = ScenarioDocument.from_text(data).plain()
    ordinary = copy.deepcopy(plain)  # a dict a caller may change in place
    layer = DraftLayer(pg.ViewBox(), PROJECTOR)
    layer.show(ordinary, None, [], SITES[0])
    ordinary["drones"][0]["start"]["lat"] = 52.25
    first = {id(item) for item in layer.items}
    layer.show(ordinary, None, [], SITES[0])
    assert not first & {id(item) for item in layer.items}
    assert_same_map(layer, drawn_afresh(ordinary, None, [], SITES[0]))


def test_after_the_airspace_is_drawn_again_the_scenario_is_on_top_of_it(
    qtbot, workspace: Workspace, settings: QSettings
) -> None:  # type: ignore[no-untyped-def]
    configure_pyqtgraph()
    editor = ScenarioEditor(workspace, settings)
    qtbot.addWidget(editor)
    editor.ask_unsaved = lambda: DISCARD
    assert editor.open_file(Path(SCENARIOS["flyaway-test-area"]))
    editor.map_airspace.shown = ""  # as when the file's asset sets or imports change
    editor.check_now()  # the airspace is drawn again, over what the draft drew
    editor.select_section(("drones", 0))  # the next redraw of the draft
    draft = {id(item) for item in editor.draft.items}
    rebuilt = ("orientation", "airspace", "aerodrome", "rings")  # what set_airspace draws
    airspace = {id(item) for key in rebuilt for item in editor.canvas.layers[key].items}
    order = [id(item) for item in editor.canvas.view.childGroup.childItems()]
    z = {id(item): item.zValue() for item in editor.canvas.view.childGroup.childItems()}
    for item in draft:
        below = [a for a in airspace if z[a] == z[item]]  # the aerodrome, its rings ...
        assert below and all(order.index(a) < order.index(item) for a in below)
