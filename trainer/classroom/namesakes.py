"""Who a joining station's trainee is, as against the other stations of the class: a trainee
may have one station, and one run, in an exercise."""

from __future__ import annotations

from collections.abc import Callable

from trainer.classroom import messages as msg
from trainer.classroom.stations import Station
from trainer.records import Repository


def namesake(
    join: msg.Join,
    stations: dict[str, Station],
    repository: Repository,
    connected: Callable[[Station], bool],
) -> Station | None:
    """Another station in the class, still connected, as the same trainee: the same roster
    entry, or the same name where either has none. Two such stations would give one
    trainee two runs (and two sheets) in the record, and leave another trainee out."""
    mine = stations.get(join.station)
    if mine is not None and mine.run_id is not None and not picked_from_roster(mine, join):
        return None  # back in its own run: who it is was settled when the run started
    name = folded(join.trainee)
    if join.trainee_id is None:
        on_roster = sum(folded(t.name) == name for t in repository.trainees())
        if on_roster > 1:
            return None  # the station asks the trainee which of them they are, then again
    for other in stations.values():
        if other.station == join.station or not connected(other):
            continue
        if join.trainee_id is not None and other.trainee_id is not None:
            same = join.trainee_id == other.trainee_id
        else:
            same = bool(name) and folded(other.trainee) == name
        if same:
            return other
    return None


def picked_from_roster(station: Station, join: msg.Join) -> bool:
    """A station back with the roster entry its trainee picked (the station asks when the typed
    name is not on the roster once) after its run had started under the typed name, with
    nothing done in it yet."""
    return (
        station.run_id is not None
        and station.trainee_id is None
        and join.trainee_id is not None
        and not station.actions
        and station.acked == 0
    )


def folded(name: str) -> str:
    """A name as two stations' names are compared: spaces and capitals do not count."""
    return " ".join(name.split()).casefold()
