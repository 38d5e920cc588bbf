"""The trainee's picture: only tracks, and zone and runway alerts that do not flicker with noise."""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pytest

from tests.conftest import SCENARIOS
from trainer.launch import Workspace
from trainer.perceived import EXIT_CONFIRM_S, RUNWAY_LEAVE_MARGIN_M, Perception
from trainer.sim.events import Event, EventKind
from trainer.sim.proximity import runway_segments
from trainer.sim.track_picture import TrackPicture

FRAMES_PER_S = 30  # pictures the window draws per second


def test_the_picture_holds_tracks_only_and_exits_are_confirmed(workspace: Workspace) -> None:
    run = workspace.prepare(SCENARIOS / "hobby-drone-approach-23.yaml")
    engine = run.engine()
    engine.run_until(240)  # tracked, inside the approach box
    perception = Perception(run.world.airspace)
    truth = engine.snapshot()
    picture = perception.picture(truth)
    assert picture.ids and all(t.startswith("T") for t in picture.ids)
    assert "hobby-1" not in picture.ids
    first = perception.alerts(picture)
    assert any(a.kind == EventKind.ZONE_ENTERED and a.zone == "approach-23" for a in first)
    # The track jumps 5 km away for one picture (noise): no exit yet ...
    tracks = picture.tracks
    assert tracks is not None
    far = replace(tracks, x=tracks.x + 5000.0, time_s=truth.time_s + 1)
    away = perception.picture(replace(truth, time_s=truth.time_s + 1, tracks=far))
    assert not [a for a in perception.alerts(away) if a.kind == EventKind.ZONE_EXITED]
    # ... back inside: still nothing; away for longer than the confirmation time: one exit.
    assert not [a for a in perception.alerts(picture) if a.kind == EventKind.ZONE_EXITED]
    later = truth.time_s + 2 + EXIT_CONFIRM_S
    for t in (truth.time_s + 2, later):
        shifted = replace(tracks, x=tracks.x + 5000.0, time_s=t)
        alerts = perception.alerts(perception.picture(replace(truth, time_s=t, tracks=shifted)))
        exits = [a for a in alerts if a.kind == EventKind.ZONE_EXITED and a.zone == "approach-23"]
    assert len(exits) == 1
    assert np.all(np.isfinite(picture.runway_distance_m))


def one_track(time_s: float, x: float, y: float) -> TrackPicture:
    """A picture of a single radar track "T1" at (x, y), 60 m up, as the tracker would give it."""

    def row(value: float) -> np.ndarray:
        return np.array([value])

    return replace(
        TrackPicture.empty(time_s),
        ids=("T1",),
        x=row(x),
        y=row(y),
        alt=row(60.0),
        sigma_m=row(15.0),
        speed=row(5.0),
        course_deg=row(0.0),
        sensors=np.array([1]),
        serial=(None,),
        operator=(None,),
        age_s=row(time_s),
        last_update_s=row(time_s),
        coasting=np.array([False]),
    )


def runway_alerts_along(workspace: Workspace, distances_m: list[float]) -> list[Event]:
    """Runway alerts for a track at these distances from the runway, one picture a frame."""
    run = workspace.prepare(SCENARIOS / "hobby-drone-approach-23.yaml")
    truth = run.engine().snapshot()
    perception = Perception(run.world.airspace)
    (x1, y1, x2, y2), *_ = runway_segments(run.world.airspace.aerodrome.runways)
    length = math.hypot(x2 - x1, y2 - y1)
    normal = ((y1 - y2) / length, (x2 - x1) / length)  # square off the runway's middle
    found = []
    for frame, distance in enumerate(distances_m):
        t = frame / FRAMES_PER_S
        x, y = (x1 + x2) / 2 + normal[0] * distance, (y1 + y2) / 2 + normal[1] * distance
        picture = perception.picture(
            replace(truth, tick=frame, time_s=t, tracks=one_track(t, x, y))
        )
        assert picture.runway_distance_m[0] == pytest.approx(distance)
        found += [a for a in perception.alerts(picture) if a.kind == EventKind.RUNWAY_APPROACHED]
    return found


def test_a_track_wobbling_on_the_alert_distance_alerts_once(workspace: Workspace) -> None:
    frames = np.arange(20 * FRAMES_PER_S)
    # ±40 m around 1,000 m, in and out once every 2 s: ten crossings inwards.
    wobble = 1000.0 + 40.0 * np.sin(2 * math.pi * frames / (2 * FRAMES_PER_S))
    alerts = runway_alerts_along(workspace, [float(d) for d in wobble])
    assert [a.detail for a in alerts] == ["within 1000 m of the runway"]


def test_a_track_that_really_left_alerts_again_when_it_returns(workspace: Workspace) -> None:
    def hold(distance_m: float, seconds: float) -> list[float]:
        return [distance_m] * round(seconds * FRAMES_PER_S)

    clearly_away = 1000.0 + RUNWAY_LEAVE_MARGIN_M + 100.0
    alerts = runway_alerts_along(
        workspace,
        hold(960.0, 3)
        + hold(clearly_away, EXIT_CONFIRM_S / 2)  # away, but not for long: still inside
        + hold(960.0, 3)
        + hold(clearly_away, EXIT_CONFIRM_S + 1)  # gone
        + hold(960.0, 3),
    )
    assert [a.time_s for a in alerts] == pytest.approx([0.0, 3 + EXIT_CONFIRM_S / 2 + 3 + 6])
    assert {a.detail for a in alerts} == {"within 1000 m of the runway"}
