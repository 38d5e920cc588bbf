"""A tile server on 127.0.0.1 for tests: generated PNG tiles, and slow, failing, garbage ones.

Paths: /<mode>/<z>/<x>/<y>.png with mode ok, slow (waits `slow_s` first), error (HTTP 500),
missing (404), garbage (bytes that are no image), lookalike (a PNG's first and last bytes
around no image), huge (a valid start, then megabytes, with
no length said), big (the same, its length said),
flaky (500 on the first request of each tile, then the tile).
"""

from __future__ import annotations

import contextlib
import struct
import threading
import time
import zlib
from collections import Counter
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from trainer.basemap.grid import TileKey


def png_bytes(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A plain-colour PNG made by hand (no Qt, no Pillow): signature, IHDR, IDAT, IEND."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    row = b"\x00" + bytes(rgb) * width  # filter byte 0, then the pixels
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(row * height))
        + chunk(b"IEND", b"")
    )


def coloured_tile_rgb(key: TileKey) -> tuple[int, int, int]:
    """The colour of a generated tile: a checkerboard, a little different per level."""
    shade = 90 if (key.x + key.y) % 2 else 140
    return shade, shade + 20 + 5 * (key.z % 8), shade + 40


def coloured_tile(z: int, x: int, y: int) -> bytes:
    """A 256 px tile of one colour that tells its position."""
    return png_bytes(256, 256, coloured_tile_rgb(TileKey(z, x, y)))


class TileServer:
    """Start with `with TileServer() as server:`; `server.url(mode)` is a tile URL template."""

    def __init__(
        self,
        make_tile: Callable[[int, int, int], bytes] = coloured_tile,
        slow_s: float = 1.0,
        port: int = 0,
    ) -> None:
        self.make_tile = make_tile
        self.slow_s = slow_s
        self.requests: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._port = port
        self._server: ThreadingHTTPServer | None = None

    def url(self, mode: str = "ok") -> str:
        return f"http://127.0.0.1:{self.port}/{mode}/{{z}}/{{x}}/{{y}}.png"

    @property
    def port(self) -> int:
        assert self._server is not None or self._port
        return self._server.server_address[1] if self._server else self._port

    def count(self, mode: str) -> int:
        with self._lock:
            return sum(n for path, n in self.requests.items() if path.startswith(f"/{mode}/"))

    def start(self) -> TileServer:
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                with owner._lock:
                    owner.requests[self.path] += 1
                    seen = owner.requests[self.path]
                parts = self.path.strip("/").removesuffix(".png").split("/")
                try:
                    mode, z, x, y = parts[0], int(parts[1]), int(parts[2]), int(parts[3])
                except (IndexError, ValueError):
                    self.send_error(400)
                    return
                if mode == "slow":
                    time.sleep(owner.slow_s)
                if mode == "error" or (mode == "flaky" and seen == 1):
                    self.send_error(500)
                    return
                if mode == "missing":
                    self.send_error(404)
                    return
                if mode == "garbage":
                    body = b"<html>this is no tile</html>" * 10
                elif mode == "lookalike":  # starts and ends like a PNG, decodes as none
                    body = b"\x89PNG\r\n\x1a\n" + b"no pixels here" * 20 + b"IEND\xaeB`\x82"
                elif mode in ("huge", "big"):
                    body = b"\x89PNG\r\n\x1a\n" + b"\x00" * 5_000_000
                else:
                    body = owner.make_tile(z, x, y)
                self.send_response(200)
                self.send_header("Content-Type", "image/png")
                if mode != "huge":  # a server that does not say how much is coming
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(body)

        self._server = ThreadingHTTPServer(("127.0.0.1", self._port), Handler)
        self._server.daemon_threads = True
        self._port = self._server.server_address[1]
        threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        ).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> TileServer:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()
