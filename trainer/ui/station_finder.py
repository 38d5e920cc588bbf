"""Consoles on the LAN, looked for again and again in a thread, so the window never waits."""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable

from trainer.classroom.discovery import ConsoleFound, find_consoles

log = logging.getLogger(__name__)

BROWSE_S = 2.0  # one look: consoles answer within a second or so
PAUSE_S = 3.0  # between looks

Finder = Callable[[float], list[ConsoleFound]]


class ConsoleFinder:
    """Browses in a daemon thread until stopped; `latest` hands over the newest list, if any."""

    def __init__(self, find: Finder = find_consoles) -> None:
        self._find = find
        self._results: queue.SimpleQueue[list[ConsoleFound]] = queue.SimpleQueue()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._browse, name="station-finder", daemon=True)

    def start(self) -> None:
        if not self._thread.is_alive() and not self._stop.is_set():
            self._thread.start()

    def stop(self) -> None:
        self._stop.set()  # a look under way ends by itself within BROWSE_S

    def latest(self) -> list[ConsoleFound] | None:
        """The newest list found since the last call; None when no look has ended since."""
        newest = None
        while True:
            try:
                newest = self._results.get_nowait()
            except queue.Empty:
                return newest

    def _browse(self) -> None:
        while not self._stop.is_set():
            try:
                found = self._find(BROWSE_S)
            except Exception as error:  # a failed look must not end the looking
                log.warning("looking for consoles failed: %s", error)
                found = []
            if self._stop.is_set():
                return
            self._results.put(found)
            self._stop.wait(PAUSE_S)
