"""Class rosters from CSV: read and check the rows, then add the trainees the record lacks."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from trainer.errors import Problem
from trainer.i18n import message
from trainer.i18n.os_words import os_reason
from trainer.records.models import TraineeRecord
from trainer.records.repository import Repository
from trainer.text import single_line

MAX_ROSTER_BYTES = 5_000_000  # thousands of names; anything bigger is the wrong file
DELIMITERS = (";", ",", "\t")
# Excel writes "sep=;" as the first line to say which delimiter the rest of the file uses.
_EXCEL_SEP = re.compile(r"sep=(.?)\1*", re.IGNORECASE)  # a re-save may add delimiters
_UNUSABLE_SEPARATORS = frozenset('"\r\n')
# Column names as they appear in headers (any case, spaces and '_' alike); Dutch spreadsheets
# are common here ("Naam;Nummer;Groep" from a Dutch Excel).
COLUMNS = {
    "name": "name",
    "naam": "name",
    "full name": "name",
    "volledige naam": "name",
    "id": "id",
    "external id": "id",
    "number": "id",
    "nummer": "id",
    "nr": "id",
    "student number": "id",
    "studentnummer": "id",
    "leerlingnummer": "id",
    "personeelsnummer": "id",
    "group": "group",
    "groep": "group",
    "class": "group",
    "klas": "group",
}


@dataclass(frozen=True)
class RosterRow:
    """One trainee from the file; `line` is where its record starts (1-based, header is 1)."""

    line: int
    name: str
    external_id: str | None = None
    group: str | None = None


@dataclass(frozen=True)
class Roster:
    """The usable rows of a roster file, and a problem for each line that was left out."""

    rows: list[RosterRow]
    problems: list[Problem]
    unused_columns: list[str] = field(default_factory=list)  # headers the trainer does not read


@dataclass(frozen=True)
class ImportResult:
    """What an import did: rows added as new trainees, rows the record already had, problems."""

    added: list[RosterRow] = field(default_factory=list)
    already_known: list[RosterRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    unused_columns: list[str] = field(default_factory=list)


def read_roster(path: str | Path) -> Roster:
    """Read a roster CSV file (UTF-8, with or without BOM); unreadable files give one problem."""
    path = Path(path)
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_ROSTER_BYTES:
            limit = MAX_ROSTER_BYTES // 1_000_000
            return _refused(name, message("roster.too_big", size=size / 1e6, limit=limit))
        raw = path.read_bytes()
    except OSError as error:
        return _refused(name, message("roster.unreadable", reason=os_reason(error)))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return _refused(name, message("roster.not_utf8", byte=error.start))
    return parse_roster(text, name)


def parse_roster(text: str, name: str = "roster") -> Roster:
    """Rows and per-line problems of roster text; `name` is the file named in problems."""
    text = text.removeprefix("\ufeff")
    first_line, newline, rest = text.partition("\n")
    excel_sep = _EXCEL_SEP.fullmatch(first_line.strip())
    if excel_sep:
        delimiter = excel_sep.group(1)
        if not delimiter or delimiter in _UNUSABLE_SEPARATORS:
            said = message("roster.bad_sep", first_line=repr(first_line.strip()))
            return Roster([], [Problem(name, _line(1), said)])
        text = newline + rest  # an empty first line keeps the line numbers of the rest
    header_line = next((line for line in text.splitlines() if line.strip()), "")
    if not header_line:
        return _refused(name, message("roster.empty"))
    if not excel_sep:
        delimiter = max(DELIMITERS, key=header_line.count) if _has_any(header_line) else ","
    records = _records(text, delimiter)
    header_at, header, _ = next((r for r in records if _filled(r[1])), (1, [], None))
    columns, problems = _columns(header, name, header_at)
    if "name" not in columns:
        found = ", ".join(repr(h.strip()) for h in header if h.strip())
        said = message("roster.no_name_column", found=found or message("roster.found_nothing"))
        return Roster([], [*problems, Problem(name, _line(header_at), said)])
    rows: list[RosterRow] = []
    ids: dict[str, int] = {}
    names_without_id: dict[str, int] = {}
    trainee_rows = 0
    for line, values, error in records:
        if line <= header_at or not (_filled(values) or error):
            continue
        trainee_rows += 1
        if error is not None:
            problems.append(Problem(name, _line(line), error))
            continue
        row, problem = _row(line, values, columns, len(header), name)
        if problem is None and row is not None:
            problem = _duplicate(row, ids, names_without_id, name)
        if problem is not None:
            problems.append(problem)
        elif row is not None:
            rows.append(row)
    if not trainee_rows:  # a header alone is most likely the wrong export, not an empty class
        problems.append(Problem(name, "", message("roster.header_only", file=name)))
    used = set(columns.values())
    unused = [h.strip() for i, h in enumerate(header) if i not in used and h.strip()]
    return Roster(rows, problems, unused)


def import_roster(repository: Repository, path: str | Path) -> ImportResult:
    """Add the file's trainees that the record does not have yet; a re-import adds nothing.

    A row is already known when a trainee has its id, or, for a row without id, its exact name.
    """
    roster = read_roster(path)
    known = repository.trainees(include_retired=True)
    by_id = {t.external_id: t for t in known if t.external_id}
    names = {t.name for t in known if not t.retired}
    retired_names = {t.name: t for t in known if t.retired and t.merged_into is None}
    result = ImportResult(problems=list(roster.problems), unused_columns=roster.unused_columns)
    for row in roster.rows:
        if row.external_id:
            trainee = by_id.get(row.external_id)
            if trainee is not None:
                result.already_known.append(row)
                if trainee.retired:
                    result.problems.append(_retired(str(path), row, trainee))
                if trainee.name != row.name:
                    result.problems.append(
                        Problem(
                            str(path),
                            _line(row.line),
                            message(
                                "roster.id_other_name",
                                id=repr(row.external_id),
                                trainee=repr(trainee.name),
                                name=repr(row.name),
                            ),
                        )
                    )
                continue
        elif row.name in names:
            result.already_known.append(row)
            continue
        elif row.name in retired_names:
            result.already_known.append(row)
            result.problems.append(_retired(str(path), row, retired_names[row.name]))
            continue
        repository.add_trainee(row.name, row.external_id, row.group)
        names.add(row.name)
        result.added.append(row)
    return result


def _retired(file: str, row: RosterRow, trainee: TraineeRecord) -> Problem:
    said = message("roster.retired", name=repr(row.name), trainee_id=trainee.id)
    return Problem(file, _line(row.line), said)


def _line(number: int) -> str:
    """Where in the file, as a problem names it: 'line 4' ('regel 4')."""
    return message("roster.line", line=number)


def _clean(cell: str) -> str:
    """A cell as stored: one clean line (trainer.text.single_line), as the window and the
    class console take a name: a NUL or an escape pasted into a spreadsheet must not reach the
    record, and a line break in a cell (Alt+Enter in Excel) made a name the pick lists show on
    one line but that the name typed as shown did not find."""
    return single_line(cell)


def _refused(name: str, said: str) -> Roster:
    return Roster([], [Problem(name, "", said)])


def _has_any(line: str) -> bool:
    return any(d in line for d in DELIMITERS)


def _filled(values: Sequence[str]) -> bool:
    return any(v.strip() for v in values)


def _records(text: str, delimiter: str) -> list[tuple[int, list[str], str | None]]:
    """Each record with the line it starts on (a quoted field may span lines) or its CSV error."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    records: list[tuple[int, list[str], str | None]] = []
    start = 1
    while True:
        try:
            values = next(reader)
        except StopIteration:
            return records
        except csv.Error as error:
            records.append((start, [], _csv_problem(error)))
        else:
            records.append((start, values, None))
        start = reader.line_num + 1


def _csv_problem(error: csv.Error) -> str:
    """What the csv module refused, in the language in use; its own words are English."""
    if str(error).startswith("field larger than field limit"):  # the one error our reader meets
        return message("roster.cell_too_long", limit=csv.field_size_limit())
    return message("roster.unreadable_csv", error=str(error))


def _columns(header: list[str], name: str, line: int) -> tuple[dict[str, int], list[Problem]]:
    columns: dict[str, int] = {}
    problems = []
    for index, title in enumerate(header):
        key = COLUMNS.get(" ".join(title.replace("_", " ").casefold().split()))
        if key is None:
            continue  # other columns (e-mail, notes) are allowed; Roster.unused names them
        if key in columns:
            said = message("roster.column_twice", column=repr(key))
            problems.append(Problem(name, _line(line), said))
            continue
        columns[key] = index
    return columns, problems


def _row(
    line: int, values: list[str], columns: dict[str, int], width: int, name: str
) -> tuple[RosterRow | None, Problem | None]:
    where = _line(line)
    if _filled(values[width:]):  # empty trailing cells (a spreadsheet's extra ';') are fine
        said = message("roster.field_count", fields=len(values), width=width)
        return None, Problem(name, where, said)

    def cell(key: str) -> str:
        index = columns.get(key)
        return _clean(values[index]) if index is not None and index < len(values) else ""

    if not cell("name"):
        index = columns["name"]
        typed = index < len(values) and values[index].strip()
        said = message("roster.only_control" if typed else "roster.name_missing")
        return None, Problem(name, where, said)
    return RosterRow(line, cell("name"), cell("id") or None, cell("group") or None), None


def _duplicate(
    row: RosterRow, ids: dict[str, int], names_without_id: dict[str, int], name: str
) -> Problem | None:
    where = _line(row.line)
    if row.external_id:
        first = ids.setdefault(row.external_id, row.line)
        if first != row.line:
            said = message("roster.id_twice", id=repr(row.external_id), first=first)
            return Problem(name, where, said)
        return None
    first = names_without_id.setdefault(row.name, row.line)
    if first != row.line:
        said = message("roster.name_twice", name=repr(row.name), first=first)
        return Problem(name, where, said)
    return None
