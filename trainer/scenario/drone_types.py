"""The airframes a scenario's drones can be (a module of its own: the command line offers them
without loading the scenario model)."""

from enum import StrEnum


class DroneType(StrEnum):
    MULTIROTOR = "multirotor"
    FIXED_WING = "fixed-wing"
    VTOL = "vtol"
