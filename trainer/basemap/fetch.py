"""Fetch one tile over HTTP with bounded time and size, and check it is an image."""

from __future__ import annotations

import time

from trainer.basemap.errors import TileFetchError

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
                raise TileFetchError(url, f"too big ({declared} bytes)", transient=False)
            data = bytearray()
            while True:
                if time.monotonic() > deadline:
                    raise TileFetchError(url, f"slower than {timeout_s:g} s", transient=True)
                chunk = response.read(CHUNK)
                if not chunk:
                    break
                data += chunk
                if len(data) > max_bytes:
                    raise TileFetchError(url, f"too big (over {max_bytes} bytes)", transient=False)
    except urllib.error.HTTPError as error:
        # 404 and kin will not change by asking again; 5xx and 429 (too many requests) may.
        transient = error.code >= 500 or error.code in (408, 429)
        raise TileFetchError(url, f"HTTP {error.code}", transient=transient) from None
    except (urllib.error.URLError, TimeoutError, ConnectionError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise TileFetchError(
            url, f"not reachable ({reason})", transient=True, unreachable=True
        ) from None
    if image_kind(bytes(data)) is None:
        raise TileFetchError(url, "not a PNG, JPEG or WebP image", transient=False)
    return bytes(data)
