"""Finding the bundled scenarios and assets in a checkout (a wheel: tests/e2e/test_wheel.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import REPO, SCENARIOS
from trainer.bundled import ASSETS, bundled_dir, bundled_scenario


def test_a_checkout_finds_the_top_level_folders() -> None:
    assert bundled_dir("scenarios") == SCENARIOS
    assert bundled_dir(ASSETS) == REPO / "assets"


def test_a_bare_name_finds_the_bundled_scenario_with_or_without_yaml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert bundled_scenario(Path("two-drones")) == SCENARIOS / "two-drones.yaml"
    assert bundled_scenario(Path("two-drones.yaml")) == SCENARIOS / "two-drones.yaml"


def test_a_file_here_wins_and_other_paths_stay_as_given(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "two-drones.yaml").write_text("mine", encoding="utf-8")
    assert bundled_scenario(Path("two-drones.yaml")) == Path("two-drones.yaml")
    assert bundled_scenario(Path("sub/two-drones.yaml")) == Path("sub/two-drones.yaml")
    assert bundled_scenario(Path("no-such-scenario")) == Path("no-such-scenario")
