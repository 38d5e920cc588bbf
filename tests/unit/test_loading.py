"""A command's start runs without the cyclic garbage collector, and leaves it on afterwards; a
process that calls the command line as a library keeps its collector as it is.

Each check runs in a fresh interpreter: freezing the test session's own objects would keep
them from the collector for the rest of the session.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def _run(code: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True, text=True, check=True, env={**os.environ, "PYTHONPATH": str(REPO)},
        cwd=REPO,
    )  # fmt: skip
    return done.stdout.split()


def test_loading_pauses_the_collector_then_freezes_what_it_built() -> None:
    shown = _run(
        "import gc\n"
        "from trainer.loading import loading, run_as_program\n"
        "run_as_program()\n"
        "before = gc.get_freeze_count()\n"
        "with loading():\n"
        "    inside = gc.isenabled()\n"
        "    kept = [[n] for n in range(5000)]\n"
        "print(inside, gc.isenabled(), gc.get_freeze_count() - before >= 5000)\n"
    )
    assert shown == ["False", "True", "True"]


def test_loading_leaves_a_library_callers_collector_alone() -> None:
    shown = _run(
        "import gc\n"
        "from trainer.loading import loading\n"
        "with loading():\n"
        "    inside = gc.isenabled()\n"
        "    kept = [[n] for n in range(5000)]\n"
        "print(inside, gc.isenabled(), gc.get_freeze_count())\n"
    )
    assert shown == ["True", "True", "0"]


def test_loading_leaves_an_outer_pause_to_whoever_made_it() -> None:
    shown = _run(
        "import gc\n"
        "from trainer.loading import loading, run_as_program\n"
        "run_as_program()\n"
        "gc.disable()\n"
        "with loading():\n"
        "    pass\n"
        "print(gc.isenabled(), gc.get_freeze_count())\n"
    )
    assert shown == ["False", "0"]


def test_the_collector_is_back_on_after_a_failure_while_loading() -> None:
    shown = _run(
        "import gc\n"
        "from trainer.loading import loading, run_as_program\n"
        "run_as_program()\n"
        "try:\n"
        "    with loading():\n"
        "        raise ValueError\n"
        "except ValueError:\n"
        "    print(gc.isenabled())\n"
    )
    assert shown == ["True"]


# `simulate` in a fresh interpreter, noting the generation of every collection made. `main()`
# without arguments reads the command from sys.argv, as `drone-trainer` does.
SIMULATE_COUNTING_COLLECTIONS = """
import contextlib, gc, io, sys
ended = []
gc.callbacks.append(lambda phase, info: phase == "stop" and ended.append(info["generation"]))
from trainer.cli import main
command = ["simulate", "scenarios/two-drones.yaml", "--json", "--until", "5"]
sys.argv = ["drone-trainer", *command]
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    code = main()
print(code, ended.count(2), len(ended) < 60, gc.isenabled(), gc.get_freeze_count() > 10000)
"""


def test_a_simulation_starts_without_a_full_collection() -> None:
    """Importing and preparing made about 120 collections, a full one among them (60-100 ms)."""
    assert _run(SIMULATE_COUNTING_COLLECTIONS) == ["0", "0", "True", "True", "True"]


def test_a_command_run_by_a_caller_freezes_nothing() -> None:
    shown = _run(
        "import contextlib, gc, io\n"
        "from trainer.cli import main\n"
        "quiet = io.StringIO()\n"
        "with contextlib.redirect_stdout(quiet), contextlib.redirect_stderr(quiet):\n"
        "    code = main(['simulate', 'scenarios/two-drones.yaml', '--json', '--until', '5'])\n"
        "print(code, gc.isenabled(), gc.get_freeze_count())\n"
    )
    assert shown == ["0", "True", "0"]


def _without(*names: str) -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in names} | {"PYTHONPATH": str(REPO)}


def test_the_program_looks_for_no_pydantic_plugins() -> None:
    """Looking for them reads every installed package's metadata at each start."""
    code = (
        "import os\n"
        "from trainer.loading import run_as_program\n"
        "run_as_program()\n"
        "from pydantic.plugin import _loader\n"
        "print(list(_loader.get_plugins()), _loader._plugins, os.environ['OPENBLAS_NUM_THREADS'])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO,
        env=_without("PYDANTIC_DISABLE_PLUGINS", "OPENBLAS_NUM_THREADS"),
    )  # fmt: skip
    assert done.stdout.split() == ["[]", "None", "1"]  # never searched


def test_the_users_own_settings_win() -> None:
    code = (
        "import os\n"
        "from trainer.loading import run_as_program\n"
        "run_as_program()\n"
        "print(os.environ['PYDANTIC_DISABLE_PLUGINS'], os.environ['OPENBLAS_NUM_THREADS'])\n"
    )
    env = _without() | {"PYDANTIC_DISABLE_PLUGINS": "logfire", "OPENBLAS_NUM_THREADS": "2"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO,
        env=env,
    )  # fmt: skip
    assert done.stdout.split() == ["logfire", "2"]
