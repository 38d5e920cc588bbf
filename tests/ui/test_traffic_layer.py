"""The manned-traffic layer: aircraft, labels, paths and rings from the snapshot; never birds."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import numpy as np
import pyqtgraph as pg
import pytest

from tests.unit.scenario_factory import drone, prepare
from trainer.i18n import en, nl
from trainer.launch import Workspace
from trainer.sim.engine import Engine
from trainer.sim.flight_plans import PHASE_NAMES, Phase, phase_word
from trainer.sim.snapshot import Snapshot
from trainer.ui.map.canvas import MapCanvas
from trainer.ui.map.track_symbols import TrackSymbols
from trainer.ui.map.traffic_layer import aircraft_symbol, label_text


@pytest.fixture
def canvas(map_canvas: MapCanvas) -> MapCanvas:
    return map_canvas


@pytest.fixture
def engine(workspace: Workspace, tmp_path: Path) -> Engine:
    hover = {"kind": "hover"}
    manned = [
        {"id": "abc", "callsign": "PH-ABC", "kind": "circuit", "runway": "23"},
        {"id": "xyz", "callsign": "PH-XYZ", "kind": "straight_in", "runway": "05", "start_s": 900},
    ]
    birds = [
        {
            "id": "gulls",
            "start": {"lat": 52.29, "lon": 6.90, "alt_agl_m": 60},
            "course_deg": 90,
        }
    ]
    run = prepare(
        workspace,
        tmp_path,
        [drone("d", 52.30, 6.86, hover, alt_agl_m=60)],
        manned=manned,
        birds=birds,
        duration_s=1200,
    )
    return run.engine()


def show(canvas: MapCanvas, snapshot: Snapshot) -> None:
    canvas.show_snapshot(snapshot, ["unknown"] * len(snapshot.ids))


def scatter_points(canvas: MapCanvas) -> int:
    """All points drawn by symbol items on the map (symbols of tracks, aircraft, ...)."""
    return sum(
        len(item.data) for item in canvas.view.addedItems if isinstance(item, pg.ScatterPlotItem)
    ) + sum(item.points() for item in canvas.view.addedItems if isinstance(item, TrackSymbols))


def test_the_layer_is_on_the_canvas(canvas: MapCanvas) -> None:
    assert canvas.layers["manned"].title == "Manned traffic"
    assert canvas.layers["manned"] is canvas.manned


def test_an_aircraft_on_downwind_is_drawn_with_its_label_path_and_ring(
    canvas: MapCanvas, engine: Engine
) -> None:
    canvas.set_airspace(engine.world.airspace)
    engine.run_until(200)  # PH-ABC on the downwind leg at 1,000 ft; PH-XYZ not yet started
    snapshot = engine.snapshot()
    assert snapshot.manned is not None and snapshot.manned.phase_name(0) == "downwind"
    show(canvas, snapshot)
    layer = canvas.manned
    assert len(layer.aircraft.data) == 1
    x, y = layer.aircraft.getData()
    assert (x[0], y[0]) == pytest.approx((snapshot.manned.x[0], snapshot.manned.y[0]))
    assert layer.labels() == ["PH-ABC 1000 ft\nC172 90 kt downwind"]
    px, _ = layer.paths.getData()
    assert np.isfinite(px).sum() == snapshot.manned.path_stop[0]  # only PH-ABC's path
    rx, ry = layer.rings.getData()
    ring = np.hypot(rx - x[0], ry - y[0])
    assert np.nanmax(ring) == pytest.approx(500, rel=0.01)  # the protected radius


def test_nothing_is_drawn_once_it_has_landed_or_without_traffic(
    canvas: MapCanvas, engine: Engine
) -> None:
    engine.run_until(600)  # the circuit has ended with a full stop
    snapshot = engine.snapshot()
    assert snapshot.manned is not None and not snapshot.manned.present.any()
    show(canvas, snapshot)
    assert len(canvas.manned.aircraft.data) == 0 and canvas.manned.labels() == []
    show(canvas, dataclasses.replace(snapshot, manned=None))
    assert len(canvas.manned.aircraft.data) == 0


def test_birds_are_never_drawn_from_the_truth(canvas: MapCanvas, engine: Engine) -> None:
    engine.run_until(100)
    snapshot = engine.snapshot()
    assert snapshot.birds is not None and snapshot.birds.active.all()
    show(canvas, snapshot)
    aircraft = int(snapshot.manned.present.sum()) if snapshot.manned is not None else 0
    drones = int(snapshot.airborne.sum())
    # Only the drone's symbol and the aircraft: no flock, no bird.
    assert scatter_points(canvas) == drones + aircraft


def test_hiding_the_layer_hides_aircraft_and_labels(canvas: MapCanvas, engine: Engine) -> None:
    engine.run_until(200)
    show(canvas, engine.snapshot())
    canvas.set_layer_visible("manned", False)
    assert not canvas.manned.aircraft.isVisible()
    assert canvas.manned.labels() == []
    canvas.set_layer_visible("manned", True)
    show(canvas, engine.snapshot())
    assert canvas.manned.labels()


def test_the_symbol_turns_with_the_course() -> None:
    north = aircraft_symbol(0).boundingRect()
    east = aircraft_symbol(90).boundingRect()
    # Nose up: the outline is as tall as it is wide; turned east, the nose points right.
    assert aircraft_symbol(90).pointAtPercent(0).x() == pytest.approx(0.5, abs=0.01)
    assert north.width() == pytest.approx(east.height(), abs=0.01)


def test_in_dutch_the_label_says_the_phase_as_dutch_pilots_do(
    engine: Engine, dutch_windows: None
) -> None:
    engine.run_until(200)
    manned = engine.snapshot().manned
    assert manned is not None
    on_downwind = label_text(manned, 0)
    taking_off = label_text(dataclasses.replace(manned, phase=np.full(2, Phase.TAKE_OFF)), 0)
    assert on_downwind == "PH-ABC 1000 ft\nC172 90 kt downwind"  # the radio's word, kept
    assert taking_off.endswith(" kt start")


def test_every_phase_has_words_and_only_the_circuit_legs_stay_english() -> None:
    keys = ["phase." + name.replace(" ", "_") for name in PHASE_NAMES]
    assert all(key in en.MESSAGES and key in nl.MESSAGES for key in keys)
    kept = {key for key in keys if en.MESSAGES[key] == nl.MESSAGES[key]}
    legs = {"phase.upwind", "phase.crosswind", "phase.downwind", "phase.base", "phase.final"}
    assert kept == legs
    assert phase_word("a phase from a newer console") == "a phase from a newer console"
