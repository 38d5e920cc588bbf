"""The scenario format's JSON Schema, walked field by field for forms that build themselves.

The editor's forms are made from this, not from a list of their own, so a field added to the
pydantic models (an airspace import, a new behaviour) shows up in the editor with its choices,
its description and whether it is required.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from trainer.i18n import current as current_language
from trainer.i18n.field_labels_nl import FIELD_LABELS_NL
from trainer.scenario.model import Scenario

Schema = dict[str, Any]


@cache
def scenario_schema() -> Schema:
    return Scenario.model_json_schema()


@dataclass(frozen=True)
class FieldSpec:
    """One field of a section of the format, as a form shows it."""

    name: str
    kind: str  # object, list, union, enum, boolean, integer, number, string, const, mapping
    schema: Schema  # resolved: no $ref, no "X or null"
    required: bool
    nullable: bool
    description: str
    default: Any
    choices: tuple[str, ...] = ()  # enum values, or a union's kinds

    @property
    def title(self) -> str:
        return field_label(self.name)

    @property
    def tooltip(self) -> str:
        """The key as the file writes it, and what the field means."""
        return f"{self.name}: {self.description}" if self.description else self.name


def field_label(name: str) -> str:
    """A field's label in the editor: its key in English ('duration s'), in Dutch its Dutch
    label ('duur (s)'); the file's keys are the same in both."""
    if current_language() == "nl":
        return FIELD_LABELS_NL.get(name, name.replace("_", " "))
    return name.replace("_", " ")


class SchemaWalker:
    """Resolves references and "X or null" in one root schema (the scenario's by default)."""

    def __init__(self, root: Schema | None = None) -> None:
        self.root = root or scenario_schema()

    def resolve(self, node: Schema) -> tuple[Schema, bool]:
        """The node behind $ref and `anyOf: [X, null]`, and whether null is allowed."""
        nullable = False
        while True:
            if "$ref" in node:
                merged = {k: v for k, v in node.items() if k != "$ref"}
                target = self.root["$defs"][node["$ref"].rsplit("/", 1)[-1]]
                node = {**target, **{k: v for k, v in merged.items() if k != "default"}}
                continue
            options = node.get("anyOf")
            if options and any(o.get("type") == "null" for o in options):
                rest = [o for o in options if o.get("type") != "null"]
                nullable = True
                if len(rest) == 1:
                    outer = {k: v for k, v in node.items() if k not in ("anyOf", "default")}
                    node = {**rest[0], **outer}
                    continue
                node = {**node, "anyOf": rest}
            return node, nullable

    def kind_of(self, node: Schema) -> str:
        node, _ = self.resolve(node)
        if "const" in node:
            return "const"
        if "enum" in node:
            return "enum"
        if "oneOf" in node and "discriminator" in node:
            return "union"
        if "anyOf" in node:
            return "string"  # e.g. a value or a list of values: written as text
        kind = node.get("type")
        if kind == "object":
            return "object" if "properties" in node else "mapping"
        if kind == "array":
            return "list"
        return str(kind or "string")

    def fields(self, node: Schema) -> list[FieldSpec]:
        """The fields of an object section, in the format's order."""
        node, _ = self.resolve(node)
        required = set(node.get("required", ()))
        specs = []
        for name, child in node.get("properties", {}).items():
            resolved, nullable = self.resolve(child)
            kind = self.kind_of(resolved)
            specs.append(
                FieldSpec(
                    name=name,
                    kind=kind,
                    schema=resolved,
                    required=name in required,
                    nullable=nullable,
                    description=str(child.get("description") or resolved.get("description", "")),
                    default=child.get("default", resolved.get("default")),
                    choices=self.choices(resolved),
                )
            )
        return specs

    def choices(self, node: Schema) -> tuple[str, ...]:
        node, _ = self.resolve(node)
        if "enum" in node:
            return tuple(str(v) for v in node["enum"])
        if "oneOf" in node and "discriminator" in node:
            mapping = node["discriminator"]["mapping"]
            by_ref = {ref: tag for tag, ref in mapping.items()}
            ordered = [by_ref[m["$ref"]] for m in node["oneOf"] if m.get("$ref") in by_ref]
            return tuple(ordered + [tag for tag in mapping if tag not in ordered])  # format order
        return ()

    def variant(self, node: Schema, tag: str) -> Schema | None:
        """The member of a discriminated union whose `kind` is `tag`."""
        node, _ = self.resolve(node)
        mapping = node.get("discriminator", {}).get("mapping", {})
        if tag not in mapping:
            return None
        return self.resolve({"$ref": mapping[tag]})[0]

    def discriminator(self, node: Schema) -> str:
        node, _ = self.resolve(node)
        return str(node.get("discriminator", {}).get("propertyName", "kind"))

    def items(self, node: Schema) -> Schema:
        node, _ = self.resolve(node)
        return self.resolve(node.get("items", {}))[0]

    def at(self, path: tuple[str | int, ...], data: Any) -> Schema | None:
        """The schema of the value at a path of the scenario (unions chosen by the data)."""
        node: Schema = self.root
        value = data
        for part in path:
            node, _ = self.resolve(node)
            if self.kind_of(node) == "union":
                tag = value.get(self.discriminator(node)) if isinstance(value, dict) else None
                chosen = self.variant(node, str(tag)) if tag is not None else None
                if chosen is None:
                    return None
                node = chosen
            if isinstance(part, int):
                if node.get("type") != "array":
                    return None
                node = node.get("items", {})
                value = value[part] if isinstance(value, list) and part < len(value) else None
            else:
                properties = node.get("properties", {})
                if part not in properties:
                    return None
                node = properties[part]
                value = value.get(part) if isinstance(value, dict) else None
        return self.resolve(node)[0]

    def skeleton(self, node: Schema, tag: str | None = None) -> Any:
        """A new value with its required fields filled in: where an author starts from."""
        node, _ = self.resolve(node)
        kind = self.kind_of(node)
        if kind == "union":
            tag = tag or self.choices(node)[0]
            variant = self.variant(node, tag) or {}
            value = self.skeleton(variant)
            value.pop(self.discriminator(node), None)
            return {self.discriminator(node): tag, **value}
        if kind == "object":
            result: dict[str, Any] = {}
            for spec in self.fields(node):
                if spec.required:
                    result[spec.name] = self.skeleton(spec.schema)
            return result
        if kind == "const":
            return node["const"]
        if kind == "enum":
            return node["enum"][0]
        if kind == "list":
            return []
        if kind == "mapping":
            return {}
        if kind == "boolean":
            return False
        if kind in ("number", "integer"):
            low = float(node.get("minimum", node.get("exclusiveMinimum")) or 0)
            value = max(1.0, low) if "exclusiveMinimum" in node else low
            return int(value) if kind == "integer" or value.is_integer() else value
        return node.get("default") or ""
