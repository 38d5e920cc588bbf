"""Output that cannot hold every character (a file written in Windows' ANSI code page, a
plain ASCII terminal) loses those characters, never the command's result."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import SCENARIOS


def test_a_dutch_score_sheet_reaches_an_ascii_output(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONIOENCODING": "ascii", "DRONE_TRAINER_LANG": "nl"}
    done = subprocess.run(
        [sys.executable, "-m", "trainer", "run", str(SCENARIOS / "two-drones.yaml"),
         "--bot", "perfect", "--db", str(tmp_path / "record.sqlite")],
        env=env, capture_output=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr.decode("ascii", "replace")
    sheet = done.stdout.decode("ascii")  # nothing outside ASCII was written
    # Dutch words with accents ('geidentificeerd') come out with '?' in their place.
    assert "ge?dentificeerd" in sheet and "Traceback" not in done.stderr.decode("ascii")
    assert "GESLAAGD" in sheet and "vastgelegd als oefening 1" in sheet
