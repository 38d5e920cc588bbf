"""`drone-trainer doctor` and a window that cannot start, as a user meets them (subprocesses)."""

from __future__ import annotations

import os
import shlex
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "DISPLAY"}
    return (
        env
        | {"PYTHONPATH": str(REPO), "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path)}
        | extra
    )


def _free_port() -> int:
    with socket.socket() as finder:
        finder.bind(("127.0.0.1", 0))
        return int(finder.getsockname()[1])


def test_doctor_reports_each_check(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "trainer", "doctor", "--db", str(tmp_path / "r.sqlite"),
         "--port", str(_free_port())],
        env=_env(tmp_path, QT_QPA_PLATFORM="offscreen"),
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    lines = done.stdout.splitlines()
    checks = ["Qt platform plugin", "system libraries", "display", "training record",
              "assets and scenarios", "classroom port"]  # fmt: skip
    for check, line in zip(checks, lines, strict=False):
        assert check in line, done.stdout
    # This machine runs the whole suite, so it has what the window needs.
    assert done.returncode == 0 and lines[-1] == "all fine", done.stdout + done.stderr


def test_a_window_with_no_display_names_the_problem_not_reinstalling(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "trainer", "open", "--db", str(tmp_path / "r.sqlite")],
        env=_env(tmp_path, QT_QPA_PLATFORM="xcb"),
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 1
    assert "DISPLAY is not set" in done.stderr and "drone-trainer doctor" in done.stderr
    assert "Reinstalling" not in done.stderr


def test_a_qt_platform_failure_the_checks_missed_still_points_to_the_doctor(
    tmp_path: Path,
) -> None:
    """Qt's own fatal message, caught: the doctor's hint instead of its advice, and no abort."""
    code = "from trainer.ui.qt_start import start_application; start_application()"
    done = subprocess.run(
        [sys.executable, "-c", code],
        env=_env(tmp_path, QT_QPA_PLATFORM="xcb"),
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr  # not -6 (SIGABRT)
    assert "no Qt platform plugin could be initialized" in done.stderr
    assert "drone-trainer doctor" in done.stderr and "Reinstalling" not in done.stderr
    # In Dutch, the hint is Dutch (Qt's own words before it are Qt's).
    chosen = "from trainer import i18n; i18n.use_language(i18n.choose_language()); " + code
    dutch = subprocess.run(
        [sys.executable, "-c", chosen],
        env=_env(tmp_path, QT_QPA_PLATFORM="xcb", DRONE_TRAINER_LANG="nl"),
        capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert dutch.returncode == 1, dutch.stderr
    assert doctor_hint_in("nl") in dutch.stderr and "Reinstalling" not in dutch.stderr


def doctor_hint_in(language: str) -> str:
    from trainer import i18n
    from trainer.doctor import doctor_hint

    try:
        i18n.use_language("nl" if language == "nl" else "en")
        return doctor_hint()
    finally:
        i18n.use_language("en")


def _hidden_library_runs(library: Path) -> list[str] | None:
    """A command prefix that runs with `library` replaced by an empty file (a private mount
    namespace: the rest of the machine keeps it), or None where that is not allowed."""
    unshare = shutil.which("unshare")
    if sys.platform != "linux" or unshare is None or not library.exists():
        return None
    hide = f'mount --bind /dev/null {shlex.quote(str(library.resolve()))} && exec "$@"'
    prefix = [unshare, "-m", "sh", "-c", hide, "sh"]
    probe = subprocess.run([*prefix, "true"], capture_output=True, check=False)
    return prefix if probe.returncode == 0 else None


def test_a_really_missing_xcb_cursor_library_is_named_with_its_package(tmp_path: Path) -> None:
    """As on a stock Ubuntu desktop: libxcb-cursor0 not installed, the window asked for."""
    libraries = Path("/usr/lib/x86_64-linux-gnu"), Path("/usr/lib/aarch64-linux-gnu")
    found = [folder / "libxcb-cursor.so.0" for folder in libraries if folder.is_dir()]
    prefix = _hidden_library_runs(found[0]) if found else None
    if prefix is None:
        pytest.skip("needs Linux, libxcb-cursor and a private mount namespace (root)")
    env = _env(tmp_path, QT_QPA_PLATFORM="xcb", DISPLAY=":0")
    opened = subprocess.run(
        [*prefix, sys.executable, "-m", "trainer", "open", "--db", str(tmp_path / "r.sqlite")],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert opened.returncode == 1, opened.stderr
    assert "missing libxcb-cursor.so.0" in opened.stderr
    assert "sudo apt-get install libxcb-cursor0" in opened.stderr
    assert "drone-trainer doctor" in opened.stderr and "Reinstalling" not in opened.stderr
    # Qt itself, past the checks: its own failure, but pointing to the doctor.
    code = "from trainer.ui.qt_start import start_application; start_application()"
    qt = subprocess.run([*prefix, sys.executable, "-c", code], env=env, capture_output=True,
                        text=True, timeout=120, check=False)  # fmt: skip
    assert qt.returncode == 1, qt.stderr
    assert "could not connect to display" not in qt.stderr  # it failed on the library
    assert "xcb-cursor0" in qt.stderr and "drone-trainer doctor" in qt.stderr
