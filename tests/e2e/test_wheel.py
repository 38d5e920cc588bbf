"""The wheel installs and works anywhere: scenarios and asset sets travel inside it.

Builds the wheel from a copy of the source (as `pip wheel .` does), installs it into a new
virtual environment and runs the installed `drone-trainer` from an unrelated folder, with no
PYTHONPATH and no checkout in sight. The new environment borrows the already installed
dependencies through a .pth file instead of downloading them again, so this takes seconds.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO, SCENARIOS, built_once

SOURCE = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md")
SOURCE_FOLDERS = ("trainer", "scenarios", "assets")
LEFT_BEHIND = Path("build/lib/trainer/deleted_since.py")


def _run(*command: str | Path, **kwargs: object) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(
        [str(part) for part in command],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        **kwargs,  # type: ignore[call-overload]
    )
    assert done.returncode == 0, f"{command}\n{done.stdout}\n{done.stderr}"
    return done


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Path:
    """The checkout's wheel (built once in a test run: tests/conftest.py's built_once)."""
    dist, _ = built_once(
        tmp_path_factory, worker_id, "wheel", lambda d: build_wheel(tmp_path_factory, d)
    )
    (built,) = dist.glob("twente_drone_trainer-*.whl")
    return built


def build_wheel(tmp_path_factory: pytest.TempPathFactory, dist: Path) -> list[int]:
    source = tmp_path_factory.mktemp("source")
    for name in SOURCE:
        shutil.copy2(REPO / name, source / name)
    for name in SOURCE_FOLDERS:
        ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
        shutil.copytree(REPO / name, source / name, ignore=ignore)
    # What an earlier build of a module since deleted left behind (pip builds in place).
    (source / LEFT_BEHIND).parent.mkdir(parents=True)
    (source / LEFT_BEHIND).write_text("GONE = True\n")
    # No build isolation: the test extras bring setuptools, and nothing is downloaded.
    _run(sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
         "-w", dist, source)  # fmt: skip
    return []


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The `bin` (or `Scripts`) folder of a new environment with only the wheel installed."""
    venv = tmp_path_factory.mktemp("venv")
    _run(sys.executable, "-m", "venv", "--without-pip", venv)
    scripts = venv / ("Scripts" if os.name == "nt" else "bin")
    python = next(p for p in (scripts / "python", scripts / "python.exe") if p.exists())
    site = Path(
        _run(
            python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"
        ).stdout.strip()
    )
    # The dependencies already installed for the tests. Only this folder is added, not its .pth
    # files, so an editable install of the checkout there stays out of the new environment.
    (site / "borrowed-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    # --ignore-installed: the borrowed folder holds the checkout's own editable install, which
    # pip would take for this wheel ("already installed with the same version") and skip it.
    _run(sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-deps",
         "--no-index", "--ignore-installed", wheel)  # fmt: skip
    return scripts


def _clean_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env |= {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    return env


def test_the_wheel_carries_every_bundled_scenario_and_asset_file(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for folder in (SCENARIOS, REPO / "assets"):
        for file in folder.rglob("*"):
            # Everything but build scripts (setup.py leaves *.py at home).
            if file.is_file() and file.suffix not in (".py", ".pyc"):
                inside = f"trainer/_bundled/{file.relative_to(REPO).as_posix()}"
                assert inside in names, f"{inside} is not in the wheel"
    for translation in (REPO / "trainer").rglob("*.qm"):  # package data beside the code
        inside = translation.relative_to(REPO).as_posix()
        assert inside in names, f"{inside} is not in the wheel"


def test_installed_trainer_validates_and_runs_a_bot_from_another_folder(
    installed: Path, tmp_path: Path
) -> None:
    elsewhere = tmp_path / "somewhere-else"
    elsewhere.mkdir()
    env = _clean_env(tmp_path)
    python = next(p for p in (installed / "python", installed / "python.exe") if p.exists())
    where = _run(python, "-c", "import trainer; print(trainer.__file__)", cwd=elsewhere, env=env)
    assert Path(where.stdout.strip()).is_relative_to(installed.parent), where.stdout

    trainer = installed / ("drone-trainer.exe" if os.name == "nt" else "drone-trainer")
    validated = _run(trainer, "validate", cwd=elsewhere, env=env)
    assert validated.stdout.count(": ok") == len(list(SCENARIOS.glob("*.yaml")))
    assert str(REPO) not in validated.stdout  # the packaged copies, not the checkout's

    record = tmp_path / "record.sqlite"
    ran = _run(trainer, "run", "hobby-drone-approach-23", "--bot", "perfect", "--trainee",
               "Wheel", "--db", record, cwd=elsewhere, env=env)  # fmt: skip
    assert "Total: 100 of 100 points" in ran.stdout
    assert f"recorded as run 1 in {record}" in ran.stdout


def test_the_wheel_leaves_out_what_an_earlier_build_left_behind(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "trainer/deleted_since.py" not in names
    assert "trainer/cli.py" in names
