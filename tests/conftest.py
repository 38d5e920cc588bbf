"""Shared test set-up: Qt offscreen, the bundled workspace, and the shared real-world data."""

from __future__ import annotations

import json
import math
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

# The suite starts some sixty Python processes of the trainer (commands, stations, bots).
# Where PYTHONDONTWRITEBYTECODE is set (as on this machine) each of them would compile
# every module it imports from source again, ~0.35 s a process: the test run keeps bytecode.
sys.dont_write_bytecode = False
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)

# Before any Qt import: tests never need a display. Qt's offscreen screen is 800 x 800 unless
# told otherwise; the windows are sized for a classroom PC's 1920 x 1080 (and fit a smaller
# one: tests/ui/test_first_window_size.py), so the tests get that screen.
_SCREEN = Path(__file__).resolve().parent / "data" / "qt" / "offscreen-1920x1080.json"
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"
# Tests read the program's English unless they ask for Dutch, whatever this computer's language
# (the command line and the window follow the system's language, also in subprocesses).
os.environ["DRONE_TRAINER_LANG"] = "en"


def _switched_on(name: str) -> bool:
    """An environment switch: set, and not to 0, false or no."""
    return os.environ.get(name, "").strip().lower() not in ("", "0", "false", "no")


# CI (CI=true, as CI services set it) explores deeper than a run on a developer's machine: the
# same tests run in both, the property tests with the example counts written at them in CI and
# a third of them here (examples()), the GUI monkey with fewer steps. PROPERTY_EXAMPLES sets
# every property test's count, for a longer run on demand (tests/fuzz.py runs longer still).
IN_CI = _switched_on("CI")
LOCAL_SHARE = 3


def examples(in_ci: int) -> int:
    """How many examples a property test tries: `in_ci` in CI, a third of it (at least 10,
    never more than asked) on a developer's machine, PROPERTY_EXAMPLES where that is set."""
    chosen = os.environ.get("PROPERTY_EXAMPLES", "").strip()
    if chosen:
        return int(chosen)
    return in_ci if IN_CI else min(in_ci, max(10, math.ceil(in_ci / LOCAL_SHARE)))


def sampled(cases: Sequence[object], ids: Callable[[object], str] | None = None) -> list[Any]:
    """Cases of a check repeated over many inputs (every bundled scenario, another seed): all
    of them in CI, every third one (the first included, the same ones each time) elsewhere. The
    rest are marked `ci_only`; ALL_CASES=1 (or CI=true) runs them anywhere."""
    return [
        pytest.param(case, id=None if ids is None else ids(case),
                     marks=() if index % LOCAL_SHARE == 0 else pytest.mark.ci_only)
        for index, case in enumerate(cases)
    ]  # fmt: skip


ALL_CASES = IN_CI or _switched_on("ALL_CASES")
_LEFT_TO_CI: list[int] = []  # how many cases this run left to CI, once known


# No time limit per generated example: the machines are shared, and a slow moment is not a
# failure (speed lives in tests/benchmarks/). A test's own @settings can still set one.
settings.register_profile("shared-machine", deadline=None, max_examples=examples(100))
settings.load_profile("shared-machine")

REPO = Path(__file__).resolve().parents[1]
# ../shared/data beside the clone; TRAINER_SHARED_DATA points elsewhere (a git worktree, say).
SHARED_DATA = Path(os.environ.get("TRAINER_SHARED_DATA") or REPO.parent / "shared" / "data")
SCENARIOS = REPO / "scenarios"


@pytest.hookimpl(tryfirst=True)
def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    """`-n auto`: one worker more than the cores. A good part of the suite waits (stations on
    sockets, child processes, Qt timers), so a third worker keeps two cores busy: the whole
    suite took 145-157 s with three workers here, 185-201 s with two and 173 s with four."""
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return None  # the person running the tests chose: xdist reads it
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (cores or 1) + 1


def built_once(
    tmp_path_factory: pytest.TempPathFactory,
    worker_id: str,
    name: str,
    build: Callable[[Path], list[int]],
) -> tuple[Path, list[int]]:
    """Something tests only read (a class's record, a wheel), built once in a test run:
    `build(folder)` writes it into an empty folder and returns what the tests need to know of
    it (run ids, say). The first xdist worker to ask builds it; the others wait for it (each
    of these takes seconds of CPU to build). Returns the folder and what `build` returned."""
    if worker_id == "master":  # no xdist: this process is the test run
        folder = tmp_path_factory.mktemp(name)
        return folder, build(folder)
    folder = tmp_path_factory.getbasetemp().parent / f"built-once-{name}"  # the run's, shared
    made = folder / "made"
    done, failed = folder / "done.json", folder / "failed"
    try:
        folder.mkdir()  # atomic: one worker gets to build
    except FileExistsError:
        deadline = time.monotonic() + 300
        while not (done.exists() or failed.exists()) and time.monotonic() < deadline:
            time.sleep(0.05)
        if not done.exists():  # the builder failed: build here too (and fail as it did)
            own = tmp_path_factory.mktemp(name)
            return own, build(own)
    else:
        made.mkdir()
        try:
            known = build(made)
        except BaseException:
            failed.touch()
            raise
        (folder / "done.tmp").write_text(json.dumps(known), encoding="utf-8")
        os.replace(folder / "done.tmp", done)
    return made, [int(n) for n in json.loads(done.read_text(encoding="utf-8"))]


# The run's temporary-folder factory and this process's xdist worker id, for built_once calls
# made outside a fixture (tests/e2e/runs.py's simulated runs). Empty until the session starts.
_RUN_CONTEXT: list[tuple[pytest.TempPathFactory, str]] = []


@pytest.fixture(scope="session", autouse=True)
def _run_context(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[None]:
    worker = getattr(request.config, "workerinput", {}).get("workerid", "master")
    _RUN_CONTEXT.append((tmp_path_factory, worker))
    yield
    _RUN_CONTEXT.clear()


def built_once_in_run(name: str, build: Callable[[Path], list[int]]) -> Path | None:
    """built_once from outside a fixture: the folder, or None before the session has started
    (at collection, say), when the caller builds for itself."""
    if not _RUN_CONTEXT:
        return None
    tmp_path_factory, worker_id = _RUN_CONTEXT[-1]
    return built_once(tmp_path_factory, worker_id, name, build)[0]


def copy_record(source: Path, copy: Path) -> None:
    """A copy of an SQLite record (its write-ahead log included) that can be written to."""
    with sqlite3.connect(source) as reading, sqlite3.connect(copy) as writing:
        reading.backup(writing)
    reading.close()
    writing.close()


@pytest.fixture(scope="session")
def workspace():  # type: ignore[no-untyped-def]
    from trainer.launch import Workspace

    return Workspace()


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared real-world data not found at {SHARED_DATA}")
    return SHARED_DATA


@pytest.fixture(autouse=True)
def english_after_each_test() -> Iterator[None]:
    """Each test starts and ends in English: `main(["--lang", "nl", ...])` sets the language
    and DRONE_TRAINER_LANG for the rest of its process, which would leave later tests (and
    their subprocesses) in Dutch."""
    yield
    from trainer import i18n

    os.environ["DRONE_TRAINER_LANG"] = "en"
    i18n.use_language("en")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Cases marked ci_only left to CI (see `sampled`; pytest counts them as deselected). Long
    tests (marked slow) first, so that each worker takes some early: collected late, one of
    them kept a worker busy after the others had finished."""
    if not ALL_CASES:
        left = [item for item in items if item.get_closest_marker("ci_only") is not None]
        if left:
            config.hook.pytest_deselected(items=left)
            items[:] = [item for item in items if item.get_closest_marker("ci_only") is None]
        _LEFT_TO_CI.append(len(left))
        if hasattr(config, "workeroutput"):  # an xdist worker: its controller prints the line
            config.workeroutput["left_to_ci"] = len(left)
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


def pytest_testnodedown(node: Any, error: object) -> None:
    """An xdist worker's count of the cases it left to CI (each collects them all)."""
    left = getattr(node, "workeroutput", {}).get("left_to_ci")
    if left is not None:
        _LEFT_TO_CI.append(left)


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Says how many cases were left to CI (xdist's summary does not count them)."""
    left = max(_LEFT_TO_CI, default=0)
    if left:
        terminalreporter.write_line(
            f"{left} cases marked ci_only (more bundled scenarios and seeds) were left to CI; "
            "ALL_CASES=1 runs them here"
        )
