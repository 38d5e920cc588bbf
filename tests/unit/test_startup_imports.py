"""The window starts without the heavy libraries: they load when a run or an export needs them.

Startup time is measured by `python tests/benchmarks/run.py startup`; this test only keeps the
biggest cost (scipy.optimize, 0.3-1.6 s) and the export and network libraries from creeping back
into the path to the first frame.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
HEAVY = ("scipy", "openpyxl", "pypdf", "zmq", "zeroconf", "msgspec")

# The steps of `drone-trainer` up to the first frame: import the CLI, build the window, load
# the default scenario.
WINDOW_START = """
import sys
import time
import trainer.cli
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from trainer.launch import DEFAULT_SCENARIO, Workspace, bundled_scenarios_dir
from trainer.ui.app import configure_pyqtgraph
from trainer.ui.main_window import MainWindow

app = QApplication(sys.argv[:1])
configure_pyqtgraph()
window = MainWindow(Workspace(), QSettings(), repository=None)
window.show()
window.open_scenario(bundled_scenarios_dir() / DEFAULT_SCENARIO)
app.processEvents()
print(" ".join(sorted({name.split(".")[0] for name in sys.modules})))
"""


def test_the_window_starts_without_heavy_libraries(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, "-c", WINDOW_START],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    loaded = set(done.stdout.split())
    assert "trainer" in loaded and "PySide6" in loaded  # the script did what it says
    assert sorted(loaded.intersection(HEAVY)) == []


def test_the_startup_probe_reports_the_first_paint_and_quits(tmp_path: Path) -> None:
    """What the startup benchmark relies on: `first-paint EPOCH` on stderr, then a clean exit."""
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "DRONE_TRAINER_STARTUP_PROBE": "quit",
    }
    command = [sys.executable, "-m", "trainer", "open", "--db", str(tmp_path / "r.sqlite")]
    started = time.time()
    done = subprocess.run(
        command, env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    painted = [line for line in done.stderr.splitlines() if line.startswith("first-paint ")]
    assert len(painted) == 1, done.stderr
    assert started < float(painted[0].split()[1]) < time.time()


def test_the_command_line_starts_without_the_simulation_libraries() -> None:
    """`drone-trainer --help`, `--version` and `doctor` answer at once, and doctor still runs
    where numpy, shapely, pyproj or Qt would not load: each command imports what it needs."""
    code = (
        "import sys, trainer.cli; print(' '.join(sorted({m.split('.')[0] for m in sys.modules})))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True, text=True, check=True, env={**os.environ, "PYTHONPATH": str(REPO)},
    )  # fmt: skip
    loaded = set(done.stdout.split())
    heavy = {"numpy", "shapely", "pyproj", "pydantic", "sqlite_utils", "PySide6", "yaml", *HEAVY}
    assert not loaded & heavy, sorted(loaded & heavy)


# Run one command in a fresh interpreter, as the program would, then list what it loaded.
COMMAND_THEN_MODULES = """
import contextlib, io, sys
from trainer.cli import main
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    try:
        code = main(sys.argv[1:])
    except SystemExit as leaving:  # --help
        code = leaving.code
print(code, " ".join(sorted(sys.modules)))
"""

# What only other commands use: the classroom and its network libraries, the doctor's checks,
# the table's words, the readers of airspace files and flight logs a scenario does not use, Qt,
# SciPy.
NOT_FOR_SIMULATE = (
    "trainer.doctor",
    "trainer.classroom",
    "trainer.cli_event_words",
    "trainer.geo.formats.openair",
    "trainer.geo.formats.ed269",
    "trainer.geo.formats.ed318",
    "trainer.flightlogs.ulog",
    "trainer.flightlogs.ardupilot",
    "trainer.flightlogs.text_tracks",
    "pyulog",
    "defusedxml",
    "platformdirs",
    "zmq",
    "zeroconf",
    "msgspec",
    "PySide6",
    "scipy",
)


def _modules_after(*command: str) -> tuple[int, set[str]]:
    done = subprocess.run(
        [sys.executable, "-c", COMMAND_THEN_MODULES, *command],
        capture_output=True, text=True, check=True, env={**os.environ, "PYTHONPATH": str(REPO)},
        cwd=REPO,
    )  # fmt: skip
    code, _, names = done.stdout.partition(" ")
    return int(code), set(names.split())


def _loaded(modules: set[str], names: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules if any(m == n or m.startswith(n + ".") for n in names))


def test_simulate_loads_only_what_a_simulation_uses() -> None:
    code, modules = _modules_after("simulate", "scenarios/two-drones.yaml", "--json", "--until=5")
    assert code == 0
    assert "trainer.sim.engine" in modules  # it did simulate
    assert _loaded(modules, NOT_FOR_SIMULATE) == []


def test_a_run_whose_competing_detections_are_one_sided_loads_no_scipy() -> None:
    # Detections and tracks compete here, but every competing group has a single detection or a
    # single track: no assignment problem to solve, and scipy.optimize takes 0.2-1.6 s to load.
    code, modules = _modules_after("simulate", "scenarios/remote-id-mismatch.yaml", "--json")
    assert code == 0
    assert _loaded(modules, ("scipy",)) == []


# The program itself (sys.argv, not a caller's arguments), then the threads the process has.
PROGRAM_THEN_THREADS = """
import contextlib, io, os, sys
from trainer.cli import main
sys.argv = ["drone-trainer", *sys.argv[1:]]
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    code = main()
print(code, len(os.listdir("/proc/self/task")))
"""


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="counts threads in /proc")
def test_the_program_loads_numpy_without_blas_threads_of_its_own() -> None:
    env = {k: v for k, v in os.environ.items() if not k.endswith("_NUM_THREADS")}
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM_THEN_THREADS, "simulate", "scenarios/two-drones.yaml",
         "--json", "--until=1"],
        capture_output=True, text=True, check=True, env={**env, "PYTHONPATH": str(REPO)},
        cwd=REPO,
    )  # fmt: skip
    code, threads = map(int, done.stdout.split())
    assert code == 0
    assert threads == 1  # OpenBLAS would add one per further core (they spin as numpy loads)


def test_help_loads_neither_the_doctor_nor_the_classroom() -> None:
    code, modules = _modules_after("--help")
    assert code == 0
    assert "trainer.cli_classroom" in modules  # the console's and station's options are listed
    assert _loaded(modules, NOT_FOR_SIMULATE) == []


def test_the_named_choices_are_what_the_code_has() -> None:
    """The command line offers names from light modules; they must match the real ones."""
    from trainer.flightlogs.formats import READERS
    from trainer.flightlogs.log_formats import LOG_FORMATS
    from trainer.scoring import bot_names, bots

    assert tuple(READERS) == LOG_FORMATS
    for name in bot_names.BOT_NAMES:
        assert bots.make_bot(name, _scenario_with_key()) is not None


def _scenario_with_key():  # type: ignore[no-untyped-def]
    from trainer.launch import Workspace, bundled_scenarios

    return Workspace().prepare(bundled_scenarios()[0]).scenario
