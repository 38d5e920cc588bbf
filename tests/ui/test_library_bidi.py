"""A bidi override (U+202E) in a scenario file's title, summary or tags turned the library's
text after it around; the library shows them as the score sheet does (trainer.text)."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.conftest import SCENARIOS
from trainer.launch import Workspace
from trainer.library import ScenarioLibrary
from trainer.ui.library_dialog import STATUS, TITLE, ScenarioLibraryDialog

BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def evil_file(folder: Path) -> Path:
    source = (SCENARIOS / "inspection-fence.yaml").read_text(encoding="utf-8")
    for old, new in (
        ("title: Authorised fence inspection", 'title: "Evil \\u202eRTL <b>fence</b>"'),
        ("summary: >\n  The airport's", "summary: >\n  \u202eThe airport's"),
        ("tags: [authorised, remote-id,", 'tags: ["\\u2067authorised", remote-id,'),
    ):
        assert old in source
        source = source.replace(old, new)
    path = folder / "evil.yaml"
    path.write_text(source, encoding="utf-8")
    return path


def test_the_details_and_the_row_show_no_bidi_override(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    evil = evil_file(folder)
    dialog = ScenarioLibraryDialog(ScenarioLibrary(workspace, folder, bundled_folder=tmp_path))
    qtbot.addWidget(dialog)
    dialog.select_path(evil)
    entry = dialog.selected_entry()
    assert entry is not None and entry.valid and "\u202e" in entry.title  # the file, as written
    text = dialog.details.toPlainText()
    # Was 'Evil \u202eRTL ...' in the heading: shown as 'Evil >b/<ecnef>b< LTR'.
    assert text.splitlines()[0] == "Evil RTL <b>fence</b>"  # markup stays as written
    assert "The airport's contractor" in text and "authorised" in text
    assert not any(c in text for c in BIDI), repr(text)
    (row,) = range(dialog.table.rowCount())
    cell = dialog.table.item(row, TITLE)
    assert cell is not None
    assert cell.text() == "Evil RTL <b>fence</b>"
    assert not any(c in cell.toolTip() for c in BIDI)


def test_a_problem_quoting_the_file_shows_no_bidi_override(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path
) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    broken = folder / "broken.yaml"
    broken.write_text(
        'format: 1\nid: broken\ntitle: Broken\nsummary: x\n"\\u202eevil": 1\n', encoding="utf-8"
    )
    dialog = ScenarioLibraryDialog(ScenarioLibrary(workspace, folder, bundled_folder=tmp_path))
    qtbot.addWidget(dialog)
    dialog.select_path(broken)
    entry = dialog.selected_entry()
    assert entry is not None and any("\u202e" in str(p) for p in entry.problems)
    text = dialog.details.toPlainText()
    assert "evil" in text
    assert not any(c in text for c in BIDI), repr(text)
    (row,) = range(dialog.table.rowCount())
    status = dialog.table.item(row, STATUS)
    assert status is not None and "evil" in status.toolTip()
    assert not any(c in status.toolTip() for c in BIDI)
