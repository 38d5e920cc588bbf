"""A scenario being edited: round-trip YAML that keeps the author's comments and key order.

The editor changes values in place in ruamel.yaml's round-trip tree, so whatever it does not
touch is written back as it was read. Text is first read by the loader's own safe reader
(yaml_source.read_yaml: no aliases, no tags beyond plain data, size and depth limits), so the
editor refuses exactly what the loader refuses, with the same messages.

How new values are written into the tree is yaml_style's, the undo steps undo_history's, the
read-only plain() tree plain_tree's, edits across the document (references following a new id,
incidents for drones without one) authoring_edits'.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError
from ruamel.yaml.scalarstring import ScalarString

from trainer.errors import Problem, ScenarioError
from trainer.geo.airspace import AssetLibrary
from trainer.i18n import message
from trainer.i18n.os_words import os_reason
from trainer.replace_file import replace_file
from trainer.scenario.authoring_edits import DEFINED_AT, add_missing_incidents, rename_references
from trainer.scenario.loader import load_scenario_text
from trainer.scenario.model import FORMAT_VERSION, Scenario
from trainer.scenario.plain_tree import ReadOnlyDict, plain_tree
from trainer.scenario.undo_history import UndoHistory
from trainer.scenario.yaml_source import YamlProblem, read_yaml
from trainer.scenario.yaml_style import clean_text, is_flow, round_trip_yaml, styled
from trainer.scenario.yaml_syntax_text import problem_line, syntax_message
from trainer.text_bytes import not_utf8

__all__ = [  # the editor's document; the rest is imported from here too
    "DEFINED_AT",
    "CheckResult",
    "PathKey",
    "ReadOnlyDict",
    "ScenarioDocument",
    "add_missing_incidents",
    "clean_text",
    "path_text",
    "rename_references",
    "round_coordinate",
]

PathKey = tuple[str | int, ...]
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
        # plain()'s and to_text()'s answers, kept for the revision and the tree they were made
        # from: the editor asks for the plain data on every section shown and every value
        # typed, and for the text on every live check, saved-or-not test and save.
        self._kept: dict[str, Any] = {}
        self._kept_for: tuple[int, CommentedMap] | None = None
        self._history = UndoHistory()

    @classmethod
    def from_text(cls, text: str, path: Path | None = None) -> ScenarioDocument:
        """Parse scenario text; raise ScenarioError with the loader's message when it is unsafe."""
        name = str(path or "new scenario")
        try:
            read_yaml(text)  # the loader's safe reader decides what may be opened at all
        except YamlProblem as problem:
            raise ScenarioError(name, [Problem(name, "", problem.message, problem.line)]) from None
        try:
            data = round_trip_yaml().load(text)
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
            found = not_utf8(raw, error)  # as the loader says it: line, column, the encoding
            problem = Problem(str(path), "", found.words, found.line)
            raise ScenarioError(path, [problem]) from None
        # A file from Windows (CRLF): ruamel keeps the '\r' in comments, and the text saved on
        # Windows would then end those lines '\r\r\n' (a blank line after each in Notepad).
        # YAML reads every line break as '\n' anyway; the save writes the system's own.
        return cls.from_text(text.replace("\r\n", "\n").replace("\r", "\n"), path)

    @classmethod
    def new(cls) -> ScenarioDocument:
        return cls.from_text(NEW_SCENARIO)

    def to_text(self) -> str:
        text: str = self._keep("text", self._write)
        return text

    def _write(self) -> str:
        out = io.StringIO()
        round_trip_yaml().dump(self.data, out)
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
        value = styled(value, in_flow=is_flow(node))
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
        items.append(styled(value, in_flow=is_flow(items)))
        self.revision += 1
        return len(items) - 1

    # -- undo ------------------------------------------------------------------------------------

    def _before_change(self, path: Sequence[str | int]) -> None:
        """Keep the state before a change for undo (undo_history: one step per thing done)."""
        self._kept_for = None  # also when a change fails half-way (a map made on the way)
        self._history.before_change(self.data, path)

    def prepare_undo(self) -> None:
        """Copy the tree now, while the author pauses, for the next change's undo step (the
        editor calls this after its live check): the keystroke that starts a step is then not
        kept waiting for the copy."""
        self._history.prepare(self.data)

    @property
    def can_undo(self) -> bool:
        return self._history.can_undo

    @property
    def can_redo(self) -> bool:
        return self._history.can_redo

    def undo(self) -> bool:
        earlier = self._history.undo(self.data)
        if earlier is None:
            return False
        self.data = earlier
        self.revision += 1
        return True

    def redo(self) -> bool:
        later = self._history.redo(self.data)
        if later is None:
            return False
        self.data = later
        self.revision += 1
        return True

    def plain(self) -> Any:
        """The data as plain dicts and lists (what the loader validates). Read-only: every
        caller gets the same one until the document changes, so changing it raises TypeError
        (copy.deepcopy(document.plain()) gives ordinary dicts and lists to change)."""
        return self._keep("plain", lambda: plain_tree(self.data))

    def _keep(self, name: str, make: Callable[[], Any]) -> Any:
        """`make()`'s answer, made once for the document as it is now."""
        made_for = self._kept_for
        if made_for is None or made_for[0] != self.revision or made_for[1] is not self.data:
            self._kept, self._kept_for = {}, (self.revision, self.data)
        if name not in self._kept:
            self._kept[name] = make()
        return self._kept[name]

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


@dataclass(frozen=True)
class CheckResult:
    scenario: Scenario | None
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return self.scenario is not None


def round_coordinate(value: float) -> float:
    return round(float(value), COORDINATE_DECIMALS)
