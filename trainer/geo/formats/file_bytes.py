"""An airspace file's bytes, read only when it is a regular file of a sensible size."""

from __future__ import annotations

from pathlib import Path

from trainer.errors import AssetError
from trainer.i18n import message as say
from trainer.i18n.os_words import os_reason

# Europe's airspace as OpenAir is about 20 MB, a country's ED-269 zones a few MB: a file far
# beyond that is no airspace file, and reading it whole would take the memory.
MAX_AIRSPACE_BYTES = 200_000_000


def read_airspace_bytes(path: Path) -> bytes:
    """The file's bytes; AssetError when it is missing, no regular file, or far too big."""
    try:
        if not path.is_file():
            # A folder, a device (/dev/zero) or a pipe: the last two would be read for ever.
            what = "airspace_file.folder" if path.is_dir() else "airspace_file.not_regular"
            if not path.exists():
                raise FileNotFoundError(2, "No such file or directory")
            raise AssetError(path, "", say(what))
        size = path.stat().st_size
        if size > MAX_AIRSPACE_BYTES:
            raise AssetError(
                path,
                "",
                say(
                    "airspace_file.too_big",
                    size=f"{size / 1e6:,.0f}",
                    limit=MAX_AIRSPACE_BYTES // 1_000_000,
                ),
            )
        return path.read_bytes()
    except OSError as exc:
        raise AssetError(path, "", say("airspace_file.cannot_read", why=os_reason(exc))) from exc
