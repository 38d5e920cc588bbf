"""Which reader a flight log needs: by the format named, else by the file's extension."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from trainer.flightlogs.ardupilot import read_dataflash, read_tlog
from trainer.flightlogs.flight_log import FlightLog, FlightLogError
from trainer.flightlogs.text_tracks import read_csv, read_gpx
from trainer.flightlogs.ulog import read_ulog
from trainer.i18n import message

READERS: dict[str, Callable[[str | Path], FlightLog]] = {
    "ulog": read_ulog,
    "dataflash": read_dataflash,
    "tlog": read_tlog,
    "csv": read_csv,
    "gpx": read_gpx,
}
EXTENSIONS = {".ulg": "ulog", ".bin": "dataflash", ".tlog": "tlog", ".csv": "csv", ".gpx": "gpx"}


def format_of(path: str | Path) -> str:
    """The format a file's extension names; FlightLogError listing the known ones otherwise."""
    suffix = Path(path).suffix.lower()
    if suffix not in EXTENSIONS:
        known = ", ".join(f"{ext} ({name})" for ext, name in EXTENSIONS.items())
        raise FlightLogError(
            path, "", message("log.unknown_extension", suffix=repr(suffix or "(none)"), known=known)
        )
    return EXTENSIONS[suffix]


def read_flight_log(path: str | Path, log_format: str | None = None) -> FlightLog:
    """Read any supported flight log; `log_format` overrides the extension's choice."""
    name = log_format or format_of(path)
    if name not in READERS:
        known = ", ".join(READERS)
        raise FlightLogError(path, "", message("log.unknown_format", name=repr(name), known=known))
    return READERS[name](path)
