"""The scenario library: listing, broken user files, search and filters, validate all."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import SCENARIOS
from trainer import i18n
from trainer.i18n import Language
from trainer.launch import Workspace, bundled_scenarios
from trainer.library import ScenarioLibrary, default_user_folder

HOBBY = SCENARIOS / "hobby-drone-approach-23.yaml"
BROKEN = """\
format: 1
id: broken-one
title: Broken on purpose
summary: A user's file with a typo and a missing drone list.
difficulty: 4
offender: reckless
tags: [typo, training]
duration_s: 300
seed: 1
speeed: 3
"""


@pytest.fixture
def user_folder(tmp_path: Path) -> Path:
    return tmp_path / "my scenarios"


@pytest.fixture
def library(workspace: Workspace, user_folder: Path) -> ScenarioLibrary:
    return ScenarioLibrary(workspace, user_folder)


def test_bundled_scenarios_are_listed_with_their_metadata(library: ScenarioLibrary) -> None:
    bundled = [e for e in library.entries if e.source == "bundled"]
    assert {e.path for e in bundled} == set(bundled_scenarios())
    hobby = library.entry(HOBBY)
    assert hobby is not None and hobby.valid
    assert hobby.id == "hobby-drone-approach-23"
    assert hobby.title == "Hobby drone in the approach to runway 23"
    assert (hobby.difficulty, hobby.duration_s, hobby.offender) == (2, 600.0, "clueless")
    assert hobby.tags == ("unauthorised", "approach", "no-remote-id")
    assert hobby.summary.startswith("A small hobby drone without Remote ID")
    assert "remote-id" in library.tags() and library.tags() == sorted(library.tags())


def test_the_user_folder_is_created_on_demand(user_folder: Path, library: ScenarioLibrary) -> None:
    assert user_folder.is_dir()
    assert library.folder_problem is None
    assert [e for e in library.entries if e.source == "user"] == []


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "cannot create {folder}: Not a directory"),
        ("nl", "{folder} kan niet worden gemaakt: is geen map"),
    ],
)
def test_a_user_folder_that_cannot_be_made_is_said_in_the_language_in_use(
    workspace: Workspace, tmp_path: Path, language: Language, said: str
) -> None:
    a_file = tmp_path / "notes.txt"
    a_file.write_text("not a folder", encoding="utf-8")
    folder = a_file / "scenarios"
    i18n.use_language(language)
    try:
        library = ScenarioLibrary(workspace, folder)
    finally:
        i18n.use_language("en")
    assert library.folder_problem == said.format(folder=folder)
    assert [e for e in library.entries if e.source == "bundled"]  # the bundled ones still listed


def test_the_default_user_folder_is_per_user_and_named_for_the_app() -> None:
    folder = default_user_folder()
    assert folder.name == "scenarios" and "twente-drone-trainer" in str(folder)


def test_a_broken_user_file_is_listed_as_invalid_with_its_problems(
    workspace: Workspace, user_folder: Path
) -> None:
    (user_folder / "nested").mkdir(parents=True)
    (user_folder / "nested" / "broken.yaml").write_text(BROKEN, encoding="utf-8")
    (user_folder / "not-yaml.yml").write_text("title: [unclosed\n", encoding="utf-8")
    (user_folder / "latin1.yaml").write_bytes("title: caf\xe9\n".encode("latin-1"))
    (user_folder / "notes.txt").write_text("not a scenario", encoding="utf-8")
    library = ScenarioLibrary(workspace, user_folder)
    users = {e.path.name: e for e in library.entries if e.source == "user"}
    assert set(users) == {"broken.yaml", "not-yaml.yml", "latin1.yaml"}
    broken = users["broken.yaml"]
    assert not broken.valid
    assert broken.title == "Broken on purpose" and broken.id == "broken-one"
    assert broken.difficulty == 4 and broken.tags == ("typo", "training")
    messages = [f"{p.field}: {p.message}" for p in broken.problems]
    assert any("speeed" in m and "did you mean" in m for m in messages)
    assert any(m.startswith("drones:") for m in messages)
    for name in ("not-yaml.yml", "latin1.yaml"):
        entry = users[name]
        assert not entry.valid and entry.title == Path(name).stem and entry.difficulty is None
    assert "not valid YAML" in users["not-yaml.yml"].problems[0].message
    assert "UTF-8" in users["latin1.yaml"].problems[0].message


def test_a_changed_file_is_read_again_on_refresh(
    library: ScenarioLibrary, user_folder: Path
) -> None:
    mine = user_folder / "mine.yaml"
    mine.write_text(BROKEN, encoding="utf-8")
    library.refresh()
    assert not library.entry(mine).valid  # type: ignore[union-attr]
    shutil.copy(HOBBY, mine)
    library.refresh()
    entry = library.entry(mine)
    assert entry is not None and entry.valid and entry.source == "user"
    mine.unlink()
    library.refresh()
    assert library.entry(mine) is None


def test_search_is_case_insensitive_over_title_id_summary_and_tags(
    workspace: Workspace, user_folder: Path, tmp_path: Path
) -> None:
    # A fixed set of "bundled" files, so the expectations do not move as the library grows.
    bundled = tmp_path / "bundled"
    bundled.mkdir()
    for name in ("inspection-fence.yaml", "hobby-drone-approach-23.yaml", "flyaway-test-area.yaml"):
        shutil.copy(SCENARIOS / name, bundled / name)
    library = ScenarioLibrary(workspace, user_folder, bundled_folder=bundled)
    shutil.copy(HOBBY, user_folder / "copy.yaml")
    (user_folder / "broken.yaml").write_text(BROKEN, encoding="utf-8")
    library.refresh()

    def names(**query: object) -> set[str]:
        return {e.path.name for e in library.search(**query)}  # type: ignore[arg-type]

    assert names(text="") == {e.path.name for e in library.entries}
    assert names(text="FENCE") == {"inspection-fence.yaml"}  # title
    assert names(text="flyaway-test") == {"flyaway-test-area.yaml"}  # id
    assert names(text="contractor") == {"inspection-fence.yaml"}  # summary
    assert names(text="no-remote-id") == {"hobby-drone-approach-23.yaml", "copy.yaml"}  # tag
    assert names(text="  hobby   RUNWAY  ") == {"hobby-drone-approach-23.yaml", "copy.yaml"}
    assert names(text="hobby fence") == set()  # every word must match
    assert names(difficulty=4) == {"broken.yaml"}
    assert names(tags=["Remote-ID"]) == {"inspection-fence.yaml", "flyaway-test-area.yaml"}
    assert names(tags=["remote-id", "authorised"]) == {"inspection-fence.yaml"}
    assert names(text="hobby", source="user") == {"copy.yaml"}
    assert names(text="hobby", source="bundled") == {"hobby-drone-approach-23.yaml"}


def test_validate_all_reports_progress_for_every_file_and_the_full_check(
    library: ScenarioLibrary, user_folder: Path
) -> None:
    # Names an asset set that does not exist.
    text = HOBBY.read_text(encoding="utf-8").replace("assets: [twente]", "assets: [twentee]")
    (user_folder / "wrong-assets.yaml").write_text(text, encoding="utf-8")
    (user_folder / "broken.yaml").write_text(BROKEN, encoding="utf-8")
    library.refresh()
    calls: list[tuple[int, int, Path]] = []
    results = library.validate_all(lambda done, total, path: calls.append((done, total, path)))
    total = len(library.entries)
    assert total == len(bundled_scenarios()) + 2
    assert [c[:2] for c in calls] == [(i, total) for i in range(1, total + 1)]
    assert [c[2] for c in calls] == [r.path for r in results] == [e.path for e in library.entries]
    by_name = {r.path.name: r for r in results}
    assert all(by_name[p.name].ok for p in bundled_scenarios())
    assert not by_name["broken.yaml"].ok
    wrong = by_name["wrong-assets.yaml"]
    assert not wrong.ok and any("twentee" in p.message for p in wrong.problems)
    assert not library.entry(user_folder / "wrong-assets.yaml").valid  # type: ignore[union-attr]


def test_validate_all_stops_when_asked(library: ScenarioLibrary) -> None:
    calls: list[int] = []
    results = library.validate_all(
        lambda done, total, path: calls.append(done), stop=lambda: len(calls) >= 1
    )
    assert len(results) == 1 and calls == [1]


def test_validate_all_prepares_every_file_as_a_run_would(
    library: ScenarioLibrary, workspace: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    prepared: list[Path] = []
    real = workspace.prepare

    def spy(path: str | Path) -> object:
        prepared.append(Path(path))
        return real(path)

    monkeypatch.setattr(workspace, "prepare", spy)
    library.validate_all()
    assert prepared == [e.path for e in library.entries]
