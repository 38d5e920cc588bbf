"""Reading the window's language choice where Qt keeps it, without Qt (Windows: the registry)."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

from trainer.i18n import window_choice


def test_an_ini_written_by_qt_is_read_and_a_broken_one_is_no_choice(tmp_path: Path) -> None:
    settings = tmp_path / "Trainer.conf"
    settings.write_text("[General]\nlanguage=nl\nwindow\\geometry=@ByteArray(\\x1)\n", "utf-8")
    assert window_choice._from_ini(settings) == "nl"
    settings.write_bytes(b"\xff\xfe not an ini [")
    assert window_choice._from_ini(settings) is None
    assert window_choice._from_ini(tmp_path / "missing.conf") is None


class FakeRegistry(types.SimpleNamespace):
    """winreg as window_choice uses it, with one value under the trainer's key."""

    HKEY_CURRENT_USER = 1

    def __init__(self, values: dict[str, object]) -> None:
        super().__init__()
        self.values = values
        self.opened: list[str] = []

    def OpenKey(self, _root: int, path: str) -> FakeRegistry:
        self.opened.append(path)
        if not self.values:
            raise FileNotFoundError(path)
        return self

    def __enter__(self) -> FakeRegistry:
        return self

    def __exit__(self, *_exc: object) -> None:
        return None

    def QueryValueEx(self, _key: object, name: str) -> tuple[object, int]:
        if name not in self.values:
            raise FileNotFoundError(name)
        return self.values[name], 1


@pytest.mark.parametrize(
    ("values", "chosen"),
    [({"language": "nl"}, "nl"), ({}, None), ({"other": "x"}, None), ({"language": 3}, None)],
)
def test_windows_reads_the_registry_key_qt_writes(
    monkeypatch: pytest.MonkeyPatch, values: dict[str, object], chosen: str | None
) -> None:
    registry = FakeRegistry(values)
    monkeypatch.setitem(sys.modules, "winreg", registry)
    monkeypatch.setattr(window_choice.sys, "platform", "win32")
    assert window_choice.window_language() == chosen
    assert registry.opened == [r"Software\Twente Safety Campus\Twente Drone Safety Trainer"]


def test_elsewhere_the_choice_is_left_to_qt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(window_choice.sys, "platform", "darwin")  # a plist: Qt reads it
    assert not window_choice.readable_here()
    assert window_choice.window_language() is None
