"""Command start: wall and CPU time of `python -m trainer ...` commands, each a new process.

`--help` is the command line alone; `simulate FILE --until 0` is a simulation's start (imports,
the scenario read and checked, the world built) without any tick; `--scenarios` adds the loop
of issue 14: `simulate FILE --json` of every bundled scenario, one process each, in total.
One warm-up run of each first, so compiling bytecode is not counted (an installed trainer has
it). CPU time barely depends on what else the machine runs: the figure to compare changes by.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
START_SCENARIO = "two-drones.yaml"


def _cpu_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one run of `python -m trainer COMMAND`."""
    cpu_before = _cpu_of_children()
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "trainer", *command],
        env=env, cwd=REPO, capture_output=True, timeout=600, check=True,
    )  # fmt: skip
    return time.perf_counter() - started, _cpu_of_children() - cpu_before


def _figures(runs: list[tuple[float, float]]) -> dict[str, float]:
    return {
        "wall_median_s": round(statistics.median(wall for wall, _ in runs), 3),
        "wall_min_s": round(min(wall for wall, _ in runs), 3),
        "cpu_median_s": round(statistics.median(cpu for _, cpu in runs), 3),
    }


def bench_commands(args: argparse.Namespace) -> dict[str, object]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: bytecode compiled once
    scenarios = sorted((REPO / "scenarios").glob("*.yaml"))
    commands = {
        "help": ["--help"],
        "simulate_start": ["simulate", str(REPO / "scenarios" / START_SCENARIO), "--until", "0"],
    }
    result: dict[str, object] = {"benchmark": "commands", "runs": args.runs}
    for name, command in commands.items():
        _timed(command, env)  # warm-up
        result[name] = _figures([_timed(command, env) for _ in range(args.runs)])
    if args.scenarios:
        totals = []
        for _ in range(args.runs):
            each = [_timed(["simulate", str(path), "--json"], env) for path in scenarios]
            totals.append((sum(wall for wall, _ in each), sum(cpu for _, cpu in each)))
        result["simulate_every_scenario"] = {"scenarios": len(scenarios), **_figures(totals)}
    return result
