"""Shared test set-up: Qt offscreen, the bundled workspace, and the shared real-world data."""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

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

# No time limit per generated example: the machines are shared, and a slow moment is not a
# failure (speed lives in tests/benchmarks/). A test's own @settings can still set one.
settings.register_profile("shared-machine", deadline=None)
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
    copy_to: Path,
) -> list[int]:
    """A record that tests only read, built once in a test run: `build(db_path)` writes it
    and returns what the tests need to know of it (run ids, say). The first xdist worker to
    ask builds it, the others wait and take a copy (building one takes ~10 s of CPU).
    Each caller gets its own copy at `copy_to`."""
    if worker_id == "master":  # no xdist: this process is the test run
        return build(copy_to)
    folder = tmp_path_factory.getbasetemp().parent / f"built-once-{name}"  # the run's, shared
    done, failed = folder / "done.json", folder / "failed"
    try:
        folder.mkdir()  # atomic: one worker gets to build
    except FileExistsError:
        deadline = time.monotonic() + 300
        while not (done.exists() or failed.exists()) and time.monotonic() < deadline:
            time.sleep(0.05)
        if not done.exists():  # the builder failed: build here too (and fail as it did)
            return build(copy_to)
    else:
        try:
            known = build(folder / "records.sqlite")
        except BaseException:
            failed.touch()
            raise
        (folder / "done.tmp").write_text(json.dumps(known), encoding="utf-8")
        os.replace(folder / "done.tmp", done)
    with sqlite3.connect(folder / "records.sqlite") as source, sqlite3.connect(copy_to) as copy:
        source.backup(copy)
    source.close()
    copy.close()
    return [int(n) for n in json.loads(done.read_text(encoding="utf-8"))]


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
