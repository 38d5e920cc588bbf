"""Report the first painted frame of a window, for the startup benchmark.

With DRONE_TRAINER_STARTUP_PROBE set, the app prints `first-paint EPOCH_SECONDS` on stderr once
the window's first frame is painted; with the value `quit` it then quits. The benchmark
(tests/benchmarks/bench_startup.py) compares that wall-clock time with when it ran the command.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

PROBE_ENV = "DRONE_TRAINER_STARTUP_PROBE"


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, quit_after: bool) -> None:
        super().__init__(window)
        self._quit_after = quit_after
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._seen:
            self._seen = True
            # The paint is being delivered now; report once it has been handled.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"first-paint {time.time():.6f}", file=sys.stderr, flush=True)
        if self._quit_after:
            QApplication.quit()


def watch_first_paint(window: QWidget) -> None:
    """Arm the probe on this window when the environment asks for it; otherwise do nothing."""
    mode = os.environ.get(PROBE_ENV)
    if not mode:
        return
    window.installEventFilter(_FirstPaint(window, quit_after=mode == "quit"))
