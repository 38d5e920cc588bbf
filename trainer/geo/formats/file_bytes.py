"""An airspace file's bytes, read only when it is a regular file of a sensible size."""

from __future__ import annotations

from pathlib import Path

from trainer.errors import AssetError

# Europe's airspace as OpenAir is about 20 MB, a country's ED-269 zones a few MB: a file far
# beyond that is no airspace file, and reading it whole would take the memory.
MAX_AIRSPACE_BYTES = 200_000_000


def read_airspace_bytes(path: Path) -> bytes:
    """The file's bytes; AssetError when it is missing, no regular file, or far too big."""
    try:
        if not path.is_file():
            # A folder, a device (/dev/zero) or a pipe: the last two would be read for ever.
            what = "a folder" if path.is_dir() else "not a regular file"
            if not path.exists():
                raise FileNotFoundError(2, "No such file or directory")
            raise AssetError(path, "", f"{what}, not an airspace file")
        size = path.stat().st_size
        if size > MAX_AIRSPACE_BYTES:
            raise AssetError(
                path,
                "",
                f"the file is {size / 1e6:,.0f} MB; airspace files are limited to "
                f"{MAX_AIRSPACE_BYTES // 1_000_000} MB",
            )
        return path.read_bytes()
    except OSError as exc:
        raise AssetError(path, "", f"cannot read the file: {exc.strerror or exc}") from exc
