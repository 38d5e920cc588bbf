"""English words an author met in the Dutch windows, found by using them: each kept out here."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from trainer.launch import Workspace
from trainer.library import ScenarioLibrary
from trainer.ui.library_dialog import ScenarioLibraryDialog
from trainer.ui.translation import CATALOGS

UI = Path(__file__).resolve().parents[2] / "trainer" / "ui"


def test_the_library_describes_a_broken_file_in_dutch(
    dutch_windows: None, qtbot: Any, workspace: Workspace, tmp_path: Path
) -> None:
    # 'No summary.' and 'line 5 · ...' stood in English in the Dutch library.
    mine = tmp_path / "mine"
    mine.mkdir()
    broken = "format: 1\nid: broken\ntitle: Broken\nsummary: ''\ndifficulty: 9\n"
    (mine / "broken.yaml").write_text(broken, encoding="utf-8")
    dialog = ScenarioLibraryDialog(ScenarioLibrary(workspace, mine, bundled_folder=tmp_path))
    qtbot.addWidget(dialog)
    dialog.select_path(mine / "broken.yaml")
    shown = dialog.details.toPlainText()
    assert "Geen samenvatting." in shown
    assert "regel 5: " in shown
    assert "No summary" not in shown and "line " not in shown


def _texts_tr_inside_f_strings() -> list[tuple[str, str]]:
    """(where, text) of each tr("...") written inside an f-string's braces."""
    found = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for joined in ast.walk(tree):
            if not isinstance(joined, ast.JoinedStr):
                continue
            for node in ast.walk(joined):
                if (
                    isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Name)
                    and node.func.id == "tr"
                    and node.args
                    and isinstance(node.args[0], ast.Constant)
                ):
                    found.append((f"{path.name}:{node.lineno}", str(node.args[0].value)))
    return found


def test_no_text_is_left_untranslated_inside_an_f_string() -> None:
    # pyside6-lupdate does not look inside an f-string's braces: a tr("No summary.") there
    # never reached nl.ts, and tests/ui/test_translations.py could not see it missing.
    translated = {
        message.findtext("source"): message.findtext("translation")
        for message in ET.parse(CATALOGS / "nl.ts").iter("message")
    }
    missing = [
        (where, text) for where, text in _texts_tr_inside_f_strings() if not translated.get(text)
    ]
    assert not missing, "tr() inside an f-string, without Dutch in nl.ts: " + repr(missing)
