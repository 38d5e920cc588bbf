"""Command start: wall and CPU time of `python -m trainer ...` commands, each a new process.

`--help` is the command line alone; `simulate FILE --until 0` is a simulation's start (imports,
the scenario read and checked, the world built) without any tick; `--scenarios` adds the loop
of issue 14: `simulate FILE --json` of every bundled scenario, one process each, in total.
One warm-up run of each first, so compiling bytecode is not counted (an installed trainer has
it). CPU time barely depends on what else the machine runs: the figure to compare changes by.

`--scenarios --against REV` times the same loop at another git revision (checked out for the
run in a temporary worktree, on this venv), each scenario's two runs back to back in random
order, so that the machine's load falls on both alike; it prints the ratios of this tree to
REV: of each round's totals (median), of the per-scenario fastest runs summed, and of CPU time.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
START_SCENARIO = "two-drones.yaml"


def _cpu_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _timed(command: list[str], env: dict[str, str], tree: Path = REPO) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one run of `python -m trainer COMMAND` in `tree`."""
    cpu_before = _cpu_of_children()
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "trainer", *command],
        env={**env, "PYTHONPATH": str(tree)}, cwd=tree,
        capture_output=True, timeout=600, check=True,
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
        if args.against:
            result["against"] = _against(args.against, args.runs, env)
    return result


def _against(revision: str, rounds: int, env: dict[str, str]) -> dict[str, object]:
    """Every bundled scenario's `simulate --json` here and at `revision`, paired run by run."""
    with tempfile.TemporaryDirectory() as folder:
        other = Path(folder) / "tree"
        git = ["git", "-C", str(REPO), "worktree"]
        subprocess.run(
            [*git, "add", "--detach", str(other), revision], check=True, capture_output=True
        )
        try:
            return _paired(other, rounds, env)
        finally:
            subprocess.run([*git, "remove", "--force", str(other)], check=True, capture_output=True)


def _paired(other: Path, rounds: int, env: dict[str, str]) -> dict[str, object]:
    names = sorted(path.name for path in (REPO / "scenarios").glob("*.yaml"))
    trees = {"here": REPO, "there": other}

    def simulate(tree: Path, name: str) -> tuple[float, float]:
        return _timed(["simulate", str(tree / "scenarios" / name), "--json"], env, tree)

    for tree in trees.values():
        for name in names:
            simulate(tree, name)  # warm-up
    runs: dict[str, dict[str, list[tuple[float, float]]]] = {
        side: {name: [] for name in names} for side in trees
    }
    for _ in range(rounds):
        for name in names:
            for side in random.sample(list(trees), 2):
                runs[side][name].append(simulate(trees[side], name))

    def round_total(side: str, k: int, part: int) -> float:
        return sum(runs[side][name][k][part] for name in names)

    wall_ratios = [round_total("here", k, 0) / round_total("there", k, 0) for k in range(rounds)]
    cpu_ratios = [round_total("here", k, 1) / round_total("there", k, 1) for k in range(rounds)]
    fastest = {side: sum(min(w for w, _ in runs[side][n]) for n in names) for side in trees}
    return {
        "revision_total_wall_median_s": round(
            statistics.median(round_total("there", k, 0) for k in range(rounds)), 3
        ),
        "here_total_wall_median_s": round(
            statistics.median(round_total("here", k, 0) for k in range(rounds)), 3
        ),
        "wall_ratio_median": round(statistics.median(wall_ratios), 3),
        "wall_ratio_max": round(max(wall_ratios), 3),
        "fastest_summed_ratio": round(fastest["here"] / fastest["there"], 3),
        "cpu_ratio_median": round(statistics.median(cpu_ratios), 3),
    }
