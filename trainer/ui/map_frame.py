"""What Fit shows of a scenario: for the trainee a fixed frame, for the instructor the truth."""

from __future__ import annotations

import math

from trainer.launch import PreparedRun
from trainer.sim.snapshot import Snapshot

TRAINEE_FIT_M = 5000.0  # the trainee's map frame: the 5 km ring, whatever the scenario


def frame_points(
    run: PreparedRun, trainee: bool, shown: Snapshot | None
) -> tuple[list[float], list[float]]:
    """The points the map fits: the runways; for the trainee the 5 km ring and the tracks in
    sight, for the instructor where the drones will fly (which would tell the trainee)."""
    xs: list[float] = []
    ys: list[float] = []
    aerodrome = run.world.airspace.aerodrome
    for runway in aerodrome.runways:
        xs += [end[0] for end in runway.ends]
        ys += [end[1] for end in runway.ends]
    if trainee:  # the same frame for every scenario, and the tracks seen
        x, y = aerodrome.reference_point
        xs += [x - TRAINEE_FIT_M, x + TRAINEE_FIT_M]
        ys += [y - TRAINEE_FIT_M, y + TRAINEE_FIT_M]
        if shown is not None:
            xs += [float(v) for v in shown.x if math.isfinite(v)]
            ys += [float(v) for v in shown.y if math.isfinite(v)]
        return xs, ys
    for spec in run.world.drones:  # where the drones will fly: the truth
        xs += [spec.x, spec.home_x, *(p[0] for p in spec.route)]
        ys += [spec.y, spec.home_y, *(p[1] for p in spec.route)]
        if spec.radius_m:
            xs += [spec.centre_x - spec.radius_m, spec.centre_x + spec.radius_m]
            ys += [spec.centre_y - spec.radius_m, spec.centre_y + spec.radius_m]
    return xs, ys
