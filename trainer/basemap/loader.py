"""One tile from wherever it is: the archive, else the disk cache, else the network.

Safe to call from several worker threads at once. Failed network tiles are tried again a
bounded number of times with growing pauses; tiles that are not images are never stored and
never asked for again; when the server cannot be reached at all the network rests a while,
so a class without internet only sees what the cache holds, at once.
"""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Generic, TypeVar

from trainer.basemap.archives import TileArchive, open_archive
from trainer.basemap.cache import TileCache
from trainer.basemap.errors import TileFetchError
from trainer.basemap.fetch import fetch_tile, image_kind
from trainer.basemap.grid import TileKey, grid_named
from trainer.basemap.sources import TileSource
from trainer.i18n import message

MAX_ATTEMPTS = 3  # network tries of one tile in a session
RETRY_PAUSE_S = 2.0  # before the second try; doubled before the third
UNREACHABLE_AFTER = 3  # connection failures in a row that make the network rest
UNREACHABLE_REST_S = 30.0

Image = TypeVar("Image")


class Origin(Enum):
    ARCHIVE = "archive"
    CACHE = "cache"
    NETWORK = "network"
    MISSING = "missing"  # not in the archive, or not in the cache while offline
    WAITING = "waiting"  # failed before: not asked again yet (or ever)
    FAILED = "failed"


@dataclass(frozen=True)
class Loaded(Generic[Image]):
    image: Image | None
    origin: Origin
    reason: str = ""


@dataclass
class _Failures:
    attempts: int = 0
    next_try: float = 0.0


def default_decode(data: bytes) -> bytes | None:
    """Without a GUI toolkit: the bytes themselves when they look like a whole image."""
    return data if image_kind(data) else None


class TileLoader:
    """Loads tiles of one source; `decode` turns bytes into an image, or None when broken."""

    def __init__(
        self,
        source: TileSource,
        cache: TileCache | None,
        offline: bool = False,
        clock: Callable[[], float] = time.monotonic,
        fetch: Callable[[str], bytes] = fetch_tile,
    ) -> None:
        self.archive: TileArchive | None = None
        if source.kind != "url":
            self.archive = open_archive(source.kind, Path(source.location))
            if self.archive.grid_name is not None:
                source = dataclasses.replace(source, grid=grid_named(self.archive.grid_name))
            if not source.attribution and self.archive.attribution:
                source = dataclasses.replace(source, attribution=self.archive.attribution)
        self.source = source
        self.cache = cache
        self.offline = offline
        self.clock = clock
        self.fetch = fetch
        self._lock = threading.Lock()
        self._failures: dict[TileKey, _Failures] = {}
        self._unreachable_in_row = 0
        self._network_rests_until = 0.0
        self.requests = 0  # network requests made (for tests and the status line)

    def load(self, key: TileKey, decode: Callable[[bytes], Image | None]) -> Loaded[Image]:
        if self.archive is not None:
            data = self.archive.read(key)
            image = decode(data) if data else None
            return (
                Loaded(image, Origin.ARCHIVE) if image is not None else Loaded(None, Origin.MISSING)
            )
        if self.cache is not None:
            data = self.cache.get(self.source.id, key)
            if data is not None:
                image = decode(data)
                if image is not None:
                    return Loaded(image, Origin.CACHE)
                self.cache.forget(self.source.id, key)  # damaged on disk: fetch it anew
        if self.offline:
            return Loaded(None, Origin.MISSING, message("basemap.offline_not_cached"))
        if not self._may_try(key):
            return Loaded(None, Origin.WAITING)
        url = self.source.url_for(key)
        try:
            data = self.fetch(url)
        except TileFetchError as error:
            self._failed(key, error.transient, connection=error.unreachable)
            return Loaded(None, Origin.FAILED, str(error))
        finally:
            with self._lock:
                self.requests += 1
        image = decode(data)
        if image is None:
            self._failed(key, transient=False, connection=False)
            unreadable = message("basemap.unreadable_image", url=url)
            return Loaded(None, Origin.FAILED, unreadable)
        with self._lock:
            self._unreachable_in_row = 0
            self._failures.pop(key, None)
        if self.cache is not None:
            self.cache.put(self.source.id, key, data)
        return Loaded(image, Origin.NETWORK)

    def _may_try(self, key: TileKey) -> bool:
        now = self.clock()
        with self._lock:
            if now < self._network_rests_until:
                return False
            failures = self._failures.get(key)
            if failures is None:
                return True
            return failures.attempts < MAX_ATTEMPTS and now >= failures.next_try

    def _failed(self, key: TileKey, transient: bool, connection: bool) -> None:
        now = self.clock()
        with self._lock:
            failures = self._failures.setdefault(key, _Failures())
            failures.attempts = failures.attempts + 1 if transient else MAX_ATTEMPTS
            failures.next_try = now + RETRY_PAUSE_S * 2 ** (failures.attempts - 1)
            if connection:
                self._unreachable_in_row += 1
                if self._unreachable_in_row >= UNREACHABLE_AFTER:
                    self._network_rests_until = now + UNREACHABLE_REST_S
                    self._unreachable_in_row = 0
            else:
                self._unreachable_in_row = 0

    def unreadable(self, key: TileKey, origin: Origin) -> Loaded[Image]:
        """A tile whose bytes looked whole but did not decode (the map decodes on its own
        thread, after load): a cached copy is dropped and fetched anew on the next ask (if it
        cannot be dropped, the tile is given up); one from the network is not stored and not
        asked for again; an archive's is missing."""
        if origin is Origin.ARCHIVE:
            return Loaded(None, Origin.MISSING)
        if self.cache is not None:
            self.cache.forget(self.source.id, key)
            gone = self.cache.get(self.source.id, key) is None  # Windows: another may hold it
            if origin is Origin.CACHE and gone:
                return Loaded(None, Origin.WAITING)
        self._failed(key, transient=False, connection=False)  # else read again every refresh
        url = self.source.url_for(key)
        return Loaded(None, Origin.FAILED, message("basemap.unreadable_image", url=url))

    def may_load_later(self, key: TileKey) -> bool:
        """True while a failed tile has tries left (the map asks again after a pause)."""
        with self._lock:
            failures = self._failures.get(key)
            return failures is None or failures.attempts < MAX_ATTEMPTS
