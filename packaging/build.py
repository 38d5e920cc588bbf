"""Build the trainer as a PyInstaller one-folder program, and optionally smoke-test the result.

    pip install -e ".[build]"
    python packaging/build.py            # -> dist/drone-trainer/drone-trainer(.exe)
    python packaging/build.py --smoke    # then run it: validate, a bot run, the window, doctor

The folder dist/drone-trainer/ is the whole program: copy it to a classroom PC (built on Windows
for Windows: PyInstaller does not cross-build) and start `drone-trainer` there; no Python needed.
The folder dist/drone-trainer-station/ is the station program for trainee PCs: the same build
without the scenarios (so with no answer key a trainee could open), starting as a station.
The bundled scenarios and assets go where an installed wheel has them (trainer/_bundled/, see
trainer/bundled.py), so the program finds them the same way.

This folder is a build script's, not a package: it has no __init__.py, so it never shadows the
`packaging` library that pip and setuptools import.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # the trainer's own constants, also without an installed trainer
from trainer.bundled import SCENARIOS, STATION_ONLY  # noqa: E402

NAME = "drone-trainer"
STATION_NAME = "drone-trainer-station"
BUNDLED = ("scenarios", "assets")  # as setup.py: copied without their build scripts
LEFT_OUT = shutil.ignore_patterns("__pycache__", "*.py", "*.py[cod]")
# Qt bindings and GUI toolkits the trainer does not use but that PyInstaller would follow from
# optional imports of pyqtgraph and others.
EXCLUDED = ("PyQt5", "PyQt6", "PySide2", "tkinter", "matplotlib", "IPython", "pytest")
WINDOW_SECONDS = 3.0  # how long the smoke test keeps the window open after its first frame


def build(dist: Path, work: Path) -> Path:
    """Run PyInstaller; return the built program."""
    import PyInstaller.__main__  # the `build` extra: only needed here

    staged = work / "bundled"
    shutil.rmtree(staged, ignore_errors=True)
    arguments = [
        str(REPO / "packaging" / "entry.py"),
        "--name", NAME,
        "--onedir",
        "--console",  # the command line is part of the product; `open` shows the window
        "--noconfirm",
        "--clean",
        "--log-level", "WARN",  # CI's log: only what may matter
        "--distpath", str(dist),
        "--workpath", str(work),
        "--specpath", str(work),
        "--paths", str(REPO),
        "--collect-submodules", "trainer",  # the CLI imports its commands' modules lazily
        "--collect-data", "trainer",  # files beside the code, e.g. the Dutch of i18n/nl.qm
    ]  # fmt: skip
    for name in BUNDLED:
        shutil.copytree(REPO / name, staged / name, ignore=LEFT_OUT)
        arguments += ["--add-data", f"{staged / name}{os.pathsep}trainer/_bundled/{name}"]
    for module in EXCLUDED:
        arguments += ["--exclude-module", module]
    PyInstaller.__main__.run(arguments)
    program = dist / NAME / (NAME + ".exe" if sys.platform == "win32" else NAME)
    if not program.is_file():
        raise SystemExit(f"PyInstaller finished but {program} is not there")
    for data in (REPO / "trainer").rglob("*.qm"):  # translations are found beside the code
        if not any(program.parent.rglob(data.name)):
            raise SystemExit(f"{data.name} is missing from {program.parent}")
    return program


def make_station(program: Path) -> Path:
    """The station program beside the full one: a copy without the scenarios, marked so that it
    starts as a station (trainer/bundled.py); returns its executable."""
    folder = program.parent.parent / STATION_NAME
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(program.parent, folder, symlinks=True)
    bundled = [p for p in folder.rglob("_bundled") if (p / SCENARIOS).is_dir()]
    if len(bundled) != 1:
        raise SystemExit(f"expected one trainer/_bundled/{SCENARIOS} in {folder}, not {bundled}")
    shutil.rmtree(bundled[0] / SCENARIOS)
    (bundled[0] / STATION_ONLY).write_text(
        "The station program for trainee PCs: it joins a class exercise and holds no scenarios,\n"
        "so no answer key is on this PC. The full program is for the instructor's PC.\n",
        encoding="utf-8",
    )
    station = folder / program.name.replace(NAME, STATION_NAME)
    (folder / program.name).rename(station)
    return station


def _run(program: Path, *args: str, env: dict[str, str], cwd: Path) -> str:
    done = subprocess.run(
        [str(program), *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=300
    )
    if done.returncode != 0:
        raise SystemExit(f"{NAME} {' '.join(args)} failed ({done.returncode}):\n"
                         f"{done.stdout}\n{done.stderr}")  # fmt: skip
    return done.stdout


def _window_stays_up(program: Path, env: dict[str, str], cwd: Path, *args: str) -> None:
    """Open the window offscreen, wait for its first frame, keep it up a few seconds, close it."""
    env = env | {"DRONE_TRAINER_STARTUP_PROBE": "print"}
    log = cwd / "window.log"
    with log.open("w") as stderr:
        window = subprocess.Popen(
            [str(program), *args], env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=stderr
        )
        try:
            deadline = time.monotonic() + 120
            while "first-paint" not in log.read_text() and time.monotonic() < deadline:
                if window.poll() is not None:
                    raise SystemExit(f"the window closed at once:\n{log.read_text()}")
                time.sleep(0.1)
            if "first-paint" not in log.read_text():
                raise SystemExit(f"no frame painted in 120 s:\n{log.read_text()}")
            time.sleep(WINDOW_SECONDS)
            if window.poll() is not None:
                raise SystemExit(f"the window died after its first frame:\n{log.read_text()}")
        finally:
            window.terminate()
            window.wait(timeout=30)


def smoke_env(env: dict[str, str], folder: str) -> dict[str, str]:
    """The built program's environment for the smoke test: its files go into `folder`.

    Linux and macOS take HOME and XDG_*; Windows ignores them and asks the system for the
    AppData folders, which platformdirs lets WIN_PD_OVERRIDE_* name instead (a recent
    platformdirs: 4.14 does; an older one ignores them). Qt's settings on Windows are in the
    registry, which no variable redirects.
    """
    env = {k: v for k, v in env.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    home = Path(folder)
    return env | {
        "HOME": folder,
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_STATE_HOME": str(home / "state"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "WIN_PD_OVERRIDE_APPDATA": str(home / "AppData" / "Roaming"),
        "WIN_PD_OVERRIDE_LOCAL_APPDATA": str(home / "AppData" / "Local"),
        "QT_QPA_PLATFORM": "offscreen",
    }


def smoke(program: Path) -> None:
    """Use the built program as a person would, headless, from an unrelated folder."""
    with tempfile.TemporaryDirectory() as folder:
        here = Path(folder)
        env = smoke_env(dict(os.environ), folder)
        steps: list[tuple[str, float]] = []

        started = time.monotonic()
        out = _run(program, "validate", env=env, cwd=here)
        expected = len(list((REPO / "scenarios").glob("*.yaml")))
        if out.count(": ok") != expected:
            raise SystemExit(f"validate checked {out.count(': ok')} of {expected}:\n{out}")
        steps.append(("validate", time.monotonic() - started))

        started = time.monotonic()
        bot = ["--bot", "perfect", "--trainee", "Smoke", "--db", str(here / "r.sqlite")]
        out = _run(program, "run", "hobby-drone-approach-23", *bot, env=env, cwd=here)
        if "Total: 100 of 100 points" not in out:
            raise SystemExit(f"the perfect bot did not score 100:\n{out}")
        steps.append(("bot run", time.monotonic() - started))

        started = time.monotonic()
        _window_stays_up(program, env, here, "open", "--db", str(here / "window.sqlite"))
        steps.append(("window", time.monotonic() - started))

        started = time.monotonic()
        out = _run(program, "doctor", "--db", str(here / "r.sqlite"), "--port", "0",
                   env=env, cwd=here)  # fmt: skip
        steps.append(("doctor", time.monotonic() - started))
        print(out, end="")
    print("smoke test passed: " + ", ".join(f"{name} {s:.1f} s" for name, s in steps))


def smoke_station(station: Path) -> None:
    """The station program holds no scenario, says so when asked for one, and starts as a
    station (its connect dialog, offscreen)."""
    for scenario in (REPO / SCENARIOS).glob("*.yaml"):
        if any(station.parent.rglob(scenario.name)):
            raise SystemExit(f"{scenario.name} is in the station program {station.parent}")
    with tempfile.TemporaryDirectory() as folder:
        here = Path(folder)
        env = smoke_env(dict(os.environ), folder)
        out = _run(station, "doctor", "--db", str(here / "r.sqlite"), "--port", "0",
                   env=env, cwd=here)  # fmt: skip
        if "station program" not in out:
            raise SystemExit(f"doctor does not say it is the station program:\n{out}")
        refused = subprocess.run(
            [str(station), "run", "hobby-drone-approach-23", "--bot", "perfect"],
            env=env, cwd=here, capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        if refused.returncode == 0 or "station program" not in refused.stderr:
            raise SystemExit(f"a scenario run in the station program:\n{refused.stderr}")
        started = time.monotonic()
        _window_stays_up(station, env, here)
    print(f"station smoke test passed: connect dialog {time.monotonic() - started:.1f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=REPO / "dist", help="where the program goes")
    parser.add_argument("--work", type=Path, default=REPO / "build" / "pyinstaller")
    parser.add_argument("--smoke", action="store_true", help="then run the built program")
    parser.add_argument("--smoke-only", action="store_true", help="run an existing build")
    args = parser.parse_args()
    started = time.monotonic()
    exe = ".exe" if sys.platform == "win32" else ""
    if args.smoke_only:
        program = args.dist / NAME / (NAME + exe)
        station = args.dist / STATION_NAME / (STATION_NAME + exe)
    else:
        program = build(args.dist.resolve(), args.work.resolve())
        station = make_station(program)
        print(f"built {program} and {station} in {time.monotonic() - started:.0f} s")
    if args.smoke or args.smoke_only:
        smoke(program)
        smoke_station(station)


if __name__ == "__main__":
    main()
