"""Scenario format: a drone that flies a recorded flight (`behaviour: {kind: log, ...}`)."""

from typing import Annotated, Literal

from pydantic import Field

# The same field rules as model.py (which imports this module, so it cannot be imported).
from trainer.scenario.fields import FileName, FrozenModel, Latitude, Longitude

LogFormat = Literal["ulog", "dataflash", "tlog", "csv", "gpx"]


class LogShiftTarget(FrozenModel):
    lat: Latitude
    lon: Longitude


class LogShift(FrozenModel):
    """Move a flight recorded elsewhere: its shape and timing stay, its place changes."""

    to: LogShiftTarget = Field(
        description="where the replay's first position goes (WGS84); every other position "
        "keeps its distance and bearing from it"
    )


class LogBehaviour(FrozenModel):
    """Fly a recorded flight instead of a planned behaviour: the drone follows the log's
    positions and heights at the log's own pace, from its start_s on. When the recording ends
    it lands (if it ended on the ground) or hovers at its last position. A scripted or injected
    lost link, flyaway, battery low or land takes it off the recording."""

    kind: Literal["log"]
    file: FileName = Field(
        description="the flight log, relative to the scenario file's folder: PX4 .ulg, "
        "ArduPilot .bin or .tlog, .csv (time, lat, lon, height) or .gpx",
    )
    format: LogFormat | None = Field(
        default=None, description="the log's format; default: from the file's extension"
    )
    start_s: Annotated[float, Field(ge=0, le=86_400)] = Field(
        default=0.0,
        description="seconds into the recording (from its first position) where the replay "
        "starts; the drone appears there at its own start_s",
    )
    shift: LogShift | None = Field(
        default=None,
        description="move the flight; default: fly it where it was recorded (which must be "
        "near the aerodrome)",
    )
    rotate_deg: Annotated[float, Field(gt=-360, lt=360)] = Field(
        default=0.0,
        description="turn the flight clockwise by this many degrees about its first position",
    )
