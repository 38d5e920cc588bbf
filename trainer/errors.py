"""Typed errors of the trainer; every one carries a message a user can act on."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from trainer.i18n import message


class TrainerError(Exception):
    """Base of every error the trainer raises on purpose."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong in an input file: where it is and what is wrong."""

    file: str
    field: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        field = f" {self.field}:" if self.field else ""
        return f"{where}:{field} {self.message}"


# Problems a command prints of one file: a generated file can make the same mistake thousands
# of times, and the first screenful says what to fix (`validate --all` shows every one).
PROBLEMS_SHOWN = 20


class ScenarioError(TrainerError):
    """A scenario file that cannot be used; holds every problem found in it."""

    def __init__(self, path: str | Path, problems: list[Problem]) -> None:
        self.path = str(path)
        self.problems = list(problems)
        count = len(self.problems)
        self.header = message(
            "problem.header_one" if count == 1 else "problem.header", path=self.path, count=count
        )
        super().__init__(self.shown())

    def shown(self, limit: int | None = None, how_to_see_all: str = "") -> str:
        """The header (with the exact count) and the problems in file order: all of them, or
        the first `limit` and a line saying how many more and `how_to_see_all`."""
        if limit is None or len(self.problems) <= limit:
            return "\n".join([self.header, *(f"  {p}" for p in self.problems)])
        more = len(self.problems) - limit
        key = "problem.more_one" if more == 1 else "problem.more"
        lines = [self.header, *(f"  {p}" for p in self.problems[:limit])]
        lines.append("  " + message(key, count=more, how=how_to_see_all))
        return "\n".join(lines)


class AssetError(TrainerError):
    """A map or airspace asset that is missing or malformed."""

    def __init__(self, path: str | Path, field: str, message: str) -> None:
        self.path = str(path)
        self.field = field
        super().__init__(f"{path}: {field}: {message}" if field else f"{path}: {message}")
