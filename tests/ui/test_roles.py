"""Roles: the trainee sees sensor tracks only; the instructor sees truth with the tracks over it."""

from __future__ import annotations

from tests.conftest import SCENARIOS
from tests.ui.conftest import FakeClock
from trainer.ui.main_window import INSTRUCTOR, TRAINEE, MainWindow

HOBBY = SCENARIOS / "hobby-drone-approach-23.yaml"


def table_ids(window: MainWindow) -> list[str]:
    model = window.track_table.model()
    return [str(model.index(row, 0).data()) for row in range(model.rowCount())]


def alert_rows(window: MainWindow) -> list[tuple[str, str]]:
    return [
        (window.alerts.item(r, 1).text(), window.alerts.item(r, 2).text())
        for r in range(window.alerts.rowCount())
    ]


def test_the_trainee_sees_tracks_not_truth(window: MainWindow, clock: FakeClock) -> None:
    window.open_scenario(HOBBY)
    window.set_role(TRAINEE)
    window.driver.engine.run_until(50)  # the drone flies from 30 s, but no sensor has it yet
    window.driver.publish()
    assert table_ids(window) == [] and window.canvas.tracks.last_snapshot.ids == ()
    window.driver.engine.run_until(120)
    window.driver.publish()
    ids = table_ids(window)
    assert ids and all(i.startswith("T") for i in ids) and "hobby-1" not in ids
    assert all(track.startswith("T") for track, _ in alert_rows(window))
    assert any(text == "New track" for _, text in alert_rows(window))
    assert not window.docks["score"].isVisible() and not window.instructor.menu.isEnabled()
    assert not any(item.isVisible() for item in window.canvas.overlay.items)
    # What the trainee selects and acts on is a track.
    window.select_track(ids[0])
    assert window.responses.track == ids[0]


def test_the_instructor_sees_truth_and_the_tracks_over_it(
    window: MainWindow, clock: FakeClock
) -> None:
    window.open_scenario(HOBBY)
    assert window.role == INSTRUCTOR
    window.driver.engine.run_until(120)
    window.driver.publish()
    assert table_ids(window) == ["hobby-1"]
    x, _ = window.canvas.overlay.tracks.getData()
    assert len(x) >= 1  # the hobby drone's track, joined to it by its error line
    error_x, _ = window.canvas.overlay.errors.getData()
    assert len(error_x) == 2 * len(x)
    window.set_role(TRAINEE)
    window.set_role(INSTRUCTOR)
    assert (
        window.docks["score"].toggleViewAction().isEnabled() and window.instructor.menu.isEnabled()
    )
