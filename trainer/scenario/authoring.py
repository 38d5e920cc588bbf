"""A scenario being edited: round-trip YAML that keeps the author's comments and key order.

The editor changes values in place in ruamel.yaml's round-trip tree, so whatever it does not
touch is written back as it was read. Text is first read by the loader's own safe reader
(yaml_source.read_yaml: no aliases, no tags beyond plain data, size and depth limits), so the
editor refuses exactly what the loader refuses, with the same messages.
"""

from __future__ import annotations

import contextlib
import copy
import io
import math
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, ScalarString
from yaml.nodes import ScalarNode

from trainer.errors import Problem, ScenarioError
from trainer.geo.airspace import AssetLibrary
from trainer.i18n import message
from trainer.i18n.os_words import os_reason
from trainer.replace_file import replace_file
from trainer.scenario.loader import load_scenario_text
from trainer.scenario.model import FORMAT_VERSION, Scenario
from trainer.scenario.yaml_source import CoreSchemaResolver, YamlProblem, read_yaml
from trainer.scenario.yaml_syntax_text import problem_line, syntax_message
from trainer.text import printable

PathKey = tuple[str | int, ...]
STRING_TAG = "tag:yaml.org,2002:str"
FLOW_SAFE_TEXT = re.compile(r"[A-Za-z0-9][A-Za-z0-9 _.+/@()-]*")  # e.g. a Remote ID serial
_RESOLVER = CoreSchemaResolver()  # as the loader (yaml_source.read_yaml) resolves plain scalars
MAX_UNDO = 100  # steps kept (a deep copy each: ~10 ms and a few hundred kB for the largest)
SAME_ACTION_S = 0.05  # changes this close together are one action (a point's lat and lon)
TYPING_S = 2.0  # typing into one field within this is one step
COORDINATE_DECIMALS = 5  # about 1 m: finer than anyone places a drone by clicking

NEW_SCENARIO = f"""\
# Made in the scenario editor.
format: {FORMAT_VERSION}
id: new-scenario
title: New scenario
summary: What happens, for the instructor's library.
difficulty: 1
offender: none
duration_s: 600
seed: 1
airspace:
  assets: [twente]
drones: []
"""


def _yaml() -> YAML:
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


def path_text(path: Sequence[str | int]) -> str:
    """A field path as the loader names it: drones[0].behaviour.waypoints[1].lat."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text


class ScenarioDocument:
    """The scenario text as an editable tree; `revision` counts the changes made to it."""

    def __init__(self, data: CommentedMap, path: Path | None = None) -> None:
        self.data = data
        self.path = path
        self.revision = 0
        # plain()'s answer, for the revision and the tree it was made from: the editor asks
        # for it on every section shown and every value typed.
        self._plain: tuple[int, CommentedMap, Any] | None = None
        # A copy of the tree made while nothing waited (prepare_undo), for the next change's
        # undo step; dropped by any change. Copying at the keystroke took 15-40 ms (swarm-24).
        self._spare: tuple[CommentedMap, CommentedMap] | None = None  # (tree, its copy)
        self._undo: list[CommentedMap] = []  # earlier states, the latest last
        self._redo: list[CommentedMap] = []
        self._last_change: tuple[tuple[str | int, ...], float] | None = None

    @classmethod
    def from_text(cls, text: str, path: Path | None = None) -> ScenarioDocument:
        """Parse scenario text; raise ScenarioError with the loader's message when it is unsafe."""
        name = str(path or "new scenario")
        try:
            read_yaml(text)  # the loader's safe reader decides what may be opened at all
        except YamlProblem as problem:
            raise ScenarioError(name, [Problem(name, "", problem.message, problem.line)]) from None
        try:
            data = _yaml().load(text)
        except YAMLError as error:
            # ruamel reads YAML 1.2, where NEL and LS (U+0085, U+2028) do not end a line: a text
            # read_yaml takes can still be refused here, in the same words.
            not_yaml = Problem(name, "", syntax_message(error), problem_line(error))
            raise ScenarioError(name, [not_yaml]) from None
        if not isinstance(data, CommentedMap):
            raise ScenarioError(name, [Problem(name, "", message("problem.not_mapping"))])
        return cls(data, path)

    @classmethod
    def open(cls, path: Path) -> ScenarioDocument:
        try:
            raw = path.read_bytes()
        except OSError as error:
            why = os_reason(error)
            problem = Problem(str(path), "", message("problem.cannot_read", why=why))
            raise ScenarioError(path, [problem]) from None
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            problem = Problem(str(path), "", message("problem.not_utf8_byte", byte=error.start))
            raise ScenarioError(path, [problem]) from None
        # A file from Windows (CRLF): ruamel keeps the '\r' in comments, and the text saved on
        # Windows would then end those lines '\r\r\n' (a blank line after each in Notepad).
        # YAML reads every line break as '\n' anyway; the save writes the system's own.
        return cls.from_text(text.replace("\r\n", "\n").replace("\r", "\n"), path)

    @classmethod
    def new(cls) -> ScenarioDocument:
        return cls.from_text(NEW_SCENARIO)

    def to_text(self) -> str:
        out = io.StringIO()
        _yaml().dump(self.data, out)
        return out.getvalue()

    def save(self, path: Path | None = None) -> Path:
        """Write the text (to `path`, which becomes the document's); via a temporary file, so a
        failed write never leaves half a scenario behind."""
        target = path or self.path
        if target is None:
            raise ValueError(message("problem.no_file_to_save"))
        text = self.to_text()
        temporary = target.with_name(f".{target.name}.saving")
        try:
            temporary.write_text(text, encoding="utf-8")
            replace_file(temporary, target)
        except BaseException:
            with contextlib.suppress(OSError):  # no half-written copy left beside the file
                temporary.unlink(missing_ok=True)
            raise
        self.path = target
        return target

    # -- reading and changing values ------------------------------------------------------------

    def get(self, path: Sequence[str | int], default: Any = None) -> Any:
        """The tree's own node at `path`: to be read; changes go through set, remove, append
        (which keep the undo steps and plain() right)."""
        node: Any = self.data
        for part in path:
            in_map = isinstance(node, dict) and isinstance(part, str) and part in node
            in_list = isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)
            if in_map or in_list:
                node = node[part]
            else:
                return default
        return node

    def set(self, path: Sequence[str | int], value: Any) -> None:
        """Set a value, making the maps on the way; a map or list value is styled like a file's."""
        self._before_change(path)
        *parents, last = path
        node = self._container(parents)
        value = styled(value, in_flow=_is_flow(node))
        old = self.get(path)
        if isinstance(old, ScalarString) and type(value) is str:
            value = type(old)(value)  # a folded summary stays folded, a quoted time quoted
        if isinstance(node, list) and isinstance(last, int):
            if last == len(node):
                node.append(value)
            else:
                node[last] = value
        elif isinstance(node, dict):
            node[last] = value
        else:
            raise KeyError(path_text(path))
        self.revision += 1

    def remove(self, path: Sequence[str | int]) -> None:
        *parents, last = path
        node = self.get(parents)
        in_list = isinstance(node, list) and isinstance(last, int) and 0 <= last < len(node)
        if in_list or (isinstance(node, dict) and last in node):
            self._before_change(path)
            del node[last]
        else:
            return
        self.revision += 1

    def append(self, path: Sequence[str | int], value: Any) -> int:
        """Append to the list at `path` (made if missing); return the new item's index."""
        self._before_change(path)
        items = self.get(path)
        if not isinstance(items, list):
            self.set(path, [])
            items = self.get(path)
        items.append(styled(value, in_flow=_is_flow(items)))
        self.revision += 1
        return len(items) - 1

    # -- undo ------------------------------------------------------------------------------------

    def _before_change(self, path: Sequence[str | int]) -> None:
        """Keep the state before a change. Changes in one go (a move's lat and lon) and typing
        into one field make one step, so one undo takes back what the author did at once."""
        self._plain = None  # also when the change fails half-way (a map made on the way)
        spare, self._spare = self._spare, None
        now = time.monotonic()
        key = tuple(path)
        last = self._last_change
        self._last_change = (key, now)
        if last is not None and (
            now - last[1] < SAME_ACTION_S or (last[0] == key and now - last[1] < TYPING_S)
        ):
            return
        fresh = spare is not None and spare[0] is self.data  # nothing changed since the copy
        self._undo.append(spare[1] if spare is not None and fresh else copy.deepcopy(self.data))
        del self._undo[:-MAX_UNDO]
        self._redo.clear()

    def prepare_undo(self) -> None:
        """Copy the tree now, while the author pauses, for the next change's undo step (the
        editor calls this after its live check): the keystroke that starts a step is then not
        kept waiting for the copy."""
        if self._spare is None or self._spare[0] is not self.data:
            self._spare = (self.data, copy.deepcopy(self.data))

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo(self) -> bool:
        if not self._undo:
            return False
        self._redo.append(self.data)
        self.data = self._undo.pop()
        self._last_change = None
        self.revision += 1
        return True

    def redo(self) -> bool:
        if not self._redo:
            return False
        self._undo.append(self.data)
        self.data = self._redo.pop()
        self._last_change = None
        self.revision += 1
        return True

    def plain(self) -> Any:
        """The data as plain dicts and lists (what the loader validates). Read-only: every
        caller gets the same one until the document changes, so changing it raises TypeError
        (copy.deepcopy(document.plain()) gives ordinary dicts and lists to change)."""
        cached = self._plain
        if cached is None or cached[0] != self.revision or cached[1] is not self.data:
            cached = self._plain = (self.revision, self.data, _plain(self.data))
        return cached[2]

    def _container(self, path: Sequence[str | int]) -> Any:
        node: Any = self.data
        for index, part in enumerate(path):
            if isinstance(node, dict) and isinstance(part, str):
                if not isinstance(node.get(part), dict | list):
                    following = path[index + 1] if index + 1 < len(path) else None
                    node[part] = CommentedSeq() if isinstance(following, int) else CommentedMap()
                node = node[part]
            elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
                node = node[part]
            else:
                raise KeyError(path_text(path[: index + 1]))
        return node

    # -- checking -------------------------------------------------------------------------------

    def check(self, library: AssetLibrary) -> CheckResult:
        """Validate the text as the loader would load the saved file: same rules, same messages."""
        name = self.path or Path("new-scenario.yaml")
        try:
            scenario = load_scenario_text(self.to_text(), name, library)
        except ScenarioError as error:
            return CheckResult(None, tuple(error.problems))
        return CheckResult(scenario, ())


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


@dataclass(frozen=True)
class CheckResult:
    scenario: Scenario | None
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return self.scenario is not None


def round_coordinate(value: float) -> float:
    return round(float(value), COORDINATE_DECIMALS)


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


def _is_flow(node: Any) -> bool:
    return isinstance(node, CommentedMap | CommentedSeq) and bool(node.fa.flow_style())


def _refuse_change(*_args: Any, **_kwargs: Any) -> NoReturn:
    # A mistake in the program, never the author's: not translated.
    raise TypeError("ScenarioDocument.plain() is read-only; change the document instead")


class ReadOnlyDict(dict[str, Any]):
    """A map of ScenarioDocument.plain(): shared by all its readers, so it refuses changes.
    copy.deepcopy gives a tree of ordinary dicts and lists to change; a shallow copy (copy.copy,
    dict(...)) is an ordinary dict only at the top, its maps and lists still read-only."""

    __setitem__ = __delitem__ = __ior__ = _refuse_change
    clear = pop = popitem = setdefault = update = _refuse_change

    def __reduce__(self) -> tuple[type[dict[str, Any]], tuple[dict[str, Any]]]:
        return dict, (dict(self),)


class ReadOnlyList(list[Any]):
    """A list of ScenarioDocument.plain(); see ReadOnlyDict."""

    __setitem__ = __delitem__ = __iadd__ = __imul__ = _refuse_change
    append = extend = insert = pop = remove = clear = sort = reverse = _refuse_change

    def __reduce__(self) -> tuple[type[list[Any]], tuple[list[Any]]]:
        return list, (list(self),)


def _plain(node: Any) -> Any:
    if isinstance(node, dict):
        return ReadOnlyDict({str(key): _plain(value) for key, value in node.items()})
    if isinstance(node, list):
        return ReadOnlyList([_plain(item) for item in node])
    if isinstance(node, bool) or node is None:
        return node
    if isinstance(node, int):
        return int(node)
    if isinstance(node, float):
        return float(node)
    return str(node) if isinstance(node, str) else node
