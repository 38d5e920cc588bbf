"""`drone-trainer edit [FILE]` reaches the scenario editor with the file and the asset folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.cli import main


def test_edit_opens_the_editor_on_the_file(monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[tuple[Path | None, Path | None]] = []

    def run_editor(scenario: Path | None, assets: Path | None = None) -> int:
        opened.append((scenario, assets))
        return 0

    monkeypatch.setattr("trainer.ui.editor.app.run_editor", run_editor)
    assert main(["edit", "scenarios/two-drones.yaml"]) == 0
    assert main(["--assets", "assets", "edit"]) == 0
    assert opened == [(Path("scenarios/two-drones.yaml"), None), (None, Path("assets"))]
