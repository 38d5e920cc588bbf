"""The scenario library dialog, offscreen: search, filters, validate all, open by click and key."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.conftest import SCENARIOS
from trainer.launch import Workspace, bundled_scenarios
from trainer.library import ScenarioLibrary
from trainer.ui.library_dialog import ScenarioLibraryDialog, minutes_seconds, stars

HOBBY = SCENARIOS / "hobby-drone-approach-23.yaml"
FENCE = SCENARIOS / "inspection-fence.yaml"
BROKEN = "format: 1\nid: broken\ntitle: Broken user file\nsummary: Typo inside.\ndifficulty: 4\n"


@pytest.fixture
def user_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "broken.yaml").write_text(BROKEN, encoding="utf-8")
    return folder


ORIGINAL_THREE = ("inspection-fence.yaml", "hobby-drone-approach-23.yaml", "flyaway-test-area.yaml")


@pytest.fixture(autouse=True)
def fixed_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Three copies stand for the bundled scenarios, so counts do not move as the library grows."""
    folder = tmp_path / "bundled"
    folder.mkdir()
    for name in ORIGINAL_THREE:
        shutil.copy(SCENARIOS / name, folder / name)
    module = sys.modules[__name__]
    monkeypatch.setattr(module, "SCENARIOS", folder)
    monkeypatch.setattr(module, "HOBBY", folder / "hobby-drone-approach-23.yaml")
    monkeypatch.setattr(module, "FENCE", folder / "inspection-fence.yaml")
    monkeypatch.setattr(module, "bundled_scenarios", lambda: sorted(folder.glob("*.yaml")))
    return folder


@pytest.fixture
def dialog(
    qtbot: QtBot, workspace: Workspace, user_folder: Path, fixed_bundle: Path
) -> ScenarioLibraryDialog:
    dialog = ScenarioLibraryDialog(
        ScenarioLibrary(workspace, user_folder, bundled_folder=fixed_bundle)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_every_file_is_listed_with_its_metadata(
    dialog: ScenarioLibraryDialog, user_folder: Path
) -> None:
    assert set(dialog.visible_paths()) == {*bundled_scenarios(), user_folder / "broken.yaml"}
    assert dialog.visible_paths()[0] == FENCE  # sorted by title
    assert dialog.status_text(HOBBY) == "\u2713 valid"
    assert dialog.status_text(user_folder / "broken.yaml").startswith("\u2717 ")
    assert dialog.count_label.text() == "4 of 4 scenarios shown, 1 invalid"
    assert stars(2) == "\u2605\u2605\u2606\u2606\u2606" and minutes_seconds(900) == "15:00"


def test_typing_in_the_search_box_filters_the_rows(
    dialog: ScenarioLibraryDialog, qtbot: QtBot
) -> None:
    qtbot.keyClicks(dialog.search, "hobby RUNWAY")
    assert dialog.visible_paths() == [HOBBY]
    assert dialog.selected_path() == HOBBY  # the only match is selected
    assert "Hobby drone in the approach" in dialog.details.toPlainText()
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "no such scenario")
    assert dialog.visible_paths() == []
    assert not dialog.open_button.isEnabled()
    assert "No scenario matches" in dialog.details.toPlainText()
    assert dialog.count_label.text().startswith("0 of 4")


def test_filters_by_difficulty_tag_and_source(
    dialog: ScenarioLibraryDialog, user_folder: Path
) -> None:
    dialog.difficulty.setCurrentIndex(dialog.difficulty.findData(4))
    assert dialog.visible_paths() == [user_folder / "broken.yaml"]
    dialog.difficulty.setCurrentIndex(0)
    dialog.tag.setCurrentIndex(dialog.tag.findData("remote-id"))
    assert set(dialog.visible_paths()) == {FENCE, SCENARIOS / "flyaway-test-area.yaml"}
    dialog.tag.setCurrentIndex(0)
    dialog.source.setCurrentIndex(dialog.source.findData("user"))
    assert dialog.visible_paths() == [user_folder / "broken.yaml"]


def test_an_invalid_file_shows_its_problems_and_cannot_be_opened(
    dialog: ScenarioLibraryDialog, user_folder: Path
) -> None:
    dialog.select_path(user_folder / "broken.yaml")
    text = dialog.details.toPlainText()
    assert "Broken user file" in text and "problems" in text
    assert "offender: required field is missing" in text
    assert not dialog.open_button.isEnabled()
    dialog.open_selected()
    assert dialog.isVisible()


def test_validate_all_shows_each_result_and_a_progress_bar(
    dialog: ScenarioLibraryDialog, user_folder: Path, qtbot: QtBot
) -> None:
    seen: list[tuple[int, bool]] = []
    real = dialog._on_progress

    def spy(done: int, total: int, path: Path) -> None:
        seen.append((done, dialog.progress.isVisible()))
        real(done, total, path)

    dialog._on_progress = spy  # type: ignore[method-assign]
    text = HOBBY.read_text(encoding="utf-8").replace("id: hobby-drone-approach-23", "id: copy")
    (user_folder / "copy.yaml").write_text(text, encoding="utf-8")  # found: the list is re-read
    qtbot.mouseClick(dialog.validate_button, Qt.MouseButton.LeftButton)
    assert seen == [(n, True) for n in range(1, 6)]
    assert not dialog.progress.isVisible()
    assert dialog.status_text(HOBBY) == "\u2713 checked"
    assert dialog.status_text(user_folder / "copy.yaml") == "\u2713 checked"
    assert dialog.status_text(user_folder / "broken.yaml").startswith("\u2717 ")
    assert dialog.count_label.text() == "Checked 5 files: 4 passed, 1 with problems"


def test_validate_all_can_be_stopped_by_closing(
    dialog: ScenarioLibraryDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = dialog._on_progress

    def close_on_first(done: int, total: int, path: Path) -> None:
        real(done, total, path)
        dialog.reject()  # Escape while checking: stop after this file, then close

    monkeypatch.setattr(dialog, "_on_progress", close_on_first)
    results = dialog.validate_all()
    assert len(results) == 1
    assert not dialog.isVisible()


def test_open_emits_the_chosen_path(dialog: ScenarioLibraryDialog, qtbot: QtBot) -> None:
    dialog.select_path(HOBBY)
    with qtbot.waitSignal(dialog.scenario_chosen) as blocker:
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [HOBBY]
    assert dialog.result() == dialog.DialogCode.Accepted


def test_double_click_opens(dialog: ScenarioLibraryDialog, qtbot: QtBot) -> None:
    dialog.select_path(FENCE)
    row = dialog.visible_paths().index(FENCE)
    rect = dialog.table.visualRect(dialog.table.model().index(row, 0))
    viewport = dialog.table.viewport()
    with qtbot.waitSignal(dialog.scenario_chosen) as blocker:
        # QTest's double click alone does not press first; a real double click does.
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [FENCE]


def test_keyboard_ctrl_f_searches_and_enter_opens(
    dialog: ScenarioLibraryDialog, qtbot: QtBot
) -> None:
    dialog.activateWindow()
    dialog.table.setFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is dialog.search
    qtbot.keyClicks(dialog.search, "fence")
    chosen: list[Path] = []
    dialog.scenario_chosen.connect(chosen.append)
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert chosen == [FENCE]  # once, not twice


def test_enter_in_the_table_opens_once(dialog: ScenarioLibraryDialog, qtbot: QtBot) -> None:
    dialog.select_path(HOBBY)
    dialog.table.setFocus()
    chosen: list[Path] = []
    dialog.scenario_chosen.connect(chosen.append)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert chosen == [HOBBY]


def test_a_long_tag_does_not_squeeze_the_search_box(
    qtbot: QtBot, workspace: Workspace, user_folder: Path, fixed_bundle: Path
) -> None:
    # A 160-letter tag (the format allows it) made the Tag filter as wide as the tag, and
    # the search box beside it shrank to a few letters.
    text = HOBBY.read_text(encoding="utf-8").replace("id: hobby-drone-approach-23", "id: tagged")
    long_tag = "long" * 40
    text = text.replace("\ntags: [", f"\ntags: [{long_tag}, ", 1)
    (user_folder / "tagged.yaml").write_text(text, encoding="utf-8")
    dialog = ScenarioLibraryDialog(
        ScenarioLibrary(workspace, user_folder, bundled_folder=fixed_bundle)
    )
    qtbot.addWidget(dialog)
    dialog.resize(1100, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.tag.findText(long_tag) >= 0  # offered in the filter
    assert dialog.tag.width() < 300
    assert dialog.search.width() >= 300
