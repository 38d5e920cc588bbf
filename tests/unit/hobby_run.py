"""The exports' tests' run: a real run of the hobby-drone scenario, scored by the scorer, and
recorded as the window keeps it; the names of its items and how to read its PDF."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from tests.conftest import SCENARIOS
from trainer.launch import Workspace
from trainer.records import Repository, RunStatus
from trainer.scoring.action_file import PlannedAction, ScriptedTrainee
from trainer.scoring.protocol import ActionKind
from trainer.scoring.sheet import ScoreSheet
from trainer.training_run import run_headless

SCENARIO = SCENARIOS / "hobby-drone-approach-23.yaml"  # start_time_local: "14:10"
# The trainee acknowledges in time, informs Twente Radio late and never classifies the track.
ACKNOWLEDGED, RADIO, CLASSIFIED = (
    "acknowledged track T001",
    "informed Twente Radio",
    "classified T001 or T002 as drone",
)

# The scored run's windows as the scorer resolved them (tests/unit/test_due_windows.py): the
# track first seen at 70 s (14:11:10 on the scenario's clock), the acknowledgement at 75 s,
# the radio call at 160 s, 30 s after its 60 s window closed.
EXPECTED = {  # reason starts with -> (start_s, end_s, outcome, PDF line in English, in Dutch)
    ACKNOWLEDGED: (
        70.0,
        100.0,
        "met",
        "due 14:11:10–14:11:40 · on time (done 14:11:15)",
        "te doen 14:11:10–14:11:40 · op tijd (gedaan 14:11:15)",
    ),
    RADIO: (
        70.0,
        130.0,
        "late",
        "due 14:11:10–14:12:10 · late (done 14:12:40)",
        "te doen 14:11:10–14:12:10 · te laat (gedaan 14:12:40)",
    ),
    CLASSIFIED: (
        70.0,
        130.0,
        "missed",
        "due 14:11:10–14:12:10 · missed",
        "te doen 14:11:10–14:12:10 · gemist",
    ),
}


def hobby_run_sheet() -> ScoreSheet:
    """A real run of the hobby-drone scenario, scored by the scorer (about 1.5 s): acknowledged
    on time, Twente Radio informed late, the track never classified."""
    prepared = Workspace().prepare(SCENARIO)
    planned = [
        PlannedAction(1, 75.0, ActionKind.ACKNOWLEDGE, "T001"),
        PlannedAction(2, 160.0, ActionKind.INFORM_RADIO),
        PlannedAction(3, 240.0, ActionKind.SUSPEND_OPERATIONS),
    ]
    sheet = run_headless(prepared, ScriptedTrainee(planned)).sheet
    assert sheet is not None
    return sheet


def record(repo: Repository, sheet: ScoreSheet, scenario_sha: str | None = None) -> int:
    """The run in the record as the window keeps it: played from the unchanged bundled file
    (so the sheet knows the scenario's clock), unless `scenario_sha` says it has changed."""
    run = repo.start_run(
        scenario_id="hobby-drone-approach-23",
        scenario_title="Hobby drone in the approach to runway 23",
        scenario_file=str(SCENARIO),
        file_sha256=scenario_sha or hashlib.sha256(SCENARIO.read_bytes()).hexdigest(),
        seed=sheet.seed,
        app_version="0.1.0",
        trainee_id=repo.add_trainee("Anna de Vries"),
    )
    repo.close_run(run, RunStatus.FINISHED, 600.0, sheet)
    return run


def position_of(sheet: ScoreSheet, start: str) -> int:
    """The 0-based position of the one item whose reason names `start` (after its points)."""
    [found] = [n for n, item in enumerate(sheet.items) if start in item.reason.split(" ", 1)[1]]
    return found


def pdf_text(path: Path) -> str:
    pypdf = pytest.importorskip("pypdf")
    text = "\n".join(page.extract_text() for page in pypdf.PdfReader(path).pages)
    return re.sub(r"\s+", " ", text)
