"""The live window runs a scenario whose drone flies a recorded flight (mode 'log')."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.ui.conftest import FakeClock
from tests.ui.test_main_window import run_for, table_rows
from tests.unit.flightlog_writers import write_csv
from tests.unit.test_log_flight import circling_fixes
from trainer.ui.main_window import MainWindow


def test_window_shows_a_drone_flying_a_log(
    window: MainWindow, clock: FakeClock, tmp_path: Path
) -> None:
    write_csv(tmp_path / "circle.csv", circling_fixes())
    scenario = {
        "format": 1, "id": "log-window", "title": "Log in the window", "summary": "A test.",
        "difficulty": 1, "offender": "none", "duration_s": 120, "seed": 2,
        "drones": [{"id": "rec", "type": "multirotor", "eu_class": "C1",
                    "behaviour": {"kind": "log", "file": "circle.csv"}}],
    }  # fmt: skip
    path = tmp_path / "log-window.yaml"
    path.write_text(yaml.safe_dump(scenario), encoding="utf-8")
    assert window.open_scenario(path)
    window.driver.start()
    run_for(window, clock, 10.0)
    engine = window.driver.engine
    assert engine.time_s == pytest.approx(10.0, abs=0.11)
    snapshot = engine.snapshot()
    row = table_rows(window)["rec"]
    assert row[2] == f"{snapshot.alt[0]:.0f}" and snapshot.alt[0] == pytest.approx(40.0, abs=1.0)
    assert row[3] == f"{snapshot.ground_speed[0]:.1f}"  # the recording's 15 m/s
    assert snapshot.ground_speed[0] == pytest.approx(15.0, abs=0.5)
    assert snapshot.mode_name(0) == "log"
