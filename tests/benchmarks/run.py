"""On-demand benchmarks; each prints one JSON line of figures. Not part of the test suite.

python tests/benchmarks/run.py engine --drones 1000 --zones 200 [--seconds 60]
"""

from __future__ import annotations

import argparse
import json
import math
import resource
import sys
import time
from pathlib import Path

import numpy as np
from shapely.geometry import Point

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from trainer.geo.airspace import Airspace
from trainer.geo.zones import VerticalLimit, Zone, ZoneKind
from trainer.launch import Workspace
from trainer.scenario.model import DroneType
from trainer.sim.engine import Engine
from trainer.sim.fleet import DroneSpec, Mode
from trainer.sim.performance import Limits
from trainer.sim.world import Wind, World

# The peer benchmark's load (../shared/bench): drones within 30 km of Twente, 30-120 m high,
# 15-60 m/s, flying straight, seed 42.
AREA_RADIUS_M = 30_000.0


def synthetic_world(drones: int, zones: int, seed: int = 42) -> World:
    workspace = Workspace()
    twente = workspace.library.get("twente")
    rng = np.random.default_rng(seed)
    cx, cy = twente.aerodrome.reference_point

    def spot(radius: float) -> tuple[float, float]:
        r, a = radius * math.sqrt(rng.uniform()), rng.uniform(0, 2 * math.pi)
        return cx + r * math.sin(a), cy + r * math.cos(a)

    zone_list = list(twente.zones)
    while len(zone_list) < zones:
        zx, zy = spot(AREA_RADIUS_M)
        radius = float(rng.uniform(200, 3000))
        shape = Point(zx, zy).buffer(radius, quad_segs=8)
        upper = VerticalLimit(f"{radius / 10:.0f} m AGL", float(rng.uniform(60, 500)))
        zone_list.append(
            Zone(
                f"bench-{len(zone_list)}",
                "bench",
                ZoneKind.UAS_PROHIBITED,
                VerticalLimit("GND", 0.0),
                upper,
                shape,
                "benchmark",
                False,
            )
        )
    specs = []
    for i in range(drones):
        x, y = spot(AREA_RADIUS_M)
        speed = float(rng.uniform(15, 60))
        heading = rng.uniform(0, 2 * math.pi)
        far = (x + 200_000 * math.sin(heading), y + 200_000 * math.cos(heading))
        alt = float(rng.uniform(30, 120))
        limits = Limits(speed, speed, 0.0, 5.0, 90.0, 4.0, 86_400.0)
        specs.append(
            DroneSpec(
                f"d{i}",
                DroneType.MULTIROTOR,
                limits,
                0.0,
                x,
                y,
                alt,
                x,
                y,
                Mode.ROUTE,
                route=((far[0], far[1], alt, speed),),
            )
        )
    airspace = Airspace(twente.aerodrome, tuple(zone_list[:zones]), ())
    return World("benchmark", seed, 1e9, 600, airspace, tuple(specs), Wind(0.0, 0.0), ())


def bench_engine(args: argparse.Namespace) -> dict[str, object]:
    world = synthetic_world(args.drones, args.zones)
    engine = Engine(world)
    engine.run_until(2.0)  # warm-up: first look-ups, caches
    start_tick, start = engine.clock.tick, time.perf_counter()
    engine.run_until(2.0 + args.seconds)
    wall = time.perf_counter() - start
    simulated = (engine.clock.tick - start_tick) * engine.clock.dt_s
    return {
        "benchmark": "engine",
        "drones": args.drones,
        "zones": args.zones,
        "dt_s": engine.clock.dt_s,
        "simulated_s": round(simulated, 1),
        "wall_s": round(wall, 3),
        "sim_s_per_wall_s": round(simulated / wall, 1),
        "ms_per_step": round(wall / (engine.clock.tick - start_tick) * 1000, 3),
        "events": len(engine.events),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    kinds = parser.add_subparsers(dest="kind", required=True)
    engine = kinds.add_parser("engine")
    engine.add_argument("--drones", type=int, default=1000)
    engine.add_argument("--zones", type=int, default=200)
    engine.add_argument("--seconds", type=float, default=60.0, help="simulated seconds to time")
    args = parser.parse_args()
    result = {"engine": bench_engine}[args.kind](args)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
