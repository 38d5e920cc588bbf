"""Safe YAML reading that keeps line numbers and refuses what a scenario file never needs."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from typing import Any

import yaml
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.events import AliasEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.reader import Reader, ReaderError
from yaml.resolver import Resolver

from trainer.i18n import message, msg
from trainer.scenario.problem_text import short
from trainer.scenario.yaml_syntax_text import not_yaml, problem_line, syntax_message

MAX_FILE_BYTES = 1_000_000  # real scenarios are a few kB; refuse before parsing anything large
MAX_DEPTH = 40
YAML_TAG = "tag:yaml.org,2002:"
MERGE_TAG = YAML_TAG + "merge"
TIMESTAMP_TAG = YAML_TAG + "timestamp"
# Where libyaml and PyYAML's Python reader part ways (found by tests/unit/test_yaml_readers.py):
# tabs, "?" and a comment right after a block scalar's ">" libyaml takes where Python refuses
# them; tags ("!"), a byte-order mark past the start and Unicode line breaks it reads
# differently. A text with any of them is read in Python.
_LIBYAML_DIFFERS = re.compile("[\t?!\ufeff\u2028\u2029\x85]|[|>][-+0-9]*#")
_LONG_ESCAPE = re.compile(r"\\U[0-9A-Fa-f]{8}")

PathKey = tuple[str | int, ...]

# Plain scalars are typed by YAML 1.2's core schema, as the editor's ruamel reads them, not by
# PyYAML's YAML 1.1: there `10:00` is the number 600 (base 60) and `yes`, `no`, `on`, `off` are
# true and false, so an unquoted start time was refused as "600" and `duration_s: on` ran for
# one second. In 1.2 they stay text: a time field takes them as written, a number field names
# them, and a yes/no field (pydantic) still reads yes, no, on and off.
BOOL_TAG, INT_TAG, FLOAT_TAG = YAML_TAG + "bool", YAML_TAG + "int", YAML_TAG + "float"
_CORE_SCALARS = [
    (BOOL_TAG, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), "tTfF"),
    # Leading zeros and "0o" are left to the float below: SafeConstructor takes "0777" as octal.
    (INT_TAG, re.compile(r"^(?:[-+]?(?:0|[1-9][0-9]*)|0x[0-9a-fA-F]+)$"), "-+0123456789"),
    (
        FLOAT_TAG,
        re.compile(
            r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
            r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"
        ),
        "-+.0123456789",
    ),
]


class CoreSchemaResolver(Resolver):
    """PyYAML's resolver with YAML 1.2's booleans and numbers in place of YAML 1.1's."""

    yaml_implicit_resolvers = {  # noqa: RUF012 (PyYAML's own class attribute)
        first: [(tag, rx) for tag, rx in found if tag not in (BOOL_TAG, INT_TAG, FLOAT_TAG)]
        for first, found in Resolver.yaml_implicit_resolvers.items()
    }


for _tag, _pattern, _first in _CORE_SCALARS:
    CoreSchemaResolver.add_implicit_resolver(_tag, _pattern, list(_first))


class YamlProblem(Exception):
    """The text is not acceptable YAML for a scenario; `line` is 1-based when known."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


class _ScenarioRules(Composer, SafeConstructor):
    """What a scenario file may not contain, on top of safe loading: aliases and repeated keys.

    A mixin in front of the loaders below, so that both the pure-Python one and the one on
    libyaml's parser apply the same rules with the same messages.
    """

    def compose_node(self, parent: Node | None, index: int) -> Node | None:
        # Aliases let a tiny file expand without bound.
        if self.check_event(AliasEvent):  # type: ignore[attr-defined]
            event = self.peek_event()  # type: ignore[attr-defined]
            raise YamlProblem(message("problem.alias"), event.start_mark.line + 1)
        return super().compose_node(parent, index)

    def construct_mapping(self, node: MappingNode, deep: bool = False) -> dict[Any, Any]:
        # PyYAML keeps the last of two equal keys; in a scenario that silently drops a section.
        if isinstance(node, MappingNode):
            first_lines: dict[Any, int] = {}
            for key_node, _ in node.value:
                if key_node.tag == MERGE_TAG:
                    continue
                key = self.construct_object(key_node, deep=deep)
                line = key_node.start_mark.line + 1
                try:
                    first = first_lines.get(key)
                except TypeError:  # an unhashable key: PyYAML's own check reports it
                    continue
                if first is not None:
                    duplicate = message(
                        "problem.duplicate_key", name=repr(key), line=line, first=first
                    )
                    raise YamlProblem(duplicate, line)
                first_lines[key] = line
        return super().construct_mapping(node, deep)

    def construct_object(self, node: Node, deep: bool = False) -> Any:
        # SafeConstructor turns some values with a type (a date, !!int, !!bool) into Python ones
        # without a check of its own: a month 13, "!!int x" or "!!int ''" fails in Python.
        # An explicit "!!timestamp 9999" fails in Python too: its pattern does not match
        # (AttributeError on the missing match).
        try:
            return super().construct_object(node, deep)
        except (ValueError, KeyError, IndexError, OverflowError, AttributeError) as error:
            line = node.start_mark.line + 1
            value = short(node.value) if isinstance(node, ScalarNode) else ""
            if node.tag == TIMESTAMP_TAG and not isinstance(error, AttributeError):
                raise YamlProblem(message("yaml.bad_date", value=value), line) from None
            tag = (
                "!!" + node.tag.removeprefix(YAML_TAG)
                if node.tag.startswith(YAML_TAG)
                else node.tag
            )
            raise YamlProblem(message("yaml.bad_value", value=value, tag=tag), line) from None


class _NoAliasLoader(_ScenarioRules, CoreSchemaResolver, yaml.SafeLoader):
    """All in Python: the reference for what is accepted, and the source of every message."""


# libyaml's scanner and parser are in every PyYAML wheel; a build from source may lack them.
LIBYAML: bool = yaml.__with_libyaml__

if LIBYAML:
    from yaml._yaml import CParser

    class _FastLoader(_ScenarioRules, CParser, CoreSchemaResolver):
        """Events from libyaml (reading is about ten times faster than Python's scanner), nodes
        composed in Python (so the rules above and Python's recursion limit still apply), values
        made by the same safe constructor."""

        def __init__(self, text: str) -> None:
            CParser.__init__(self, text)
            Composer.__init__(self)
            SafeConstructor.__init__(self)
            CoreSchemaResolver.__init__(self)


@dataclass(frozen=True)
class YamlDocument:
    data: Any
    lines: dict[PathKey, int]  # field path -> 1-based line of its value

    def line_of(self, path: tuple[object, ...]) -> int | None:
        """Line of the deepest known part of a path; parts unknown to the file are skipped."""
        best: int | None = self.lines.get(())
        known: PathKey = ()
        for part in path:
            if isinstance(part, str | int) and (*known, part) in self.lines:
                known = (*known, part)
                best = self.lines[known]
        return best


def read_yaml(text: str) -> YamlDocument:
    """Parse one YAML document with safe constructors only; raise YamlProblem on any failure."""
    if len(text.encode("utf-8", errors="replace")) > MAX_FILE_BYTES:
        raise YamlProblem(message("problem.larger_than", limit=MAX_FILE_BYTES // 1000))
    if LIBYAML and _libyaml_reads_alike(text):
        try:
            return _read(_FastLoader(text))
        except (yaml.YAMLError, YamlProblem, RecursionError):
            pass  # read again in Python, whose messages and lines people get
    return read_in_python(text)


def _libyaml_reads_alike(text: str) -> bool:
    """False for text where libyaml may judge or read otherwise than Python: characters Python
    refuses, and the constructs in _LIBYAML_DIFFERS (tests/unit/test_yaml_readers.py compares
    the two readers on damaged files)."""
    return not _LIBYAML_DIFFERS.search(text) and not Reader.NON_PRINTABLE.search(text)


def read_in_python(text: str) -> YamlDocument:
    """`read_yaml` without libyaml: slower, and the reference for what is accepted."""
    try:
        loader = _NoAliasLoader(text)  # the reader refuses control characters right here
    except ReaderError as error:
        raise _control_character(text, error) from None
    try:
        return _read(loader)
    except yaml.MarkedYAMLError as error:
        words = syntax_message(error, _open_brackets(loader, text))
        raise YamlProblem(words, problem_line(error)) from None
    except yaml.YAMLError:
        raise YamlProblem(not_yaml(msg("yaml.unrecognised"))) from None
    except RecursionError:
        raise YamlProblem(message("problem.too_deep", levels=MAX_DEPTH)) from None
    except (ValueError, OverflowError):
        # PyYAML's scanner makes a "\\U" escape's character with chr() unchecked: past
        # U+10FFFF it fails there, on the line it is reading.
        raise _escape_beyond_unicode(text, loader.line + 1) from None


def _escape_beyond_unicode(text: str, line: int) -> YamlProblem:
    """A double-quoted "\\U00110000" names no character: which one, on which line."""
    lines = text.splitlines()
    shown = lines[line - 1] if 0 < line <= len(lines) else ""
    escapes = [e for e in _LONG_ESCAPE.findall(shown) if int(e[2:], 16) > sys.maxunicode]
    if not escapes:  # some other value Python could not make: no words of ours for it
        return YamlProblem(not_yaml(msg("yaml.unrecognised")), line)
    said = msg("yaml.escape_beyond_unicode", start=line, escape=escapes[0])
    return YamlProblem(not_yaml(said), line)


def _open_brackets(loader: _NoAliasLoader, text: str) -> list[tuple[str, int]]:
    """The '[' and '{' the parser had open when it stopped (it keeps every open collection's
    start in `marks`), outermost first, with their lines."""
    marks = getattr(loader, "marks", [])
    return [
        (text[mark.index], mark.line + 1)
        for mark in marks
        if mark.index < len(text) and text[mark.index] in "[{"
    ]


def _read(loader: _ScenarioRules) -> YamlDocument:
    try:
        node = loader.get_single_node()
        if node is None:
            raise YamlProblem(message("problem.empty"), 1)
        lines: dict[PathKey, int] = {}
        _collect_lines(node, (), node.start_mark.line + 1, lines, 0)
        return YamlDocument(loader.construct_document(node), lines)
    finally:
        loader.dispose()  # type: ignore[attr-defined]


def _control_character(text: str, error: ReaderError) -> YamlProblem:
    """Where the reader found a character YAML forbids, as line and byte of the file."""
    position = min(max(error.position, 0), len(text))
    before = text[:position]
    line = before.count("\n") + 1
    byte = len(before.encode("utf-8"))
    found = text[position] if position < len(text) else chr(error.character)
    code = f"U+{ord(found):04X}"
    return YamlProblem(message("problem.control_character", code=code, line=line, byte=byte), line)


def _plain_key(node: ScalarNode) -> str | int:
    """A key as the loaded data holds it: text, or a whole number (`1: x`, which the format
    refuses, on the line where it stands). Other kinds of key are kept as written."""
    if node.tag == INT_TAG:
        try:
            return int(node.value, 0)
        except ValueError:
            return node.value
    return str(node.value)


def _collect_lines(
    node: Node, path: PathKey, line: int, lines: dict[PathKey, int], depth: int
) -> None:
    """Record where each value is; a mapping value is placed on its key's line."""
    if depth > MAX_DEPTH:
        raise YamlProblem(message("problem.too_deep", levels=MAX_DEPTH), line)
    lines[path] = line
    if isinstance(node, MappingNode):
        for key_node, value_node in node.value:
            if isinstance(key_node, ScalarNode):
                key_line = key_node.start_mark.line + 1
                key = _plain_key(key_node)
                _collect_lines(value_node, (*path, key), key_line, lines, depth + 1)
    elif isinstance(node, SequenceNode):
        for index, item in enumerate(node.value):
            _collect_lines(item, (*path, index), item.start_mark.line + 1, lines, depth + 1)
