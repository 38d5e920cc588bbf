"""Which files of a folder are scenarios: *.yaml and *.yml, whatever the case of the letters.

One rule for every place that lists a folder (`validate`, the library, the bundled scenarios),
so a scenario saved as .yml is never checked by one and skipped by another.
"""

from __future__ import annotations

from pathlib import Path

SCENARIO_SUFFIXES = (".yaml", ".yml")


def is_scenario_name(path: Path) -> bool:
    return path.suffix.lower() in SCENARIO_SUFFIXES


def is_scenario_file(path: Path) -> bool:
    return is_scenario_name(path) and path.is_file()


def scenario_files(folder: Path, recursive: bool = False) -> list[Path]:
    """The scenario files in `folder` (and its subfolders when recursive), sorted; OSError
    when the folder cannot be read."""
    found = folder.rglob("*") if recursive else folder.glob("*")
    return sorted(p for p in found if is_scenario_file(p))
