"""The window's View > Language choice, read where Qt keeps it but without loading Qt.

The command line follows that choice (after --lang and DRONE_TRAINER_LANG). Loading Qt's core
just to read one setting cost every command about 0.15 s, so this reads Qt's own storage:
an INI file on Linux and the registry on Windows (elsewhere the command line asks Qt:
trainer/ui/translation.py).
"""

from __future__ import annotations

import configparser
import os
import sys
from pathlib import Path

# Whose settings the window keeps (trainer/ui/app.py gives the application these names).
ORGANISATION, APPLICATION = "Twente Safety Campus", "Twente Drone Safety Trainer"
SETTING = "language"  # "system", "en" or "nl"


def readable_here() -> bool:
    """Whether this platform's settings can be read here without Qt (Linux, Windows)."""
    return sys.platform == "win32" or sys.platform.startswith("linux")


def window_language() -> str | None:
    """The choice saved by the window, or None when there is none (or it cannot be read, or
    not without Qt: see readable_here)."""
    if sys.platform == "win32":
        return _from_registry()
    if sys.platform.startswith("linux"):
        return _from_ini(_linux_settings_file())
    return None


def _linux_settings_file() -> Path:
    # QSettings' user scope on Unix: $XDG_CONFIG_HOME (else ~/.config)/ORGANISATION/APP.conf.
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / ORGANISATION / f"{APPLICATION}.conf"


def _from_ini(path: Path) -> str | None:
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(path, encoding="utf-8")
    except (OSError, UnicodeDecodeError, configparser.Error):
        return None
    value = parser.get("General", SETTING, fallback=None)
    return value.strip() if value else None


def _from_registry() -> str | None:
    if sys.platform != "win32":  # for mypy: winreg exists only there
        return None
    import winreg

    key_path = rf"Software\{ORGANISATION}\{APPLICATION}"
    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key_path) as key:
            value, _kind = winreg.QueryValueEx(key, SETTING)
    except OSError:
        return None
    return value if isinstance(value, str) else None
