"""Soak run: a long scenario at 8x in the live window (offscreen) keeps its memory flat.

python tests/benchmarks/bench_soak.py [--sim-hours 2] [--speed 8] [--keep]

A bundled scenario is stretched to the length asked (its drones fly looping routes with the
endurance to last), recorded on a temporary SQLite file and run in MainWindow. The window's
driver paces by a clock that this script moves one frame (33 ms) per frame, so the driver
steps `speed` times the frame's time and the window paints every frame, as fast as the machine
goes. RSS is sampled every simulated 5 minutes; one JSON line gives RSS at 10 simulated minutes
and at the end, and the growth between them in percent (the target: under 10 %).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import yaml
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from trainer.launch import Workspace, bundled_scenarios_dir
from trainer.records import Repository, open_database
from trainer.ui.app import configure_pyqtgraph
from trainer.ui.main_window import MainWindow
from trainer.ui.sim_driver import FRAME_INTERVAL_MS, RunState

BASE_SCENARIO = "two-drones.yaml"
SAMPLE_EVERY_S = 300.0  # simulated
BASELINE_S = 600.0  # simulated: growth is measured from here on


def rss_kib() -> int:
    """Resident set size now (not the peak), from /proc."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("no VmRSS in /proc/self/status")


def long_scenario(folder: Path, duration_s: int) -> Path:
    """The base scenario made to last: every drone loops its route with the endurance to do so,
    and nothing lands it early."""
    data = yaml.safe_load((bundled_scenarios_dir() / BASE_SCENARIO).read_text(encoding="utf-8"))
    data["id"] = "soak"
    data["duration_s"] = duration_s
    data["events"] = []
    for drone in data["drones"]:
        performance = drone.setdefault("performance", {})
        performance["endurance_s"] = duration_s + 600
        if drone["behaviour"]["kind"] == "route":
            drone["behaviour"]["loop"] = True
        authorisation = drone.get("authorisation")
        if authorisation is not None:
            authorisation["valid_to_s"] = duration_s + 600
    path = folder / "soak.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


class FrameClock:
    """Wall time as the driver sees it: moved one frame interval per frame by the soak loop."""

    def __init__(self) -> None:
        self.now = time.monotonic()

    def __call__(self) -> float:
        return self.now


def soak(args: argparse.Namespace) -> dict[str, object]:
    app = QApplication.instance() or QApplication([])
    configure_pyqtgraph()
    folder = Path(tempfile.mkdtemp(prefix="soak-"))
    duration_s = int(args.sim_hours * 3600)
    path = long_scenario(folder, duration_s)
    workspace = Workspace()
    workspace.prepare(path)  # a broken stretch fails here, with the loader's messages
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    clock = FrameClock()
    repository = Repository(open_database(folder / "records.sqlite"))
    window = MainWindow(workspace, settings, clock=clock, repository=repository)
    window.resize(1600, 1000)
    window.show()
    app.processEvents()
    if not window.open_scenario(path):
        raise SystemExit(f"cannot open {path}")
    window.trainee_edit.setText("Soak")
    window.set_speed(args.speed)
    window.toggle_run()
    driver = window.driver
    assert driver is not None and driver.state == RunState.RUNNING
    frame_s = FRAME_INTERVAL_MS / 1000
    samples: list[tuple[float, int]] = []
    next_sample = 0.0
    frames = lagging_frames = 0
    started = time.perf_counter()
    while driver.state == RunState.RUNNING:
        clock.now += frame_s
        driver.pump()
        app.processEvents()  # paints the frame, runs the window's timers
        frames += 1
        lagging_frames += driver.lagging
        if driver.time_s >= next_sample:
            gc.collect()
            samples.append((round(driver.time_s), rss_kib()))
            next_sample += SAMPLE_EVERY_S
    if samples[-1][0] != round(driver.time_s):  # the end, with the score sheet shown
        gc.collect()
        samples.append((round(driver.time_s), rss_kib()))
    wall_s = time.perf_counter() - started
    baseline = next(kib for t, kib in samples if t >= BASELINE_S)
    end = samples[-1][1]
    result: dict[str, object] = {
        "benchmark": "soak",
        "scenario": f"{BASE_SCENARIO} stretched to {duration_s} s",
        "speed": args.speed,
        "sim_s": round(driver.time_s, 1),
        "state": driver.state.value,
        "wall_s": round(wall_s, 1),
        "frames": frames,
        "lagging_frames": lagging_frames,
        "rss_kib_at_10min": baseline,
        "rss_kib_at_end": end,
        "growth_percent": round(100 * (end - baseline) / baseline, 2),
        "target_percent": 10,
        "samples": samples,
    }
    window.close()
    if not args.keep:
        shutil.rmtree(folder)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sim-hours", type=float, default=2.0)
    parser.add_argument("--speed", type=int, default=8, choices=(1, 2, 4, 8))
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    print(json.dumps(soak(parser.parse_args())))


if __name__ == "__main__":
    main()
