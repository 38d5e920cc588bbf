"""The incidents a run is scored on: the answer key's, and those the instructor's injects made."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from pydantic import ValidationError

from trainer.scenario.answer_key import AnswerKey, Incident
from trainer.scenario.model import Drone, Scenario
from trainer.scoring.run_facts import Timeline
from trainer.sim.events import Event, EventKind
from trainer.sim.injects import TEMPLATES, TRIGGER_ANSWERS, Inject, InjectKind


@dataclass(frozen=True)
class Case:
    """One incident as this run presents it to the trainee."""

    incident: Incident
    # From when the trainee could act on it: the drone's first detection (its launch in a run
    # without sensors), or the inject if that came later. None: never, in this run.
    opens_s: float | None
    remote_id: bool  # the drone broadcasts Remote ID: its identity is read from the broadcast
    authorised: bool

    @property
    def drone(self) -> str:
        return self.incident.drone


def cases_of(
    scenario: Scenario,
    key: AnswerKey,
    events: Sequence[Event],
    joined_s: float = 0.0,
    tracked: bool = False,
) -> list[Case]:
    """The key's incidents, then one per scored inject, in the order they were made.

    A trainee who joined a class exercise late (`joined_s`) could act on nothing before: a case
    still going on then opens for them when they joined; one over by then never opened.
    `tracked`: the run has sensors, though the log may have no track (see Timeline).
    """
    timeline = Timeline(events, tracked)
    drones = {d.id: d for d in scenario.drones}
    cases = []
    for incident in key.incidents:
        drone = drones.get(incident.drone)
        cases.append(
            Case(
                incident,
                timeline.first_detection(incident.drone),
                drone is not None and drone.remote_id.broadcast,
                drone is not None and drone.authorisation is not None,
            )
        )
    placed: dict[str, bool] = {}  # drones the instructor placed -> whether they broadcast
    for event in events:
        if event.kind is not EventKind.INJECTED:
            continue
        case = _inject_case(event, timeline, drones, placed)
        if case is not None:
            cases.append(case)
    return [_for_a_late_joiner(case, timeline, joined_s) for case in cases]


def _for_a_late_joiner(case: Case, timeline: Timeline, joined_s: float) -> Case:
    if case.opens_s is None or case.opens_s >= joined_s:
        return case
    opens = joined_s if timeline.present(case.drone, joined_s) else None
    return replace(case, opens_s=opens)


def joined_at(events: Sequence[Event]) -> float:
    """When the trainee's run began, if after the exercise's start (a late class joiner)."""
    return next((e.time_s for e in events if e.kind is EventKind.TRAINEE_JOINED), 0.0)


def injected_drones(events: Sequence[Event]) -> list[str]:
    """Ids of the drones the instructor placed during the run."""
    found = []
    for event in events:
        inject = _read_inject(event) if event.kind is EventKind.INJECTED else None
        if inject is not None and inject.kind is InjectKind.ADD_DRONE and inject.drone:
            found.append(inject.drone)
    return found


def _read_inject(event: Event) -> Inject | None:
    try:
        return Inject.from_json(event.detail)
    except (ValueError, TypeError, KeyError):
        return None  # a damaged or foreign inject: nothing to score


def _inject_case(
    event: Event, timeline: Timeline, drones: dict[str, Drone], placed: dict[str, bool]
) -> Case | None:
    inject = _read_inject(event)
    if inject is None or not inject.drone:
        return None
    seen = timeline.first_detection(inject.drone)
    opens = None if seen is None else max(seen, event.time_s)
    if inject.kind is InjectKind.ADD_DRONE:
        template = TEMPLATES.get(inject.template or "")
        if template is None:
            return None
        placed[inject.drone] = template.remote_id
        answer, remote_id, authorised = template.answer, template.remote_id, False
    elif inject.kind in (InjectKind.FLYAWAY, InjectKind.LOST_LINK):
        drone = drones.get(inject.drone)
        authorised = drone is not None and drone.authorisation is not None
        remote_id = placed.get(inject.drone, drone is not None and drone.remote_id.broadcast)
        trigger = TRIGGER_ANSWERS.get((inject.kind.value, authorised))
        if trigger is None:
            return None
        answer = trigger
    else:
        return None  # a sensor outage asks nothing new of the trainee; the debrief shows it
    name = f"inject-{inject.kind.value.replace('_', '-')}-{event.tick}"
    try:
        incident = Incident.model_validate({**answer, "id": name, "drone": inject.drone})
    except ValidationError:
        return None
    return Case(incident, opens, remote_id, authorised)
