"""Tiles kept on disk, one file per tile, so a class that had internet once can go without."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

import platformdirs

from trainer.basemap.grid import TileKey

APP_NAME = "twente-drone-trainer"
DEFAULT_MAX_BYTES = 1_000_000_000  # about 60,000 tiles: Twente at every level many times over


def default_cache_dir() -> Path:
    """The user's cache folder for tiles (e.g. ~/.cache/twente-drone-trainer/tiles)."""
    return platformdirs.user_cache_path(APP_NAME, appauthor=False) / "tiles"


class TileCache:
    """Tile bytes under root/source-id/z/x/y.tile; only checked images are ever put here.

    Writes go to a temporary file renamed into place, so a crash or a second process never
    leaves half a tile; reads and writes are safe from several threads.
    """

    def __init__(self, root: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> None:
        self.root = root
        self.max_bytes = max_bytes  # prune() keeps the cache under this

    def path(self, source_id: str, key: TileKey) -> Path:
        return self.root / source_id / str(key.z) / str(key.x) / f"{key.y}.tile"

    def get(self, source_id: str, key: TileKey) -> bytes | None:
        try:
            return self.path(source_id, key).read_bytes()
        except OSError:
            return None

    def put(self, source_id: str, key: TileKey, data: bytes) -> bool:
        """Store a tile; False when the disk refuses (full, read-only): the map goes on."""
        target = self.path(source_id, key)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=target.parent, suffix=".part")
            try:
                with os.fdopen(handle, "wb") as file:
                    file.write(data)
                os.replace(temporary, target)
            except BaseException:
                Path(temporary).unlink(missing_ok=True)
                raise
        except OSError:
            return False
        return True

    def forget(self, source_id: str, key: TileKey) -> None:
        """Drop a stored tile that turned out unreadable; if it cannot go (Windows: another
        trainer on this PC is reading it; a read-only cache), the next good fetch replaces it."""
        with contextlib.suppress(OSError):
            self.path(source_id, key).unlink(missing_ok=True)

    def tiles(self, source_id: str) -> list[tuple[TileKey, Path]]:
        """Every stored tile of a source (for packing the cache into an archive)."""
        found = []
        for path in (self.root / source_id).glob("*/*/*.tile"):
            try:
                key = TileKey(int(path.parts[-3]), int(path.parts[-2]), int(path.stem))
            except ValueError:
                continue
            found.append((key, path))
        return sorted(found)

    def prune(self, max_bytes: int | None = None) -> int:
        """Keep the cache under a size: the longest-stored tiles go first, down to 90 % of it.

        Returns the number of tiles removed. Safe while others read: a tile read as it goes
        is simply fetched again.
        """
        stored = []
        for path in self.root.glob("*/*/*/*.tile"):
            try:
                status = path.stat()
            except OSError:
                continue
            stored.append((status.st_mtime, status.st_size, path))
        limit = self.max_bytes if max_bytes is None else max_bytes
        total = sum(size for _, size, _ in stored)
        if total <= limit:
            return 0
        removed = 0
        for _, size, path in sorted(stored):
            if total <= limit * 0.9:
                break
            try:
                path.unlink()
            except OSError:
                continue
            total -= size
            removed += 1
        return removed
