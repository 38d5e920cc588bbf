"""Scenario titles and summaries in Dutch: the library, the window and the sheets use them when
the program speaks Dutch; the record keeps the title as written."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from trainer import i18n
from trainer.export.sheet_data import gather
from trainer.launch import Workspace, bundled_scenarios
from trainer.library import ScenarioLibrary
from trainer.records import Repository, open_database
from trainer.scoring.bots import make_bot
from trainer.training_run import run_headless


@pytest.fixture
def dutch() -> Iterator[None]:
    i18n.use_language("nl")
    yield
    i18n.use_language("en")


@pytest.mark.parametrize("path", bundled_scenarios(), ids=lambda p: p.stem)
def test_every_bundled_scenario_has_its_title_and_summary_in_dutch(path: Path) -> None:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert document["title_nl"].strip() and document["title_nl"] != document["title"]
    assert len(document["summary_nl"]) > len(document["summary"]) / 2


def test_the_library_lists_dutch_titles_in_dutch(workspace: Workspace, tmp_path: Path) -> None:
    english = {e.id: e for e in ScenarioLibrary(workspace, tmp_path / "mine").entries}
    assert english["two-drones"].title == "Two drones at once, one authorised"
    i18n.use_language("nl")
    try:
        dutch = {e.id: e for e in ScenarioLibrary(workspace, tmp_path / "mine").entries}
    finally:
        i18n.use_language("en")
    assert dutch["two-drones"].title == "Twee drones tegelijk, één geautoriseerd"
    assert dutch["two-drones"].summary.startswith("Een aannemer inspecteert de daken")
    assert dutch["two-drones"].matches("geautoriseerd")


def test_a_broken_file_still_shows_its_dutch_title(
    workspace: Workspace, tmp_path: Path, dutch: None
) -> None:
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "half.yaml").write_text("title: Half done\ntitle_nl: Half af\nformat: 1\n")
    entry = next(e for e in ScenarioLibrary(workspace, mine).entries if e.path.parent == mine)
    assert entry.problems and entry.title == "Half af"


def test_a_dutch_sheet_has_the_dutch_title_while_the_file_is_unchanged(
    workspace: Workspace, tmp_path: Path, dutch: None
) -> None:
    source = next(p for p in bundled_scenarios() if p.stem == "inspection-fence")
    path = tmp_path / source.name
    # A copy of its own (not byte for byte the bundled file, which would be found by its hash
    # once this one is edited: see trainer/played_file.py).
    path.write_text(source.read_text(encoding="utf-8") + "\n# my copy\n", encoding="utf-8")
    db = open_database(tmp_path / "records.sqlite")
    repo = Repository(db)
    prepared = workspace.prepare(path)
    run_id = run_headless(prepared, make_bot("perfect", prepared.scenario), recorder=repo).run_id
    assert run_id is not None
    assert repo.run(run_id).scenario_title == "Authorised fence inspection"  # as written
    assert gather(repo, run_id).scenario_title == "Geautoriseerde inspectie van het hek"
    # Edited since the run: its Dutch title may not be the one played; the record's is shown.
    path.write_text(path.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert gather(repo, run_id).scenario_title == "Authorised fence inspection"
    db.close()
