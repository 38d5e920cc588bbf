"""`drone-trainer open --trainee-mode`: the window opens locked in the trainee view, or not at
all when the instructor sets no PIN."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import SCENARIOS
from tests.ui.people import PIN, answer_dialogs, keys
from trainer import cli
from trainer.ui import app as app_module
from trainer.ui.instructor_pin import PinStore
from trainer.ui.main_window import TRAINEE, MainWindow
from trainer.ui.trainee_mode import TraineeMode

TWO_DRONES = SCENARIOS / "two-drones.yaml"


@pytest.fixture
def settings_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The app's settings in a file of the test's own; the event loop returns at once."""
    path = tmp_path / "settings.ini"
    monkeypatch.setattr(
        app_module, "QSettings", lambda: QSettings(str(path), QSettings.Format.IniFormat)
    )
    monkeypatch.setattr(QApplication, "exec", staticmethod(lambda: 0))
    return path


def opened_windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]


def close_all() -> None:
    for window in opened_windows():
        window.close()
        window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_the_option_is_parsed() -> None:
    args = cli.build_parser().parse_args(["open", "--trainee-mode", "x.yaml", "--db", "r.sqlite"])
    assert args.trainee_mode and args.scenario == Path("x.yaml")
    assert not cli.build_parser().parse_args(["open"]).trainee_mode


def test_trainee_mode_without_a_pin_set_opens_nothing(
    qtbot, settings_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    answer_dialogs(qtbot, keys(qtbot, "", Qt.Key.Key_Escape))
    db = tmp_path / "r.sqlite"
    try:
        code = cli.main(["open", "--trainee-mode", str(TWO_DRONES), "--db", str(db)])
        assert code == 1 and "needs an instructor PIN" in capsys.readouterr().err
        assert not any(w.isVisible() for w in opened_windows())
    finally:
        close_all()


def test_without_a_pin_it_says_so_in_dutch(
    qtbot, settings_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    answer_dialogs(qtbot, keys(qtbot, "", Qt.Key.Key_Escape))
    db = tmp_path / "r.sqlite"
    app = QApplication.instance()
    try:
        code = cli.main(
            ["--lang", "nl", "open", "--trainee-mode", str(TWO_DRONES), "--db", str(db)]
        )
        # Was "trainee mode needs an instructor PIN; none was set, so nothing opened".
        assert code == 1 and "de cursistmodus heeft een pincode" in capsys.readouterr().err
    finally:
        for translator in (app.property("translators") or []) if app else []:
            QCoreApplication.removeTranslator(translator)  # later tests speak English
        close_all()


def test_trainee_mode_opens_locked_and_stays_so_for_the_next_start(
    qtbot, settings_file: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    titles = answer_dialogs(
        qtbot, keys(qtbot, PIN, Qt.Key.Key_Return), keys(qtbot, PIN, Qt.Key.Key_Return)
    )
    db = tmp_path / "r.sqlite"
    try:
        assert cli.main(["open", "--trainee-mode", str(TWO_DRONES), "--db", str(db)]) == 0
        assert titles == ["Set the instructor PIN"] * 2
        (window,) = [w for w in opened_windows() if w.isVisible()]
        assert window.role == TRAINEE and window.run is not None
        assert window.windowTitle() == "Exercise \u2014 Twente Drone Safety Trainer"
    finally:
        close_all()
    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    assert TraineeMode(settings).remembered() and PinStore(settings).check(PIN)
    try:  # started again without the option: still trainee mode, no question asked
        assert cli.main(["open", str(TWO_DRONES), "--db", str(db)]) == 0
        (window,) = [w for w in opened_windows() if w.isVisible()]
        assert window.role == TRAINEE
    finally:
        close_all()


def test_a_trainee_who_restarts_the_app_finds_the_instructors_scenario_again(
    qtbot, settings_file: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    answer_dialogs(qtbot, keys(qtbot, PIN, Qt.Key.Key_Return), keys(qtbot, PIN, Qt.Key.Key_Return))
    db = tmp_path / "r.sqlite"
    try:  # the instructor picks a scenario that is not the default, in trainee mode
        assert cli.main(["open", "--trainee-mode", str(TWO_DRONES), "--db", str(db)]) == 0
    finally:
        close_all()
    try:  # the trainee quits and starts the app again as it is installed: no file named
        assert cli.main(["open", "--db", str(db)]) == 0
        (window,) = [w for w in opened_windows() if w.isVisible()]
        assert window.role == TRAINEE and window.run is not None
        assert window.run.path.resolve() == TWO_DRONES.resolve()
    finally:
        close_all()


def test_the_instructor_with_no_file_named_gets_the_default_scenario(
    qtbot, settings_file: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    try:
        assert cli.main(["open", str(TWO_DRONES), "--db", str(tmp_path / "r.sqlite")]) == 0
    finally:
        close_all()
    try:
        assert cli.main(["open", "--db", str(tmp_path / "r.sqlite")]) == 0
        (window,) = [w for w in opened_windows() if w.isVisible()]
        assert window.run is not None and window.run.path.name == "hobby-drone-approach-23.yaml"
    finally:
        close_all()
