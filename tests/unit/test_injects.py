"""Injects: applied between ticks, logged, and repeated exactly by a replay of the log."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SCENARIOS
from tests.unit.scenario_factory import drone, prepare
from trainer.i18n import use_language
from trainer.launch import Workspace
from trainer.sim.events import EventKind
from trainer.sim.fleet import Mode
from trainer.sim.injects import Inject, InjectKind


def injects_of(events: list) -> list[tuple[int, Inject]]:
    return [(e.tick, Inject.from_json(e.detail)) for e in events if e.kind == EventKind.INJECTED]


def test_an_added_drone_flies_is_sensed_and_replays_identically(workspace: Workspace) -> None:
    run = workspace.prepare(SCENARIOS / "hobby-drone-approach-23.yaml")
    x, y = run.world.airspace.aerodrome.reference_point
    live = run.engine()
    live.run_until(20)
    live.inject(
        Inject(InjectKind.ADD_DRONE, drone="inject-1", template="hobby", x_m=x + 2000, y_m=y)
    )
    live.run_until(60)
    live.inject(Inject(InjectKind.FLYAWAY, drone="inject-1"))
    live.run_until(120)
    assert (
        "inject-1" in live.fleet.ids
        and live.fleet.mode[live.fleet.index_of("inject-1")] == Mode.FLYAWAY
    )
    kinds = [e.kind for e in live.events if e.drone == "inject-1"]
    assert EventKind.LAUNCHED in kinds and EventKind.FLYAWAY in kinds
    assert any(e.kind == EventKind.TRACK_STARTED and e.drone == "inject-1" for e in live.events)
    # A replay that applies the logged injects at their ticks is the same run.
    replay = run.engine()
    for tick, inject in injects_of(live.events):
        replay.run_until(tick * replay.clock.dt_s)
        replay.inject(inject)
    replay.run_until(120)
    assert replay.digest() == live.digest()
    assert [e.to_json_dict() for e in replay.events] == [e.to_json_dict() for e in live.events]


def test_an_outage_silences_the_radar(workspace: Workspace) -> None:
    engine = workspace.prepare(SCENARIOS / "inspection-fence.yaml").engine()
    engine.run_until(30)
    radar = engine.sensing.suite.sensors[0]
    engine.inject(Inject(InjectKind.SENSOR_OUTAGE, sensor=radar.id, duration_s=60))
    during, after = 0, 0
    while engine.time_s < 150:
        engine.step()
        radar_reports = sum(int((b.sensor == 0).sum()) for b in engine.sensing.last_batches)
        if engine.time_s < 90:
            during += radar_reports
        else:
            after += radar_reports
    assert during == 0 and after > 0
    logged = [e for e in engine.events if e.kind == EventKind.INJECTED]
    assert logged[0].zone == radar.id and Inject.from_json(logged[0].detail).duration_s == 60


def test_bad_injects_are_refused(workspace: Workspace) -> None:
    engine = workspace.prepare(SCENARIOS / "inspection-fence.yaml").engine()
    with pytest.raises(ValueError, match="no drone"):
        engine.inject(Inject(InjectKind.LOST_LINK, drone="ghost"))
    with pytest.raises(ValueError, match="template"):
        engine.inject(Inject(InjectKind.ADD_DRONE, drone="x", template="zeppelin"))
    assert not [e for e in engine.events if e.kind == EventKind.INJECTED]


def test_a_refused_inject_says_why_in_dutch(workspace: Workspace) -> None:
    engine = workspace.prepare(SCENARIOS / "inspection-fence.yaml").engine()
    use_language("nl")
    try:
        with pytest.raises(ValueError, match=r"^geen drone 'ghost' om lost_link op toe te passen$"):
            engine.inject(Inject(InjectKind.LOST_LINK, drone="ghost"))
    finally:
        use_language("en")


def test_an_added_drone_does_not_repeat_proximity_events(
    workspace: Workspace, tmp_path: Path
) -> None:
    hover = {"kind": "hover"}
    # The close pair is drones 1 and 2, so its old key (first * fleet size + second) moved when
    # the fleet grew; a pair with drone 0 would have kept its key and hidden the bug.
    drones = [
        drone("far", 52.3500, 6.9000, hover, alt_agl_m=80),
        drone("a", 52.3300, 6.8700, hover, alt_agl_m=80),
        drone("b", 52.3302, 6.8700, hover, alt_agl_m=80),  # about 22 m north of a
    ]
    engine = prepare(workspace, tmp_path, drones).engine()
    engine.run_until(20)

    def close_pairs() -> list[tuple[str, str | None]]:
        return [(e.drone, e.other) for e in engine.events if e.kind == EventKind.PROXIMITY]

    assert close_pairs() == [("a", "b")]
    far_x, far_y = workspace.projector.to_rd(52.3700, 6.8300)  # kilometres from everyone
    engine.inject(
        Inject(InjectKind.ADD_DRONE, drone="inject-1", template="hobby", x_m=far_x, y_m=far_y)
    )
    engine.run_until(40)
    assert close_pairs() == [("a", "b")]
    # A drone placed right over the pair is a new close pair with each of them.
    a = engine.fleet.index_of("a")
    x, y = float(engine.fleet.x[a]), float(engine.fleet.y[a])
    engine.inject(Inject(InjectKind.ADD_DRONE, drone="inject-2", template="hobby", x_m=x, y_m=y))
    engine.step()
    assert close_pairs() == [("a", "b"), ("a", "inject-2"), ("b", "inject-2")]


def _texts_without_dutch(value: object, where: str = "") -> list[str]:
    """Every 'label'/'reason' in an answer without its '_nl' beside it."""
    missing: list[str] = []
    if isinstance(value, dict):
        for key in ("label", "reason"):
            if key in value and f"{key}_nl" not in value:
                missing.append(f"{where}.{key}: {value[key]!r}")
        for key, inner in value.items():
            missing += _texts_without_dutch(inner, f"{where}.{key}")
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            missing += _texts_without_dutch(inner, f"{where}[{index}]")
    return missing


def test_what_an_inject_asks_of_a_trainee_has_dutch_words() -> None:
    # A Dutch sheet read '... coming within 1,000 m of the runway vond niet plaats' for an
    # instructor's added drone: its answer had no label_nl (the bundled scenarios all do).
    from trainer.scenario.answer_key import Incident
    from trainer.sim.injects import TEMPLATES, TRIGGER_ANSWERS

    answers = {f"template {k}": t.answer for k, t in TEMPLATES.items()}
    answers |= {f"trigger {k}": a for k, a in TRIGGER_ANSWERS.items()}
    missing = [m for name, answer in answers.items() for m in _texts_without_dutch(answer, name)]
    assert missing == []
    for answer in answers.values():  # and the answer key's model takes them
        Incident.model_validate({**answer, "id": "injected", "drone": "extra-1"})
