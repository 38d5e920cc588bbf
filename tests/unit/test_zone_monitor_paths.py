"""The zone monitor's few-drone checks (Python values) report what its array checks report."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from trainer.geo.zones import VerticalLimit, Zone, ZoneKind
from trainer.sim import zone_monitor
from trainer.sim.zone_monitor import ZoneMonitor


def zones() -> tuple[Zone, ...]:
    """Three overlapping zones with different floors and ceilings."""
    shapes = [
        shapely.Point(0, 0).buffer(300),
        shapely.box(-100, -500, 400, 100),
        shapely.Point(250, 250).buffer(150),
    ]
    limits = [(0.0, 120.0), (50.0, 300.0), (30.0, 60.0)]
    return tuple(
        Zone(
            id=f"z{k}",
            name=f"zone {k}",
            kind=ZoneKind.CTR,
            lower=VerticalLimit(f"{low} m", low),
            upper=VerticalLimit(f"{high} m", high),
            polygon=shape,
            source="test",
            official=False,
        )
        for k, (shape, (low, high)) in enumerate(zip(shapes, limits, strict=True))
    )


def changes_of(result: zone_monitor.ZoneChanges) -> tuple[list[list[int]], list[list[int]]]:
    return result.entered.tolist(), result.exited.tolist()


@pytest.mark.parametrize("n", range(1, zone_monitor.FEW + 1))
def test_few_drone_checks_match_the_array_checks(n: int, monkeypatch: pytest.MonkeyPatch) -> None:
    rng = np.random.default_rng(n)
    few, arrays = ZoneMonitor(zones(), n), ZoneMonitor(zones(), n)
    x, y = rng.uniform(-600, 600, n), rng.uniform(-600, 600, n)
    alt = rng.uniform(0, 200, n)
    reported = 0
    for tick in range(3000):
        # A random walk pulled towards the zones, so that drones keep crossing their edges.
        new_x = x + rng.normal(0, 15, n) - 0.01 * x
        new_y = y + rng.normal(0, 15, n) - 0.01 * y
        moved = np.hypot(new_x - x, new_y - y)
        x, y = new_x, new_y
        alt = np.clip(alt + rng.normal(0, 4, n), 0, 250)
        at_limit = rng.random(n) < 0.1  # exactly on a floor or ceiling now and then
        alt = np.where(at_limit, rng.choice([30.0, 50.0, 60.0, 120.0], n), alt)
        airborne = rng.random(n) < 0.95
        active = None if tick % 50 < 40 else rng.random(3) < 0.5
        got = few.update(x, y, alt, moved, airborne, active)
        with monkeypatch.context() as patch:
            patch.setattr(zone_monitor, "FEW", 0)
            want = arrays.update(x, y, alt, moved, airborne, active)
        assert changes_of(got) == changes_of(want)
        assert few._margin.tobytes() == arrays._margin.tobytes()
        reported += len(got.entered) + len(got.exited)
    assert reported > 50  # drones went in and out (the changed-tick path ran often)
    drones, zone_ids = few.memberships()
    assert (drones.tolist(), zone_ids.tolist()) == tuple(a.tolist() for a in arrays.memberships())


def test_few_drone_checks_follow_drones_added_during_a_run() -> None:
    monitor = ZoneMonitor(zones(), 1)
    flying = np.ones(1, dtype=np.bool_)
    far = monitor.update(
        np.array([5000.0]), np.array([0.0]), np.array([50.0]), np.zeros(1), flying, None
    )
    assert far.entered.size == 0
    monitor.grow(2)  # an instructor adds a drone inside zone 0
    x, y, alt = np.array([5000.0, -200.0]), np.array([0.0, 200.0]), np.array([50.0, 50.0])
    entered = monitor.update(x, y, alt, np.zeros(2), np.ones(2, dtype=np.bool_), None).entered
    assert entered.tolist() == [[1, 0]]
    # It climbs out of zone 0's ceiling (120 m) without moving sideways: an exit.
    alt[1] = 130.0
    exited = monitor.update(x, y, alt, np.zeros(2), np.ones(2, dtype=np.bool_), None).exited
    assert exited.tolist() == [[1, 0]]
