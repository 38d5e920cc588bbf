"""What a list item added by "Add to ..." starts with, beyond the format's bare skeleton.

The skeleton fills required fields with their emptiest values: an id of '', a drone named '',
a position at latitude -90, longitude -180 (the format's lowest). Each is refused at once, and
a flock of birds at the South Pole is far from useful. A new item gets an id of its own, the
scenario's first drone, and the aerodrome for a place: valid to start from, changed in the form.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

# An item's id from its list: 'flight-1' in manned traffic, 'incident-2' in an answer key.
ID_WORDS = {"manned": "flight", "incidents": "incident", "zones": "zone", "birds": "flock"}
NOWHERE = (-90, -180)  # the skeleton's position: the format's lowest latitude and longitude


def filled_in(
    item: Any,
    list_name: str,
    taken_ids: Iterable[str],
    drones: list[str],
    site: tuple[float, float] | None,
) -> Any:
    """`item` with an empty id, drone or position given a value; anything else unchanged."""
    if not isinstance(item, dict):
        return item
    if item.get("id") == "":
        item["id"] = _unique(ID_WORDS.get(list_name, list_name), set(taken_ids))
    if item.get("drone") == "" and drones:
        item["drone"] = drones[0]
    if site is not None:
        _place(item, site)
    return item


def _unique(word: str, taken: set[str]) -> str:
    number = 1
    while f"{word}-{number}" in taken:
        number += 1
    return f"{word}-{number}"


def _place(node: dict[str, Any], site: tuple[float, float]) -> None:
    """Positions left at NOWHERE, at any depth (a flock's start), put at the site."""
    if (node.get("lat"), node.get("lon")) == NOWHERE:
        node["lat"], node["lon"] = site
    for value in node.values():
        if isinstance(value, dict):
            _place(value, site)
