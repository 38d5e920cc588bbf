"""The roster and sessions dialog, offscreen: import, add, new session, choose the current one."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from trainer.records import Repository, open_database
from trainer.ui.roster_dialog import EMPTY_ROSTER, RosterDialog, local_time

ROSTER = (
    "\ufeffnaam;id;groep\n"
    "Sinéad O'Connor;S1;Ochtend\n"
    '"Piet ""Piloot"" Jansen";S2;Ochtend\n'
    ";S3;Middag\n"
    "Drone 🚁 Daan;S1;Middag\n"
    "Anna de Vries;;Middag\n"
)


def plain(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html)


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[Repository]:
    db = open_database(tmp_path / "records.sqlite")
    yield Repository(db)
    db.close()


@pytest.fixture
def dialog(qtbot: QtBot, repo: Repository) -> RosterDialog:
    dialog = RosterDialog(repo)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_an_empty_record_says_how_to_start(dialog: RosterDialog) -> None:
    assert dialog.trainee_names() == [] and dialog.session_rows() == []
    assert EMPTY_ROSTER in plain(dialog.trainee_message.text())
    assert "No current session" in plain(dialog.current_label.text())
    assert not dialog.add_button.isEnabled() and not dialog.choose_button.isEnabled()


def test_importing_a_csv_lists_the_trainees_and_the_problems(
    dialog: RosterDialog, repo: Repository, tmp_path: Path
) -> None:
    path = tmp_path / "klas 3B.csv"
    path.write_text(ROSTER, encoding="utf-8")
    result = dialog.import_file(path)
    assert result is not None
    assert sorted(dialog.trainee_names()) == [
        "Anna de Vries",
        'Piet "Piloot" Jansen',
        "Sinéad O'Connor",
    ]
    message = plain(dialog.trainee_message.text())
    assert "klas 3B.csv" in message and "3 added" in message and "2 problems" in message
    assert dialog.problem_list.isVisible()
    problems = [dialog.problem_list.item(i).text() for i in range(dialog.problem_list.count())]
    assert problems[0] == "line 4: the name is missing"
    assert problems[1].startswith("line 5: id 'S1' is already used on line 2")
    assert dialog.trainee_count.text() == "3 trainees"

    again = dialog.import_file(path)
    assert again is not None and again.added == [] and len(again.already_known) == 3
    assert "0 added, 3 already known" in plain(dialog.trainee_message.text())
    assert len(repo.trainees()) == 3


def test_an_unreadable_file_is_reported_in_the_dialog(dialog: RosterDialog, tmp_path: Path) -> None:
    path = tmp_path / "latin1.csv"
    path.write_bytes("name\nJos\xe9\n".encode("latin-1"))
    dialog.import_file(path)
    assert "0 added" in plain(dialog.trainee_message.text())
    assert "not UTF-8" in dialog.problem_list.item(0).text()


def test_adding_a_trainee_by_hand(dialog: RosterDialog, repo: Repository, qtbot: QtBot) -> None:
    qtbot.keyClicks(dialog.name_edit, "  Jan de Vries ")
    qtbot.keyClicks(dialog.id_edit, "S77")
    qtbot.keyClicks(dialog.group_edit, "A")
    assert dialog.add_button.isEnabled()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert dialog.trainee_names() == ["Jan de Vries"]
    stored = repo.trainees()[0]
    assert (stored.name, stored.external_id, stored.group) == ("Jan de Vries", "S77", "A")
    assert dialog.name_edit.text() == "" and "Added Jan de Vries" in plain(
        dialog.trainee_message.text()
    )
    # The same id again: the record refuses, the dialog says why and keeps the input.
    qtbot.keyClicks(dialog.name_edit, "Someone Else")
    qtbot.keyClicks(dialog.id_edit, "S77")
    qtbot.keyClick(dialog.id_edit, Qt.Key.Key_Return)
    assert "already belongs to trainee" in plain(dialog.trainee_message.text())
    assert dialog.name_edit.text() == "Someone Else" and len(repo.trainees()) == 1


def test_long_and_multi_line_names_fit_on_one_line(dialog: RosterDialog, repo: Repository) -> None:
    repo.add_trainee("line\nbreak")
    repo.add_trainee("x" * 500)
    dialog.refresh()
    assert sorted(dialog.trainee_names()) == ["line break", "x" * 500]


def test_a_new_session_is_listed_and_can_be_chosen(
    dialog: RosterDialog, repo: Repository, qtbot: QtBot
) -> None:
    older = repo.add_session("Week 11", "M. Bakker")
    repo.start_run(
        scenario_id="s",
        scenario_title="S",
        scenario_file="s.yaml",
        file_sha256="0" * 64,
        seed=1,
        app_version="test",
        session_id=older,
    )
    dialog.refresh()
    qtbot.keyClicks(dialog.title_edit, "Duty officers, week 12")
    qtbot.keyClicks(dialog.instructor_edit, "A. Smit")
    qtbot.mouseClick(dialog.new_session_button, Qt.MouseButton.LeftButton)
    rows = dialog.session_rows()
    assert [(r[1], r[2], r[3]) for r in rows] == [
        ("Duty officers, week 12", "A. Smit", 0),
        ("Week 11", "M. Bakker", 1),
    ]
    newest = rows[0][0]
    assert dialog.choose_button.isEnabled()  # the new session is selected
    with qtbot.waitSignal(dialog.session_chosen) as blocker:
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [newest]
    assert "Duty officers, week 12" in plain(dialog.current_label.text())
    assert dialog.current_session == newest


def test_double_clicking_a_session_chooses_it(
    dialog: RosterDialog, repo: Repository, qtbot: QtBot
) -> None:
    first = repo.add_session("Week 11")
    repo.add_session("Week 12")
    dialog.refresh()
    row = [r[0] for r in dialog.session_rows()].index(first)
    viewport = dialog.session_table.viewport()
    centre = dialog.session_table.visualRect(dialog.session_table.model().index(row, 0)).center()
    with qtbot.waitSignal(dialog.session_chosen) as blocker:
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=centre)
    assert blocker.args == [first]


def test_the_current_session_is_shown_when_the_dialog_opens(qtbot: QtBot, repo: Repository) -> None:
    session = repo.add_session("Week 12")
    dialog = RosterDialog(repo, current_session=session)
    qtbot.addWidget(dialog)
    assert "Week 12" in plain(dialog.current_label.text())


def test_local_time_reads_the_records_stamps() -> None:
    assert local_time("not a time") == "not a time"
    assert len(local_time("2026-03-02T09:15:00.250+00:00")) == len("2026-03-02 10:15")


def test_a_dutch_excel_roster_maps_its_columns_and_names_the_unused(
    dialog: RosterDialog, repo: Repository, tmp_path: Path
) -> None:
    path = tmp_path / "klas.csv"
    path.write_text("sep=;\nNaam;Nummer;Groep;E-mailadres\nAnna;1001;3B;a@x.nl\n", "utf-8")
    dialog.import_file(path)
    stored = repo.trainees()[0]
    assert (stored.name, stored.external_id, stored.group) == ("Anna", "1001", "3B")
    assert "Columns not used: E-mailadres" in plain(dialog.trainee_message.text())


def test_change_merge_retire_and_restore_from_the_dialog(
    dialog: RosterDialog, repo: Repository, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from trainer.ui.choice_dialog import ChoiceDialog
    from trainer.ui.trainee_edit_dialog import TraineeEditDialog

    first = repo.add_trainee("Anna de Vries")
    second = repo.add_trainee("Anna de Vries", "S2")
    repo.add_trainee("Piet")
    dialog.refresh()
    assert not dialog.edit_button.isEnabled() and not dialog.merge_button.isEnabled()

    # Change: the real dialog, typed into; the table shows the new name.
    dialog._select(dialog.trainee_table, first)
    assert dialog.edit_button.isEnabled()

    def type_new_name(self: TraineeEditDialog) -> int:
        self.name_edit.clear()
        qtbot.keyClicks(self.name_edit, "Anna de Vries-Smit")
        qtbot.keyClicks(self.group_edit, "Blue")
        return 1

    monkeypatch.setattr(TraineeEditDialog, "exec", type_new_name)
    assert dialog.edit_selected()
    assert sorted(dialog.trainee_names()) == ["Anna de Vries", "Anna de Vries-Smit", "Piet"]
    assert repo.trainee(first).group == "Blue"

    # Merge: the duplicate is offered its namesakes first, then the rest.
    offered: list[list[int]] = []

    def pick_first(_title: str, _prompt: str, options: list[tuple[str, int]], _p: object) -> int:
        offered.append([value for _, value in options])
        return first

    monkeypatch.setattr(ChoiceDialog, "ask", staticmethod(pick_first))
    dialog._select(dialog.trainee_table, second)
    assert dialog.merge_selected()
    assert first in offered[0] and second not in offered[0]
    assert sorted(dialog.trainee_names()) == ["Anna de Vries-Smit", "Piet"]
    assert "Merged Anna de Vries into Anna de Vries-Smit" in plain(dialog.trainee_message.text())
    assert repo.trainee(first).external_id == "S2"

    # Retire Piet: gone from the list, back with "Show retired", then restored.
    piet = repo.find_trainee("Piet")
    assert piet is not None
    dialog._select(dialog.trainee_table, piet.id)
    qtbot.mouseClick(dialog.retire_button, Qt.MouseButton.LeftButton)
    assert dialog.trainee_names() == ["Anna de Vries-Smit"]
    dialog.show_retired.setChecked(True)
    assert sorted(dialog.trainee_names()) == ["Anna de Vries", "Anna de Vries-Smit", "Piet"]
    dialog._select(dialog.trainee_table, second)
    assert not dialog.retire_button.isEnabled()  # merged away: its runs live elsewhere
    dialog._select(dialog.trainee_table, piet.id)
    assert dialog.retire_button.text() == "Restore"
    qtbot.mouseClick(dialog.retire_button, Qt.MouseButton.LeftButton)
    assert repo.find_trainee("Piet") is not None


def test_the_change_dialog_needs_a_name(qtbot: QtBot, repo: Repository) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from trainer.ui.trainee_edit_dialog import TraineeEditDialog

    dialog = TraineeEditDialog(repo.trainee(repo.add_trainee("Jan", "S1")))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.name_edit.clear()
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "  Jan Jansen ")
    assert ok.isEnabled()
    assert dialog.fields().name == "Jan Jansen" and dialog.fields().external_id == "S1"


def test_a_roster_imported_in_dutch_is_reported_in_dutch(
    dutch_windows: None, qtbot: QtBot, repo: Repository, tmp_path: Path
) -> None:
    dialog = RosterDialog(repo)
    qtbot.addWidget(dialog)
    path = tmp_path / "klas 3B.csv"
    path.write_text(ROSTER, encoding="utf-8")
    dialog.import_file(path)
    message = plain(dialog.trainee_message.text())
    # Was "klas 3B.csv: 3 added, 0 already known, 2 problems (weggelaten regels ...)".
    assert "klas 3B.csv: 3 toegevoegd, 0 al bekend, 2 problemen" in message
    problems = [dialog.problem_list.item(i).text() for i in range(dialog.problem_list.count())]
    assert problems[0] == "regel 4: de naam ontbreekt"  # was "line 4: the name is missing"
    assert problems[1] == "regel 5: nummer 'S1' staat al op regel 2; rij weggelaten"
    latin = tmp_path / "latin1.csv"
    latin.write_bytes("naam\nJos\xe9\n".encode("latin-1"))
    dialog.import_file(latin)
    assert "geen UTF-8-tekst" in dialog.problem_list.item(0).text()


def test_long_titles_and_names_do_not_widen_the_dialog(dialog: RosterDialog, qtbot: QtBot) -> None:
    # A title or name without spaces cannot wrap: its message pushed the dialog past the screen.
    before = dialog.width()
    qtbot.keyClicks(dialog.title_edit, "<b>Les</b>" + "lang" * 80)
    qtbot.mouseClick(dialog.new_session_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    dialog.name_edit.setText("L" * 300)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.wait(50)
    assert "<b>Les</b>lang" in plain(dialog.current_label.text()).replace("&lt;", "<").replace(
        "&gt;", ">"
    )
    assert dialog.minimumSizeHint().width() <= before
    assert dialog.width() == before
