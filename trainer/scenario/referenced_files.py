"""Where a file a scenario names is (an airspace import, a recorded flight).

A relative path starts at the scenario file's folder. Scenarios are written on the classroom's
Windows PCs too, where `data\\nl.txt` is a path in a folder; elsewhere '\\' is an ordinary
character of a file name, so such a scenario would not find its files on Linux or macOS.
"""

from __future__ import annotations

import contextlib
import re
import sys
from pathlib import Path

from trainer.i18n import message

_DRIVE = re.compile(r"^[A-Za-z]:[\\/]|^\\\\")  # C:\... or \\server\share\...


def referenced_path(written: str, base_dir: Path | None) -> Path:
    """The file `written` names: as written when it exists (or when it has no '\\'), else,
    if it does exist that way, with each '\\' read as a folder separator."""
    path = _place(written, base_dir)
    if "\\" in written and not path.exists():
        slashed = _place(written.replace("\\", "/"), base_dir)
        if slashed.exists():
            return slashed
    return path


def path_to_write(target: Path, scenario_file: Path) -> str:
    """How a scenario file should name `target`: relative to the scenario's folder when the
    file lies in it or below (the folder can then move with its files), else absolute (the
    scenario can then move alone); '/' between folders either way, as every platform reads."""
    file = target.resolve()
    folder = scenario_file.resolve().parent
    if file.is_relative_to(folder):  # False on another drive (Windows) as well
        return file.relative_to(folder).as_posix()
    return file.as_posix()


def windows_path_hint(written: str) -> str:
    """A sentence to add when the file `written` names is not found, if the path reads like
    one written on Windows and this computer is not; else ''."""
    if sys.platform == "win32":
        return ""
    if _DRIVE.match(written):
        return message("problem.windows_drive_path")
    if "\\" in written:
        return message("problem.windows_separator")
    return ""


def _place(written: str, base_dir: Path | None) -> Path:
    path = Path(written)
    # '~someone' unknown here (RuntimeError), or not a name at all (ValueError): as written.
    with contextlib.suppress(RuntimeError, ValueError):
        path = path.expanduser()
    return path if path.is_absolute() or base_dir is None else base_dir / path
