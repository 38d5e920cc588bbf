"""Values written into the editor's round-trip YAML tree so that the loader reads them as
meant: text that it would take for a boolean or a number quoted, new numbers spelled as
numbers, small maps on one line as the bundled files write them."""

from __future__ import annotations

import math
import re
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString
from yaml.nodes import ScalarNode

from trainer.scenario.yaml_source import CoreSchemaResolver
from trainer.text import printable

STRING_TAG = "tag:yaml.org,2002:str"
FLOW_SAFE_TEXT = re.compile(r"[A-Za-z0-9][A-Za-z0-9 _.+/@()-]*")  # e.g. a Remote ID serial
_RESOLVER = CoreSchemaResolver()  # as the loader (yaml_source.read_yaml) resolves plain scalars


def round_trip_yaml() -> YAML:
    """ruamel.yaml's reader and writer of the editor's tree, writing in the bundled files' style."""
    # "rt" is ruamel's round-trip mode: it builds plain maps, lists and scalars (never Python
    # objects); it only ever sees text that the loader's safe reader has already accepted.
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096  # never fold a long line the author wrote on one
    yaml.indent(mapping=2, sequence=4, offset=2)  # the bundled files' style
    yaml.representer.add_representer(float, _represent_float)
    return yaml


def _represent_float(representer: Any, value: float) -> Any:
    """A new number as the loader reads it: YAML 1.1 takes 1e-05 for text, 1.0e-05 for a
    number (numbers read from the file keep their own spelling: ruamel's ScalarFloat)."""
    text = repr(value)
    if not math.isfinite(value):
        text = ".nan" if math.isnan(value) else (".inf" if value > 0 else "-.inf")
    elif "e" in text and "." not in text:
        mantissa, exponent = text.split("e")
        text = f"{mantissa}.0e{exponent}"
    return representer.represent_scalar("tag:yaml.org,2002:float", text)


def clean_text(text: str) -> str:
    """Typed or pasted text without control characters or Unicode line separators, which YAML
    would write back as other characters (a NEL becomes a space)."""
    return printable(text).replace("\u2028", " ").replace("\u2029", " ")


def styled(value: Any, in_flow: bool = False) -> Any:
    """Plain data as ruamel nodes: a map of plain values flows on one line ({lat: .., lon: ..}),
    as the bundled files write positions and waypoints; bigger maps are blocks. `in_flow`: the
    value goes into a one-line map or list, where fewer texts may stand unquoted."""
    if isinstance(value, str):
        text = clean_text(value)
        # Text the loader would read as a boolean or a number (true, 12, 1e5) is quoted.
        # Inside [..] or {..} the two libraries also disagree on text such as ?E or 0?
        # (PyYAML reads a key or fails): there only plain words stay unquoted.
        if _RESOLVER.resolve(ScalarNode, text, (True, False)) != STRING_TAG or (
            in_flow and not FLOW_SAFE_TEXT.fullmatch(text)
        ):
            return DoubleQuotedScalarString(text)
        return text
    if isinstance(value, CommentedMap | CommentedSeq):
        return value
    if isinstance(value, dict):
        flow = all(not isinstance(item, dict | list) for item in value.values()) and len(value) <= 5
        node = CommentedMap((key, styled(item, flow or in_flow)) for key, item in value.items())
        if flow:
            node.fa.set_flow_style()
        return node
    if isinstance(value, list | tuple):
        flow = bool(value) and all(isinstance(item, str) for item in value)  # tags: [a, b]
        seq = CommentedSeq(styled(item, flow or in_flow) for item in value)
        if flow:
            seq.fa.set_flow_style()
        return seq
    return value


def is_flow(node: Any) -> bool:
    return isinstance(node, CommentedMap | CommentedSeq) and bool(node.fa.flow_style())
