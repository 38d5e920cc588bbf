"""The Qt application a PDF export starts when none runs: widgets still work after it."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import REPO

AFTER_AN_EXPORT = """
import sys
{preload}
from trainer.export.pdf_export import gui_application
app = gui_application()
print(type(app).__name__, "PySide6.QtWidgets" in sys.modules)
if "PySide6.QtWidgets" in sys.modules:
    from PySide6.QtWidgets import QLabel
    label = QLabel("made after the export's application")  # aborts under a QGuiApplication
    print(label.text())
"""


def run(preload: str) -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-c", AFTER_AN_EXPORT.format(preload=preload)],
        capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


def test_a_process_with_widgets_gets_an_application_that_can_show_them() -> None:
    # A test run (or any program with windows) that writes a PDF before its first window.
    lines = run("import PySide6.QtWidgets")
    assert lines == ["QApplication True", "made after the export's application"]


def test_a_command_without_widgets_does_not_load_them() -> None:
    assert run("") == ["QGuiApplication False"]
