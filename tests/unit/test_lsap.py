"""The assignment solver loaded on its own is SciPy's, gives its answers, and falls back to the
public import where the compiled module cannot be found."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from tests.conftest import examples
from trainer.sim import lsap

REPO = Path(__file__).resolve().parents[2]


def test_the_module_alone_is_the_function_scipy_optimize_hands_out() -> None:
    """Loaded first on its own; scipy.optimize, imported later, hands out the same function."""
    script = (
        "import sys\n"
        "from trainer.sim import lsap\n"
        "alone = lsap._alone()\n"
        "print('scipy.optimize' in sys.modules)\n"
        "import scipy.optimize\n"
        "print(alone is not None and alone is scipy.optimize.linear_sum_assignment)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "True"]


@settings(max_examples=examples(60), deadline=None)
@given(
    st.integers(1, 8).flatmap(
        lambda rows: st.integers(1, 8).flatmap(
            lambda cols: arrays(
                np.float64, (rows, cols), elements=st.floats(0, 1e6, allow_nan=False)
            )
        )
    )
)
def test_answers_are_scipy_optimizes(cost: np.ndarray) -> None:
    from scipy.optimize import linear_sum_assignment

    rows, cols = lsap.linear_sum_assignment(cost)
    want_rows, want_cols = linear_sum_assignment(cost)
    assert rows.tolist() == want_rows.tolist()
    assert cols.tolist() == want_cols.tolist()
    assert rows.dtype == np.int64 and cols.dtype == np.int64


def test_a_scipy_laid_out_otherwise_falls_back_to_the_public_import(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from scipy.optimize import linear_sum_assignment

    monkeypatch.setattr(lsap.importlib.machinery, "EXTENSION_SUFFIXES", [".nowhere"])
    monkeypatch.delitem(sys.modules, lsap._MODULE)  # as if scipy.optimize were not loaded yet
    lsap.solver.cache_clear()
    try:
        assert lsap._alone() is None
        assert lsap.solver() is linear_sum_assignment
        rows, cols = lsap.linear_sum_assignment(np.array([[5.0, 1.0], [1.0, 5.0]]))
        assert (rows.tolist(), cols.tolist()) == ([0, 1], [1, 0])
    finally:
        lsap.solver.cache_clear()


def test_a_swarm_is_simulated_without_loading_scipy_optimize() -> None:
    """swarm-24's crowded groups need the solver; the rest of scipy.optimize stays unloaded."""
    script = (
        "import sys\n"
        "from trainer.launch import Workspace\n"
        "run = Workspace(None).prepare('scenarios/swarm-24.yaml')\n"
        "engine = run.engine(seed=None)\n"
        "engine.run_until(run.scenario.duration_s)\n"
        "print('solver' if 'scipy.optimize._lsap' in sys.modules else 'no solver')\n"
        "print('optimize' if 'scipy.optimize' in sys.modules else 'no optimize')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == ["solver", "no optimize"]


def test_after_scipy_optimize_its_module_is_taken_as_it_is() -> None:
    """Loading a compiled module a second time is refused by some (Cython's): never tried."""
    script = (
        "import scipy.optimize, importlib.util\n"
        "from trainer.sim import lsap\n"
        "calls = []\n"
        "real = importlib.util.module_from_spec\n"
        "importlib.util.module_from_spec = lambda spec: calls.append(spec) or real(spec)\n"
        "print(lsap.solver() is scipy.optimize.linear_sum_assignment, len(calls))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "0"]
