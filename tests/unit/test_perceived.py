"""The trainee's picture: only tracks, and zone alerts that do not flicker with track noise."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from tests.conftest import SCENARIOS
from trainer.launch import Workspace
from trainer.perceived import EXIT_CONFIRM_S, Perception
from trainer.sim.events import EventKind


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
