"""On-demand benchmarks; each prints one JSON line of figures. Not part of the test suite.

python tests/benchmarks/run.py engine --drones 1000 --zones 200 [--seconds 60]
python tests/benchmarks/run.py record --actions 10000 [--synchronous FULL|NORMAL] [--dir DIR]
python tests/benchmarks/run.py frame --tracks 200 [--frames 60]
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


def bench_record(args: argparse.Namespace) -> dict[str, object]:
    """Commit actions one by one, each in its own transaction, as the live window does."""
    import tempfile
    from datetime import UTC, datetime

    from trainer.records import Repository, open_database
    from trainer.scoring.protocol import Action, ActionKind

    kinds = list(ActionKind)
    wall = datetime.now(UTC).isoformat(timespec="milliseconds")
    actions = [
        Action(i, kinds[i % len(kinds)], i * 0.25, wall, f"T{i % 40}", {"level": "high"})
        for i in range(1, args.actions + 1)
    ]
    with tempfile.TemporaryDirectory(dir=args.dir) as folder:
        path = Path(folder) / "records.sqlite"
        db = open_database(path)
        db.execute(f"PRAGMA synchronous = {args.synchronous}")  # a choice of two constants
        repo = Repository(db)
        run_id = repo.start_run(
            scenario_id="benchmark",
            scenario_title="Benchmark",
            scenario_file="benchmark.yaml",
            file_sha256="0" * 64,
            seed=42,
            app_version="benchmark",
        )
        start = time.perf_counter()
        for action in actions:
            repo.record_action(run_id, action)
        elapsed = time.perf_counter() - start
        repo.finish_run(run_id)
        stored = len(repo.actions(run_id))
        db.close()  # checkpoints the WAL into the database file
        size = path.stat().st_size
    return {
        "benchmark": "record",
        "actions": stored,
        "synchronous": args.synchronous,
        "journal_mode": "wal",
        "wall_s": round(elapsed, 3),
        "actions_per_s": round(stored / elapsed, 1),
        "ms_per_action": round(elapsed / stored * 1000, 3),
        "db_bytes": size,
        "folder": str(Path(args.dir or tempfile.gettempdir()).resolve()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    kinds = parser.add_subparsers(dest="kind", required=True)
    engine = kinds.add_parser("engine")
    engine.add_argument("--drones", type=int, default=1000)
    engine.add_argument("--zones", type=int, default=200)
    engine.add_argument("--seconds", type=float, default=60.0, help="simulated seconds to time")
    record = kinds.add_parser("record")
    record.add_argument("--actions", type=int, default=10_000)
    record.add_argument("--synchronous", choices=["FULL", "NORMAL"], default="FULL")
    record.add_argument("--dir", default=None, help="folder for the temporary database")
    frame = kinds.add_parser("frame")
    frame.add_argument("--tracks", type=int, default=200)
    frame.add_argument("--frames", type=int, default=60)
    args = parser.parse_args()
    if args.kind == "frame":
        from bench_frame import bench_frame  # imports Qt: only for this benchmark

        result = bench_frame(args)
    else:
        result = {"engine": bench_engine, "record": bench_record}[args.kind](args)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
