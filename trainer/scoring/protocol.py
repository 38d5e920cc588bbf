"""The trainee's actions, after the protocol Detect -> Assess -> Respond -> Recover -> Report."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType


class ActionKind(StrEnum):
    ACKNOWLEDGE = "acknowledge"  # detect: "I have seen this track"
    CLASSIFY = "classify"  # assess: params classification = drone | bird | manned | false_track
    IDENTIFY = "identify"  # assess: params identity = authorised | unauthorised | unknown
    SET_THREAT = "set_threat"  # assess: params level = low | medium | high
    INFORM_RADIO = "inform_radio"  # respond: traffic information via Twente Radio
    SUSPEND_OPERATIONS = "suspend_operations"  # respond: hold or suspend runway operations
    NOTIFY_POLICE = "notify_police"  # respond: police to find the remote pilot
    CONTACT_OPERATOR = "contact_operator"  # respond: call the operator of an authorised drone
    RESUME_OPERATIONS = "resume_operations"  # recover
    CLOSE_INCIDENT = "close_incident"  # report: params log = a short log line


class Classification(StrEnum):
    DRONE = "drone"
    BIRD = "bird"
    MANNED = "manned"
    FALSE_TRACK = "false_track"


class Identity(StrEnum):
    AUTHORISED = "authorised"
    UNAUTHORISED = "unauthorised"
    UNKNOWN = "unknown"


class ThreatLevel(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


# Actions about one drone name the track the trainee means: the window asks when none is
# selected, and never guesses.
TRACK_ACTIONS = frozenset(
    {
        ActionKind.ACKNOWLEDGE,
        ActionKind.CLASSIFY,
        ActionKind.IDENTIFY,
        ActionKind.SET_THREAT,
        ActionKind.NOTIFY_POLICE,
        ActionKind.CONTACT_OPERATOR,
    }
)

# Actions that concern the aerodrome as a whole: they serve every incident that expects them,
# whatever track happens to be selected, so they are recorded without one.
AERODROME_ACTIONS = frozenset(
    {
        ActionKind.INFORM_RADIO,
        ActionKind.SUSPEND_OPERATIONS,
        ActionKind.RESUME_OPERATIONS,
    }
)
# CLOSE_INCIDENT may name a track (the incident of that track) or none (any incident).


# Judgements can be revised by a later action; what was done in the world (a call made, the
# runway closed) cannot be undone by a correction, only followed by another action.
CORRECTABLE_ACTIONS = frozenset({ActionKind.CLASSIFY, ActionKind.IDENTIFY, ActionKind.SET_THREAT})


@dataclass(frozen=True)
class Action:
    """One thing the trainee did. Mistakes are corrected by a later action, never deleted.

    `sequence` numbers a run's actions from 1; `corrects` names the sequence of an earlier action
    this one replaces (a new classification, say).
    """

    sequence: int
    kind: ActionKind
    sim_time_s: float
    wall_time: str  # ISO 8601, UTC
    track: str | None = None
    params: Mapping[str, str] = field(default_factory=dict)
    corrects: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "params", MappingProxyType(dict(self.params)))
