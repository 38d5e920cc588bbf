"""What a track tells the trainee (table and tooltip), which tooltip wins on the map, and which
drone the instructor's overlay joins each track to."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
import shapely
from PySide6.QtCore import QEvent, QPointF
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from tests.conftest import SCENARIOS
from trainer.launch import Workspace
from trainer.scoring.tracks import TrackMap
from trainer.ui.main_window import TRAINEE, MainWindow
from trainer.ui.map.canvas import MapCanvas
from trainer.ui.map.static_layers import zone_tooltip
from trainer.ui.map.track_info import track_tooltip
from trainer.ui.panels.track_table import COLUMNS

MISMATCH = SCENARIOS / "remote-id-mismatch.yaml"
SWARM = SCENARIOS / "swarm-24.yaml"
PHOTO_RID = "1581F5FHD23B400A0128 / NLDx8fj3k29d7h2e"


def run_to(window: MainWindow, time_s: float) -> None:
    assert window.driver is not None
    window.driver.engine.run_until(time_s)
    window.driver.publish()


def remote_id_column(window: MainWindow) -> dict[str, str]:
    model = window.track_table.model()
    column = COLUMNS.index("Remote ID")
    return {
        str(model.index(row, 0).data()): str(model.index(row, column).data())
        for row in range(model.rowCount())
    }


def rest_mouse_on(canvas: MapCanvas, x: float, y: float) -> str:
    """Let the mouse rest on a map point as Qt does (a tooltip help event); the tooltip shown."""
    QToolTip.hideText()
    pixel = canvas.mapFromScene(canvas.view.mapViewToScene(QPointF(x, y)))
    event = QHelpEvent(QEvent.Type.ToolTip, pixel, canvas.viewport().mapToGlobal(pixel))
    QApplication.sendEvent(canvas.viewport(), event)
    return QToolTip.text() if QToolTip.isVisible() else ""


# -- the track table ---------------------------------------------------------------------------


def test_the_table_shows_remote_id_once_received(window: MainWindow) -> None:
    window.open_scenario(MISMATCH)
    window.set_role(TRAINEE)
    run_to(window, 60)  # the photo drone's track: radar only, beyond the receiver's 2 km
    assert remote_id_column(window) == {
        "T001": "1581F5FHD23B400A0123 / NLDx8fj3k29d7h2a",
        "T002": "",
    }
    run_to(window, 150)
    assert remote_id_column(window)["T002"] == PHOTO_RID


def test_drones_in_the_truth_view_have_no_remote_id_cell(window: MainWindow) -> None:
    window.open_scenario(MISMATCH)
    run_to(window, 150)
    assert remote_id_column(window) == {"inspection-1": "", "photo-1": ""}


# -- the tooltip -------------------------------------------------------------------------------


def test_the_tooltip_says_what_the_sensors_report(workspace: Workspace) -> None:
    engine = workspace.prepare(MISMATCH).engine()
    engine.run_until(150)
    tracks = engine.tracks()
    i = tracks.index_of("T002")
    text = track_tooltip(tracks, i, ["EHTW runway core"])
    assert text.splitlines()[0] == "T002"
    assert "Seen by: radar, Remote ID" in text
    assert f"Height: {tracks.alt[i]:.0f} m AGL" in text
    assert f"Speed: {tracks.speed[i]:.1f} m/s, course {tracks.course_deg[i]:03.0f}\u00b0" in text
    age = int(tracks.age_s[i])
    assert f"Tracked for: {age // 60}:{age % 60:02d}" in text
    assert "Coasting: no" in text
    assert "Remote ID serial: 1581F5FHD23B400A0128" in text
    assert "Operator id: NLDx8fj3k29d7h2e" in text
    assert "In: EHTW runway core" in text


def test_an_unknown_height_a_coasting_track_and_no_remote_id(workspace: Workspace) -> None:
    engine = workspace.prepare(MISMATCH).engine()
    engine.run_until(60)
    tracks = engine.tracks()
    blind = dataclasses.replace(
        tracks,
        alt=np.full(tracks.size, np.nan),
        coasting=np.ones(tracks.size, dtype=bool),
        sensors=np.zeros(tracks.size, dtype=np.int64),
        last_update_s=np.full(tracks.size, tracks.time_s - 4.0),
    )
    text = track_tooltip(blind, blind.index_of("T002"))
    assert "Height: unknown" in text and "nan" not in text
    assert "Coasting: yes, no update for 4 s" in text
    assert "Seen by: no sensor now" in text
    assert "Remote ID: none received" in text and "In:" not in text


def test_hovering_a_track_in_the_trainee_view(window: MainWindow) -> None:
    window.open_scenario(MISMATCH)
    window.set_role(TRAINEE)
    run_to(window, 150)
    snapshot = window.canvas.tracks.last_snapshot
    i = snapshot.ids.index("T002")
    x, y = float(snapshot.x[i]), float(snapshot.y[i])
    moved = window.canvas.tooltip_at(x, y)
    assert moved.startswith("T002\n") and "Operator id: NLDx8fj3k29d7h2e" in moved
    assert "EHTW runway core" in moved  # zone names, not ids
    assert "photo-1" not in moved


def test_a_track_inside_a_zone_keeps_its_tooltip_when_the_mouse_rests(window: MainWindow) -> None:
    window.open_scenario(MISMATCH)
    window.set_role(TRAINEE)
    run_to(window, 150)
    snapshot = window.canvas.tracks.last_snapshot
    i = snapshot.ids.index("T002")
    assert "uas-ehtw-core" in snapshot.zones_of(i)
    x, y = float(snapshot.x[i]), float(snapshot.y[i])
    # The zone's own item tooltip used to replace the track's when the mouse came to rest.
    assert rest_mouse_on(window.canvas, x, y).startswith("T002\n")
    # Away from any track, the zones there explain themselves, the smallest first.
    assert window.run is not None
    airspace = window.run.world.airspace
    x, y = airspace.aerodrome.reference_point
    x, y = x - 1500.0, y + 1500.0
    inside = sorted(
        (z for z in airspace.zones if shapely.intersects_xy(z.polygon, x, y)),
        key=lambda z: z.polygon.area,
    )
    expected = "\n\n".join(zone_tooltip(z) for z in inside)
    assert inside and rest_mouse_on(window.canvas, x, y) == expected


def test_roads_answer_only_near_their_line(window: MainWindow) -> None:
    window.open_scenario(MISMATCH)
    assert window.run is not None
    airspace = window.run.world.airspace
    motorway = next(f for f in airspace.features if f.name == "A1")
    on_road = motorway.geometry.interpolate(0.3, normalized=True)
    window.canvas.fit([on_road.x], [on_road.y])
    pixel = window.canvas.metres_per_pixel()
    assert rest_mouse_on(window.canvas, on_road.x, on_road.y).startswith("A1 (approximate)")
    # Within the road's bounding box but far from the line: Qt's item tooltips answered here,
    # since the map's view clips its items and Qt then hit-tests their bounding rectangles.
    beside = rest_mouse_on(window.canvas, on_road.x, on_road.y + 40 * pixel)
    assert beside and "A1" not in beside
    x, y = airspace.aerodrome.reference_point
    window.canvas.zoom_to_aerodrome()
    assert rest_mouse_on(window.canvas, x, y).startswith(
        "EHTW aerodrome reference point, elevation 35 m\nRunway 05/23"
    )


def test_hovering_a_drone_in_the_truth_view_still_works(window: MainWindow) -> None:
    window.open_scenario(MISMATCH)
    run_to(window, 150)
    snapshot = window.canvas.tracks.last_snapshot
    i = snapshot.ids.index("photo-1")
    x, y = float(snapshot.x[i]), float(snapshot.y[i])
    moved = window.canvas.tooltip_at(x, y)
    core = next(z for z in window.canvas.airspace.zones if z.id == "uas-ehtw-core")
    assert moved.startswith("photo-1:") and "m AGL" in moved and core.shown_name() in moved
    assert rest_mouse_on(window.canvas, x, y) == moved


# -- which drone a track is joined to --------------------------------------------------------------


def test_the_overlay_joins_tracks_as_the_scorer_does(window: MainWindow) -> None:
    window.open_scenario(SWARM)
    assert window.driver is not None and window.driver.engine.world.seed == 71
    engine = window.driver.engine
    differs_from_the_tracker = 0
    for time_s in range(30, 361, 30):
        run_to(window, time_s)
        snapshot = engine.snapshot()
        assert snapshot.tracks is not None
        scored = TrackMap((d.id for d in window.run.scenario.drones), engine.events)
        expected = {
            track: scored.drone_of(track)
            for track in snapshot.tracks.ids
            if scored.drone_of(track) in snapshot.ids
        }
        assert window.canvas.overlay.joins == expected
        tracker = engine.track_truth()
        differs_from_the_tracker += sum(tracker[t] != d for t, d in expected.items())
        x, _ = window.canvas.overlay.tracks.getData()
        error_x, _ = window.canvas.overlay.errors.getData()
        assert len(x) == len(expected) and len(error_x) == 2 * len(expected)
    assert differs_from_the_tracker  # the tracker's current guess is not what is scored


def test_restart_forgets_the_joins(window: MainWindow) -> None:
    window.open_scenario(MISMATCH)
    run_to(window, 150)
    assert window.canvas.overlay.joins == {"T001": "inspection-1", "T002": "photo-1"}
    window.restart()
    assert window.track_map.drone_of("T002") is None
    assert window.canvas.overlay.joins == {}


@pytest.mark.parametrize("role_first", [False, True])
def test_the_join_map_is_fed_in_either_role(window: MainWindow, role_first: bool) -> None:
    window.open_scenario(MISMATCH)
    if role_first:
        window.set_role(TRAINEE)
    run_to(window, 150)
    assert window.track_map.drone_of("T002") == "photo-1"
