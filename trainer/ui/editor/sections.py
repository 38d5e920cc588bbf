"""The editor's list of sections: the scenario's own fields, one entry per drone, and one per
bigger part of the format (airspace, events, sensors, answer key ...), taken from the schema."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from trainer.scenario.authoring import PathKey
from trainer.scenario.schema_walk import SchemaWalker
from trainer.ui.translation import tr

OWN_ENTRY_PER_ITEM = ("drones",)  # lists whose items each get an entry


@dataclass(frozen=True)
class Section:
    title: str
    path: PathKey
    skip: tuple[str, ...] = ()  # fields shown in sections of their own


def _is_big(walker: SchemaWalker, kind: str, schema: dict[str, Any]) -> bool:
    """A list, or a section holding lists or sections, gets an entry of its own."""
    if kind == "list":
        return walker.kind_of(walker.items(schema)) in ("object", "union")
    if kind not in ("object", "union"):
        return False
    return any(f.kind in ("list", "object", "union") for f in walker.fields(schema))


def sections_of(data: Any, walker: SchemaWalker) -> list[Section]:
    data = data if isinstance(data, dict) else {}
    big = [f for f in walker.fields(walker.root) if _is_big(walker, f.kind, f.schema)]
    sections = [Section(tr("Scenario"), (), tuple(f.name for f in big))]
    for spec in big:
        if spec.name in OWN_ENTRY_PER_ITEM:
            items = data.get(spec.name)
            for index, item in enumerate(items if isinstance(items, list) else []):
                name = item.get("id") if isinstance(item, dict) else None
                sections.append(
                    Section(tr("Drone {index}").format(index=name or index + 1), (spec.name, index))
                )
        else:
            title = spec.title
            sections.append(Section(title[:1].upper() + title[1:], (spec.name,)))
    return sections


def section_for_field(field: str, sections: list[Section]) -> PathKey:
    """The section that shows a field the loader named (e.g. drones[1].start.lat)."""
    head = field.split(".", 1)[0]
    name, _, rest = head.partition("[")
    if name in OWN_ENTRY_PER_ITEM and rest[:-1].isdigit():
        path: PathKey = (name, int(rest[:-1]))
        if any(s.path == path for s in sections):
            return path
    if any(s.path == (name,) for s in sections):
        return (name,)
    return ()
