"""Which reader a flight log needs: by the format named, else by the file's extension."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from trainer.flightlogs.flight_log import FlightLog, FlightLogError
from trainer.i18n import message

# Each reader loads with its first log (pyulog, the XML parser for GPX): loading a scenario,
# which reaches this module, should not wait for readers of logs it does not fly.


def _read_ulog(path: str | Path) -> FlightLog:
    from trainer.flightlogs.ulog import read_ulog

    return read_ulog(path)


def _read_dataflash(path: str | Path) -> FlightLog:
    from trainer.flightlogs.ardupilot import read_dataflash

    return read_dataflash(path)


def _read_tlog(path: str | Path) -> FlightLog:
    from trainer.flightlogs.ardupilot import read_tlog

    return read_tlog(path)


def _read_csv(path: str | Path) -> FlightLog:
    from trainer.flightlogs.text_tracks import read_csv

    return read_csv(path)


def _read_gpx(path: str | Path) -> FlightLog:
    from trainer.flightlogs.text_tracks import read_gpx

    return read_gpx(path)


READERS: dict[str, Callable[[str | Path], FlightLog]] = {
    "ulog": _read_ulog,
    "dataflash": _read_dataflash,
    "tlog": _read_tlog,
    "csv": _read_csv,
    "gpx": _read_gpx,
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
