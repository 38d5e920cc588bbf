"""The scenario library: bundled scenarios and the instructor's own folder, searched and checked."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

import platformdirs

from trainer.errors import Problem, ScenarioError, TrainerError
from trainer.i18n import message, spoken
from trainer.i18n.os_words import os_reason
from trainer.launch import Workspace, bundled_scenarios_dir
from trainer.scenario.files import scenario_files
from trainer.scenario.loader import load_scenario
from trainer.scenario.yaml_source import MAX_FILE_BYTES, YamlProblem, read_yaml

Source = Literal["bundled", "user"]
Progress = Callable[[int, int, Path], None]


def default_user_folder() -> Path:
    """Where the instructor keeps their own scenario files (per user, per platform)."""
    return platformdirs.user_data_path("twente-drone-trainer", appauthor=False) / "scenarios"


@dataclass(frozen=True)
class ScenarioEntry:
    """One scenario file as the library lists it; `problems` is empty when the file loads."""

    path: Path
    id: str
    title: str
    difficulty: int | None
    duration_s: float | None
    summary: str
    tags: tuple[str, ...]
    offender: str
    source: Source
    problems: tuple[Problem, ...] = ()

    @property
    def valid(self) -> bool:
        return not self.problems

    def matches(self, text: str) -> bool:
        """Every word of `text` occurs (any case) in the title, id, summary or a tag."""
        haystack = " ".join([self.title, self.id, self.summary, *self.tags]).casefold()
        return all(word in haystack for word in text.casefold().split())


@dataclass(frozen=True)
class ValidationResult:
    """The full check of one file (loader, references, airspace, world): its problems, if any."""

    path: Path
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


class ScenarioLibrary:
    """Scenario files from the bundled folder and a user folder, with their metadata.

    Each file is read through the real loader, so what the library calls valid is what a run
    accepts; a file that does not load is listed with its problems and whatever metadata could
    be read from it. Unchanged files are not read again on `refresh`.
    """

    def __init__(
        self,
        workspace: Workspace,
        user_folder: Path | None = None,
        *,
        bundled_folder: Path | None = None,
    ) -> None:
        self.workspace = workspace
        self.user_folder = user_folder if user_folder is not None else default_user_folder()
        self.bundled_folder = bundled_folder or bundled_scenarios_dir()
        self.folder_problem: str | None = None  # why the user folder could not be made or read
        self._entries: list[ScenarioEntry] = []
        self._cache: dict[Path, tuple[tuple[int, int], ScenarioEntry]] = {}
        self.refresh()

    @property
    def entries(self) -> list[ScenarioEntry]:
        """Every listed file: bundled ones first, each group by title."""
        return list(self._entries)

    def entry(self, path: Path) -> ScenarioEntry | None:
        return next((e for e in self._entries if e.path == path), None)

    def tags(self) -> list[str]:
        """Every tag used by a listed scenario, sorted."""
        return sorted({tag for entry in self._entries for tag in entry.tags}, key=str.casefold)

    def refresh(self) -> list[ScenarioEntry]:
        """Scan both folders again; the user folder is created when it does not exist yet."""
        self.folder_problem = None
        try:
            self.user_folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            why = os_reason(error)
            self.folder_problem = message(
                "library.cannot_create", folder=str(self.user_folder), why=why
            )
        folders: list[tuple[Source, Path]] = [
            ("bundled", self.bundled_folder),
            ("user", self.user_folder),
        ]
        found = [
            self._read(path, source)
            for source, folder in folders
            for path in self._files(folder, recursive=source == "user")
        ]
        self._entries = sorted(
            found, key=lambda e: (e.source != "bundled", e.title.casefold(), str(e.path))
        )
        self._cache = {p: c for p, c in self._cache.items() if p in {e.path for e in found}}
        return self.entries

    def search(
        self,
        text: str = "",
        difficulty: int | None = None,
        tags: Iterable[str] | None = None,
        source: Source | None = None,
    ) -> list[ScenarioEntry]:
        """Entries matching the text (every word) and all given filters, in listing order."""
        wanted = {t.casefold() for t in tags or ()}
        return [
            entry
            for entry in self._entries
            if entry.matches(text)
            and (difficulty is None or entry.difficulty == difficulty)
            and wanted <= {t.casefold() for t in entry.tags}
            and (source is None or entry.source == source)
        ]

    def validate_all(
        self, progress: Progress | None = None, stop: Callable[[], bool] | None = None
    ) -> list[ValidationResult]:
        """Prepare every listed file as a run would; `progress(done, total, path)` after each.

        `stop` is asked before each file; when it returns True the results so far are returned.
        Listed entries take the problems found, so the library shows the latest check.
        """
        paths = [entry.path for entry in self._entries]
        results: list[ValidationResult] = []
        for done, path in enumerate(paths, start=1):
            if stop is not None and stop():
                break
            result = ValidationResult(path, tuple(self._prepare_problems(path)))
            results.append(result)
            self._entries = [
                replace(e, problems=result.problems) if e.path == path else e for e in self._entries
            ]
            if progress is not None:
                progress(done, len(paths), path)
        return results

    # -- reading files -----------------------------------------------------------------------

    def _files(self, folder: Path, recursive: bool) -> list[Path]:
        try:
            return scenario_files(folder, recursive)
        except OSError as error:
            if folder == self.user_folder:
                why = os_reason(error)
                self.folder_problem = message("library.cannot_read", folder=str(folder), why=why)
            return []

    def _read(self, path: Path, source: Source) -> ScenarioEntry:
        try:
            stat = path.stat()
            key = (stat.st_mtime_ns, stat.st_size)
        except OSError:
            key = (-1, -1)
        cached = self._cache.get(path)
        if cached is not None and cached[0] == key and key != (-1, -1):
            return cached[1]
        entry = self._load(path, source)
        self._cache[path] = (key, entry)
        return entry

    def _load(self, path: Path, source: Source) -> ScenarioEntry:
        try:
            scenario = load_scenario(path, self.workspace.library)
        except Exception as error:  # one bad file must not stop the scan
            return _broken_entry(path, source, _problems_of(path, error))
        return ScenarioEntry(
            path=path,
            id=scenario.id,
            title=scenario.shown_title(),
            difficulty=scenario.difficulty,
            duration_s=scenario.duration_s,
            summary=scenario.shown_summary(),
            tags=tuple(scenario.tags),
            offender=scenario.offender.value,
            source=source,
        )

    def _prepare_problems(self, path: Path) -> list[Problem]:
        try:
            self.workspace.prepare(path)
        except Exception as error:  # reported per file; the check goes on
            return _problems_of(path, error)
        return []


def _problems_of(path: Path, error: Exception) -> list[Problem]:
    if isinstance(error, ScenarioError):
        return list(error.problems)
    if isinstance(error, TrainerError):
        return [Problem(str(path), "", str(error))]
    return [Problem(str(path), "", f"unexpected {type(error).__name__}: {error}")]


def _broken_entry(path: Path, source: Source, problems: list[Problem]) -> ScenarioEntry:
    """An entry for a file that does not load, with the metadata that can still be read."""
    data = _raw_mapping(path)

    def text(key: str, default: str = "") -> str:
        value = data.get(key)
        return value.strip() if isinstance(value, str) and value.strip() else default

    def number(key: str) -> float | None:
        value = data.get(key)
        if isinstance(value, bool) or not isinstance(value, int | float):
            return None
        return float(value)

    difficulty = number("difficulty")
    raw_tags = data.get("tags")
    listed = raw_tags if isinstance(raw_tags, list) else []
    tags = tuple(t for t in listed if isinstance(t, str))
    return ScenarioEntry(
        path=path,
        id=text("id", path.stem),
        title=spoken(text("title", path.stem), data.get("title_nl")),
        difficulty=int(difficulty) if difficulty in (1, 2, 3, 4, 5) else None,
        duration_s=number("duration_s"),
        summary=spoken(text("summary"), data.get("summary_nl")),
        tags=tags,
        offender=text("offender"),
        source=source,
        problems=tuple(problems),
    )


def _raw_mapping(path: Path) -> dict[str, Any]:
    """The file's top-level mapping when it is readable YAML at all; otherwise empty."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return {}
        document = read_yaml(path.read_bytes().decode("utf-8"))
    except (OSError, UnicodeDecodeError, YamlProblem):
        return {}
    return document.data if isinstance(document.data, dict) else {}


def shown_title_of(path: Path) -> str | None:
    """A scenario file's title in the language spoken (title_nl in Dutch when it has one), read
    without loading or checking the scenario; None when the file gives no title."""
    data = _raw_mapping(path)
    title = data.get("title")
    english = title.strip() if isinstance(title, str) and title.strip() else None
    shown = spoken(english or "", data.get("title_nl"))
    return shown or None
