"""Where the bundled scenarios and asset sets are: inside the package, or in the checkout.

A wheel or a packaged build carries them at trainer/_bundled/NAME (setup.py copies them there);
a checkout (editable install, or PYTHONPATH pointing at a git worktree) has them at the top of the
repository, beside trainer/. The packaged copy wins when it exists.
"""

from __future__ import annotations

from pathlib import Path

from trainer.errors import TrainerError
from trainer.i18n import message

SCENARIOS = "scenarios"
DEFAULT_SCENARIO = "hobby-drone-approach-23.yaml"  # the one the window opens with
ASSETS = "assets"
# In the station program for trainee PCs (packaging/build.py): this file, and no scenarios,
# so no answer key is on a trainee's PC.
STATION_ONLY = "station-only.txt"
# The package's own folder. Bundled files are only ever read from disk (readers take paths), so
# this needs no importlib.resources, which costs every command ~13 ms to load.
PACKAGE = Path(__file__).resolve().parent


def station_only() -> bool:
    """Whether this is the station program: it only joins a class; it has no scenarios."""
    return (PACKAGE / "_bundled" / STATION_ONLY).is_file()


def bundled_dir(name: str) -> Path:
    """The folder of bundled `scenarios` or `assets` as a real path (readers take paths)."""
    if name == SCENARIOS and station_only():
        raise TrainerError(message("cli.station_only"))
    packaged = PACKAGE / "_bundled" / name
    if packaged.is_dir():
        return packaged
    checkout = PACKAGE.parent / name
    if checkout.is_dir():
        return checkout
    raise TrainerError(
        f"the bundled {name} are missing: not in {packaged} nor in {checkout}; "
        "reinstall the trainer, or run `drone-trainer doctor`"
    )


def bundled_scenario(path: Path) -> Path:
    """`path` as given, or, for a bare file name that is not here, the bundled scenario of that
    name (with or without .yaml), so `drone-trainer run two-drones --bot perfect` works from any
    folder once installed."""
    if path.exists() or path.parent != Path("."):
        return path
    for name in (path.name, f"{path.name}.yaml"):
        bundled = bundled_dir(SCENARIOS) / name
        if bundled.is_file():
            return bundled
    return path
