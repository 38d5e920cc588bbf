"""Put a finished file in place of another, also on Windows.

Windows refuses to replace a file that another program has open (PermissionError), and a virus
scanner, the search indexer or a cloud-sync client opens a file just written for a moment. So
there the swap is tried again for about a second before the error counts. Elsewhere a
PermissionError is the folder's permissions, and waiting would not change it.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

TRIES = 6
PAUSE_S = 0.2


def replace_file(finished: Path, target: Path) -> None:
    """Move `finished` onto `target` (replacing it); OSError when that cannot be done."""
    for attempt in range(1, TRIES + 1):
        try:
            finished.replace(target)
            return
        except PermissionError:
            if sys.platform != "win32" or attempt == TRIES:
                raise
            time.sleep(PAUSE_S)
