"""What the trainer needs on this computer, checked one by one, each with how to fix it.

`drone-trainer doctor` prints every finding; the window's start runs the quick ones (Qt's
platform plugin, its system libraries, the display) before Qt is loaded, so a missing library is
named with its package instead of Qt's own "Reinstalling the application may fix this problem".
Nothing here imports Qt: the checks must work exactly when Qt cannot.
"""

from __future__ import annotations

import ctypes
import errno
import importlib.util
import os
import shutil
import socket
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from trainer.bundled import station_only
from trainer.errors import TrainerError
from trainer.i18n import message
from trainer.writable import file_writable, folder_writable

CLASSROOM_PORT = 47650  # as `drone-trainer console` (trainer/cli_classroom.py)
MIN_FREE_BYTES = 200 * 1024 * 1024  # a year of a class's runs is a few MB; leave room for SQLite
DOCTOR_HINT = "Run `drone-trainer doctor` to see what is missing and how to fix it."  # English


def doctor_hint() -> str:
    """DOCTOR_HINT in the language in use."""
    return message("doctor.hint")


# The shared libraries the window needs on Linux, with the Debian/Ubuntu package of each.
# Source: `readelf -d` of PySide6 6.11's Qt/plugins/platforms/libqxcb.so, Qt/lib/libQt6XcbQpa.so.6
# and Qt/lib/libQt6Gui.so.6; packages from `dpkg -S` on Debian 12 (same names on Ubuntu, where
# the t64 packages provide them). Since Qt 6.5 the xcb plugin needs libxcb-cursor0, which a
# plain desktop install often lacks.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}
GUI_LIBRARIES: dict[str, str] = {
    "libX11.so.6": "libx11-6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}


@dataclass(frozen=True)
class Finding:
    """One check: what was looked at, whether it is fine, what was found, how to fix it."""

    check: str
    ok: bool
    detail: str
    fix: str = ""


def can_load_library(soname: str) -> bool:
    """Whether the dynamic loader finds and loads this library, as Qt's loading would."""
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def pyside_folder() -> Path | None:
    """PySide6's package folder, found without importing it (importing may be what fails)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent


@dataclass(frozen=True)
class System:
    """What the checks read from the computer; tests give their own."""

    env: Mapping[str, str]
    platform: str  # sys.platform
    pyside: Path | None
    can_load: Callable[[str], bool]

    @classmethod
    def this_one(cls) -> System:
        return cls(os.environ, sys.platform, pyside_folder(), can_load_library)


def qt_platform(system: System) -> str:
    """The Qt platform plugin the window will ask for: QT_QPA_PLATFORM's first, else the OS's."""
    chosen = system.env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen:
        return chosen
    if system.platform == "win32":
        return "windows"
    if system.platform == "darwin":
        return "cocoa"
    wayland = system.env.get("XDG_SESSION_TYPE") == "wayland" and system.env.get("WAYLAND_DISPLAY")
    return "wayland" if wayland else "xcb"


def _plugin_pattern(system: System, name: str) -> str:
    """The plugin's file name; `*` for variants (PySide6 before 6.10 has libqwayland-egl.so and
    libqwayland-generic.so, no libqwayland.so)."""
    if system.platform == "win32":
        return f"q{name}*.dll"
    return f"libq{name}*.dylib" if system.platform == "darwin" else f"libq{name}*.so"


def _install(packages: list[str]) -> str:
    return message("doctor.fix.install", packages=" ".join(dict.fromkeys(packages)))


PLUGIN_PATH_VARIABLES = ("QT_PLUGIN_PATH", "QT_QPA_PLATFORM_PLUGIN_PATH")


def _elsewhere(paths: str, pyside: Path) -> bool:
    """Whether a plugin path variable names folders outside our PySide6 (a packaged build sets
    one to its own copy: that is fine)."""
    folders = [Path(p).resolve() for p in paths.split(os.pathsep) if p]
    return any(not folder.is_relative_to(pyside.resolve()) for folder in folders)


def check_platform_plugin(system: System) -> Finding:
    check = message("doctor.check.plugin")
    if system.pyside is None:
        return Finding(
            check, False, message("doctor.no_pyside"), message("doctor.fix.reinstall_pip")
        )
    name = qt_platform(system)
    folders = [system.pyside / "Qt" / "plugins", system.pyside / "plugins"]  # Linux/mac, Windows
    found = [
        p for f in folders for p in sorted(f.glob(f"platforms/{_plugin_pattern(system, name)}"))
    ]
    if not found:
        return Finding(
            check,
            False,
            message("doctor.no_plugin", name=repr(name), folder=str(folders[0])),
            message("doctor.fix.platform"),
        )
    stray = [v for v in PLUGIN_PATH_VARIABLES if _elsewhere(system.env.get(v, ""), system.pyside)]
    if stray:
        return Finding(
            check,
            False,
            message("doctor.stray", variables=", ".join(stray)),
            message("doctor.fix.unset", variables=" ".join(stray)),
        )
    return Finding(check, True, f"{name} ({found[0]})")


def check_libraries(system: System) -> Finding:
    """Linux only: the libraries of Qt's GUI and of the xcb plugin (when that is the platform)."""
    check = message("doctor.check.libraries")
    if not system.platform.startswith("linux"):
        return Finding(check, True, message("doctor.not_needed"))
    wanted = dict(GUI_LIBRARIES)
    if qt_platform(system) == "xcb":
        wanted |= XCB_LIBRARIES
    missing = [soname for soname in wanted if not system.can_load(soname)]
    if not missing:
        return Finding(check, True, message("doctor.all_found", count=len(wanted)))
    return Finding(
        check,
        False,
        message("doctor.missing", names=", ".join(missing)),
        _install([wanted[soname] for soname in missing]),
    )


def check_display(system: System) -> Finding:
    check = message("doctor.check.display")
    platform = qt_platform(system)
    needs = {"xcb": "DISPLAY", "wayland": "WAYLAND_DISPLAY"}.get(platform)
    if needs is None or not system.platform.startswith("linux"):
        return Finding(check, True, message("doctor.nothing_to_check", platform=platform))
    if system.env.get(needs):
        return Finding(check, True, f"{needs}={system.env[needs]}")
    return Finding(
        check,
        False,
        message("doctor.no_display", variable=needs),
        message("doctor.fix.display"),
    )


def window_findings(system: System | None = None) -> list[Finding]:
    """The quick checks that decide whether Qt can open the window at all (no Qt loaded)."""
    system = system or System.this_one()
    return [check_platform_plugin(system), check_libraries(system), check_display(system)]


def check_record(path: Path, min_free: int = MIN_FREE_BYTES) -> Finding:
    check = message("doctor.check.record")
    folder = path.parent
    existing = next((p for p in (folder, *folder.parents) if p.exists()), None)
    if existing is None or not existing.is_dir():
        return Finding(
            check,
            False,
            message("doctor.cannot_make", folder=str(folder)),
            message("doctor.fix.other_db"),
        )
    if path.is_file() and not file_writable(path):
        return Finding(
            check,
            False,
            message("doctor.read_only", path=str(path)),
            message("doctor.fix.write_access"),
        )
    if not folder_writable(existing):
        return Finding(
            check,
            False,
            message("doctor.not_writable", folder=str(existing), path=str(path)),
            message("doctor.fix.folder_access", folder=str(existing)),
        )
    # An empty file is what SQLite makes a new record in: the trainer sets it up.
    refused = _not_a_record(path) if path.is_file() and path.stat().st_size else None
    if refused is not None:  # another kind of file, damaged, or from a newer trainer
        return Finding(check, False, refused, message("doctor.fix.other_db"))
    free = shutil.disk_usage(existing).free
    state = message("doctor.record_exists" if path.exists() else "doctor.record_later")
    if free < min_free:
        return Finding(
            check,
            False,
            message("doctor.record_low", path=str(path), state=state, free=f"{free / 1e6:.0f}"),
            message("doctor.fix.free", need=f"{min_free / 1e6:.0f}"),
        )
    return Finding(
        check, True, message("doctor.record_fine", path=str(path), state=state, free=free / 1e9)
    )


def _not_a_record(path: Path) -> str | None:
    """Why the file at `path` is no training record the trainer can use; None when it is. Read
    only: the check changes nothing in the file."""
    from trainer.records import RecordsError, open_database  # sqlite-utils: only when doctor runs

    try:
        open_database(path, read_only=True).close()
    except RecordsError as error:
        return str(error)
    return None


def check_assets(assets: Path | None = None) -> Finding:
    """The bundled asset sets load and every bundled scenario is valid."""
    from trainer.launch import Workspace, bundled_scenarios  # heavy: only when doctor runs

    check = message("doctor.check.assets")
    try:
        workspace = Workspace(assets)
        names = workspace.library.names()
        for name in names:
            workspace.library.get(name)
        if station_only() and names:
            return Finding(check, True, message("doctor.station_only", names=", ".join(names)))
        scenarios = bundled_scenarios()
        for scenario in scenarios:
            workspace.prepare(scenario)
    except TrainerError as error:
        return Finding(
            check,
            False,
            str(error).splitlines()[0],
            message("doctor.fix.reinstall_validate"),
        )
    if not names or not scenarios:
        return Finding(check, False, message("doctor.no_assets"), message("doctor.fix.reinstall"))
    fine = message("doctor.assets_fine", names=", ".join(names), count=len(scenarios))
    return Finding(check, True, fine)


def check_port(port: int = CLASSROOM_PORT) -> Finding:
    """Whether the classroom console could listen on its port here (all interfaces, as it does)."""
    check = message("doctor.check.port", port=port)
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        if os.name != "nt":  # as ZeroMQ: a socket closed a moment ago does not block the port
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(("", port))
        except OSError as error:
            taken = error.errno in (errno.EADDRINUSE, getattr(errno, "WSAEADDRINUSE", -1))
            return Finding(
                check,
                False,
                message("doctor.port_in_use")
                if taken
                else message("doctor.port_unusable", why=error.strerror or str(error)),
                message("doctor.fix.port"),
            )
    windows = sys.platform == "win32"  # the firewall asks at the console's start
    return Finding(
        check, True, message("doctor.port_free_windows" if windows else "doctor.port_free")
    )


def diagnose(
    record: Path,
    assets: Path | None = None,
    system: System | None = None,
    port: int = CLASSROOM_PORT,
) -> list[Finding]:
    """Every check, in the order a person would fix them."""
    return [*window_findings(system), check_record(record), check_assets(assets), check_port(port)]


def report(findings: list[Finding]) -> str:
    lines = []
    for finding in findings:
        state = message("doctor.ok" if finding.ok else "doctor.problem")
        lines.append(f"{state:<8} {finding.check}: {finding.detail}")
        if not finding.ok and finding.fix:
            lines.append(f"{'':<8}   " + message("doctor.fix", fix=finding.fix))
    problems = sum(not finding.ok for finding in findings)
    if problems == 0:
        lines.append(message("doctor.all_fine"))
    else:
        key = "doctor.one_problem" if problems == 1 else "doctor.problems"
        lines.append(message(key, count=problems))
    return "\n".join(lines) + "\n"


def window_cannot_start(system: System | None = None) -> str | None:
    """The message to print instead of starting Qt when the window cannot open, or None."""
    problems = [f for f in window_findings(system) if not f.ok]
    if not problems:
        return None
    return message("doctor.cannot_open") + "\n" + report(problems) + doctor_hint() + "\n"
