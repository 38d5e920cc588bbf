"""On-demand benchmarks; each prints one JSON line of figures. Not part of the test suite.

python tests/benchmarks/run.py engine --drones 1000 --zones 200 [--seconds 60] [--sensors]
python tests/benchmarks/run.py record --actions 10000 [--synchronous FULL|NORMAL] [--dir DIR]
python tests/benchmarks/run.py frame --tracks 200 [--frames 60]
python tests/benchmarks/run.py export --sheets 30 [--dir DIR]
python tests/benchmarks/run.py classroom --stations 30 [--seconds 30]
python tests/benchmarks/run.py startup [--runs 7]   # command -> first painted frame of the window
python tests/benchmarks/run.py basemap [--frames 30]  # background tiles: paint and GUI-thread cost
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
    if args.sensors:
        # Radar and Remote ID on, reaching every drone (the worst case for the tracker): each
        # drone broadcasts Remote ID, the radar has its default clutter rate over its coverage.
        from trainer.scenario.sensors_model import Radar, RemoteIdReceiver, SensorSetup
        from trainer.sim.sensors import SensorWorld

        reach = AREA_RADIUS_M + 5_000.0
        setup = SensorSetup(
            radars=[Radar(max_range_m=reach, reference_range_m=reach / 2)],
            remote_id=[RemoteIdReceiver(range_m=reach)],
        )
        serials = tuple(f"BENCH{i:05d}" for i in range(args.drones))
        site = world.airspace.aerodrome.reference_point
        sensors = SensorWorld.uniform(setup, site, args.drones, serials=serials)
        world = World(**{**world.__dict__, "sensors": sensors})
    engine = Engine(world)
    engine.run_until(2.0)  # warm-up: first look-ups, caches
    start_tick, start = engine.clock.tick, time.perf_counter()
    engine.run_until(2.0 + args.seconds)
    wall = time.perf_counter() - start
    simulated = (engine.clock.tick - start_tick) * engine.clock.dt_s
    figures: dict[str, object] = {
        "benchmark": "engine",
        "drones": args.drones,
        "zones": args.zones,
        "sensors": "radar+remote-id" if args.sensors else "none",
        "dt_s": engine.clock.dt_s,
        "simulated_s": round(simulated, 1),
        "wall_s": round(wall, 3),
        "sim_s_per_wall_s": round(simulated / wall, 1),
        "ms_per_step": round(wall / (engine.clock.tick - start_tick) * 1000, 3),
        "events": len(engine.events),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    if args.sensors:
        figures["tracks"] = engine.tracks().size
    return figures


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


def bench_export(args: argparse.Namespace) -> dict[str, object]:
    """Export scored runs as PDF score sheets, one file each, as `drone-trainer export` does.

    Each bundled scenario is run once by the 'late' bot (untimed); its sheet is recorded for as
    many trainees as asked, so every sheet is a distinct run in the record.
    """
    import re
    import tempfile

    from trainer.export import export_runs
    from trainer.launch import bundled_scenarios
    from trainer.records import Repository, open_database
    from trainer.scoring.bots import make_bot
    from trainer.training_run import file_sha256, run_headless

    workspace = Workspace()
    played = []
    for path in bundled_scenarios():
        prepared = workspace.prepare(path)
        result = run_headless(prepared, make_bot("late", prepared.scenario))
        played.append((prepared, file_sha256(prepared), result.sheet))
    with tempfile.TemporaryDirectory(dir=args.dir) as folder:
        db = open_database(Path(folder) / "records.sqlite")
        repo = Repository(db)
        session = repo.add_session("Benchmark class", instructor="Benchmark instructor")
        run_ids = []
        for i in range(args.sheets):
            prepared, sha, sheet = played[i % len(played)]
            trainee = repo.add_trainee(f"Trainee {i + 1:02d}", f"B{i + 1:04d}", "benchmark")
            run_id = repo.start_run(
                scenario_id=prepared.scenario.id,
                scenario_title=prepared.scenario.title,
                scenario_file=str(prepared.path),
                file_sha256=sha,
                seed=sheet.seed,
                app_version="benchmark",
                trainee_id=trainee,
                session_id=session,
            )
            repo.finish_run(run_id)
            repo.save_sheet(run_id, sheet)
            run_ids.append(run_id)
        start = time.perf_counter()  # includes starting Qt, as a CLI export does
        paths = export_runs(repo, run_ids, "pdf", Path(folder) / "out", summary=False)
        wall = time.perf_counter() - start
        page = re.compile(rb"/Type\s*/Page\b")
        pages = sum(len(page.findall(path.read_bytes())) for path in paths)
        size = sum(path.stat().st_size for path in paths)
        db.close()
    return {
        "benchmark": "export",
        "format": "pdf",
        "sheets": len(paths),
        "items": sum(len(played[i % len(played)][2].items) for i in range(args.sheets)),
        "pages": pages,
        "wall_s": round(wall, 3),
        "s_per_sheet": round(wall / len(paths), 4),
        "pdf_bytes": size,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    kinds = parser.add_subparsers(dest="kind", required=True)
    engine = kinds.add_parser("engine")
    engine.add_argument("--drones", type=int, default=1000)
    engine.add_argument("--zones", type=int, default=200)
    engine.add_argument("--seconds", type=float, default=60.0, help="simulated seconds to time")
    engine.add_argument("--sensors", action="store_true", help="radar + Remote ID and tracker on")
    record = kinds.add_parser("record")
    record.add_argument("--actions", type=int, default=10_000)
    record.add_argument("--synchronous", choices=["FULL", "NORMAL"], default="FULL")
    record.add_argument("--dir", default=None, help="folder for the temporary database")
    frame = kinds.add_parser("frame")
    frame.add_argument("--tracks", type=int, default=200)
    frame.add_argument("--frames", type=int, default=60)
    export = kinds.add_parser("export")
    export.add_argument("--sheets", type=int, default=30)
    export.add_argument("--dir", default=None, help="folder for the temporary record and files")
    classroom = kinds.add_parser("classroom")
    classroom.add_argument("--stations", type=int, default=30)
    classroom.add_argument("--seconds", type=float, default=30.0, help="wall seconds at 8x")
    startup = kinds.add_parser("startup")
    startup.add_argument("--runs", type=int, default=7)
    basemap = kinds.add_parser("basemap")
    basemap.add_argument("--frames", type=int, default=30)
    args = parser.parse_args()
    if args.kind == "classroom":
        from bench_classroom import bench_classroom

        result = bench_classroom(args)
    elif args.kind == "startup":
        from bench_startup import bench_startup

        result = bench_startup(args)
    elif args.kind == "basemap":
        from bench_basemap import bench_basemap  # imports Qt: only for this benchmark

        result = bench_basemap(args)
    elif args.kind == "frame":
        from bench_frame import bench_frame  # imports Qt: only for this benchmark

        result = bench_frame(args)
    else:
        benches = {"engine": bench_engine, "record": bench_record, "export": bench_export}
        result = benches[args.kind](args)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
