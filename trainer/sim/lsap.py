"""SciPy's linear_sum_assignment, loaded without the rest of scipy.optimize.

The solver is one compiled module, scipy/optimize/_lsap, and `scipy.optimize` hands out that
very function. Importing the package, though, loads all of scipy.optimize with scipy.linalg and
scipy.sparse: 0.3 s of a `drone-trainer simulate` process that needs only this (swarm-24's
crowded groups), against under 1 ms for the module alone. The module is loaded under its own
name, so a later `import scipy.optimize` finds and reuses it, as this finds scipy.optimize's
when that came first. Should a SciPy release keep it elsewhere, or refuse to be loaded this
way, the public import is used instead.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from trainer.sim.fleet import FloatArray, IntArray

_MODULE = "scipy.optimize._lsap"

Solver = Callable[[FloatArray], tuple[IntArray, IntArray]]


def linear_sum_assignment(cost: FloatArray) -> tuple[IntArray, IntArray]:
    """Rows and columns of a least-cost one-to-one assignment (as scipy.optimize's)."""
    rows, cols = solver()(cost)
    return np.asarray(rows, dtype=np.int64), np.asarray(cols, dtype=np.int64)


@cache
def solver() -> Solver:
    found = _alone()
    if found is not None:
        return found
    from scipy.optimize import linear_sum_assignment

    public: Solver = linear_sum_assignment
    return public


def _alone() -> Solver | None:
    """The compiled module's function, or None where this SciPy lays its files out otherwise."""
    loaded = sys.modules.get(_MODULE)  # scipy.optimize, imported first, has it already
    if loaded is not None:
        found: Solver | None = getattr(loaded, "linear_sum_assignment", None)
        return found
    scipy_spec = importlib.util.find_spec("scipy")
    folders = scipy_spec.submodule_search_locations if scipy_spec else None
    if not folders:
        return None
    for suffix in importlib.machinery.EXTENSION_SUFFIXES:
        path = Path(next(iter(folders))) / "optimize" / f"_lsap{suffix}"
        if path.is_file():
            break
    else:
        return None
    try:
        spec = importlib.util.spec_from_file_location(_MODULE, path)
        if spec is None or spec.loader is None:
            return None
        module: Any = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        solver: Solver = module.linear_sum_assignment
    # RuntimeError: a module that may be loaded only once per process (as Cython's are).
    except (ImportError, OSError, AttributeError, RuntimeError):
        return None
    return solver
