"""What the timeline does to the scenario: a click adds a scripted event for a drone, a drag
moves an event's time. Each returns what the status bar says, or None when nothing changed."""

from __future__ import annotations

from trainer.scenario.authoring import ScenarioDocument
from trainer.scenario.schema_walk import SchemaWalker
from trainer.ui.translation import tr


def move_event(document: ScenarioDocument, index: int, time_s: float) -> str | None:
    """An event dragged along the timeline: its time changes, nothing else."""
    if document.get(("events", index, "at_s")) is None:
        return None
    document.set(("events", index, "at_s"), _seconds(time_s))
    return tr("Event {index} now at {time_s:g} s.").format(index=index + 1, time_s=time_s)


def add_event(
    document: ScenarioDocument, walker: SchemaWalker, drone: int, time_s: float
) -> str | None:
    """A scripted event at `time_s` for the drone at index `drone`, its kind left to choose."""
    drones = document.get(("drones",))
    if not isinstance(drones, list) or not drones:
        return None
    drone_id = str(drones[drone].get("id", ""))
    item = walker.items(walker.at(("events",), document.plain()) or {})
    event = walker.skeleton(item)
    event.update({"drone": drone_id, "at_s": _seconds(time_s)})
    document.append(("events",), event)
    return tr("Event at {time_s:g} s for {drone_id}; choose what happens in the form.").format(
        time_s=time_s, drone_id=drone_id
    )


def _seconds(time_s: float) -> float | int:
    """A time from the timeline (whole seconds, carried as a float by the signal) as the file
    writes it: 120, not 120.0."""
    return int(time_s) if float(time_s).is_integer() else time_s
