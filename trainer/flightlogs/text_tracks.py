"""Tracks as text: CSV (time, lat, lon, height) and GPX (track points with time and elevation).

GPX is XML, parsed with defusedxml so that a hostile file (entity expansion, external
entities) is refused instead of eating memory or reading other files.
"""

from __future__ import annotations

import csv
import io
import math
from datetime import datetime
from pathlib import Path
from xml.etree.ElementTree import Element
from xml.parsers.expat import errors as expat_errors

import defusedxml.ElementTree as SafeElementTree
from defusedxml import DefusedXmlException

from trainer.flightlogs.flight_log import FlightLog, FlightLogError, check_size, checked_flight
from trainer.i18n import message
from trainer.text_bytes import not_utf8

MAX_TEXT_BYTES = 100_000_000  # a day of 10 Hz fixes as CSV is about 50 MB

# Column names accepted in a CSV header (case-insensitive), by meaning.
CSV_COLUMNS = {
    "time": ("time", "time_s", "timestamp", "t"),
    "lat": ("lat", "latitude"),
    "lon": ("lon", "lng", "long", "longitude"),
    "height": ("height", "height_m", "alt", "alt_m", "altitude", "height_agl_m", "alt_agl_m"),
}


def read_csv(path: str | Path) -> FlightLog:
    """A CSV file with a header naming time, lat, lon and height columns (any order, more
    columns allowed). Time is seconds (any origin) or ISO 8601 date-times; height is metres
    above the take-off point. ',' or ';' separates fields; lines starting with '#' are notes."""
    path = Path(path)
    text = _read_text(path)
    lines = [(n, line) for n, line in enumerate(text.splitlines(), start=1)]
    lines = [(n, line) for n, line in lines if line.strip() and not line.lstrip().startswith("#")]
    if not lines:
        raise FlightLogError(path, "", message("log.no_header"))
    header_line, header = lines[0]
    delimiter = ";" if header.count(";") > header.count(",") else ","
    names = [name.strip().lower() for name in _fields(path, header_line, header, delimiter)]
    columns = _csv_columns(path, header_line, names)
    # With ';' between fields a ',' in a number is a decimal comma (Excel in Dutch writes so).
    decimal_comma = delimiter == ";"
    times: list[float] = []
    lats: list[float] = []
    lons: list[float] = []
    heights: list[float] = []
    where: list[str] = []
    first_time: datetime | None = None
    rows = lines[1:]
    for number, line in rows:
        place = message("log.where.line", number=number)
        row = _fields(path, number, line, delimiter)
        cut_short = number == rows[-1][0] and not text.endswith(("\n", "\r"))
        if len(row) < len(names) and cut_short and len(rows) > 1:
            break  # the logger stopped half way through its last line (a crash, a full card)
        if len(row) < len(names):
            raise FlightLogError(
                path, place, message("log.field_count", fields=len(row), columns=len(names))
            )
        cell = {key: row[index].strip() for key, index in columns.items()}
        if decimal_comma:
            cell = {key: _point_for_comma(text) for key, text in cell.items()}
        seconds, stamp = _csv_time(path, place, cell["time"], first_time)
        first_time = first_time or stamp
        times.append(seconds)
        lats.append(_number(path, place, "lat", cell["lat"]))
        lons.append(_number(path, place, "lon", cell["lon"]))
        heights.append(_number(path, place, "height", cell["height"]))
        where.append(place)
    return checked_flight(path, "csv", times, lats, lons, heights, where)


def _fields(path: Path, number: int, line: str, delimiter: str) -> list[str]:
    try:
        return next(csv.reader([line], delimiter=delimiter), [])
    except csv.Error:  # the only one a single line can give: a field over the size limit
        where = message("log.where.line", number=number)
        too_long = message("log.not_csv", limit=csv.field_size_limit())
        raise FlightLogError(path, where, too_long) from None


def _point_for_comma(text: str) -> str:
    """'52,29' as '52.29'; a date-time keeps its comma (ISO 8601 allows '10:00:01,5')."""
    plain_number = text.count(",") == 1 and ":" not in text and "." not in text
    return text.replace(",", ".") if plain_number else text  # '1.234,5' is shown as written


def _csv_columns(path: Path, line: int, names: list[str]) -> dict[str, int]:
    columns: dict[str, int] = {}
    for key, accepted in CSV_COLUMNS.items():
        found = [index for index, name in enumerate(names) if name in accepted]
        if len(found) > 1:
            raise FlightLogError(
                path,
                message("log.where.line", number=line),
                message("log.column_twice", column=key, names=", ".join(names[i] for i in found)),
            )
        if not found:
            raise FlightLogError(
                path,
                message("log.where.line", number=line),
                message(
                    "log.no_column",
                    column=key,
                    accepted=", ".join(accepted),
                    found=", ".join(names),
                ),
            )
        columns[key] = found[0]
    return columns


def _csv_time(
    path: Path, place: str, text: str, first: datetime | None
) -> tuple[float, datetime | None]:
    """Seconds of a CSV time cell: a number as it is, a date-time after the first row's."""
    try:
        return float(text), None
    except ValueError:
        pass
    stamp = _iso_time(path, place, text)
    if first is not None and (first.tzinfo is None) != (stamp.tzinfo is None):
        raise FlightLogError(path, place, message("log.mixed_time_zones"))
    origin = first or stamp
    return (stamp - origin).total_seconds(), stamp


def _iso_time(path: Path, place: str, text: str) -> datetime:
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise FlightLogError(path, place, message("log.bad_time", text=repr(text[:40]))) from None


def _number(path: Path, place: str, name: str, text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        shown = repr(text[:40])
        problem = message("log.not_number", name=name, text=shown)
        raise FlightLogError(path, place, problem) from None
    if not math.isfinite(value):
        shown = repr(text[:40])
        raise FlightLogError(path, place, message("log.not_finite", name=name, text=shown))
    return value


def _read_text(path: Path) -> str:
    size = check_size(path)
    if size > MAX_TEXT_BYTES:
        raise FlightLogError(
            path,
            "",
            message(
                "log.text_too_big", size=f"{size / 1e6:.0f}", limit=MAX_TEXT_BYTES // 1_000_000
            ),
        )
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        found = not_utf8(raw, error)
        where = "" if found.line is None else message("log.where.line", number=found.line)
        raise FlightLogError(path, where, found.words) from None


def read_gpx(path: str | Path) -> FlightLog:
    """Every track point (<trkpt>) of every track and segment, in file order. Heights are the
    points' <ele> above the first point's; every point needs a <time> and an <ele>."""
    path = Path(path)
    points = _track_points(path, _read_text(path))
    if not points:
        raise FlightLogError(path, "", message("log.no_track_points"))
    times: list[float] = []
    lats: list[float] = []
    lons: list[float] = []
    elevations: list[float] = []
    where: list[str] = []
    first: datetime | None = None
    for number, point in enumerate(points, start=1):
        place = message("log.where.track_point", number=number)
        lats.append(_number(path, place, "lat", point.get("lat", "")))
        lons.append(_number(path, place, "lon", point.get("lon", "")))
        elevations.append(_number(path, place, "ele", _child_text(path, place, point, "ele")))
        stamp = _iso_time(path, place, _child_text(path, place, point, "time"))
        if first is not None and (first.tzinfo is None) != (stamp.tzinfo is None):
            raise FlightLogError(path, place, message("log.mixed_time_zones"))
        first = first or stamp
        times.append((stamp - first).total_seconds())
        where.append(place)
    heights = [e - elevations[0] for e in elevations]
    return checked_flight(path, "gpx", times, lats, lons, heights, where)


# expat's errors that only the end of the text can cause: the file stops inside an element.
_ENDS_INSIDE = (
    expat_errors.codes[expat_errors.XML_ERROR_NO_ELEMENTS],
    expat_errors.codes[expat_errors.XML_ERROR_UNCLOSED_TOKEN],
    expat_errors.codes[expat_errors.XML_ERROR_PARTIAL_CHAR],
)


def _track_points(path: Path, text: str) -> list[Element]:
    """The complete <trkpt> elements of a GPX text, in file order. A file that stops half way
    (the phone's app was killed while writing) gives the points before the cut."""
    points: list[Element] = []
    root: Element | None = None
    try:
        events = SafeElementTree.iterparse(io.StringIO(text), events=("start", "end"))
        for event, element in events:
            if root is None:  # the first event starts the root element
                root = element
                if _local(root.tag) != "gpx":
                    raise FlightLogError(path, "", message("log.not_gpx", root=_local(root.tag)))
            if event == "end" and _local(element.tag) == "trkpt":
                points.append(element)
    except DefusedXmlException:
        raise FlightLogError(path, "", message("log.xml_entities")) from None
    except SafeElementTree.ParseError as error:
        if error.code in _ENDS_INSIDE and points:
            return points
        line, column = error.position
        where = message("log.where.line", number=line)
        raise FlightLogError(path, where, message("log.not_xml", column=column)) from None
    return points


def _local(tag: str) -> str:
    """An element's name without its namespace (GPX 1.0 and 1.1 use different ones)."""
    return tag.rsplit("}", 1)[-1]


def _child_text(path: Path, place: str, point: Element, name: str) -> str:
    for child in point:
        if _local(child.tag) == name:
            return (child.text or "").strip()
    raise FlightLogError(path, place, message("log.no_child", name=name))
