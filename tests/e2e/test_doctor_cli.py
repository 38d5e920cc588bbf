"""`drone-trainer doctor` and a window that cannot start, as a user meets them (subprocesses)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

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
