"""Load a scenario file: safe YAML -> frozen, validated Scenario, or a ScenarioError listing all."""

from __future__ import annotations

import difflib
import types
import typing
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from trainer.errors import AssetError, Problem, ScenarioError, TrainerError
from trainer.flightlogs.placement import PlacedTrack
from trainer.geo.aerodrome import Aerodrome
from trainer.geo.airspace import AssetLibrary
from trainer.i18n import message as words
from trainer.i18n.os_words import os_reason
from trainer.scenario import answer_key, model
from trainer.scenario.airspace_imports import import_path, read_import
from trainer.scenario.answer_key import reference_problems, unknown_zone
from trainer.scenario.log_flights import read_log_flights
from trainer.scenario.model import Position, Scenario
from trainer.scenario.problem_text import pydantic_message
from trainer.scenario.referenced_files import windows_path_hint
from trainer.scenario.sensors_model import Radar, RemoteIdReceiver, RfDetector
from trainer.scenario.yaml_source import MAX_FILE_BYTES, YamlDocument, YamlProblem, read_yaml
from trainer.scenario.zone_shapes import too_far, zone_shape_problems
from trainer.text_bytes import not_utf8


def load_scenario(path: str | Path, library: AssetLibrary) -> Scenario:
    """Read and check one scenario file; raise ScenarioError listing all problems found."""
    return load_scenario_and_flights(path, library)[0]


def load_scenario_and_flights(
    path: str | Path, library: AssetLibrary
) -> tuple[Scenario, dict[str, PlacedTrack]]:
    """load_scenario, with the recorded flights its drones fly (by drone id), read once."""
    path = Path(path)
    return _check_document(path, _read_document(path), library)


def load_scenario_text(text: str, path: str | Path, library: AssetLibrary) -> Scenario:
    """As load_scenario, for text not (yet) saved at `path`: the scenario editor's live check."""
    path = Path(path)
    try:
        document = read_yaml(text)
    except YamlProblem as problem:
        raise ScenarioError(path, [Problem(str(path), "", problem.message, problem.line)]) from None
    return _check_document(path, document, library)[0]


def _check_document(
    path: Path, document: YamlDocument, library: AssetLibrary
) -> tuple[Scenario, dict[str, PlacedTrack]]:
    name = str(path)
    if not isinstance(document.data, dict):
        raise ScenarioError(path, [Problem(name, "", words("problem.not_mapping"), 1)])
    try:
        scenario = Scenario.model_validate(document.data)
    except ValidationError as error:
        problems = [_problem_from_pydantic(name, document, e) for e in error.errors()]
        raise ScenarioError(path, sorted(problems, key=_by_line)) from None
    problems = check_references(scenario, library, name, document, path.parent)
    flights, log_problems = read_log_flights(scenario, path, library)
    for loc, message in log_problems:
        field = format_field_path(loc, document.data)
        problems.append(Problem(name, field, message, document.line_of(loc)))
    if problems:
        raise ScenarioError(path, sorted(problems, key=_by_line))
    return scenario, flights


def _by_line(problem: Problem) -> int:
    return problem.line or 0


def _read_document(path: Path) -> YamlDocument:
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            too_big = words("problem.too_big", size=size / 1e6, limit=MAX_FILE_BYTES // 1000)
            raise ScenarioError(path, [Problem(name, "", too_big)])
        raw = path.read_bytes()
    except OSError as error:
        raise ScenarioError(
            path, [Problem(name, "", words("problem.cannot_read", why=os_reason(error)))]
        ) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        found = not_utf8(raw, error)
        raise ScenarioError(path, [Problem(name, "", found.words, found.line)]) from None
    try:
        return read_yaml(text)
    except YamlProblem as problem:
        raise ScenarioError(path, [Problem(name, "", problem.message, problem.line)]) from None


def _problem_from_pydantic(name: str, document: YamlDocument, error: Any) -> Problem:
    loc = tuple(error["loc"])
    field = format_field_path(loc, document.data)
    line = document.line_of(loc)
    kind = error["type"]
    if kind == "extra_forbidden":
        unknown = str(loc[-1])
        message = words("problem.unknown_field", name=repr(unknown))
        owner = _model_at(loc[:-1])
        allowed = (
            set(owner.model_fields)
            if owner is not None
            else _fields_beside(_parent_of(loc, document.data), unknown)
        )
        close = difflib.get_close_matches(unknown, sorted(allowed), n=1)
        if close:
            message = words("problem.did_you_mean", problem=message, close=repr(close[0]))
        elif allowed:
            message = words(
                "problem.allowed_here", problem=message, allowed=", ".join(sorted(allowed))
            )
    elif kind == "union_tag_invalid":
        expected = error.get("ctx", {}).get("expected_tags", "")
        message = words("problem.unknown_kind", tag=repr(error["ctx"]["tag"]), expected=expected)
    else:
        message = pydantic_message(error)
        written = error.get("input")
        if kind == "string_type" and isinstance(written, int | float | bool):
            # id: 1, label: 2024, or serial: 12345 are read as numbers (true: as yes/no).
            message = words("problem.quote_text", problem=message)
    return Problem(name, field, message, line)


def format_field_path(loc: tuple[Any, ...], data: Any) -> str:
    """Dotted path as the author wrote it, e.g. drones[1].behaviour.waypoints[0].lat.

    Parts pydantic adds itself (union member tags) are left out because they are not in the file.
    """
    text = ""
    current = data
    for position, part in enumerate(loc):
        last = position == len(loc) - 1
        if isinstance(part, int) and isinstance(current, list) and 0 <= part < len(current):
            text += f"[{part}]"
            current = current[part]
        elif (isinstance(current, dict) and part in current) or last:
            text += f".{part}" if text else str(part)
            current = current.get(part) if isinstance(current, dict) else None
    return text


def _parent_of(loc: tuple[Any, ...], data: Any) -> dict[str, Any]:
    current = data
    for part in loc[:-1]:
        in_dict = isinstance(current, dict) and part in current
        in_list = isinstance(current, list) and isinstance(part, int) and 0 <= part < len(current)
        if in_dict or in_list:
            current = current[part]
    return current if isinstance(current, dict) else {}


def _model_at(loc: tuple[Any, ...]) -> type[BaseModel] | None:
    """The section of the format a pydantic location points into, following the schema itself.

    Guessing from the keys written beside a typo picks the wrong section when one section's
    fields are a subset of another's (a waypoint's lat/lon/alt_agl_m also fit Position).
    """
    candidates: list[Any] = [Scenario]
    for part in loc:
        candidates = [inner for kind in candidates for inner in _step_into(kind, part)]
        if not candidates:
            return None
    models = [kind for kind in _members(candidates) if _is_model(kind)]
    return models[0] if len(models) == 1 else None


def _step_into(kind: Any, part: Any) -> list[Any]:
    """Types one location part leads to from `kind`; a union tag part stays on its member."""
    found: list[Any] = []
    for member in _members([kind]):
        if _is_model(member):
            if isinstance(part, str) and part in member.model_fields:
                found.append(member.model_fields[part].annotation)
            elif part == member.__name__ or part in _tags_of(member):
                found.append(member)
        elif typing.get_origin(member) in (list, tuple, set, frozenset) and isinstance(part, int):
            found.extend(typing.get_args(member)[:1])
        elif typing.get_origin(member) is dict and isinstance(part, str):
            found.extend(typing.get_args(member)[1:2])
    return found


def _members(kinds: list[Any]) -> list[Any]:
    """Flatten Annotated and unions (X | None included) into their plain member types."""
    flat: list[Any] = []
    for kind in kinds:
        origin = typing.get_origin(kind)
        if origin is typing.Annotated:
            flat.extend(_members([typing.get_args(kind)[0]]))
        elif origin in (typing.Union, types.UnionType):
            flat.extend(_members(list(typing.get_args(kind))))
        elif kind is not type(None):
            flat.append(kind)
    return flat


def _is_model(kind: Any) -> bool:
    return isinstance(kind, type) and issubclass(kind, BaseModel)


def _tags_of(member: type[BaseModel]) -> tuple[Any, ...]:
    """Values of a discriminated union member's `kind` literal: pydantic puts them in locations."""
    field = member.model_fields.get("kind")
    if field is None or typing.get_origin(field.annotation) is not typing.Literal:
        return ()
    return typing.get_args(field.annotation)


def _fields_beside(siblings: dict[str, Any], unknown: str) -> set[str]:
    """Field names of the format's section that fits the keys written beside the unknown one."""
    written = {str(k) for k in siblings} - {unknown}
    sections = [
        set(item.model_fields)
        for item in [*vars(model).values(), *vars(answer_key).values()]  # answer keys: own module
        if isinstance(item, type) and issubclass(item, BaseModel) and item is not BaseModel
    ]
    if not written:  # nothing to go by: any field of the format may have been meant
        return set().union(*sections)
    fitting = [fields for fields in sections if written <= fields]
    return min(fitting, key=len) if fitting else set()


def check_references(
    scenario: Scenario,
    library: AssetLibrary,
    name: str,
    document: YamlDocument | None = None,
    base_dir: Path | None = None,
) -> list[Problem]:
    """Checks a schema cannot make: ids that must exist, be unique, and places on the map.

    `base_dir` is where relative airspace import paths start (the scenario file's folder)."""
    problems: list[Problem] = []

    def report(loc: tuple[str | int, ...], message: str) -> None:
        line = document.line_of(loc) if document else None
        field = format_field_path(loc, document.data) if document else ".".join(map(str, loc))
        problems.append(Problem(name, field, message, line))

    asset_zone_ids: set[str] = set()
    aerodrome: Aerodrome | None = None
    for index, set_name in enumerate(scenario.airspace.assets):
        try:
            asset_set = library.get(set_name)
        except AssetError as error:
            available = ", ".join(library.names()) or words("problem.none")
            report(
                ("airspace", "assets", index),
                words("problem.asset_set", error=str(error), names=available),
            )
            continue
        except TrainerError as error:
            report(("airspace", "assets", index), str(error))
            continue
        asset_zone_ids.update(z.id for z in asset_set.zones)
        aerodrome = aerodrome or asset_set.aerodrome
    aerodrome_xy = aerodrome.reference_point if aerodrome else None

    for index, zone_id in enumerate(scenario.airspace.exclude_zones):
        if zone_id not in asset_zone_ids:
            report(
                ("airspace", "exclude_zones", index),
                words("problem.unknown_asset_zone", zone=repr(zone_id)),
            )

    kept_asset_ids = asset_zone_ids - set(scenario.airspace.exclude_zones)
    imported_ids = _check_imports(scenario, library, aerodrome, base_dir, kept_asset_ids, report)
    inline_ids = [z.id for z in scenario.airspace.zones]
    for index, zone_id in enumerate(inline_ids):
        if zone_id in asset_zone_ids:
            report(
                ("airspace", "zones", index, "id"),
                words("problem.already_asset_zone", zone=repr(zone_id)),
            )
        elif zone_id in imported_ids:
            report(
                ("airspace", "zones", index, "id"),
                words(
                    "problem.already_imported_zone",
                    zone=repr(zone_id),
                    origin=imported_ids[zone_id],
                ),
            )
    _report_duplicates(inline_ids, ("airspace", "zones"), "problem.duplicate_zone", report)
    for loc, message in zone_shape_problems(
        scenario.airspace.zones, library.projector, aerodrome_xy
    ):
        report(loc, message)
    zone_ids = kept_asset_ids | set(inline_ids) | set(imported_ids)

    drone_ids = [d.id for d in scenario.drones]
    _report_duplicates(drone_ids, ("drones",), "problem.duplicate_drone", report)

    for index, drone in enumerate(scenario.drones):
        base: tuple[str | int, ...] = ("drones", index)
        if drone.start_s >= scenario.duration_s:
            start = f"{drone.start_s:g}"
            report((*base, "start_s"), words("problem.starts_after_end", start=start))
        if drone.authorisation and drone.authorisation.valid_from_s >= scenario.duration_s:
            start = f"{drone.authorisation.valid_from_s:g}"
            report(
                (*base, "authorisation", "valid_from_s"),
                words("problem.starts_after_end", start=start),
            )
        if drone.authorisation:
            for z_index, zone_id in enumerate(drone.authorisation.zones):
                if zone_id not in zone_ids:
                    report(
                        (*base, "authorisation", "zones", z_index), unknown_zone(zone_id, zone_ids)
                    )
        for loc, position in _positions(drone, base):
            if aerodrome_xy is None:
                break
            far = too_far(position.lat, position.lon, aerodrome_xy, library.projector)
            if far:
                report(loc, far)

    # Manned flights and flocks starting after the end would never be seen, as a drone would not.
    for section, things in (("manned", scenario.manned), ("birds", scenario.birds)):
        for index, thing in enumerate(things):
            if thing.start_s >= scenario.duration_s:
                begins = f"{thing.start_s:g}"
                report((section, index, "start_s"), words("problem.starts_after_end", start=begins))

    for where, moment, key in _sensor_starts(scenario):
        if moment >= scenario.duration_s:  # an outage or a report the run never reaches
            report(where, words(key, start=f"{moment:g}", at=f"{moment:g}"))

    for index, sighting in enumerate(scenario.sensors.sightings):
        if sighting.drone not in drone_ids:
            unknown = words(
                "problem.unknown_drone", drone=repr(sighting.drone), drones=", ".join(drone_ids)
            )
            report(("sensors", "sightings", index, "drone"), unknown)

    for index, event in enumerate(scenario.events):
        base = ("events", index)
        if event.drone not in drone_ids:
            unknown = words(
                "problem.unknown_drone", drone=repr(event.drone), drones=", ".join(drone_ids)
            )
            report((*base, "drone"), unknown)
        if event.on_zone_entry is not None and event.on_zone_entry not in zone_ids:
            report((*base, "on_zone_entry"), unknown_zone(event.on_zone_entry, zone_ids))
        if event.at_s is not None and event.at_s > scenario.duration_s:
            report((*base, "at_s"), words("problem.event_after_end", at=f"{event.at_s:g}"))

    if scenario.answer_key is not None:  # drones and zones the answer key names must exist
        key_problems = reference_problems(
            scenario.answer_key,
            drone_ids,
            zone_ids,
            scenario.duration_s,
            flock_ids=[b.id for b in scenario.birds],
        )
        for loc, message in key_problems:
            report(("answer_key", *loc), message)
    return problems


def _check_imports(
    scenario: Scenario,
    library: AssetLibrary,
    aerodrome: Aerodrome | None,
    base_dir: Path | None,
    asset_ids: set[str],
    report: Any,
) -> dict[str, str]:
    """Read each import as the run will; report files that cannot be used and zone ids that
    clash. Returns the imported zone ids, each with where it comes from."""
    found: dict[str, str] = {}
    if aerodrome is None:  # no asset set could be read: that is reported already
        return found
    for index, item in enumerate(scenario.airspace.imports):
        try:
            imported = read_import(item, base_dir, library, aerodrome)
        except TrainerError as error:
            missing = not import_path(item, base_dir).exists()
            hint = windows_path_hint(item.file) if missing else ""
            report(("airspace", "imports", index, "file"), f"{error}{hint}")
            continue
        for zone in imported.zones:
            origin = f"{zone.source}"
            if zone.id in asset_ids:
                report(
                    ("airspace", "imports", index),
                    words("problem.import_clashes_asset", zone=repr(zone.id), origin=origin),
                )
            elif zone.id in found:
                report(
                    ("airspace", "imports", index),
                    words(
                        "problem.import_clashes_import",
                        zone=repr(zone.id),
                        origin=origin,
                        other=found[zone.id],
                    ),
                )
            else:
                found[zone.id] = origin
    return found


def _report_duplicates(ids: list[str], loc: tuple[str | int, ...], key: str, report: Any) -> None:
    counts = Counter(ids)
    seen: set[str] = set()
    for index, item in enumerate(ids):
        if counts[item] > 1 and item in seen:
            report((*loc, index, "id"), words(key, id=repr(item)))
        seen.add(item)


def _positions(
    drone: model.Drone, base: tuple[str | int, ...]
) -> list[tuple[tuple[str | int, ...], Position | model.Waypoint]]:
    found: list[tuple[tuple[str | int, ...], Position | model.Waypoint]] = []
    if drone.start:  # a drone flying a log has none; its flight is checked where it is read
        found.append(((*base, "start"), drone.start))
    if drone.home:
        found.append(((*base, "home"), drone.home))
    behaviour = drone.behaviour
    if isinstance(behaviour, model.RouteBehaviour):
        for index, waypoint in enumerate(behaviour.waypoints):
            found.append(((*base, "behaviour", "waypoints", index), waypoint))
    elif isinstance(behaviour, model.OrbitBehaviour | model.LoiterBehaviour) and behaviour.centre:
        found.append(((*base, "behaviour", "centre"), behaviour.centre))
    return found


def _sensor_starts(scenario: Scenario) -> list[tuple[tuple[str | int, ...], float, str]]:
    """Where each sensor outage and each scripted sighting starts: field, time, the words."""
    sensors = scenario.sensors
    sites: list[tuple[str, Sequence[Radar | RfDetector | RemoteIdReceiver]]] = [
        ("radars", sensors.radars),
        ("rf_detectors", sensors.rf_detectors),
        ("remote_id", sensors.remote_id),
    ]
    found: list[tuple[tuple[str | int, ...], float, str]] = []
    for section, section_sites in sites:
        for index, site in enumerate(section_sites):
            for number, outage in enumerate(site.outages):
                where = ("sensors", section, index, "outages", number, "from_s")
                found.append((where, outage.from_s, "problem.starts_after_end"))
    for index, sighting in enumerate(sensors.sightings):
        heard = ("sensors", "sightings", index, "at_s")
        found.append((heard, sighting.at_s, "problem.event_after_end"))
    return found
