"""Startup: wall time from running `python -m trainer` to the window's first painted frame.

Each run starts a new process with its own settings and record (a temporary HOME), with the
startup probe set (trainer/ui/startup_probe.py): the app prints the wall-clock time of its
first paint and quits. One warm-up run first, so compiling bytecode is not counted. Wall time
depends on the machine's load; the CPU time of the process (start to quit) much less.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROBE_ENV = "DRONE_TRAINER_STARTUP_PROBE"  # as in trainer/ui/startup_probe.py (no Qt import here)


def _cpu_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _one_start(env: dict[str, str], home: Path) -> tuple[float, float]:
    """(wall seconds to the first paint, CPU seconds of the whole process)."""
    command = [sys.executable, "-m", "trainer", "open", "--db", str(home / "record.sqlite")]
    cpu_before = _cpu_of_children()
    started = time.time()
    # Run in the temporary home: `-m` puts the working folder first on the path, and the trainer
    # timed must be the one the environment gives (PYTHONPATH, or the installed one).
    done = subprocess.run(
        command, env=env, cwd=home, capture_output=True, text=True, timeout=120, check=False
    )
    cpu = _cpu_of_children() - cpu_before
    for line in done.stderr.splitlines():
        if line.startswith("first-paint "):
            return float(line.split()[1]) - started, cpu
    raise RuntimeError(f"no first paint reported (exit {done.returncode}):\n{done.stderr}")


def bench_startup(args: argparse.Namespace) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as home:
        env = {
            **os.environ,
            "HOME": home,
            "XDG_CONFIG_HOME": str(Path(home) / "config"),
            "XDG_DATA_HOME": str(Path(home) / "data"),
            PROBE_ENV: "quit",
        }
        # An installed app has its bytecode compiled (pip does it); a shell that forbids writing
        # it would make every start compile ~120 modules again (+0.4 s here).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        if "QT_QPA_PLATFORM" not in env and "DISPLAY" not in env:
            env["QT_QPA_PLATFORM"] = "offscreen"
        _one_start(env, Path(home))  # warm-up: bytecode, font cache, a new record
        starts = [_one_start(env, Path(home)) for _ in range(args.runs)]
    seconds = [wall for wall, _ in starts]
    return {
        "benchmark": "startup",
        "platform": env.get("QT_QPA_PLATFORM", "xcb"),
        "runs": args.runs,
        "median_s": round(statistics.median(seconds), 3),
        "min_s": round(min(seconds), 3),
        "max_s": round(max(seconds), 3),
        "all_s": [round(s, 3) for s in seconds],
        # CPU time barely depends on what else the machine runs: the figure to compare changes by.
        "cpu_median_s": round(statistics.median(cpu for _, cpu in starts), 3),
    }
