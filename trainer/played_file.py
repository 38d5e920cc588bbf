"""The scenario file a recorded run was played from, found again by its content.

A run keeps its file's path and SHA-256. The path alone goes stale: a reinstall or a moved
program folder puts the bundled scenarios elsewhere, a copy made for one class is deleted, a file
is edited after class. The same bytes found among the bundled scenarios replay the run exactly.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from trainer.bundled import SCENARIOS, bundled_dir
from trainer.errors import TrainerError
from trainer.scenario.files import scenario_files


def sha256_of(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def locate_played_file(recorded: str, file_sha256: str) -> Path | None:
    """The recorded path when it still holds what was played; else a bundled scenario with the
    same content (the one of the same name first); else None."""
    path = Path(recorded)
    if sha256_of(path) == file_sha256:
        return path
    try:
        folder = bundled_dir(SCENARIOS)
    except TrainerError:  # a broken install: nothing to look in
        return None
    try:
        listed = scenario_files(folder)
    except OSError:
        return None
    candidates = sorted(listed, key=lambda p: p.name != path.name)
    return next((c for c in candidates if sha256_of(c) == file_sha256), None)
