"""What a form's fields do to the scenario: set or remove a value, and note a typed text that
is no number (refused: the file keeps the value it had)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from trainer.errors import Problem
from trainer.scenario.authoring import PathKey, ScenarioDocument, path_text, rename_references


class FieldWriter:
    """Writes the fields' values into `document`; `edited` is called after each change,
    `refusals_changed` when a refused text is added or put right, `tell` with what the author
    should know (an id renamed in other places too)."""

    def __init__(
        self,
        document: ScenarioDocument,
        edited: Callable[[], None],
        refusals_changed: Callable[[], None],
        tell: Callable[[str], None],
    ) -> None:
        self.document = document
        self.edited = edited
        self.refusals_changed = refusals_changed
        self.tell = tell
        # Typed texts that are no number, by field path: why (the file keeps its value).
        self.refused: dict[PathKey, str] = {}

    def get(self, path: PathKey) -> Any:
        return self.document.get(path)

    def set(self, path: PathKey, value: Any) -> None:
        if self.document.get(path) == value and path[-1] in (self.document.get(path[:-1]) or {}):
            return
        self.document.set(path, value)
        self.edited()

    def set_or_remove(self, path: PathKey, value: Any) -> None:
        if value is None:
            if self.document.get(path) is not None:
                self.document.remove(path)
                self.edited()
            return
        self.set(path, value)

    def rename(self, kind: str, old: str, new: str) -> int:
        """An id renamed: what named the old one follows; returns in how many places."""
        count = rename_references(self.document, kind, old, new)
        if count:
            self.edited()
        return count

    def refuse(self, path: PathKey, why: str) -> None:
        """Note (or, with why="", forget) that the text typed at `path` is no number."""
        if self.refused.get(path, "") == why:
            return
        if why:
            self.refused[path] = why
        else:
            del self.refused[path]
        self.refusals_changed()

    def forget_refusals(self) -> None:
        """The fields show the file's values again (the form was made anew)."""
        if self.refused:
            self.refused.clear()
            self.refusals_changed()

    def refusal_problems(
        self, file: str, line_of: Callable[[PathKey], int | None]
    ) -> list[Problem]:
        """The refused numbers as problems of the scenario: the author sees them listed and
        under their fields, and no dry run starts from a file that says something else."""
        return [Problem(file, path_text(p), why, line_of(p)) for p, why in self.refused.items()]
