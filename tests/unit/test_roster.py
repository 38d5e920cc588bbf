"""Class rosters from CSV: odd names, BOM, delimiters, broken rows, re-imports add nothing."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest

from trainer.errors import Problem
from trainer.records import Repository, open_database
from trainer.records.roster import RosterRow, import_roster, parse_roster, read_roster

ODD_NAMES = [
    'Piet "Piloot" Jansen',
    "Sinéad O'Connor",
    "Drone 🚁 Daan 👩🏽‍✈️",
    "de Vries, Jan",
    "Ünïcødé ñame — ŞĞ İ ß 中文 עברית",
    '=HYPERLINK("http://x")',
    "x" * 500,
]


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[Repository]:
    db = open_database(tmp_path / "records.sqlite")
    yield Repository(db)
    db.close()


def write(tmp_path: Path, text: str, name: str = "roster.csv", bom: bool = False) -> Path:
    path = tmp_path / name
    path.write_bytes(("\ufeff" if bom else "").encode() + text.encode("utf-8"))
    return path


def lines(problems: list[Problem]) -> list[str]:
    return [f"{p.field}: {p.message}" for p in problems]


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
@pytest.mark.parametrize("bom", [False, True])
def test_odd_names_survive_every_delimiter_with_and_without_bom(
    tmp_path: Path, delimiter: str, bom: bool
) -> None:
    path = tmp_path / "roster.csv"
    with path.open("w", encoding="utf-8-sig" if bom else "utf-8", newline="") as file:
        writer = csv.writer(file, delimiter=delimiter)
        writer.writerow(["Name", "ID", "Group"])
        for number, name in enumerate(ODD_NAMES):
            writer.writerow([name, f"S{number:03d}", "Ochtend; groep A" if number % 2 else ""])
    roster = read_roster(path)
    assert roster.problems == []
    assert [r.name for r in roster.rows] == ODD_NAMES
    assert [r.external_id for r in roster.rows] == [f"S{n:03d}" for n in range(len(ODD_NAMES))]
    assert roster.rows[1].group == "Ochtend; groep A" and roster.rows[0].group is None
    assert [r.line for r in roster.rows] == list(range(2, 2 + len(ODD_NAMES)))


def test_semicolons_from_a_dutch_spreadsheet(tmp_path: Path) -> None:
    text = "naam;studentnr;groep\r\nJan de Vries;;A\r\nAnna, Bakker;;B\r\n"
    roster = read_roster(write(tmp_path, text, bom=True))
    assert roster.problems == []  # the unknown column is left out
    assert roster.rows == [
        RosterRow(2, "Jan de Vries", None, "A"),
        RosterRow(3, "Anna, Bakker", None, "B"),
    ]


def test_only_a_name_column_is_needed(tmp_path: Path) -> None:
    roster = read_roster(write(tmp_path, "name\nAlice\n\n  Bob  \n"))
    assert roster.rows == [RosterRow(2, "Alice"), RosterRow(4, "Bob")]


def test_broken_rows_are_reported_by_line_and_the_rest_is_read(tmp_path: Path) -> None:
    text = (
        "name,id,group,email\n"  # 1
        "Alice,1,A,a@example.org\n"  # 2
        ",2,A\n"  # 3: no name
        "Bob,1,B\n"  # 4: id of line 2
        '"Carol\nvan Dijk",3,B\n'  # 5-6: a quoted line break
        "Dave,4,B,,,\n"  # 7: empty trailing cells are fine
        "de Vries, Jan,5,C,j@example.org\n"  # 8: unquoted comma
        "Erin\n"  # 9
        "Erin\n"  # 10: same name, no id
        ",,\n"  # 11: empty row, skipped
        "Frank,6\n"  # 12
    )
    roster = read_roster(write(tmp_path, text))
    # The quoted line break is a space: the name as the pick lists show it and a trainee types.
    assert [r.name for r in roster.rows] == ["Alice", "Carol van Dijk", "Dave", "Erin", "Frank"]
    assert [r.line for r in roster.rows] == [2, 5, 7, 9, 12]
    found = lines(roster.problems)
    assert len(found) == 4
    assert found[0] == "line 3: the name is missing"
    assert found[1].startswith("line 4: id '1' is already used on line 2")
    assert found[2].startswith("line 8: 5 fields where the header has 4")
    assert found[3].startswith("line 10: 'Erin' is already on line 9")
    assert all(p.file == str(tmp_path / "roster.csv") for p in roster.problems)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "the file is empty"),
        (b"\n \n", "the file is empty"),
        (b"id,group\n1,A\n", "no 'name' column (found 'id', 'group')"),
        ("name\nJos\xe9\n".encode("latin-1"), "not UTF-8 text"),
    ],
)
def test_unusable_files_give_one_clear_problem(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "roster.csv"
    path.write_bytes(content)
    roster = read_roster(path)
    assert roster.rows == []
    assert len(roster.problems) == 1 and expected in roster.problems[0].message


def test_a_missing_file_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    roster = read_roster(tmp_path / "nope.csv")
    assert roster.rows == [] and "cannot read file" in roster.problems[0].message


def test_parse_roster_names_the_source_in_problems() -> None:
    roster = parse_roster("name\n\n,\n;x\n", "class.csv")
    assert roster.rows == [RosterRow(4, ";x")]  # no delimiter in the header: ',' is used
    assert roster.problems == []


def test_import_adds_trainees_and_a_reimport_adds_nothing(tmp_path: Path, repo: Repository) -> None:
    path = tmp_path / "class.csv"
    with path.open("w", encoding="utf-8", newline="") as file:
        writer = csv.writer(file, delimiter=";")
        writer.writerow(["name", "id", "group"])
        for number, name in enumerate(ODD_NAMES):
            writer.writerow([name, f"S{number}", "A"])
        writer.writerow(["No Id Person", "", "B"])
        writer.writerow(["", "S99", "B"])
    first = import_roster(repo, path)
    assert [r.name for r in first.added] == [*ODD_NAMES, "No Id Person"]
    assert first.already_known == [] and lines(first.problems) == [
        f"line {len(ODD_NAMES) + 3}: the name is missing"
    ]
    stored = {t.name: t for t in repo.trainees()}
    assert set(stored) == {*ODD_NAMES, "No Id Person"}
    assert stored["x" * 500].external_id == "S6" and stored["No Id Person"].group == "B"

    again = import_roster(repo, path)
    assert again.added == [] and len(again.already_known) == len(ODD_NAMES) + 1
    assert len(repo.trainees()) == len(ODD_NAMES) + 1


def test_known_trainees_match_by_id_or_by_name_without_id(tmp_path: Path, repo: Repository) -> None:
    repo.add_trainee("Alice", "S1", "A")
    repo.add_trainee("Bob")
    text = "name,id\nAlice Smith,S1\nBob,\nBob,S2\nCarol,\n"
    result = import_roster(repo, write(tmp_path, text))
    assert [r.name for r in result.already_known] == ["Alice Smith", "Bob"]
    assert [(r.name, r.external_id) for r in result.added] == [("Bob", "S2"), ("Carol", None)]
    assert lines(result.problems) == [
        "line 2: id 'S1' is trainee 'Alice' in the record; the name 'Alice Smith' in the file "
        "was not used"
    ]
    assert len(repo.trainees()) == 4


def test_an_unreadable_file_imports_nothing(tmp_path: Path, repo: Repository) -> None:
    result = import_roster(repo, tmp_path / "missing.csv")
    assert result.added == [] and len(result.problems) == 1
    assert repo.trainees() == []


def test_control_characters_leave_names_and_an_empty_name_is_refused(
    tmp_path: Path, repo: Repository
) -> None:
    # A leading NUL once reached SQLite, which counts a text's length up to its first NUL.
    text = "name,id\n\x00Anna,S1\nBo\x1bb,S2\n\x00\x07,S3\n\u202eCarol,S4\n"
    result = import_roster(repo, write(tmp_path, text))
    assert [r.name for r in result.added] == ["Anna", "Bo b", "Carol"]
    assert lines(result.problems) == ["line 4: the name holds only control characters"]
    assert sorted(t.name for t in repo.trainees()) == ["Anna", "Bo b", "Carol"]


@pytest.mark.parametrize("text", ["name,id,group\n", "naam;groep\r\n;\r\n\r\n", "sep=;\nname\n"])
def test_a_roster_with_only_a_header_says_there_are_no_trainees(tmp_path: Path, text: str) -> None:
    path = write(tmp_path, text)
    roster = read_roster(path)
    assert roster.rows == []
    assert [p.message for p in roster.problems] == [
        f"no trainees in {path}: it has a header row only"
    ]


@pytest.mark.parametrize("bom", [False, True])
@pytest.mark.parametrize("first", ["sep=;", "SEP=;;;", "sep=|"])
def test_an_excel_sep_line_sets_the_delimiter(tmp_path: Path, bom: bool, first: str) -> None:
    delimiter = first[-1]
    text = f"{first}\r\nname{delimiter}id\r\nde Vries, Jan{delimiter}S1\r\nAnna{delimiter}S2\r\n"
    roster = read_roster(write(tmp_path, text, bom=bom))
    assert roster.problems == []
    assert roster.rows == [RosterRow(3, "de Vries, Jan", "S1"), RosterRow(4, "Anna", "S2")]


def test_an_excel_sep_line_without_a_delimiter_is_refused() -> None:
    roster = parse_roster("sep=\nname\nAnna\n", "class.csv")
    assert roster.rows == [] and lines(roster.problems) == [
        "line 1: 'sep=' must name one delimiter character, as in 'sep=;'"
    ]
