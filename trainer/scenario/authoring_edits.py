"""Edits across a scenario being written: what named a drone or zone follows its new id; an
answer-key incident for each drone without one."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from trainer.scenario.authoring import ScenarioDocument

# Where a scenario names a drone or a zone by its id (events, the answer key, sightings, a
# drone's authorisation); the schema says "an id", so the field names are listed here.
REFERENCE_FIELDS = {"drone": ("drone",), "zone": ("zone", "on_zone_entry", "zones")}
DEFINED_AT = {"drone": ("drones",), "zone": ("airspace", "zones")}


def rename_references(document: ScenarioDocument, kind: str, old: str, new: str) -> int:
    """After a drone's or drawn zone's id changed from `old` to `new`, make what named it name
    `new`. Nothing changes when `new` is the id of another one too (the check shows the
    duplicate; merging two drones' references could not be undone by renaming back).
    Returns how many references were changed."""
    defined = document.get(DEFINED_AT[kind])
    ids = [d.get("id") for d in defined if isinstance(d, dict)] if isinstance(defined, list) else []
    if not old or not new or old == new or ids.count(new) != 1 or old in ids:
        return 0
    fields = REFERENCE_FIELDS[kind]
    found: list[tuple[str | int, ...]] = []

    def walk(node: Any, path: tuple[str | int, ...]) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in fields and value == old:
                    found.append((*path, key))
                elif key in fields and isinstance(value, list):
                    found.extend((*path, key, i) for i, item in enumerate(value) if item == old)
                else:
                    walk(value, (*path, key))
        elif isinstance(node, list):
            for index, item in enumerate(node):
                walk(item, (*path, index))

    walk(document.data, ())
    for where in found:
        document.set(where, new)
    return len(found)


def add_missing_incidents(document: ScenarioDocument) -> list[str]:
    """An answer-key incident for each drone that has none: the first steps of the protocol
    (acknowledge, classify as a drone), for the author to finish. Returns the drones covered."""
    drones = document.get(("drones",))
    ids = (
        [str(d.get("id")) for d in drones if isinstance(d, dict)]
        if isinstance(drones, list)
        else []
    )
    incidents = document.get(("answer_key", "incidents"))
    covered = (
        {str(i.get("drone")) for i in incidents if isinstance(i, dict)}
        if isinstance(incidents, list)
        else set()
    )
    added = [drone for drone in ids if drone and drone not in covered]
    for drone in added:
        document.append(
            ("answer_key", "incidents"),
            {
                "id": f"{drone}-incident",
                "drone": drone,
                "expected": [
                    {"kind": "acknowledge", "window_s": 30, "points": 10, "required": True},
                    {
                        "kind": "classify",
                        "params": {"classification": "drone"},
                        "window_s": 60,
                        "points": 10,
                    },
                ],
            },
        )
    return added
