"""The command line speaks the language chosen in the window (View > Language), after --lang
and DRONE_TRAINER_LANG, as `drone-trainer --help` says."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="the settings are in the registry there, not in the folder"
)
CHOOSE = (
    "from trainer.i18n.window_choice import ORGANISATION, APPLICATION, SETTING; "
    "from PySide6.QtCore import QSettings; "
    "s = QSettings(ORGANISATION, APPLICATION); s.setValue(SETTING, 'nl'); s.sync()"
)


def environment(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "DRONE_TRAINER_LANG"}
    return env | {
        "PYTHONPATH": str(REPO),
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "LANG": "C.UTF-8",  # the system's language: English
        "LC_ALL": "C.UTF-8",
        **extra,
    }


def validate(env: dict[str, str], *before: str) -> str:
    done = subprocess.run(
        [sys.executable, "-m", "trainer", *before, "validate", "two-drones"],
        env=env, capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    return done.stdout + done.stderr


def test_dutch_chosen_in_the_window_is_spoken_by_the_commands(tmp_path: Path) -> None:
    env = environment(tmp_path)
    assert "1 valid, 0 broken" in validate(env)  # nothing chosen: the system's English
    subprocess.run([sys.executable, "-c", CHOOSE], env=env, check=True, timeout=60)
    # Was English: only the window read its setting, the commands did not.
    assert "1 geldig, 0 kapot" in validate(env)
    assert "1 valid, 0 broken" in validate(env, "--lang", "en")  # the flag comes first
    english = environment(tmp_path, DRONE_TRAINER_LANG="en")
    assert "1 valid, 0 broken" in validate(english)  # and the variable


def test_a_command_reads_that_choice_without_loading_qt(tmp_path: Path) -> None:
    # Loading Qt's core to read one setting cost every command about 0.15 s.
    env = environment(tmp_path)
    subprocess.run([sys.executable, "-c", CHOOSE], env=env, check=True, timeout=60)
    check = (
        "import sys; from trainer.cli import main; main(['validate', 'two-drones']); "
        "print('Qt loaded' if 'PySide6' in sys.modules else 'no Qt')"
    )
    done = subprocess.run([sys.executable, "-c", check], env=env, capture_output=True,
                          text=True, timeout=120, check=True)  # fmt: skip
    assert "in orde" in done.stdout and done.stdout.strip().endswith("no Qt")
