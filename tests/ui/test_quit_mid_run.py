"""Ctrl+Q or the window's close button during a run asks first, so a stray key does not cut a
trainee's run short (the run would be kept unscored); with no run under way it quits at once."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QCloseEvent

from tests.conftest import SCENARIOS
from trainer.ui.main_window import MainWindow

HOBBY = SCENARIOS / "hobby-drone-approach-23.yaml"


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Each answer the window is given to 'Quit during the run?', in turn; what it asked."""
    answers: list[bool] = []
    questions: list[bool] = []

    def answer(self: MainWindow) -> bool:
        questions.append(True)
        return answers.pop(0)

    monkeypatch.setattr(MainWindow, "ask_to_quit", answer)
    answers.extend([False, True])
    return questions


def test_ctrl_q_mid_run_asks_and_no_keeps_the_run(window: MainWindow, asked: list[bool]) -> None:
    window.open_scenario(HOBBY)
    window.driver.start()
    window.quit_action.trigger()  # the answer: No
    assert asked == [True] and window.isVisible() and window.run_under_way()
    window.quit_action.trigger()  # the answer: Yes
    assert asked == [True, True] and not window.isVisible()


class ButtonClose(QCloseEvent):
    """A close the window system sends for its close button (Qt calls those spontaneous)."""

    def spontaneous(self) -> bool:
        return True


def test_the_close_button_mid_run_asks_too(window: MainWindow, asked: list[bool]) -> None:
    window.open_scenario(HOBBY)
    window.driver.start()
    event = ButtonClose()
    window.closeEvent(event)  # the answer: No
    assert asked == [True] and not event.isAccepted() and window.run_under_way()
    event = ButtonClose()
    window.closeEvent(event)  # the answer: Yes
    assert asked == [True, True] and event.isAccepted() and not window.run_under_way()


def test_a_close_made_by_the_program_never_asks(window: MainWindow, asked: list[bool]) -> None:
    window.open_scenario(HOBBY)
    window.driver.start()
    window.close()
    assert asked == [] and not window.isVisible()


def test_with_no_run_under_way_ctrl_q_quits_at_once(window: MainWindow, asked: list[bool]) -> None:
    window.open_scenario(HOBBY)  # ready, not started
    window.quit_action.trigger()
    assert asked == [] and not window.isVisible()
    window.show()
    window.driver.start()
    window.end_run()
    window.quit_action.trigger()  # ended: nothing left to cut short
    assert asked == [] and not window.isVisible()


@pytest.fixture
def asked_to_end(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The questions 'End the run?' asked; the answers are No, then Yes."""
    answers = [False, True]
    questions: list[str] = []

    def answer(self: MainWindow, question: str) -> bool:
        questions.append(question)
        return answers.pop(0)

    monkeypatch.setattr(MainWindow, "ask_to_end_run", answer)
    return questions


def test_the_restart_button_mid_run_asks_first(window: MainWindow, asked_to_end: list[str]) -> None:
    window.open_scenario(HOBBY)
    window.driver.start()
    driver = window.driver
    window.restart_action.trigger()  # No: the run goes on
    assert len(asked_to_end) == 1 and "Restart" in asked_to_end[0]
    assert window.driver is driver and window.run_under_way()
    window.restart_action.trigger()  # Yes
    assert not window.run_under_way()


def test_another_scenario_mid_run_asks_first(window: MainWindow, asked_to_end: list[str]) -> None:
    window.open_scenario(HOBBY)
    window.driver.start()
    two = SCENARIOS / "two-drones.yaml"
    assert not window.open_scenario_asking(two)  # No
    assert window.run is not None and window.run.path == HOBBY and window.run_under_way()
    assert window.open_scenario_asking(two)  # Yes
    assert window.run is not None and window.run.path == two


def test_before_the_start_nothing_is_asked(window: MainWindow, asked_to_end: list[str]) -> None:
    window.open_scenario(HOBBY)
    window.restart_action.trigger()
    assert window.open_scenario_asking(SCENARIOS / "two-drones.yaml")
    assert asked_to_end == []
