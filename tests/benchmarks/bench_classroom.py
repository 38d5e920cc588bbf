"""The classroom under load: a console with N stations on loopback (the stations in a process
of their own, so they do not share the console's interpreter).

    python tests/benchmarks/run.py classroom --stations 30 [--seconds 30]

Prints acknowledgement latency (p50/p99, ms, measured at the stations from sending an action to
its acknowledgement, which comes only after the record's commit), the age of pictures when a
station takes them (p99, ms; both ends on one PC share the monotonic clock), lost actions (sent
minus recorded), the console's CPU share while the class runs at 8x, and for every bundled
scenario the console's top engine speed with the stations attached (simulated s per wall s).
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import tempfile
import time
from argparse import Namespace
from pathlib import Path

import numpy as np

from trainer.classroom.console import ClassConsole
from trainer.classroom.station import StationLink
from trainer.classroom.transport import ConsoleSocket
from trainer.launch import Workspace, bundled_scenarios
from trainer.records import Repository, open_database
from trainer.scoring.protocol import ActionKind

ACT_EVERY_S = 1.0  # each station responds about once a second: far more than a trainee does


def bench_classroom(args: Namespace) -> dict[str, object]:
    workspace = Workspace()
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        latency = _class_at_8x(workspace, args.stations, args.seconds, tmp)
        speeds = {
            path.stem: _top_speed(workspace, path, args.stations, tmp / path.stem)
            for path in bundled_scenarios()
        }
    return {
        "bench": "classroom",
        "stations": args.stations,
        **latency,
        "top_engine_speed_with_stations": speeds,
        "slowest_top_speed": min(speeds.values()),
    }


def _console(workspace: Workspace, path: Path, tmp: Path) -> tuple[ClassConsole, Repository]:
    tmp.mkdir(parents=True, exist_ok=True)
    repository = Repository(open_database(tmp / "record.sqlite"))
    session = repository.add_session("benchmark")
    socket = ConsoleSocket("tcp://127.0.0.1:0")
    return ClassConsole(workspace.prepare(path), repository, session, socket), repository


def _stations(
    console: ClassConsole, count: int, seconds: float, tmp: Path
) -> subprocess.Popen[str]:
    command = [sys.executable, __file__, f"tcp://127.0.0.1:{console.socket.port}", console.code,
               str(count), str(seconds), str(tmp)]  # fmt: skip
    return subprocess.Popen(command, stdout=subprocess.PIPE, text=True)


def _class_at_8x(workspace: Workspace, count: int, seconds: float, tmp: Path) -> dict[str, object]:
    path = next(p for p in bundled_scenarios() if p.stem == "two-drones")
    console, repository = _console(workspace, path, tmp / "latency")
    console.set_speed(8)
    driver = _stations(console, count, seconds, tmp / "latency")
    while len(console.stations) < count:
        console.pump(timeout_ms=5)
    console.start()
    wall, cpu = time.monotonic(), time.process_time()
    while driver.poll() is None:
        console.pump(timeout_ms=1)
    wall, cpu = time.monotonic() - wall, time.process_time() - cpu
    console.end()
    measured = json.loads(driver.stdout.read() if driver.stdout else "{}")
    recorded = sum(len(repository.actions(s.run_id)) for s in console.stations.values()
                   if s.run_id is not None)  # fmt: skip
    console.socket.close()
    return {
        "ack_latency_ms_p50": measured["ack_p50_ms"],
        "ack_latency_ms_p99": measured["ack_p99_ms"],
        "picture_age_ms_p99": measured["picture_age_p99_ms"],
        "actions_sent": measured["sent"],
        "actions_recorded": recorded,
        "lost_actions": measured["sent"] - recorded,
        "console_cpu_share_at_8x": round(cpu / wall, 3),
        "seconds": round(wall, 1),
    }


def _top_speed(workspace: Workspace, path: Path, count: int, tmp: Path) -> float:
    console, _ = _console(workspace, path, tmp)
    console.set_speed(1000)  # as fast as it goes
    driver = _stations(console, count, 6.0, tmp)
    while len(console.stations) < count:
        console.pump(timeout_ms=5)
    console.start()
    started, sim = time.monotonic(), console.engine.time_s
    while driver.poll() is None and console.state == "running":
        console.pump(timeout_ms=0)
    speed = (console.engine.time_s - sim) / (time.monotonic() - started)
    console.socket.close()
    driver.wait()
    return round(speed, 1)


def _drive_stations(endpoint: str, code: str, count: int, seconds: float, tmp: Path) -> None:
    """The stations' side, in its own process: every station acts about once a second."""
    rng = random.Random(7)
    links = [StationLink(endpoint, code, f"Bench {n:02d}", outbox=tmp / f"s{n}.out")
             for n in range(count)]  # fmt: skip
    sent_at: dict[tuple[int, int], float] = {}
    latencies: list[float] = []
    ages: list[float] = []
    next_act = [time.monotonic() + rng.uniform(0, ACT_EVERY_S) for _ in links]
    last_tick = [-1] * count
    deadline = None
    while deadline is None or time.monotonic() < deadline:
        for n, link in enumerate(links):
            acked_before = link.outbox.acked
            link.pump()
            now = time.monotonic()
            for seq in range(acked_before + 1, link.outbox.acked + 1):
                if (n, seq) in sent_at:
                    latencies.append(now - sent_at.pop((n, seq)))
            picture = link.picture
            if picture is None or picture.state != "running":
                continue
            deadline = deadline or now + seconds
            if picture.tick != last_tick[n]:
                last_tick[n] = picture.tick
                ages.append(now - picture.sent_at)
            if now >= next_act[n]:
                next_act[n] = now + ACT_EVERY_S
                tracks = link.tracks.ids if link.tracks is not None else ()
                if tracks and rng.random() < 0.5:
                    seq = link.act(ActionKind.ACKNOWLEDGE, picture.time_s, rng.choice(tracks))
                else:
                    seq = link.act(ActionKind.INFORM_RADIO, picture.time_s)
                sent_at[(n, seq)] = time.monotonic()
        time.sleep(0.001)
    settle = time.monotonic() + 3.0  # the last acknowledgements
    while any(link.unacknowledged for link in links) and time.monotonic() < settle:
        for n, link in enumerate(links):
            acked_before = link.outbox.acked
            link.pump()
            for seq in range(acked_before + 1, link.outbox.acked + 1):
                if (n, seq) in sent_at:
                    latencies.append(time.monotonic() - sent_at.pop((n, seq)))
        time.sleep(0.001)
    sent = sum(link.outbox.last_seq() for link in links)
    for link in links:
        link.close()
    print(json.dumps({
        "sent": sent,
        "ack_p50_ms": round(float(np.percentile(latencies, 50)) * 1000, 1) if latencies else None,
        "ack_p99_ms": round(float(np.percentile(latencies, 99)) * 1000, 1) if latencies else None,
        "picture_age_p99_ms": round(float(np.percentile(ages, 99)) * 1000, 1) if ages else None,
    }))  # fmt: skip


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    endpoint, code, count, seconds, tmp = sys.argv[1:6]
    _drive_stations(endpoint, code, int(count), float(seconds), Path(tmp))
