"""Debrief: a recorded run replays exactly, and its timeline jumps to actions and score items."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from tests.conftest import SCENARIOS
from trainer import __version__
from trainer.launch import Workspace
from trainer.records import Repository, open_database
from trainer.replay import FRAME_INTERVAL_S, Replay, ReplayError, load_replay
from trainer.scoring.bots import make_bot
from trainer.scoring.protocol import Action, ActionKind
from trainer.scoring.tracks import TrackMap
from trainer.sim.injects import Inject, InjectKind
from trainer.training_run import file_sha256, run_headless
from trainer.ui.debrief_window import DebriefWindow
from trainer.ui.main_window import MainWindow


@pytest.fixture(scope="module")
def recorded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, Workspace]:
    workspace = Workspace()
    db_path = tmp_path_factory.mktemp("debrief") / "records.sqlite"
    repository = Repository(open_database(db_path))
    prepared = workspace.prepare(SCENARIOS / "hobby-drone-approach-23.yaml")
    trainee = repository.add_trainee("Sanne")
    result = run_headless(
        prepared, make_bot("late", prepared.scenario), recorder=repository, trainee_id=trainee
    )
    assert result.run_id is not None
    return db_path, result.run_id, workspace


@pytest.fixture(scope="module")
def replay(recorded: tuple[Path, int, Workspace]) -> Replay:
    db_path, run_id, workspace = recorded
    return load_replay(Repository(open_database(db_path)), run_id, workspace)


def test_the_replay_is_the_recorded_run(
    recorded: tuple[Path, int, Workspace], replay: Replay
) -> None:
    db_path, run_id, _ = recorded
    repository = Repository(open_database(db_path))
    assert replay.warnings == ()
    recorded_events = [e.to_json_dict() for e in repository.events(run_id)]
    assert [e.to_json_dict() for e in replay.events] == recorded_events
    assert len(replay.frames) == int(replay.duration_s / FRAME_INTERVAL_S) + 1
    assert replay.frame_at(123.4).time_s == 123.0
    times, series = replay.runway_distance()
    assert times[0] == 0.0 and len(times) == len(replay.frames)
    assert np.isnan(series["hobby-1"][0])  # not yet flying at 0 s
    assert np.nanmin(series["hobby-1"]) > 1000  # it never came within 1 km of the runway


def test_a_changed_scenario_file_is_a_warning_and_a_missing_one_an_error(
    recorded: tuple[Path, int, Workspace], tmp_path: Path
) -> None:
    db_path, _, workspace = recorded
    repository = Repository(open_database(db_path))
    copy = tmp_path / "hobby.yaml"
    short = (SCENARIOS / "hobby-drone-approach-23.yaml").read_text(encoding="utf-8")
    short = short.replace("duration_s: 600", "duration_s: 60").replace("at_s: 520", "at_s: 50")
    copy.write_text(short, encoding="utf-8")
    prepared = workspace.prepare(copy)
    run = run_headless(prepared, make_bot("idle", prepared.scenario), recorder=repository).run_id
    assert run is not None
    copy.write_text(
        copy.read_text(encoding="utf-8").replace("Hobby drone in", "A hobby drone in"),
        encoding="utf-8",
    )
    assert "has changed" in load_replay(repository, run, workspace).warnings[0]
    copy.unlink()
    with pytest.raises(ReplayError, match="not there any more"):
        load_replay(repository, run, workspace)


def test_the_debrief_window_jumps_to_moments_and_plays(replay: Replay, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = DebriefWindow(replay, "Sanne")
    qtbot.addWidget(window)
    window.show()
    texts = [window.moments.item(row).text() for row in range(window.moments.count())]
    assert any("Acknowledged T0" in t for t in texts) and any("+6.7" in t for t in texts)
    acknowledged = next(row for row, t in enumerate(texts) if "Acknowledged" in t)
    window.moments.itemClicked.emit(window.moments.item(acknowledged))
    assert window.time_s == pytest.approx(replay.actions[0].sim_time_s)
    assert window.controls.slider.value() == round(window.time_s * 10)
    # The map shows the frame of that moment.
    frame = replay.frame_at(window.time_s)
    assert window.canvas.tracks.last_snapshot is frame
    # Dragging the playhead on the timeline scrubs too.
    window.playhead.setValue(300.0)
    assert window.time_s == pytest.approx(300.0)
    window.controls.trainee_picture.setChecked(True)  # what the trainee saw: tracks, not the drone
    shown = window.canvas.tracks.last_snapshot.ids
    assert shown and all(track.startswith("T") for track in shown)
    window.controls.trainee_picture.setChecked(False)
    assert window.canvas.tracks.last_snapshot.ids == ("hobby-1",)
    window.toggle_play()
    before = window.time_s
    qtbot.waitUntil(lambda: window.time_s > before + 1.0, timeout=3000)
    window.toggle_play()
    assert not window.playing


def test_the_live_window_opens_a_debrief(
    recorded: tuple[Path, int, Workspace], qtbot, settings
) -> None:  # type: ignore[no-untyped-def]
    db_path, run_id, workspace = recorded
    window = MainWindow(workspace, settings, repository=Repository(open_database(db_path)))
    qtbot.addWidget(window)
    debrief = window.instructor.open_debrief(run_id)
    assert debrief is not None and debrief.isVisible()
    assert "Sanne" in debrief.windowTitle()
    assert window.instructor.open_debrief(9999) is None and window.error_dialog is not None


@pytest.fixture(scope="module")
def injected(tmp_path_factory: pytest.TempPathFactory) -> Replay:
    """A recorded run in which the instructor took the radar out and placed a hobby drone."""
    workspace = Workspace()
    repository = Repository(open_database(tmp_path_factory.mktemp("injects") / "r.sqlite"))
    prepared = workspace.prepare(SCENARIOS / "remote-id-mismatch.yaml")
    engine = prepared.engine()
    run_id = repository.start_run(
        scenario_id=prepared.scenario.id,
        scenario_title=prepared.scenario.title,
        scenario_file=str(prepared.path),
        file_sha256=file_sha256(prepared),
        seed=engine.world.seed,
        app_version=__version__,
    )
    x, y = prepared.world.airspace.aerodrome.reference_point
    engine.run_until(60)
    engine.inject(Inject(InjectKind.SENSOR_OUTAGE, sensor="radar", duration_s=60))
    engine.run_until(90)
    engine.inject(Inject(InjectKind.ADD_DRONE, drone="inject-1", template="hobby",
                         x_m=x + 1500, y_m=y))  # fmt: skip
    engine.run_until(200)
    repository.record_events(run_id, engine.events)
    identify = Action(sequence=1, kind=ActionKind.IDENTIFY, sim_time_s=150.0,
                      wall_time="2026-05-01T10:00:00.000+00:00", track="T003",
                      params={"identity": "unauthorised"})  # fmt: skip
    repository.record_action(run_id, identify)
    repository.close_run(run_id, "aborted", engine.time_s)
    return load_replay(repository, run_id, workspace)


def test_the_debrief_shows_the_instructors_injects(injected: Replay, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = DebriefWindow(injected, "Sanne")
    qtbot.addWidget(window)
    texts = [window.moments.item(row).text() for row in range(window.moments.count())]
    assert "00:01:00  Inject: radar out for 60 s" in texts
    assert "00:01:30  Inject: placed a hobby drone (inject-1)" in texts
    x, _ = window.inject_marks.getData()
    assert list(x) == pytest.approx([60.0, 90.0])
    # A click on an inject's entry goes to its moment.
    placed = texts.index("00:01:30  Inject: placed a hobby drone (inject-1)")
    window.moments.itemClicked.emit(window.moments.item(placed))
    assert window.time_s == pytest.approx(90.0)


def test_the_debrief_joins_tracks_to_drones_as_the_sheet_did(injected: Replay, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = DebriefWindow(injected, "Sanne")
    qtbot.addWidget(window)
    scored = TrackMap((d.id for d in injected.prepared.scenario.drones), injected.events)
    window.seek(180.0)
    frame = window.canvas.tracks.last_snapshot
    assert frame.tracks is not None and frame.tracks.size
    assert window.canvas.overlay.joins == {
        t: scored.drone_of(t) for t in frame.tracks.ids if scored.drone_of(t) in frame.ids
    }
    # The radar outage lost the photo drone's first track; Remote ID found it again as T003.
    assert window.canvas.overlay.joins == {
        "T001": "inspection-1", "T003": "photo-1", "T004": "inject-1"}  # fmt: skip
    # The trainee's identification of T003 colours the drone the scorer maps it to.
    states = dict(zip(frame.ids, window._identities_at(180.0), strict=True))
    assert states["photo-1"] == "unauthorised" and states["inspection-1"] == "unknown"
    window.controls.trainee_picture.setChecked(True)
    assert not window.canvas.layers["overlay"].visible
    picture = window.canvas.tracks.last_snapshot
    states = dict(zip(picture.ids, window._identities_at(180.0), strict=True))
    assert states["T003"] == "unauthorised"


def test_the_debrief_reviews_the_sheet_into_the_record(
    qtbot, recorded: tuple[Path, int, Workspace], replay: Replay
) -> None:  # type: ignore[no-untyped-def]
    db_path, run_id, _ = recorded
    repository = Repository(open_database(db_path))
    window = DebriefWindow(replay, "Sanne", repository=repository)
    qtbot.addWidget(window)
    assert window.review is not None
    assert window.review.table.rowCount() == len(replay.sheet.items)  # type: ignore[union-attr]
    assert window.review.set_review(0, override="3", note="Discussed in class")
    stored = Repository(open_database(db_path)).item_reviews(run_id)[0]
    assert (stored.override_points, stored.note) == (3.0, "Discussed in class")
    plain = DebriefWindow(replay, "Sanne")
    qtbot.addWidget(plain)
    assert plain.review is None  # no record: nothing to review into
