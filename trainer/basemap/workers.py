"""A few background threads for the map's network and disk work, touching no Qt object.

Why not Qt's thread pool: PySide keeps Python's interpreter lock through most Qt calls, so a
Qt call on a worker (decoding an image, posting a signal) that waits on one of Qt's locks
while the GUI thread, holding that lock, waits for the interpreter lock freezes the window.
The test suite froze twice in a way that fits (every Python thread stopped, one worker inside
QImage.fromData; not caught in a debugger). Here the workers run plain Python (sockets,
files) and hand their results over through a queue; the map decodes them on its own thread.
"""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Callable

IDLE_S = 30.0  # a thread with nothing to do for this long ends; a new one starts when needed


class Workers:
    """Runs jobs on at most `count` daemon threads (a class never waits for them to close)."""

    def __init__(self, count: int, name: str, idle_s: float = IDLE_S) -> None:
        self.count = count
        self.name = name
        self.idle_s = idle_s
        self._jobs: queue.SimpleQueue[Callable[[], object]] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._running = 0

    @property
    def running(self) -> int:
        """Threads alive now (busy or waiting for a job)."""
        with self._lock:
            return self._running

    def submit(self, job: Callable[[], object]) -> None:
        """Run `job` on a worker; jobs report their own failures (a worker outlives any)."""
        with self._lock:  # with the put: an idle thread cannot end between it and the count
            self._jobs.put(job)
            if self._running < self.count:
                self._running += 1
                name = f"{self.name}-{self._running}"
                threading.Thread(target=self._work, name=name, daemon=True).start()

    def clear(self) -> int:
        """Drop the jobs no thread has taken yet; how many were dropped."""
        dropped = 0
        while True:
            try:
                self._jobs.get_nowait()
            except queue.Empty:
                return dropped
            dropped += 1

    def _work(self) -> None:
        while True:
            try:
                job = self._jobs.get(timeout=self.idle_s)
            except queue.Empty:
                with self._lock:
                    if self._jobs.empty():  # nothing came while waiting: this thread ends
                        self._running -= 1
                        return
                continue
            with contextlib.suppress(Exception):  # a job's failure is its own to report
                job()
