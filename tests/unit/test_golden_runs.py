"""Speed work must not change behaviour: runs give byte-identical output to recordings made before.

The recordings in tests/data/golden/ were made with the engine of main at 52fad1b (before the
tick-cost work of issue 14):
- every bundled scenario, `drone-trainer simulate --json` with its own seed and with seed 7
  (the full output, so a difference can be read);
- generated loads (the engine benchmark's synthetic world, with and without radar, two RF
  detectors and Remote ID): a sha256 of the event log plus the engine's digest and the perceived
  track picture every 5 simulated seconds.

Re-record ONLY for a deliberate behaviour change: `python tests/unit/test_golden_runs.py`.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import importlib.util
import io
import json
import math
import sys
from pathlib import Path

import numpy as np
import pytest
import yaml

from tests.conftest import sampled
from trainer.cli import main as cli_main
from trainer.sim.engine import Engine
from trainer.sim.world import World

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "data" / "golden"
SCENARIOS = ROOT / "scenarios"
OTHER_SEED = 7

# name -> (drones, zones, sensors on, simulated seconds)
GENERATED = {
    "gen-1000-drones-200-zones": (1000, 200, False, 30.0),
    "gen-2000-drones-500-zones": (2000, 500, False, 10.0),
    "gen-400-drones-sensors": (400, 50, True, 30.0),
}


def simulate_json(scenario: Path, seed: int | None) -> str:
    """What `drone-trainer simulate --json` prints on stdout."""
    out = io.StringIO()
    args = ["simulate", "--json", str(scenario)] + ([] if seed is None else ["--seed", str(seed)])
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        assert cli_main(args) == 0
    return out.getvalue()


def _benchmark_module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "bench_engine", ROOT / "tests/benchmarks/bench_engine.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def generated_world(drones: int, zones: int, sensors: bool) -> World:
    world: World = _benchmark_module().synthetic_world(drones, zones)
    if not sensors:
        return world
    from trainer.scenario.sensors_model import Radar, RemoteIdReceiver, RfDetector, SensorSetup
    from trainer.sim.sensors import SensorWorld

    reach = 35_000.0  # every drone in reach of every sensor: the worst case for the tracker
    setup = SensorSetup(
        radars=[Radar(max_range_m=reach, reference_range_m=reach / 2)],
        rf_detectors=[
            RfDetector(id="rf-bearing", range_m=reach),
            RfDetector(id="rf-area", range_m=reach / 2, reports_area=True),
        ],
        remote_id=[RemoteIdReceiver(range_m=reach / 3)],
    )
    serials = tuple(f"GOLD{i:05d}" if i % 3 else None for i in range(drones))
    site = world.airspace.aerodrome.reference_point
    sensor_world = SensorWorld.uniform(setup, site, drones, serials=serials)
    return World(**{**world.__dict__, "sensors": sensor_world})


def generated_record(name: str) -> str:
    drones, zones, sensors, seconds = GENERATED[name]
    engine = Engine(generated_world(drones, zones, sensors))
    lines = []
    written = 0
    t = 0.0
    while t < seconds - 1e-9:
        t += 5.0
        engine.run_until(t)
        log = hashlib.sha256()
        for event in engine.events[written:]:
            log.update(json.dumps(event.to_json_dict(), sort_keys=True).encode() + b"\n")
        written = len(engine.events)
        lines.append(
            f"t={engine.time_s:.1f} events={written} log={log.hexdigest()} "
            f"state={engine.digest()} tracks={_picture_digest(engine)}"
        )
    return "\n".join(lines) + "\n"


def _picture_digest(engine: Engine) -> str:
    picture = engine.tracks()
    h = hashlib.sha256(repr(picture.ids).encode() + repr(picture.serial).encode())
    for name in ("x", "y", "alt", "sigma_m", "speed", "course_deg", "sensors"):
        h.update(np.ascontiguousarray(getattr(picture, name)).tobytes())
    h.update(repr(sorted(engine.track_truth().items())).encode())
    return h.hexdigest()[:32]


def _bundled_cases() -> list[tuple[str, int | None]]:
    return [(p.stem, None) for p in sorted(SCENARIOS.glob("*.yaml"))]


def _golden_name(stem: str, seed: int | None) -> str:
    return f"{stem}.seed-{'own' if seed is None else seed}.jsonl.gz"


def _read(path: Path) -> str:
    return gzip.decompress(path.read_bytes()).decode()


@pytest.mark.parametrize(("stem", "seed"), _bundled_cases())
def test_bundled_scenario_simulates_as_recorded(stem: str, seed: int | None) -> None:
    expected = _read(GOLDEN / _golden_name(stem, seed))
    output = simulate_json(SCENARIOS / f"{stem}.yaml", seed)
    assert output == expected
    # What any run must do, whatever was recorded: reach its end, launch, stay on the map.
    *events, end = [json.loads(line) for line in output.splitlines()]
    duration_s = float(yaml.safe_load((SCENARIOS / f"{stem}.yaml").read_text())["duration_s"])
    assert end["kind"] == "end" and end["time_s"] == pytest.approx(duration_s)
    assert any(e["kind"] == "launched" for e in events)
    assert all(math.isfinite(e[k]) for e in events for k in ("x_m", "y_m", "alt_agl_m"))


@pytest.mark.slow
@pytest.mark.parametrize("stem", sampled([p.stem for p in sorted(SCENARIOS.glob("*.yaml"))]))
def test_bundled_scenario_with_another_seed_simulates_as_recorded(stem: str) -> None:
    expected = _read(GOLDEN / _golden_name(stem, OTHER_SEED))
    assert simulate_json(SCENARIOS / f"{stem}.yaml", OTHER_SEED) == expected


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(GENERATED))
def test_generated_load_runs_as_recorded(name: str) -> None:
    expected = (GOLDEN / f"{name}.txt").read_text()
    assert generated_record(name) == expected


def _record() -> None:
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for path in sorted(SCENARIOS.glob("*.yaml")):
        for seed in (None, OTHER_SEED):
            data = simulate_json(path, seed).encode()
            # mtime=0: the same output gives the same file bytes
            (GOLDEN / _golden_name(path.stem, seed)).write_bytes(gzip.compress(data, mtime=0))
            print(path.stem, seed, len(data), file=sys.stderr)
    for name in sorted(GENERATED):
        (GOLDEN / f"{name}.txt").write_text(generated_record(name))
        print(name, file=sys.stderr)


if __name__ == "__main__":
    _record()
