"""Export end to end: a class session run by the bots, PDF read back as text, the CLI command."""

from __future__ import annotations

import csv
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest

from tests.conftest import built_once, copy_record
from trainer import __version__
from trainer.export import SheetData, export_runs, export_session, gather
from trainer.export.csv_export import neutralise
from trainer.export.pdf_export import write_sheet_pdf
from trainer.i18n import message
from trainer.launch import PreparedRun, Workspace, bundled_scenarios
from trainer.records import Repository, open_database
from trainer.scoring.bots import make_bot
from trainer.scoring.due import DueWindow, due_windows
from trainer.scoring.reasons import reason_words
from trainer.scoring.sheet import ItemCategory, ScoreItem, ScoreSheet
from trainer.training_run import RunResult, file_sha256, run_headless

pytestmark = pytest.mark.slow  # six fast-time runs through the bots, 10-20 s

CLASS = [  # five trainees, each played by a scripted trainee
    ("Anna de Vries", "perfect"),
    ("Jan <b>Smit</b> & Zoë 🚁", "panic"),
    ('Piet "Piloot" Jansen', "perfect"),
    ('=HYPERLINK("http://x")', "panic"),
    ("Sinéad O'Connor", "perfect"),
]


def pdf_text(path: Path) -> str:
    """The PDF's text with all whitespace removed (table cells wrap lines anywhere)."""
    if shutil.which("pdftotext"):
        out = subprocess.run(
            ["pdftotext", "-raw", "-enc", "UTF-8", str(path), "-"],
            capture_output=True,
            check=True,
        ).stdout.decode("utf-8")
    else:
        pypdf = pytest.importorskip("pypdf", reason="needs pdftotext or pypdf to read a PDF")
        out = "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    return squeeze(out)


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def pdf_pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", path.read_bytes()))


@pytest.fixture
def qt_app(qapp: object) -> object:
    """pytest-qt's QApplication, made before any PDF is written in this process.

    The exporter would start a bare QGuiApplication when there is none; the widget tests that
    run later in the same process need a QApplication, and Qt allows only one.
    """
    return qapp


@dataclass(frozen=True)
class Lesson:
    db_path: Path
    repo: Repository
    session_id: int
    run_ids: tuple[int, ...]


def replay(
    repo: Repository, run: PreparedRun, played: RunResult, trainee: int, session: int
) -> int:
    """Record a run the engine already played for another trainee: a run of its own."""
    run_id = repo.start_run(
        scenario_id=run.scenario.id,
        scenario_title=run.scenario.title,
        scenario_file=str(run.path),
        file_sha256=file_sha256(run),
        seed=played.sheet.seed,
        app_version=__version__,
        trainee_id=trainee,
        session_id=session,
    )
    repo.record_events(run_id, played.events)
    for action in played.actions:
        repo.record_action(run_id, action)
    repo.finish_run(run_id)
    repo.save_sheet(run_id, played.sheet)
    return run_id


def build_lesson(db_path: Path) -> list[int]:
    """Five trainees run the three bundled scenarios in one class session: 15 recorded runs.
    Returns the session's id and the runs'.

    Each scenario is played once per bot by the engine (recorded for the first trainee of that
    bot); the same play is recorded again for the next trainees, to keep this test quick.
    """
    db = open_database(db_path)
    repo = Repository(db)
    session = repo.add_session("Drone incidents, lesson 3", instructor="M. Bakker")
    workspace = Workspace()
    # Three scenarios of the library, one per difficulty level the class starts with.
    chosen = ("inspection-fence", "hobby-drone-approach-23", "flyaway-test-area")
    prepared = [workspace.prepare(p) for p in bundled_scenarios() if p.stem in chosen]
    assert len(prepared) == 3
    played: dict[tuple[str, str], RunResult] = {}
    run_ids = []
    for index, (name, bot) in enumerate(CLASS):
        trainee = repo.add_trainee(name, external_id=f"S{index:04d}", group="ops-1")
        for run in prepared:
            earlier = played.get((bot, run.scenario.id))
            if earlier is None:
                result = run_headless(
                    run,
                    make_bot(bot, run.scenario),
                    recorder=repo,
                    trainee_id=trainee,
                    session_id=session,
                )
                assert result.run_id is not None
                played[bot, run.scenario.id] = result
                run_ids.append(result.run_id)
            else:
                run_ids.append(replay(repo, run, earlier, trainee, session))
    db.close()
    return [session, *run_ids]


@pytest.fixture(scope="module")
def lesson(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Iterator[Lesson]:
    """The lesson's record (built once in a test run: tests/conftest.py's built_once)."""
    db_path = tmp_path_factory.mktemp("lesson") / "records.sqlite"
    built, (session, *run_ids) = built_once(
        tmp_path_factory, worker_id, "export-lesson", lambda f: build_lesson(f / "records.sqlite")
    )
    copy_record(built / "records.sqlite", db_path)
    db = open_database(db_path)
    yield Lesson(db_path, Repository(db), session, tuple(run_ids))
    db.close()


def outcome_words(window: DueWindow) -> str:
    """The outcome as the English sheet words it."""
    return message(f"sheet.due_outcome_{window.outcome.value}")


def test_the_class_has_fifteen_distinct_scored_runs(lesson: Lesson) -> None:
    runs = lesson.repo.runs(session_id=lesson.session_id)
    assert sorted(r.id for r in runs) == sorted(lesson.run_ids)
    assert len({(r.trainee_id, r.scenario_id) for r in runs}) == 15
    assert all(lesson.repo.sheet(r.id) is not None for r in runs)


def sheets_by_run(lesson: Lesson) -> dict[int, SheetData]:
    return {run_id: gather(lesson.repo, run_id) for run_id in lesson.run_ids}


def run_of(path: Path) -> int:
    found = re.search(r"_run(\d+)\.\w+$", path.name)
    assert found, path.name
    return int(found.group(1))


def test_session_as_pdf(lesson: Lesson, tmp_path: Path, qt_app: object) -> None:
    files = export_session(lesson.repo, lesson.session_id, "pdf", tmp_path)
    sheets, summary = files[:-1], files[-1]
    assert len(sheets) == 15 and summary.name.startswith("summary_session")
    expected = sheets_by_run(lesson)
    assert sorted(run_of(p) for p in sheets) == sorted(expected)
    for path in sheets:
        data = expected[run_of(path)]
        text = pdf_text(path)
        assert squeeze(data.trainee_label.replace("🚁", "")) in text  # no emoji font here
        assert squeeze(f"{data.total:g} of {data.maximum:g} points") in text
        assert data.result in text and squeeze("M. Bakker") in text
        for item in data.sheet.items:
            assert squeeze(item.reason) in text, item.reason
        for window in data.windows.values():  # "due 14:11:10–14:11:40 · on time (done ...)"
            assert squeeze(window.text()) in text, window.text()
    text = pdf_text(summary)
    assert squeeze("15 runs") in text
    for data in expected.values():
        assert squeeze(data.trainee_label.replace("🚁", "")) in text


def test_session_as_csv(lesson: Lesson, tmp_path: Path) -> None:
    files = export_session(lesson.repo, lesson.session_id, "csv", tmp_path)
    expected = sheets_by_run(lesson)
    assert len(files) == 16
    outcomes: set[str] = set()
    for path in files[:-1]:
        data = expected[run_of(path)]
        with path.open(encoding="utf-8-sig", newline="") as file:
            rows = list(csv.DictReader(file))
        assert [float(r["points"]) for r in rows] == [i.points for i in data.sheet.items]
        assert [r["reason"] for r in rows] == [
            neutralise(reason_words(i)) for i in data.sheet.items
        ]
        assert {r["trainee"] for r in rows} <= {neutralise(data.trainee_label)}
        # Each item's window and outcome as the scorer judged it; empty where it has none.
        judged = {w.position: w for w in due_windows(data.sheet)}
        assert [(r["due_start_s"], r["due_end_s"], r["outcome"]) for r in rows] == [
            (f"{judged[n].due.start_s:g}", f"{judged[n].due.end_s:g}", outcome_words(judged[n]))
            if n in judged
            else ("", "", "")
            for n in range(len(rows))
        ]
        outcomes.update(r["outcome"] for r in rows)
    assert {"on time", "missed"} <= outcomes  # the perfect bot meets its windows, panic does not
    with files[-1].open(encoding="utf-8-sig", newline="") as file:
        summary = list(csv.DictReader(file))
    assert len(summary) == 15
    for row in summary:
        data = expected[int(row["run_id"])]
        assert float(row["total"]) == data.total and float(row["maximum"]) == data.maximum
        assert row["passed"] == ("yes" if data.passed else "no")


def test_session_as_xlsx(lesson: Lesson, tmp_path: Path) -> None:
    files = export_session(lesson.repo, lesson.session_id, "xlsx", tmp_path)
    expected = sheets_by_run(lesson)
    assert len(files) == 16
    for path in files[:-1]:
        data = expected[run_of(path)]
        rows = list(openpyxl.load_workbook(path)["Score"].iter_rows(values_only=True))
        first = next(i for i, row in enumerate(rows) if row[0] == "#")
        items = rows[first + 1 :]
        assert [r[5] for r in items] == [i.points for i in data.sheet.items]
        assert [r[7] for r in items] == [neutralise(reason_words(i)) for i in data.sheet.items]
    summary = list(openpyxl.load_workbook(files[-1])["Summary"].iter_rows(values_only=True))
    assert len(summary) == 16
    assert {row[0]: row[7] for row in summary[1:]} == {
        run_id: data.total for run_id, data in expected.items()
    }


def test_a_long_sheet_runs_over_pages_with_its_header_repeated(
    tmp_path: Path, qt_app: object
) -> None:
    db = open_database(tmp_path / "records.sqlite")
    repo = Repository(db)
    run = repo.start_run(
        scenario_id="long",
        scenario_title="A long one",
        scenario_file="long.yaml",
        file_sha256="0" * 64,
        seed=1,
        app_version="0.1.0",
        trainee_id=repo.add_trainee("Anna de Vries"),
    )
    items = tuple(
        ScoreItem(5, 5, ItemCategory.EXPECTED, f"+5 step {i} done in time (window 30 s)", "i", i)
        for i in range(80)
    )
    repo.finish_run(run)
    repo.save_sheet(run, ScoreSheet("long", 1, items, 400, 400, 100.0, 70, True, 0, 0))
    path = tmp_path / "long.pdf"
    pages = write_sheet_pdf(gather(repo, run), path)
    db.close()
    assert pages >= 2 and pdf_pages(path) == pages
    text = pdf_text(path)
    assert text.count(squeeze("# Time Incident Points Reason")) == pages
    assert re.findall(rf"Page(\d+)of{pages}", text) == [str(n) for n in range(1, pages + 1)]


# -- runs that ended early -------------------------------------------------------------------


def pypdf_text(path: Path) -> str:
    """The PDF's text as pypdf reads it, whitespace removed."""
    pypdf = pytest.importorskip("pypdf")
    return squeeze("\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages))


def record_run(repo: Repository, trainee: str, status: str, sheet: ScoreSheet | None) -> int:
    run = repo.start_run(
        scenario_id="hobby-drone-approach-23",
        scenario_title="Hobby drone in the approach to runway 23",
        scenario_file="hobby-drone-approach-23.yaml",
        file_sha256="0" * 64,
        seed=7,
        app_version="0.1.0",
        trainee_id=repo.add_trainee(trainee),
    )
    repo.close_run(run, status, 200.0 if status == "aborted" else 600.0, sheet)
    return run


ITEM = ScoreItem(20, 20, ItemCategory.EXPECTED, "+20 informed Twente Radio", "i1", 146.0)
MISSED_AFTER_END = ScoreItem(
    0, 15, ItemCategory.MISSED, "0/15 contacted the operator: run ended at 3:20 before this was due"
)
FINISHED = ScoreSheet("hobby-drone-approach-23", 7, (ITEM,), 20, 20, 100.0, 70, True, 0, 0)
ENDED_EARLY = ScoreSheet(
    "hobby-drone-approach-23", 7, (ITEM, MISSED_AFTER_END), 20, 35, 57.1, 70, False, 0, 0, 200.0
)


def test_pdf_says_a_run_ended_early_and_its_status(tmp_path: Path, qt_app: object) -> None:
    db = open_database(tmp_path / "records.sqlite")
    repo = Repository(db)
    finished = record_run(repo, "Anna de Vries", "finished", FINISHED)
    aborted = record_run(repo, "Bram Smit", "aborted", ENDED_EARLY)
    files = export_runs(repo, [finished, aborted], "pdf", tmp_path / "out")
    db.close()
    early = pypdf_text(files[1])
    assert squeeze("FAILED \u2014 run ended early at 3:20") in early
    assert squeeze("run aborted: ended by the instructor") in early
    assert squeeze("items due after 3:20 count as missed") in early
    assert squeeze(MISSED_AFTER_END.reason) in early
    full = pypdf_text(files[0])
    assert squeeze("PASSED") in full and "endedearly" not in full
    assert squeeze("run finished: ran to the scenario's end") in full
    summary = pypdf_text(files[2])
    assert squeeze("Result Status Disruption") in summary
    assert squeeze("PASSED finished") in summary
    assert squeeze("FAILED aborted ended early at 3:20") in summary


def test_cli_names_the_rescore_command_for_a_run_without_a_sheet(tmp_path: Path) -> None:
    db_path = tmp_path / "records.sqlite"
    db = open_database(db_path)
    abandoned = record_run(Repository(db), "Anna de Vries", "aborted", None)
    db.close()
    result = cli("export", "--db", db_path, "--run", abandoned, "--format", "csv", "-o", tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"drone-trainer rescore --db {db_path} --run {abandoned}" in result.stderr


# -- the command line ------------------------------------------------------------------------


def cli(
    *args: str | Path | int, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "trainer", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


def test_cli_exports_a_session_and_a_run(lesson: Lesson, tmp_path: Path) -> None:
    result = cli(
        "export",
        "--db",
        lesson.db_path,
        "--session",
        lesson.session_id,
        "--format",
        "csv",
        "-o",
        tmp_path / "csv",
    )
    assert result.returncode == 0, result.stderr
    paths = [Path(line) for line in result.stdout.splitlines()]
    assert len(paths) == 16 and all(p.is_file() for p in paths)
    # PDF from a shell with no display and no Qt platform chosen: it must go offscreen itself.
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    }
    run_id = lesson.run_ids[0]
    result = cli(
        "export",
        "--db",
        lesson.db_path,
        "--run",
        run_id,
        "--format",
        "pdf",
        "-o",
        tmp_path / "pdf",
        env=env,
    )
    assert result.returncode == 0, result.stderr
    [path] = [Path(line) for line in result.stdout.splitlines()]
    assert path.name == f"Anna-de-Vries_flyaway-test-area_run{run_id}.pdf"
    assert squeeze("Anna de Vries") in pdf_text(path)


def test_cli_unknown_run_or_session_is_a_clear_error(lesson: Lesson, tmp_path: Path) -> None:
    for which in ("--run", "--session"):
        result = cli(
            "export", "--db", lesson.db_path, which, "999", "--format", "xlsx", "-o", tmp_path
        )
        assert result.returncode == 1
        assert "Traceback" not in result.stderr
        assert "no run with id 999" in result.stderr or "no class session with id 999" in (
            result.stderr
        )
    result = cli(
        "export",
        "--db",
        tmp_path / "missing.sqlite",
        "--run",
        "1",
        "--format",
        "csv",
        "-o",
        tmp_path,
    )
    assert result.returncode == 1 and "no training record" in result.stderr
    assert not (tmp_path / "missing.sqlite").exists()
    assert not list(tmp_path.glob("*.xlsx"))


def test_export_runs_writes_a_summary_for_several(
    lesson: Lesson, tmp_path: Path, qt_app: object
) -> None:
    files = export_runs(lesson.repo, lesson.run_ids[:2], "pdf", tmp_path)
    assert [f.name for f in files][-1] == "summary.pdf"
    assert pdf_pages(files[-1]) == 1


# -- killed runs, unwritable folders, read-only records (issue 13.5 and 13.9) ---------------------


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_cli_export_of_a_killed_run_says_interrupted_and_names_rescore(tmp_path: Path) -> None:
    db_path = tmp_path / "records.sqlite"
    db = open_database(db_path)
    killed = Repository(db, pid=dead_pid()).start_run(  # its process died mid-run
        scenario_id="hobby-drone-approach-23",
        scenario_title="Hobby drone in the approach to runway 23",
        scenario_file="hobby-drone-approach-23.yaml",
        file_sha256="0" * 64,
        seed=7,
        app_version="0.1.0",
    )
    db.close()
    result = cli("export", "--db", db_path, "--run", killed, "--format", "csv", "-o", tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "still running" not in result.stderr
    assert "it was interrupted and has not been rescored" in result.stderr
    assert f"drone-trainer rescore --db {db_path} --run {killed}" in result.stderr
    db = open_database(db_path)
    try:
        assert Repository(db).run(killed).status.value == "interrupted"
    finally:
        db.close()


def test_cli_export_into_a_folder_it_cannot_write_is_one_line(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes into a read-only folder; tests/unit/test_export.py fakes it")
    db_path = tmp_path / "records.sqlite"
    db = open_database(db_path)
    run = record_run(Repository(db), "Anna de Vries", "finished", FINISHED)
    db.close()
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        result = cli("export", "--db", db_path, "--run", run, "--format", "csv", "-o", locked)
    finally:
        locked.chmod(0o755)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and str(locked) in result.stderr


def test_cli_export_into_a_path_under_a_file_is_one_line(tmp_path: Path) -> None:
    db_path = tmp_path / "records.sqlite"
    db = open_database(db_path)
    run = record_run(Repository(db), "Anna de Vries", "finished", FINISHED)
    db.close()
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder", encoding="utf-8")
    for target in (a_file, a_file / "out"):
        result = cli("export", "--db", db_path, "--run", run, "--format", "csv", "-o", target)
        assert result.returncode == 1 and "Traceback" not in result.stderr
        assert result.stderr.count("\n") == 1 and str(target) in result.stderr


def test_cli_exports_from_a_read_only_record_without_changing_it(tmp_path: Path) -> None:
    db_path = tmp_path / "records.sqlite"
    db = open_database(db_path)
    run = record_run(Repository(db), "Anna de Vries", "finished", FINISHED)
    db.close()
    before = db_path.read_bytes()
    db_path.chmod(0o444)
    result = cli("export", "--db", db_path, "--run", run, "--format", "csv", "-o", tmp_path / "o")
    assert result.returncode == 0, result.stderr
    [path] = [Path(line) for line in result.stdout.splitlines()]
    assert path.is_file() and db_path.read_bytes() == before
