"""Saving a scenario over a file another program holds for a moment (Windows refuses the swap
with PermissionError while it is open): tried again there, and a refusal leaves the old file
as it was and no half-saved copy beside it."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from trainer import replace_file as module
from trainer.scenario.authoring import ScenarioDocument

ORIGINAL = "title: before\n"


def held_for(tries: int, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Path.replace refuses `tries` times as Windows does for an open file; returns the calls."""
    calls: list[Path] = []
    real: Callable[[Path, Path], Path] = Path.replace

    def replace(self: Path, target: Path) -> Path:
        calls.append(Path(target))
        if len(calls) <= tries:
            raise PermissionError(13, "The process cannot access the file", str(target))
        return real(self, target)

    monkeypatch.setattr(Path, "replace", replace)
    monkeypatch.setattr(module, "PAUSE_S", 0.0)
    return calls


def saved_document(tmp_path: Path) -> tuple[ScenarioDocument, Path]:
    target = tmp_path / "scenario.yaml"
    target.write_text(ORIGINAL, encoding="utf-8")
    document = ScenarioDocument.new()
    document.set(["title"], "after")
    return document, target


def test_on_windows_a_file_held_for_a_moment_is_saved(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    calls = held_for(module.TRIES - 1, monkeypatch)
    document, target = saved_document(tmp_path)
    document.save(target)
    assert len(calls) == module.TRIES
    assert "title: after" in target.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["scenario.yaml"]


def test_on_windows_a_file_held_open_is_refused_and_left_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    calls = held_for(10_000, monkeypatch)
    document, target = saved_document(tmp_path)
    with pytest.raises(PermissionError):
        document.save(target)
    assert len(calls) == module.TRIES
    assert target.read_text(encoding="utf-8") == ORIGINAL
    assert sorted(p.name for p in tmp_path.iterdir()) == ["scenario.yaml"]  # no .saving left


def test_elsewhere_a_refusal_is_not_waited_for(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    calls = held_for(1, monkeypatch)
    document, target = saved_document(tmp_path)
    with pytest.raises(PermissionError):
        document.save(target)
    assert len(calls) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["scenario.yaml"]
