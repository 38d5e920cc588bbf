"""Local tile archives that work with no network at all: MBTiles (SQLite) and PMTiles.

MBTiles stores rows counted from the bottom (TMS); PMTiles uses z/x/y as XYZ does. Both are
Web Mercator by their specifications; an archive of RD tiles says so in its metadata
(MBTiles: a `crs` row 'EPSG:28992'; PMTiles: "crs": "EPSG:28992" in its JSON metadata), as
the archives `drone-trainer basemap pack` writes do.
"""

from __future__ import annotations

import gzip
import mmap
import sqlite3
import threading
from pathlib import Path
from typing import Protocol

from pmtiles.reader import Reader as PmtilesReader
from pmtiles.tile import Compression, TileType

from trainer.basemap.errors import BasemapError
from trainer.basemap.grid import TileKey
from trainer.i18n import message
from trainer.sqlite_reasons import sqlite_reason
from trainer.sqlite_uri import sqlite_uri

RD_CRS_NAMES = ("EPSG:28992", "28992")


class TileArchive(Protocol):
    grid_name: str | None  # 'rd' or 'webmercator' when the archive says, else None
    attribution: str

    def read(self, key: TileKey) -> bytes | None: ...


def _grid_from_crs(crs: object) -> str | None:
    if not isinstance(crs, str) or not crs.strip():
        return None
    return "rd" if crs.strip().upper() in RD_CRS_NAMES else "webmercator"


class MbtilesArchive:
    """An MBTiles file, read-only, one SQLite connection per reading thread."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        try:
            connection = self._connection()
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
            if "tiles" not in tables:
                raise BasemapError(message("basemap.not_mbtiles", path=str(path)))
            metadata: dict[str, str] = {}
            if "metadata" in tables:
                rows = connection.execute("SELECT name, value FROM metadata").fetchall()
                metadata = {str(n): str(v) for n, v in rows}
        except sqlite3.Error as error:
            reason = str(sqlite_reason(error))
            said = message("basemap.bad_mbtiles", path=str(path), error=reason)
            raise BasemapError(said) from None
        if metadata.get("format", "png").lower() == "pbf":
            raise BasemapError(message("basemap.vector_mbtiles", path=str(path)))
        self.grid_name = _grid_from_crs(metadata.get("crs"))
        self.attribution = metadata.get("attribution", "")

    def _connection(self) -> sqlite3.Connection:
        connection: sqlite3.Connection | None = getattr(self._local, "connection", None)
        if connection is None:
            uri = sqlite_uri(self.path.resolve(), "mode=ro")
            connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
            self._local.connection = connection
        return connection

    def read(self, key: TileKey) -> bytes | None:
        row_from_bottom = 2**key.z - 1 - key.y
        try:
            row = (
                self._connection()
                .execute(
                    "SELECT tile_data FROM tiles "
                    "WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?",
                    (key.z, key.x, row_from_bottom),
                )
                .fetchone()
            )
        except sqlite3.Error:
            return None
        return bytes(row[0]) if row is not None and row[0] is not None else None


class PmtilesArchive:
    """A PMTiles (version 3) file, memory-mapped, read with protomaps' own reader."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            with path.open("rb") as file:
                self._map = mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ)
            self._reader = PmtilesReader(self._get_bytes)
            header = self._reader.header()
            metadata = self._reader.metadata()
        except Exception as error:  # the reader parses untrusted bytes: any failure is "broken"
            name = type(error).__name__
            said = message("basemap.bad_pmtiles", path=str(path), kind=name, error=str(error))
            raise BasemapError(said) from None
        if header.get("tile_type") not in (TileType.PNG, TileType.JPEG, TileType.WEBP):
            kind = str(header.get("tile_type"))
            raise BasemapError(message("basemap.wrong_pmtiles", path=str(path), kind=kind))
        self._gzip = header.get("tile_compression") == Compression.GZIP
        metadata = metadata if isinstance(metadata, dict) else {}
        self.grid_name = _grid_from_crs(metadata.get("crs"))
        attribution = metadata.get("attribution", "")
        self.attribution = attribution if isinstance(attribution, str) else ""

    def _get_bytes(self, offset: int, length: int) -> bytes:
        return self._map[offset : offset + length]

    def read(self, key: TileKey) -> bytes | None:
        try:
            data = self._reader.get(key.z, key.x, key.y)
            if data is None:
                return None
            return gzip.decompress(data) if self._gzip else bytes(data)
        except Exception:  # a damaged directory or tile: no tile, the map goes on
            return None


def open_archive(kind: str, path: Path) -> TileArchive:
    if kind == "mbtiles":
        return MbtilesArchive(path)
    return PmtilesArchive(path)
