"""English words an author met in the Dutch windows, found by using them: each kept out here."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from trainer.i18n import use_language
from trainer.launch import Workspace
from trainer.library import ScenarioLibrary
from trainer.scenario.schema_walk import field_label
from trainer.sim.events import Event, EventKind
from trainer.ui.library_dialog import ScenarioLibraryDialog
from trainer.ui.panels.alerts import AlertsPanel
from trainer.ui.translation import CATALOGS, tr

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


def test_the_librarys_check_of_all_files_counts_in_dutch(
    dutch_windows: None,
    qtbot: Any,
    workspace: Workspace,
    tmp_path: Path,
    monkeypatch: Any,
) -> None:
    # Its progress bar read 'Checking 1 of 2' and a stopped check ' (stopped)' in Dutch.
    mine = tmp_path / "mine"
    mine.mkdir()
    for name in ("a", "b"):
        (mine / f"{name}.yaml").write_text(f"format: 1\nid: {name}\n", encoding="utf-8")
    dialog = ScenarioLibraryDialog(ScenarioLibrary(workspace, mine, bundled_folder=tmp_path))
    qtbot.addWidget(dialog)
    shown: list[str] = []
    real = dialog._on_progress

    def stop_after_first(done: int, total: int, path: Path) -> None:
        real(done, total, path)
        shown.append(dialog.progress.text())
        dialog._stop = True

    monkeypatch.setattr(dialog, "_on_progress", stop_after_first)
    dialog.validate_all()
    assert shown == ["Controleren: 1 van 2"]
    assert dialog.count_label.text().startswith("1 bestanden gecontroleerd (gestopt): ")


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


def _event(kind: EventKind, detail: str, other: str | None = None) -> Event:
    return Event(tick=60, time_s=6.0, kind=kind, drone="T001", other=other, detail=detail)


def test_a_runway_alert_and_a_close_call_are_dutch(dutch_windows: None, qtbot: Any) -> None:
    # The Dutch alert list read 'Baan: within 1000 m' in a live run.
    panel = AlertsPanel()
    qtbot.addWidget(panel)
    runway, _ = panel.describe(_event(EventKind.RUNWAY_APPROACHED, "within 1000 m of the runway"))
    assert runway == "Binnen 1000 m van de baan"
    near = _event(EventKind.DRONE_NEAR_MANNED, "420 m from PH-ABC (C172, final), 30 m below")
    close, _ = panel.describe(near)
    assert "420 m van PH-ABC (C172, final), 30 m eronder" in close and "below" not in close


def test_english_alerts_keep_their_words(qtbot: Any) -> None:
    use_language("en")
    panel = AlertsPanel()
    qtbot.addWidget(panel)
    runway, _ = panel.describe(_event(EventKind.RUNWAY_APPROACHED, "within 500 m of the runway"))
    assert runway == "Within 500 m of the runway"


def test_the_editors_words_for_imports_and_new_incidents_are_dutch(dutch_windows: None) -> None:
    # 'Toevoegen aan imports', and a menu entry that stopped mid-sentence: 'Een incident
    # toevoegen voor elke drone zonder'.
    assert field_label("imports") == "geïmporteerd luchtruim"
    entry = tr("Add an &incident for each drone without one")
    assert entry.endswith("die er nog geen heeft")
