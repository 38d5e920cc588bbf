"""Typed errors of the trainer; every one carries a message a user can act on."""

from __future__ import annotations

from collections.abc import Sequence
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
        problems, more = first_problems(self.problems, limit, how_to_see_all)
        lines = [self.header, *(f"  {p}" for p in problems)]
        return "\n".join([*lines, f"  {more}"] if more else lines)

    def readable(self) -> str:
        """What the command line and the windows show of it: the header, the first
        PROBLEMS_SHOWN problems and, past them, how many more and the exact
        `drone-trainer validate --all FILE` that lists every one."""
        return self.shown(PROBLEMS_SHOWN, see_all(self.path))


def first_problems(
    problems: Sequence[Problem], limit: int | None = PROBLEMS_SHOWN, how_to_see_all: str = ""
) -> tuple[list[Problem], str]:
    """The problems to show of a file, in file order: all of them (and ""), or the first
    `limit` and the line saying how many more and `how_to_see_all`."""
    if limit is None or len(problems) <= limit:
        return list(problems), ""
    more = len(problems) - limit
    key = "problem.more_one" if more == 1 else "problem.more"
    return list(problems[:limit]), message(key, count=more, how=how_to_see_all)


def see_all(path: str | Path) -> str:
    """How to see every problem of the file: the exact `drone-trainer validate --all FILE`."""
    return message("cli.validate_all", file=as_argument(str(path)))


def readable(error: BaseException) -> str:
    """An error as a person is shown it: a broken scenario's first problems and how to see
    the rest (a generated file can have thousands), any other error whole."""
    return error.readable() if isinstance(error, ScenarioError) else str(error)


def as_argument(path: str) -> str:
    """A file name as typed after a command: in double quotes (as the shells of Linux, macOS
    and Windows all read them) when it has a space."""
    return f'"{path}"' if " " in path else path


class AssetError(TrainerError):
    """A map or airspace asset that is missing or malformed."""

    def __init__(self, path: str | Path, field: str, message: str) -> None:
        self.path = str(path)
        self.field = field
        super().__init__(f"{path}: {field}: {message}" if field else f"{path}: {message}")
