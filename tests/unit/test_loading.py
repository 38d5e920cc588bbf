"""A command's start runs without the cyclic garbage collector, and leaves it on afterwards.

Each check runs in a fresh interpreter: freezing is once per process, and freezing the test
session's own objects would keep them for the rest of the session.
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
        "from trainer.loading import loading\n"
        "before = gc.get_freeze_count()\n"
        "with loading():\n"
        "    inside = gc.isenabled()\n"
        "    kept = [[n] for n in range(5000)]\n"
        "print(inside, gc.isenabled(), gc.get_freeze_count() - before >= 5000)\n"
    )
    assert shown == ["False", "True", "True"]


def test_loading_freezes_once_and_leaves_an_outer_pause_alone() -> None:
    shown = _run(
        "import gc\n"
        "from trainer.loading import loading\n"
        "with loading():\n"
        "    pass\n"
        "frozen = gc.get_freeze_count()\n"
        "with loading():\n"
        "    more = [[n] for n in range(5000)]\n"
        "print(gc.get_freeze_count() == frozen, gc.isenabled())\n"  # a second start: no freeze
        "gc.disable()\n"
        "with loading():\n"
        "    pass\n"
        "print(gc.isenabled())\n"  # whoever paused it turns it back on
    )
    assert shown == ["True", "True", "False"]


def test_the_collector_is_back_on_after_a_failure_while_loading() -> None:
    shown = _run(
        "import gc\n"
        "from trainer.loading import loading\n"
        "try:\n"
        "    with loading():\n"
        "        raise ValueError\n"
        "except ValueError:\n"
        "    print(gc.isenabled())\n"
    )
    assert shown == ["True"]


# `simulate` in a fresh interpreter, noting the generation of every collection made.
SIMULATE_COUNTING_COLLECTIONS = """
import contextlib, gc, io
ended = []
gc.callbacks.append(lambda phase, info: phase == "stop" and ended.append(info["generation"]))
from trainer.cli import main
with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
    code = main(["simulate", "scenarios/two-drones.yaml", "--json", "--until", "5"])
print(code, ended.count(2), len(ended) < 60, gc.isenabled(), gc.get_freeze_count() > 10000)
"""


def test_a_simulation_starts_without_a_full_collection() -> None:
    """Importing and preparing made about 120 collections, a full one among them (60-100 ms)."""
    assert _run(SIMULATE_COUNTING_COLLECTIONS) == ["0", "0", "True", "True", "True"]
