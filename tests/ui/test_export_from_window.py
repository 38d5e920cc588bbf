"""Export from the window as an instructor does it: the menu, the run picker, format, folder."""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QMenu,
    QWidget,
)

from tests.conftest import SCENARIOS
from tests.ui.conftest import FakeClock
from trainer.launch import Workspace
from trainer.records import Repository, RunStatus, open_database
from trainer.scoring.reasons import reason_words
from trainer.scoring.sheet import ItemCategory, ScoreItem, ScoreSheet
from trainer.ui.main_window import MainWindow
from trainer.ui.run_picker import COLUMNS, RunPickerDialog

HOBBY = SCENARIOS / "hobby-drone-approach-23.yaml"
SEED = 7
FULL = ScoreSheet(
    "hobby-drone-approach-23",
    SEED,
    (ScoreItem(20, 20, ItemCategory.EXPECTED, "+20 informed Twente Radio", "i1", 146.0),),
    20,
    20,
    100.0,
    70,
    True,
    0.0,
    0.0,
)
ENDED_EARLY = ScoreSheet(
    "hobby-drone-approach-23",
    SEED,
    (
        ScoreItem(20, 20, ItemCategory.EXPECTED, "+20 informed Twente Radio", "i1", 146.0),
        ScoreItem(
            0,
            15,
            ItemCategory.MISSED,
            "0/15 contacted the operator: run ended at 3:20 before this was due",
            "i1",
            260.0,
        ),
    ),
    20,
    35,
    57.1,
    70,
    False,
    0.0,
    0.0,
    ended_at_s=200.0,
)


@pytest.fixture
def window(  # type: ignore[no-untyped-def]
    qtbot, workspace: Workspace, settings: QSettings, clock: FakeClock, tmp_path: Path
) -> Iterator[MainWindow]:
    db = open_database(tmp_path / "records.sqlite")
    window = MainWindow(workspace, settings, clock=clock, repository=Repository(db))
    qtbot.addWidget(window)
    window.show()
    yield window
    db.close()


def repository_of(window: MainWindow) -> Repository:
    assert window.repository is not None
    return window.repository


def record_run(
    repository: Repository,
    trainee: str,
    status: RunStatus,
    sheet: ScoreSheet | None,
    session_id: int | None = None,
) -> int:
    """A run of the hobby scenario, closed with this status and sheet (None: unscored)."""
    run_id = repository.start_run(
        scenario_id="hobby-drone-approach-23",
        scenario_title="Hobby drone in the approach to runway 23",
        scenario_file=str(HOBBY),
        file_sha256="ab" * 32,
        seed=SEED,
        app_version="0.1.0",
        trainee_id=repository.add_trainee(trainee),
        session_id=session_id,
    )
    ended_at = sheet.ended_at_s if sheet and sheet.ended_at_s is not None else 600.0
    repository.close_run(run_id, status, ended_at, sheet)
    return run_id


def menu_action(window: MainWindow, menu_title: str, text: str) -> QAction:
    """The action of the menu bar's menu with that title, found as a user finds it."""
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu) and top.text() == menu_title:
            for action in menu.actions():
                if action.text() == text:
                    return action
    raise AssertionError(f"no {text!r} in the {menu_title!r} menu")


def pick_runs_when_asked(  # type: ignore[no-untyped-def]
    qtbot, run_ids: Sequence[int], seen: list[list[int]], scores: dict[int, str]
) -> None:
    """Once the run picker is up: click the rows of these runs (Ctrl for more), then Open.

    `seen` gets what the picker says was chosen, `scores` its Score column by run. The picker
    is closed whatever happens, so a failing test never hangs in its exec().
    """

    def pick() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RunPickerDialog):
            seen.append([])  # no picker came up: the test's assertions will say so
            return
        try:
            table = dialog.table
            modifier = Qt.KeyboardModifier.NoModifier
            for row in range(table.rowCount()):
                item = table.item(row, 0)
                if item is not None and int(item.text()) in run_ids:
                    where = table.visualRect(table.model().index(row, 0)).center()
                    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, where)
                    modifier = Qt.KeyboardModifier.ControlModifier
            seen.append(dialog.chosen())
            score_column = COLUMNS.index("Score")
            for row in range(table.rowCount()):
                run, score = table.item(row, 0), table.item(row, score_column)
                if run is not None and score is not None:
                    scores[int(run.text())] = score.text()
            buttons = dialog.findChild(QDialogButtonBox)
            assert buttons is not None
            qtbot.mouseClick(
                buttons.button(QDialogButtonBox.StandardButton.Open), Qt.MouseButton.LeftButton
            )
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, pick)


def answer_questions(
    monkeypatch: pytest.MonkeyPatch, answers: dict[str, Callable[[list[str]], str]], folder: Path
) -> list[str]:
    """Answer QInputDialog.getItem by its label, and the folder dialog with `folder`.

    Returns the labels asked, in order.
    """
    asked: list[str] = []

    def get_item(
        parent: QWidget, title: str, label: str, items: list[str], *args: object
    ) -> tuple[str, bool]:
        asked.append(label)
        return answers[label](items), True

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args: str(folder))
    return asked


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.DictReader(file))


def pdf_text(path: Path) -> str:
    """The PDF's text with all whitespace removed (table cells wrap lines anywhere)."""
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    return re.sub(r"\s+", "", text)


def test_export_score_sheets_from_the_menu_writes_the_picked_runs(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    repository = repository_of(window)
    finished = record_run(repository, "Anna de Vries", RunStatus.FINISHED, FULL)
    aborted = record_run(repository, "Bram Smit", RunStatus.ABORTED, ENDED_EARLY)
    record_run(repository, "Cees Bakker", RunStatus.FINISHED, FULL)  # not picked
    out = tmp_path / "out"
    asked = answer_questions(monkeypatch, {"Format": lambda items: "csv"}, out)
    seen: list[list[int]] = []
    scores: dict[int, str] = {}
    pick_runs_when_asked(qtbot, [finished, aborted], seen, scores)

    menu_action(window, "&Instructor", "&Export score sheets\u2026").trigger()

    assert seen == [[aborted, finished]]  # the picker lists the newest first
    assert scores[aborted] == "57.1 % failed, ended early at 3:20"
    assert scores[finished] == "100.0 % passed"
    assert asked == ["Format"]
    assert window.error_dialog is None, window.error_dialog and window.error_dialog.text()
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        f"Anna-de-Vries_hobby-drone-approach-23_run{finished}.csv",
        f"Bram-Smit_hobby-drone-approach-23_run{aborted}.csv",
        "summary.csv",
    ]
    early_rows = read_csv(out / names[1])
    assert [r["reason"] for r in early_rows] == [  # the points have their own columns
        reason_words(item) for item in ENDED_EARLY.items
    ]
    assert {(r["status"], r["ended_at"]) for r in early_rows} == {("aborted", "3:20")}
    assert {(r["status"], r["ended_at"]) for r in read_csv(out / names[0])} == {("finished", "")}
    summary = {int(r["run_id"]): r for r in read_csv(out / "summary.csv")}
    assert set(summary) == {finished, aborted}
    assert (summary[aborted]["passed"], summary[aborted]["status"]) == ("no", "aborted")
    assert summary[aborted]["ended_at"] == "3:20" and summary[aborted]["total"] == "20"
    assert (summary[finished]["passed"], summary[finished]["status"]) == ("yes", "finished")
    assert summary[finished]["ended_at"] == ""
    assert str(out) in window.statusBar().currentMessage()


def test_cancelling_the_run_picker_writes_nothing(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    record_run(repository_of(window), "Anna de Vries", RunStatus.FINISHED, FULL)
    asked = answer_questions(monkeypatch, {"Format": lambda items: "csv"}, tmp_path / "out")

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, RunPickerDialog):
            dialog.reject()

    QTimer.singleShot(0, cancel)
    window.instructor.export_action.trigger()
    assert asked == [] and not (tmp_path / "out").exists()
    assert window.error_dialog is None


def test_export_a_class_session_from_the_menu(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    repository = repository_of(window)
    repository.add_session("Lesson 1", "J. Jansen")
    session = repository.add_session("Lesson 2", "M. Bakker")
    finished = record_run(repository, "Anna de Vries", RunStatus.FINISHED, FULL, session)
    aborted = record_run(repository, "Bram Smit", RunStatus.ABORTED, ENDED_EARLY, session)
    abandoned = record_run(repository, "Cees Bakker", RunStatus.ABORTED, None, session)
    record_run(repository, "Dirk Visser", RunStatus.FINISHED, FULL)  # no session
    out = tmp_path / "out"
    offered: list[list[str]] = []

    def choose_session(items: list[str]) -> str:
        offered.append(items)
        return next(label for label in items if label.startswith(f"{session}: Lesson 2"))

    asked = answer_questions(
        monkeypatch, {"Session": choose_session, "Format": lambda items: "pdf"}, out
    )

    menu_action(window, "&Instructor", "Export a class &session\u2026").trigger()

    assert asked == ["Session", "Format"] and len(offered[0]) == 2
    assert window.error_dialog is None, window.error_dialog and window.error_dialog.text()
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        f"Anna-de-Vries_hobby-drone-approach-23_run{finished}.pdf",
        f"Bram-Smit_hobby-drone-approach-23_run{aborted}.pdf",
        f"summary_session{session}_Lesson-2.pdf",
    ]
    early = pdf_text(out / names[1])
    assert "FAILED\u2014runendedearlyat3:20" in early and "runaborted" in early
    assert "runendedat3:20beforethiswasdue" in early
    full = pdf_text(out / names[0])
    assert "PASSED" in full and "runfinished" in full and "endedearly" not in full
    summary = pdf_text(out / names[2])
    assert "2runs" in summary and "1passed" in summary and "endedearlyat3:20" in summary
    message = window.statusBar().currentMessage()
    assert f"Wrote 3 file(s) to {out}" in message
    assert message.endswith(f"left out run(s) without a score sheet: {abandoned}")


def test_picked_runs_without_a_sheet_are_left_out_and_named(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # An instructor picks all runs (Ctrl+A) and some were never scored: the export wrote
    # nothing and named only the first such run, so each try found the next one.
    repository = repository_of(window)
    finished = record_run(repository, "Anna de Vries", RunStatus.FINISHED, FULL)
    abandoned = record_run(repository, "Bram Smit", RunStatus.ABORTED, None)
    cut_off = record_run(repository, "Cees Bakker", RunStatus.ABORTED, None)
    out = tmp_path / "out"
    answer_questions(monkeypatch, {"Format": lambda items: "csv"}, out)
    seen: list[list[int]] = []
    pick_runs_when_asked(qtbot, [finished, abandoned, cut_off], seen, {})

    window.instructor.export_action.trigger()

    assert seen == [[cut_off, abandoned, finished]]
    assert window.error_dialog is None, window.error_dialog and window.error_dialog.text()
    names = sorted(p.name for p in out.iterdir())
    assert names == [f"Anna-de-Vries_hobby-drone-approach-23_run{finished}.csv"]
    message = window.statusBar().currentMessage()
    assert f"Wrote 1 file(s) to {out}" in message
    assert message.endswith(f"left out run(s) without a score sheet: {cut_off}, {abandoned}")


def test_picking_only_runs_without_a_sheet_names_each_and_how_to_score_it(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    repository = repository_of(window)
    abandoned = record_run(repository, "Bram Smit", RunStatus.ABORTED, None)
    cut_off = record_run(repository, "Cees Bakker", RunStatus.ABORTED, None)
    out = tmp_path / "out"
    answer_questions(monkeypatch, {"Format": lambda items: "csv"}, out)
    pick_runs_when_asked(qtbot, [abandoned, cut_off], [], {})

    window.instructor.export_action.trigger()

    assert window.error_dialog is not None
    text = window.error_dialog.text() + window.error_dialog.informativeText()
    for run_id in (abandoned, cut_off):
        assert f"--run {run_id}" in text  # the rescore command that scores it
    assert not out.exists() or not list(out.iterdir())


def test_the_first_export_starts_in_the_documents_folder(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # With no folder kept yet, the folder dialog opened in the folder the program was started
    # from: on a classroom PC its own (often read-only) folder, or a checkout's.
    from PySide6.QtCore import QStandardPaths

    record_run(repository_of(window), "Anna de Vries", RunStatus.FINISHED, FULL)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *args: ("csv", True))
    started: list[str] = []

    def folder_dialog(parent: QWidget, title: str, start: str) -> str:
        started.append(start)
        return ""  # cancelled

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", folder_dialog)
    assert window.instructor.export_runs([1]) == []
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert started == [documents] and documents
