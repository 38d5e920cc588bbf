"""Score-sheet export to CSV and XLSX: formula injection, numbers, read-back, file names."""

from __future__ import annotations

import csv
import hashlib
import os
import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from tests.conftest import SCENARIOS
from trainer import i18n
from trainer.cli import main
from trainer.export import ExportError, export_runs, export_session, gather
from trainer.export.batch import PART_BYTES, reserve, safe_part
from trainer.export.csv_export import ITEM_COLUMNS, SUMMARY_COLUMNS, neutralise
from trainer.records import Repository, RunStatus
from trainer.scoring.reasons import reason_words
from trainer.scoring.sheet import ItemCategory, ScoreItem, ScoreSheet

INJECTIONS = ['=HYPERLINK("http://x")', "+1", "-2", "@SUM(A1)", "\t=1+1", "\r=1+1"]
ITEMS = (
    ScoreItem(
        20, 20, ItemCategory.EXPECTED, "+20 informed Twente Radio 14 s after ATZ entry", "i1", 146.0
    ),
    ScoreItem(13.5, 20, ItemCategory.EXPECTED, "+13.5 notified police 40 s late", "i1", 200.25),
    ScoreItem(0, 15, ItemCategory.MISSED, "0/15 never contacted the operator", "i1", 75.0),
    ScoreItem(
        -30, 0, ItemCategory.PENALTY, "-30 suspended runway operations needlessly", None, None
    ),
    ScoreItem(
        -10, 0, ItemCategory.ORDER, "=cmd|' /C calc'!A0 (a reason that looks like a formula)"
    ),
)
SHEET = ScoreSheet("hobby-drone-approach-23", 7, ITEMS, -6.5, 55, 0.0, 70, False, 3.25, 325.5)
# Stopped by the instructor at 3:20; what fell due after that is missed.
ENDED_EARLY = replace(
    SHEET,
    items=(
        *ITEMS[:2],
        ScoreItem(
            0,
            15,
            ItemCategory.MISSED,
            "0/15 contacted the operator: run ended at 3:20 before this was due",
            "i1",
            260.0,
        ),
    ),
    ended_at_s=200.4,
)
NOW = datetime(2026, 3, 2, 9, 15, tzinfo=UTC)

pytestmark = pytest.mark.record_clock(NOW)


def start_run(
    repo: Repository,
    trainee: str | None = "Anna de Vries",
    session_id: int | None = None,
    scenario_file: Path = SCENARIOS / "hobby-drone-approach-23.yaml",
    **trainee_fields: str,
) -> int:
    trainee_id = repo.add_trainee(trainee, **trainee_fields) if trainee is not None else None
    return repo.start_run(
        scenario_id=SHEET.scenario_id,
        scenario_title="Hobby drone in the approach to runway 23",
        scenario_file=str(scenario_file),
        file_sha256="ab" * 32,
        seed=SHEET.seed,
        app_version="0.1.0",
        trainee_id=trainee_id,
        session_id=session_id,
    )


def scored_run(
    repo: Repository,
    trainee: str | None = "Anna de Vries",
    sheet: ScoreSheet = SHEET,
    session_id: int | None = None,
    scenario_file: Path = SCENARIOS / "hobby-drone-approach-23.yaml",
    status: RunStatus = RunStatus.FINISHED,
    **trainee_fields: str,
) -> int:
    run_id = start_run(repo, trainee, session_id, scenario_file, **trainee_fields)
    repo.close_run(run_id, status, sheet.ended_at_s or 600.0, sheet)
    return run_id


def interrupted_run(repo: Repository, sheet: ScoreSheet | None) -> int:
    """A run whose trainer died on another computer a day ago; rescored with `sheet` if any."""
    day_ago = Repository(repo.db, host="classroom-pc-2", now=lambda: NOW - timedelta(hours=25))
    run_id = start_run(day_ago, "Cees Bakker")
    assert repo.mark_interrupted_runs() == [run_id]
    if sheet is not None:
        repo.save_sheet(run_id, sheet)
    return run_id


def read_csv(path: Path) -> list[list[str]]:
    assert path.read_bytes().startswith(b"\xef\xbb\xbf"), "no UTF-8 byte-order mark"
    with path.open(encoding="utf-8-sig", newline="") as file:
        return list(csv.reader(file))


def is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


# -- the neutralising rule -------------------------------------------------------------------


@pytest.mark.parametrize("text", INJECTIONS)
def test_formula_starts_are_neutralised(text: str) -> None:
    assert neutralise(text) == "'" + text


@pytest.mark.parametrize(
    "text", ["Anna", "", "1+1", "'quoted", " spaced", "\u200b", "0/20 never", "a=b", "\u3000x"]
)
def test_other_text_is_left_alone(text: str) -> None:
    assert neutralise(text) == text


# Issue 13.7: whitespace and invisible characters a spreadsheet skips (or a reader cannot see),
# and full-width look-alikes, in front of a formula start.
HIDDEN_STARTS = [
    "\n=1+1",
    ' =HYPERLINK("http://x")',
    "\u3000=1+1",
    '\uff1dHYPERLINK("http://x")',  # full-width =
    "\uff0b1",  # full-width +
    "\uff0d1",  # full-width -
    "\uff20SUM(A1)",  # full-width @
    "\u2212 1",  # minus sign
    "\u200b=1+1",  # zero-width space
    "\ufeff=1+1",  # byte-order mark
    "\u202e=1+1",  # right-to-left override
    "\u2066\u200f@SUM(A1)",  # isolate and mark
    " \u200b\n\ufeff+1",  # several at once
]


@pytest.mark.parametrize("text", HIDDEN_STARTS)
def test_formula_starts_behind_hidden_characters_are_neutralised(text: str) -> None:
    assert neutralise(text) == "'" + text


# -- CSV ---------------------------------------------------------------------------------------


def test_csv_neutralises_every_text_cell_and_keeps_numbers(
    repo: Repository, tmp_path: Path
) -> None:
    runs = [
        scored_run(repo, name, group="@group", external_id=f"-{i}")
        for i, name in enumerate(INJECTIONS)
    ]
    files = export_runs(repo, runs, "csv", tmp_path / "out")
    assert len(files) == len(runs) + 1 and files[-1].name == "summary.csv"
    for path, name in zip(files, INJECTIONS, strict=False):
        rows = read_csv(path)
        assert tuple(rows[0]) == ITEM_COLUMNS
        assert len(rows) == 1 + len(ITEMS)
        for row, item in zip(rows[1:], ITEMS, strict=True):
            cells = dict(zip(ITEM_COLUMNS, row, strict=True))
            assert cells["trainee"] == "'" + name
            assert cells["points"] == f"{item.points:g}"  # -30 stays a number, not '-30
            assert float(cells["points"]) == item.points
            assert float(cells["max_points"]) == item.max_points
            assert cells["reason"] == neutralise(reason_words(item))
            if item.reason.startswith("+20 informed"):  # the points have their column
                assert cells["reason"].startswith("informed Twente Radio")
        for row in rows:  # no cell a spreadsheet would run, except plain numbers
            for cell in row:
                assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")) or is_number(cell)
    summary = read_csv(files[-1])
    assert tuple(summary[0]) == SUMMARY_COLUMNS
    for row, name in zip(summary[1:], INJECTIONS, strict=True):
        cells = dict(zip(SUMMARY_COLUMNS, row, strict=True))
        assert cells["trainee"] == "'" + name
        assert cells["group"] == "'@group" and cells["trainee_id"].startswith("'-")
        assert cells["total"] == "-6.5" and cells["maximum"] == "55" and cells["passed"] == "no"
        assert float(cells["disruption_eur"]) == 325.5


def test_csv_keeps_names_in_any_script(repo: Repository, tmp_path: Path) -> None:
    name = 'Zoë "Piloot" Şahin, 中文 🚁'
    [path] = export_runs(repo, [scored_run(repo, name)], "csv", tmp_path)
    assert {row[1] for row in read_csv(path)[1:]} == {name}


# -- XLSX --------------------------------------------------------------------------------------


def items_table(ws: Worksheet) -> tuple[list[str], list[tuple[object, ...]]]:
    """The header and rows of the items table under the facts block."""
    rows: list[tuple[object, ...]] = list(ws.iter_rows(values_only=True))
    first = next(i for i, row in enumerate(rows) if row[0] == "#")
    assert ws.freeze_panes == f"A{first + 2}", "the table's header row is not frozen"
    return [str(c) for c in rows[first]], rows[first + 1 :]


def facts(ws: Worksheet) -> dict[str, object]:
    """The label -> value pairs of the facts block (labels in A and F, values in D and G)."""
    found: dict[str, object] = {}
    for row in ws.iter_rows(min_row=2, max_row=15):
        for label, value in ((row[0], row[3]), (row[5], row[6])):
            if isinstance(label.value, str):
                found[label.value] = value.value
    return found


def test_xlsx_read_back_equals_the_sheet(repo: Repository, tmp_path: Path) -> None:
    session = repo.add_session("Lesson 3", instructor="M. Bakker")
    run = scored_run(repo, session_id=session, external_id="S0042", group="ops-1")
    [path] = export_runs(repo, [run], "xlsx", tmp_path)
    ws = openpyxl.load_workbook(path)["Score"]
    header, rows = items_table(ws)
    assert header[:3] == ["#", "Time", "Time (s)"] and header[7:9] == ["Reason", "Instructor"]
    assert header[9:] == ["Due from (s)", "Due until (s)", "Outcome", "Computed outcome"]  # last
    assert len(rows) == len(ITEMS)
    for number, (row, item) in enumerate(zip(rows, ITEMS, strict=True), start=1):
        cells = dict(zip(header, row, strict=True))
        assert cells["#"] == number
        assert cells["Points"] == item.points and isinstance(cells["Points"], int | float)
        assert cells["Max points"] == item.max_points
        assert cells["Reason"] == neutralise(reason_words(item))
        assert not cells["Reason"].startswith(("'+", "'-", "+", "-"))
        assert cells["Category"] == item.category.value
        assert cells["Incident"] == item.incident
        assert cells["Time (s)"] == item.time_s
    block = facts(ws)
    assert block["Total"] == SHEET.total and block["Maximum"] == SHEET.maximum
    assert block["Percent"] == SHEET.percent and block["Pass mark (%)"] == SHEET.pass_mark_percent
    assert block["Result"] == "FAILED"
    assert block["Disruption (min)"] == SHEET.disruption_minutes
    assert block["Disruption (EUR)"] == SHEET.disruption_eur
    assert block["Trainee"] == "Anna de Vries" and block["Trainee id"] == "S0042"
    assert block["Group"] == "ops-1" and block["Instructor"] == "M. Bakker"
    assert block["Seed"] == 7 and block["Run"] == run


def test_xlsx_neutralises_text_and_writes_no_formula(repo: Repository, tmp_path: Path) -> None:
    runs = [scored_run(repo, name, group="=1+1") for name in INJECTIONS]
    files = export_runs(repo, runs, "xlsx", tmp_path)
    for path, name in zip(files, INJECTIONS, strict=False):
        ws = openpyxl.load_workbook(path)["Score"]
        # openpyxl's own XML reader turns a carriage return into a line feed; with lxml
        # installed (pymavlink brings it) it is read back as written
        assert facts(ws)["Trainee"] in {"'" + name, "'" + name.replace("\r", "\n")}
        assert facts(ws)["Group"] == "'=1+1"
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{cell.coordinate} is a formula"
                if isinstance(cell.value, str):
                    assert cell.data_type == "s"
                    assert not cell.value.startswith(("=", "+", "-", "@", "\t", "\r"))
        _, rows = items_table(ws)
        assert [row[5] for row in rows] == [item.points for item in ITEMS]
    summary = openpyxl.load_workbook(files[-1])["Summary"]
    values = list(summary.iter_rows(values_only=True))
    assert values[0] == SUMMARY_COLUMNS
    read_back = [str(row[1]).replace("\r", "\n") for row in values[1:]]
    assert read_back == ["'" + n.replace("\r", "\n") for n in INJECTIONS]
    assert {row[7] for row in values[1:]} == {-6.5}  # totals stay numbers
    assert isinstance(values[1][6], datetime)
    assert summary.freeze_panes == "A2"


# -- the data of a sheet ---------------------------------------------------------------------


def test_gather_takes_instructor_session_and_local_time(repo: Repository) -> None:
    session = repo.add_session("Lesson 3", instructor="M. Bakker")
    data = gather(repo, scored_run(repo, session_id=session), tz=ZoneInfo("Europe/Amsterdam"))
    assert data.instructor == "M. Bakker" and data.session_title == "Lesson 3"
    assert data.started_utc == datetime(2026, 3, 2, 9, 15, tzinfo=UTC)
    assert data.local_text == "2026-03-02 10:15 CET"
    assert data.utc_text == "2026-03-02 09:15:00 UTC"
    assert data.sheet == SHEET and data.total == SHEET.total and not data.passed


def test_gather_knows_the_difficulty_only_of_an_unchanged_file(repo: Repository) -> None:
    path = SCENARIOS / "hobby-drone-approach-23.yaml"
    run = scored_run(repo)
    assert gather(repo, run).scenario_difficulty is None  # recorded hash differs from the file
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    other = repo.start_run(
        scenario_id=SHEET.scenario_id,
        scenario_title="t",
        scenario_file=str(path),
        file_sha256=sha,
        seed=SHEET.seed,
        app_version="0.1.0",
    )
    repo.finish_run(other)
    repo.save_sheet(other, SHEET)
    data = gather(repo, other)
    assert data.scenario_difficulty == 2 and data.trainee_label == "(no trainee)"


def test_a_run_without_a_sheet_is_a_clear_error(repo: Repository, tmp_path: Path) -> None:
    abandoned = start_run(repo)
    repo.close_run(abandoned, "aborted", 42.0)  # left by a restart: no sheet
    rescore = rf"score it with: drone-trainer rescore --db {re.escape(repo.file)} --run"
    with pytest.raises(
        ExportError,
        match=rf"run {abandoned} \(hobby-drone-approach-23\) has no score sheet to export: it "
        rf"was aborted and not scored .*; {rescore} {abandoned}$",
    ):
        export_runs(repo, [abandoned], "csv", tmp_path)
    assert not list(tmp_path.glob("*.csv")), "nothing is written when a run cannot be exported"
    interrupted = interrupted_run(repo, None)
    with pytest.raises(
        ExportError, match=rf"interrupted and has not been rescored; {rescore} {interrupted}$"
    ):
        export_runs(repo, [interrupted], "csv", tmp_path)
    running = start_run(repo)
    with pytest.raises(ExportError, match=r"it is still running$"):
        export_runs(repo, [running], "csv", tmp_path)


def test_a_session_leaves_out_unscored_runs_and_says_so(repo: Repository, tmp_path: Path) -> None:
    session = repo.add_session("Lesson 4")
    scored = scored_run(repo, session_id=session)
    abandoned = repo.start_run(
        scenario_id="x",
        scenario_title="X",
        scenario_file="x.yaml",
        file_sha256="0" * 64,
        seed=1,
        app_version="0.1.0",
        session_id=session,
    )
    repo.finish_run(abandoned, "aborted")
    ended_early = scored_run(repo, "Bram", ENDED_EARLY, session, status=RunStatus.ABORTED)
    skipped: list[int] = []
    progress: list[tuple[int, int]] = []
    files = export_session(
        repo,
        session,
        "csv",
        tmp_path / "out",
        lambda d, t: progress.append((d, t)),
        skipped=lambda run_id, why: skipped.append(run_id),
    )
    assert skipped == [abandoned]
    assert [f.name for f in files] == [
        f"Anna-de-Vries_hobby-drone-approach-23_run{scored}.csv",
        f"Bram_hobby-drone-approach-23_run{ended_early}.csv",  # aborted, and scored: exported
        f"summary_session{session}_Lesson-4.csv",
    ]
    assert progress == [(0, 3), (1, 3), (2, 3), (3, 3)]
    empty = repo.add_session("Nobody came")
    with pytest.raises(ExportError, match="has no scored runs"):
        export_session(repo, empty, "csv", tmp_path / "out")


# -- runs that ended early -------------------------------------------------------------------


def runs_of_every_ending(repo: Repository) -> dict[int, tuple[str, str]]:
    """A finished run, one the instructor ended at 3:20 and one rescored after its trainer died.

    Returns (status, ended_at) as the exports should show them, by run id.
    """
    finished = scored_run(repo, "Anna")
    aborted = scored_run(repo, "Bram", ENDED_EARLY, status=RunStatus.ABORTED)
    interrupted = interrupted_run(repo, ENDED_EARLY)
    return {
        finished: ("finished", ""),
        aborted: ("aborted", "3:20"),
        interrupted: ("interrupted", "3:20"),
    }


def test_csv_says_each_runs_status_and_when_it_ended_early(
    repo: Repository, tmp_path: Path
) -> None:
    expected = runs_of_every_ending(repo)
    files = export_runs(repo, list(expected), "csv", tmp_path)
    for path, (run_id, ending) in zip(files, expected.items(), strict=False):
        rows = read_csv(path)
        assert tuple(rows[0]) == ITEM_COLUMNS
        cells = [dict(zip(ITEM_COLUMNS, row, strict=True)) for row in rows[1:]]
        assert {(c["run_id"], c["status"], c["ended_at"]) for c in cells} == {
            (str(run_id), *ending)
        }
    [early_missed] = [c for c in cells if c["category"] == "missed"]
    assert early_missed["reason"].endswith("run ended at 3:20 before this was due")
    summary = read_csv(files[-1])
    assert tuple(summary[0]) == SUMMARY_COLUMNS
    found = {
        int(cells["run_id"]): (cells["status"], cells["ended_at"], cells["passed"])
        for cells in (dict(zip(SUMMARY_COLUMNS, row, strict=True)) for row in summary[1:])
    }
    assert found == {run_id: (*ending, "no") for run_id, ending in expected.items()}


def test_xlsx_says_each_runs_status_and_when_it_ended_early(
    repo: Repository, tmp_path: Path
) -> None:
    expected = runs_of_every_ending(repo)
    files = export_runs(repo, list(expected), "xlsx", tmp_path)
    for path, (status, ended_at) in zip(files, expected.values(), strict=False):
        block = facts(openpyxl.load_workbook(path)["Score"])
        assert block["Status"] == status and block["Result"] == "FAILED"
        assert block["Ended early"] == (f"at {ended_at} (sim time)" if ended_at else "no")
        assert block["Scenario file SHA-256"] == "ab" * 32  # still below the facts
    rows = list(openpyxl.load_workbook(files[-1])["Summary"].iter_rows(values_only=True))
    assert rows[0] == SUMMARY_COLUMNS
    found = {row[0]: dict(zip(SUMMARY_COLUMNS, row, strict=True)) for row in rows[1:]}
    for run_id, (status, ended_at) in expected.items():
        assert found[run_id]["status"] == status and found[run_id]["passed"] == "no"
        assert found[run_id]["ended_at"] == (ended_at or None)  # empty, not a time of day


def test_a_passing_finished_run_has_no_ended_at(repo: Repository, tmp_path: Path) -> None:
    passing = replace(SHEET, total=50, percent=90.9, passed=True)
    run_ids = [scored_run(repo, "Anna", passing), scored_run(repo, "Bram", passing)]
    files = export_runs(repo, run_ids, "csv", tmp_path / "csv")
    for cells in read_csv(files[-1])[1:]:
        row = dict(zip(SUMMARY_COLUMNS, cells, strict=True))
        assert (row["passed"], row["status"], row["ended_at"]) == ("yes", "finished", "")
    book = export_runs(repo, run_ids[:1], "xlsx", tmp_path / "xlsx")[0]
    block = facts(openpyxl.load_workbook(book)["Score"])
    assert (block["Result"], block["Status"], block["Ended early"]) == ("PASSED", "finished", "no")


# -- file names --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anna de Vries", "Anna-de-Vries"),
        ("Zoë Şahin 中文", "Zoë-Şahin-中文"),
        ("../../etc/passwd", "_.._etc_passwd"),
        ('a/b\\c:d*e?f"g<h>i|j', "a_b_c_d_e_f_g_h_i_j"),
        ("nul\x00byte\nand\ttab", "nulbyte-and-tab"),
        ("evil\u202egpj.exe", "evilgpj.exe"),
        ("-rf", "rf"),
        ("...", "x"),
        ("", "x"),
    ],
)
def test_file_name_parts_are_safe_and_readable(text: str, expected: str) -> None:
    assert safe_part(text, "x") == expected


@pytest.mark.parametrize("name", ["x" * 500, "🚁" * 500, "é" * 300, "a/" * 200])
def test_file_name_parts_are_short(name: str) -> None:
    part = safe_part(name, "x")
    assert 0 < len(part.encode()) <= PART_BYTES
    assert "/" not in part and os.sep not in part


def test_exported_files_stay_in_the_folder(repo: Repository, tmp_path: Path) -> None:
    out = tmp_path / "out"
    names = ["../../escape", "/abs/path", "..", "C:\\Windows\\x", "a\x00b", INJECTIONS[0]]
    files = export_runs(repo, [scored_run(repo, n) for n in names], "csv", out)
    assert len(files) == len(names) + 1
    for path in files:
        assert path.parent == out and path.is_file()
        assert not any(ord(c) < 32 for c in path.name)


def test_nothing_is_overwritten(repo: Repository, tmp_path: Path) -> None:
    run = scored_run(repo)
    [first] = export_runs(repo, [run], "xlsx", tmp_path)
    before = first.read_bytes()
    [second] = export_runs(repo, [run], "xlsx", tmp_path)
    assert second != first and second.name == first.stem + " (2).xlsx"
    assert first.read_bytes() == before
    mine = tmp_path / "summary.csv"
    mine.write_text("the instructor's own file", encoding="utf-8")
    files = export_runs(repo, [run], "csv", tmp_path, summary=True)
    assert files[-1].name == "summary (2).csv"
    assert mine.read_text(encoding="utf-8") == "the instructor's own file"
    assert reserve(tmp_path, "summary", ".csv").name == "summary (3).csv"


def test_unknown_run_is_a_clear_error(repo: Repository, tmp_path: Path) -> None:
    from trainer.errors import TrainerError

    with pytest.raises(TrainerError, match="no run with id 99"):
        export_runs(repo, [99], "pdf", tmp_path)
    with pytest.raises(ValueError, match="'doc'"):
        export_runs(repo, [scored_run(repo)], "doc", tmp_path)


# -- a folder the user may not write (issue 13.5) ----------------------------------------------


def refuse_new_files(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """Make `folder` behave as one the user may not write, also when the tests run as root."""
    real_open = Path.open

    def open_(self: Path, mode: str = "r", *args: object, **kwargs: object) -> object:
        if self.parent == folder and "x" in mode:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, mode, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", open_)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_folder_that_cannot_be_written_is_an_export_error(
    repo: Repository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    run_id = scored_run(repo)
    folder = tmp_path / "locked"
    folder.mkdir()
    refuse_new_files(monkeypatch, folder)
    with pytest.raises(ExportError, match=re.escape(str(folder)) + ".*Permission denied"):
        export_runs(repo, [run_id], fmt, folder)
    assert list(folder.iterdir()) == []


def test_in_dutch_the_reason_a_folder_cannot_be_used_is_dutch_too(
    repo: Repository, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    run_id = scored_run(repo)
    locked = tmp_path / "locked"
    locked.mkdir()
    refuse_new_files(monkeypatch, locked)
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder", encoding="utf-8")
    i18n.use_language("nl")
    try:
        with pytest.raises(ExportError) as refused:
            export_runs(repo, [run_id], "csv", locked)
        with pytest.raises(ExportError) as under_a_file:
            export_runs(repo, [run_id], "csv", a_file / "out")
    finally:
        i18n.use_language("en")
    # The system's English ("Permission denied", "Not a directory") would break the sentence.
    assert str(refused.value) == f"{locked}: kan in deze map geen bestanden schrijven: geen toegang"
    assert str(under_a_file.value) == f"{a_file / 'out'}: kan de map niet maken: is geen map"


def test_the_cli_says_in_one_line_that_a_folder_cannot_be_written(
    repo: Repository,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    run_id = scored_run(repo)
    folder = tmp_path / "locked"
    folder.mkdir()
    refuse_new_files(monkeypatch, folder)
    db_file = Path(repo.file)
    code = main(["export", "--db", str(db_file), "--run", str(run_id), "--format", "csv",
                 "-o", str(folder)])  # fmt: skip
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1 and str(folder) in err and "Permission denied" in err


@pytest.mark.parametrize(
    ("reason", "words"),
    [
        (
            "+20 informed Twente Radio 14 s after ATZ entry",
            "informed Twente Radio 14 s after ATZ entry",
        ),
        ("-30 suspended runway operations for a bird", "suspended runway operations for a bird"),
        ("+7,5 gaf de dreiging aan", "gaf de dreiging aan"),  # Dutch decimal comma
        ("0/20 never informed Twente Radio", "never informed Twente Radio"),
        ("0/0 acknowledge: not due", "acknowledge: not due"),
        ("=cmd|' /C calc'!A0", "=cmd|' /C calc'!A0"),  # no points: as it is (then neutralised)
        ("+20", "+20"),  # points and nothing after: kept, not emptied
    ],
)
def test_a_spreadsheet_reason_leaves_out_the_points_it_starts_with(reason: str, words: str) -> None:
    item = ScoreItem(0, 0, ItemCategory.EXPECTED, reason)
    assert reason_words(item) == words
