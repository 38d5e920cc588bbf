"""Instructor's injects during a run: a drone placed on the map, a lost link, a flyaway, an outage.

An inject is data: applied by the engine between two ticks and written to the event log as JSON,
so a replay (and the scorer) sees it at the same tick.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any

from trainer.i18n import message
from trainer.scenario.model import DroneType, EuClass
from trainer.sim.fleet import DroneSpec, Mode
from trainer.sim.performance import DEFAULT_LIMITS, Limits


class InjectKind(StrEnum):
    ADD_DRONE = "add_drone"
    LOST_LINK = "lost_link"
    FLYAWAY = "flyaway"
    SENSOR_OUTAGE = "sensor_outage"


# What a trainee is expected to do about an inject, in the answer key's format (an incident
# without its id and drone, which the scorer fills in). The scorer reads these when it finds an
# `injected` event in the log, so an inject is scored like a scenario's own incident.
#
# A drone placed by the instructor is an intruder: no template carries an authorisation (the
# photo drone's Remote ID names an operator, but on no authorisation of the day). Operations
# are held once it comes within 1,000 m of the runway (the engine's first runway alert).
INTRUDER_ANSWER: dict[str, Any] = {
    "expected": [
        {"kind": "acknowledge", "window_s": 30, "points": 10, "required": True},
        {"kind": "classify", "params": {"classification": "drone"}, "window_s": 60, "points": 5},
        {"kind": "identify", "params": {"identity": "unauthorised"}, "window_s": 120,
         "points": 10},
        {"kind": "inform_radio", "window_s": 60, "points": 10},
        {"kind": "notify_police", "window_s": 120, "points": 10},
    ],
    "penalised": [
        {"kind": "identify", "params": {"identity": "authorised"}, "points": 10,
         "reason": "no authorisation of the day covers a drone placed during the exercise",
         "reason_nl": "geen toestemming van de dag dekt een drone die tijdens de oefening is "
                      "geplaatst"},
        {"kind": "classify", "params": {"classification": ["bird", "manned", "false_track"]},
         "points": 10},
    ],
    "suspension": {
        "warranted": True,
        "warranted_from": {"kind": "drone_event", "event": "runway_approached",
                           "label": "coming within 1,000 m of the runway",
                           "label_nl": "het naderen tot 1.000 m van de baan"},
        "window_s": 60,
        "points": 20,
    },
}  # fmt: skip
# A drone that flies away or loses its link: tell pilots; if its operator is known (it holds an
# authorisation), call the operator too. Keyed by (inject kind, whether authorised).
TRIGGER_ANSWERS: dict[tuple[str, bool], dict[str, Any]] = {
    ("flyaway", True): {
        "clock": {"kind": "drone_event", "event": "flyaway"},
        "expected": [
            {"kind": "inform_radio", "window_s": 60, "points": 10},
            {"kind": "contact_operator", "window_s": 90, "points": 10},
        ],
    },
    ("flyaway", False): {
        "clock": {"kind": "drone_event", "event": "flyaway"},
        "expected": [{"kind": "inform_radio", "window_s": 60, "points": 10}],
    },
    ("lost_link", True): {
        "clock": {"kind": "drone_event", "event": "lost_link"},
        "expected": [{"kind": "contact_operator", "window_s": 90, "points": 10}],
    },
}


@dataclass(frozen=True)
class DroneTemplate:
    """A ready-made drone an instructor can drop on the map, with what it asks of a trainee."""

    type: DroneType
    eu_class: EuClass
    mode: Mode
    alt_agl_m: float
    radius_m: float  # of its loiter or orbit around the placed point
    cruise_mps: float
    remote_id: bool
    answer: dict[str, Any] = field(default_factory=lambda: INTRUDER_ANSWER)


# Their titles are in the catalogs (template.<key>), in English and Dutch: see template_title.
TEMPLATES: dict[str, DroneTemplate] = {
    "hobby": DroneTemplate(DroneType.MULTIROTOR, EuClass.C0, Mode.LOITER, 80.0, 250.0, 6.0, False),
    "racer": DroneTemplate(DroneType.MULTIROTOR, EuClass.NONE, Mode.LOITER, 40.0, 400.0, 25.0,
                           False),
    "photo": DroneTemplate(DroneType.MULTIROTOR, EuClass.C1, Mode.ORBIT, 100.0, 150.0, 8.0, True),
    "wing": DroneTemplate(DroneType.FIXED_WING, EuClass.C3, Mode.ORBIT, 120.0, 400.0, 18.0, False),
}  # fmt: skip


def template_title(key: str) -> str:
    """What the instructor's inject menu calls a template, in the language spoken."""
    return message(f"template.{key}")


@dataclass(frozen=True)
class Inject:
    kind: InjectKind
    drone: str | None = None  # the drone it concerns (added or triggered)
    template: str | None = None  # ADD_DRONE
    x_m: float = 0.0  # ADD_DRONE: where, RD New metres
    y_m: float = 0.0
    sensor: str | None = None  # SENSOR_OUTAGE
    duration_s: float = 0.0  # SENSOR_OUTAGE

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Inject:
        data = json.loads(text)
        data["kind"] = InjectKind(data["kind"])
        return cls(**data)


def drone_from_template(inject: Inject, start_s: float) -> DroneSpec:
    """The drone an ADD_DRONE inject places: airborne at once over the clicked point."""
    if inject.template not in TEMPLATES or inject.drone is None:
        raise ValueError(f"unknown drone template {inject.template!r}")
    template = TEMPLATES[inject.template]
    base = DEFAULT_LIMITS[template.type]
    limits = Limits(
        max_speed_mps=max(base.max_speed_mps, template.cruise_mps),
        cruise_speed_mps=template.cruise_mps,
        min_speed_mps=min(base.min_speed_mps, template.cruise_mps),
        max_climb_mps=base.max_climb_mps,
        max_turn_rate_dps=base.max_turn_rate_dps,
        max_accel_mps2=base.max_accel_mps2,
        endurance_s=base.endurance_s,
    )
    # Placed a radius away from the centre, so an orbit starts on its circle.
    return DroneSpec(
        id=inject.drone,
        type=template.type,
        limits=limits,
        start_s=start_s,
        x=inject.x_m,
        y=inject.y_m + template.radius_m if template.mode == Mode.ORBIT else inject.y_m,
        alt=template.alt_agl_m,
        home_x=inject.x_m,
        home_y=inject.y_m,
        mode=template.mode,
        centre_x=inject.x_m,
        centre_y=inject.y_m,
        radius_m=template.radius_m,
    )
