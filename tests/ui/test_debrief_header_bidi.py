"""A right-to-left override (U+202E) in a scenario's title turned the debrief header's lines
around; the header shows the title as score_dialog does (trainer.text.single_line)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SCENARIOS
from tests.ui.label_text import label_shows
from trainer.launch import Workspace
from trainer.records import Repository, open_database
from trainer.replay import load_replay
from trainer.scoring.action_file import ScriptedTrainee
from trainer.training_run import run_headless
from trainer.ui.debrief_window import DebriefWindow

BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def test_a_bidi_override_in_the_title_does_not_turn_the_header_around(
    tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    source = (SCENARIOS / "inspection-fence.yaml").read_text(encoding="utf-8")
    assert "title: Authorised fence inspection" in source
    evil = tmp_path / "evil.yaml"
    evil.write_text(
        source.replace("title: Authorised fence inspection", 'title: "Evil \\u202eRTL"'),
        encoding="utf-8",
    )
    workspace = Workspace()
    prepared = workspace.prepare(evil)
    assert "\u202e" in prepared.scenario.shown_title()  # the file's title, as written
    repository = Repository(open_database(tmp_path / "records.sqlite"))
    run_id = run_headless(prepared, ScriptedTrainee([]), recorder=repository).run_id
    assert run_id is not None
    replay = load_replay(repository, run_id, workspace)
    window = DebriefWindow(replay, "Anna", repository=repository)
    qtbot.addWidget(window)
    lines = label_shows(window.header).splitlines()
    assert lines[0] == "Evil RTL"
    assert lines[1].startswith(f"Run {run_id}, seed ")
    assert not any(c in window.header.text() for c in BIDI)
    assert not any(c in window.windowTitle() for c in BIDI)
    assert window.windowTitle().startswith("Debrief: Evil RTL — Anna")
