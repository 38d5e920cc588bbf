"""The training record's errors in Dutch: real failures (a file that is no record, a locked or
read-only database, a run that is gone or over) speak the language in use, name the file and
what is wrong, and say in English exactly what they said before."""

from __future__ import annotations

import errno
import sqlite3
import string
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import SCENARIOS
from trainer import i18n
from trainer.cli import main
from trainer.i18n import Language, en_records, nl_records
from trainer.records import RecordsError, Repository, RunStatus, open_database
from trainer.records import db as records_db
from trainer.records.roster import read_roster
from trainer.scoring.protocol import Action, ActionKind

TRAINER = Path(__file__).resolve().parents[2] / "trainer"


def failure(language: Language, make: Callable[[], object]) -> str:
    """What `make` raises, as a user of `language` reads it."""
    i18n.use_language(language)
    try:
        with pytest.raises(RecordsError) as caught:
            make()
        return str(caught.value)
    finally:
        i18n.use_language("en")


def start(repo: Repository) -> int:
    return repo.start_run(
        scenario_id="flyaway-05", scenario_title="Flyaway near runway 05",
        scenario_file="scenarios/flyaway-05.yaml", file_sha256="ab" * 32, seed=7,
        app_version="0.1.0",
    )  # fmt: skip


def test_a_file_that_is_no_record_is_refused_in_either_language(db_path: Path) -> None:
    db_path.write_text("name,score\nAnna,80\n" * 50, encoding="utf-8")
    assert failure("en", lambda: open_database(db_path)) == (
        f"{db_path}: not an SQLite database (another kind of file, or encrypted)"
    )
    assert failure("nl", lambda: open_database(db_path)) == (
        f"{db_path}: geen SQLite-database (een ander soort bestand, of versleuteld)"
    )


def test_a_damaged_record_says_so_in_dutch(db_path: Path) -> None:
    db = open_database(db_path)
    repo = Repository(db)
    for n in range(300):
        repo.add_trainee(f"Cursist {n} " + "x" * 200)
    db.close()
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 2])  # cut off half-way, as a full disk might
    english = failure("en", lambda: open_database(db_path))
    dutch = failure("nl", lambda: open_database(db_path))
    assert english.startswith(f"{db_path}: ") and "damaged" in english and "restore" in english
    assert dutch.startswith(f"{db_path}: ") and "beschadigd" in dutch
    assert "zet een reservekopie terug" in dutch and "restore" not in dutch


def test_a_record_another_program_holds_locked(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(records_db, "BUSY_TIMEOUT_S", 0.1)  # the lock is not let go meanwhile
    db = open_database(db_path)
    repo = Repository(db)
    other = sqlite3.connect(db_path, isolation_level=None)  # the console, mid-write
    other.execute("BEGIN EXCLUSIVE")
    try:
        english = failure("en", lambda: repo.add_trainee("Anna"))
        dutch = failure("nl", lambda: repo.add_trainee("Anna"))
    finally:
        other.execute("ROLLBACK")
        other.close()
        db.close()
    assert english == (
        f"{db_path}: cannot add trainee 'Anna': the database is locked by another program; "
        "close it and try again"
    )
    assert dutch == (
        f"{db_path}: cursist 'Anna' toevoegen lukt niet: de database is vergrendeld door een "
        "ander programma; sluit dat en probeer het opnieuw"
    )


def test_a_run_that_is_gone_or_over(repo: Repository) -> None:
    run = start(repo)
    repo.finish_run(run, RunStatus.ABORTED)
    act = Action(1, ActionKind.ACKNOWLEDGE, 3.0, "2026-12-01T10:00:00+00:00", "T001")
    file = repo.file
    assert failure("en", lambda: repo.run(42)) == (
        f"{file}: cannot read run 42: there is no run with id 42"
    )
    assert failure("nl", lambda: repo.run(42)) == (
        f"{file}: oefening 42 lezen lukt niet: er is geen oefening met id 42"
    )
    assert failure("en", lambda: repo.record_action(run, act)) == (
        f"{file}: cannot record action 1 of run {run}: run {run} is aborted, no longer running"
    )
    assert failure("nl", lambda: repo.record_action(run, act)) == (
        f"{file}: handeling 1 van oefening {run} vastleggen lukt niet: oefening {run} is "
        "afgebroken, loopt niet meer"
    )
    assert failure("nl", lambda: repo.finish_run(run)) == (
        f"{file}: oefening {run} beëindigen als voltooid lukt niet: oefening {run} is "
        "afgebroken, loopt niet meer"
    )


def test_a_number_too_large_to_store_is_said_without_python_s_english(repo: Repository) -> None:
    def start_with_a_huge_seed() -> int:
        return repo.start_run(
            scenario_id="flyaway-05", scenario_title="Flyaway near runway 05",
            scenario_file="scenarios/flyaway-05.yaml", file_sha256="ab" * 32, seed=2**64,
            app_version="0.1.0",
        )  # fmt: skip

    said = failure("nl", start_with_a_huge_seed)
    assert said.endswith(": een getal is te groot om op te slaan"), said
    assert "SQLite INTEGER" not in said and "Python" not in said


def test_trainee_and_review_refusals_in_dutch(repo: Repository) -> None:
    anna = repo.add_trainee("Anna", external_id="S1")
    assert failure("nl", lambda: repo.add_trainee(" ")) == (
        f"{repo.file}: een cursist toevoegen lukt niet: de naam is leeg"
    )
    assert failure("nl", lambda: repo.add_trainee("Bram", external_id="S1")) == (
        f"{repo.file}: cursist 'Bram' toevoegen lukt niet: nummer 'S1' hoort al bij cursist "
        f"{anna} ('Anna')"
    )
    assert failure("nl", lambda: repo.merge_trainees(anna, anna)) == (
        f"{repo.file}: cursist {anna} samenvoegen met cursist {anna} lukt niet: een cursist kan "
        "niet met zichzelf worden samengevoegd"
    )
    run = start(repo)
    assert failure("nl", lambda: repo.review_item(run, 0, note="te laat")) == (
        f"{repo.file}: regel 1 van oefening {run} beoordelen lukt niet: oefening {run} heeft "
        "geen gescoorde regel 1"
    )


def test_a_folder_that_cannot_be_made(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Root may make any folder, so the refusal is faked, as the system would say it.
    def refuse(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied", str(self))

    monkeypatch.setattr(Path, "mkdir", refuse)
    path = tmp_path / "shared" / "records.sqlite"
    assert failure("en", lambda: open_database(path)) == (
        f"{path}: cannot create its folder: Permission denied"
    )
    assert failure("nl", lambda: open_database(path)) == (
        f"{path}: de map ervan kan niet worden gemaakt: geen toegang"
    )


def test_a_record_opened_read_only_refuses_writes_in_dutch(db_path: Path) -> None:
    open_database(db_path).close()
    reader = open_database(db_path, read_only=True)
    try:
        repo = Repository(reader)
        english = failure("en", lambda: repo.add_session("Les 3"))
        dutch = failure("nl", lambda: repo.add_session("Les 3"))
    finally:
        reader.close()
    assert english == f"{db_path}: cannot add class session 'Les 3': the file is read-only"
    assert dutch == f"{db_path}: les 'Les 3' toevoegen lukt niet: het bestand is alleen-lezen"
    missing = db_path.with_name("elsewhere.sqlite")
    assert failure("nl", lambda: open_database(missing, read_only=True)) == (
        f"{missing}: daar is geen trainingsregistratie"
    )


def test_the_command_line_says_it_in_dutch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(i18n.ENV_VAR, "en")  # --lang sets it for children: undone after
    broken = tmp_path / "broken.sqlite"
    broken.write_text("not a record\n" * 200, encoding="utf-8")
    fresh = tmp_path / "fresh.sqlite"
    open_database(fresh).close()
    scenario = str(SCENARIOS / "two-drones.yaml")
    out = str(tmp_path / "out")
    commands = {
        "export": (
            ["export", "--db", str(broken), "--run", "1", "--format", "csv", "-o", out],
            broken,
        ),
        "rescore": (["rescore", "--db", str(fresh), "--run", "99"], fresh),
        "run": (["run", scenario, "--bot", "idle", "--db", str(broken)], broken),
    }
    dutch = {
        "export": "geen SQLite-database (een ander soort bestand, of versleuteld)",
        "rescore": "oefening 99 lezen lukt niet: er is geen oefening met id 99",
        "run": "geen SQLite-database (een ander soort bestand, of versleuteld)",
    }
    english = {
        "export": "not an SQLite database (another kind of file, or encrypted)",
        "rescore": "cannot read run 99: there is no run with id 99",
        "run": "not an SQLite database (another kind of file, or encrypted)",
    }
    for name, (argv, file) in commands.items():
        assert main(["--lang", "nl", *argv]) == 1, name
        assert f"{file}: {dutch[name]}" in capsys.readouterr().err, name
        monkeypatch.setenv(i18n.ENV_VAR, "en")
        assert main(argv) == 1, name
        assert f"{file}: {english[name]}" in capsys.readouterr().err, name


def test_a_roster_file_that_is_not_there(tmp_path: Path) -> None:
    missing = tmp_path / "klas 3B.csv"
    i18n.use_language("nl")
    try:
        dutch = [str(problem) for problem in read_roster(missing).problems]
    finally:
        i18n.use_language("en")
    english = [str(problem) for problem in read_roster(missing).problems]
    assert dutch == [f"{missing}: bestand niet te lezen: bestand of map bestaat niet"]
    assert english == [f"{missing}: cannot read file: No such file or directory"]


def _fields(template: str) -> set[tuple[str, str]]:
    return {(n, spec or "") for _, n, spec, _ in string.Formatter().parse(template) if n}


def test_every_record_message_has_its_dutch_with_the_same_fields() -> None:
    assert set(en_records.MESSAGES) == set(nl_records.MESSAGES)
    for key, english in en_records.MESSAGES.items():
        assert _fields(english) == _fields(nl_records.MESSAGES[key]), key
    users = [*(TRAINER / "records").glob("*.py"), TRAINER / "sqlite_reasons.py"]
    source = "\n".join(p.read_text(encoding="utf-8") for p in users)
    unused = [key for key in en_records.MESSAGES if f'"{key}"' not in source]
    assert unused == []


def _roster_problems(language: Language, path: Path) -> list[str]:
    i18n.use_language(language)
    try:
        return [str(problem) for problem in read_roster(path).problems]
    finally:
        i18n.use_language("en")


def test_a_roster_cell_too_long_for_csv_is_said_in_dutch(tmp_path: Path) -> None:
    # A cell past the csv module's limit (a binary or a joined-up export): its error is English.
    path = tmp_path / "klas.csv"
    path.write_text("naam;groep\nAnna;A\n" + "B" * 200_000 + ";x\nCees;B\n", encoding="utf-8")
    dutch = _roster_problems("nl", path)
    english = _roster_problems("en", path)
    assert dutch == [f"{path}: regel 3: een cel is langer dan 131072 tekens: is dit wel een "
                     "klassenlijst?"]  # fmt: skip
    assert english == [f"{path}: line 3: a cell is longer than 131072 characters: is this a "
                       "roster?"]  # fmt: skip
    assert [r.name for r in read_roster(path).rows] == ["Anna", "Cees"]  # the rest is read


def test_an_empty_roster_file_is_said_in_dutch(tmp_path: Path) -> None:
    path = tmp_path / "klas.csv"
    path.write_bytes(b"\n \n")
    assert _roster_problems("nl", path) == [
        f"{path}: het bestand is leeg; de eerste regel moet de kolommen noemen"
    ]


def test_a_name_with_a_lone_surrogate_is_refused_in_dutch(repo: Repository) -> None:
    # What a command line in another encoding gives for an undecodable byte ('--trainee Sanne\xff').
    name = "Sanne\udcff"
    assert failure("nl", lambda: repo.find_trainee(name)) == (
        f"{repo.file}: cursist 'Sanne\\udcff' zoeken lukt niet: de tekst bevat een teken dat niet "
        "kan worden opgeslagen (U+DCFF); typ het opnieuw"
    )
    english = failure("en", lambda: repo.add_trainee(name))
    assert english.endswith(
        ": the text holds a character that cannot be stored (U+DCFF); type it again"
    )
    assert "codec" not in english and "surrogates" not in english


def test_a_bad_action_and_a_damaged_action_row_are_said_in_dutch(repo: Repository) -> None:
    run = start(repo)
    zero = Action(0, ActionKind.ACKNOWLEDGE, 3.0, "2026-12-01T10:00:00+00:00", "T001")
    assert failure("nl", lambda: repo.record_action(run, zero)).endswith(
        ": handelingnummer 0: dat moet 1 of meer zijn"
    )
    early = Action(2, ActionKind.ACKNOWLEDGE, 3.0, "2026-12-01T10:00:00+00:00", "T001", {}, 5)
    assert failure("nl", lambda: repo.record_action(run, early)).endswith(
        ": handeling 2 kan alleen een eerdere handeling corrigeren, niet 5"
    )
    repo.record_action(run, Action(1, ActionKind.ACKNOWLEDGE, 3.0, "2026-12-01T10:00:00Z", "T1"))
    conn = repo.db.conn
    conn.execute("UPDATE actions SET kind = 'teleport' WHERE run_id = ?", [run])
    assert failure("nl", lambda: repo.actions(run)) == (
        f"{repo.file}: de handelingen van oefening {run} lezen lukt niet: de kolom kind bevat "
        "'teleport', dat deze trainer niet kent (een registratie van een nieuwere trainer?)"
    )
    assert "is not a valid" not in failure("en", lambda: repo.actions(run))
    conn.execute(
        "UPDATE actions SET kind = 'acknowledge', params_json = '{' WHERE run_id = ?", [run]
    )
    assert failure("nl", lambda: repo.actions(run)).endswith(
        ": opgeslagen gegevens zijn geen JSON (regel 1, kolom 2); de registratie is beschadigd"
    )
