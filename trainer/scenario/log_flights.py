"""The recorded flights a scenario's drones fly: read, cut, moved and checked at load time."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError
from pyproj import Geod

from trainer.errors import TrainerError
from trainer.flightlogs.flight_log import FlightLogError
from trainer.flightlogs.formats import read_flight_log
from trainer.flightlogs.placement import PlacedTrack, Placement, PlacementError, place
from trainer.geo.airspace import AssetLibrary
from trainer.geo.crs import Projector
from trainer.i18n import message
from trainer.scenario.log_model import LogBehaviour
from trainer.scenario.model import Scenario
from trainer.scenario.referenced_files import referenced_path, windows_path_hint
from trainer.scenario.zone_shapes import MAX_DISTANCE_FROM_AERODROME_M, MAX_DISTANCE_KM

_GEOD = Geod(ellps="WGS84")

Loc = tuple[str | int, ...]


def log_path(behaviour: LogBehaviour, scenario_path: str | Path) -> Path:
    """The log file a behaviour names, relative to the scenario file's folder."""
    return referenced_path(behaviour.file, Path(scenario_path).parent)


def placement_of(behaviour: LogBehaviour) -> Placement:
    to = behaviour.shift.to if behaviour.shift else None
    return Placement(
        start_s=behaviour.start_s,
        to_lat=to.lat if to else None,
        to_lon=to.lon if to else None,
        rotate_deg=behaviour.rotate_deg,
    )


def read_log_flights(
    scenario: Scenario, scenario_path: str | Path, library: AssetLibrary
) -> tuple[dict[str, PlacedTrack], list[tuple[Loc, str]]]:
    """Each log-flying drone's placed track, by drone id, and the problems found on the way
    (with the scenario field they concern; the message names the log file and its record)."""
    flights: dict[str, PlacedTrack] = {}
    problems: list[tuple[Loc, str]] = []
    aerodrome_xy = _aerodrome_xy(scenario, library)
    for index, drone in enumerate(scenario.drones):
        behaviour = drone.behaviour
        if not isinstance(behaviour, LogBehaviour):
            continue
        base: Loc = ("drones", index, "behaviour")
        path = log_path(behaviour, scenario_path)
        try:
            flight = read_flight_log(path, behaviour.format)
        except FlightLogError as error:
            hint = "" if path.exists() else windows_path_hint(behaviour.file)
            problems.append(((*base, "file"), f"{error}{hint}"))
            continue
        try:
            track = place(flight, placement_of(behaviour), library.projector)
        except PlacementError as error:
            field = "start_s" if "start_s" in str(error) else "shift"
            problems.append(((*base, field), str(error)))
            continue
        if aerodrome_xy is not None:
            away = (
                (track.x[0] - aerodrome_xy[0]) ** 2 + (track.y[0] - aerodrome_xy[1]) ** 2
            ) ** 0.5
            if away > MAX_DISTANCE_FROM_AERODROME_M:
                away = _geodesic_m(library.projector, aerodrome_xy, track.x[0], track.y[0])
                where = "shift.to" if behaviour.shift else "file"
                far = message(
                    "problem.log_far" if behaviour.shift else "problem.log_far_no_shift",
                    distance=f"{away / 1000:.0f}",
                    reach=MAX_DISTANCE_KM,
                )
                problems.append(((*base, where), far))
                continue
        flights[drone.id] = track
    return flights, problems


def _geodesic_m(projector: Projector, a_xy: tuple[float, float], x: float, y: float) -> float:
    """The distance on the ellipsoid: RD metres grow without bound towards the antipodes."""
    lat_a, lon_a = projector.to_wgs84(*a_xy)
    lat_b, lon_b = projector.to_wgs84(float(x), float(y))
    _, _, metres = _GEOD.inv(lon_a, lat_a, lon_b, lat_b)
    return float(metres)


def _aerodrome_xy(scenario: Scenario, library: AssetLibrary) -> tuple[float, float] | None:
    for name in scenario.airspace.assets:
        try:
            return library.get(name).aerodrome.reference_point
        except TrainerError:
            continue
    return None


class LogPreviews:
    """Placed tracks of log behaviours as an editor holds them (plain dicts, maybe half typed),
    read once per file version and placement: for drawing a log-flying drone's track."""

    def __init__(self, projector: Projector, keep: int = 8) -> None:
        self.projector = projector
        self.keep = keep
        self._cache: dict[tuple[object, ...], PlacedTrack | None] = {}

    def track(self, behaviour: object, scenario_path: str | Path) -> PlacedTrack | None:
        """The track a `{kind: log, ...}` mapping flies, or None while it cannot be read."""
        try:
            model = LogBehaviour.model_validate(behaviour)
            path = log_path(model, scenario_path)
            stat = path.stat()
        except (ValidationError, OSError, ValueError):
            return None
        key = (str(path), stat.st_mtime_ns, stat.st_size, model.model_dump_json())
        if key not in self._cache:
            if len(self._cache) >= self.keep:
                self._cache.pop(next(iter(self._cache)))
            try:
                flight = read_flight_log(path, model.format)
                self._cache[key] = place(flight, placement_of(model), self.projector)
            except (FlightLogError, PlacementError):
                self._cache[key] = None
        return self._cache[key]
