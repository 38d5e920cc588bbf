"""A Dutch score sheet has no English left: PDF, CSV and XLSX of runs with every kind of item."""

from __future__ import annotations

import csv
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
import yaml

from tests.conftest import built_once, copy_record
from trainer import i18n
from trainer.export import export_runs
from trainer.i18n import en, nl
from trainer.launch import Workspace, bundled_scenarios
from trainer.records import Repository, open_database
from trainer.scoring.bots import make_bot
from trainer.scoring.sheet import ItemCategory
from trainer.training_run import run_headless

pytestmark = pytest.mark.slow  # six fast-time runs through the bots, 20-30 s

# Scenarios whose answer keys carry no author-written labels or reasons (those stay in the
# words their author wrote), played by bots that earn, lose, miss and over-react.
PLAYS = {
    "hobby-drone-approach-23": ("perfect", "late", "panic", "idle"),
    "night-radar-only": ("panic", "idle"),  # false tracks
}
# Words a Dutch sheet keeps: names, codes and terms Dutch aviation uses as they are.
KEPT = {"twente", "radio", "remote", "atz", "rmz", "eur", "sha", "utc", "drone", "trainer"}
PRODUCT_WORDS = {"safety"}  # "Twente Drone Safety Trainer", the product's name


def english_words() -> set[str]:
    """Words of the English catalog that Dutch does not use (fields and units left out)."""

    def words(catalog: dict[str, str]) -> set[str]:
        text = " ".join(re.sub(r"\{[^}]*\}", " ", value) for value in catalog.values())
        return {w.lower() for w in re.findall(r"[A-Za-z]{3,}", text)}

    return words(en.MESSAGES) - words(nl.MESSAGES) - KEPT


def english_in(text: str, allowed: set[str]) -> list[str]:
    found = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", text)}
    return sorted((found & english_words()) - allowed)


def pdf_words(path: Path) -> str:
    if shutil.which("pdftotext"):
        return subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
        ).stdout.decode("utf-8")
    pypdf = pytest.importorskip("pypdf")
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)


def build_record(db_path: Path) -> list[int]:
    """The plays' runs of one trainee on one record; returns the runs' ids."""
    db = open_database(db_path)
    repo = Repository(db)
    session = repo.add_session("Drone-incidenten, les 3", instructor="M. Bakker")
    trainee = repo.add_trainee("Anna de Vries", external_id="S0001", group="ops-1")
    workspace = Workspace()
    runs = []
    for path in bundled_scenarios():
        if path.stem not in PLAYS:
            continue
        prepared = workspace.prepare(path)
        for bot in PLAYS[path.stem]:
            result = run_headless(
                prepared,
                make_bot(bot, prepared.scenario),
                recorder=repo,
                trainee_id=trainee,
                session_id=session,
            )
            assert result.run_id is not None
            runs.append(result.run_id)
    db.close()
    return runs


@pytest.fixture(scope="module")
def record(
    tmp_path_factory: pytest.TempPathFactory, worker_id: str
) -> Iterator[tuple[Repository, list[int]]]:
    """The record of build_record (built once in a test run: tests/conftest.py's built_once)."""
    db_path = tmp_path_factory.mktemp("dutch") / "records.sqlite"
    built, runs = built_once(
        tmp_path_factory, worker_id, "dutch-record", lambda f: build_record(f / "records.sqlite")
    )
    copy_record(built / "records.sqlite", db_path)
    db = open_database(db_path)
    yield Repository(db), runs
    db.close()


@pytest.fixture
def dutch() -> Iterator[None]:
    i18n.use_language("nl")
    try:
        yield
    finally:
        i18n.use_language("en")


def authored(document: object) -> list[str]:
    """The scenario author's own words that have no Dutch beside them (titles, drone labels)
    and the ids the sheets name things by (incident 'night-flight')."""
    if isinstance(document, dict):
        # Texts with a Dutch version beside them (label_nl, reason_nl) must show in Dutch.
        own = [
            str(v)
            for k, v in document.items()
            if (k in ("label", "reason", "title") and f"{k}_nl" not in document) or k == "id"
        ]
        return own + [text for v in document.values() for text in authored(v)]
    if isinstance(document, list):
        return [text for v in document for text in authored(v)]
    return []


def run_names(repo: Repository, runs: list[int]) -> set[str]:
    """Words the sheets show as their authors wrote them: scenario ids, titles, labels."""
    texts = []
    for run_id in runs:
        run = repo.run(run_id)
        texts += [run.scenario_id, *authored(yaml.safe_load(Path(run.scenario_file).read_text()))]
    return {w.lower() for w in re.findall(r"[A-Za-z]{3,}", " ".join(texts))} | PRODUCT_WORDS


def test_the_runs_have_every_kind_of_item(record: tuple[Repository, list[int]]) -> None:
    repo, runs = record
    sheets = [repo.sheet(run_id) for run_id in runs]
    kinds = {item.category for sheet in sheets if sheet for item in sheet.items}
    assert kinds >= {ItemCategory.EXPECTED, ItemCategory.PENALTY, ItemCategory.MISSED}
    assert all(item.message is not None for s in sheets if s for item in s.items)


@pytest.mark.usefixtures("qapp", "dutch")
def test_a_dutch_pdf_sheet_has_no_english_left(
    record: tuple[Repository, list[int]], tmp_path: Path
) -> None:
    repo, runs = record
    allowed = run_names(repo, runs)
    for path in export_runs(repo, runs, "pdf", tmp_path):
        text = pdf_words(path)
        assert "Scoreformulier" in text or "Klasoverzicht" in text
        assert english_in(text, allowed) == [], path.name
        assert "{" not in text


@pytest.mark.usefixtures("dutch")
def test_dutch_csv_and_xlsx_sheets_have_no_english_left(
    record: tuple[Repository, list[int]], tmp_path: Path
) -> None:
    repo, runs = record
    allowed = run_names(repo, runs)
    for path in export_runs(repo, runs, "csv", tmp_path / "csv"):
        with path.open(encoding="utf-8-sig", newline="") as f:
            rows = list(csv.reader(f))
        assert rows[0][:2] == ["oefening_id", "cursist"]
        assert english_in(" ".join(" ".join(row) for row in rows), allowed) == [], path.name
    for path in export_runs(repo, runs, "xlsx", tmp_path / "xlsx"):
        book = openpyxl.load_workbook(path)
        cells = [str(c) for ws in book for row in ws.iter_rows(values_only=True) for c in row if c]
        assert "Reden" in cells or path.stem == "summary"
        assert english_in(" ".join(cells), allowed) == [], path.name


def test_the_check_finds_english(record: tuple[Repository, list[int]], tmp_path: Path) -> None:
    """The same sheets in English are full of the words the Dutch test looks for."""
    repo, runs = record
    paths = export_runs(repo, runs, "csv", tmp_path)
    text = " ".join(p.read_text(encoding="utf-8-sig") for p in paths)
    assert len(english_in(text, run_names(repo, runs))) > 20


def test_the_command_line_prints_a_dutch_sheet_when_asked(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from trainer.cli import main

    # --lang also sets DRONE_TRAINER_LANG for the window and child processes: undone after.
    monkeypatch.setenv(i18n.ENV_VAR, "en")
    scenario = next(p for p in bundled_scenarios() if p.stem == "hobby-drone-approach-23")
    try:
        db = str(tmp_path / "records.sqlite")
        assert main(["--lang", "nl", "run", str(scenario), "--bot", "panic", "--db", db]) in (0, 1)
    finally:
        i18n.use_language("en")
    out = capsys.readouterr().out
    assert "Scoreformulier: " in out and "Totaal: " in out and "baangebruik opgeschort" in out
    assert "Score sheet" not in out and "Total:" not in out
