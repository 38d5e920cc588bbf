"""What a Dutch classroom sees in the single-PC windows is Dutch: texts found in English by a
hands-on review (the words of a track chooser, a library status, a run list's score)."""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMainWindow

from tests.conftest import SCENARIOS
from trainer.launch import Workspace
from trainer.library import ScenarioLibrary
from trainer.records import Repository, RunStatus
from trainer.records.db import open_database
from trainer.scoring.protocol import TRACK_ACTIONS, ActionKind
from trainer.scoring.sheet import ItemCategory, ScoreItem, ScoreSheet
from trainer.ui import choice_dialog
from trainer.ui.library_dialog import ScenarioLibraryDialog
from trainer.ui.main_window import MainWindow
from trainer.ui.map.static_layers import runway_tooltip, zone_tooltip
from trainer.ui.run_picker import RunPickerDialog
from trainer.ui.score_dialog import ScoreSheetDialog
from trainer.ui.translation import fill


def test_the_track_chooser_names_the_action_in_dutch(
    dutch_windows: None, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    asked: list[str] = []
    monkeypatch.setattr(
        choice_dialog.ChoiceDialog, "ask", lambda title, prompt, *_: asked.append(prompt)
    )
    for kind in TRACK_ACTIONS:
        choice_dialog.ask_which_track(window, kind, ["T001"])
        choice_dialog.ask_which_track(window, kind, [])
        said = window.statusBar().currentMessage()
        assert kind.value.replace("_", " ") not in said.casefold(), said
        assert said.startswith("Nog geen tracks"), said
    assert "Bevestigen: welke track?" in asked
    for prompt in asked:
        assert not any(k.value.replace("_", " ") in prompt.casefold() for k in ActionKind), prompt


def test_the_track_chooser_says_in_dutch_that_the_selected_track_is_lost(
    dutch_windows: None, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    asked: list[tuple[str, list[str]]] = []

    def ask(_title: str, prompt: str, options: list[tuple[str, str]], *_: object) -> None:
        asked.append((prompt, [label for label, _ in options]))

    monkeypatch.setattr(choice_dialog.ChoiceDialog, "ask", ask)
    choice_dialog.ask_which_track(window, ActionKind.CLOSE_INCIDENT, ["T002"], lost="T001")
    assert asked == [
        (
            "Incident afsluiten: welke track? T001, de gekozen track, is niet meer op de kaart.",
            [
                "T002",
                "T001 (verloren: niet meer op de kaart)",
                "Geen bepaalde track (elk incident)",
            ],
        )
    ]
    for prompt, _ in asked:
        assert not any(k.value.replace("_", " ") in prompt.casefold() for k in ActionKind), prompt


def test_the_library_says_in_dutch_which_files_are_valid(
    dutch_windows: None, qtbot: Any, workspace: Workspace, tmp_path: Path
) -> None:
    mine = tmp_path / "mine"
    mine.mkdir()
    broken = "format: 1\nid: broken\ntitle: Broken\nsummary: Typo inside.\ndifficulty: 4\n"
    (mine / "broken.yaml").write_text(broken, encoding="utf-8")
    bundled = tmp_path / "bundled"
    bundled.mkdir()
    shutil.copy(SCENARIOS / "hobby-drone-approach-23.yaml", bundled / "hobby.yaml")
    dialog = ScenarioLibraryDialog(ScenarioLibrary(workspace, mine, bundled_folder=bundled))
    qtbot.addWidget(dialog)
    assert dialog.status_text(bundled / "hobby.yaml") == "\u2713 geldig"
    assert dialog.status_text(mine / "broken.yaml").startswith("\u2717 ")
    assert "probl" in dialog.status_text(mine / "broken.yaml")
    assert "problem " not in dialog.status_text(mine / "broken.yaml") + " "
    assert dialog.count_label.text() == "2 van 2 scenario\u2019s getoond, 1 ongeldig"


def test_the_run_list_gives_title_and_verdict_in_dutch(
    dutch_windows: None, qtbot: Any, tmp_path: Path
) -> None:
    hobby = SCENARIOS / "hobby-drone-approach-23.yaml"
    db = open_database(tmp_path / "records.sqlite")
    repository = Repository(db)
    run_id = repository.start_run(
        scenario_id="hobby-drone-approach-23",
        scenario_title="Hobby drone in the approach to runway 23",
        scenario_file=str(hobby),
        file_sha256=hashlib.sha256(hobby.read_bytes()).hexdigest(),
        seed=7,
        app_version="0.1.0",
        trainee_id=repository.add_trainee("Sanne"),
    )
    item = ScoreItem(0, 20, ItemCategory.MISSED, "0/20 informed Twente Radio", "i1", 146.0)
    sheet = ScoreSheet("hobby-drone-approach-23", 7, (item,), 0, 20, 0.0, 70, False, 0.0, 0.0)
    repository.close_run(run_id, RunStatus.FINISHED, 600.0, sheet)
    picker = RunPickerDialog(repository, "Debrief")
    qtbot.addWidget(picker)
    row = [picker.table.item(0, column).text() for column in range(picker.table.columnCount())]
    assert row[3] == "Hobbydrone in de nadering van baan 23"
    assert row[5] == "0,0 % niet geslaagd"
    picker.filter.setText("hobby drone")  # the title as recorded still finds it
    assert not picker.table.isRowHidden(0)
    db.close()


def test_the_end_of_run_sheet_writes_its_numbers_with_a_dutch_comma(
    dutch_windows: None, qtbot: Any
) -> None:
    item = ScoreItem(15, 20, ItemCategory.EXPECTED, "+15 informed Twente Radio", "i1", 146.0)
    sheet = ScoreSheet("s", 1, (item,), 15, 20, 75.0, 70, True, 4.5, 452.0)
    dialog = ScoreSheetDialog(sheet, "Oefening", "Sanne")
    qtbot.addWidget(dialog)
    assert dialog.result_label.text().endswith("75,0 %")
    assert "= 75,0 %" in dialog.summary.text()
    assert "opgeschort 4,5 min, € 452" in dialog.summary.text()


def test_english_keeps_its_decimal_point(qtbot: Any) -> None:
    item = ScoreItem(15, 20, ItemCategory.EXPECTED, "+15 informed Twente Radio", "i1", 146.0)
    sheet = ScoreSheet("s", 1, (item,), 15, 20, 75.0, 70, True, 4.5, 452.0)
    dialog = ScoreSheetDialog(sheet, "Exercise", "Sanne")
    qtbot.addWidget(dialog)
    assert dialog.result_label.text().endswith("75.0 %")
    assert "suspended 4.5 min" in dialog.summary.text()


def test_filled_texts_write_numbers_with_the_dutch_comma(dutch_windows: None) -> None:
    assert fill("{percent:.1f} % of {total:g}, {eur:,.0f}", percent=62.5, total=12.5, eur=1234) == (
        "62,5 % of 12,5, 1.234"
    )
    assert (
        fill("{name} {count}", name="a.b", count=3) == "a.b 3"
    )  # texts and plain ints as they are


def test_the_map_tooltips_of_zones_and_runways_are_dutch(
    dutch_windows: None, workspace: Workspace
) -> None:
    airspace = workspace.prepare(SCENARIOS / "hobby-drone-approach-23.yaml").world.airspace
    atz = next(zone for zone in airspace.zones if zone.id == "atz-twente")
    text = zone_tooltip(atz)
    assert " tot " in text and " to " not in text, text
    assert "; bron: " in text and "source:" not in text, text
    core = next(zone for zone in airspace.zones if zone.id == "uas-ehtw-core")
    text = zone_tooltip(core)
    assert "bron: trainingsconstructie, geen gepubliceerd luchtruim: baanas" in text, text
    assert "training construct" not in text, text
    runway = runway_tooltip(airspace.aerodrome.runways[0])
    assert re.fullmatch(r"Baan 05/23, 2\.9\d\d m x 45 m", runway), runway  # thousands with a dot


def test_the_review_tab_gives_each_reason_in_dutch(
    dutch_windows: None, qtbot: Any, tmp_path: Path
) -> None:
    from trainer.i18n import msg
    from trainer.scoring.sheet import scored
    from trainer.ui.review_panel import REASON, ReviewPanel

    reason = msg("reason.never", of=20, action=msg("did.inform_radio"), window=30,
                 label=msg("clock.zone_entry", zone="ATZ"), due=146.0)  # fmt: skip
    item = scored(0, 20, ItemCategory.MISSED, reason, "hobby", 146.0)
    sheet = ScoreSheet("s", 1, (item,), 0, 20, 0, 70, False, 0, 0)
    db = open_database(tmp_path / "records.sqlite")
    panel = ReviewPanel(Repository(db), 1, sheet)
    qtbot.addWidget(panel)
    shown = panel.table.item(0, REASON).text()
    assert shown.startswith("0/20 Twente Radio geïnformeerd: niet gedaan"), shown
    db.close()


def test_an_override_typed_with_a_comma_is_shown_with_one(
    dutch_windows: None, qtbot: Any, tmp_path: Path
) -> None:
    from tests.unit.test_export import scored_run
    from trainer.ui.review_panel import OVERRIDE, ReviewPanel

    db = open_database(tmp_path / "records.sqlite")
    repository = Repository(db)
    run = scored_run(repository)
    sheet = repository.sheet(run)
    assert sheet is not None
    panel = ReviewPanel(repository, run, sheet)
    qtbot.addWidget(panel)
    assert panel.set_review(0, override="12,5")
    assert panel.table.item(0, OVERRIDE).text() == "12,5"
    assert panel.total_label.text().startswith("Berekend totaal -6,5 van 55;"), (
        panel.total_label.text()
    )
    db.close()


def test_the_run_pickers_title_and_button_say_what_they_are_for(
    dutch_windows: None, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QDialog, QDialogButtonBox

    from trainer.ui import instructor_tools

    db = open_database(tmp_path / "records.sqlite")
    window = QMainWindow()
    qtbot.addWidget(window)
    window.repository = Repository(db)  # type: ignore[attr-defined]
    seen: list[tuple[str, str]] = []

    def look(picker: QDialog) -> int:
        assert isinstance(picker, RunPickerDialog)
        button = picker.buttons.button(QDialogButtonBox.StandardButton.Open)
        seen.append((picker.windowTitle(), button.text()))
        return 0

    monkeypatch.setattr(RunPickerDialog, "exec", look)
    tools = instructor_tools.InstructorTools.__new__(instructor_tools.InstructorTools)
    tools.window = window  # type: ignore[assignment]
    tools.choose_debrief()
    tools.export_runs()
    assert seen[0][0] == "Een oefening nabespreken"
    assert seen[1] == ("Scoreformulieren exporteren", "Exporteren…")
    db.close()


def test_a_trainees_progress_reads_as_dates_and_in_dutch(
    dutch_windows: None, qtbot: Any, tmp_path: Path, workspace: Workspace
) -> None:
    from tests.ui.test_progress import add_scored_run
    from trainer.ui.progress_dialog import DAY_S, ProgressDialog

    hobby = SCENARIOS / "hobby-drone-approach-23.yaml"
    db = open_database(tmp_path / "records.sqlite")
    repository = Repository(db)
    sanne = repository.add_trainee("Sanne")
    run = add_scored_run(repository, sanne, hobby, 55.0, workspace)
    db.conn.execute(  # the file as it was played, so its Dutch title may be used
        "UPDATE runs SET file_sha256 = ? WHERE id = ?",
        (hashlib.sha256(hobby.read_bytes()).hexdigest(), run),
    )
    db.conn.commit()
    retired = repository.add_trainee("Bram")
    repository.retire_trainee(retired)
    dialog = ProgressDialog(repository, workspace)
    qtbot.addWidget(dialog)
    dialog.show_trainee(sanne)
    low, high = dialog.plot.getViewBox().viewRange()[0]
    assert high - low >= DAY_S  # one run: a day's axis (dates), not seconds around it
    assert dialog.plot.getAxis("bottom").labelText == "Datum oefening"
    assert "Laatste: Hobbydrone in de nadering van baan 23, 55,0 %" in dialog.summary.text()
    names = [dialog.trainee_box.itemText(i) for i in range(dialog.trainee_box.count())]
    assert "Bram (gearchiveerd)" in names
    db.close()


def test_the_roster_adds_a_trainee_in_dutch(
    dutch_windows: None, qtbot: Any, tmp_path: Path
) -> None:
    from trainer.ui.roster_dialog import RosterDialog

    db = open_database(tmp_path / "records.sqlite")
    dialog = RosterDialog(Repository(db))
    qtbot.addWidget(dialog)
    assert dialog.id_edit.placeholderText() == "Nummer (optioneel)"
    dialog.name_edit.setText("Jan de Vries")
    dialog.add_trainee()
    assert "Jan de Vries toegevoegd." in dialog.trainee_message.text()
    assert "Added" not in dialog.trainee_message.text()
    db.close()


def test_the_truth_tooltip_of_a_drone_is_dutch(dutch_windows: None, window: MainWindow) -> None:
    window.open_scenario(SCENARIOS / "remote-id-mismatch.yaml")
    assert window.driver is not None
    window.driver.engine.run_until(150)
    window.driver.publish()
    snapshot = window.canvas.tracks.last_snapshot
    i = snapshot.ids.index("photo-1")
    text = window.canvas.tooltip_at(float(snapshot.x[i]), float(snapshot.y[i]))
    assert text.startswith("photo-1:") and ", koers " in text, text
    assert "Kernzone baan EHTW, geen drones" in text and "uas-ehtw-core" not in text, text


def test_f1_lists_the_trainees_response_keys(dutch_windows: None, window: MainWindow) -> None:
    from trainer.ui.main_window import TRAINEE

    window.open_scenario(SCENARIOS / "hobby-drone-approach-23.yaml")
    window.set_role(TRAINEE)
    text = window.shortcut_text()
    for key, words in (("A", "Detecteren: Bevestigen"), ("R", "Reageren: Twente Radio"),
                       ("9", "Dreiging: Hoog"), ("X", "Sluiten")):  # fmt: skip
        assert any(
            line.strip().startswith(key + " ") and words in line for line in text.splitlines()
        ), (key, text)


def test_the_bundled_scenarios_menu_lists_titles_in_dutch(
    dutch_windows: None, window: MainWindow
) -> None:
    window.bundled_menu.aboutToShow.emit()
    texts = [action.text() for action in window.bundled_menu.actions()]
    assert "Hobbydrone in de nadering van baan 23" in texts, texts
    assert "hobby drone approach 23" not in texts
