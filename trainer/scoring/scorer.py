"""The scorer: a pure function of scenario (its answer key), event log and actions -> ScoreSheet."""

# The rules are explained for scenario authors in scenarios/README.md ("How a run is scored").
# Trainees act on track ids; the key names drones. tracks.TrackMap reads from the event log which
# drone each track followed; cases.Case says from when the trainee could act on an incident.
# Reasons name what the trainee saw (tracks), never the truth behind them (drone ids).

from __future__ import annotations

from collections.abc import Sequence

from trainer.errors import TrainerError
from trainer.i18n import Message, msg
from trainer.scenario.answer_key import AnswerKey, FalseTracks
from trainer.scenario.model import Scenario
from trainer.scoring import reasons
from trainer.scoring.cases import Case, cases_of, injected_drones, joined_at
from trainer.scoring.protocol import AERODROME_ACTIONS, Action, ActionKind
from trainer.scoring.rules import EPSILON_S, LATE_WINDOWS, params_match, timeliness
from trainer.scoring.run_facts import Timeline, effective_actions, in_order, runway_intervals
from trainer.scoring.runway import RunwayJudge, item
from trainer.scoring.sheet import (
    Due,
    ItemCategory,
    ScoreItem,
    ScoreSheet,
    passes,
    percent_of,
    scored,
)
from trainer.scoring.tracks import TrackMap
from trainer.sim.events import APP_EVENTS, Event

__all__ = ["LATE_WINDOWS", "NoAnswerKey", "params_match", "score", "timeliness"]

FALSE_TRACKS = reasons.FALSE_TRACKS


class NoAnswerKey(TrainerError):
    def __init__(self, scenario_id: str) -> None:
        super().__init__(f"scenario {scenario_id!r} has no answer key, so runs cannot be scored")


def score(
    scenario: Scenario,
    events: Sequence[Event],
    actions: Sequence[Action],
    *,
    seed: int | None = None,
    run_end_s: float | None = None,
    running: bool = False,
) -> ScoreSheet:
    """Judge a run. `seed` (default: the scenario's) is recorded on the sheet.

    `run_end_s` (default: the scenario's duration) is when the run ended. A run that ended
    before its scenario's end is scored on everything the scenario would have asked: give the
    whole event log (the run re-simulated to its end, see trainer.replay.complete_log) and the
    items due after the end count as missed ("run ended at m:ss before this was due"); such a
    run cannot pass. Actions after the end do not count; events after it only tell what would
    have been asked.

    `running`: the run is still going (a live score, `run_end_s` now). What has not happened
    or been done yet still may: such items read "not due yet" and "not yet informed ...", not a
    finished run's "not due, ... in this run" and "never informed ...".

    A run is judged on what the trainee could see: in a scenario with sensors, the tracks (a
    drone no sensor tracked is not due, even when nothing at all was tracked, as when the
    instructor took the only radar out); without sensors, the drones from their launch.
    """
    key = scenario.answer_key
    if key is None:
        raise NoAnswerKey(scenario.id)
    end_s = scenario.duration_s if run_end_s is None else min(run_end_s, scenario.duration_s)
    ended_early = end_s < scenario.duration_s - EPSILON_S
    joined_s = joined_at(events)  # a class trainee who joined after the start: from then on
    events = [e for e in events if e.kind not in APP_EVENTS]
    seen = [e for e in events if e.time_s <= end_s + EPSILON_S]
    drone_ids = [*(d.id for d in scenario.drones), *injected_drones(events)]
    # A log without tracks is not a run without sensors (where a drone counts as seen at its
    # launch) when the scenario has sensors: what no track has shown is not due.
    sensed = sees_tracks(scenario)
    tracks = TrackMap(drone_ids, seen, scenario.sensors.tracker.drop_after_s, sensed)
    done = [a for a in actions if a.sim_time_s <= end_s + EPSILON_S]

    def line_of(action: Action) -> str | None:
        """The line a judgement is about; None (it stands alone, correcting nothing) when it
        names no track, or one that was not there at the time."""
        if action.track is None or not tracks.exists_at(action.track, action.sim_time_s):
            return None
        return tracks.line_of(action.track)

    judge = _Judge(
        key, cases_of(scenario, key, events, joined_s, sensed), Timeline(events, sensed), tracks,
        effective_actions(done, line_of), end_s, joined_s, running,
    )  # fmt: skip
    items = judge.items()
    total = round(sum(i.points for i in items), 1)
    maximum = round(sum(i.max_points for i in items), 1)
    percent = percent_of(total, maximum)
    suspended_s = sum(i.duration_s for i in judge.intervals)
    return ScoreSheet(
        scenario_id=scenario.id,
        seed=scenario.seed if seed is None else seed,
        items=tuple(items),
        total=total,
        maximum=maximum,
        percent=percent,
        pass_mark_percent=key.pass_percent,
        passed=passes(
            percent,
            key.pass_percent,
            maximum,
            ended_early,
            missed=any(i.category is ItemCategory.MISSED for i in items),
        ),
        disruption_minutes=round(suspended_s / 60, 2),
        disruption_eur=round(suspended_s / 60 * key.disruption.eur_per_minute, 2),
        ended_at_s=round(end_s, 3) if ended_early else None,
    )


def sees_tracks(scenario: Scenario) -> bool:
    """Whether the scenario's sensors can make tracks, so trainees see tracks, not drones: any
    that gives a position (a radar, a Remote ID receiver, sightings, an RF detector that
    reports an area). The scorer and the scripted trainees judge by the same."""
    setup = scenario.sensors
    return bool(
        setup.radars
        or setup.remote_id
        or setup.sightings
        or any(rf.reports_area for rf in setup.rf_detectors)
    )


class _Judge:
    """One scoring pass; holds what the separate rules share (which actions already earned)."""

    def __init__(
        self,
        key: AnswerKey,
        cases: list[Case],
        timeline: Timeline,
        tracks: TrackMap,
        effective: list[Action],
        end_s: float,
        joined_s: float = 0.0,
        running: bool = False,
    ) -> None:
        self.key = key
        self.cases = cases
        self.timeline = timeline
        self.tracks = tracks
        self.effective = effective
        self.end_s = end_s
        self.joined_s = joined_s
        self.running = running  # a live score: what has not happened yet still may
        self.intervals = runway_intervals(effective, end_s)
        self.runway = RunwayJudge(
            cases, timeline, tracks, self.intervals, end_s, key.disruption.eur_per_minute,
            joined_s, running,
        )  # fmt: skip
        self.earned: set[int] = set()  # sequences of actions that earned an expected item

    def items(self) -> list[ScoreItem]:
        expected = [self._expected(case) for case in self.cases]
        runway = [self.runway.case_items(case) for case in self.cases]
        false_tracks = self._false_track_items(self.key.false_tracks)
        penalties: list[list[ScoreItem]] = [[] for _ in self.cases]
        for index, penalty in self.runway.needless():
            penalties[index].append(penalty)
        others: list[ScoreItem] = []
        for at, penalty in self._penalised_actions():
            (others if at is None else penalties[at]).append(penalty)
        result: list[ScoreItem] = []
        for index, case in enumerate(self.cases):
            result += expected[index] + runway[index]
            result += sorted(penalties[index], key=_when)
            result += self._order_rules(case)
        return result + false_tracks + sorted(others, key=_when)

    # -- which actions are about which case ----------------------------------------------------

    def belongs(self, action: Action, case: Case) -> bool:
        """Whether an action can be about the case: taken once the trainee could see it, and
        either concerning the aerodrome (a radio call, a suspension: every case), naming no
        track (older records), or naming a track of the case's drone that existed then."""
        if case.opens_s is None or action.sim_time_s < case.opens_s - EPSILON_S:
            return False  # no credit for acting on something that was not there yet
        if action.kind in AERODROME_ACTIONS or action.track is None:
            return True
        track = action.track
        return self.tracks.exists_at(track, action.sim_time_s) and (
            self.tracks.drone_of(track) == case.drone
        )

    def about(self, action: Action) -> Message | str | None:
        """The track an action names, as the sheet shows it; None for an aerodrome action."""
        if action.track is None or action.kind in AERODROME_ACTIONS:
            return None
        return self.tracks.label(action.track)

    def clock_start(self, case: Case, clock_s: float | None) -> float | None:
        """When an item of the case falls due: its clock, but never before the drone was seen
        (nobody can be late for what they could not see)."""
        if clock_s is None or case.opens_s is None:
            return None
        return max(clock_s, case.opens_s)

    # -- expected actions ----------------------------------------------------------------------

    def _expected(self, case: Case) -> list[ScoreItem]:
        items: list[ScoreItem] = []
        used: set[int] = set()
        incident = case.incident
        track = self.tracks.drone_label(incident.drone)
        for expected in incident.expected:
            clock = expected.clock or incident.clock
            label = reasons.clock_label(clock)
            of = expected.points
            words = reasons.did(expected.kind, track, expected.params)
            required = ItemCategory.MISSED if expected.required else ItemCategory.EXPECTED
            if case.opens_s is None:
                bare = reasons.did(expected.kind, None, expected.params)
                items.append(item(0, 0, reasons.never_seen(bare, self.running), case))
                continue
            clock_s = self.timeline.clock_start(clock, incident.drone)
            start = self.clock_start(case, clock_s)
            label = reasons.joined_label(label, clock_s, start, self.joined_s)
            if start is None:
                items.append(item(0, 0, reasons.not_due(words, label, self.running), case))
                continue
            due = Due(start, expected.window_s, words)
            if start > self.end_s + EPSILON_S:
                bare = reasons.did(expected.kind, None, expected.params)
                reason = reasons.ended_before(of, bare, self.end_s, label, start)
                items.append(item(0, of, reason, case, required, start, due=due))
                continue
            match = next(
                (
                    a
                    for a in self.effective
                    if a.kind == expected.kind
                    and a.sequence not in used
                    and params_match(expected.params, a.params)
                    and self.belongs(a, case)
                ),
                None,
            )
            if match is None:
                reason = reasons.never(of, words, label, start, expected.window_s, self.running)
                items.append(item(0, of, reason, case, required, start, due=due))
                continue
            used.add(match.sequence)
            self.earned.add(match.sequence)
            delay = match.sim_time_s - start  # negative when early; timeliness takes it as on time
            gained = round(of * timeliness(delay, expected.window_s), 1)
            did = reasons.did(match.kind, self.about(match), match.params)
            reason = reasons.timely(gained, of, did, delay, label, expected.window_s)
            items.append(item(gained, of, reason, case, time_s=match.sim_time_s,
                              sequence=match.sequence, due=due))  # fmt: skip
        return items

    # -- false tracks: clutter the trainee should recognise and leave alone ---------------------

    def _false_track_items(self, rules: FalseTracks | None) -> list[ScoreItem]:
        if rules is None or not rules.expected:
            return []
        items: list[ScoreItem] = []
        first = msg("clock.its_first_detection")
        for track in self.tracks.false_tracks():
            started = self.tracks.started_s(track)
            assert started is not None
            dropped = self.tracks.dropped_s(track)
            lasted = (self.end_s if dropped is None else dropped) - started
            if lasted < rules.min_track_s:
                continue  # a blip too short to judge
            label = self.tracks.label(track)
            for expected in rules.expected:
                if started + expected.window_s > self.end_s + EPSILON_S:
                    continue  # the run ended before the trainee had their whole window
                of = expected.points
                words = reasons.did(expected.kind, label, expected.params)
                due = Due(started, expected.window_s, words)
                match = next(
                    (
                        a
                        for a in self.effective
                        if a.kind == expected.kind
                        and a.track == track
                        and a.sim_time_s >= started - EPSILON_S
                        and a.sequence not in self.earned
                        and params_match(expected.params, a.params)
                    ),
                    None,
                )
                if match is None:
                    reason = reasons.never(
                        of, words, first, started, expected.window_s, self.running
                    )
                    items.append(
                        scored(0, of, ItemCategory.EXPECTED, reason, FALSE_TRACKS, started,
                               due=due)
                    )  # fmt: skip
                    continue
                self.earned.add(match.sequence)
                delay = match.sim_time_s - started
                gained = round(of * timeliness(delay, expected.window_s), 1)
                did = reasons.did(match.kind, label, match.params)
                reason = reasons.timely(gained, of, did, delay, first, expected.window_s)
                items.append(scored(gained, of, ItemCategory.EXPECTED, reason, FALSE_TRACKS,
                                    match.sim_time_s, match.sequence, due))  # fmt: skip
        return items

    # -- penalised actions and order -----------------------------------------------------------

    def _penalised_actions(self) -> list[tuple[int | None, ScoreItem]]:
        """Each action that earned nothing, against the first penalised entry it matches:
        (case index, item); the index is None for an action on a false track."""
        found: list[tuple[int | None, ScoreItem]] = []
        false_rules = self.key.false_tracks.penalised if self.key.false_tracks else []
        clutter = set(self.tracks.false_tracks())
        for action in self.effective:
            if action.sequence in self.earned:
                continue
            did = reasons.did(action.kind, self.about(action), action.params)
            # On a false track that was there: an id used before it appeared is about nothing.
            on_clutter = action.track in clutter and self.tracks.exists_at(
                action.track, action.sim_time_s
            )
            if on_clutter and action.kind not in AERODROME_ACTIONS:
                rule = next(
                    (r for r in false_rules if r.kind == action.kind
                     and params_match(r.params, action.params)),
                    None,
                )  # fmt: skip
                if rule is not None:
                    why = reasons.authored(rule.reason, rule.reason_nl) if rule.reason else None
                    reason = reasons.penalised(rule.points, did, action.sim_time_s, None, why)
                    found.append((None, scored(-rule.points, 0, ItemCategory.PENALTY, reason,
                                               FALSE_TRACKS, action.sim_time_s,
                                               action.sequence)))  # fmt: skip
                continue
            hit = next(
                (
                    (index, case, rule)
                    for index, case in enumerate(self.cases)
                    if self.belongs(action, case) and not self._unknowable(action, case)
                    for rule in case.incident.penalised
                    if rule.kind == action.kind and params_match(rule.params, action.params)
                ),
                None,
            )
            if hit is None:
                continue
            index, case, rule = hit
            right = next(
                (e for e in case.incident.expected if e.kind == action.kind and e.params), None
            )
            reason = reasons.penalised(
                rule.points,
                did,
                action.sim_time_s,
                reasons.judged_value(right.params) if right else None,
                reasons.authored(rule.reason, rule.reason_nl) if rule.reason else None,
            )
            found.append((index, item(-rule.points, 0, reason, case, ItemCategory.PENALTY,
                                      action.sim_time_s, action.sequence)))  # fmt: skip
        return found

    def _unknowable(self, action: Action, case: Case) -> bool:
        """Whether the trainee's picture could not show what a judgement is penalised for: the
        identity of a drone that broadcasts Remote ID is read from its broadcast, so identifying
        one of its tracks that carried no Remote ID yet is never wrong."""
        return (
            action.kind is ActionKind.IDENTIFY
            and case.remote_id
            and action.track is not None
            and self.tracks.tracked
            and not self.tracks.showed_remote_id(action.track, action.sim_time_s)
        )

    def _order_rules(self, case: Case) -> list[ScoreItem]:
        items: list[ScoreItem] = []
        for rule in case.incident.order:
            first = self._first_of(rule.first, case)
            then = self._first_of(rule.then, case)
            if first is None or then is None or in_order(then) > in_order(first):
                continue
            reason = reasons.out_of_order(
                rule.points,
                reasons.did(then.kind, self.about(then), then.params),
                then.sim_time_s,
                reasons.did(first.kind, self.about(first), first.params),
                first.sim_time_s,
            )
            items.append(item(-rule.points, 0, reason, case, ItemCategory.ORDER, then.sim_time_s,
                              then.sequence))  # fmt: skip
        return items

    def _first_of(self, kind: ActionKind, case: Case) -> Action | None:
        return next((a for a in self.effective if a.kind == kind and self.belongs(a, case)), None)


def _when(item: ScoreItem) -> tuple[float, int]:
    return (item.time_s or 0.0, item.action_sequence or 0)
