"""Engine benchmarks: a synthetic load, the bundled scenarios, a table against N, and the peer.

python tests/benchmarks/run.py engine --drones 10000 --zones 500 [--seconds 60] [--reps 3]
python tests/benchmarks/run.py engine --drones 5000 --sensors --rf           # radar, RF, Remote ID
python tests/benchmarks/run.py engine --scale 1000,2000,5000,10000,20000 --zones 500
python tests/benchmarks/run.py engine --scenarios [--reps 5]                 # every bundled one
python tests/benchmarks/run.py engine --drones 1000 --peer ../.peer-venv/bin/python

Each figure is the median of --reps timed runs (the machine is shared and noisy). With --peer,
BlueSky (../shared/bench/README.md) runs the same load in the same run, with C++ conflict
detection (its fastest), and the ratio of simulated seconds per wall second is printed.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
from shapely.geometry import Point

from trainer.geo.airspace import Airspace
from trainer.geo.zones import VerticalLimit, Zone, ZoneKind
from trainer.launch import Workspace
from trainer.scenario.model import DroneType
from trainer.sim.engine import Engine
from trainer.sim.fleet import DroneSpec, Mode
from trainer.sim.performance import Limits
from trainer.sim.world import Wind, World

REPO = Path(__file__).resolve().parents[2]
# The peer benchmark's load (../shared/bench): drones within 30 km of Twente, 30-120 m high,
# 15-60 m/s, flying straight, seed 42. (tests/data/golden/gen-*.txt were recorded with this.)
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


def with_sensors(world: World, drones: int, rf: bool, rf_range_m: float | None = None) -> World:
    """Radar and Remote ID reaching every drone: the worst case for the tracker. Each drone
    broadcasts Remote ID; the radar has its default clutter rate. With `rf`, an RF detector at
    the aerodrome with its default range (3 km) unless `rf_range_m` says otherwise; its bearings
    are matched against every confirmed track, near or far."""
    from trainer.scenario.sensors_model import Radar, RemoteIdReceiver, RfDetector, SensorSetup
    from trainer.sim.sensors import SensorWorld

    reach = AREA_RADIUS_M + 5_000.0
    rf_detector = RfDetector() if rf_range_m is None else RfDetector(range_m=rf_range_m)
    setup = SensorSetup(
        radars=[Radar(max_range_m=reach, reference_range_m=reach / 2)],
        rf_detectors=[rf_detector] if rf else [],
        remote_id=[RemoteIdReceiver(range_m=reach)],
    )
    serials = tuple(f"BENCH{i:05d}" for i in range(drones))
    site = world.airspace.aerodrome.reference_point
    sensors = SensorWorld.uniform(setup, site, drones, serials=serials)
    return World(**{**world.__dict__, "sensors": sensors})


def bench_engine(args: argparse.Namespace) -> dict[str, object]:
    if args.scale:
        return _scale(args)
    if args.scenarios:
        return _scenarios(args)
    world = synthetic_world(args.drones, args.zones)
    if args.sensors:
        world = with_sensors(world, args.drones, args.rf, args.rf_range)
    walls, cpus = [], []
    for _ in range(args.reps):
        engine = Engine(world)
        engine.run_until(2.0)  # warm-up: first look-ups, caches
        start_tick, start, cpu = engine.clock.tick, time.perf_counter(), time.process_time()
        engine.run_until(2.0 + args.seconds)
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    wall, cpu = statistics.median(walls), statistics.median(cpus)
    steps = engine.clock.tick - start_tick
    simulated = steps * engine.clock.dt_s
    sensors = "none"
    if args.sensors:
        sensors = "radar+remote-id"
        if args.rf:
            sensors = f"radar+rf({args.rf_range or 3000:.0f} m)+remote-id"
    figures: dict[str, object] = {
        "benchmark": "engine",
        "drones": args.drones,
        "zones": args.zones,
        "sensors": sensors,
        "dt_s": engine.clock.dt_s,
        "simulated_s": round(simulated, 1),
        "reps": args.reps,
        "wall_s": round(wall, 3),
        "wall_s_each": [round(w, 3) for w in walls],
        "sim_s_per_wall_s": round(simulated / wall, 1),
        "ms_per_step": round(wall / steps * 1000, 3),
        # CPU time of this process: what an idle machine would show as wall time; on a shared,
        # loaded machine wall time also counts the time other processes had the core.
        "cpu_s": round(cpu, 3),
        "sim_s_per_cpu_s": round(simulated / cpu, 1),
        "cpu_ms_per_step": round(cpu / steps * 1000, 3),
        "load_average_1min": round(os.getloadavg()[0], 1),
        "events": len(engine.events),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    if args.sensors:
        figures["tracks"] = engine.tracks().size
    if args.peer:
        figures["peer"] = _peer(args, args.drones)
        figures["ratio_sim_s_per_wall_s"] = round(
            float(figures["sim_s_per_wall_s"]) / figures["peer"]["sim_s_per_wall_s"],
            1,  # type: ignore[index]
        )
    return figures


def _scale(args: argparse.Namespace) -> dict[str, object]:
    """Cost per tick against N, each N in its own process (so that its peak memory is its own)."""
    rows = []
    for n in (int(v) for v in args.scale.split(",")):
        command = [sys.executable, str(REPO / "tests/benchmarks/run.py"), "engine"]
        command += ["--drones", str(n), "--zones", str(args.zones), "--seconds", str(args.seconds)]
        command += ["--reps", str(args.reps)] + (["--sensors"] if args.sensors else [])
        command += ["--rf"] if args.rf else []
        command += ["--rf-range", str(args.rf_range)] if args.rf_range else []
        command += ["--peer", args.peer] if args.peer else []
        done = subprocess.run(command, capture_output=True, text=True, check=True)
        row = json.loads(done.stdout.splitlines()[-1])
        row["us_per_drone_per_step"] = round(float(row["ms_per_step"]) * 1000 / n, 3)
        rows.append(row)
        print(json.dumps(row), file=sys.stderr)
    return {"benchmark": "engine-scale", "zones": args.zones, "rows": rows}


def _scenarios(args: argparse.Namespace) -> dict[str, object]:
    """Every bundled scenario run to its end in fast time, as `drone-trainer simulate` does."""
    from trainer.launch import bundled_scenarios

    workspace = Workspace()
    rows = {}
    for path in bundled_scenarios():
        prepared = workspace.prepare(path)
        walls, cpus = [], []
        for _ in range(args.reps + 1):  # the first run also loads what the others reuse
            engine = prepared.engine()
            wall, cpu = time.perf_counter(), time.process_time()
            engine.run_until(prepared.scenario.duration_s)
            walls.append(time.perf_counter() - wall)
            cpus.append(time.process_time() - cpu)
        ticks = engine.clock.tick
        rows[path.stem] = {
            "ticks": ticks,
            "wall_s": round(statistics.median(walls[1:]), 4),
            "cpu_s": round(statistics.median(cpus[1:]), 4),
            "us_per_tick": round(statistics.median(walls[1:]) / ticks * 1e6, 1),
        }
    return {"benchmark": "engine-scenarios", "reps": args.reps, "scenarios": rows}


def _peer(args: argparse.Namespace, drones: int) -> dict[str, object]:
    """BlueSky on the same load (../shared/bench/bluesky_peer.py), C++ conflict detection."""
    script = next(
        (
            folder / "shared/bench/bluesky_peer.py"
            for folder in (REPO.parent, REPO.parent.parent)
            if (folder / "shared/bench/bluesky_peer.py").exists()
        ),
        None,
    )
    if script is None:
        raise SystemExit("no ../shared/bench/bluesky_peer.py next to the repository")
    out = Path("/tmp") / f"peer-{drones}.json"
    command = [args.peer, str(script), "--ns", str(drones), "--modes", "con"]
    command += ["--T", str(args.seconds), "--reps", str(args.reps), "--json", str(out)]
    subprocess.run(command, capture_output=True, text=True, check=True)
    (summary,) = json.loads(out.read_text())["summary"]
    return {
        "name": "BlueSky 1.1.1, ASAS CSTATEBASED",
        "drones": drones,
        "simulated_s": summary["sim_s"],
        "wall_s": round(summary["wall_s"], 3),
        "sim_s_per_wall_s": round(summary["rate"], 1),
        "ms_per_step": round(summary["mean_ms"], 3),
        "dt_s": summary["sim_s"] / summary["steps"],
    }


def add_engine_parser(kinds: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    engine = kinds.add_parser("engine")
    engine.add_argument("--drones", type=int, default=1000)
    engine.add_argument("--zones", type=int, default=200)
    engine.add_argument("--seconds", type=float, default=60.0, help="simulated seconds to time")
    engine.add_argument("--sensors", action="store_true", help="radar + Remote ID and tracker on")
    engine.add_argument("--rf", action="store_true", help="with --sensors: an RF detector too")
    engine.add_argument(
        "--rf-range", type=float, default=None, help="RF detector range, m (default 3,000)"
    )
    engine.add_argument("--reps", type=int, default=1, help="timed runs; the median is given")
    engine.add_argument("--scale", default="", help="drone counts, e.g. 1000,2000,5000,10000")
    engine.add_argument("--scenarios", action="store_true", help="every bundled scenario")
    engine.add_argument("--peer", default="", help="python of a venv with bluesky-simulator")
