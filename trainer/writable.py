"""Can this user write here? Found out by trying, not by os.access.

On Windows os.access(W_OK) looks only at a file's read-only attribute: it says True for every
folder and for a file the folder's permissions forbid (a school share, Program Files), so a
check built on it passes and the write fails later. Trying costs a file opened and closed.
"""

from __future__ import annotations

import tempfile
from pathlib import Path


def folder_writable(folder: Path) -> bool:
    """Whether a new file can be made in `folder` (one is made and removed at once)."""
    try:
        with tempfile.TemporaryFile(dir=folder):
            return True
    except OSError:
        return False


def file_writable(path: Path) -> bool:
    """Whether `path`, an existing file, can be opened for writing (nothing is written)."""
    try:
        with path.open("r+b"):
            return True
    except OSError:
        return False
