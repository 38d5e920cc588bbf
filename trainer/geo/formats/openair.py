"""Reads OpenAir airspace text (WinPilot 1998 format) into zones of the kinds the trainer uses.

One broken airspace (an unreadable record, limits that cannot be read) is left out with a warning
naming the file, the line and the airspace; the rest of the file is still read. An outline that
crosses itself is read as the area it encloses, the zone kept with such a warning.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import NoReturn

import numpy as np
from pyproj import Geod
from shapely.geometry import MultiPolygon, Polygon

from trainer.errors import AssetError, Problem
from trainer.geo.crs import Projector
from trainer.geo.formats.file_bytes import read_airspace_bytes
from trainer.geo.formats.read_result import Repaired, Skipped, ZonesRead, bounds_of
from trainer.geo.formats.validity import explain_invalid, repair_outline
from trainer.geo.formats.zone_ids import slug, unique_id
from trainer.geo.zones import GROUND_ELEVATION_M, DailySchedule, VerticalLimit, Zone, ZoneKind
from trainer.i18n import message as say
from trainer.text_bytes import is_utf16

NM = 1852.0  # OpenAir radii are nautical miles
MIN_RADIUS_M = 1.0  # the ring drops points closer than this, so a smaller arc would vanish
MAX_RADIUS_NM = 10_000.0  # about half way round the earth; a larger radius wraps back
ARC_STEP_DEG = 2.0  # at 10 NM the chord then strays at most about 3 m from the true arc
DAYS = ("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")
# Arcs are built on the ellipsoid: DA angles are true bearings, and RD grid north is about a degree
# off true north in the east of the country.
_GEOD = Geod(ellps="WGS84")
_COORD = re.compile(r"(\d{1,3}):(\d{1,2}(?:\.\d+)?)(?::(\d{1,2}(?:\.\d+)?))?\s*([NSEW])", re.I)
_WINDOW = re.compile(r"(MON|TUE|WED|THU|FRI|SAT|SUN)\.(\d\d:\d\d)([LZ])-(\d\d:\d\d)([LZ])")
LonLat = tuple[float, float]


@dataclass
class _Block:
    """One airspace as read so far: from its AC record to the next."""

    line: int
    ac: str
    name: str = ""
    limits: dict[str, tuple[str, int]] = field(default_factory=dict)  # "AL"/"AH" -> (text, line)
    frequency_mhz: float | None = None
    windows: list[tuple[str, str, str]] = field(default_factory=list)  # day, start, end (local)
    utc_windows: bool = False
    points: list[LonLat] = field(default_factory=list)
    centre: LonLat | None = None  # V X= holds across airspaces until the next V X= (see _Parser)
    clockwise: bool = True  # V D=+ is the default and is reset by every AC
    error: tuple[int, str] | None = None  # the first thing wrong (line, what): the block is skipped


class _BadAirspace(Exception):
    """Something wrong inside one airspace; that airspace is skipped, the file read on."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


def openair_limit(text: str) -> str:
    """An OpenAir limit ("2200 MSL", "FL 65", "1500 AGL", "SFC") in the form VerticalLimit reads."""
    cleaned = " ".join(re.sub(r"\(.*?\)", " ", text).upper().split())  # drop remarks "(Mon-Fri)"
    if cleaned in ("GND", "SFC", "0", "0 AGL", "0 FT AGL", "0 GND", "0 SFC"):
        return "GND"
    if cleaned in ("UNL", "UNLIM", "UNLTD", "UNLIMITED"):  # UNLTD: as XCSoar reads it
        return "UNL"
    level = re.fullmatch(r"FL\s*(\d{1,3})", cleaned)
    if level:
        return f"FL{int(level.group(1))}"
    match = re.fullmatch(
        r"(\d+(?:\.\d+)?)\s*(FT|F|M)?\s*(AMSL|MSL|ALT|AGL|AGND|GND|SFC|ASFC)?", cleaned
    )
    if not match:
        raise ValueError(say("openair.limit", text=repr(text)))
    unit = "m" if match.group(2) == "M" else "ft"  # OpenAir altitudes are feet unless marked
    above_ground = match.group(3) in ("AGL", "AGND", "GND", "SFC", "ASFC")
    # A bare number is an altitude above mean sea level in OpenAir files.
    return f"{match.group(1)} {unit} {'AGL' if above_ground else 'AMSL'}"


def zone_kind(ac: str, name: str) -> ZoneKind | None:
    """The trainer's kind for an OpenAir class and name; None for airspace the trainer ignores."""
    ac, name = ac.upper(), name.upper()
    if name.startswith("ATZ"):  # the Dutch file files ATZs under AC Q
        return ZoneKind.ATZ
    if ac == "RMZ":
        return ZoneKind.RMZ
    if ac == "TMZ":
        return ZoneKind.TMZ
    if ac == "CTR" or (ac in ("C", "D") and re.search(r"\bCTR\b", name)):
        return ZoneKind.CTR
    if ac == "P":  # a prohibited area bars every aircraft, drones included
        return ZoneKind.PROHIBITED
    if ac == "R":  # the Dutch file also files TSAs and TRAs as R
        return ZoneKind.RESTRICTED
    if ac == "Q":  # OpenAir's danger class; the Dutch file puts parachute jumping areas here
        return ZoneKind.DANGER
    if ac in ("A", "B", "C", "D", "E") and not name.startswith("FIR"):
        return ZoneKind.CONTROLLED  # a FIR is all of the country: no zone to watch
    return None  # gliding sectors (GP, W), FIRs, class F/G: nothing a drone trainer watches


def read_openair(
    path: Path, projector: Projector, ground_elevation_m: float = GROUND_ELEVATION_M
) -> ZonesRead:
    """The zones of an OpenAir file the trainer has a kind for, in RD New metres; heights above
    ground taken to be at `ground_elevation_m` AMSL."""
    raw = read_airspace_bytes(path)
    if is_utf16(raw):  # read as Latin-1 it would be letters between NULs: no airspace at all
        raise AssetError(path, "", say("encoding.utf16"))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")  # many OpenAir files, the Dutch one included, are ISO-8859-1
    return parse_openair(text, projector, path, ground_elevation_m)


def parse_openair(
    text: str,
    projector: Projector,
    path: str | Path = "<openair>",
    ground_elevation_m: float = GROUND_ELEVATION_M,
) -> ZonesRead:
    """The zones in OpenAir text; `path` names the source in warnings and in each zone's source.

    AssetError only when the text holds no airspace at all (no AC record)."""
    parser = _Parser(Path(path), projector, ground_elevation_m)
    for number, line in enumerate(text.splitlines(), start=1):  # CRLF and CR end lines too
        parser.feed(number, line.strip())
    parser.finish()
    if not parser.blocks:
        raise AssetError(path, "", say("airspace_file.no_openair"))
    return ZonesRead(
        tuple(parser.zones), tuple(parser.skipped), parser.ignored, tuple(parser.repaired)
    )


class _Parser:
    def __init__(self, path: Path, projector: Projector, ground_elevation_m: float) -> None:
        self.path = path
        self.projector = projector
        self.ground_elevation_m = ground_elevation_m
        self.block: _Block | None = None
        self.zones: list[Zone] = []
        self.skipped: list[Skipped] = []
        self.repaired: list[Repaired] = []
        self.ignored: Counter[str] = Counter()
        self.blocks = 0
        self.centre: LonLat | None = None  # the last V X=
        self.ids: set[str] = set()
        self.line = 0

    def fail(self, message: str, line: int | None = None) -> NoReturn:
        raise _BadAirspace(self.line if line is None else line, message)

    def where(self, block: _Block) -> str:
        return say("openair.where", name=repr(block.name)) if block.name else say("openair.no_an")

    def warn(self, line: int, block: _Block, message: str) -> None:
        skipped = say("openair.skipped", what=message)
        problem = Problem(str(self.path), self.where(block), skipped, line)
        # Where it lies is known only when its outline was read to the end (then it was the
        # shape or the limits that failed); a record that failed half way leaves it anywhere.
        read_whole = block.error is None
        self.skipped.append(Skipped(problem, bounds_of(block.points) if read_whole else None))

    def feed(self, number: int, line: str) -> None:
        self.line = number
        if not line or line.startswith("*"):
            return
        # A tab may stand where the space does ("AN<tab>Name"): split at any whitespace.
        record, _, rest = line.replace("\t", " ").partition(" ")
        record, rest = record.upper(), rest.strip()
        if record == "AC":
            self.finish()
            self.blocks += 1
            # The centre carries over: the format's own sample (WinPilot 1998, BEALE AFB) draws
            # three parts around one V X= given once. V D= is reset by every AC, as it says.
            self.block = _Block(number, rest.upper(), centre=self.centre)
            if not rest:
                self.block.error = (number, say("openair.ac_class"))
            return
        if record not in ("AN", "AL", "AH", "AF", "AW", "V", "DP", "DA", "DB", "DC"):
            return  # AT labels, AP/AX/AG extras, terrain records: nothing the trainer uses
        block = self.block
        if block is None:
            message = say("openair.before_ac", record=record)
            self.skipped.append(Skipped(Problem(str(self.path), "", message, number)))
            return
        if record == "AN":
            block.name = rest
        elif block.error is None:  # after the first fault, only the name is still of use
            try:
                self._record(block, record, rest)
            except _BadAirspace as bad:
                block.error = (bad.line, bad.message)

    def _record(self, block: _Block, record: str, rest: str) -> None:
        if record in ("AL", "AH"):
            block.limits[record] = (rest, self.line)
        elif record == "AF":
            # Some files append the station name ("AF 132.350 Dutch Mil"); keep the number.
            match = re.match(r"\d{2,3}\.\d{1,3}\b", rest)
            if not match:
                self.fail(say("openair.af", got=repr(rest)))
            block.frequency_mhz = float(match.group())
        elif record == "AW":
            self._window(block, rest)
        elif record == "V":
            self._variable(block, rest)
        elif record == "DP":
            block.points.append(self._coords(rest, 1)[0])
        else:
            self._arc(block, record, rest)

    def _window(self, block: _Block, rest: str) -> None:
        match = _WINDOW.fullmatch(rest.upper())
        if not match:
            self.fail(say("openair.aw", got=repr(rest)))
        day, start, start_ref, end, end_ref = match.groups()
        block.utc_windows |= "Z" in (start_ref, end_ref)
        block.windows.append((day, start, end))

    def _variable(self, block: _Block, rest: str) -> None:
        name, _, value = rest.partition("=")
        name, value = name.strip().upper(), value.strip()
        if name == "X":
            block.centre = self.centre = self._coords(value, 1)[0]
        elif name == "D":
            if value not in ("+", "-"):
                self.fail(say("openair.vd", got=repr(value)))
            block.clockwise = value == "+"
        # W (airway width) and Z (zoom) do not matter here.

    def _coords(self, text: str, count: int) -> list[LonLat]:
        found = _COORD.findall(text)
        if len(found) < 2 * count:
            self.fail(say("openair.coordinates", count=count, got=repr(text)))
        result = []
        for (lat_d, lat_m, lat_s, ns), (lon_d, lon_m, lon_s, ew) in zip(
            found[0 : 2 * count : 2], found[1 : 2 * count : 2], strict=True
        ):
            if ns.upper() not in "NS" or ew.upper() not in "EW":
                self.fail(say("openair.lat_lon", got=repr(text)))
            lat = self._angle(lat_d, lat_m, lat_s, 90) * (1 if ns.upper() == "N" else -1)
            lon = self._angle(lon_d, lon_m, lon_s, 180) * (1 if ew.upper() == "E" else -1)
            result.append((lon, lat))
        return result

    def _angle(self, degrees: str, minutes: str, seconds: str, limit: float) -> float:
        d, m, s = float(degrees), float(minutes), float(seconds or 0)
        value = d + m / 60 + s / 3600
        if m >= 60 or s >= 60 or value > limit:
            self.fail(say("openair.bad_angle", angle=f"{degrees}:{minutes}:{seconds or '00'}"))
        return value

    def _arc(self, block: _Block, record: str, rest: str) -> None:
        if block.centre is None:
            self.fail(say("openair.needs_centre", record=record))
        lon0, lat0 = block.centre
        if record == "DB":
            (lon1, lat1), (lon2, lat2) = self._coords(rest, 2)
            az1, _, d1 = _GEOD.inv(lon0, lat0, lon1, lat1)
            az2, _, d2 = _GEOD.inv(lon0, lat0, lon2, lat2)
            if min(d1, d2) < MIN_RADIUS_M:  # no bearing from a centre to itself: no arc
                self.fail(say("openair.db_ends", got=repr(rest)))
            block.points += _arc_points(block.centre, az1, az2, d1, d2, block.clockwise)
            return
        try:
            numbers = [float(v) for v in rest.split(",")]
        except ValueError:
            self.fail(say("openair.numbers", record=record, got=repr(rest)))
        if not all(math.isfinite(number) for number in numbers):
            # float() reads "inf" and "nan"; an arc through them has no points to draw.
            self.fail(say("openair.finite", record=record, got=repr(rest)))
        if record == "DC" and len(numbers) == 1 and _radius_ok(numbers[0]):
            radius = numbers[0] * NM
            steps = np.arange(0.0, 360.0, ARC_STEP_DEG)
            lons, lats, _ = _GEOD.fwd(
                np.full(steps.size, lon0),
                np.full(steps.size, lat0),
                steps,
                np.full(steps.size, radius),
            )
            block.points += list(
                zip(np.asarray(lons).tolist(), np.asarray(lats).tolist(), strict=True)
            )
        elif record == "DA" and len(numbers) == 3 and _radius_ok(numbers[0]):
            # Bearings of any size are turns; taken modulo 360 they stay precise along the arc.
            radius, start, end = numbers[0] * NM, numbers[1] % 360.0, numbers[2] % 360.0
            block.points += _arc_points(block.centre, start, end, radius, radius, block.clockwise)
        else:
            usage = "DC <radius NM>" if record == "DC" else "DA <radius NM>,<start deg>,<end deg>"
            self.fail(
                say(
                    "openair.arc",
                    record=record,
                    usage=usage,
                    nm=f"{MAX_RADIUS_NM:g}",
                    got=repr(rest),
                )
            )

    def finish(self) -> None:
        """Turn the block read so far into a zone, when it is of a kind the trainer uses."""
        block, self.block = self.block, None
        if block is None:
            return
        kind = zone_kind(block.ac, block.name)
        if block.error is None and kind is None:
            self.ignored[block.ac] += 1
            return
        try:
            if block.error is not None:
                raise _BadAirspace(*block.error)
            assert kind is not None
            self.zones.append(self._zone(block, kind))
        except _BadAirspace as bad:
            self.warn(bad.line, block, bad.message)

    def _zone(self, block: _Block, kind: ZoneKind) -> Zone:
        if not block.name:
            self.fail(say("openair.no_name"), block.line)
        limits = []
        for record in ("AL", "AH"):
            if record not in block.limits:
                self.fail(say("openair.no_record", record=record), block.line)
            text, line = block.limits[record]
            try:
                limits.append(VerticalLimit.parse(openair_limit(text), self.ground_elevation_m))
            except ValueError as exc:
                self.fail(f"{record}: {exc}", line)
        lower, upper = limits
        if lower.height_agl_m >= upper.height_agl_m:  # it could hold no aircraft at all
            ah_line = block.limits["AH"][1]
            self.fail(say("openair.not_below", lower=lower.text, upper=upper.text), ah_line)
        if len(set(block.points)) < 3:
            self.fail(say("openair.few_points"), block.line)
        lons, lats = zip(*block.points, strict=True)
        xs, ys = self.projector.to_rd(np.array(lats), np.array(lons))
        ring = _without_repeats(np.asarray(xs).tolist(), np.asarray(ys).tolist())
        if len(ring) < 3:
            self.fail(say("openair.few_points_apart"), block.line)
        polygon: Polygon | MultiPolygon = Polygon(ring)
        repair = None
        if not polygon.is_valid:
            repair = repair_outline(polygon, self.projector)
            if repair is None:  # nothing with area in it: no zone to watch
                reason = explain_invalid(polygon, self.projector)
                self.fail(say("openair.invalid_polygon", reason=reason), block.line)
            polygon = repair.shape
        zone_id = self._unique_id(block.name)
        if repair is not None:
            problem = Problem(str(self.path), self.where(block), repair.what, block.line)
            self.repaired.append(Repaired(zone_id, problem))
        return Zone(
            id=zone_id,
            name=block.name,
            kind=kind,
            lower=limits[0],
            upper=limits[1],
            polygon=polygon,
            source=f"OpenAir file {self.path.name}, line {block.line}",
            official=True,
            schedule=_schedule(block),
            frequency_mhz=block.frequency_mhz,
        )

    def _unique_id(self, name: str) -> str:
        return unique_id(slug(name, limit=200), self.ids)


def _radius_ok(radius_nm: float) -> bool:
    return radius_nm * NM >= MIN_RADIUS_M and radius_nm <= MAX_RADIUS_NM


def _arc_points(
    centre: LonLat, az1: float, az2: float, d1: float, d2: float, clockwise: bool
) -> list[LonLat]:
    """Points from bearing az1 to az2 around `centre`; the radius moves from d1 to d2 so that the
    arc meets both published end points even when they are not quite equidistant."""
    sweep = (az2 - az1) % 360.0 if clockwise else -((az1 - az2) % 360.0)
    if math.isclose(sweep, 0.0, abs_tol=1e-9):
        sweep = 360.0 if clockwise else -360.0
    count = max(1, math.ceil(abs(sweep) / ARC_STEP_DEG))
    fraction = np.linspace(0.0, 1.0, count + 1)
    lons, lats, _ = _GEOD.fwd(
        np.full(fraction.size, centre[0]),
        np.full(fraction.size, centre[1]),
        az1 + sweep * fraction,
        d1 + (d2 - d1) * fraction,
    )
    return list(zip(np.asarray(lons).tolist(), np.asarray(lats).tolist(), strict=True))


def _without_repeats(xs: list[float], ys: list[float]) -> list[tuple[float, float]]:
    """The ring without points closer than 1 m to the one before: arcs computed on the ellipsoid
    end a hair away from the published point that follows them, and GEOS reads such a pair as a
    self-intersection."""
    ring: list[tuple[float, float]] = []
    for x, y in zip(xs, ys, strict=True):
        if not ring or math.hypot(x - ring[-1][0], y - ring[-1][1]) >= 1.0:
            ring.append((x, y))
    if len(ring) > 1 and math.hypot(ring[-1][0] - ring[0][0], ring[-1][1] - ring[0][1]) < 1.0:
        ring.pop()  # files often repeat the first point at the end; Polygon closes the ring itself
    return ring


def _schedule(block: _Block) -> DailySchedule | None:
    """A DailySchedule when all seven days share one local window; otherwise None.

    None makes the zone count as always active: the cautious reading for a drone trainer, since
    weekly patterns and UTC windows cannot be expressed by the zone model.
    """
    if block.utc_windows or len(block.windows) != 7:
        return None
    if sorted(day for day, _, _ in block.windows) != sorted(DAYS):
        return None
    spans = {(start, end) for _, start, end in block.windows}
    if len(spans) != 1:
        return None
    start, end = spans.pop()
    return DailySchedule.parse(f"{start}-{end}")
