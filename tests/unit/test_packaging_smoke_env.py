"""packaging/build.py's smoke test keeps the built program's files in its own folder, on
Windows too (where HOME and XDG_* mean nothing): platformdirs is pointed there as well."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import platformdirs
import pytest

BUILD = Path(__file__).resolve().parents[2] / "packaging" / "build.py"


def build_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("packaging_build", BUILD)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_smoke_environment_leaves_the_users_folders_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = build_script().smoke_env({"PATH": "/bin", "PYTHONPATH": "/src"}, str(tmp_path))
    assert "PYTHONPATH" not in env and env["PATH"] == "/bin"
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    # Where the program puts its record, library, station state and tile cache here ...
    for where in (
        platformdirs.user_data_path("twente-drone-trainer"),
        platformdirs.user_state_path("twente-drone-trainer"),
        platformdirs.user_cache_path("twente-drone-trainer", appauthor=False),
    ):
        assert tmp_path in where.parents
    # On Windows platformdirs takes the AppData folders from these variables instead (checked
    # with a Windows path: the variable must hold a full one).
    windows = pytest.importorskip("platformdirs.windows")
    for csidl, variable in (
        ("CSIDL_APPDATA", "WIN_PD_OVERRIDE_APPDATA"),
        ("CSIDL_LOCAL_APPDATA", "WIN_PD_OVERRIDE_LOCAL_APPDATA"),
    ):
        assert tmp_path in Path(env[variable]).parents
        monkeypatch.setenv(variable, r"C:\smoke\AppData")
        assert windows.get_win_folder(csidl) == r"C:\smoke\AppData"
