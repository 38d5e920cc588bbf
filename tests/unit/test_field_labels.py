"""The scenario editor labels every field of the format in Dutch, and names its key."""

from __future__ import annotations

from typing import Any

from trainer import i18n
from trainer.i18n.field_labels_nl import FIELD_LABELS_NL
from trainer.scenario.schema_walk import SchemaWalker, field_label


def _field_names(walker: SchemaWalker, node: Any, seen: set[int]) -> set[str]:
    """Every field name reachable in the schema, through references and unions."""
    if id(node) in seen or not isinstance(node, dict | list):
        return set()
    seen.add(id(node))
    if isinstance(node, list):
        return {name for item in node for name in _field_names(walker, item, seen)}
    names = set(node.get("properties", {}))
    for value in node.values():
        names |= _field_names(walker, value, seen)
    return names


def test_every_field_of_the_format_has_a_dutch_label() -> None:
    walker = SchemaWalker()
    names = _field_names(walker, walker.root, set())
    assert len(names) > 100  # the walk reached the whole format
    missing = sorted(names - set(FIELD_LABELS_NL))
    assert missing == [], f"give these fields a Dutch label in FIELD_LABELS_NL: {missing}"
    assert not set(FIELD_LABELS_NL) - names, "labels of fields the format no longer has"


def test_labels_follow_the_language_and_the_tooltip_names_the_key() -> None:
    assert field_label("duration_s") == "duration s"
    i18n.use_language("nl")
    try:
        assert field_label("duration_s") == "duur (s)"
        spec = next(f for f in SchemaWalker().fields(SchemaWalker().root) if f.name == "seed")
        assert spec.title == "startwaarde" and spec.tooltip.startswith("seed")
    finally:
        i18n.use_language("en")
