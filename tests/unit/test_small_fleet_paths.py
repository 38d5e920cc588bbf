"""A lesson run with the small-fleet forms (Python floats for a few drones, tracks and zone
memberships) is the run of the array forms, also as drones are added past the small size."""

from __future__ import annotations

import pytest

from tests.conftest import SCENARIOS
from trainer.launch import Workspace
from trainer.sim import association, behaviours, engine, kinematics, tracker, zone_monitor
from trainer.sim.injects import Inject, InjectKind

SMALL_SIZES = (
    (kinematics, "SMALL_FLEET"),
    (engine, "SMALL_FLEET"),
    (behaviours, "FEW_ROUTE_FLYERS"),
    (zone_monitor, "FEW"),
    (tracker, "FEW_UPDATES"),
    (tracker, "FEW_PAIRS"),
    (association, "FEW_PAIRS"),
)


def lesson(workspace: Workspace) -> tuple[str, list[dict[str, object]]]:
    """two-drones.yaml with an instructor adding three drones (two to five: past the small
    size), a flyaway and a lost link (mode changes) along the way."""
    run = workspace.prepare(SCENARIOS / "two-drones.yaml")
    x, y = run.world.airspace.aerodrome.reference_point
    live = run.engine()
    live.run_until(40)
    for k, template in enumerate(("photo", "hobby", "wing"), start=1):
        live.inject(
            Inject(
                InjectKind.ADD_DRONE,
                drone=f"inject-{k}",
                template=template,
                x_m=x + 800 * k,
                y_m=y - 500,
            )
        )
        live.run_until(40 + 30 * k)
    live.inject(Inject(InjectKind.FLYAWAY, drone="inject-1"))
    live.inject(Inject(InjectKind.LOST_LINK, drone=live.fleet.ids[0]))
    live.run_until(240)
    return live.digest(), [e.to_json_dict() for e in live.events]


def test_a_lesson_runs_the_same_with_and_without_the_small_fleet_forms(
    workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    small = lesson(workspace)
    with monkeypatch.context() as patch:
        for module, name in SMALL_SIZES:
            patch.setattr(module, name, 0)  # every form falls back to its arrays
        arrays = lesson(workspace)
    assert small[0] == arrays[0]
    assert small[1] == arrays[1]
    kinds = {e["kind"] for e in small[1]}
    assert {"launched", "flyaway", "lost_link", "track_started"} <= kinds
