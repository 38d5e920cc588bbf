"""Frame benchmark: snapshot in, map items updated, the scene painted into a 1920x1080 image."""

from __future__ import annotations

import argparse
import math
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from trainer.launch import Workspace
from trainer.scenario.model import DroneType
from trainer.sim.engine import Engine
from trainer.sim.fleet import DroneSpec, Mode
from trainer.sim.performance import DEFAULT_LIMITS
from trainer.sim.world import Wind, World
from trainer.ui.app import configure_pyqtgraph
from trainer.ui.map.canvas import MapCanvas

WIDTH, HEIGHT = 1920, 1080


def busy_world(tracks: int, seed: int = 42) -> World:
    """Drones of all types loitering and orbiting within 6 km of the aerodrome: all in view."""
    workspace = Workspace()
    twente = workspace.library.get("twente")
    rng = np.random.default_rng(seed)
    cx, cy = twente.aerodrome.reference_point
    types = list(DroneType)
    specs = []
    for i in range(tracks):
        r, a = 6000 * math.sqrt(rng.uniform()), rng.uniform(0, 2 * math.pi)
        x, y = cx + r * math.sin(a), cy + r * math.cos(a)
        drone_type = types[i % len(types)]
        mode = Mode.ORBIT if drone_type is DroneType.FIXED_WING else Mode.LOITER
        specs.append(
            DroneSpec(
                f"trk{i:04d}",
                drone_type,
                DEFAULT_LIMITS[drone_type],
                0.0,
                x,
                y,
                float(rng.uniform(30, 120)),
                x,
                y,
                mode,
                centre_x=x,
                centre_y=y,
                radius_m=float(rng.uniform(150, 600)),
            )
        )
    airspace = __import__("trainer.geo.airspace", fromlist=["Airspace"]).Airspace(
        twente.aerodrome, twente.zones, twente.features
    )
    return World("frame-benchmark", seed, 1e9, 600, airspace, tuple(specs), Wind(3.0, 1.0), ())


def bench_frame(args: argparse.Namespace) -> dict[str, object]:
    app = QApplication.instance() or QApplication([])
    configure_pyqtgraph()
    world = busy_world(args.tracks)
    engine = Engine(world)
    canvas = MapCanvas()
    canvas.resize(WIDTH, HEIGHT)
    canvas.show()
    canvas.set_airspace(world.airspace)
    canvas.fit([s.x for s in world.drones], [s.y for s in world.drones], margin_m=500)
    app.processEvents()
    states = ["unknown" if i % 3 else "cooperative" for i in range(args.tracks)]
    # Fill the 60 s trails first, one snapshot per simulated second.
    for _ in range(65):
        engine.run_until(engine.time_s + 1.0)
        canvas.show_snapshot(engine.snapshot(), states)
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32_Premultiplied)
    times = []
    cpu_times = []  # this thread's CPU time: less swayed than wall time by others on the machine
    for _ in range(args.frames):
        engine.step()  # not timed: the engine has its own benchmark
        start, cpu_start = time.perf_counter(), time.thread_time()
        canvas.show_snapshot(engine.snapshot(), states)
        painter = QPainter(image)
        canvas.render(painter)
        painter.end()
        times.append(time.perf_counter() - start)
        cpu_times.append(time.thread_time() - cpu_start)
    median_ms = statistics.median(times) * 1000
    # Issue 14: 200 tracks within 8 ms, 1,000 within one 60 Hz frame.
    target_ms = 8.0 if args.tracks <= 200 else 16.7
    return {
        "benchmark": "frame",
        "tracks": args.tracks,
        "frames": args.frames,
        "image": f"{WIDTH}x{HEIGHT}",
        "median_ms": round(median_ms, 2),
        "p90_ms": round(statistics.quantiles(times, n=10)[-1] * 1000, 2),
        "cpu_median_ms": round(statistics.median(cpu_times) * 1000, 2),
        "cpu_p90_ms": round(statistics.quantiles(cpu_times, n=10)[-1] * 1000, 2),
        "target_ms": target_ms,
        "ratio_to_target": round(median_ms / target_ms, 2),
        "labels_shown": len(canvas.tracks.labels.placed),
    }
