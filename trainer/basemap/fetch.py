"""Fetch one tile over HTTP with bounded time and size, and check it is an image."""

from __future__ import annotations

import time

from trainer.basemap.errors import TileFetchError
from trainer.i18n import current, message

USER_AGENT = "TwenteDroneSafetyTrainer/0.1 (classroom training; tiles cached on disk)"
TIMEOUT_S = 8.0  # the whole request; a beamer waits for no slow server
MAX_TILE_BYTES = 2_000_000  # a 256 px tile is tens of kB; anything this big is not a tile
CHUNK = 64 * 1024


def image_kind(data: bytes) -> str | None:
    """'png', 'jpeg' or 'webp' when the bytes start like one (and are not cut short)."""
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png" if b"IEND" in data[-12:] else None
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg" if data.rstrip(b"\x00").endswith(b"\xff\xd9") else None
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp"
    return None


def fetch_tile(url: str, timeout_s: float = TIMEOUT_S, max_bytes: int = MAX_TILE_BYTES) -> bytes:
    """The tile's bytes; TileFetchError (transient or not) for anything else."""
    import urllib.error  # here, not at start-up: most classes never fetch a tile
    import urllib.request

    deadline = time.monotonic() + timeout_s
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout_s) as response:
            declared = response.headers.get("Content-Length")
            if declared is not None and declared.isdigit() and int(declared) > max_bytes:
                too_big = message("basemap.too_big", size=declared)
                raise TileFetchError(url, too_big, transient=False)
            data = bytearray()
            while True:
                if time.monotonic() > deadline:
                    too_slow = message("basemap.too_slow", limit=f"{timeout_s:g}")
                    raise TileFetchError(url, too_slow, transient=True)
                chunk = response.read(CHUNK)
                if not chunk:
                    break
                data += chunk
                if len(data) > max_bytes:
                    too_big = message("basemap.too_big_over", limit=max_bytes)
                    raise TileFetchError(url, too_big, transient=False)
    except urllib.error.HTTPError as error:
        # 404 and kin will not change by asking again; 5xx and 429 (too many requests) may.
        transient = error.code >= 500 or error.code in (408, 429)
        said = message("basemap.http", code=error.code)
        raise TileFetchError(url, said, transient=transient) from None
    except (urllib.error.URLError, TimeoutError, ConnectionError, OSError) as error:
        reason = getattr(error, "reason", error)
        said = message("basemap.unreachable", reason=_connection_words(reason))
        raise TileFetchError(url, said, transient=True, unreachable=True) from None
    if image_kind(bytes(data)) is None:
        raise TileFetchError(url, message("basemap.not_image"), transient=False)
    return bytes(data)


def _connection_words(reason: object) -> str:
    """What kept the server away, in the language in use; English keeps the system's words
    (as in 'not reachable ([Errno 111] Connection refused)'), Dutch says the common causes."""
    import errno
    import socket

    if current() == "en":
        return str(reason)
    key = None
    if isinstance(reason, socket.gaierror):
        lookup_failed = reason.errno == getattr(socket, "EAI_AGAIN", None)
        key = "basemap.net.name_lookup" if lookup_failed else "basemap.net.no_host"
    elif isinstance(reason, TimeoutError):
        key = "basemap.net.timeout"
    elif isinstance(reason, OSError):
        key = _CONNECTION_ERRNOS.get(errno.errorcode.get(reason.errno or 0, ""))
    return message(key) if key else str(reason)


_CONNECTION_ERRNOS = {
    "ECONNREFUSED": "basemap.net.refused",
    "ECONNRESET": "basemap.net.reset",
    "ETIMEDOUT": "basemap.net.timeout",
    "ENETUNREACH": "basemap.net.network_unreachable",
    "EHOSTUNREACH": "basemap.net.host_unreachable",
}
