"""Space, the start key, reaches the window when the name field (focused at start) is empty."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.conftest import SCENARIOS
from tests.ui.people import press, type_text
from trainer.ui.main_window import TRAINEE, MainWindow
from trainer.ui.sim_driver import RunState

HOBBY = SCENARIOS / "hobby-drone-approach-23.yaml"


def opened(window: MainWindow) -> MainWindow:
    window.open_scenario(HOBBY)
    window.activateWindow()
    assert window.trainee_edit.hasFocus()  # where the name is typed first
    return window


def test_space_in_the_empty_field_starts_as_the_start_button_does(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot
) -> None:
    opened(window)
    press(qtbot, Qt.Key.Key_Space)  # the quick start's "press Space to start"
    # Was: a blank typed into the name field, nothing started and nothing said.
    assert window.driver is not None and window.driver.state == RunState.RUNNING
    # The field names who the run is for: it showed '✓ confirmed' beside nothing.
    assert window.trainee_edit.text() == "Anonymous trainee"
    assert window.recorder.trainee == "Anonymous trainee"


def test_a_trainee_pressing_space_first_is_told_to_type_the_name(  # type: ignore[no-untyped-def]
    window: MainWindow, qtbot
) -> None:
    opened(window)
    window.set_role(TRAINEE)
    window.trainee_edit.setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert window.driver is not None and window.driver.state == RunState.READY
    assert window.statusBar().currentMessage() == (
        "Type the trainee's name and press Enter, then Space to start"
    )
    assert window.trainee_edit.text() == "" and window.trainee_edit.hasFocus()


def test_space_inside_a_name_is_a_space(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    opened(window)
    type_text(qtbot, "Sanne Jansen")
    assert window.trainee_edit.text() == "Sanne Jansen"
    assert window.driver is not None and window.driver.state == RunState.READY


def test_a_run_without_a_name_is_recorded_as_anonymous_in_the_language_spoken(  # type: ignore[no-untyped-def]
    dutch_windows: None, window: MainWindow, qtbot
) -> None:
    opened(window)
    press(qtbot, Qt.Key.Key_Space)
    assert window.driver is not None and window.driver.state == RunState.RUNNING
    # Was "Anonymous trainee" in a Dutch window's status bar, roster and sheets.
    assert window.recorder.trainee == "Anonieme cursist"
