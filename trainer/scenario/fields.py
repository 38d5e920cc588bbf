"""Field types shared by every part of the scenario format: ids, places, heights, speeds, times."""

from __future__ import annotations

from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

IDENTIFIER_PATTERN = r"^[a-z0-9][a-z0-9_-]*$"
Identifier = Annotated[
    str,
    Field(
        min_length=1,
        max_length=64,
        pattern=IDENTIFIER_PATTERN,
        description="lower-case letters, digits, '-' and '_'",
    ),
]
FILE_NAME_PATTERN = r"^[^\x00]+$"  # no NUL: the system's file calls refuse one
CALLSIGN_PATTERN = r"^[A-Z0-9][A-Z0-9-]{1,9}$"  # as heard on the radio: PH-ABC, KLM123
AIRCRAFT_TYPE_PATTERN = r"^[A-Z][A-Z0-9]{1,3}$"  # an ICAO type designator: C172, PA28
SUBJECT_PATTERN = r"^(bird:)?[a-z0-9][a-z0-9_-]*$"  # a drone id, or bird:<flock id>
ID_PREFIX_PATTERN = r"^([a-z0-9][a-z0-9_-]*)?$"  # an id's start, or nothing
FileName = Annotated[str, Field(min_length=1, max_length=500, pattern=FILE_NAME_PATTERN)]
Latitude = Annotated[float, Field(ge=-90, le=90, description="degrees north, WGS84")]
Longitude = Annotated[float, Field(ge=-180, le=180, description="degrees east, WGS84")]
HeightAgl = Annotated[float, Field(ge=0, le=3000, description="metres above ground level")]
Speed = Annotated[float, Field(gt=0, le=120, description="metres per second")]
SimTime = Annotated[float, Field(ge=0, le=86_400, description="seconds after the scenario start")]


class FrozenModel(BaseModel):
    """Base of every section: unknown keys are errors (usually typos); instances never change.

    Validators are built when a model is first used (`defer_build`), not when it is defined: a
    scenario's is built once, as one piece, and the sections never validated alone need none.
    The modules of sections do without `from __future__ import annotations`: pydantic would
    otherwise evaluate every field's annotation from its text as the class is made (~5 ms of
    every start).
    """

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)
