"""A live recording loses nothing when the record refuses a write for a while."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import SCENARIOS
from trainer.launch import Workspace
from trainer.recording import RunRecording
from trainer.records import RecordsError, Repository, open_database
from trainer.scoring.protocol import ActionKind


class Flaky:
    """A repository whose writes fail while `broken` is set (a locked database, say)."""

    def __init__(self, repository: Repository) -> None:
        self.repository = repository
        self.broken = False

    def __getattr__(self, name: str) -> Any:
        method = getattr(self.repository, name)

        def call(*args: Any, **kwargs: Any) -> Any:
            if self.broken and name != "start_run":
                raise RecordsError(f"{name}: database is locked")
            return method(*args, **kwargs)

        return call


@pytest.fixture
def parts(tmp_path: Path, workspace: Workspace) -> tuple[Repository, Flaky, Any]:
    repository = Repository(open_database(tmp_path / "r.sqlite"))
    prepared = workspace.prepare(SCENARIOS / "inspection-fence.yaml")
    return repository, Flaky(repository), prepared


def test_actions_wait_while_the_record_refuses_and_follow_in_order(parts: tuple) -> None:  # type: ignore[type-arg]
    repository, flaky, prepared = parts
    recording = RunRecording(prepared, 1, flaky)  # type: ignore[arg-type]
    recording.act(ActionKind.ACKNOWLEDGE, 11.0, "inspection-1")
    flaky.broken = True
    recording.act(ActionKind.CLASSIFY, 12.0, "inspection-1", {"classification": "drone"})
    assert recording.last_error is not None and not recording.stored
    assert [a.sequence for a in repository.actions(recording.run_id)] == [1]
    flaky.broken = False
    recording.act(ActionKind.IDENTIFY, 13.0, "inspection-1", {"identity": "authorised"})
    assert [a.sequence for a in repository.actions(recording.run_id)] == [1, 2, 3]
    sheet = recording.finish([], 600.0, completed=True)
    run = repository.run(recording.run_id)
    assert run.status == "finished" and run.sim_time_s == 600.0
    assert repository.sheet(recording.run_id) == sheet


def test_an_abandoned_run_is_closed_with_its_time(parts: tuple) -> None:  # type: ignore[type-arg]
    repository, flaky, prepared = parts
    recording = RunRecording(prepared, 1, flaky)  # type: ignore[arg-type]
    recording.act(ActionKind.ACKNOWLEDGE, 59.0, "inspection-1")
    recording.abandon(59.0)
    run = repository.run(recording.run_id)
    assert (run.status, run.sim_time_s) == ("aborted", 59.0)


def test_a_record_that_stays_broken_leaves_the_run_for_the_next_start(parts: tuple) -> None:  # type: ignore[type-arg]
    repository, flaky, prepared = parts
    recording = RunRecording(prepared, 1, flaky)  # type: ignore[arg-type]
    flaky.broken = True
    recording.act(ActionKind.ACKNOWLEDGE, 11.0, "inspection-1")
    sheet = recording.finish([], 600.0, completed=True)
    assert sheet is not None and len(recording.actions) == 1  # scored in memory all the same
    assert repository.run(recording.run_id).status == "running"  # later: marked interrupted


def test_how_far_the_run_got_is_noted_without_events_and_after_what_waits(parts: tuple) -> None:  # type: ignore[type-arg]
    repository, flaky, prepared = parts
    recording = RunRecording(prepared, 1, flaky)  # type: ignore[arg-type]
    recording.note_progress(20.0)  # under 30 s since the start: not yet
    assert repository.run(recording.run_id).sim_time_s == 0.0
    recording.note_progress(31.0)
    assert repository.run(recording.run_id).sim_time_s == 31.0
    flaky.broken = True
    recording.act(ActionKind.ACKNOWLEDGE, 40.0, "inspection-1")  # waits in memory
    recording.note_progress(70.0)  # not noted past an action the record does not have
    flaky.broken = False
    assert repository.run(recording.run_id).sim_time_s == 31.0
    recording.note_progress(71.0)
    assert repository.run(recording.run_id).sim_time_s == 71.0
    assert [a.sequence for a in repository.actions(recording.run_id)] == [1]
